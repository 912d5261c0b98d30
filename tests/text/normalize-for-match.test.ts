import { normalizeForMatch } from '../../src/text/normalize.js';

// The form every phrase is matched against: case, width, spaces, quotes, decoration at the ends, a text browser's brackets.
test.each([
  ['Share on Facebook', 'share on facebook'],
  ['  › Read more →  ', 'read more'],
  ['• Home | ', 'home'],
  ['## Related Posts:', 'related posts:'],
  ['“Quoted” — it’s here', '"quoted" — it\'s here'],
  ['[ 167 comments ]', '167 comments'],
  ['Ｆｕｌｌ\u00a0width\ttext', 'full width text'],
  ['-–—*_•·|›‹→←>#:', ''],
  ['a - b -', 'a - b'],
])('%j → %j', (text, norm) => {
  expect(normalizeForMatch(text)).toBe(norm);
});
