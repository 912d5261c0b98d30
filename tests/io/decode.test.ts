/** Decoding as browsers do: BOM, declared charset (early or late), UTF-8, a CJK detector, windows-1252; binary refused. */
import iconv from 'iconv-lite';
import { asBuffer, binaryKind, decode } from '../../src/io/decode.js';
import { clean } from '../../src/clean.js';

const page = (charset: string, body: string): string => `<!doctype html><html><head><meta charset="${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;
const encoded = (text: string, encoding: string): Buffer => iconv.encode(text, encoding);

describe('byte-order marks', () => {
  test.each(['utf-16le', 'utf-16be'])('%s with a BOM, full of NUL bytes, is decoded, not refused', (enc) => {
    const bytes = encoded('\ufeff<p>Grüße aus Köln — 東京</p>', enc);
    const { text, encoding } = decode(bytes);
    expect(encoding).toBe(enc);
    expect(text).toContain('Grüße aus Köln — 東京');
  });

  test('a UTF-8 BOM wins over a contrary declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('iso-8859-2', 'Zażółć'))]);
    expect(decode(bytes).text).toContain('Zażółć');
  });
});

describe('declared charsets', () => {
  test.each([
    ['windows-1252', 'Café — “quoted” €5'],
    ['iso-8859-2', 'Zażółć gęślą jaźń'],
    ['iso-8859-5', 'Съешь же ещё'],
    ['iso-8859-7', 'Καλημέρα κόσμε'],
    ['shift_jis', '日本語のテキストです'],
    ['euc-jp', '日本語のテキストです'],
    ['gbk', '这是一个中文测试文本'],
    ['gb18030', '这是一个中文测试文本 €'],
    ['big5', '這是一個中文測試'],
  ])('<meta charset="%s">', (charset, body) => {
    expect(decode(encoded(page(charset, body), charset)).text).toContain(body);
  });

  test('http-equiv and the XML declaration are read', () => {
    const httpEquiv = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>東京</body></html>`;
    expect(decode(encoded(httpEquiv, 'shift_jis')).text).toContain('東京');
    const xml = `<?xml version="1.0" encoding="ISO-8859-7"?><html><body>Καλημέρα</body></html>`;
    expect(decode(encoded(xml, 'iso-8859-7')).text).toContain('Καλημέρα');
  });

  test('ISO-8859-1 is read as windows-1252, as browsers do', () => {
    expect(decode(Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>'), Buffer.from([0x93, 0x61, 0x94])])).text).toContain('“a”');
  });

  test('a declaration past the first 1,024 bytes (after a long comment) is still honoured', () => {
    const html = `<!-- ${'+'.repeat(3000)} -->\n<meta charset="iso-8859-2"><p>Zażółć</p>`;
    expect(decode(encoded(html, 'iso-8859-2')).text).toContain('Zażółć');
  });

  test('an unknown declared charset falls back instead of failing', () => {
    expect(decode(Buffer.from('<meta charset="x-no-such-thing"><p>plain</p>')).text).toContain('plain');
  });
});

describe('undeclared bytes', () => {
  test('valid UTF-8 is UTF-8', () => {
    expect(decode(Buffer.from('Grüße — 東京', 'utf8'))).toEqual({ text: 'Grüße — 東京', encoding: 'utf-8' });
  });

  test('invalid UTF-8 that is not CJK is windows-1252', () => {
    expect(decode(encoded('Le café est très bon, à mon avis « oui ».', 'windows-1252')).text).toBe('Le café est très bon, à mon avis « oui ».');
  });

  test.each([
    ['shift_jis', '日本語のテキストです。これはテストです。東京は大きい都市です。'],
    ['gb18030', '这是一个中文测试文本。北京是中国的首都。我们今天去公园。'],
    ['gbk', '这是一个中文测试文本。北京是中国的首都。我们今天去公园。'],
    ['euc-jp', '日本語のテキストです。これはテストです。東京は大きい都市です。'],
  ])('undeclared %s is detected', (charset, text) => {
    expect(decode(encoded(text, charset)).text).toBe(text);
  });

  test('truncated and invalid UTF-8 sequences in a declared UTF-8 page become U+FFFD, never a crash', () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>ok '), Buffer.from([0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from(' end</p>')]);
    const { text } = decode(bytes);
    expect(text).toContain('ok ');
    expect(text).toContain('\ufffd');
    expect(clean(bytes, { inputFormat: 'html' }).text).toMatch(/^ok .*\ufffd.* end$/);
  });
});

