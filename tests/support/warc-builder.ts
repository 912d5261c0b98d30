/**
 * Builds WARC files at test time from our own fixtures, with warcio's
 * writer: a warcinfo record, then for each page a request and a response,
 * plus whatever non-HTML records a test asks for.
 */
import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcEntry {
  readonly url: string;
  /** The HTTP payload as sent. */
  readonly body: Uint8Array | string;
  readonly contentType?: string;
  readonly status?: number;
  /** Extra HTTP headers (e.g. Content-Encoding). */
  readonly headers?: Record<string, string>;
  /** `resource` records carry the page without HTTP headers. */
  readonly type?: 'response' | 'resource' | 'metadata';
  readonly date?: string;
}

const encoder = new TextEncoder();

function bytesOf(body: Uint8Array | string): Uint8Array {
  return typeof body === 'string' ? encoder.encode(body) : body;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** One WARC file's bytes; with `gzip`, each record is its own gzip member, as crawlers write them. */
export async function buildWarc(entries: readonly WarcEntry[], { gzip = false } = {}): Promise<Buffer> {
  const records: WARCRecord[] = [WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: 'WARC/1.1' }, { software: 'rinse tests' })];
  for (const entry of entries) {
    const date = entry.date ?? '2024-05-01T12:00:00Z';
    const type = entry.type ?? 'response';
    if (type === 'response') {
      records.push(WARCRecord.create({ url: entry.url, date, type: 'request', warcVersion: 'WARC/1.1', statusline: 'GET / HTTP/1.1', httpHeaders: { Host: new URL(entry.url).host } }, once(new Uint8Array())));
      records.push(
        WARCRecord.create(
          {
            url: entry.url,
            date,
            type: 'response',
            warcVersion: 'WARC/1.1',
            statusline: `HTTP/1.1 ${entry.status ?? 200} OK`,
            httpHeaders: { 'Content-Type': entry.contentType ?? 'text/html; charset=utf-8', ...entry.headers },
          },
          once(bytesOf(entry.body)),
        ),
      );
    } else {
      records.push(
        WARCRecord.create(
          { url: entry.url, date, type, warcVersion: 'WARC/1.1', warcHeaders: { 'Content-Type': entry.contentType ?? 'text/html' } },
          once(bytesOf(entry.body)),
        ),
      );
    }
  }
  const parts: Uint8Array[] = [];
  for (const record of records) parts.push(await WARCSerializer.serialize(record, { gzip }));
  return Buffer.concat(parts);
}
