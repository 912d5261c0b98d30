/** The declared-encoding prescan, fed to the sniffer in chunks and stopped at a declaration, against one whole write. */
import fc from 'fast-check';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { declaredEncoding } from '../../src/io/decode.js';

/** declaredEncoding as it read before: a lower-cased copy searched for the words, then the window in one write. */
function reference(bytes: Uint8Array): string | undefined {
  const sniff = (maxBytes: number): string | undefined => {
    const window = bytes.subarray(0, maxBytes);
    const text = Buffer.from(window).toString('latin1').toLowerCase();
    if (!(window[0] === 0xef || window[0] === 0xfe || window[0] === 0xff || window[0] === 0x00 || (window[0] === 0x3c && window[1] === 0x00)) && !text.includes('charset') && !text.includes('encoding')) return undefined;
    const sniffer = new Sniffer({ maxBytes });
    sniffer.write(window);
    return sniffer.resultType === ResultType.DEFAULT ? undefined : sniffer.encoding;
  };
  return sniff(1024) ?? (bytes.length > 1024 ? sniff(64 * 1024) : undefined);
}

const PIECES = [
  '<meta charset="utf-8">',
  '<META CHARSET=ISO-8859-2>',
  '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
  '<meta content="text/html; CharSet=Shift_JIS" http-equiv=content-type>',
  '<?xml version="1.0" encoding="euc-jp"?>',
  '<!-- <meta charset="koi8-r"> -->',
  '<div class="a" data-x=\'<\'>',
  '<p>',
  '</p>',
  '<',
  '"',
  'charset',
  'ENCODING',
  'text ',
  '\u00e9',
];

const filler = (n: number): string => 'x'.repeat(n);

test('a chunked prescan finds what one whole write finds', () => {
  const piece = fc.oneof(fc.constantFrom(...PIECES), fc.integer({ min: 0, max: 9000 }).map(filler));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const bytes = Buffer.from(parts.join(''), 'latin1');
      expect(declaredEncoding(bytes)).toBe(reference(bytes));
    }),
    { numRuns: 1500 },
  );
});

test.each([1000, 1020, 2040, 2048, 4090, 30000, 65500, 65515, 65530, 65536])('a declaration around byte %i', (at) => {
  for (const meta of ['<meta charset="iso-8859-7">', '<meta http-equiv="content-type" content="text/html; charset=big5">']) {
    for (let shift = -30; shift <= 5; shift++) {
      const bytes = Buffer.from(`<html><!-- charset -->${filler(Math.max(0, at + shift - 22))}${meta}<p>x</p>`, 'latin1');
      expect(declaredEncoding(bytes)).toBe(reference(bytes));
    }
  }
});
