/**
 * Reading web archives (WARC 1.0/1.1, plain or .warc.gz as Common Crawl and
 * web-archive crawlers write them) with warcio: one item per record, in file
 * order. HTML pages — `response` records whose HTTP payload is HTML with a
 * 2xx status, or `resource` records of HTML — come out with their bytes
 * (transfer and content encodings undone); everything else is reported as
 * skipped, so it can be counted. Records are read one at a time.
 */
import type { WARCRecord } from 'warcio';

export interface WarcPage {
  readonly kind: 'page';
  /** WARC-Record-ID, as written (`<urn:uuid:…>`). */
  readonly id: string;
  /** WARC-Target-URI. */
  readonly url?: string;
  /** WARC-Date. */
  readonly date?: string;
  /** The HTTP payload, decoded from chunked/gzip/deflate transfer. */
  readonly bytes: Uint8Array;
  /** The charset the HTTP Content-Type names, if any. */
  readonly charset?: string;
}

export type WarcItem =
  | WarcPage
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'error'; readonly id: string | null; readonly url?: string; readonly date?: string; readonly message: string };

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

export function isHtmlContentType(contentType: string | null | undefined): boolean {
  return typeof contentType === 'string' && HTML_TYPES.test(contentType);
}

/** `text/html; charset="ISO-8859-1"` → `ISO-8859-1`. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}

/** Whether a file name says WARC: `.warc`, `.warc.gz`. */
export function isWarcName(name: string): boolean {
  return /\.warc(\.gz)?$/i.test(name);
}

/** What kind of record this is, when it is no page to clean. */
function skipReason(record: WARCRecord): string | undefined {
  const type = record.warcType;
  if (type === 'resource') return isHtmlContentType(record.warcContentType) ? undefined : 'not HTML';
  if (type !== 'response') return `${type ?? 'untyped'} record`;
  const http = record.httpHeaders;
  if (!http) return 'not an HTTP response';
  if (!isHtmlContentType(http.headers.get('content-type'))) return 'not HTML';
  const status = Number(http.statusCode);
  if (!(status >= 200 && status < 300)) return `HTTP status ${http.statusCode ?? 'missing'}`;
  return undefined;
}

async function readPayload(record: WARCRecord, maxBytes: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Iterating the record gives the payload with transfer/content encodings undone.
  for await (const chunk of record) {
    size += chunk.byteLength;
    if (size > maxBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** Yields one item per WARC record of `source` (a file's bytes, gzip or not). */
export async function* readWarc(source: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<WarcItem> {
  // Imported here: warcio (with pako) is large, and a start that reads no archive should not load it.
  const { WARCParser } = await import('warcio');
  for await (const record of new WARCParser(source)) {
    // warcio reads any header block as a record: a file that is not WARC shows in its first line.
    const version = record.warcHeaders.statusline;
    if (!/^WARC\/1\.[01]\s*$/.test(version)) throw new Error(`not a WARC 1.0/1.1 record: ${JSON.stringify(version.slice(0, 40))}`);
    const reason = skipReason(record);
    if (reason) {
      yield { kind: 'skipped', reason };
      continue;
    }
    const id = record.warcHeader('WARC-Record-ID') ?? null;
    const url = record.warcTargetURI ?? undefined;
    const date = record.warcDate ?? undefined;
    const meta = { ...(url ? { url } : {}), ...(date ? { date } : {}) };
    if (id === null) {
      yield { kind: 'error', id, ...meta, message: 'record has no WARC-Record-ID' };
      continue;
    }
    const bytes = await readPayload(record, maxBytes);
    if (!bytes) {
      yield { kind: 'error', id, ...meta, message: `payload is over the limit of ${maxBytes} bytes (see --max-bytes)` };
      continue;
    }
    const contentType = record.warcType === 'resource' ? record.warcContentType : record.httpHeaders?.headers.get('content-type');
    const charset = charsetOf(contentType);
    yield { kind: 'page', id, ...meta, bytes, ...(charset ? { charset } : {}) };
  }
}
