/** Reading one input's bytes: a file or stdin, gunzipped when it is gzip. */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { describeFsError } from './fs-errors.js';
import type { InputRef } from './inputs.js';
import { gunzip, isGzip } from './decode.js';

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (error) {
    // An empty or closed stdin is an empty input, not a failure.
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN' || (error as NodeJS.ErrnoException).code === 'EOF') {
      return Buffer.alloc(0);
    }
    throw new InputError(describeFsError(error));
  }
}

/** The input's bytes, decompressed, refused past `maxBytes`. */
export function readInputBytes(input: InputRef, maxBytes = DEFAULT_MAX_BYTES): Buffer {
  let bytes: Buffer;
  if (input.path === undefined) {
    bytes = readStdin();
  } else {
    try {
      bytes = readFileSync(input.path);
    } catch (error) {
      throw new InputError(describeFsError(error));
    }
  }
  return limitAndGunzip(bytes, maxBytes);
}

export function limitAndGunzip(bytes: Buffer, maxBytes: number): Buffer {
  if (isGzip(bytes)) return gunzip(bytes, maxBytes);
  if (bytes.length > maxBytes) throw new InputError(`is ${bytes.length} bytes, over the limit of ${maxBytes} (see --max-bytes)`);
  return bytes;
}
