/**
 * Bytes to text, decided once per input: a byte-order mark wins, then a
 * charset the page declares (`<meta charset>`, `http-equiv`, an XML
 * declaration — in the first 1,024 bytes as a browser's prescan looks, else
 * further in, as a browser re-decodes when its parser meets a late `<meta>`),
 * then UTF-8 if the bytes are valid UTF-8, then a CJK multi-byte encoding
 * when a detector is sure of one, else windows-1252 (what browsers fall back
 * to). Binary input is refused, never guessed at.
 */
import { isUtf8 } from 'node:buffer';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { chardet, iconv, zlib } from '../lazy.js';
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

/** The bytes as a Buffer, without a copy: a view of the same memory. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function isGzip(bytes: Uint8Array): boolean {
  return startsWith(bytes, GZIP_MAGIC);
}

/** Decompresses gzip input, refusing output past `maxBytes` (so a gzip bomb stops early). */
export function gunzip(bytes: Uint8Array, maxBytes: number): Buffer {
  try {
    return zlib().gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /Cannot create a Buffer larger/i.test(String(error))) {
      throw new InputError(`decompresses to more than ${maxBytes} bytes (see --max-bytes)`);
    }
    throw new InputError(`not valid gzip data (${(error as Error).message})`);
  }
}

/**
 * A stray NUL or control byte is broken text (browsers show U+FFFD and go
 * on), not a binary file: refuse only when there are several and they are
 * more than this share of the sample. Binary formats are far above both.
 */
const MIN_BINARY_BYTES = 8;
const MAX_NUL_SHARE = 0.01;
const MAX_CONTROL_SHARE = 0.05;

/**
 * NUL and the C0 control bytes that text does not use (all but tab, LF, FF, CR and ESC), matched in the
 * sample read as latin-1, a character a byte: most inputs hold none, and one native search settles that.
 */
const ODD_BYTES = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/g;

/** Names a refusal if the bytes are binary: a known file signature, NUL bytes or many control bytes. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [name, magic] of MAGIC) if (startsWith(bytes, magic)) return name;
  const sample = asBuffer(bytes.subarray(0, 8192)).toString('latin1');
  const odd = sample.match(ODD_BYTES)?.length ?? 0;
  if (odd === 0) return undefined;
  const nuls = sample.match(/\0/g)?.length ?? 0;
  if (nuls >= MIN_BINARY_BYTES && nuls / sample.length > MAX_NUL_SHARE) return 'binary data (NUL bytes)';
  if (odd >= MIN_BINARY_BYTES && odd / sample.length > MAX_CONTROL_SHARE) return 'binary data (control bytes)';
  return undefined;
}

/**
 * The encoding the bytes name for themselves, as a browser's prescan finds it
 * (BOM, `<meta charset>`, `http-equiv`, XML declaration), or undefined.
 */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  return sniff(bytes, PRESCAN_BYTES) ?? (bytes.length > PRESCAN_BYTES ? sniff(bytes, LATE_META_BYTES) : undefined);
}

/** What a browser's prescan reads. */
const PRESCAN_BYTES = 1024;
/** How far a declaration is still looked for past the prescan (a `<meta>` after long comments or scripts). */
const LATE_META_BYTES = 64 * 1024;

/** Bytes the sniffer is given at a time, so that it can stop at the declaration. */
const SNIFF_CHUNK = 2048;

function sniff(bytes: Uint8Array, maxBytes: number): string | undefined {
  const window = bytes.subarray(0, maxBytes);
  if (!mayDeclare(window)) return undefined;
  // The window is the limit; the sniffer's own would stop early, as it counts a byte too many at the end of a
  // chunk it skips through. It reads a byte at a time, so chunks read as the whole window would. Once it has
  // a <meta> declaration (or better) nothing later overrides it: a BOM or a UTF-16 prefix is only at the start.
  const sniffer = new Sniffer({ maxBytes: Number.POSITIVE_INFINITY });
  for (let at = 0; at < window.length && sniffer.resultType > ResultType.META_TAG; at += SNIFF_CHUNK) {
    sniffer.write(window.subarray(at, at + SNIFF_CHUNK));
  }
  return sniffer.resultType === ResultType.DEFAULT ? undefined : sniffer.encoding;
}

/**
 * Whether the sniffer could find an encoding in `window`: a BOM or a UTF-16 `<?x` at the start,
 * or else a `<meta>` or XML declaration, each of which needs the word "charset" or "encoding"
 * (in any case). Most pages without an early declaration have neither in their first 64 KB, and
 * two native searches cost far less than the sniffer's byte-by-byte scan.
 */
function mayDeclare(window: Uint8Array): boolean {
  const first = window[0];
  if (first === 0xef || first === 0xfe || first === 0xff || first === 0x00 || (first === 0x3c && window[1] === 0x00)) return true;
  return MAY_DECLARE.test(Buffer.from(window.buffer, window.byteOffset, window.byteLength).toString('latin1'));
}

