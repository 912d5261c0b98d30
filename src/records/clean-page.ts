/**
 * The work on one page of a web archive, as a pure function of plain data
 * (like `cleanRecordLine`, so it can move to a worker thread): the payload's
 * bytes and WARC metadata in, an output record line out.
 */
import iconv from 'iconv-lite';
import { clean } from '../clean.js';
import { InputError } from '../errors.js';
import { asBuffer, binaryKind, decode } from '../io/decode.js';
import type { WarcPage } from '../io/warc.js';
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
