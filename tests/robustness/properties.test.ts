/**
 * Properties over random and mutated inputs (fast-check): cleaning never
 * throws anything but a per-input InputError, never invents text, gives a
 * result the JSON schema accepts; the text output reads back as the same
 * blocks, and cleaning it again changes nothing. Run counts are kept moderate
 * here; scripts/fuzz.mjs runs the big campaign.
 */
import fc from 'fast-check';
import { clean } from '../../src/clean.js';
import { InputError } from '../../src/errors.js';
import { parseDom } from '../../src/parse/dom.js';
import { parseText } from '../../src/parse/text.js';
import { CleanResultSchema } from '../../src/schema.js';
import { hostileBytes, hostileInput, htmlish, htmlPage, mutated, plainMarkdown, prose, textish } from '../support/arbitraries.js';

// A fixed seed: the same 300 cases on every run, so CI cannot fail by chance (FC_SEED picks others).
const RUNS = { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261125) };

/** All text nodes of the parsed page, joined, without whitespace: what a block of it may come from. */
function domText(html: string): string {
  const out: string[] = [];
  const pending = [...parseDom(html).children].reverse();
  while (pending.length) {
    const node = pending.pop()!;
    if (node.type === 'text') out.push((node as unknown as { data: string }).data);
    if ('children' in node) for (let k = node.children.length - 1; k >= 0; k--) pending.push(node.children[k]!);
  }
  return out.join('').replace(/\s+/g, '');
}

/** Whether `part` can be had from `whole` by deleting characters (whitespace ignored): greedy, linear. */
function isSubsequence(part: string, whole: string): boolean {
  const p = [...part.replace(/\s+/g, '')];
  const w = [...whole.replace(/\s+/g, '')];
  let k = 0;
  for (const ch of w) if (k < p.length && ch === p[k]) k++;
  return k === p.length;
}

test('cleaning any string never throws and always gives a valid JSON result', () => {
  fc.assert(
    fc.property(hostileInput, fc.constantFrom('auto', 'html', 'text') as fc.Arbitrary<'auto' | 'html' | 'text'>, (input, inputFormat) => {
      expect(CleanResultSchema.safeParse(clean(input, { inputFormat })).success).toBe(true);
    }),
    RUNS,
  );
});

test('cleaning any bytes either succeeds with a valid result or refuses the input with an InputError', () => {
  fc.assert(
    fc.property(hostileBytes, (bytes) => {
      try {
        expect(CleanResultSchema.safeParse(clean(bytes)).success).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }),
    RUNS,
  );
});

// Subsequences, not substrings: a block's text skips what rinse drops inside it (a hidden <b>, a <script>).
test('HTML: every output block is text of the page less dropped characters (whitespace aside): rinse never invents text', () => {
  fc.assert(
    fc.property(htmlish, (html) => {
      const page = domText(html);
      for (const block of clean(html, { inputFormat: 'html' }).blocks) expect(isSubsequence(block.text, page)).toBe(true);
    }),
    RUNS,
  );
});

test('text dumps: the output blocks are the input less deleted characters (Markdown syntax, removed blocks)', () => {
  fc.assert(
    fc.property(textish, (text) => {
      // A table row's cells are joined by " | " (its own text, not the dump's): the cells are the dump's.
      const texts = clean(text, { inputFormat: 'text' }).blocks.map((b) => (b.kind === 'table-cell' ? b.text.split(' | ').join('') : b.text));
      expect(isSubsequence(texts.join(''), text)).toBe(true);
    }),
    RUNS,
  );
});

/** Any text dump: Markdown-ish, mutated, random strings and bytes read as text. */
const anyDump = fc.oneof(textish, mutated(textish), plainMarkdown, mutated(plainMarkdown), hostileInput);

test('the text output reads back as the same blocks: each block’s text, and list items and code as such', () => {
  fc.assert(
    fc.property(anyDump, fc.boolean(), (text, allRules) => {
      // With no rules every block of the dump is printed; with them, the kept ones.
      const result = clean(text, { inputFormat: 'text', ...(allRules ? {} : { rules: [] }) });
      const again = parseText(result.text).blocks;
      expect(again.map((b) => b.text)).toEqual(result.blocks.map((b) => b.text));
      result.blocks.forEach((b, k) => {
        if (b.kind === 'list-item' || b.kind === 'code' || b.kind === 'paragraph') expect(again[k]!.kind).toBe(b.kind);
      });
    }),
    RUNS,
  );
});

test('cleaning the text output again removes whole blocks at most, whatever the dump: no text is changed, split, joined or added', () => {
  fc.assert(
    fc.property(anyDump, (text) => {
      const once = clean(text, { inputFormat: 'text' }).blocks.map((b) => b.text);
      const twice = clean(clean(text, { inputFormat: 'text' }).text, { inputFormat: 'text' }).blocks.map((b) => b.text);
      let k = 0;
      for (const block of twice) {
        while (k < once.length && once[k] !== block) k++;
        expect(k).toBeLessThan(once.length);
        k++;
      }
    }),
    RUNS,
  );
});

/**
 * Idempotence, for any dump: headings, quotes, tables, links, hostile input and mutations of all
 * these. The text output prints headings as plain lines and links as their text, and a second
 * run judges what is left anew; rinse reads its own output back that way before it answers (see
 * clean.ts), so the second run finds nothing to do.
 */
test('cleaning the text output again changes nothing (idempotent)', () => {
  fc.assert(
    fc.property(fc.oneof(anyDump, prose, mutated(prose)), (text) => {
      const once = clean(text, { inputFormat: 'text' }).text;
      expect(clean(once, { inputFormat: 'text' }).text).toBe(once);
    }),
    RUNS,
  );
});

/**
 * Idempotence for pages: a page's text output is read back as a second run reads a dump and cleaned until
 * that changes nothing (clean.ts), so cleaning it again as a dump changes nothing either, whatever the page
 * holds: `*`, `_` and backticks are read as Markdown by both readings or by neither (see `showsMarkdown`).
 */
test('cleaning a page’s text output again changes nothing (idempotent), broken pages too', () => {
  fc.assert(
    fc.property(fc.oneof(htmlPage, mutated(htmlPage), htmlish), (html) => {
      const once = clean(html, { inputFormat: 'html' }).text;
      expect(clean(once, { inputFormat: 'text' }).text).toBe(once);
    }),
    RUNS,
  );
});
