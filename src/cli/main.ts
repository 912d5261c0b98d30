/**
 * The command line: options in, the pipeline per input, results out.
 * stdout carries results only; messages go to stderr, one line each.
 * Exit codes: 0 all inputs cleaned, 1 some failed, 2 usage error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { Chalk, type ChalkInstance } from 'chalk';
import { UsageError } from '../errors.js';
import { listInputs } from '../io/inputs.js';
import { DEFAULT_MAX_BYTES } from '../io/read.js';
import { defaultThreads } from '../parallel/pool.js';
import { rules, selectRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { cleanAll } from './batch.js';
import { isInputFailure } from './clean-input.js';
import { explainLines } from './explain.js';
import { OUTPUT_FORMATS, directorySink, fileSink, isDirectoryTarget, stdoutSink, type OutputFormat, type Sink } from './output.js';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

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
  jobs: number;
}

export interface Io {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

const processIo = (): Io => ({
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
});

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

const EXAMPLES = `
Examples:
  rinse post.html                      clean one page to stdout
  curl -s URL | rinse                  clean what comes in on stdin
  rinse dumps/ -o clean/               clean a directory tree, mirrored into clean/
  rinse -f json page.html.gz           JSON with what was removed and why
  rinse --explain --disable cross-links post.txt
  for f in *.html; do rinse "$f" > "\${f%.html}.txt"; done`;

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
    .option('--explain', 'print each removed block with its rule and reason on stderr')
    .option('--max-bytes <size>', 'refuse inputs larger than this, after decompression', parseSize, DEFAULT_MAX_BYTES)
    .option('-j, --jobs <n>', 'worker threads for a batch (default: the number of cores)', parseJobs, defaultThreads())
    .option('-q, --quiet', 'no summary line on stderr')
    .option('--no-color', 'never colour messages (colour is only used on a terminal anyway)')
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
      result.code = await runClean(paths, options, io);
    });

  program
    .command('rules')
    .description('list the rule modules')
    .option('--json', 'as JSON')
    .action((options: { json?: boolean }) => {
      io.stdout(listRules(rules, Boolean(options.json)));
    });

  return { program, result };
}

export function listRules(list: readonly Rule[], json: boolean): string {
  if (json) {
    return `${JSON.stringify(list.map((r) => ({ id: r.id, category: r.category, description: r.description, htmlSelectors: r.html?.length ?? 0, text: Boolean(r.text) })), null, 2)}\n`;
  }
  const width = Math.max(...list.map((r) => r.id.length));
  return list.map((r) => `${r.id.padEnd(width)}  ${r.category.padEnd(12)} ${r.description}\n`).join('');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

async function runClean(paths: string[], options: CliOptions, io: Io): Promise<number> {
  const color = colorFor(options, io);
  const selected = selectRules({ ...(options.rules ? { only: options.rules } : {}), ...(options.disable ? { disable: options.disable } : {}) });
  const listing = listInputs(paths, options.out);
  const batch = listing.sawDirectory || listing.inputs.length + listing.failures.length > 1;
  const stdinCount = listing.inputs.filter((i) => i.path === undefined).length;
  if (stdinCount > 1) throw new UsageError("stdin ('-') can be read only once");

  let sink: Sink;
  if (options.out === undefined) sink = stdoutSink(options.format, batch, io.stdout);
  else if (batch || isDirectoryTarget(options.out)) sink = directorySink(options.out, options.format);
  else sink = fileSink(options.out, options.format);

  const fail = (name: string, error: unknown): void => {
    failed++;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`rinse: ${name === '-' ? 'stdin' : name}: ${message}\n`);
  };

  let failed = 0;
  let cleaned = 0;
  const perRule = new Map<string, number>();
  for (const { name, error } of listing.failures) fail(name, error);

  for await (const outcome of cleanAll(listing.inputs, options, selected, options.jobs)) {
    if ('error' in outcome) {
      fail(outcome.input.name, new Error(outcome.error));
      continue;
    }
    const { input, result } = outcome;
    try {
      sink.write(input, result);
    } catch (error) {
      if (!isInputFailure(error)) throw error;
      fail(input.name, error);
      continue;
    }
    cleaned++;
    for (const r of result.removed) perRule.set(r.rule, (perRule.get(r.rule) ?? 0) + 1);
    if (options.explain) io.stderr(`${explainLines(result, color).join('\n')}\n`);
  }
  sink.close();

  if (batch && !options.quiet) {
    const removed = [...perRule].map(([rule, n]) => `${rule} ${n}`).join(', ');
    io.stderr(`rinse: ${plural(cleaned, 'file')} cleaned, ${failed} failed${removed ? `; blocks removed: ${removed}` : ''}\n`);
  }
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const { program, result } = buildProgram(io);
  try {
    await program.parseAsync([...argv]);
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr(`rinse: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
