/**
 * WARC input: every HTML page of each archive becomes one output record
 * (JSONL on stdout), in archive order; other records are skipped and
 * counted. A page that fails gives an error record and a line on stderr; an
 * archive that cannot be read fails alone, and the next one is read.
 */
import { createReadStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { describeFsError } from '../io/fs-errors.js';
import type { InputRef } from '../io/inputs.js';
import { readWarc } from '../io/warc.js';
import { tuneHeapForBatch } from '../parallel/heap.js';
import { cleanWarcPage } from '../records/clean-page.js';
import type { RecordJobOptions, RecordOutcome } from '../records/clean-record.js';
import { toRecordError } from '../records/schema.js';
import type { Rule } from '../rules/types.js';
import { count, newTally, summaryLine, writeWithBackpressure, type RecordTally } from './records.js';

export interface WarcRunIo {
  readonly output: Writable;
  readonly stderr: (line: string) => void;
}

export interface WarcRunOptions extends RecordJobOptions {
  readonly maxBytes: number;
  readonly quiet?: boolean;
  /** Rules to run instead of the selection of `only`/`disable`. */
  readonly rules?: readonly Rule[];
}

export interface WarcTally extends RecordTally {
  skipped: number;
  /** Archives that could not be read to the end. */
  filesFailed: number;
}

async function emit(io: WarcRunIo, tally: RecordTally, name: string, outcome: RecordOutcome): Promise<void> {
  count(tally, outcome);
  if (outcome.error !== undefined) io.stderr(`rinse: ${name}: record ${outcome.id ?? '(no id)'}: ${outcome.error}\n`);
  const pending = writeWithBackpressure(io.output, `${outcome.line}\n`);
  if (pending) await pending;
}

/** Reads each archive in turn; resolves to the tally (failed > 0 or filesFailed > 0 means exit 1). */
export async function runWarcInputs(inputs: readonly InputRef[], io: WarcRunIo, options: WarcRunOptions): Promise<WarcTally> {
  const tally: WarcTally = { ...newTally(), skipped: 0, filesFailed: 0 };
  // An archive is a run of many records: its heap kept small.
  tuneHeapForBatch();
  for (const input of inputs) {
    if (input.path === undefined) continue;
    try {
      for await (const item of readWarc(createReadStream(input.path), options.maxBytes)) {
        if (item.kind === 'skipped') tally.skipped++;
        else if (item.kind === 'page') await emit(io, tally, input.name, cleanWarcPage(item, options, options.rules));
        else {
          const line = JSON.stringify(toRecordError(item, item.message));
          await emit(io, tally, input.name, { line, error: item.message, id: item.id, removedRules: [] });
        }
      }
    } catch (error) {
      tally.filesFailed++;
      const e = error as NodeJS.ErrnoException;
      const message = typeof e.code === 'string' && 'syscall' in e ? describeFsError(e) : `not a readable WARC archive (${e.message ?? String(error)})`;
      io.stderr(`rinse: ${input.name}: ${message}\n`);
    }
  }
  if (!options.quiet) {
    const files = `${inputs.length} WARC file${inputs.length === 1 ? '' : 's'}`;
    const extra = `, ${tally.skipped} record${tally.skipped === 1 ? '' : 's'} skipped (not HTML pages)${tally.filesFailed ? `, ${tally.filesFailed} unreadable` : ''}`;
    io.stderr(summaryLine('page', tally, extra).replace(/^rinse: /, `rinse: ${files}: `));
  }
  return tally;
}
