/** Names read from the page's text: lower case, one string for every spelling, and a table that stays bounded. */
import { nameIn, NAMES_KEPT, namesKept } from '../../src/parse/names.js';

const name = (text: string): string => nameIn(text, 0, text.length);

test.each([
  ['DIV', 'div'],
  ['Div', 'div'],
  ['data-X', 'data-x'],
  ['__PROTO__', '__proto__'],
  ['constructor', 'constructor'],
  ['DATA-É', 'data-é'],
  ['Ａ', 'ａ'],
  ['', ''],
])('%s reads as %s', (raw, lower) => {
  expect(name(raw)).toBe(lower);
});

test('a name read where it stands in a longer text: only its own characters count', () => {
  expect(nameIn('<DIV class', 1, 4)).toBe('div');
  expect(nameIn('<di class', 1, 3)).toBe('di');
  expect(nameIn('<divx', 1, 4)).toBe('div');
});

test('past the names it keeps, each still comes back lower-cased, and the table stays bounded', () => {
  // Twice as many made-up names as are kept, each read twice in two spellings.
  for (let n = 0; n < 2 * NAMES_KEPT; n++) {
    expect(name(`Data-V-${n}`)).toBe(`data-v-${n}`);
    expect(name(`data-v-${n}`)).toBe(`data-v-${n}`);
    expect(namesKept()).toBeLessThanOrEqual(NAMES_KEPT);
  }
  expect(name('DIV')).toBe('div');
  expect(name(`DATA-V-${2 * NAMES_KEPT - 1}`)).toBe(`data-v-${2 * NAMES_KEPT - 1}`);
});

test('names that share a slot are each found by their own characters', () => {
  // Enough names to half fill the table: many start on a slot another name holds, and are found further on.
  const names = Array.from({ length: NAMES_KEPT - 1 }, (_, n) => `n${n.toString(36)}`);
  for (const n of names) name(n.toUpperCase());
  for (const n of names) expect(name(n)).toBe(n);
});
