/**
 * The command line: options in, the pipeline per input, results out.
 * stdout carries results only; messages go to stderr, one line each.
 * Exit codes: 0 all inputs cleaned, 1 some failed, 2 usage error.
 */
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { Chalk, type ChalkInstance } from 'chalk';
import { existsSync, statSync } from 'node:fs';
// The library's own modules, each imported where it lives rather than through ../index.js, which
// would load them all (zod's schemas with them) on every start; the CLI still uses only what
// the library exports.
import { ConfigError, UsageError } from '../errors.js';
import { findConfig } from '../config/find.js';
import type { LoadedConfig } from '../config/load.js';
import { listInputs, type InputRef } from '../io/inputs.js';
import { DEFAULT_MAX_BYTES } from '../io/read.js';
import { rules, selectRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { tuneV8ForBatch } from '../parallel/v8-flags.js';
import { defaultThreads } from '../parallel/pool.js';
import { portableRules } from '../parallel/rule-set.js';
import { cleanAll, DEFAULT_PROBE } from './batch.js';
import { isInputFailure, type Outcome } from './clean-input.js';
import { RuleStats } from './stats.js';
import { schemaJson, SCHEMA_NAMES, type SchemaName } from './schema-command.js';
import { progressBar, silentProgress, type ProgressStream } from './progress.js';
import { FIELD_OPTIONS, hasWarcInputs, runJsonlCommand, runWarcCommand, type PipelineIo } from './pipelines.js';
import { guardStdout, writeStdout } from './stdout.js';
import { OUTPUT_FORMATS, directorySink, fileSink, isDirectoryTarget, stdoutSink, type OutputFormat, type Sink } from './output.js';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;
/** 128 + SIGINT, as shells report a process stopped by Ctrl-C. */
export const EXIT_INTERRUPTED = 130;

interface CliOptions {
  format: OutputFormat;
  out?: string;
  inputFormat: 'auto' | 'html' | 'text';
  rules?: string[];
  disable?: string[];
  explain?: boolean;
  maxBytes: number;
  quiet?: boolean;
  color: boolean;
  /** A config file; false with --no-config; undefined to look for one. */
  config?: string | false;
  diff?: boolean;
  stats?: boolean;
  include?: string[];
  exclude?: string[];
  hidden?: boolean;
  follow?: boolean;
  resume?: boolean;
  jsonl?: boolean;
  idField?: string;
  urlField?: string;
  htmlField?: string;
  textField?: string;
  jobs: number;
}

/** The clean command's options, with which of them the command line gave (not their defaults). */
type CleanCommandOptions = CliOptions & { readonly formatGiven: boolean; readonly jobsGiven: boolean };

export interface Io {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colours `--diff`). */
  stdoutIsTTY?: boolean;
  /** The stderr stream itself, for the progress bar (shown only when it is a terminal). */
  stderrStream?: ProgressStream;
  /** Streams for the pipeline modes (--jsonl, WARC), which read and write with backpressure. */
  streams?: () => Pick<PipelineIo, 'stdin' | 'stdout'>;
}

/**
 * The process's own streams, each made only when a run uses it (see ./stdout.ts): a one-file run to
 * a file or a pipe makes neither.
 */
const processIo = (): Io => {
  guardStdout();
  return {
    streams: () => ({ stdin: process.stdin, stdout: process.stdout }),
    stdout: writeStdout,
    stderr: (chunk) => process.stderr.write(chunk),
    get stderrIsTTY() {
      return Boolean(process.stderr.isTTY);
    },
    env: process.env,
    get stdoutIsTTY() {
      return Boolean(process.stdout.isTTY);
    },
    get stderrStream() {
      return process.stderr;
    },
  };
};

function idList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

function parseJobs(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of worker threads, 1 or more');
  return Number(value);
}

