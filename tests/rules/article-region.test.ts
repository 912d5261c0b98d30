import { clean } from '../../src/clean.js';
import { articleRegion } from '../../src/rules/article-region.js';
import { commentStubs } from '../../src/rules/comment-stubs.js';
import { crossLinks } from '../../src/rules/cross-links.js';
import { dump, testRule } from '../support/rule-tester.js';

/*
 * Text dumps as html2text, w3m and a browser's innerText leave them: menus on
 * top, the article, then sidebars, teaser lists and footers. The rule keeps
 * the densest run of prose and drops what lies around it.
 */
const EN = [
  'The ferry to the outer island now leaves from the new pier at the end of the harbour road, a ten-minute walk from the station.',
  'Crossings take forty minutes in good weather, and the captain says the boat will run twice a day until the end of September.',
  'Islanders had asked for a later evening crossing for years, so that children at the mainland school could stay for sports.',
  'The council agreed to pay for it for one season and will decide in the autumn whether to keep it, depending on the numbers.',
];
const MENU = ['Home', 'News', 'Ferries', 'Islands', 'Weather', 'Contact us'];
const FOOTER = ['Privacy Policy', 'Terms of Use', '© 2024 Harbour Notes'];
/**
 * The footer's link as a Markdown dump prints it. The rule cuts only in a dump with clutter found in it
 * (a line that is a link, or a block another rule removed); these cases run the rule alone, so the link is the clutter.
 */
const FOOTER_LINK = '[Privacy Policy](https://example.org/privacy)';

// Teasers after the article: each a headline, a byline and an excerpt that reads as a sentence but is mostly names and nouns.
const TEASERS = [
  ['Causeway Closed Again', 'Mara Lindqvist', 'Record tides, flooded car parks, stranded delivery vans: harbour traders count costs after Tuesday storm.'],
  ['Quay Bakery Opens', 'Tom Reyes', 'Sourdough, cardamom buns, fresh crab rolls: former trawler cook Jonas Berg opens harbour-front bakery Saturday.'],
  ['Seal Count Record', 'Ana Lima', 'Volunteers, drones, thermal cameras: sandbank survey finds 412 grey seal pups, highest count since 1998.'],
  ['Lighthouse Reopens', 'Mara Lindqvist', 'Restored lens, new visitor centre, guided tours: Skerry Point lighthouse welcomes first visitors since 2019 fire.'],
].flat();

// Cards whose excerpts read as plain prose, each alone between its section label, headline and byline.
const CARDS = [
  ['ISLAND LIFE', 'Why The Causeway Keeps Flooding Every Single Spring Tide', 'By Mara Lindqvist', 'The engineers say that the tides alone do not close the road.'],
  ['FOOD', 'A Former Trawler Cook Opens A Bakery On The Quay', 'By Tom Reyes', 'He gets up at four to bake bread for all of the island.'],
  ['NATURE', 'Volunteers Count The Seal Pups From The Air This Winter', 'By Ana Lima', 'The volunteers say that the drone has changed their work.'],
  ['HERITAGE', 'The Skerry Point Lighthouse Opens Again After The Fire', 'By Mara Lindqvist', 'It took four years to restore the lens, and it was worth it.'],
].flat();

// Excerpts cut at so many characters, mid-sentence, as listings print them.
const CUT_EXCERPTS = [
  'Storm closes the causeway again for the third time',
  'The causeway was closed again on Tuesday, and the traders on the quay say that they have lost',
  'Former trawler cook opens a bakery on the quay',
  'He cooked for a trawler crew for twenty years, and when the boat was sold he decided that',
];

// Cards as a text browser prints them: the headline with its kicker, the headline again, an excerpt that reads as prose.
const TWICE_PRINTED_CARDS = [
  ['Why The Causeway Keeps Flooding Every Spring TIDE WATCH', 'Why The Causeway Keeps Flooding Every Spring', 'The engineers say that the tides alone do not close the road, and that the drains were never built for it.'],
  ['A Former Trawler Cook Opens A Bakery On The Quay FRESH BREAD', 'A Former Trawler Cook Opens A Bakery On The Quay', 'He gets up at four every morning to bake the bread for the whole of the island, and he sells out by noon.'],
  ['Volunteers Count The Seal Pups From The Air NEW RECORD', 'Volunteers Count The Seal Pups From The Air', 'The volunteers say that the drone has changed their work, because they can count the pups without disturbing them.'],
].flat();

