/**
 * Some converters print a page's scripts and style sheets with its text. Such a line is long and may end
 * as a sentence does, but it is no prose: read as prose, a minified script's thousands of words outweigh
 * any article. Prose with a semicolon or a formula in it stays prose.
 */
import { readsAsCode } from '../../src/rules/engine.js';
import { wordCount } from '../../src/text/normalize.js';

const code: Array<[string, string]> = [
  ['a minified script', 'function testAdBlock(){setTimeout(function(){if(!document.getElementById("ad")){var e=document.createElement("div");e.className="notice";document.body.appendChild(e)}},500)};'],
  ['a script with spaces', 'var ref = encodeURIComponent(document.referrer); var request = new XMLHttpRequest(); request.open("GET", url + ref, true); request.send();'],
  ['a style sheet', '.contentwrapper { float: left; width: 742px !important; } .gallery-stage { position: absolute; top: 125px; left: 0; right: 0; }'],
  ['a tracking snippet', "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-XXXX');"],
];

const prose: Array<[string, string]> = [
  ['a paragraph with semicolons', 'The ferry leaves at nine; the bus, at ten; and the last train, which nobody takes, at a quarter to eleven in the evening.'],
  ['a formula as a converter prints it', 'Moreover, the probabilities with i = j {\\displaystyle i=j} are set to zero: p i i = 0 {\\displaystyle p_{ii}=0}, as the authors explain.'],
  ['a sum in a sentence', 'If the fare is x = 4 pounds and a child pays half, a family of four pays 12 pounds; that is the council’s own example.'],
  ['a legal list', 'The operator shall (a) publish the timetable; (b) keep the fares posted at the pier; and (c) report delays to the council within a week.'],
];

test.each(code)('%s reads as code', (_, text) => {
  expect(readsAsCode(text, wordCount(text))).toBe(true);
});

test.each(prose)('%s does not read as code', (_, text) => {
  expect(readsAsCode(text, wordCount(text))).toBe(false);
});
