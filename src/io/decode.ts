/**
 * Bytes to text, decided once per input: a byte-order mark wins, then a
 * charset the page declares (`<meta charset>`, `http-equiv`, an XML
 * declaration), then UTF-8 if the bytes are valid UTF-8, else windows-1252
 * (what browsers fall back to). Binary input is refused, never guessed at.
 */
import { gunzipSync } from 'node:zlib';
import { InputError } from '../errors.js';

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
}

/** Files that are clearly not text, by their first bytes. */
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['zstd archive', [0x28, 0xb5, 0x2f, 0xfd]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

const GZIP_MAGIC = [0x1f, 0x8b] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

export function isGzip(bytes: Uint8Array): boolean {
  return startsWith(bytes, GZIP_MAGIC);
}

/** Decompresses gzip input, refusing output past `maxBytes` (so a gzip bomb stops early). */
export function gunzip(bytes: Uint8Array, maxBytes: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /Cannot create a Buffer larger/i.test(String(error))) {
      throw new InputError(`decompresses to more than ${maxBytes} bytes (see --max-bytes)`);
    }
    throw new InputError(`not valid gzip data (${(error as Error).message})`);
  }
}

type Bom = { encoding: string; length: number };

function sniffBom(bytes: Uint8Array): Bom | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Names a refusal if the bytes are binary: a known file signature, NUL bytes or many control bytes. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [name, magic] of MAGIC) if (startsWith(bytes, magic)) return name;
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return 'binary data (NUL bytes)';
    // Tab, LF, FF, CR and ESC turn up in text; other C0 bytes do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  if (sample.length > 0 && controls / sample.length > 0.05) return 'binary data (control bytes)';
  return undefined;
}

const CHARSET_IN_META = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i;
const CHARSET_IN_XML = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([a-z0-9_.:-]+)["']/i;

/** The charset a page declares in its first 1024 bytes, as the HTML prescan looks for it. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const label = CHARSET_IN_XML.exec(head)?.[1] ?? CHARSET_IN_META.exec(head)?.[1];
  if (!label) return undefined;
  const encoding = canonicalEncoding(label);
  // A page cannot declare itself UTF-16 in bytes we just read as ASCII: browsers read it as UTF-8.
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  return encoding;
}

/** The WHATWG name for a charset label, or undefined if no decoder knows it. */
export function canonicalEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return undefined;
  }
}

export function decode(bytes: Uint8Array): Decoded {
  const bom = sniffBom(bytes);
  if (bom) {
    const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
    return { text, encoding: bom.encoding };
  }
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(`refused: ${kind}`);
  const declared = declaredCharset(bytes);
  if (declared) return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