/** "64M", "1g", "500000" → bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 64M, 512K or 1000000');
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * unit);
}

function colorFor(options: { color: boolean }, io: Io): ChalkInstance {
  const enabled = options.color && io.stderrIsTTY && !io.env.NO_COLOR;
  return new Chalk({ level: enabled ? 1 : 0 });
}

/** Colour for what goes to stdout (`--diff`): only when stdout is a terminal. */
function stdoutColorFor(options: { color: boolean }, io: Io): ChalkInstance {
  const enabled = options.color && Boolean(io.stdoutIsTTY) && !io.env.NO_COLOR;
  return new Chalk({ level: enabled ? 1 : 0 });
}

function globList(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

const EXAMPLES = `
Examples:
  Piping:
    rinse post.html                          clean one page to stdout
    curl -s URL | rinse -f markdown          clean what comes in on stdin, as Markdown
    rinse --diff post.txt | less -R          see what would be removed
  Batch:
    rinse dumps/ -o clean/                   clean a tree, mirrored into clean/ (progress on a terminal)
    rinse dumps/ -o clean/ --resume          pick up an interrupted batch where it stopped
    rinse dumps/ --include '*.html' --exclude 'drafts/**' -o clean/
    rinse dumps/ -o clean/ --stats           per-rule counts at the end
  Scripts:
    rinse -q -f jsonl dumps/ > corpus.jsonl || echo "some inputs failed" >&2
    for f in *.html; do rinse "$f" > "\${f%.html}.txt"; done
  Rules:
    rinse rules                              what each rule module removes
    rinse --explain --disable cross-links post.txt
    rinse --config my-rules.json post.txt    rules of your own (see rinse schema config)

Exit status: 0 all inputs cleaned, 1 some inputs failed, 2 usage or config error.`;

export function buildProgram(io: Io): { program: Command; result: { code: number } } {
  const result = { code: EXIT_OK };
  const program = new Command();
  program
    .name('rinse')
    .description('Clean scraped blog and news dumps (HTML pages, fragments or text dumps) down to the article.')
    .argument('[paths...]', "files or directories to clean; none, or '-', reads stdin")
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('text'))
    .option('-o, --out <path>', 'write to this file (one input) or directory (several; the tree is mirrored)')
    .addOption(new Option('--input-format <format>', 'how to read inputs').choices(['auto', 'html', 'text']).default('auto'))
    .option('--rules <ids>', 'run only these rules (comma-separated)', idList)
    .option('--disable <ids>', 'do not run these rules (comma-separated)', idList)
    .option('--config <file>', 'read rule settings and rules of your own from this file (default: the nearest rinse.config.json or .rinserc.json)')
    .option('--no-config', 'use no config file')
    .option('--explain', 'print each removal with its rule, category, reason and place on stderr')
    .option('--diff', 'print the input with removed text marked ([-…-], or red strike-through on a terminal) instead of the result')
    .option('--stats', 'print per-rule counts (blocks, removals, inputs) on stderr at the end')
    .option('--include <glob>', 'in directories, take only files matching this glob (repeatable)', globList)
    .option('--exclude <glob>', 'in directories, leave out files and folders matching this glob (repeatable)', globList)
    .option('--hidden', 'in directories, take hidden files and folders too')
    .option('--follow', 'in directories, follow symbolic links')
    .option('--resume', 'skip inputs whose output (under -o) exists and is newer than the input')
    .option('--max-bytes <size>', 'refuse inputs larger than this, after decompression', parseSize, DEFAULT_MAX_BYTES)
    .option('-j, --jobs <n>', 'threads for a batch or a --jsonl stream, the main one and N-1 workers; default: the number of cores, once the input shows it is long enough to need them', parseJobs, defaultThreads())
    .option('-q, --quiet', 'no summary line and no progress bar on stderr')
    .option('--no-color', 'never colour messages (colour is only used on a terminal anyway)')
    .option('--jsonl', 'record mode: JSON records in on stdin, one a line, cleaned records out on stdout')
    .option('--id-field <name>', 'with --jsonl: the field holding the record id (default id)')
    .option('--url-field <name>', 'with --jsonl: the field holding the url (default url)')
    .option('--html-field <name>', 'with --jsonl: the field holding HTML (default html)')
    .option('--text-field <name>', 'with --jsonl: the field holding a text dump (default text)')
    .version('0.1.0')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run rinse --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(`rinse: ${s.replace(/^error: /, '')}`),
    })
    .action(async (paths: string[], options: CliOptions) => {
      const formatGiven = program.getOptionValueSource('format') === 'cli';
      const jobsGiven = program.getOptionValueSource('jobs') === 'cli';
      const config = await configFor(options);
      if (options.jsonl) result.code = await runJsonlCommand(paths, { ...options, formatGiven, selectedRules: () => ruleSetup(options, config).selected }, pipelineIo(io));
      else if (FIELD_OPTIONS.some((f) => options[f] !== undefined)) throw new UsageError('--id-field and the other field options need --jsonl');
      else result.code = await runClean(paths, { ...options, formatGiven, jobsGiven }, config, io);
    });

  program
    .command('rules')
    .description('list the rule modules, built-in and from the config file, with what each removes')
    .option('--json', 'as JSON')
    .option('--config <file>', 'the config file to read (default: the nearest one)')
    .option('--no-config', 'use no config file')
    .action(async (options: { json?: boolean; config?: string | false }) => {
      const all = { ...program.opts<CliOptions>(), ...options };
      const setup = ruleSetup(all, await configFor(all));
      io.stdout(listRules(setup, Boolean(options.json)));
    });

  program
    .command('schema')
    .description('print a JSON Schema: of the config file, or of the JSON output')
    .addArgument(new Argument('<name>', 'which schema').choices(SCHEMA_NAMES))
    .action(async (name: SchemaName) => {
      io.stdout(`${await schemaJson(name)}\n`);
    });

  return { program, result };
}