// Teaser cards as a text browser prints a menu of them: the headline run into the excerpt, no space between.
const GLUED_CARDS = [
  'Causeway Closed Again After Record Spring TidesThe road to the lighthouse was under water for six hours on Tuesday, and the traders on the quay counted their losses.',
  'Former Trawler Cook Opens Bakery Beside The HarbourA new bakery has opened on the quay, where a former trawler cook sells bread, buns and crab rolls every morning.',
  'Volunteers Count Record Of Seal Pups On The SandbankVolunteers with drones and thermal cameras counted more grey seal pups on the sandbank than in any year since 1998.',
  'Lighthouse Reopens To Visitors After The 2019 BlazeThe restored lighthouse at Skerry Point welcomed its first visitors since the fire, with guided tours every afternoon.',
];

const CAPTION_RUN_IN = 'The Old Ferry Leaving The Harbour In 1962The ferry to the outer island now leaves from the new pier at the end of the harbour road, a ten-minute walk from the station.';

// A standfirst, and the short lines a news page prints between it and the article.
const STANDFIRST = 'From Monday the island ferry sails from the new pier, and a second evening crossing runs all summer.';
const LEAD_GAP = ['12 March 2024', 'Mara Lindqvist', 'Share on Facebook', 'Share on X', 'Photo: Harbour Notes'];
/** Sentences that stand where a standfirst would, and what each is. */
const NOT_STANDFIRSTS = [
  ["a survey's call, which shares too few of the article's words,", 'Tell us what you think about our new look by taking this short reader survey today.'],
  ['a breadcrumb trail that ends on the headline', 'Home » News » Ferries » From Monday the island ferry sails from the new pier, and a second evening crossing runs all summer.'],
] as const;

// German, and a sidebar of post titles and archive links.
const DE = [
  'Die Fähre zur äußeren Insel legt jetzt am neuen Anleger am Ende der Hafenstraße ab, zehn Minuten zu Fuß vom Bahnhof.',
  'Die Überfahrt dauert bei gutem Wetter vierzig Minuten, und der Kapitän will bis Ende September zweimal täglich fahren.',
  'Seit Jahren hatten die Inselbewohner eine spätere Abendfähre gefordert, damit die Kinder nach der Schule Sport treiben können.',
];
const SIDEBAR_DE = ['Beliebte Posts', 'Sturm schließt den Damm', 'Neue Bäckerei am Kai', 'Blog-Archiv', '2024 (12)', '2023 (31)'];

// A recipe: short ingredient lines inside the article are part of it.
const RECIPE = [
  'These are the buns the harbour bakery sells on Saturdays, and they are easier to make at home than they look.',
  'You will need:',
  '- 500 g flour',
  '- 10 g dried yeast',
  '- 2 tsp ground cardamom',
  '- 250 ml warm milk',
  'Mix everything, knead it for ten minutes and leave the dough to rise for an hour somewhere warm.',
  'Shape the buns, let them rise again and bake them at 200 degrees for about twelve minutes, until they are golden.',
];

