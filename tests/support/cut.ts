/** `text` cut at the given offsets (taken modulo its length plus one, sorted; repeated ones give empty pieces). */
export const cut = (text: string, at: readonly number[]): string[] => {
  const ends = [...at.map((k) => k % (text.length + 1)).sort((a, b) => a - b), text.length];
  let start = 0;
  return ends.map((end) => text.slice(start, (start = end)));
};