/** The rules a run can use, and the ones it does use, after the config file and the command line. */
export interface RuleSetup {
  readonly available: readonly Rule[];
  readonly selected: readonly Rule[];
  readonly config?: LoadedConfig;
}

/** A config file to read, and the function that reads it. */
export interface ConfigSource {
  readonly file: string;
  readonly load: (file: string) => LoadedConfig;
}

/**
 * The config file a run reads (named, found, or none). The module that reads it is
 * imported only when there is one: it brings zod, most of the code a start would load.
 */
export async function configFor(options: Pick<CliOptions, 'config'>, cwd: string = process.cwd()): Promise<ConfigSource | undefined> {
  const file = options.config === false ? undefined : (options.config ?? findConfig(cwd));
  if (file === undefined) return undefined;
  const { loadConfig } = await import('../config/load.js');
  return { file, load: (path) => loadConfig(path) };
}

/**
 * The config file (see configFor) adds its rules and turns modules
 * off; then `--rules` chooses among all of them (the config's on/off set
 * aside) and `--disable` turns more off.
 */
export function ruleSetup(options: Pick<CliOptions, 'rules' | 'disable'>, source?: ConfigSource): RuleSetup {
  const config = source?.load(source.file);
  // User rules run first: they know the user's sources, and their removals are credited to them.
  const available = [...(config?.rules ?? []), ...rules];
  const disable = [...(options.rules ? [] : (config?.disabled ?? [])), ...(options.disable ?? [])];
  const selected = selectRules({ ...(options.rules ? { only: options.rules } : {}), disable }, available);
  return { available, selected, ...(config ? { config } : {}) };
}

