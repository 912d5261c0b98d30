/** Record streams built at test time from our own fixtures. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';

export const fixturesDir = join(process.cwd(), 'fixtures');

export interface FixtureRecord {
  readonly name: string;
  readonly line: string;
  readonly expected: string;
}

/** One record a fixture dump: HTML fixtures in `html`, text dumps in `text`; ids are the base names. */
export function fixtureRecords(): FixtureRecord[] {
  const dumps = readdirSync(join(fixturesDir, 'dumps')).filter((f) => /\.(txt|html)$/.test(f)).sort();
  return dumps.map((file) => {
    const name = file.replace(/\.(txt|html)$/, '');
    const content = readFileSync(join(fixturesDir, 'dumps', file), 'utf8');
    const field = file.endsWith('.html') ? 'html' : 'text';
    return {
      name,
      line: JSON.stringify({ id: name, url: `https://blog.example/${name}`, [field]: content }),
      expected: readFileSync(join(fixturesDir, 'expected', `${name}.txt`), 'utf8'),
    };
  });
}

/**
 * A record stream of every fixture `copies` times over (ids made unique),
 * with bad records among them and at the end: invalid JSON, no content,
 * binary content, invalid UTF-8, a line over `--max-bytes` (when `longLine`
 * is given, a line of that many bytes), and blank lines, which are skipped.
 */
export function mixedRecordStream(copies: number, options: { longLine?: number } = {}): Buffer {
  const records = fixtureRecords();
  const parts: Buffer[] = [];
  const line = (text: string): void => void parts.push(Buffer.from(`${text}\n`));
  for (let copy = 0; copy < copies; copy++) {
    records.forEach((r, i) => {
      line(r.line.replace(`"id":"${r.name}"`, `"id":"${r.name}-${copy}"`));
      if (i === 3) line('{"id": 1, "html": ');
      if (i === 7) line(`{"id":"nothing-${copy}"}`);
      if (i === 9) line('');
      if (i === 11) line(JSON.stringify({ id: `bin-${copy}`, text: 'a\u0000b' }));
      if (i === 13) parts.push(Buffer.from([0x7b, 0xff, 0x7d, 0x0a]));
      if (i === 15 && options.longLine) line(JSON.stringify({ id: `long-${copy}`, text: 'x'.repeat(options.longLine) }));
    });
  }
  line('{"id":"last-bad"');
  return Buffer.concat(parts);
}

/**
 * A stdout that takes its time over each chunk, behind a small buffer, so that a runner's backpressure comes
 * into play; `text` ends it and gives what was written.
 */
export function slowOutput(): { readonly output: Writable; readonly text: () => Promise<string> } {
  const out: Buffer[] = [];
  const output = new Writable({
    highWaterMark: 1024,
    write(data: Buffer, _encoding, done) {
      out.push(data);
      setImmediate(done);
    },
  });
  const text = async (): Promise<string> => {
    await new Promise<void>((resolve) => output.end(resolve));
    return Buffer.concat(out).toString('utf8');
  };
  return { output, text };
}
