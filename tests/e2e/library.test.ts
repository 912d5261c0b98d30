/**
 * The library as its users get it: `import … from 'rinse'`, resolved by name
 * through package.json "exports" to the built dist/ — no path into src/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, clean, compileUserPattern, CleanResultSchema, resolveConfig, rules, selectRules } from 'rinse';
import { dumps, repo } from '../support/cli.js';

const blogger = join(dumps, 'blogger-contempo-en.txt');
const expected = readFileSync(join(repo, 'fixtures', 'expected', 'blogger-contempo-en.txt'), 'utf8');

describe("import { clean, rules } from 'rinse'", () => {
  test('the name resolves to the built package, not the sources', async () => {
    const resolved = import.meta.resolve('rinse');
    expect(resolved).toBe(`file://${join(repo, 'dist', 'index.js')}`);
  });

  test('clean() takes a Buffer and returns the JSON-format object', () => {
    const result = clean(readFileSync(blogger), { source: 'post.txt' });
    expect(CleanResultSchema.parse(result)).toEqual(result);
    expect(`${result.text}\n`).toBe(expected);
    expect(result.source).toBe('post.txt');
    expect(result.removed.map((r) => r.rule)).toContain('share-widgets');
  });

  test('clean() takes a string and options; rules lists the modules', () => {
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['share-widgets', 'comment-stubs', 'cross-links']));
    for (const r of rules) expect(CATEGORIES).toContain(r.category);
    const text = readFileSync(blogger, 'utf8');
    const all = clean(text);
    const noCrossLinks = clean(text, { disable: ['cross-links'] });
    expect(all.text).not.toContain('See also: Allotment');
    expect(noCrossLinks.text).toContain('See also: Allotment');
    expect(clean(text, { rules: selectRules({ only: ['cross-links'] }) }).removed.every((r) => r.rule === 'cross-links')).toBe(true);
  });

  test('user rules from a config object run through clean()', () => {
    const config = resolveConfig({ rules: [{ id: 'weather', description: 'Weather boxes', patterns: ['weather: .{1,40}'] }] }, 'inline');
    const result = clean('Weather: sunny, 21°C\n\nA paragraph of article text that is long enough to count as prose here.\n', {
      inputFormat: 'text',
      rules: [...config.rules, ...rules], // user rules first, as the CLI runs them
    });
    expect(result.removed).toEqual([{ rule: 'weather', category: 'custom', reason: 'Weather boxes', text: 'Weather: sunny, 21°C' }]);
    expect(compileUserPattern('(a+)+').ok).toBe(false);
  });

  test('plain Node resolves it by name too (an ES module script in the package)', () => {
    const script = "import { clean, rules } from 'rinse'; console.log(rules.length, clean('<p>Hello there</p>', { inputFormat: 'html' }).text);";
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${rules.length} Hello there\n`);
  });
});