export function listRules(setup: RuleSetup, json: boolean): string {
  const builtin = new Set(rules);
  const rows = setup.available.map((r) => ({
    id: r.id,
    category: r.category,
    description: r.description,
    source: builtin.has(r) ? 'built-in' : (setup.config?.path ?? 'config'),
    enabled: setup.selected.includes(r),
    htmlSelectors: r.html?.length ?? 0,
    text: Boolean(r.text),
  }));
  if (json) return `${JSON.stringify(rows, null, 2)}\n`;
  const width = Math.max(...rows.map((r) => r.id.length));
  return rows
    .map((r) => {
      const notes = [r.source === 'built-in' ? '' : `from ${r.source}`, r.enabled ? '' : 'off'].filter(Boolean);
      return `${r.id.padEnd(width)}  ${r.category.padEnd(12)} ${r.description}${notes.length ? ` [${notes.join(', ')}]` : ''}\n`;
    })
    .join('');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Whether `target` exists and is at least as new as the input: `--resume` skips such inputs. */
function upToDate(input: InputRef, target: string | undefined): boolean {
  if (!input.path || !target || !existsSync(target)) return false;
  return statSync(target).mtimeMs >= statSync(input.path).mtimeMs;
}

function checkCombinations(options: CliOptions): void {
  if (options.diff && options.out !== undefined) throw new UsageError('--diff prints to stdout; it cannot be combined with -o');
  if (options.resume && options.out === undefined) throw new UsageError('--resume needs -o: it skips inputs whose output file is up to date');
}

function pipelineIo(io: Io): PipelineIo {
  const streams = (io.streams ?? processIo().streams!)();
  return { ...streams, stderr: io.stderr };
}

async function runClean(paths: string[], options: CleanCommandOptions, config: ConfigSource | undefined, io: Io): Promise<number> {
  checkCombinations(options);
  // Made on first use: telling whether stderr is a terminal makes the stream.
  let stderrColor: ChalkInstance | undefined;
  const color = (): ChalkInstance => (stderrColor ??= colorFor(options, io));
  const { selected } = ruleSetup(options, config);
  const walk = { include: options.include ?? [], exclude: options.exclude ?? [], hidden: Boolean(options.hidden), follow: Boolean(options.follow) };
  const listing = listInputs(paths, options.out, walk);
  const batch = listing.sawDirectory || listing.inputs.length + listing.failures.length > 1;
  const stdinCount = listing.inputs.filter((i) => i.path === undefined).length;
  if (stdinCount > 1) throw new UsageError("stdin ('-') can be read only once");
  if (hasWarcInputs(listing.inputs)) {
    for (const { name, error } of listing.failures) io.stderr(`rinse: ${name}: ${error.message}\n`);
    return runWarcCommand(listing.inputs, listing.failures.length, { ...options, selectedRules: () => selected }, pipelineIo(io));
  }

  let sink: Sink;
  if (options.out === undefined) sink = stdoutSink(options.format, batch, io.stdout);
  else if (batch || isDirectoryTarget(options.out)) sink = directorySink(options.out, options.format, listing.inputs);
  else sink = fileSink(options.out, options.format);

  const showBar = batch && !options.quiet && io.stderrIsTTY && io.stderrStream !== undefined;
  const progress = showBar ? progressBar(listing.inputs.length + listing.failures.length, io.stderrStream!) : silentProgress(io.stderr);
  const stats = new RuleStats(selected);

  const fail = (name: string, error: unknown): void => {
    failed++;
    const message = error instanceof Error ? error.message : String(error);
    progress.log(`rinse: ${name === '-' ? 'stdin' : name}: ${message}\n`);
    progress.tick(true);
  };

  let failed = 0;
  let cleaned = 0;
  let skipped = 0;
  for (const { name, error } of listing.failures) fail(name, error);

  let diffs = 0;
  const todo = options.resume ? listing.inputs.filter((input) => !upToDate(input, sink.target?.(input))) : listing.inputs;
  skipped = listing.inputs.length - todo.length;
  for (let i = 0; i < skipped; i++) progress.tick(false);
  // Ctrl-C in a batch: finish the input at hand (outputs are written whole or not at all), say how
  // far the batch got, and stop; a second Ctrl-C stops at once.
  let interrupted = false;
  const onInterrupt = (): void => {
    if (interrupted) process.exit(EXIT_INTERRUPTED);
    interrupted = true;
  };
  if (batch) process.on('SIGINT', onInterrupt);
  let done = 0;
  try {
    const colors = { explain: Boolean(options.explain) && color().level > 0, diff: Boolean(options.diff) && stdoutColorFor(options, io).level > 0 };
    for await (const item of batchOutcomes(todo, options, selected, colors)) {
      done++;
      // Let a pending signal be handled between inputs (the work in this thread never yields otherwise).
      if (batch) await new Promise((resolve) => setImmediate(resolve));
      if (interrupted) break;
      if ('error' in item) {
        fail(item.input.name, new Error(item.error));
        continue;
      }
      const { input, result } = item;
      try {
        if (options.diff) {
          const header = batch ? `${diffs ? '\n' : ''}==> ${input.name} <==\n` : '';
          io.stdout(`${header}${item.diff ?? ''}\n`);
          diffs++;
        } else {
          sink.write(input, result);
        }
      } catch (error) {
        if (!isInputFailure(error)) throw error;
        fail(input.name, error);
        continue;
      }
      cleaned++;
      if (item.counts) stats.addCounts(item.counts);
      else stats.addResult(result);
      if (options.explain) progress.log(`${item.explain ?? ''}\n`);
      progress.tick(false);
    }
  } finally {
    progress.stop();
    if (batch) process.off('SIGINT', onInterrupt);
  }
  if (!options.diff) sink.close();
  if (interrupted) {
    io.stderr(`rinse: interrupted after ${done - 1} of ${todo.length} inputs (${cleaned} cleaned, ${failed} failed); outputs written so far are complete\n`);
    return EXIT_INTERRUPTED;
  }

  if (options.stats) io.stderr(`${stats.lines().join('\n')}\n`);
  if (batch && !options.quiet) {
    const removed = selected.map((r) => [r.id, stats.get(r.id)?.removals ?? 0] as const).filter(([, n]) => n > 0);
    const upToDateNote = options.resume ? `, ${skipped} up to date` : '';
    io.stderr(
      `rinse: ${plural(cleaned, 'file')} cleaned, ${failed} failed${upToDateNote}${removed.length ? `; blocks removed: ${removed.map(([id, n]) => `${id} ${n}`).join(', ')}` : ''}\n`,
    );
  }
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

/**
 * The batch's inputs to outcomes, in input order, on this thread or (`-j`) on it and workers, with what
 * --stats, --explain and --diff print made where each input is cleaned (`colors`: whether --explain's and
 * --diff's marks are in colour). Rules that cannot cross threads (a library caller's own objects) keep it here.
 */
function batchOutcomes(inputs: readonly InputRef[], options: CleanCommandOptions, selected: readonly Rule[], colors: { explain: boolean; diff: boolean }): Iterable<Outcome> | AsyncIterable<Outcome> {
  // A run of many inputs keeps its heap small, here and in the workers started below (src/parallel/v8-flags.ts).
  if (inputs.length > 1) tuneV8ForBatch();
  const insight = { ...(options.stats ? { counts: true } : {}), ...(options.explain ? { explain: { color: colors.explain } } : {}), ...(options.diff ? { diff: { color: colors.diff } } : {}) };
  const cleanOptions = { inputFormat: options.inputFormat, maxBytes: options.maxBytes, markdown: options.format === 'markdown', ...insight };
  // Built-in rules cross to worker threads as their ids, a config file's as their config entries (src/parallel/rule-set.ts).
  const jobs = portableRules(selected) ? options.jobs : 1;
  // Without -j, workers start only for a batch that shows itself long enough to pay for them (see batch.ts).
  return cleanAll(inputs, cleanOptions, selected, { jobs, probe: options.jobsGiven ? undefined : DEFAULT_PROBE });
}

/** Runs the CLI; resolves to the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const { program, result } = buildProgram(io);
  try {
    await program.parseAsync([...argv]);
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof ConfigError) {
      for (const problem of error.problems) io.stderr(`rinse: ${problem}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr(`rinse: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
