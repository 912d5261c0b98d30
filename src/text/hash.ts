/** FNV-1a (32 bits) over the UTF-16 code units of `text` from `start` to `end`: a quick hash of a word where it stands. */
export function fnv1a(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}
