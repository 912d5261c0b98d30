/** A page decoded in pieces (for the parser to read one after another) is the page decoded whole, cut up. */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decode, decodeInPieces } from '../../src/io/decode.js';

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/** Each piece is at most `pieceBytes` bytes of UTF-8, or one character that is longer. */
const withinSize = (pieces: readonly string[], pieceBytes: number): boolean =>
  pieces.every((p) => Buffer.byteLength(p) <= pieceBytes || [...p].length === 1);

test('pieces joined are the text decode gives, wherever a piece would end (inside a character too)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.integer({ min: 1, max: 9 }), (text, pieceBytes) => {
      const bytes = utf8(text);
      const { pieces, encoding } = decodeInPieces(bytes, pieceBytes);
      expect(pieces.join('')).toBe(decode(bytes).text);
      expect(encoding).toBe(decode(bytes).encoding);
      expect(withinSize(pieces, pieceBytes)).toBe(true);
    }),
    { numRuns: 2000 },
  );
});

test('any bytes: valid UTF-8 or not, the pieces joined are what decode gives', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 30 }),
    // UTF-8 with a byte changed: overlong forms, surrogates, cut sequences
    fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), fc.nat(), fc.integer({ min: 0x80, max: 0xff })).map(([t, k, b]) => {
      const u = utf8(t);
      u[k % u.length] = b;
      return u;
    }),
  );
  fc.assert(
    fc.property(bytes, fc.integer({ min: 1, max: 7 }), (raw, pieceBytes) => {
      const input = Buffer.from(raw);
      // Random bytes are often refused as binary (enough NUL or control bytes): then both refuse alike.
      const inPieces = outcome(() => {
        const { pieces, encoding } = decodeInPieces(input, pieceBytes);
        return { text: pieces.join(''), encoding };
      });
      expect(inPieces).toEqual(outcome(() => decode(input)));
    }),
    { numRuns: 3000 },
  );
});

/** What a decode gives: its text and encoding, or the message it refuses the input with. */
function outcome(run: () => { text: string; encoding: string }): { text: string; encoding: string } | { refused: string } {
  try {
    const { text, encoding } = run();
    return { text, encoding };
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

test('eight NUL bytes: refused whole and in pieces alike', () => {
  const nuls = new Uint8Array(8);
  expect(outcome(() => decode(nuls))).toEqual({ refused: 'refused: binary data (NUL bytes)' });
  expect(() => decodeInPieces(nuls, 1)).toThrow('refused: binary data (NUL bytes)');
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
  if (encoding === 'utf-8') expect(withinSize(pieces, pieceBytes)).toBe(true);
  else expect(pieces).toHaveLength(1);
});

test('a large page is decoded in pieces that V8 keeps young (at most 32 KB of UTF-8 each)', () => {
  const bytes = utf8(`<p>${'é東'.repeat(40_000)}</p>`);
  const { pieces } = decodeInPieces(bytes);
  expect(pieces.length).toBeGreaterThanOrEqual(Math.ceil(bytes.length / (32 * 1024)));
  expect(withinSize(pieces, 32 * 1024)).toBe(true);
  expect(pieces.join('')).toBe(decode(bytes).text);
});