testRule(articleRegion, {
  remove: [
    {
      name: 'menu before and footer after the article',
      format: 'text',
      input: dump(...MENU, '', ...EN.flatMap((p) => [p, '']), FOOTER_LINK, ...FOOTER.slice(1)),
      removed: [MENU.join('\n'), FOOTER.join('\n')],
      output: EN.join('\n\n'),
    },
    {
      name: "a standfirst above the article's date, byline, share buttons and picture credit stays; the short lines between go",
      format: 'text',
      input: dump(...MENU, '', 'New pier for the island ferry', '', STANDFIRST, '', ...LEAD_GAP.flatMap((l) => [l, '']), ...EN.flatMap((p) => [p, '']), FOOTER_LINK),
      removed: [[...MENU, 'New pier for the island ferry'].join('\n'), LEAD_GAP.join('\n'), 'Privacy Policy'],
      output: [STANDFIRST, ...EN].join('\n\n'),
    },
    {
      name: "a site's menu of teaser cards above a short article, each card's headline run into its excerpt by a converter",
      format: 'text',
      input: dump(...MENU, '', ...GLUED_CARDS.flatMap((l) => [l, '']), 'Weather', '', 'Sports', '', ...EN.slice(0, 2).flatMap((p) => [p, '']), FOOTER_LINK),
      removed: [[...MENU, ...GLUED_CARDS, 'Weather', 'Sports'].join('\n'), 'Privacy Policy'],
      output: EN.slice(0, 2).join('\n\n'),
    },
    {
      name: "one line where a picture's caption ran into the article's first sentence is no teaser card: cards come in a listing",
      format: 'text',
      input: dump('Harbour Notes', '', CAPTION_RUN_IN, '', EN[1]!, '', FOOTER_LINK),
      removed: ['Harbour Notes', 'Privacy Policy'],
      output: `${CAPTION_RUN_IN}\n\n${EN[1]}`,
    },
    ...NOT_STANDFIRSTS.map(([what, line]) => ({
      name: `${what} where a standfirst would be is none`,
      format: 'text' as const,
      input: dump(...MENU, '', line, '', ...LEAD_GAP.flatMap((l) => [l, '']), ...EN.flatMap((p) => [p, '']), FOOTER_LINK),
      removed: [[...MENU, line, ...LEAD_GAP].join('\n'), 'Privacy Policy'],
      output: EN.join('\n\n'),
    })),
    {
      name: 'a sentence a converter broke over two lines starts the article: its first line goes with the paragraph that goes on with it',
      format: 'text',
      input: dump(...MENU, '', 'Every summer the ferry to the outer island', '', `${EN[0]!.charAt(0).toLowerCase()}${EN[0]!.slice(1)}`, '', ...EN.slice(1).flatMap((p) => [p, '']), FOOTER_LINK),
      removed: [MENU.join('\n'), 'Privacy Policy'],
      output: ['Every summer the ferry to the outer island', `${EN[0]!.charAt(0).toLowerCase()}${EN[0]!.slice(1)}`, ...EN.slice(1)].join('\n\n'),
    },
    {
      name: 'teasers after the article: excerpts with few function words do not carry the run on',
      format: 'text',
      input: dump(...EN.flatMap((p) => [p, '']), 'More from Harbour Notes', '', ...TEASERS.flatMap((t) => [t, '']), FOOTER_LINK),
      removed: [`${['More from Harbour Notes', ...TEASERS].join('\n')}\nPrivacy Policy`],
      output: EN.join('\n\n'),
    },
    {
      name: 'teasers after the article, where the only sign of clutter is an address alone on a line (a metadata blob)',
      format: 'text',
      input: dump(...EN.flatMap((p) => [p, '']), 'More from Harbour Notes', '', ...TEASERS.flatMap((t) => [t, '']), 'https://example.org/images/harbour-notes-logo.png'),
      removed: [`${['More from Harbour Notes', ...TEASERS].join('\n')}\nhttps://example.org/images/harbour-notes-logo.png`],
      output: EN.join('\n\n'),
    },
    {
      name: 'cards after the article: excerpts standing alone between headlines and bylines count for less',
      format: 'text',
      input: dump(...EN.flatMap((p) => [p, '']), 'Ferries', 'Islands', 'Harbour', '', ...CARDS.flatMap((t) => [t, '']), FOOTER_LINK),
      removed: [`${['Ferries', 'Islands', 'Harbour', ...CARDS].join('\n')}\nPrivacy Policy`],
      output: EN.join('\n\n'),
    },
    {
      name: 'a listing after the article: excerpts that stop mid-sentence count for less',
      format: 'text',
      input: dump(...EN.flatMap((p) => [p, '']), ...MENU, '', ...CUT_EXCERPTS.flatMap((t) => [t, '']), FOOTER_LINK),
      removed: [`${[...MENU, ...CUT_EXCERPTS].join('\n')}\nPrivacy Policy`],
      output: EN.join('\n\n'),
    },
    {
      name: 'a German post between a header and a sidebar',
      format: 'text',
      input: dump('Inselnotizen', 'Kleine Nachrichten von der Küste', '', ...DE.flatMap((p) => [p, '']), ...SIDEBAR_DE, FOOTER_LINK),
      removed: ['Inselnotizen\nKleine Nachrichten von der Küste', `${SIDEBAR_DE.join('\n')}\nPrivacy Policy`],
      output: DE.join('\n\n'),
    },
    {
      name: 'a section heading over a list of headlines at the end: other posts, not the article',
      format: 'text',
      input: dump(...EN.flatMap((p) => [p, '']), 'Elsewhere on the coast', '', ...TEASERS.filter((_, k) => k % 3 === 0).map((t) => `- ${t}`), FOOTER_LINK),
      removed: [`${['Elsewhere on the coast', ...TEASERS.filter((_, k) => k % 3 === 0)].join('\n')}\nPrivacy Policy`],
      output: EN.join('\n\n'),
    },
    {
      name: 'dated headlines after the article are no list of data: half the lines have no figure',
      format: 'text',
      input: dump(...EN.flatMap((p) => [p, '']), ...TEASERS.filter((_, k) => k % 3 === 0).flatMap((t, k) => [t, `${12 - k} June 2024`]), FOOTER_LINK),
      removed: [`${TEASERS.filter((_, k) => k % 3 === 0).flatMap((t, k) => [t, `${12 - k} June 2024`]).join('\n')}\nPrivacy Policy`],
      output: EN.join('\n\n'),
    },
    {
      name: "a gallery's image names after the article are no data, figures or not",
      format: 'text',
      input: dump(...EN.flatMap((p) => [p, '']), '[harbour-2024-01]', '[harbour-2024-02]', 'pier-2024-03', 'pier-2024-04', '[IMG 2041]', FOOTER_LINK),
      removed: [`${['[harbour-2024-01]', '[harbour-2024-02]', 'pier-2024-03', 'pier-2024-04', '[IMG 2041]'].join('\n')}\nPrivacy Policy`],
      output: EN.join('\n\n'),
    },
    {
      name: 'teaser cards in a text browser\'s dump: each headline printed twice (with its kicker, then cut), then an excerpt',
      format: 'text',
      input: dump(...EN.flatMap((p) => [p, '']), ...TWICE_PRINTED_CARDS.flatMap((t) => [t, '']), FOOTER_LINK),
      removed: [`${TWICE_PRINTED_CARDS.join('\n')}\nPrivacy Policy`],
      output: EN.join('\n\n'),
    },
    {
      name: 'a Markdown dump: the title and what stands above it go (the title is the JSON title)',
      format: 'text',
      input: dump('[Home](/) [Ferries](/ferries) [About](/about)', '', '# An evening ferry for the island', '', ...EN.flatMap((p) => [p, ''])),
      removed: ['Home Ferries About\nAn evening ferry for the island'],
      output: EN.join('\n\n'),
    },
    {
      name: 'a linked top-level heading in a teaser listing below the article is not its title',
      format: 'text',
      input: dump(
        ...EN.flatMap((p) => [p, '']),
        '# [Causeway Closed Again](/causeway)',
        '',
        TEASERS[2]!,
        '',
        '## [Quay Bakery Opens](/bakery)',
        '',
        TEASERS[5]!,
      ),
      removed: [['Causeway Closed Again', TEASERS[2], 'Quay Bakery Opens', TEASERS[5]].join('\n')],
      output: EN.join('\n\n'),
    },
    {
      name: 'a whole page: short labels after the last paragraph, inside the container',
      format: 'html',
      input: `<html><body><div class="entry-content"><p>${EN[0]}</p><p>${EN[1]}</p><div class="page-tools"><p>Share this page</p></div><h3>Related topics</h3><p><a href="/news/">Back to the list</a></p></div></body></html>`,
      removed: ['Share this page\nRelated topics\nBack to the list'],
      output: `${EN[0]}\n\n${EN[1]}`,
    },
    {
      name: 'a whole page: short labels above the title, inside the container (a share button, a site switcher)',
      format: 'html',
      input: `<html><body><div class="entry-content"><p>Share</p><ul><li><a href="/sites">Harbour Sites</a></li></ul><h5>Countries</h5><ul><li><a href="/en">en</a></li></ul><h1>The new ferry</h1><p>${EN[0]}</p><p>${EN[1]}</p></div></body></html>`,
      removed: ['Share\nHarbour Sites\nCountries\nen'],
      output: `The new ferry\n\n${EN[0]}\n\n${EN[1]}`,
    },
    {
      name: 'a whole page: short labels after a list that ends the article go, the list stays',
      format: 'html',
      input: `<html><body><div class="entry-content"><p>${EN[0]}</p><p>${EN[1]}</p><ul><li>Monday 7:30</li><li>Friday 18:45</li></ul><div class="tools"><p>Versenden</p><p>Drucken</p></div></div></body></html>`,
      removed: ['Versenden\nDrucken'],
      output: `${EN[0]}\n\n${EN[1]}\n\n- Monday 7:30\n\n- Friday 18:45`,
    },
  ],
  keep: [
    {
      name: 'a whole page: a standfirst or a heading above the title keeps itself and what is above it',
      format: 'html',
      input: `<html><body><div class="entry-content"><p>Ferries</p><p>The islanders waited ten years for it.</p><h1>The new ferry</h1><p>${EN[0]}</p><p>${EN[1]}</p></div><div class="entry-content"><p>Islands</p><h2>Summer special</h2><h1>The old pier</h1><p>${EN[2]}</p><p>${EN[3]}</p></div></body></html>`,
    },
    {
      name: 'a whole page: a sign-off among the article\'s paragraphs, in their element, is the article\'s',
      format: 'html',
      input: `<html><body><div class="entry-content"><p>${EN[0]}</p><p>${EN[1]}</p><p>x Anna</p></div></body></html>`,
    },
    {
      name: 'a whole page whose article ends with a short sentence, or with a heading over a list',
      format: 'html',
      input: `<html><body><p>${EN[0]}</p><p>${EN[1]}</p><p>See you there.</p><h3>Timetable</h3><ul><li>Monday 7:30</li><li>Friday 18:45</li></ul></body></html>`,
    },
    {
      name: 'a list of shop links announced by a paragraph ending in a colon',
      format: 'text',
      input: dump(
        ...EN.flatMap((p) => [p, '']),
        'If you want to bring something back from the island, these are the shops the harbour master recommends:',
        '',
        '1. [The quay bakery](https://example.org/bakery)',
        '2. [The net maker’s workshop](https://example.org/nets)',
        '3. [The lighthouse gift shop](https://example.org/lighthouse)',
      ),
    },
    {
      name: 'shop links announced by a colon, with stray emphasis markers left between the items',
      format: 'text',
      input: dump(
        ...EN.flatMap((p) => [p, '']),
        'These are the things the harbour master recommends bringing back from the island:',
        '',
        '1) A loaf from the quay bakery',
        '**https://example.org/bakery',
        '',
        '**',
        '',
        '2) A net from the workshop',
        '**https://example.org/nets',
        '',
        '**',
        '',
        '3) A lighthouse print',
        'https://example.org/prints',
      ),
    },
    {
      name: 'a section heading over a list of data at the end: timetable lines of one shape, or with figures',
      format: 'text',
      input: dump(
        ...EN.flatMap((p) => [p, '']),
        'Crossings this summer',
        '',
        '- Harbour (north pier): first boat',
        '- Outer island (jetty): last boat',
        '- Skerry Point (on request): weekends',
        '- Lighthouse (summer only): Sundays',
      ),
    },
    {
      name: 'lines of data printed without bullets after the article: a timetable, most lines with a figure, and a label among them',
      format: 'text',
      input: dump(
        ...EN.flatMap((p) => [p, '']),
        'Evening crossings',
        '12 June – Harbour @ north pier, 19:40',
        '19 June – Outer island @ jetty (weather permitting)',
        '26 June – Harbour @ north pier, 19:40',
        '3 July – Skerry Point @ lighthouse steps',
        '10 July – Harbour @ north pier, 20:10',
        'Tickets',
        'Adults £4, children £2, bicycles free',
      ),
    },
    {
      name: 'an embedded post under the last paragraph, with the line naming its author',
      format: 'text',
      input: dump(
        ...EN.flatMap((p) => [p, '']),
        '> The evening ferry is finally here, and we want to thank everyone who signed the petition for it.',
        '> — Harbour Council (@harbourcouncil) June 12, 2024',
      ),
    },
    {
      name: 'a sub-heading whose words open the paragraph under it',
      format: 'text',
      input: dump(EN[0]!, '', EN[1]!, '', '## The evening crossing for islanders', '', `The evening crossing for islanders: ${EN[2]!.charAt(0).toLowerCase()}${EN[2]!.slice(1)}`, '', EN[3]!),
    },
    {
      name: 'a last sentence that is mostly a link, with the title it names inside it',
      format: 'text',
      input: dump(...EN.flatMap((p) => [p, '']), 'The times are in [the harbour council’s evening ferry report for the summer of 2024](https://example.org/report).'),
    },
    {
      name: 'a dump no clutter was found in (an article cleaned already, read again): a caption above and a label below stay',
      format: 'text',
      input: dump('The new pier at dawn', '', ...EN.flatMap((p) => [p, '']), 'Sailings twice daily'),
    },
    {
      name: 'teasers after the article, where the only address is inside a sentence: prose that gives an address is no sign of clutter',
      format: 'text',
      input: dump(...EN.flatMap((p) => [p, '']), 'More from Harbour Notes', '', ...TEASERS.flatMap((t) => [t, '']), 'Timetables – https://example.org/ferries/timetables'),
    },
    { name: 'a dump that is all article', format: 'text', input: dump(...EN.flatMap((p) => [p, ''])) },
    { name: 'short ingredient lines inside a recipe', format: 'text', input: dump(...RECIPE) },
    { name: 'one line', format: 'text', input: 'The ferry leaves at six.' },
    { name: 'an HTML page (main-content handles those)', format: 'html', input: `<nav><a href="/">Home</a></nav><p>${EN[0]}</p><p>${EN[1]}</p>` },
  ],
});

