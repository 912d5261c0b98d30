/** Record streams built at test time from our own fixtures. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
