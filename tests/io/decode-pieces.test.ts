/** A page decoded in pieces (for the parser to read one after another) is the page decoded whole, cut up. */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decode, decodeInPieces } from '../../src/io/decode.js';

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

test('pieces joined are the text decode gives, wherever a piece ends (inside a character too)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.integer({ min: 1, max: 9 }), (text, pieceBytes) => {
      const bytes = utf8(text);
      const { pieces, encoding } = decodeInPieces(bytes, pieceBytes);
      expect(pieces.join('')).toBe(decode(bytes).text);
      expect(encoding).toBe(decode(bytes).encoding);
    }),
    { numRuns: 2000 },
  );
});

test.each([
  ['UTF-8 in pieces of its bytes', utf8('naïve café 東京 😀 text'), 4, 'utf-8'],
  ['a UTF-8 byte-order mark, dropped once', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('\ufeffé')]), 2, 'utf-8'],
  ['invalid UTF-8 late in the input: windows-1252, whole', Buffer.concat([utf8('plain text and more '), Buffer.from([0xe9, 0x20])]), 4, 'windows-1252'],
  ['a sequence cut off at the end: windows-1252, whole', Buffer.concat([utf8('abc'), Buffer.from([0xe2, 0x82])]), 2, 'windows-1252'],
  ['a declared charset: one piece', iconv.encode('<meta charset="iso-8859-1"><p>caf\u00e9 and more text</p>', 'latin1'), 4, 'windows-1252'],
])('%s', (_, bytes, pieceBytes, encoding) => {
  const { pieces, encoding: got } = decodeInPieces(bytes, pieceBytes);
  expect(got).toBe(encoding);
  expect(pieces.join('')).toBe(decode(bytes).text);
  expect(pieces.length).toBe(encoding === 'utf-8' ? Math.ceil(bytes.length / pieceBytes) : 1);
});

test('a large page is decoded in pieces that V8 keeps young (at most 32 KB of UTF-8 each)', () => {
  const bytes = utf8(`<p>${'é東'.repeat(40_000)}</p>`);
  const { pieces } = decodeInPieces(bytes);
  expect(pieces.length).toBe(Math.ceil(bytes.length / (32 * 1024)));
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(32 * 1024);
  expect(pieces.join('')).toBe(decode(bytes).text);
});