test('a poem in a plain dump: its lines, short and without punctuation, stay', () => {
  const poem = ['The harbour sleeps beneath the snow', 'The boats lie still in rows', 'No gull calls out across the bay', 'And no one comes or goes', '', 'The lighthouse keeps its quiet watch', 'Its lamp a steady gold', 'It burns for ships that will not come', 'Through nights so long and cold'];
  const intro = 'My grandmother wrote this poem the winter the harbour froze, and she read it to us every Christmas after that.';
  const outro = 'She never published it, but the parish magazine printed it once, with a drawing of the frozen quay by my uncle.';
  const result = clean(dump(intro, '', ...poem, '', outro), { inputFormat: 'text' });
  expect(result.text).toBe([intro, ...poem.filter(Boolean), outro].join('\n\n'));
});

// A page whose article is a list of data: a sailing calendar under its heading, and hardly a sentence.
const CALENDAR = [
  '1st sailing: 12 June – North pier',
  '2nd sailing: 19 June – Outer island jetty',
  '3rd sailing: 26 June – North pier',
  '4th sailing: 3 July – Skerry Point steps',
  '5th sailing: 10 July – North pier',
  '6th sailing: 17 July – Outer island jetty',
  '7th sailing: 24 July – to be announced',
  '8th sailing: 31 July – North pier',
  '9th sailing: 7 August – Skerry Point steps',
  '10th sailing: 14 August – North pier',
];
const SIDEBAR_BLURBS = [
  'Listen to the harbour podcast',
  'Every week the harbour master talks about the boats, the weather and the people of the island, with a guest from the quay.',
  'Tide tables',
  'Check the tides for the whole month before you go out in a small boat, and always tell someone on shore where you are going.',
];

