import { clean } from '../../src/clean.js';
import { orphanHeadings } from '../../src/rules/orphan-headings.js';
import type { Rule } from '../../src/rules/types.js';
import { dump, testRule } from '../support/rule-tester.js';

const P1 = 'The new ferry timetable starts on Monday, with an extra crossing in the evening for commuters.';
const P2 = 'The operator says the late boat will run all year if enough passengers use it in the first winter.';

testRule(orphanHeadings, {
  remove: [
    {
      name: 'a grid of teaser cards after the article: headlines with a section label each',
      format: 'html',
      input: `<article><p>${P1}</p><p>${P2}</p></article><div class="more"><p>AUTO NEWS</p><h5>A new hatchback for the city</h5><p>CAR REVIEWS</p><h5>Driving the estate to the coast</h5><p>FEATURES</p><h5>Ten years of the island rally</h5></div>`,
      removed: ['AUTO NEWS\nA new hatchback for the city\nCAR REVIEWS\nDriving the estate to the coast\nFEATURES\nTen years of the island rally'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a listing of headlines with the line that announces it ("Latest on:")',
      format: 'html',
      input: `<article><p>${P1}</p><p>${P2}</p></article><aside><p>Latest on:</p><p>FERRIES</p><h3>A new hatchback for the city</h3><p>News 14 JAN</p><h3>Driving the estate to the coast</h3><p>News 9 JAN</p><h3>Ten years of the island rally</h3></aside>`,
      removed: ['Latest on:\nFERRIES\nA new hatchback for the city\nNews 14 JAN\nDriving the estate to the coast\nNews 9 JAN\nTen years of the island rally'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a listing of headlines in a Markdown dump',
      format: 'text',
      input: dump(P1, '', P2, '', '##### Storm closes the causeway', '', '##### A bakery opens on the quay', '', '##### Seal count breaks a record'),
      removed: ['Storm closes the causeway\nA bakery opens on the quay\nSeal count breaks a record'],
      output: `${P1}\n\n${P2}`,
    },
  ],
  keep: [
    { name: 'sections of an article: each heading has prose under it', format: 'text', input: dump('## Getting there', '', P1, '', '## Tickets', '', P2, '', '## In winter', '', P1) },
    { name: 'two headings in a row (a title and its subtitle)', format: 'text', input: dump('# The evening ferry', '', '## An extra crossing for commuters', '', P1, '', P2) },
    { name: 'a heading over a short sentence ending the section', format: 'text', input: dump('## Getting there', '', 'Take the bus.', '', '## Tickets', '', 'Buy them on board.', '', '## In winter', '', P2) },
    {
      name: 'a post whose passages are set as headings: a long one breaks the run, so no three short ones stand together',
      format: 'html',
      input: `<article><h2>The evening ferry</h2><h3>An extra crossing for commuters, starting on Monday</h3><h3>${P1} ${P2}</h3><h4>Tell us what you think</h4><h4>Write to the operator</h4></article>`,
    },
  ],
});

/** A stand-in for the rules that remove a sidebar's list: every list item. */
const listItems: Rule = {
  id: 'list-items',
  category: 'navigation',
  description: 'every list item',
  *text(ctx) {
    for (let i = 0; i < ctx.blocks.length; i++) if (ctx.blocks[i]!.kind === 'list-item') yield { from: i, to: i + 1, reason: 'list item' };
  },
};

test('a heading whose list another rule removed goes with it', () => {
  const input = dump(P1, '', P2, '', '## Archives', '', '- May 2024', '- April 2024', '- March 2024');
  const result = clean(input, { inputFormat: 'text', rules: [listItems, orphanHeadings] });
  expect(result.text).toBe(`${P1}\n\n${P2}`);
  expect(result.removed.find((r) => r.rule === 'orphan-headings')?.text).toBe('Archives');
});

// A label line ending in a colon, then a list another rule removed: [case, the lines after the article, what stays of them].
const LABELS: Array<[string, string[], string[]]> = [
  ['a label over a removed list, at the end', ['Latest on:', '- Storm closes the causeway', '- A bakery opens on the quay'], []],
  ['a label over a removed list, before more text', ['Mehr zum Thema:', '- Sturm schließt den Damm', '- Neue Bäckerei am Kai', '', P2], [P2]],
  ['a tag line', ['Tags:', '- ferries', '- islands'], []],
  ['a label over a removed list, then a table it may announce', ['Fares:', '- return ticket', '', '| Adult | 12 |'], ['Fares:', 'Adult\t12']],
  ['a label over text that stays', ['Tickets:', '', P2], ['Tickets:', P2]],
  ['a smiley, not a colon', ['Bis bald (:', '- Storm closes the causeway'], ['Bis bald (:']],
  ['a sentence ending in a colon', ['The report itself can be downloaded here:', '- Storm closes the causeway'], ['The report itself can be downloaded here:']],
];

test.each(LABELS)('%s', (_, after, kept) => {
  const result = clean(dump(P1, '', ...after), { inputFormat: 'text', rules: [listItems, orphanHeadings] });
  expect(result.text).toBe([P1, ...kept].join('\n\n'));
});
