import { codeAt } from './chars.js';

/** FNV-1a (32 bits): the offset basis, and one step of a code unit. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const fnvStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/** FNV-1a over the UTF-16 code units of `text` from `start` to `end`: a quick hash of a word where it stands. */
export function fnv1a(text: string, start = 0, end = text.length): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = fnvStep(h, codeAt(text, k));
  return h;
}
