import { crossLinks } from '../../src/rules/cross-links.js';
import { dump, testRule } from '../support/rule-tester.js';

const P1 = 'The regional rail operator confirmed on Monday that the night trains to the coast will run again from June.';
const P2 = 'Tickets go on sale next week, and the operator expects the first services to sell out within days of release.';
const DE = 'Die regionale Bahngesellschaft hat am Montag bestätigt, dass die Nachtzüge an die Küste ab Juni wieder fahren.';
const FR = 'La compagnie ferroviaire régionale a confirmé lundi que les trains de nuit vers la côte reprendront en juin.';
const ES = 'La operadora ferroviaria regional confirmó el lunes que los trenes nocturnos a la costa volverán en junio.';
const PT = 'A operadora ferroviária regional confirmou na segunda-feira que os comboios noturnos voltam a circular em junho.';
const RU = 'Региональный железнодорожный оператор подтвердил в понедельник, что ночные поезда к побережью снова пойдут с июня.';
const PL = 'Regionalny przewoźnik kolejowy potwierdził w poniedziałek, że nocne pociągi nad morze wrócą od czerwca.';
const ID = 'Operator kereta api regional mengonfirmasi pada hari Senin bahwa kereta malam ke pantai akan kembali beroperasi mulai Juni.';
const JA = '地域の鉄道会社は月曜日、海岸行きの夜行列車を六月から再び運行すると発表した。';
const IT = 'La compagnia ferroviaria regionale ha confermato lunedì che i treni notturni verso la costa torneranno a giugno.';