describe('binary input', () => {
  const random = (n: number, seed: number): Buffer => {
    // A small linear congruential generator: the same bytes on every run.
    const out = Buffer.alloc(n);
    let x = seed;
    for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    return out;
  };

  test.each([
    ['PNG image', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), random(500, 1)])],
    ['PDF document', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj')],
    ['ZIP archive', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), random(200, 2)])],
    ['xz archive', Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), random(200, 3)])],
    ['binary data', random(4096, 4)],
    ['binary data', Buffer.concat([Buffer.from('text then '), Buffer.alloc(300)])],
  ])('%s is refused', (kind, bytes) => {
    expect(binaryKind(bytes)).toContain(kind);
    expect(() => decode(bytes)).toThrow(/refused/);
  });

  test('a stray NUL or control byte in a page is broken text, not binary', () => {
    expect(binaryKind(Buffer.from('<p>a\u0000b</p>'))).toBeUndefined();
    expect(binaryKind(Buffer.from('<p>\u0001 x \u0000\u0000</p>'))).toBeUndefined();
    expect(clean(Buffer.from('<p>before\u0000after</p>'), { inputFormat: 'html' }).text).toMatch(/^before.?after$/);
  });
});

describe('bytes handed in by a library caller', () => {
  // A view into a larger buffer, as a caller slicing a record stream hands it: offset and length must hold.
  const inner = (text: string): Uint8Array => {
    const whole = Buffer.from(`GARBAGE BEFORE\n${text}\nGARBAGE AFTER`);
    return new Uint8Array(whole.buffer, whole.byteOffset + 'GARBAGE BEFORE\n'.length, Buffer.byteLength(text));
  };

  test('asBuffer is a view of the same bytes, not a copy', () => {
    const bytes = inner('Grüße aus Köln');
    const view = asBuffer(bytes);
    expect(view.toString('utf8')).toBe('Grüße aus Köln');
    expect(view.buffer).toBe(bytes.buffer);
    expect(view.byteOffset).toBe(bytes.byteOffset);
  });

  test('clean reads only the view, and leaves the caller bytes as they were', () => {
    const text = 'The council met on Tuesday to agree the budget for the coming year, after a long debate.\n\nShare this:\nFacebook\nX';
    const bytes = inner(text);
    const before = Buffer.from(bytes.buffer).toString('latin1');
    const result = clean(bytes, { inputFormat: 'text' });
    expect(result.text).toContain('The council met on Tuesday');
    expect(result.text).not.toContain('GARBAGE');
    expect(Buffer.from(bytes.buffer).toString('latin1')).toBe(before);
  });
});

describe('binary input: which bytes count', () => {
  test('NUL and the C0 controls other than tab, LF, FF, CR and ESC, and no other byte', () => {
    // Ten of one byte value among 140 letters: over the shares of both limits, so the value alone decides.
    const binary: number[] = [];
    for (let value = 0; value < 256; value++) {
      const bytes = Buffer.alloc(150, 'a');
      for (let k = 0; k < 10; k++) bytes[5 + k * 13] = value;
      if (binaryKind(bytes) !== undefined) binary.push(value);
    }
    const textControls = [0x09, 0x0a, 0x0c, 0x0d, 0x1b];
    expect(binary).toEqual(Array.from({ length: 0x20 }, (_, v) => v).filter((v) => !textControls.includes(v)));
  });
});
