/**
 * Tag and attribute names read straight from the page's text into shared strings. A name cut out of a
 * page and lower-cased is two new strings at every tag and attribute; an attribute's name is then the key
 * its value is stored under, and V8 looks a new string up in its table of property names at every such
 * store. Here a name is hashed where it stands in the text, lower case as it is read, and found in a table
 * of the names already met: one lower-cased string a name, already a property name (interned), kept from
 * page to page. Only a name not met before is cut out.
 */
import { FNV_OFFSET, fnvStep } from '../text/hash.js';

/** Names kept at most: pages of made-up names (`data-v-3f2a…`) must not grow the table without end. */
export const NAMES_KEPT = 4096;

/** Slots of the open-addressed table: a power of two, twice the names kept, so that probes stay short. */
const SLOTS = 2 * NAMES_KEPT;
const MASK = SLOTS - 1;

const slotNames = new Array<string | undefined>(SLOTS).fill(undefined);
const slotHashes = new Int32Array(SLOTS);
let kept = 0;

/** `c` lower-cased if it is an ASCII capital. */
const lowerAscii = (c: number): number => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);

/**
 * The string V8 keeps in its table of property names for `name`: a store under it finds it there at once.
 * A key of an object without a prototype, so that `__proto__` is a name like any other.
 */
function interned(name: string): string {
  const holder = Object.create(null) as Record<string, number>;
  holder[name] = 0;
  return Object.keys(holder)[0]!;
}

/** Whether `name` (lower case) is `text` from `start` to `end`, read in lower case. */
function isNameAt(name: string, text: string, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let k = 0; k < name.length; k++) if (lowerAscii(text.charCodeAt(start + k)) !== name.charCodeAt(k)) return false;
  return true;
}

/** The name in `text` from `start` to `end`, lower-cased, as one string for all its uses. */
export function nameIn(text: string, start: number, end: number): string {
  let hash = FNV_OFFSET;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    // Outside ASCII, lower case is toLowerCase's to tell (`É`): such names are rare, and cut out each time.
    if (c >= 0x80) return text.slice(start, end).toLowerCase();
    hash = fnvStep(hash, lowerAscii(c));
  }
  let slot = hash & MASK;
  for (let name = slotNames[slot]; name !== undefined; name = slotNames[slot]) {
    if (slotHashes[slot] === hash && isNameAt(name, text, start, end)) return name;
    slot = (slot + 1) & MASK;
  }
  // A full table starts again: a long batch moves from site to site, and the names of the pages at hand come back at once.
  if (kept >= NAMES_KEPT) {
    slotNames.fill(undefined);
    kept = 0;
    slot = hash & MASK;
  }
  const name = interned(text.slice(start, end).toLowerCase());
  slotNames[slot] = name;
  slotHashes[slot] = hash;
  kept++;
  return name;
}

/** How many names are kept now (for tests: never more than NAMES_KEPT). */
export function namesKept(): number {
  return kept;
}
