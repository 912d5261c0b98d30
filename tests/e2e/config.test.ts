/** End-to-end: config files (found or named), user rules, their errors, `rinse rules` and `rinse schema`. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigSchema } from '../../src/config/schema.js';
import { rules as builtinRules } from '../../src/rules/index.js';
import { repo, rinse, tempDir } from '../support/cli.js';

const article = [
  'A Day at the Lake',
  '',
  'We walked around the lake in the morning and watched the herons fishing in the reeds.',
  '',
  'Lens work: Jane Doe',
  '',
  'Join the Lake Walkers Club',
  '',
  'The water was cold, but the children swam anyway and came out laughing.',
  '',
].join('\n');

const userRules = {
  rules: [
    { id: 'newsletter-prompt', category: 'promo', description: 'Newsletter prompts', phrases: ['join the lake walkers club'] },
    { id: 'photo-credits', description: 'Photo credit lines', appliesTo: 'text', patterns: ['lens work: [^.]{1,80}'] },
    { id: 'promo-box', description: 'The promo box', selectors: ['.promo-box'] },
  ],
};

function writeConfig(dir: string, value: unknown, name = 'rinse.config.json'): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

describe('user rules from a config file', () => {
  test('phrases and patterns remove blocks of a text dump, and --explain names the user rule', () => {
    const dir = tempDir();
    const config = writeConfig(dir, userRules);
    const run = rinse(['--config', config, '--input-format', 'text', '--explain'], { input: article });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('Photo credit');
    expect(run.stdout).not.toContain('newsletter');
    expect(run.stdout).toContain('herons fishing');
    expect(run.stdout).toContain('came out laughing');
    expect(run.stderr).toContain('newsletter-prompt (promo) Newsletter prompts: "Join the Lake Walkers Club"');
    expect(run.stderr).toContain('photo-credits (custom) Photo credit lines: "Lens work: Jane Doe"');
  });

  test('a CSS selector removes an element of an HTML input; a text-only rule leaves HTML alone', () => {
    const dir = tempDir();
    const config = writeConfig(dir, userRules);
    const html = '<article><p>We walked around the lake in the morning and watched the herons.</p><div class="promo-box"><p>Buy our mugs today</p></div><p>Lens work: Jane Doe</p></article>';
    const run = rinse(['--config', config, '-f', 'json'], { input: html });
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { text: string; removed: Array<{ rule: string }> };
    expect(result.text).not.toContain('mugs');
    expect(result.text).toContain('Lens work: Jane Doe');
    expect(result.removed.map((r) => r.rule)).toEqual(['promo-box']);
  });

  test('the nearest rinse.config.json above the working directory is used; --no-config skips it', () => {
    const dir = tempDir();
    writeConfig(dir, userRules);
    const sub = join(dir, 'a', 'b');
    mkdirSync(sub, { recursive: true });
    const found = rinse(['--input-format', 'text'], { input: article, cwd: sub });
    expect(found.stdout).not.toContain('Join the Lake Walkers Club');
    const skipped = rinse(['--no-config', '--input-format', 'text'], { input: article, cwd: sub });
    expect(skipped.stdout).toContain('Join the Lake Walkers Club');
  });

  test('.rinserc.json is found too, and "modules" turns a built-in module off', () => {
    const dir = tempDir();
    writeConfig(dir, { modules: { 'share-widgets': false } }, '.rinserc.json');
    const input = `${article}\nShare this:\n\nFacebook\n\nX\n`;
    const off = rinse(['--input-format', 'text'], { input, cwd: dir });
    expect(off.stdout).toContain('Share this:');
    const on = rinse(['--input-format', 'text', '--no-config'], { input, cwd: dir });
    expect(on.stdout).not.toContain('Share this:');
  });

  test('--disable and --rules accept user rule ids', () => {
    const dir = tempDir();
    const config = writeConfig(dir, userRules);
    const disabled = rinse(['--config', config, '--disable', 'newsletter-prompt', '--input-format', 'text'], { input: article });
    expect(disabled.stdout).toContain('Join the Lake Walkers Club');
    expect(disabled.stdout).not.toContain('Lens work');
    const only = rinse(['--config', config, '--rules', 'newsletter-prompt', '--input-format', 'text'], { input: article });
    expect(only.stdout).toContain('Lens work');
    expect(only.stdout).not.toContain('Join the Lake Walkers Club');
  });
});

describe('config errors: file, JSON path and problem, exit 2', () => {
  test('every schema problem is one line naming the file and the path', () => {
    const dir = tempDir();
    const config = writeConfig(dir, {
      modules: { 'no-such-rule': false },
      rules: [
        { id: 'Bad Id', category: 'nonsense', description: 'x', phrases: ['a'], colour: 'red' },
        { id: 'catastrophic', description: 'x', patterns: ['ok', '(a+)+b'] },
        { id: 'bad-css', description: 'x', selectors: ['div['] },
        { id: 'empty', description: 'does nothing' },
        { id: 'share-widgets', description: 'x', phrases: ['a'] },
      ],
    });
    const run = rinse(['--config', config, '-'], { input: 'text' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    for (const line of lines) expect(line.startsWith(`rinse: ${config}: `)).toBe(true);
    expect(run.stderr).toContain(`${config}: rules[0].id: must be kebab-case`);
    expect(run.stderr).toContain(`${config}: rules[0].category: Invalid option`);
    expect(run.stderr).toContain(`${config}: rules[0].colour: unknown field`);
    expect(run.stderr).toContain(`${config}: rules[1].patterns[1]: pattern "(a+)+b" repeats a group`);
    expect(run.stderr).toContain(`${config}: rules[2].selectors[0]: selector "div[" is not valid CSS`);
    expect(run.stderr).toContain(`${config}: rules[3]: needs at least one of "phrases", "patterns" or "selectors"`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('registry problems: a built-in id reused, an unknown module', () => {
    const dir = tempDir();
    const config = writeConfig(dir, { modules: { 'no-such-rule': false }, rules: [{ id: 'share-widgets', description: 'x', phrases: ['a'] }] });
    const run = rinse(['--config', config], { input: 'text' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${config}: rules[0].id: "share-widgets" is a built-in rule id`);
    expect(run.stderr).toContain(`${config}: modules.no-such-rule: no rule has this id`);
  });

  test('a JSON syntax error names the line and column', () => {
    const dir = tempDir();
    const config = writeConfig(dir, '{\n  "rules": [\n    {"id": "a"\n     "description": "b"}\n  ]\n}\n');
    const run = rinse(['--config', config], { input: 'text' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`rinse: ${config}: line 4, column 6: not valid JSON: Expected ',' or '}' after property value\n`);
  });

  test('a missing config file named with --config', () => {
    const run = rinse(['--config', 'no-such-config.json'], { input: 'text' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('rinse: no-such-config.json: cannot read config: no such file or directory\n');
  });

  test('a broken config found by discovery is an error too (not silently skipped)', () => {
    const dir = tempDir();
    writeConfig(dir, { rules: 'none' }, '.rinserc.json');
    const run = rinse([], { input: 'text', cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('.rinserc.json: rules: ');
  });
});

describe('rinse rules and rinse schema', () => {
  test('rinse rules --json lists built-in and user rules, with source and on/off', () => {
    const dir = tempDir();
    const config = writeConfig(dir, { ...userRules, modules: { 'cross-links': false } });
    const run = rinse(['rules', '--json', '--config', config]);
    expect(run.status).toBe(0);
    const list = JSON.parse(run.stdout) as Array<{ id: string; category: string; description: string; source: string; enabled: boolean }>;
    // User rules first (they run first), then every built-in module in registry order.
    expect(list.map((r) => r.id)).toEqual(['newsletter-prompt', 'photo-credits', 'promo-box', ...builtinRules.map((r) => r.id)]);
    expect(list.find((r) => r.id === 'cross-links')).toMatchObject({ source: 'built-in', enabled: false });
    expect(list.find((r) => r.id === 'newsletter-prompt')).toMatchObject({ source: config, enabled: true, category: 'promo', description: 'Newsletter prompts' });
    for (const r of list) expect(r.description.length).toBeGreaterThan(0);
  });

  test('rinse rules (text) shows each description and marks user rules', () => {
    const dir = tempDir();
    const config = writeConfig(dir, userRules);
    const run = rinse(['--config', config, 'rules']);
    expect(run.stdout).toMatch(/^photo-credits\s+custom\s+Photo credit lines \[from .*rinse\.config\.json\]$/m);
    expect(run.stdout).toMatch(/^share-widgets\s+share\s+Social share buttons/m);
  });

  test('rinse schema config prints a JSON Schema that describes the config fields', () => {
    const run = rinse(['schema', 'config']);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout) as { $schema: string; properties: Record<string, { items?: { properties: Record<string, unknown>; required: string[] } }> };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['modules', 'rules']));
    const rule = schema.properties.rules!.items!;
    expect(Object.keys(rule.properties)).toEqual(expect.arrayContaining(['id', 'category', 'description', 'appliesTo', 'phrases', 'patterns', 'selectors']));
    expect(rule.required).toEqual(expect.arrayContaining(['id', 'description']));
    expect(rule.required).not.toContain('category'); // has a default
  });

  test('rinse schema output matches what -f json writes', () => {
    const run = rinse(['schema', 'output']);
    const schema = JSON.parse(run.stdout) as { properties: Record<string, unknown>; required: string[] };
    const json = JSON.parse(rinse(['-f', 'json', '--input-format', 'text', '--no-config'], { input: article }).stdout) as Record<string, unknown>;
    expect(Object.keys(schema.properties).sort()).toEqual(expect.arrayContaining(Object.keys(json).sort()));
    for (const key of schema.required) expect(json).toHaveProperty(key);
  });

  test('an unknown schema name is a usage error', () => {
    const run = rinse(['schema', 'nope']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/nope/);
  });

  test('the shipped example config is valid and works', () => {
    const file = join(repo, 'rinse.config.example.json');
    expect(ConfigSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))).success).toBe(true);
    const run = rinse(['--config', file, '--input-format', 'text'], { input: article.replace('The water was cold', 'See also: Ten lakes to visit\n\nThe water was cold') });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('Join the Lake Walkers Club'); // its club-prompt rule
    expect(run.stdout).toContain('See also: Ten lakes to visit'); // it turns cross-links off
    expect(z.string().parse(run.stdout)).toContain('herons');
  });
});