test('the last card of a listing above the article, past its share buttons and credit, is no standfirst: the card before it stands above it', () => {
  const cards = ['Latest posts', 'Causeway closed again', 'The engineers say that the tides alone do not close the road, and the drains are old.', 'Read more', 'A bakery on the quay', 'He gets up at four to bake bread for all of the island, and he sells out by noon.'];
  const result = clean(dump(...MENU, '', ...cards.flatMap((l) => [l, '']), ...LEAD_GAP.flatMap((l) => [l, '']), ...EN.flatMap((p) => [p, '']), FOOTER_LINK), { inputFormat: 'text' });
  expect(result.text).toBe(EN.join('\n\n'));
});

test('a page whose article is a list of data under its heading, with little prose anywhere: the list stays, the menu and footer go', () => {
  const input = dump(...MENU, '', 'Summer sailings 2024', '', ...CALENDAR, '', ...SIDEBAR_BLURBS.flatMap((b) => [b, '']), ...FOOTER);
  const result = clean(input, { inputFormat: 'text' });
  for (const line of ['Summer sailings 2024', ...CALENDAR]) expect(result.text).toContain(line);
  for (const line of [...MENU, ...FOOTER]) expect(result.text).not.toContain(line);
});

test('a short post above a sidebar table of data: the table does not take the post\'s place', () => {
  const post = [EN[0]!, 'It will run until the end of September, the council says.'];
  const weather = ['Mon 12 June: sunny, 18 degrees', 'Tue 13 June: cloudy, 16 degrees', 'Wed 14 June: rain, 14 degrees', 'Thu 15 June: sunny, 19 degrees', 'Fri 16 June: windy, 15 degrees', 'Sat 17 June: sunny, 21 degrees', 'Sun 18 June: cloudy, 17 degrees', 'Mon 19 June: rain, 13 degrees', 'Tue 20 June: sunny, 20 degrees'];
  const between = [...['Facebook', 'Twitter', 'LinkedIn', 'Reddit', 'WhatsApp', 'Telegram', 'Pinterest', 'Tumblr', 'Email', 'Print'].map((n) => `Share on ${n}`), '', 'Sign up for our newsletter', ''];
  const result = clean(dump(...post.flatMap((p) => [p, '']), ...between, 'Island weather', '', ...weather, ...weather.map((w) => w.replace('June', 'July'))), { inputFormat: 'text' });
  expect(result.text).toContain(post.join('\n\n'));
});

