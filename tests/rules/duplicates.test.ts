import { duplicates } from '../../src/rules/duplicates.js';
import { dump, testRule } from '../support/rule-tester.js';

/*
 * Pages and dumps that say things twice: a photo caption in a preview and
 * in full, a headline echoed by a gallery overlay, the whole article again
 * in a metadata blob at the end of a text dump.
 */
const P = [
  'The ferry to the outer island now leaves from the new pier at the end of the harbour road, a ten-minute walk from the station.',
  'Crossings take forty minutes in good weather, and the captain says the boat will run twice a day until the end of September.',
  'Islanders had asked for a later evening crossing for years, so that children at the mainland school could stay for sports.',
  'The council agreed to pay for it for one season and will decide in the autumn whether to keep it, depending on the numbers.',
];
const CAPTION = "Passengers board the evening ferry at the new pier on Tuesday, the first day of the summer timetable, as the harbour master and two of the island's councillors look on from the quay in the rain.";
const TITLE = 'An evening ferry for the outer island, at last';

// A meal plan repeats its lines on purpose, days apart.
const PLAN = [
  'Day 1',
  'Breakfast: two eggs, one slice of rye bread and half a cup of berries with plain yoghurt.',
  'Eat every two to three hours',
  'Lunch: a bowl of lentil soup with carrots, a green salad and a small wholemeal roll.',
  'Day 2',
  'Breakfast: two eggs, one slice of rye bread and half a cup of berries with plain yoghurt.',
  'Eat every two to three hours',
  'Lunch: grilled fish with potatoes, a green salad and a glass of water with lemon.',
];

testRule(duplicates, {
  remove: [
    {
      name: 'a caption preview cut short beside the full caption',
      format: 'html',
      input: `<article><p>${P[0]}</p><div class="gallery"><div class="caption-full">${CAPTION}</div><div class="caption-preview">${CAPTION.slice(0, 150)}…</div></div><p>${P[1]}</p></article>`,
      removed: [`${CAPTION.slice(0, 150)}…`],
      output: [P[0], CAPTION, P[1]].join('\n\n'),
    },
    {
      name: 'a headline echoed right below it (a gallery overlay)',
      format: 'html',
      input: `<h1>${TITLE}</h1><div class="overlay-title">${TITLE}</div><p>${P[0]}</p><p>${P[1]}</p>`,
      removed: [TITLE],
      output: [TITLE, P[0], P[1]].join('\n\n'),
    },
    {
      name: 'the article again as one blob at the end of a dump',
      format: 'text',
      input: dump(...P.flatMap((p) => [p, '']), 'Share this article', '', P.join(' ')),
      removed: [P.join(' ')],
      output: [...P, 'Share this article'].join('\n\n'),
    },
  ],
  keep: [
    { name: 'a meal plan repeating its lines on later days', format: 'text', input: dump(...PLAN.flatMap((p) => [p, ''])) },
    { name: 'a short line said twice in a row (a tweet signature, a shop link)', format: 'text', input: dump(P[0]!, '', '— Harbour Council (@harbour) June 4, 2024', '', '— Harbour Council (@harbour) June 4, 2024', '', P[1]!) },
    { name: 'a paragraph quoting one sentence of another', format: 'text', input: dump(P[0]!, '', `As the council put it: “${P[3]}” Not everyone agrees.`) },
    { name: 'table rows with the same cells', format: 'html', input: `<p>${P[0]}</p><table><tr><td>Monday to Friday, every day except holidays</td><td>07:30</td></tr><tr><td>Monday to Friday, every day except holidays</td><td>18:45</td></tr></table>` },
  ],
});
