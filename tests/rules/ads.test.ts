import { ads } from '../../src/rules/ads.js';
import { dump, testRule } from '../support/rule-tester.js';
import { MOUNTAIN_HUT } from '../support/samples.js';

const { P1, P2, DE, FR, ES, PT, IT } = MOUNTAIN_HUT;

testRule(ads, {
  remove: [
    {
      name: "an ad's label in capitals before the ad's own words",
      format: 'text',
      input: dump(DE, 'ANZEIGE - Noch kein Zimmer für die Nacht? Jetzt die Hütte am See buchen:', P1),
      removed: ['ANZEIGE - Noch kein Zimmer für die Nacht? Jetzt die Hütte am See buchen:'],
      output: `${DE}\n\n${P1}`,
    },
    {
      name: "a finance site's note that its answers are not the advertiser's",
      format: 'text',
      input: dump(P1, 'Editorial note: The answers below are not provided or commissioned by the bank advertiser, and have not been approved by it.', P2),
      removed: ['Editorial note: The answers below are not provided or commissioned by the bank advertiser, and have not been approved by it.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'an affiliate and/or referral links disclosure',
      format: 'text',
      input: dump('This post may contain affiliate and/or referral links. Please see my disclosure page.', P1, P2),
      removed: ['This post may contain affiliate and/or referral links. Please see my disclosure page.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'German sponsorship and affiliate disclosures, and a sponsored post in English',
      format: 'text',
      input: dump('*Werbung. Dieser Beitrag enthält Werbung für die Hüttenbrauerei.', DE, 'Dieser Artikel enthält Affiliate-Links: Wir erhalten beim Kauf eine kleine Provision.', DE, 'Dieser Beitrag entstand in freundlicher Kooperation mit dem Alpenverein.', P1, 'This post is sponsored by the Valley Outdoor Shop.', P2),
      removed: ['*Werbung. Dieser Beitrag enthält Werbung für die Hüttenbrauerei.', 'Dieser Artikel enthält Affiliate-Links: Wir erhalten beim Kauf eine kleine Provision.', 'Dieser Beitrag entstand in freundlicher Kooperation mit dem Alpenverein.', 'This post is sponsored by the Valley Outdoor Shop.'],
      output: [DE, DE, P1, P2].join('\n\n'),
    },
    {
      name: 'an ad slot as a text browser prints it, alone or after its label, a label with a colon, and a German commission notice',
      format: 'text',
      input: dump(P1, '', '[INS::INS]', '', P2, '', 'Reklama [INS::INS]', '', DE, '', 'Advertisement:', '', FR, '', 'Für Links auf dieser Seite erhält der Verlag ggf. eine Provision vom Händler.'),
      removed: ['[INS::INS]', 'Reklama [INS::INS]', 'Advertisement:', 'Für Links auf dieser Seite erhält der Verlag ggf. eine Provision vom Händler.'],
      output: [P1, P2, DE, FR].join('\n\n'),
    },
    {
      name: 'an affiliate link\'s label on a line of its own',
      format: 'text',
      input: dump(DE, 'Affiliatelink', '[Wanderschuhe bei Bergsport Müller](https://example.org/schuhe)', P1, '(Affiliate link)', P2),
      removed: ['Affiliatelink', '(Affiliate link)'],
      output: [DE, 'Wanderschuhe bei Bergsport Müller', P1, P2].join('\n\n'),
    },
    {
      name: '"Advertisement" between paragraphs of a news dump',
      format: 'text',
      input: dump(P1, 'Advertisement', P2, 'ADVERTISEMENT'),
      removed: ['Advertisement', 'ADVERTISEMENT'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: '"Story continues below advertisement"',
      format: 'text',
      input: dump(P1, 'Story continues below advertisement', P2),
      removed: ['Story continues below advertisement'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a "Sponsored" label and "Report this ad" after the article',
      format: 'text',
      input: dump(P1, P2, 'Sponsored', 'Report this ad'),
      removed: ['Sponsored\nReport this ad'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'German "Anzeige" with dashes (the dump reads the first as a bullet)',
      format: 'text',
      input: dump(DE, '- Anzeige -', DE, 'Weiter nach der Anzeige', DE),
      removed: ['Anzeige -', 'Weiter nach der Anzeige'],
      output: `${DE}\n\n${DE}\n\n${DE}`,
    },
    {
      name: 'French "Publicité" and "La suite après la publicité"',
      format: 'text',
      input: dump(FR, 'Publicité', 'La suite après la publicité', FR),
      removed: ['Publicité\nLa suite après la publicité'],
      output: `${FR}\n\n${FR}`,
    },
    {
      name: 'Spanish "Publicidad"',
      format: 'text',
      input: dump(ES, 'PUBLICIDAD', ES),
      removed: ['PUBLICIDAD'],
      output: `${ES}\n\n${ES}`,
    },
    {
      name: 'Portuguese "Continua após a publicidade"',
      format: 'text',
      input: dump(PT, 'Continua após a publicidade', PT),
      removed: ['Continua após a publicidade'],
      output: `${PT}\n\n${PT}`,
    },
    {
      name: 'Italian "Pubblicità"',
      format: 'text',
      input: dump(IT, 'Pubblicità', IT),
      removed: ['Pubblicità'],
      output: `${IT}\n\n${IT}`,
    },
    {
      name: 'an "Advertisement" label that a converter made a heading',
      format: 'text',
      input: dump(P1, '#### Advertisement', P2),
      removed: ['Advertisement'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'AdSense slot with its label in HTML',
      format: 'html',
      input: `<div class="entry-content"><p>${P1}</p><div class="ad-container"><span class="ad-label">Advertisement</span><ins class="adsbygoogle" data-ad-client="ca-pub-0000" data-ad-slot="1234"></ins></div><p>${P2}</p></div>`,
      removed: ['Advertisement'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'GPT slot with fallback text in HTML',
      format: 'html',
      input: `<article><p>${P1}</p><div id="div-gpt-ad-1700000000-0"><p>Ad loading…</p></div><p>${P2}</p></article>`,
      removed: ['Ad loading…'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a sponsored teaser box in HTML',
      format: 'html',
      input: `<article><p>${P1}</p><p>${P2}</p></article><aside class="sponsored"><p>Partner content</p><p><a href="https://example.com/boots">The boots guides swear by this season</a></p></aside>`,
      removed: ['Partner content\nThe boots guides swear by this season'],
      output: `${P1}\n\n${P2}`,
    },
  ],
  keep: [
    { name: 'a German sentence that opens with "Anzeige" as a complaint', format: 'text', input: dump(DE, 'Anzeige erstattete der Hüttenwirt erst im Herbst, als der zweite Einbruch gemeldet wurde.', DE) },
    {
      name: 'a sentence about advertising',
      format: 'text',
      input: dump(P1, 'The club paid for the new roof with advertisements in the regional paper and a raffle at the spring fair.', P2),
    },
    {
      name: 'German prose about a cooperation and a text about advertising',
      format: 'text',
      input: dump(DE, 'Der neue Weg ist in Kooperation mit der Gemeinde entstanden, und der Text der Tafeln enthält Werbung für niemanden.', DE),
    },
    {
      name: 'German prose that begins with "Anzeige"',
      format: 'text',
      input: dump(DE, 'Anzeige erstatten wollte der Hüttenwirt nicht, obwohl zwei Schlafsäcke gestohlen wurden.', DE),
    },
    {
      name: 'an "Advertising" section heading in a blog’s income report',
      format: 'text',
      input: dump(P1, '## Ads', 'Display ads on the blog brought in about a third of the hut fund this year, less than the raffle did.', P2),
    },
    {
      name: 'an article paragraph in an element whose class starts with "ad-" (HTML)',
      format: 'html',
      input: `<article><p>${P1}</p><div class="ad-free-notice"><p>${P2}</p><p>The warden keeps a logbook of every guest, and some entries go back to the nineteen-fifties.</p><p>${P1}</p></div></article>`,
    },
    {
      name: 'a list of the hut’s prices, a table that is content (HTML)',
      format: 'html',
      input: `<article><p>${P1}</p><table><tr><td>Bunk</td><td>€25</td></tr><tr><td>Dinner</td><td>€18</td></tr><tr><td>Breakfast</td><td>€12</td></tr></table><p>${P2}</p></article>`,
    },
    { name: 'a one-line paragraph in the article', format: 'text', input: dump(P1, 'It was worth it.', P2) },
  ],
});
