/**
 * The work on one page of a web archive, as a pure function of plain data
 * (like `cleanRecordLine`, so it can move to a worker thread): the payload's
 * bytes and WARC metadata in, an output record line out.
 */
import iconv from 'iconv-lite';
import { clean } from '../clean.js';
import { InputError } from '../errors.js';
import { asBuffer, binaryKind, decode } from '../io/decode.js';
import type { WarcItem, WarcPage } from '../io/warc.js';
import { sniffFormat } from '../parse/sniff.js';
import type { Rule } from '../rules/types.js';
import { rulesFor, type RecordJobOptions, type RecordOutcome } from './clean-record.js';
import { toRecordError, toRecordResult } from './schema.js';

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe);
}

/**
 * Bytes to text as a browser does for a page fetched over HTTP: a BOM, then
 * the charset of the Content-Type header, then what the page declares
 * (file mode's `decode`).
 */
export function decodePayload(bytes: Uint8Array, httpCharset?: string): string {
  if (!httpCharset || hasBom(bytes) || !iconv.encodingExists(httpCharset) || /^utf-?16/i.test(httpCharset)) return decode(bytes).text;
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(`refused: ${kind}`);
  return iconv.decode(asBuffer(bytes), httpCharset);
}

/** One WARC page to one output record; `rules` as for `cleanRecordLine`. Never throws. */
export function cleanWarcPage(page: Omit<WarcPage, 'kind'>, options: RecordJobOptions = {}, rules?: readonly Rule[]): RecordOutcome {
  const meta = { id: page.id, url: page.url, date: page.date };
  try {
    const text = decodePayload(page.bytes, page.charset);
    const requested = options.inputFormat ?? 'auto';
    const format = requested !== 'auto' ? requested : sniffFormat(text, 'page.html');
    const result = clean(text, { source: page.url ?? page.id, inputFormat: format, rules: rules ?? rulesFor(options) });
    return { line: JSON.stringify(toRecordResult(meta, result)), removedRules: result.removed.map((r) => r.rule) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const shown = error instanceof InputError ? message : `internal error: ${message}`;
    return { line: JSON.stringify(toRecordError(meta, shown)), error: shown, id: page.id, removedRules: [] };
  }
}

/** An item of an archive as a thread's task carries it: a page's bytes are in the task's `bytes`, up to `end`. */
export type WarcTaskItem =
  | (Omit<WarcPage, 'bytes'> & { readonly end: number })
  | Exclude<WarcItem, WarcPage>
  /** The archive could not be read past here: the reader's message for stderr. */
  | { readonly kind: 'unreadable'; readonly message: string };

/**
 * Records of one archive in file order, up to and including a page (a crawl writes a request and a
 * metadata record around each response): a thread's task. The pages' bytes one after another in
 * `bytes`, a buffer of the task's own, moved to a worker rather than copied.
 */
export interface WarcTask {
  /** Which archive of the run, for messages. */
  readonly archive: number;
  readonly bytes: Uint8Array;
  readonly items: readonly WarcTaskItem[];
  readonly options: RecordJobOptions;
}

export type WarcOutcome = { readonly kind: 'skipped' } | { readonly kind: 'unreadable'; readonly message: string } | { readonly kind: 'record'; readonly outcome: RecordOutcome };

/** A task's outcomes, one an item, with the archive they came from. */
export interface WarcTaskOutcome {
  readonly archive: number;
  readonly outcomes: readonly WarcOutcome[];
}

/** A task's items as the task `cleanWarcTask` takes: pages' bytes copied into one buffer of the task's own. */
export function warcTask(archive: number, items: readonly (WarcItem | { readonly kind: 'unreadable'; readonly message: string })[], options: RecordJobOptions): WarcTask {
  const bytes = new Uint8Array(items.reduce((n, item) => n + (item.kind === 'page' ? item.bytes.byteLength : 0), 0));
  let end = 0;
  const taskItems = items.map((item): WarcTaskItem => {
    if (item.kind !== 'page') return item;
    const { bytes: page, ...meta } = item;
    bytes.set(page, end);
    end += page.byteLength;
    return { ...meta, end };
  });
  return { archive, bytes, items: taskItems, options };
}

/** Each item of a task to its outcome, in order: on a worker thread or in the run's own thread, the same. `rules` as for `cleanRecordLine`. */
export function cleanWarcTask(task: WarcTask, rules?: readonly Rule[]): WarcTaskOutcome {
  let start = 0;
  const outcomes = task.items.map((item): WarcOutcome => {
    switch (item.kind) {
      case 'skipped':
        return { kind: 'skipped' };
      case 'unreadable':
        return item;
      case 'error':
        return { kind: 'record', outcome: { line: JSON.stringify(toRecordError(item, item.message)), error: item.message, id: item.id, removedRules: [] } };
      case 'page': {
        const { end, ...page } = item;
        const outcome = cleanWarcPage({ ...page, bytes: task.bytes.subarray(start, end) }, task.options, rules);
        start = end;
        return { kind: 'record', outcome };
      }
    }
  });
  return { archive: task.archive, outcomes };
}
