/**
 * The command line: options in, the pipeline per input, results out.
 * stdout carries results only; messages go to stderr, one line each.
 * Exit codes: 0 all inputs cleaned, 1 some failed, 2 usage error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { Chalk, type ChalkInstance } from 'chalk';
import { clean } from '../clean.js';
import { InputError, UsageError } from '../errors.js';
import { listInputs, type InputRef } from '../io/inputs.js';
import { readInputBytes, DEFAULT_MAX_BYTES } from '../io/read.js';
import { rules, selectRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { explainLines } from './explain.js';
import { FIELD_OPTIONS, hasWarcInputs, runJsonlCommand, runWarcCommand, type PipelineIo } from './pipelines.js';
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
  jsonl?: boolean;
  idField?: string;
  urlField?: string;
  htmlField?: string;
  textField?: string;
}

export interface Io {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** Streams for the pipeline modes (--jsonl, WARC), which read and write with backpressure. */
  streams?: () => Pick<PipelineIo, 'stdin' | 'stdout'>;
}

const processIo = (): Io => ({
  streams: () => ({ stdin: process.stdin, stdout: process.stdout }),
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
});

function idList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
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
    .option('-q, --quiet', 'no summary line on stderr')
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
      if (options.jsonl) result.code = await runJsonlCommand(paths, { ...options, formatGiven }, pipelineIo(io));
      else if (FIELD_OPTIONS.some((f) => options[f] !== undefined)) throw new UsageError('--id-field and the other field options need --jsonl');
      else result.code = await runClean(paths, { ...options, formatGiven }, io);
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

function pipelineIo(io: Io): PipelineIo {
  const streams = (io.streams ?? processIo().streams!)();
  return { ...streams, stderr: io.stderr };
}

function runClean(paths: string[], options: CliOptions & { formatGiven: boolean }, io: Io): number | Promise<number> {
  const color = colorFor(options, io);
  const selected = selectRules({ ...(options.rules ? { only: options.rules } : {}), ...(options.disable ? { disable: options.disable } : {}) });
  const listing = listInputs(paths, options.out);
  const batch = listing.sawDirectory || listing.inputs.length + listing.failures.length > 1;
  const stdinCount = listing.inputs.filter((i) => i.path === undefined).length;
  if (stdinCount > 1) throw new UsageError("stdin ('-') can be read only once");
  if (hasWarcInputs(listing.inputs)) {
    for (const { name, error } of listing.failures) io.stderr(`rinse: ${name}: ${error.message}\n`);
    return runWarcCommand(listing.inputs, listing.failures.length, options, pipelineIo(io));
  }

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

  for (const input of listing.inputs) {
    try {
      const result = cleanOne(input, options, selected);
      sink.write(input, result);
      cleaned++;
      for (const r of result.removed) perRule.set(r.rule, (perRule.get(r.rule) ?? 0) + 1);
      if (options.explain) io.stderr(`${explainLines(result, color).join('\n')}\n`);
    } catch (error) {
      if (!(error instanceof InputError) && !isFsError(error)) throw error;
      fail(input.name, error);
    }
  }
  sink.close();

  if (batch && !options.quiet) {
    const removed = [...perRule].map(([rule, n]) => `${rule} ${n}`).join(', ');
    io.stderr(`rinse: ${plural(cleaned, 'file')} cleaned, ${failed} failed${removed ? `; blocks removed: ${removed}` : ''}\n`);
  }
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

function isFsError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error;
}

function cleanOne(input: InputRef, options: CliOptions, selected: Rule[]) {
  const bytes = readInputBytes(input, options.maxBytes);
  return clean(bytes, { source: input.name, inputFormat: options.inputFormat, maxBytes: options.maxBytes, rules: selected });
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
    if (error instanceof UsageError) {
      io.stderr(`rinse: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