test('an unlinked top-level heading over one lone teaser excerpt is not the title: the article above it stays', () => {
  const input = dump(...EN.flatMap((p) => [p, '']), '# Causeway Closed Again', '', TEASERS[1]!, '', TEASERS[2]!, '', '## Quay Bakery Opens', '', TEASERS[5]!);
  const result = clean(input, { inputFormat: 'text', rules: [articleRegion] });
  expect(result.text.startsWith(EN.join('\n\n'))).toBe(true);
});

describe('article-region after cross-links and comment-stubs: a section that ends the article', () => {
  const rules = [crossLinks, commentStubs, articleRegion];
  const teasers = '<ul><li><a href="/a">Storm closes the causeway again</a></li><li><a href="/b">A new bakery on the quay</a></li></ul>';
  const excerpts = ['Record tides flooded the car park on Tuesday, and the traders counted their losses.', 'The former trawler cook now bakes bread for the whole island every morning.'];
  const page = (body: string): string => `<html><body><article>${body}</article></body></html>`;

  test('a related-posts heading after the article cuts what follows it', () => {
    const html = page(`${EN.map((p) => `<p>${p}</p>`).join('')}<h3>You may also like…</h3><p>${excerpts[0]}</p><p>${excerpts[1]}</p>`);
    const result = clean(html, { inputFormat: 'html', rules });
    expect(result.text).toBe(EN.join('\n\n'));
    expect(result.removed.find((r) => r.rule === 'article-region')?.text).toBe(excerpts.join('\n'));
  });

  test('a related-posts heading that opens its own section takes the section, however much prose its cards hold', () => {
    const card = (p: string): string => `<article class="card"><a href="/p">Share</a><p>${p}</p></article>`;
    const html = page(`<p>${EN[0]}</p>`).replace('</body>', `<section class="more"><h3>Você pode gostar…</h3>${EN.slice(1).map(card).join('')}</section></body>`);
    const result = clean(html, { inputFormat: 'html', rules });
    expect(result.text).toBe(EN[0]);
  });

  test('a related box between paragraphs, with as much article after it, is not the end', () => {
    const html = page(`${EN.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}<h3>Related articles</h3>${teasers}${EN.slice(2).map((p) => `<p>${p}</p>`).join('')}`);
    const result = clean(html, { inputFormat: 'html', rules });
    expect(result.text).toBe(EN.join('\n\n'));
  });

  test('a related box of its own between two paragraphs of one element is not the end, however short the rest', () => {
    const box = `<div class="inline-related"><h3>Related</h3>${teasers}</div>`;
    const html = page(`${EN.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}${box}<p>${EN[3]}</p>`);
    const result = clean(html, { inputFormat: 'html', rules });
    expect(result.text).toBe(EN.join('\n\n'));
    expect(result.removed.map((r) => r.rule)).toEqual(['cross-links']);
  });

  test('a related box after the article, with paragraphs of another element after it, ends the article', () => {
    const box = `<div class="inline-related"><h3>Related</h3>${teasers}</div>`;
    const html = page(`${EN.map((p) => `<p>${p}</p>`).join('')}${box}<div class="card"><p>${excerpts[0]}</p></div>`);
    const result = clean(html, { inputFormat: 'html', rules });
    expect(result.text).toBe(EN.join('\n\n'));
  });

  test('a comment thread ends a short post that is a small part of the prose, once the post came first', () => {
    const comment = 'I took the evening crossing last night and it was lovely, though the café on board was already closed when we left the pier.';
    const thread = ['Anna on May 3, 2024 at 4:47 pm said:', 'Tom on May 4, 2024 at 9:12 am said:', 'Mara on May 5, 2024 at 6:30 pm said:', 'Jon on May 6, 2024 at 8:01 am said:'].flatMap((who, k) => [who, '', `${comment} (${k + 1})`, '', comment.replace('lovely', 'calm'), '']);
    const text = dump(EN[0]!, '', 'Comments', '', ...thread);
    const result = clean(text, { inputFormat: 'text', rules });
    expect(result.text).toBe(EN[0]);
  });

  test("a comment section's header (two markers together, a text browser's \"[ 12 comments ]\" one of them) ends a short post", () => {
    const comment = 'I took the evening crossing last night and it was lovely, though the café on board was already closed when we left the pier.';
    const thread = ['Anna', '2 days ago', `${comment} (1)`, 'Tom', '3 days ago', `${comment} (2)`, 'Mara', '3 days ago', `${comment} (3)`, 'Jon', '4 days ago', `${comment} (4)`];
    const text = dump(EN[0]!, '', '[ 12 comments ]', '', 'Top rated comments', '', ...thread.flatMap((l) => [l, '']));
    const result = clean(text, { inputFormat: 'text', rules });
    expect(result.text).toBe(EN[0]);
  });

  test('a comment count in the meta line above the post cuts nothing', () => {
    const text = dump('[ 12 comments ]', '', 'Top rated comments', '', ...EN.flatMap((p) => [p, '']));
    expect(clean(text, { inputFormat: 'text', rules }).text).toBe(EN.join('\n\n'));
  });

  test('a related-posts heading over cards, each excerpt alone between its widgets, ends a short post', () => {
    const cards = EN.slice(1).flatMap((p) => ['[thumbnail]', '', 'WhatsApp Facebook Pin Download', '', p, '']);
    const text = dump(EN[0]!, '', 'You may also like…', '', ...cards);
    const result = clean(text, { inputFormat: 'text', rules });
    expect(result.text).toBe(EN[0]);
  });

  test('a short post stays the article above a thread with a comment that outweighs it', () => {
    const comment = [
      'I took the evening crossing last night with the whole family and it was lovely, though the café on board was already closed when we left the pier.',
      'The children watched the seals on the sandbank for the whole of the crossing, and the crew told them the names of every island that we passed on the way.',
      'We will certainly come back in September, when the boat runs twice a day, and I hope that the council decides to keep the evening crossing after that.',
    ];
    const thread = ['Anna says:', 'May 3, 2024 at 4:47 pm', 'Thanks!', 'Reply', 'Tom says:', 'May 4, 2024 at 9:12 am', 'Same here.', 'Reply', 'Jon says:', 'May 4, 2024 at 10:40 am', 'Lovely.', 'Reply', 'Mara says:', 'May 5, 2024 at 6:30 pm', ...comment, 'Reply'];
    const text = dump(...MENU, '', EN[0]!, '', EN[1]!, '', '4 Responses to "The new ferry"', '', ...thread.flatMap((l) => [l, '']), FOOTER_LINK);
    const result = clean(text, { inputFormat: 'text', rules });
    expect(result.text).toBe(EN.slice(0, 2).join('\n\n'));
  });

  test("a sidebar's prose after the comment form is not the article, however much of it there is", () => {
    const form = ['Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Post Comment'];
    const about = [
      'I am a retired harbour pilot who has lived on the outer island for thirty years, and I write this blog about its boats, its weather and its people.',
      'Most of the photographs on these pages are my own, taken from the pier or from the deck of the ferry, and you may use them if you name the blog.',
      'If you have a story about the island that you would like to share with the readers, you can write to me at the address on the contact page.',
    ];
    const text = dump(...MENU, '', EN[0]!, '', EN[1]!, '', ...form.flatMap((l) => [l, '']), 'About this blog', '', ...about.flatMap((p) => [p, '']), ...FOOTER);
    const result = clean(text, { inputFormat: 'text', rules });
    expect(result.text).toBe(EN.slice(0, 2).join('\n\n'));
  });

  test('a recipe card after the story stays: its ingredients under their heading and its method, up to the related posts', () => {
    const card = ['Harbour Fish Stew', 'Recipe by Harbour Notes', 'Servings', '4', 'Ingredients', '500 g white fish', '2 onions, sliced', '1 tin of tomatoes', 'Directions', 'Fry the onions until soft.', 'Add the tomatoes and simmer for ten minutes.[stew-step-2]', 'Add the fish and cook until it flakes.'];
    const text = dump(...MENU, '', ...EN.slice(0, 2).flatMap((p) => [p, '']), ...card.flatMap((l) => [l, '']), 'Related', '', '[Quay Bakery Opens](/bakery)', '', FOOTER_LINK);
    const result = clean(text, { inputFormat: 'text', rules });
    for (const line of ['500 g white fish', '2 onions, sliced', 'Fry the onions until soft.', 'Add the fish and cook until it flakes.']) expect(result.text).toContain(line);
    expect(result.text).not.toContain('Quay Bakery Opens');
  });

  test("a page's script printed after the article is not the article, however many words it has", () => {
    const statement = 'if(window.adsbygoogle){var slot=document.createElement("ins");slot.className="adsbygoogle";slot.setAttribute("data-ad-slot","12345");document.body.appendChild(slot);}';
    const script = `function loadAds(){${Array.from({ length: 40 }, () => statement).join('')}};`;
    const style = '.contentwrapper { float: left; width: 742px !important; } .gallery-stage { position: absolute; top: 125px; left: 0; right: 0; }';
    const text = dump(...MENU, '', ...EN.flatMap((p) => [p, '']), FOOTER_LINK, '', script, '', style);
    const result = clean(text, { inputFormat: 'text', rules });
    expect(result.text).toBe(EN.join('\n\n'));
  });

  test('a post of a few short lines stays above a comment form, and the prose after the form does not take its place', () => {
    const post = ['The new ferry', 'May 3, 2024', '“Is the boat late again?”', '– “It is never late.”', '– “Then where is it?”'];
    const form = ['Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Post Comment'];
    const license = 'The contents of this blog are licensed under a Creative Commons licence, and you may share them as long as you name the author and link back to the post.';
    const text = dump(...post.flatMap((l) => [l, '']), ...form.flatMap((l) => [l, '']), 'License', '', license, '', FOOTER_LINK);
    const result = clean(text, { inputFormat: 'text', rules });
    for (const line of post) expect(result.text).toContain(line);
  });

  test('a comment count and a reply link in the meta line open no comment section: the post under them stays, not the standfirst above', () => {
    const standfirst = 'After years of asking, the islanders will have a later evening ferry this summer, so that the children who go to the school on the mainland can stay on for sports.';
    const meta = ['By Mara Lindqvist', 'Updated May 3, 2024', 'Photo: Ana Lima', 'Ferries, Islands', '5 min read', '12 Comments', 'Leave a comment', 'Share', 'Print'];
    const text = dump(...MENU, '', 'The new ferry', '', standfirst, '', ...meta.flatMap((l) => [l, '']), ...EN.flatMap((p) => [p, '']), ...FOOTER);
    const result = clean(text, { inputFormat: 'text', rules });
    expect(result.text).toBe(EN.join('\n\n'));
  });

  test('comments end a dump, however much prose follows them', () => {
    const comment = 'I took the evening crossing last night and it was lovely, though the café on board was already closed when we left.';
    const text = dump(...EN.slice(0, 2).flatMap((p) => [p, '']), '3 Comments', '', comment, '', comment.replace('lovely', 'wonderful'), '', comment.replace('lovely', 'calm'));
    const result = clean(text, { inputFormat: 'text', rules });
    expect(result.text).toBe(EN.slice(0, 2).join('\n\n'));
  });
});