/** Case-insensitive, as the sniffer reads the words: a search without a lower-cased copy of the window. */
const MAY_DECLARE = /charset|encoding/i;

/**
 * Multi-byte encodings whose byte patterns a detector can be sure of. Single-byte
 * guesses (windows-1251 or ISO-8859-2 for windows-1252 text) are too often wrong,
 * so those inputs keep the browsers' default.
 */
const DETECTABLE = new Set(['Shift_JIS', 'EUC-JP', 'GB18030', 'Big5', 'EUC-KR', 'ISO-2022-JP']);
const DETECTOR_SAMPLE_BYTES = 64 * 1024;
const MIN_CONFIDENCE = 90;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of valid UTF-8 bytes in pieces of about `pieceBytes` bytes each, each cut before a character (not
 * inside one), or undefined. Checked whole first (`isUtf8`), then each piece decoded by V8's own UTF-8 decoder,
 * the one TextDecoder uses for a whole text (a streaming TextDecoder goes through ICU, and copies its output).
 */
function strictUtf8(bytes: Uint8Array, pieceBytes: number): string[] | undefined {
  if (bytes.length <= pieceBytes) {
    try {
      return [utf8.decode(bytes)];
    } catch {
      return undefined;
    }
  }
  const buffer = asBuffer(bytes);
  if (!isUtf8(buffer)) return undefined;
  const pieces: string[] = [];
  // A byte-order mark is no part of the text, as TextDecoder drops it.
  let at = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  while (at < buffer.length) {
    let end = Math.min(buffer.length, at + pieceBytes);
    // Back to the first byte of the character the cut falls in; on past it when that is where the piece starts.
    while (end > at && end < buffer.length && isContinuation(buffer[end]!)) end--;
    if (end === at) for (end = at + 1; end < buffer.length && isContinuation(buffer[end]!); ) end++;
    pieces.push(buffer.toString('utf8', at, end));
    at = end;
  }
  return pieces;
}

/** A byte inside a UTF-8 character (10xxxxxx), never its first. */
const isContinuation = (byte: number): boolean => (byte & 0xc0) === 0x80;

/** A CJK multi-byte encoding the detector is sure of, for undeclared non-UTF-8 bytes. */
export function detectedEncoding(bytes: Uint8Array): string | undefined {
  const best = chardet().analyse(bytes.subarray(0, DETECTOR_SAMPLE_BYTES))[0];
  if (!best || best.confidence < MIN_CONFIDENCE || !DETECTABLE.has(best.name)) return undefined;
  return iconv().encodingExists(best.name) ? best.name : undefined;
}

export function decode(bytes: Uint8Array): Decoded {
  const { pieces, encoding } = decodeInPieces(bytes, Number.POSITIVE_INFINITY);
  return { text: pieces.length === 1 ? pieces[0]! : pieces.join(''), encoding };
}

/** The decoded text in pieces, which joined are `decode`'s text. */
export interface DecodedPieces {
  readonly pieces: readonly string[];
  readonly encoding: string;
}

/**
 * Bytes of UTF-8 decoded a piece at a time. A page's text as one string is a large object, which V8 keeps
 * outside its young generation: each page's went to the old one, and a batch's full collections were mostly
 * to free those. Pieces of 32 KB are at most 64 KB of UTF-16 each, young objects that a page leaves to the next
 * young collection (the HTML parser reads them one after another). Other encodings give one piece.
 */
export const TEXT_PIECE_BYTES = 32 * 1024;

/** As `decode`, the text in pieces of `pieceBytes` bytes of UTF-8 each (see TEXT_PIECE_BYTES). */
export function decodeInPieces(bytes: Uint8Array, pieceBytes = TEXT_PIECE_BYTES): DecodedPieces {
  const declared = declaredEncoding(bytes);
  // UTF-16 is full of NUL bytes: check for binary only what is not declared UTF-16.
  if (!declared?.startsWith('UTF-16')) {
    const kind = binaryKind(bytes);
    if (kind) throw new InputError(`refused: ${kind}`);
  }
  if (declared === undefined || declared === 'UTF-8') {
    const pieces = strictUtf8(bytes, pieceBytes);
    if (pieces !== undefined) return { pieces, encoding: 'utf-8' };
  }
  const encoding = declared ?? detectedEncoding(bytes) ?? 'windows-1252';
  // iconv-lite rather than TextDecoder: Node 20's windows-1252 decoder is really latin-1.
  if (!iconv().encodingExists(encoding)) throw new InputError(`declares an encoding rinse cannot decode: ${encoding}`);
  return { pieces: [iconv().decode(asBuffer(bytes), encoding)], encoding: encoding.toLowerCase() };
}
