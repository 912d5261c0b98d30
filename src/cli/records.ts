/**
 * `rinse --jsonl`: records in on stdin, records out on stdout, in order.
 * Lines are pulled one at a time and each output line waits for stdout to
 * drain when it is full, so memory stays flat for any stream length. A bad
 * record gives an error record and one line on stderr; the stream goes on.
 */
import type { Readable, Writable } from 'node:stream';
import { readLines } from '../io/lines.js';
import { cleanRecordLine, type RecordJobOptions, type RecordOutcome } from '../records/clean-record.js';
import { toRecordError } from '../records/schema.js';

export interface RecordStreamIo {
  readonly input: AsyncIterable<Buffer | string> & Partial<Pick<Readable, 'setEncoding'>>;
  readonly output: Writable;
  readonly stderr: (line: string) => void;
}

export interface RecordRunOptions extends RecordJobOptions {
  readonly maxBytes: number;
  readonly quiet?: boolean;
}

export interface RecordTally {
  cleaned: number;
  failed: number;
  readonly perRule: Map<string, number>;
}

export function newTally(): RecordTally {
  return { cleaned: 0, failed: 0, perRule: new Map() };
}

export function count(tally: RecordTally, outcome: RecordOutcome): void {
  if (outcome.error !== undefined) tally.failed++;
  else tally.cleaned++;
  for (const rule of outcome.removedRules) tally.perRule.set(rule, (tally.perRule.get(rule) ?? 0) + 1);
}

/** Writes one chunk, waiting for 'drain' when the stream's buffer is full. */
export function writeWithBackpressure(output: Writable, chunk: string): Promise<void> | undefined {
  if (output.write(chunk)) return undefined;
  return new Promise((resolve, reject) => {
    const onDrain = (): void => {
      output.off('error', onError);
      resolve();
    };
    const onError = (error: Error): void => {
      output.off('drain', onDrain);
      reject(error);
    };
    output.once('drain', onDrain);
    output.once('error', onError);
  });
}

export function summaryLine(what: string, tally: RecordTally, extra = ''): string {
  const removed = [...tally.perRule].map(([rule, n]) => `${rule} ${n}`).join(', ');
  const noun = (n: number): string => `${n} ${what}${n === 1 ? '' : 's'}`;
  return `rinse: ${noun(tally.cleaned)} cleaned, ${tally.failed} failed${extra}${removed ? `; blocks removed: ${removed}` : ''}\n`;
}

/** Runs record mode over `io.input`; resolves to the number of failed records. */
export async function runRecordStream(io: RecordStreamIo, options: RecordRunOptions): Promise<RecordTally> {
  const tally = newTally();
  for await (const line of readLines(io.input, options.maxBytes)) {
    let outcome: RecordOutcome;
    if (line.kind === 'too-long') {
      const error = `line is ${line.size} bytes, over the limit of ${options.maxBytes} (see --max-bytes)`;
      outcome = { line: JSON.stringify(toRecordError({ id: null }, error)), error, removedRules: [] };
    } else if (line.bytes.length === 0 || isBlank(line.bytes)) {
      continue; // blank lines separate nothing in JSONL: skip them, as JSON Lines readers do
    } else {
      outcome = cleanRecordLine(line.bytes, options);
    }
    count(tally, outcome);
    if (outcome.error !== undefined) io.stderr(`rinse: stdin line ${line.number}${outcome.id != null ? ` (id ${JSON.stringify(outcome.id)})` : ''}: ${outcome.error}\n`);
    const pending = writeWithBackpressure(io.output, `${outcome.line}\n`);
    if (pending) await pending;
  }
  if (!options.quiet) io.stderr(summaryLine('record', tally));
  return tally;
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}
