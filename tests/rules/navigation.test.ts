import { navigation } from '../../src/rules/navigation.js';
import { dump, testRule } from '../support/rule-tester.js';

const P1 = 'The old tram depot on the hill reopened on Saturday as a covered market with forty stalls and a bakery.';
const P2 = 'Stallholders pay a low rent for the first year, and the city hopes the market will bring life back to the quarter.';
const DE = 'Das alte Straßenbahndepot am Hang wurde am Samstag als überdachter Markt mit vierzig Ständen wiedereröffnet.';
const FR = 'L’ancien dépôt de tramways sur la colline a rouvert samedi sous la forme d’un marché couvert de quarante étals.';
const ES = 'La antigua cochera de tranvías de la colina reabrió el sábado como mercado cubierto con cuarenta puestos.';
const PT = 'A antiga estação de elétricos na colina reabriu no sábado como mercado coberto com quarenta bancas.';
const IT = 'Il vecchio deposito dei tram sulla collina ha riaperto sabato come mercato coperto con quaranta banchi.';

testRule(navigation, {
  remove: [
    {
      name: "a table of contents' heading over its links, above the article",
      format: 'html',
      input: `<article><div class="toc"><p>Inhaltsverzeichnis</p><ul><li><a href="#a">Der Markt</a></li><li><a href="#b">Die Miete</a></li></ul></div><p>${P1}</p><p>${DE}</p><p>${P2}</p></article>`,
      removed: ['Inhaltsverzeichnis\nDer Markt\nDie Miete'],
      output: `${P1}\n\n${DE}\n\n${P2}`,
    },
    {
      name: "Blogger's German search box, a Swiss menu's close button, and a Q&A site's sort control",
      format: 'text',
      input: dump('Dieses Blog durchsuchen', 'Navigation schliessen', P1, DE, 'Sorted by: Reset to default', P2),
      removed: ['Dieses Blog durchsuchen\nNavigation schliessen', 'Sorted by: Reset to default'],
      output: `${P1}\n\n${DE}\n\n${P2}`,
    },
    {
      name: "a picture's controls, and a wiki's fixed line under the page",
      format: 'text',
      input: dump(P1, 'Bild anzeigen', 'Bild schließen', DE, P2, 'Unable to edit the page? See the FrontPage for instructions.'),
      removed: ['Bild anzeigen\nBild schließen', 'Unable to edit the page? See the FrontPage for instructions.'],
      output: `${P1}\n\n${DE}\n\n${P2}`,
    },
    {
      name: "a paged article's switch to one page (en, de)",
      format: 'text',
      input: dump('View as single page', P1, DE, 'Artikel auf einer Seite lesen', P2),
      removed: ['View as single page', 'Artikel auf einer Seite lesen'],
      output: `${P1}\n\n${DE}\n\n${P2}`,
    },
    {
      name: 'skip link and a menu of links before the article (Markdown dump)',
      format: 'text',
      input: dump('[Skip to content](#content)', '- [Home](/)', '- [News](/news)', '- [Markets](/markets)', '- [About](/about)', P1, P2),
      removed: ['Skip to content\nHome\nNews\nMarkets\nAbout'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a breadcrumb trail with ›',
      format: 'text',
      input: dump('Home › City › Markets', P1, P2),
      removed: ['Home › City › Markets'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a Portuguese breadcrumb with »',
      format: 'text',
      input: dump('Início » Blog » Cidade', PT),
      removed: ['Início » Blog » Cidade'],
      output: PT,
    },
    {
      name: 'German skip link before and "Zurück nach oben" after the article',
      format: 'text',
      input: dump('Zum Inhalt springen', DE, DE, 'Zurück nach oben'),
      removed: ['Zum Inhalt springen', 'Zurück nach oben'],
      output: `${DE}\n\n${DE}`,
    },
    {
      name: 'French skip link and "Retour en haut"',
      format: 'text',
      input: dump('Aller au contenu principal', FR, 'Retour en haut'),
      removed: ['Aller au contenu principal', 'Retour en haut'],
      output: FR,
    },
    {
      name: 'Spanish skip link and "Volver arriba"',
      format: 'text',
      input: dump('Ir al contenido', ES, 'Volver arriba'),
      removed: ['Ir al contenido', 'Volver arriba'],
      output: ES,
    },
    {
      name: 'Italian skip link and "Torna su"',
      format: 'text',
      input: dump('Vai al contenuto', IT, 'Torna su'),
      removed: ['Vai al contenuto', 'Torna su'],
      output: IT,
    },
    {
      name: 'browser innerText of a header: menu words at the top, no links',
      format: 'text',
      input: dump('Menu', 'Search', 'Sign in', P1, P2),
      removed: ['Menu\nSearch\nSign in'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'gallery controls between paragraphs',
      format: 'text',
      input: dump(P1, 'Previous image', 'Image 3 of 12', 'Next image', P2),
      removed: ['Previous image\nImage 3 of 12\nNext image'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'WordPress primary menu in a <nav> before the article',
      format: 'html',
      input: `<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/markets/">Markets</a></li><li><a href="/food/">Food</a></li><li><a href="/contact/">Contact</a></li></ul></nav><article><h1>The depot market opens</h1><p>${P1}</p><p>${P2}</p></article>`,
      removed: ['Home\nMarkets\nFood\nContact'],
      output: `The depot market opens\n\n${P1}\n\n${P2}`,
    },
    {
      name: 'a linked breadcrumb after the headline (Markdown dump)',
      format: 'text',
      input: dump('# The depot market opens', '[Home](/) › [City](/city/) › Markets', P1, P2),
      removed: ['Home › City › Markets'],
      output: `The depot market opens\n\n${P1}\n\n${P2}`,
    },
    {
      name: 'a breadcrumb list in HTML (schema.org BreadcrumbList)',
      format: 'html',
      input: `<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList"><li><a href="/">Home</a></li><li><a href="/city/">City</a></li><li>The depot market opens</li></ol><p>${P1}</p>`,
      removed: ['Home\nCity\nThe depot market opens'],
      output: P1,
    },
    {
      name: 'Ghost-style pagination after the article',
      format: 'html',
      input: `<div class="post-content"><p>${P1}</p><p>${P2}</p></div><div class="pagination"><a href="/page/1/">1</a> <a href="/page/2/">2</a> <a href="/page/3/">3</a> <a href="/page/2/">Next</a></div>`,
      removed: ['1 2 3 Next'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'skip link with the screen-reader class in HTML',
      format: 'html',
      input: `<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="entry-content"><p>${P1}</p></div>`,
      removed: ['Skip to content'],
      output: P1,
    },
    {
      name: "the site's notice about the visitor's browser (en, de)",
      format: 'text',
      input: dump('Thank you for visiting the market site. You are using a browser version with limited support for CSS. To obtain the best experience, we recommend you use a more up to date browser.', P1, P2, 'Sie verwenden einen veralteten Browser. Bitte aktualisieren Sie ihn.'),
      removed: ['Thank you for visiting the market site. You are using a browser version with limited support for CSS. To obtain the best experience, we recommend you use a more up to date browser.', 'Sie verwenden einen veralteten Browser. Bitte aktualisieren Sie ihn.'],
      output: `${P1}\n\n${P2}`,
    },
  ],
  keep: [
    { name: 'a sentence about an outdated browser between the article\'s paragraphs', format: 'text', input: dump(P1, 'You are using an outdated browser if your computer is older than the market itself, the stallholder joked.', P2) },
    { name: 'a sentence of the story about an old browser', format: 'text', input: dump(P1, 'The stall that sells old computers still runs a browser from 2004, and the owner says it works fine for the market’s website.', P2) },
    { name: 'lines with a quotation in guillemets after the article\'s last paragraph (de, fr)', format: 'text', input: dump(DE, FR, 'Gestalte ein Plakat unter dem Motto: »Haltet den Markt sauber!«', 'Le maire : « Nous avons attendu dix ans » et la fête continue') },
    { name: '"Home" as a word in a sentence', format: 'text', input: dump(P1, 'Home is where the tram stopped for the last time in 1961, and the depot stood empty for decades.', P2) },
    { name: 'a lone "Search" heading in the article', format: 'text', input: dump(P1, '## Search', 'The council spent two years searching for tenants before the bakery signed its lease.', P2) },
    {
      name: 'a reading list of links inside the article',
      format: 'text',
      input: dump(
        P1,
        'Three books about the city’s trams are worth reading before a visit:',
        '- [The Hill Line](https://example.org/hill-line), a history of the route from its first horse cars to the closure',
        '- [Depot Days](https://example.org/depot-days), the memoir of a driver who worked there for thirty years',
        '- [Rails in the Square](https://example.org/rails), a photo book of the network at its largest',
        P2,
      ),
    },
    {
      name: 'a list of linked names the article introduces with a sentence',
      format: 'text',
      input: dump(P1, 'Our favourite stalls, each worth the climb:', '- [Bread & Salt](https://example.org/bread)', '- [The Cheese Cart](https://example.org/cheese)', '- [Tram Stop Coffee](https://example.org/coffee)', P2),
    },
    {
      name: 'a list of linked names introduced by a sentence (HTML)',
      format: 'html',
      input: `<article><p>${P1}</p><p>Our favourite stalls, each worth the climb:</p><ul><li><a href="/bread">Bread &amp; Salt</a></li><li><a href="/cheese">The Cheese Cart</a></li><li><a href="/coffee">Tram Stop Coffee</a></li></ul><p>${P2}</p></article>`,
    },
    { name: 'a route written with › as a heading of the article', format: 'text', input: dump(P1, '## Lisbon › Porto › Coimbra', P2) },
    {
      name: 'a recipe list of ingredients',
      format: 'text',
      input: dump(P1, 'The bakery’s market loaf needs only four things:', '- 500 g flour', '- 10 g salt', '- 350 ml water', '- a spoon of starter', P2),
    },
    {
      name: 'a sentence that mentions a menu and signing in',
      format: 'text',
      input: dump(P1, 'Sign in at the door, pick up a menu and a token, and wait for your number to be called.', P2),
    },
    {
      name: 'a numbered list of steps',
      format: 'text',
      input: dump(P1, '1. Take the number 4 bus to the last stop.', '2. Walk up the hill past the church.', '3. Enter through the old tram gate.', P2),
    },
    {
      name: 'German prose that says "nach oben"',
      format: 'text',
      input: dump(DE, 'Nach oben führt eine schmale Treppe, von der man den ganzen Markt überblickt.', DE),
    },
    {
      name: 'a linked sentence inside an article paragraph (HTML)',
      format: 'html',
      input: `<article><p>${P1}</p><p>The <a href="/history">history of the depot</a> is told on panels near the entrance, next to the old ticket office.</p><p>${P2}</p></article>`,
    },
  ],
});
