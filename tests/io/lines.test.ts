import { readLineBatches, readLines, type Line } from '../../src/io/lines.js';

async function* chunks(...parts: string[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield Buffer.from(p);
}

async function collect(source: AsyncIterable<Buffer>, max = 1000): Promise<Array<string | { tooLong: number; number: number }>> {
  const out: Array<string | { tooLong: number; number: number }> = [];
  for await (const line of readLines(source, max) as AsyncIterable<Line>) {
    out.push(line.kind === 'line' ? `${line.number}:${line.bytes.toString()}` : { tooLong: line.size, number: line.number });
  }
  return out;
}

test('lines split across chunk boundaries are joined, CRLF is trimmed, a last line without newline counts', async () => {
  expect(await collect(chunks('{"a"', ':1}\r\n{"b":2}\n', '\n', 'tail'))).toEqual(['1:{"a":1}', '2:{"b":2}', '3:', '4:tail']);
});

test('a line over the limit is reported with its size and skipped, the next line is read', async () => {
  expect(await collect(chunks('short\n', 'x'.repeat(8), 'y'.repeat(8), '\nok\n'), 10)).toEqual(['1:short', { tooLong: 16, number: 2 }, '3:ok']);
});

test('an over-long last line without newline is reported too', async () => {
  expect(await collect(chunks('z'.repeat(30)), 10)).toEqual([{ tooLong: 30, number: 1 }]);
});

test('lines are handed out before the rest of the stream is read', async () => {
  let pulled = 0;
  async function* slow(): AsyncGenerator<Buffer> {
    for (const p of ['a\n', 'b\n', 'c\n']) {
      pulled++;
      yield Buffer.from(p);
    }
  }
  const lines = readLines(slow(), 100);
  const first = await lines.next();
  expect(first.value).toMatchObject({ kind: 'line', number: 1 });
  expect(pulled).toBe(1);
});

test('batches hold the lines each chunk completed, and read no further ahead', async () => {
  let pulled = 0;
  async function* source(): AsyncGenerator<Buffer> {
    for (const p of ['a\nb\nc', 'c\n', 'no newline yet ', 'still none', '\nd\n\ne']) {
      pulled++;
      yield Buffer.from(p);
    }
  }
  const batches = readLineBatches(source(), 100);
  const texts = (lines: Line[]): string[] => lines.map((l) => (l.kind === 'line' ? `${l.number}:${l.bytes.toString()}` : `${l.number}:too long`));
  expect(texts((await batches.next()).value as Line[])).toEqual(['1:a', '2:b']);
  expect(pulled).toBe(1);
  expect(texts((await batches.next()).value as Line[])).toEqual(['3:cc']);
  expect(texts((await batches.next()).value as Line[])).toEqual(['4:no newline yet still none', '5:d', '6:']);
  expect(pulled).toBe(5);
  expect(texts((await batches.next()).value as Line[])).toEqual(['7:e']);
  expect((await batches.next()).done).toBe(true);
});
