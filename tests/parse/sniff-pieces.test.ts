/** sniffPieces reads a page's pieces as sniffFormat reads them joined, wherever the page is cut. */
import fc from 'fast-check';
import { sniffFormat, sniffPieces } from '../../src/parse/sniff.js';
import { htmlish } from '../support/arbitraries.js';
import { cut } from '../support/cut.js';

// Openings of a page and of text, cut at every position: a page's start that ends where the first piece
// ends must be read on into the next piece (`<html` then `x>` is no page start).
const OPENINGS: Array<[string, string]> = [
  ['<!DOCTYPE html><p>a', 'html'],
  ['  <!-- x --> <html lang="en">', 'html'],
  ['<?xml version="1.0"?><html>', 'html'],
  ['<htmlx>Hello there, a dump.\nAnother line.', 'text'],
  ['<bodyguard> is a word here.\nSecond line.', 'text'],
  ['# A heading\n\nSome prose.', 'text'],
  ['Plain text with a <b> tag.', 'text'],
];

test.each(OPENINGS)('%j reads as %s, whole and cut anywhere', (text, format) => {
  expect(sniffFormat(text)).toBe(format);
  for (let k = 0; k <= text.length; k++) expect(sniffPieces([text.slice(0, k), text.slice(k)])).toBe(format);
});

test('pieces sniff as the text they join to', () => {
  const opening = fc.constantFrom('', '<!doctype html>', '<html', '<html>', '<body ', '<!-- c -->', ' <head>', '<htmlx>', '# x\n');
  fc.assert(
    fc.property(opening, htmlish, fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom(undefined, 'page.html', 'dump.txt'), (head, body, at, name) => {
      const text = head + body;
      expect(sniffPieces(cut(text, at), name)).toBe(sniffFormat(text, name));
    }),
    { numRuns: 1000 },
  );
});
