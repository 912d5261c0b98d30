/**
 * A byte stream as lines, read as the consumer asks for them: the next chunk
 * is only pulled once the lines before it are handled, so memory stays flat
 * (one chunk plus one line) however long the stream is. Lines are split on
 * LF bytes (a CR before it is dropped); a line longer than the limit is
 * skipped up to its end and reported, never held in memory.
 */

export type Line =
  | { readonly kind: 'line'; readonly number: number; readonly bytes: Buffer }
  | { readonly kind: 'too-long'; readonly number: number; readonly size: number };

const LF = 0x0a;
const CR = 0x0d;

function withoutCr(bytes: Buffer): Buffer {
  return bytes.length && bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes;
}

/** Yields every line of `source`, blank ones included, numbered from 1. */
export async function* readLines(source: AsyncIterable<Buffer | Uint8Array | string>, maxLineBytes: number): AsyncGenerator<Line> {
  for await (const batch of readLineBatches(source, maxLineBytes)) yield* batch;
}

/**
 * The lines of `source` as they are read: each batch holds the lines that one
 * chunk completed (never empty), so a batch is at hand without waiting for
 * more input; a chunk that ends no line gives no batch.
 */
export async function* readLineBatches(source: AsyncIterable<Buffer | Uint8Array | string>, maxLineBytes: number): AsyncGenerator<Line[]> {
  let parts: Buffer[] = [];
  let held = 0; // bytes in `parts`
  let skipping = 0; // > 0: inside an over-long line, this many bytes seen so far
  let number = 0;

  for await (const chunk of source) {
    const batch: Line[] = [];
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (;;) {
      const lf = buf.indexOf(LF);
      const piece = lf < 0 ? buf : buf.subarray(0, lf);
      if (skipping) skipping += piece.length;
      else if (held + piece.length > maxLineBytes) {
        skipping = held + piece.length;
        parts = [];
        held = 0;
      } else if (piece.length) {
        parts.push(piece);
        held += piece.length;
      }
      if (lf < 0) break;
      number++;
      if (skipping) batch.push({ kind: 'too-long', number, size: skipping });
      else batch.push({ kind: 'line', number, bytes: withoutCr(parts.length === 1 ? parts[0]! : Buffer.concat(parts, held)) });
      parts = [];
      held = 0;
      skipping = 0;
      buf = buf.subarray(lf + 1);
    }
    // Copy what is kept across chunks, so the chunk itself can be freed.
    if (parts.length && parts[parts.length - 1]!.buffer === buf.buffer) parts[parts.length - 1] = Buffer.from(parts[parts.length - 1]!);
    if (batch.length) yield batch;
  }
  // A last line without a final newline still counts.
  if (skipping) yield [{ kind: 'too-long', number: number + 1, size: skipping }];
  else if (held) yield [{ kind: 'line', number: number + 1, bytes: withoutCr(Buffer.concat(parts, held)) }];
}