testRule(crossLinks, {
  remove: [
    {
      name: '"Also on example.com" with another story\'s headline',
      format: 'text',
      input: dump(P1, '', 'Also on harbour-news.example Night trains return to the coast after ten years', '', P2),
      removed: ['Also on harbour-news.example Night trains return to the coast after ten years'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'teaser captions pointing at their card\'s image (en, pt)',
      format: 'text',
      input: dump(P1, P2, 'Click the image above and see the full timetable for the summer season', 'Clique na foto do colunista e veja as colunas que ele escreve'),
      removed: ['Click the image above and see the full timetable for the summer season\nClique na foto do colunista e veja as colunas que ele escreve'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a long list of keyword tags without a colon, and a lead-in in parentheses',
      format: 'text',
      input: dump(P1, '(Leggi anche su: I treni notturni tornano di moda)', P2, 'Tags night trains 2024, coast line, sleeper cars, rail operator tickets, summer timetable, valley line'),
      removed: ['(Leggi anche su: I treni notturni tornano di moda)', 'Tags night trains 2024, coast line, sleeper cars, rail operator tickets, summer timetable, valley line'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a lead-in on a line of its own, the linked headline on the next (it, en)',
      format: 'text',
      input: dump(P1, '', 'Leggi anche', '', '### [I treni notturni tornano di moda](https://example.org/treni)', '', P2, '', 'Read also:', '[Night trains are back in fashion](/night-trains)'),
      removed: ['Leggi anche\nI treni notturni tornano di moda', 'Read also:\nNight trains are back in fashion'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: '"See also:" headline lines between paragraphs',
      format: 'text',
      input: dump(P1, 'See also: Ferry fares to rise by a tenth in autumn, operator says', P2, "See also: (Video) 'We waited all night' - passengers describe the strike"),
      removed: ['See also: Ferry fares to rise by a tenth in autumn, operator says', "See also: (Video) 'We waited all night' - passengers describe the strike"],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'German lead-ins "Lesen Sie hier:" and "Auch lesen:" before another story\'s headline',
      format: 'text',
      input: dump(DE, 'Lesen Sie hier: Nachtzüge an die Küste sind schon ausgebucht', P1, 'Auch lesen: Diese drei Bahnhöfe sind die ältesten des Landes', P2),
      removed: ['Lesen Sie hier: Nachtzüge an die Küste sind schon ausgebucht', 'Auch lesen: Diese drei Bahnhöfe sind die ältesten des Landes'],
      output: [DE, P1, P2].join('\n\n'),
    },
    {
      name: 'German headings that head a list of links after the article ("Weitere Beiträge aus …", "Themen im Artikel")',
      format: 'text',
      input: dump(DE, P1, '## Themen im Artikel', '', '- [Bahn](https://example.org/a)', '- [Verkehr](https://example.org/b)', '', '## Weitere Beiträge aus der Kolumne:', '', '- [Der Zug fährt](https://example.org/c)'),
      removed: ['Themen im Artikel\nBahn\nVerkehr\nWeitere Beiträge aus der Kolumne:\nDer Zug fährt'],
      output: [DE, P1].join('\n\n'),
    },
    {
      name: 'linked tags a converter glued into one run after "Tags:"',
      format: 'text',
      input: dump(P1, P2, 'Tags:night trains sleeper cars night trains coast rail operator summer timetable'),
      removed: ['Tags:night trains sleeper cars night trains coast rail operator summer timetable'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'headlines tagged in capitals and brackets under "DON\'T MISS", and "SEE MORE:"',
      format: 'text',
      input: dump(P1, '', 'SEE MORE: Night trains to the coast sell out in a day', '', "DON'T MISS", '', 'Rail operator furious at ticket touts [INSIGHT]| Sleeper cabins: what they really cost [VIDEO]', '', 'Coast line closed after storm [REACTION]', '', P2),
      removed: ["SEE MORE: Night trains to the coast sell out in a day\nDON'T MISS\nRail operator furious at ticket touts [INSIGHT]| Sleeper cabins: what they really cost [VIDEO]\nCoast line closed after storm [REACTION]"],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: '"Most read in …" over kickers and headlines, and "Other news in this section"',
      format: 'text',
      input: dump(P1, '', 'Most read in world news', '', 'NIGHT RIDERS', '', 'Sleeper trains sell out in a day', '', 'STORM WARNING', '', 'Coast line closed after the storm', '', P2, '', 'Other news in this section', '', 'Ferry fares to rise'),
      removed: ['Most read in world news\nNIGHT RIDERS\nSleeper trains sell out in a day\nSTORM WARNING\nCoast line closed after the storm', 'Other news in this section\nFerry fares to rise'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: '"READ MORE:" in capitals',
      format: 'text',
      input: dump(P1, 'READ MORE: Night trains are back in fashion across Europe', P2),
      removed: ['READ MORE: Night trains are back in fashion across Europe'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: '"Related news" and "Trending news" headings with their headlines',
      format: 'text',
      input: dump(P1, P2, 'Related news', 'Night trains return to the coast', 'Trending News', 'A new timetable for the valley line'),
      removed: ['Related news\nNight trains return to the coast\nTrending News\nA new timetable for the valley line'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Blogger pager and glued pager',
      format: 'text',
      input: dump(P1, P2, 'Newer Post', 'Older Post', 'Home', 'Newer PostOlder PostHome'),
      removed: ['Newer Post\nOlder Post\nHome\nNewer PostOlder PostHome'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Jetpack related posts section',
      format: 'text',
      input: dump(P1, P2, 'Related', 'Night trains return to the valley line', 'March 3, 2024', 'In "Transport"', 'Ferry timetable for the summer', 'May 1, 2024', 'In "News"'),
      removed: ['Related\nNight trains return to the valley line\nMarch 3, 2024\nIn "Transport"\nFerry timetable for the summer\nMay 1, 2024\nIn "News"'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: '"You may also like" with teasers',
      format: 'text',
      input: dump(P1, P2, '## You may also like', '- [The last steam engine on the coast](https://example.org/steam)', '- [Why sleeper cabins cost so much](https://example.org/cabins)'),
      removed: ['You may also like\nThe last steam engine on the coast\nWhy sleeper cabins cost so much'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'news sites\' section headings over teasers: "Neueste Artikel", "Otras noticias", "Dans la même rubrique", "Notícias relacionadas"',
      format: 'text',
      input: dump(
        DE, '', '## Neueste Artikel', '', 'Neuer Fahrplan für die Inselfähre', '', 'Bahnhof bekommt zweiten Aufzug', '',
        ES, '', '## Otras noticias', '', 'Nuevo horario para el ferry de la isla', '',
        FR, '', 'Dans la même rubrique', '', 'Le port rouvre sa deuxième jetée', '',
        PT, '', '## Notícias relacionadas', '', 'Novo horário para o ferry da ilha',
      ),
      removed: [
        'Neueste Artikel\nNeuer Fahrplan für die Inselfähre\nBahnhof bekommt zweiten Aufzug',
        'Otras noticias\nNuevo horario para el ferry de la isla',
        'Dans la même rubrique\nLe port rouvre sa deuxième jetée',
        'Notícias relacionadas\nNovo horário para o ferry da ilha',
      ],
      output: [DE, ES, FR, PT].join('\n\n'),
    },
    {
      name: 'more German teaser headings ("Schon gelesen?", "Mehr zum Thema auf …", "Weitere aktuelle Themen …")',
      format: 'text',
      input: dump(
        DE, '', '## Schon gelesen?', '', 'Neuer Fahrplan für die Inselfähre', '', DE, '', '## Mehr zum Thema auf Hafenblatt.de', '', 'Bahnhof bekommt zweiten Aufzug', '',
        DE, '', '### Weitere aktuelle Themen aus der Verkehrspolitik', '', 'Fähre fährt wieder', '', P1,
      ),
      removed: [
        'Schon gelesen?\nNeuer Fahrplan für die Inselfähre',
        'Mehr zum Thema auf Hafenblatt.de\nBahnhof bekommt zweiten Aufzug',
        'Weitere aktuelle Themen aus der Verkehrspolitik\nFähre fährt wieder',
      ],
      output: [DE, DE, DE, P1].join('\n\n'),
    },
    {
      name: '"Você pode gostar…" (pt, trailing ellipsis) and "Read these next" with teasers',
      format: 'text',
      input: dump(P1, P2, '## Você pode gostar…', '- [A última locomotiva a vapor da costa](https://example.org/vapor)', '## Read these next', '- [Why sleeper cabins cost so much](https://example.org/cabins)'),
      removed: ['Você pode gostar…\nA última locomotiva a vapor da costa\nRead these next\nWhy sleeper cabins cost so much'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Popular posts from this blog with a cut excerpt',
      format: 'text',
      input: dump(P1, P2, 'Popular posts from this blog', 'How we planned a week on the rails', 'The trick is to book the slow trains first and leave a free day for delays, which always…'),
      removed: ['Popular posts from this blog\nHow we planned a week on the rails\nThe trick is to book the slow trains first and leave a free day for delays, which always…'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'tag, label and category lines',
      format: 'text',
      input: dump(P1, 'Tags: rail, night trains, coast', 'Labels: Travel, Europe', P2, 'Filed under: Transport | Regional'),
      removed: ['Tags: rail, night trains, coast\nLabels: Travel, Europe', 'Filed under: Transport | Regional'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'previous and next post lines',
      format: 'text',
      input: dump(P1, P2, 'Previous Post: The valley line in winter', 'Next Post: Ten stations worth a stop'),
      removed: ['Previous Post: The valley line in winter\nNext Post: Ten stations worth a stop'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a lead-in on a line of its own over plain headlines, as a dump without links prints them (de, pt)',
      format: 'text',
      input: dump(DE, '', 'Lesen Sie auch:', '', 'Nachtzüge an die Küste ab Juni', '', 'Neue Fahrpläne für den Sommer', '', DE, '', 'Veja também', '', 'Comboios noturnos voltam em junho', '', 'Bilhetes à venda na próxima semana', '', PT),
      removed: ['Lesen Sie auch:\nNachtzüge an die Küste ab Juni\nNeue Fahrpläne für den Sommer', 'Veja também\nComboios noturnos voltam em junho\nBilhetes à venda na próxima semana'],
      output: `${DE}\n\n${DE}\n\n${PT}`,
    },
    {
      name: 'German lead-ins and related heading',
      format: 'text',
      input: dump(DE, 'Lesen Sie auch: Warum Nachtzüge wieder gefragt sind', DE, 'Ähnliche Beiträge', 'Die Küstenlinie im Winter'),
      removed: ['Lesen Sie auch: Warum Nachtzüge wieder gefragt sind', 'Ähnliche Beiträge\nDie Küstenlinie im Winter'],
      output: `${DE}\n\n${DE}`,
    },
    {
      name: 'French "À lire aussi" and categories',
      format: 'text',
      input: dump(FR, 'À lire aussi : Les trains de nuit reviennent en Europe', FR, 'Catégories : Transport, Régions'),
      removed: ['À lire aussi : Les trains de nuit reviennent en Europe', 'Catégories : Transport, Régions'],
      output: `${FR}\n\n${FR}`,
    },
    {
      name: 'Spanish Blogger pager and "Lee también"',
      format: 'text',
      input: dump(ES, 'Lee también: Los trenes nocturnos vuelven a estar de moda', ES, 'Entrada más reciente', 'Entrada antigua', 'Página principal'),
      removed: ['Lee también: Los trenes nocturnos vuelven a estar de moda', 'Entrada más reciente\nEntrada antigua\nPágina principal'],
      output: `${ES}\n\n${ES}`,
    },
    {
      name: 'Spanish news lead-ins in capitals: "PUEDES VER", "LE PUEDE INTERESAR", "TE RECOMENDAMOS"',
      format: 'text',
      input: dump(ES, 'PUEDES VER: Los trenes nocturnos vuelven a estar de moda', ES, 'LE PUEDE INTERESAR: La línea de la costa cierra en invierno', ES, 'TE RECOMENDAMOS | Cinco rutas en tren por el norte'),
      removed: ['PUEDES VER: Los trenes nocturnos vuelven a estar de moda', 'LE PUEDE INTERESAR: La línea de la costa cierra en invierno', 'TE RECOMENDAMOS | Cinco rutas en tren por el norte'],
      output: `${ES}

${ES}

${ES}`,
    },
    {
      name: 'Portuguese "Leia também" and related posts',
      format: 'text',
      input: dump(PT, 'Leia também: Comboios noturnos regressam à Europa', PT, 'Posts relacionados', 'A linha do vale no inverno'),
      removed: ['Leia também: Comboios noturnos regressam à Europa', 'Posts relacionados\nA linha do vale no inverno'],
      output: `${PT}\n\n${PT}`,
    },
    {
      name: 'Russian "Читайте также", related heading and tags',
      format: 'text',
      input: dump(RU, 'Читайте также: Ночные поезда снова в моде', RU, 'Материалы по теме', 'Зимой на побережье', 'Теги: поезда, побережье'),
      removed: ['Читайте также: Ночные поезда снова в моде', 'Материалы по теме\nЗимой на побережье\nТеги: поезда, побережье'],
      output: `${RU}\n\n${RU}`,
    },
    {
      name: 'Polish "Czytaj także" and related heading',
      format: 'text',
      input: dump(PL, 'Czytaj także: Nocne pociągi znów w modzie', PL, 'Podobne wpisy', 'Wybrzeże zimą'),
      removed: ['Czytaj także: Nocne pociągi znów w modzie', 'Podobne wpisy\nWybrzeże zimą'],
      output: `${PL}\n\n${PL}`,
    },
    {
      name: 'Indonesian "Baca juga" and related heading',
      format: 'text',
      input: dump(ID, 'Baca juga: Kereta malam kembali populer', ID, 'Artikel Terkait', 'Pantai di musim hujan'),
      removed: ['Baca juga: Kereta malam kembali populer', 'Artikel Terkait\nPantai di musim hujan'],
      output: `${ID}\n\n${ID}`,
    },
    {
      name: 'Japanese related heading',
      format: 'text',
      input: dump(JA, JA, '関連記事', '冬の海岸線'),
      removed: ['関連記事\n冬の海岸線'],
      output: `${JA}\n\n${JA}`,
    },
    {
      name: 'Italian "Leggi anche" and pager',
      format: 'text',
      input: dump(IT, 'Leggi anche: I treni notturni tornano di moda', IT, 'Articolo precedente', 'Articolo successivo'),
      removed: ['Leggi anche: I treni notturni tornano di moda', 'Articolo precedente\nArticolo successivo'],
      output: `${IT}\n\n${IT}`,
    },
    {
      name: 'Spanish "Lea más:" before a headline, and "MIRA:" before a linked one',
      format: 'text',
      input: dump(ES, 'Lea más: El tren nocturno vuelve a la costa en junio', ES, 'MIRA: [Así será el nuevo tren nocturno](https://example.org/tren)'),
      removed: ['Lea más: El tren nocturno vuelve a la costa en junio', 'MIRA: Así será el nuevo tren nocturno'],
      output: `${ES}\n\n${ES}`,
    },
    {
      name: 'a label ending in a colon over a line of linked tags, after the article',
      format: 'text',
      input: dump(DE, DE, 'Weitere Nachrichten zu:', '[Bahn](/t/bahn), [Fähre](/t/faehre), [Küste](/t/kueste), [Nachtzug](/t/nachtzug)'),
      removed: ['Weitere Nachrichten zu:\nBahn, Fähre, Küste, Nachtzug'],
      output: `${DE}\n\n${DE}`,
    },
    {
      name: 'Dutch and Polish "read more" pager links',
      format: 'text',
      input: dump(PL, 'Czytaj więcej', PL, '', 'Lees verder'),
      removed: ['Czytaj więcej', 'Lees verder'],
      output: `${PL}\n\n${PL}`,
    },
    {
      name: 'Jetpack related posts and post navigation in HTML',
      format: 'html',
      input: `<div class="entry-content"><p>${P1}</p><div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items"><p><a href="#">Night trains return</a></p></div></div></div><nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="#">Previous Post</a></div></div></nav>`,
      removed: ['Related\nNight trains return', 'Previous Post'],
      output: P1,
    },
    {
      name: '"See also:" with a linked headline in HTML',
      format: 'html',
      input: `<p>${P1}</p><p><strong>See also:</strong> <a href="#">Sleeper cabins, explained</a></p><p>${P2}</p>`,
      removed: ['See also: Sleeper cabins, explained'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'German related-section headings ("Mehr zum Thema", "Zum Weiterlesen") over teasers',
      format: 'text',
      input: dump(DE, '', '## Mehr zum Thema', '', '- [Nachtzüge an die Küste: die Fahrpläne](/a)', '- [Schlafwagen im Test](/b)', '', '### Zum Weiterlesen:', '', '[Die Geschichte der Küstenbahn](/c)'),
      removed: ['Mehr zum Thema\nNachtzüge an die Küste: die Fahrpläne\nSchlafwagen im Test\nZum Weiterlesen:\nDie Geschichte der Küstenbahn'],
      output: DE,
    },
    {
      name: 'a tag label on a line of its own after the article, with its tags under it (de, a text dump)',
      format: 'text',
      input: dump(DE, '', 'Schlagworte', '', 'Bahn', 'Nachtzug', 'Küste'),
      removed: ['Schlagworte\nBahn\nNachtzug\nKüste'],
      output: DE,
    },
    {
      name: 'a tag heading over a list of tags after the article (es, HTML)',
      format: 'html',
      input: `<p>${ES}</p><h3>Etiquetas:</h3><ul><li>Trenes nocturnos</li><li>Costa</li></ul>`,
      removed: ['Etiquetas:\nTrenes nocturnos\nCosta'],
      output: ES,
    },
    {
      name: "a theme's post navigation takes its two links at most, not the short lines of the post under it (de, en)",
      format: 'text',
      input: dump(DE, '', 'Beitragsnavigation', '', '← Vorherige Nächste →', '', 'Nachtzüge ab Juni', '', 'Ort: Hauptbahnhof, Gleis 4', '', 'Agenda', '', '1. Begrüßung (10 Minuten)', '2. Fahrplan (30 Minuten)', '', P1, '', 'Post navigation', '', '← Night trains return', 'Ferry fares to rise →', 'Summer timetable', '', P2),
      removed: ['Beitragsnavigation\n← Vorherige Nächste →', 'Post navigation\n← Night trains return\nFerry fares to rise →'],
      output: `${DE}\n\nNachtzüge ab Juni\n\nOrt: Hauptbahnhof, Gleis 4\n\nAgenda\n\n1. Begrüßung (10 Minuten)\n\n2. Fahrplan (30 Minuten)\n\n${P1}\n\nSummer timetable\n\n${P2}`,
    },
  ],
  keep: [
    { name: 'a link to a file marked with its type, and a sentence with a tag inside', format: 'text', input: dump(P1, 'The full timetable for the summer [PDF]', 'The operator [CORRECTED] its figures on Tuesday, and the new ones are lower.', P2) },
    { name: 'a sentence after a label\'s colon', format: 'text', input: dump(P1, 'Category: the trains that run at night, and why they came back.', P2) },
    { name: 'a "Mehr zu …" heading over a section of the article and a link', format: 'text', input: dump(DE, '## Mehr zum Nachtzug', '[Interaktive Karte](https://example.org/karte)', 'Die Fahrkarten werden teurer, weil die Bahngesellschaft neue Wagen für die Nachtzüge gekauft hat.', DE) },
    { name: 'a sentence that opens "Lesen Sie hier" without a colon', format: 'text', input: dump(DE, 'Lesen Sie hier weiter, wenn Sie wissen wollen, wie die Bahn die Preise berechnet.', DE) },
    {
      name: 'a "Tags" heading inside the article, with prose after its short lines, is a section of it',
      format: 'text',
      input: dump(P1, '', 'Tags', '', 'Sleeper', 'Couchette', '', P2),
    },
    {
      name: '"Tag" alone after a German article is a day, not a label (the plural and unambiguous forms only)',
      format: 'text',
      input: dump(DE, '', 'Tag', '', 'Montag', 'Dienstag'),
    },
    {
      name: 'a tag label after the article with a sentence under it',
      format: 'text',
      input: dump(P1, '', 'Topics', '', 'We cover rail travel across the region every week.'),
    },
    {
      name: 'a Spanish sentence after "Te recomendamos:" is advice, not a headline',
      format: 'text',
      input: dump(ES, 'Te recomendamos: llevar abrigo, porque en el tren nocturno refresca mucho de madrugada.', ES),
    },
    { name: 'a sentence that tells how to click in an app, not at a picture beside it', format: 'text', input: dump(P1, 'Click on the timetable tab in the app to see which trains have sleeper cars this summer.', P2) },
    {
      name: 'a sentence that begins "See also" and runs on as prose',
      format: 'text',
      input: dump(P1, 'See also the timetable published last year, which showed that the night trains were already the busiest on the line.', P2),
    },
    {
      name: '"See also:" followed by two sentences',
      format: 'text',
      input: dump(P1, 'See also: the operator’s own report. It shows the same fall in delays as the council found.', P2),
    },
    { name: 'a label ending in a colon over plain words after the article: a list of its own', format: 'text', input: dump(DE, DE, 'Mitgebracht haben wir:', 'Brot, Käse, Äpfel, Wasser') },
    { name: 'a Spanish "Mira:" before an instruction, not a link', format: 'text', input: dump(ES, 'Mira: el horario cambia cada domingo', ES) },
    { name: '"Next:" introducing an instruction', format: 'text', input: dump(P1, 'Next: book the seat reservation separately', P2) },
    { name: 'a lead-in line over a paragraph, not a link', format: 'text', input: dump(P1, '', 'See also', '', P2) },
    { name: "a lead-in line over one plain line and a paragraph: the article's own subheading", format: 'text', input: dump(P1, '', 'See also', '', 'How the night trains came back', '', P2) },
    {
      name: 'a lead-in line over a long run of short plain lines: a list it cannot tell from the article\'s own',
      format: 'text',
      input: dump(P1, '', 'See also', '', ...['Flour', 'Eggs', 'Butter', 'Sugar', 'Salt', 'Yeast', 'Milk', 'Vanilla', 'Lemon zest'].map((l) => `${l} for the dough`), '', P2),
    },
    { name: "a lead-in line over a list's items: a product's features under its name", format: 'text', input: dump(P1, '', "Don't miss:", '', '- Sleeper cabins for two', '', '- A bar car with a view', '', P2) },
    { name: '"Related" as a word in a heading of the article', format: 'text', input: dump(P1, '## Related work on sleeper demand', P2) },
    { name: 'a sentence that starts "Tags:" but is prose', format: 'text', input: dump(P1, 'Tags: these small paper labels were once tied to every suitcase on the line.', P2) },
    { name: '"Home" as a line of the article', format: 'text', input: dump(P1, 'Home', P2) },
    {
      name: 'a list of stations in the article',
      format: 'text',
      input: dump(P1, 'The night train stops at:', '- Valley Junction', '- Harbour Road', '- Coast Terminal', P2),
    },
  ],
});
