import { sameTitle, title } from '../../src/rules/title.js';
import { clean } from '../../src/clean.js';
import { dump, testRule } from '../support/rule-tester.js';

const P1 = 'The ferry to the outer island now leaves from the new pier at the end of the harbour road.';
const P2 = 'Crossings take forty minutes in good weather, and the boat runs twice a day until September.';
const page = (head: string, body: string): string => `<html><head>${head}</head><body>${body}</body></html>`;

testRule(title, {
  remove: [
    {
      name: 'the top-level heading over the article',
      format: 'html',
      input: page('<title>Harbour Notes</title>', `<article><h1>An evening ferry for the island</h1><p>${P1}</p><p>${P2}</p></article>`),
      removed: ['An evening ferry for the island'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a lower heading that repeats og:title, its punctuation aside (Spanish)',
      format: 'html',
      input: page('<meta property="og:title" content="¿Un ferry nocturno para la isla?">', `<h2>Un ferry nocturno para la isla</h2><p>${P1}</p>`),
      removed: ['Un ferry nocturno para la isla'],
      output: P1,
    },
    {
      name: 'a section label (kicker) above the headline goes with it',
      format: 'html',
      input: page('<title>Harbour Notes</title>', `<article><p>Ferries</p><h1>An evening ferry for the island</h1><p>${P1}</p><p>${P2}</p></article>`),
      removed: ['Ferries', 'An evening ferry for the island'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "a Markdown dump's top-level heading",
      format: 'text',
      input: dump('# An evening ferry for the island', '', P1, '', P2),
      removed: ['An evening ferry for the island'],
      output: `${P1}\n\n${P2}`,
    },
  ],
  keep: [
    {
      name: 'a lower heading that is not the title (a section heading first)',
      format: 'html',
      input: page('<meta property="og:title" content="An evening ferry for the island">', `<h2>Timetable</h2><p>${P1}</p>`),
    },
    { name: 'a heading that is not first: prose comes before it', format: 'html', input: `<p>${P1}</p><h1>An evening ferry for the island</h1><p>${P2}</p>` },
    { name: 'a heading with nothing under it: all the text there is', format: 'html', input: '<h1>An evening ferry for the island</h1>' },
    { name: 'a sentence above the headline is no label: the headline is not first', format: 'html', input: `<p>${P1}</p><h1>An evening ferry for the island</h1><p>${P2}</p>` },
    { name: 'a first line that is a paragraph, not a heading', format: 'text', input: dump('An evening ferry for the island', '', P1) },
    { name: 'a short heading held in a long title is not the title', format: 'html', input: page('<title>News from the harbour, the islands and the ferries of the north coast</title>', `<h2>News</h2><p>${P1}</p>`) },
  ],
});

test('the headline stays the JSON title when it leaves the text', () => {
  const result = clean(page('', `<h1>An evening ferry for the island</h1><p>${P1}</p>`), { inputFormat: 'html' });
  expect(result.title).toBe('An evening ferry for the island');
  expect(result.text).toBe(P1);
});

test.each([
  ['An evening ferry', 'An evening ferry', true],
  ["'Meth. We're On It'", 'meth were on it', false],
  ['HS Roundup: Viera wins', 'HS Roundup: Viera wins again tonight', true],
  ['News', 'News from the harbour', false],
])('sameTitle(%j, %j) is %s', (heading, pageTitle, expected) => {
  expect(sameTitle(heading, pageTitle)).toBe(expected);
});
