import fc from 'fast-check';
import { joinedFrom } from '../support/arbitraries.js';
import { bylinesAndMeta, isDateLine, DATE_TOKENS, MONTH_NAMES } from '../../src/rules/bylines-and-meta.js';
import { dump, testRule } from '../support/rule-tester.js';
import { MOUNTAIN_HUT } from '../support/samples.js';

const { P1, P2, DE, FR, ES, PT, IT } = MOUNTAIN_HUT;
const ZH1 = '山区小屋今年首次开放到十月底，登山协会周一表示，预订人数比去年多了一倍。';
const ZH2 = '管理员说，晚上七点前到达的徒步者都可以吃到热饭，床位可以在网上预订。';

testRule(bylinesAndMeta, {
  remove: [
    {
      name: 'a byline run into its date and reading time',
      format: 'text',
      input: dump('By Kim Berg Oct 4, 2021 5 min read', P1, P2),
      removed: ['By Kim Berg Oct 4, 2021 5 min read'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "Blogger's byline with its closing bullet, in English and German, and a source line in Polish",
      format: 'text',
      input: dump(P1, 'Posted by Kim Berg at 7:42 PM ●', P2, DE, 'Eingestellt von Kim Berg um 19:42', 'Źródło: Polski Związek Alpinizmu'),
      removed: ['Posted by Kim Berg at 7:42 PM ●', 'Eingestellt von Kim Berg um 19:42\nŹródło: Polski Związek Alpinizmu'],
      output: `${P1}\n\n${P2}\n\n${DE}`,
    },
    {
      name: "a post's meta line with its view count and rating, and a Chinese page's date and source",
      format: 'text',
      input: dump(P1, 'Views: 1,204 | Added by: huettenwirt | Tags: hut, lake | Rating: 4.5/5', P2, ZH1, '2021-10-04 18:05:12 来源：登山报', ZH2),
      removed: ['Views: 1,204 | Added by: huettenwirt | Tags: hut, lake | Rating: 4.5/5', '2021-10-04 18:05:12 来源：登山报'],
      output: `${P1}\n\n${P2}\n\n${ZH1}\n\n${ZH2}`,
    },
    {
      name: 'a labelled byline with a user name and a date (de), and Blogger\'s byline in spans (HTML)',
      format: 'html',
      input: `<article><p>Verfasst von: huettenwirt | 3. Oktober 2021</p><p>${DE}</p><p>${P1}</p><div class="post-footer"><span>Posted by</span> <span>Kim Berg</span> <span>at</span> <span>7:42 PM</span></div></article>`,
      removed: ['Verfasst von: huettenwirt | 3. Oktober 2021', 'Posted by Kim Berg at 7:42 PM'],
      output: `${DE}\n\n${P1}`,
    },
    {
      name: "Blogger's byline with its parts on lines of the page's source (HTML)",
      format: 'html',
      input: `<article><p>${P1}</p><p>${P2}</p><div class="post-footer"><span class="post-author">Posted by\n<span class="fn">Kim Berg</span>\n</span><span class="post-timestamp">at\n<a href="/2021/10/hut.html">7:42 PM</a></span></div></article>`,
      removed: ['Posted by\nKim Berg\nat\n7:42 PM'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "German entry meta as older themes print it ('Erstellt am … und abgelegt unter …')",
      format: 'text',
      input: dump(DE, P1, 'Erstellt am Montag 4. Oktober 2021 um 18:05 und abgelegt unter Hütten, Wandern.'),
      removed: ['Erstellt am Montag 4. Oktober 2021 um 18:05 und abgelegt unter Hütten, Wandern.'],
      output: `${DE}\n\n${P1}`,
    },
    {
      name: "a question-and-answer site's stamps on a post",
      format: 'text',
      input: dump('asked Oct 4, 2021 at 18:05', P1, 'edited 3 hours ago', P2),
      removed: ['asked Oct 4, 2021 at 18:05', 'edited 3 hours ago'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "a post's lead picture credited under its role (de, en)",
      format: 'text',
      input: dump(DE, 'Beitragsbild: Alpenverein, Archiv', P1, 'Featured image: Kim Berg', P2),
      removed: ['Beitragsbild: Alpenverein, Archiv', 'Featured image: Kim Berg'],
      output: `${DE}\n\n${P1}\n\n${P2}`,
    },
    {
      name: "WordPress's entry meta under a post (en, de)",
      format: 'text',
      input: dump(P1, 'This entry was posted in Huts and tagged autumn, lake. Bookmark the permalink.', DE, 'Dieser Eintrag wurde veröffentlicht in Hütten und verschlagwortet mit Herbst von Anna. Setze ein Lesezeichen auf den Permalink.'),
      removed: ['This entry was posted in Huts and tagged autumn, lake. Bookmark the permalink.', 'Dieser Eintrag wurde veröffentlicht in Hütten und verschlagwortet mit Herbst von Anna. Setze ein Lesezeichen auf den Permalink.'],
      output: `${P1}\n\n${DE}`,
    },
    {
      name: 'captions and credits under read-out labels, with no colon ("Image copyright …", "Image caption …")',
      format: 'text',
      input: dump(P1, 'Image copyright Getty Images', 'Image caption The hut at dawn, seen from the lake path', P2, 'Image copyright Alpine Club archive Image caption The first hut, built in 1893', DE),
      removed: ['Image copyright Getty Images\nImage caption The hut at dawn, seen from the lake path', 'Image copyright Alpine Club archive Image caption The first hut, built in 1893'],
      output: `${P1}\n\n${P2}\n\n${DE}`,
    },
    {
      name: 'French photo credits ("Crédits photos : …", "Crédit photo : …"), and a picture\'s rights after "©"',
      format: 'text',
      input: dump(FR, 'Crédits photos : Agence Alpine', P1, 'Crédit photo : Jeanne Dupont', P2, '© alpine images/IPON, Max Muster/Ipon via www.alpine-images.example, www.alpine-images.example'),
      removed: ['Crédits photos : Agence Alpine', 'Crédit photo : Jeanne Dupont', '© alpine images/IPON, Max Muster/Ipon via www.alpine-images.example, www.alpine-images.example'],
      output: [FR, P1, P2].join('\n\n'),
    },
    {
      name: 'photo credits in parentheses that end with their agency',
      format: 'text',
      input: dump(P1, '(ITV via AP)', P2, '(Photo by Jane Doe/Getty Images)', DE),
      removed: ['(ITV via AP)', '(Photo by Jane Doe/Getty Images)'],
      output: `${P1}\n\n${P2}\n\n${DE}`,
    },
    {
      name: 'short credits with "via": "Image via Getty Images", "Foto via Wikimedia Commons"',
      format: 'text',
      input: dump(P1, 'Image via Getty Images', P2, 'Foto via Wikimedia Commons', DE),
      removed: ['Image via Getty Images', 'Foto via Wikimedia Commons'],
      output: `${P1}\n\n${P2}\n\n${DE}`,
    },
    {
      name: 'wire photo captions that tell the scene at length, opening "In this … photo" and ending with their credit',
      format: 'text',
      input: dump(
        P1,
        `FILE - In this Monday, Oct. 28, 2019, file photo, hikers rest on the terrace of the mountain hut above the lake before the last stage of the climb to the pass, in Valais, Switzerland. ${P2.replace(/\.$/, '')}, and the warden says the season will run until the first snow. (AP Photo/Jane Doe, File)`,
        DE,
        `In this photo provided by the Alpine Club, volunteers carry roof beams up the path to the hut, Saturday, Sept. 7, 2019. ${P1.replace(/\.$/, '')}, the club said in a statement on Sunday, thanking the forty volunteers. (Alpine Club via AP)`,
        FR,
      ),
      removed: [
        `FILE - In this Monday, Oct. 28, 2019, file photo, hikers rest on the terrace of the mountain hut above the lake before the last stage of the climb to the pass, in Valais, Switzerland. ${P2.replace(/\.$/, '')}, and the warden says the season will run until the first snow. (AP Photo/Jane Doe, File)`,
        `In this photo provided by the Alpine Club, volunteers carry roof beams up the path to the hut, Saturday, Sept. 7, 2019. ${P1.replace(/\.$/, '')}, the club said in a statement on Sunday, thanking the forty volunteers. (Alpine Club via AP)`,
      ],
      output: `${P1}\n\n${DE}\n\n${FR}`,
    },
    {
      name: 'captions whose credit follows the last sentence without parentheses ("… Photograph: …", ", foto: …", "(Symbolbild).")',
      format: 'text',
      input: dump(
        P1, '', 'Hikers rest on the terrace of the hut above the lake last October. Photograph: Jane Doe/Getty Images', '',
        DE, '', 'Wanderer auf der Terrasse der Hütte über dem See. Foto: Anna Muster/Alpenverein', '',
        'Die Hütte im ersten Schnee (Symbolbild).', '',
        FR, '', 'Le refuge au-dessus du lac, photo: Archives du Club alpin', '', P2,
      ),
      removed: [
        'Hikers rest on the terrace of the hut above the lake last October. Photograph: Jane Doe/Getty Images',
        'Wanderer auf der Terrasse der Hütte über dem See. Foto: Anna Muster/Alpenverein\nDie Hütte im ersten Schnee (Symbolbild).',
        'Le refuge au-dessus du lac, photo: Archives du Club alpin',
      ],
      output: [P1, DE, FR, P2].join('\n\n'),
    },
    {
      name: 'a caption that ends with a wire credit after a slash ("REUTERS/Jane Doe/File Photo")',
      format: 'text',
      input: dump(P1, 'FILE PHOTO: Hikers rest on the terrace of the mountain hut above the lake, in Valais, Switzerland, October 28, 2019. REUTERS/Jane Doe/File Photo', P2),
      removed: ['FILE PHOTO: Hikers rest on the terrace of the mountain hut above the lake, in Valais, Switzerland, October 28, 2019. REUTERS/Jane Doe/File Photo'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a dateline with only the time of day',
      format: 'text',
      input: dump('Updated at 4:05 p.m.', P1, P2),
      removed: ['Updated at 4:05 p.m.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "the older WordPress theme's German entry meta: 'Der Beitrag wurde am … veröffentlicht und wurde unter … abgelegt'",
      format: 'text',
      input: dump(DE, P1, 'Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter der Kategorie Hütten abgelegt. Du kannst die Kommentare zu diesem Eintrag durch den RSS 2.0 Feed verfolgen.'),
      removed: ['Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter der Kategorie Hütten abgelegt. Du kannst die Kommentare zu diesem Eintrag durch den RSS 2.0 Feed verfolgen.'],
      output: `${DE}\n\n${P1}`,
    },
    {
      name: "the site's disclaimer that an opinion is the author's (en, de, fr), and a Polish reading time",
      format: 'text',
      input: dump(P1, '', 'The views expressed in this article are those of the author and do not necessarily reflect the club’s.', '', DE, '', 'Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.', '', FR, '', 'Les opinions exprimées dans les blogs du club n’engagent que leurs auteurs.', '', P2, '', 'Ten tekst przeczytasz w mniej niż minutę'),
      removed: ['The views expressed in this article are those of the author and do not necessarily reflect the club’s.', 'Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.', 'Les opinions exprimées dans les blogs du club n’engagent que leurs auteurs.', 'Ten tekst przeczytasz w mniej niż minutę'],
      output: [P1, DE, FR, P2].join('\n\n'),
    },
    {
      name: 'how to cite the post, as academic blogs suggest it (en, de, fr)',
      format: 'text',
      input: dump(P1, P2, 'SUGGESTED CITATION Doe, Jane: The hut stays open, Hut Blog, 2024/6/04, https://blog.example.org/hut.', 'Zitiervorschlag: Muster, Erika: Die Hütte bleibt offen, Hüttenblog, 4. Juni 2024.', 'Pour citer cet article : Jeanne Dupont, « La cabane reste ouverte », 4 juin 2024.'),
      removed: ['SUGGESTED CITATION Doe, Jane: The hut stays open, Hut Blog, 2024/6/04, https://blog.example.org/hut.\nZitiervorschlag: Muster, Erika: Die Hütte bleibt offen, Hüttenblog, 4. Juni 2024.\nPour citer cet article : Jeanne Dupont, « La cabane reste ouverte », 4 juin 2024.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'how to cite the page, at its end',
      format: 'text',
      input: dump(P1, P2, 'Citation: The hut stays open into October (2024, June 4) retrieved 5 June 2024 from https://news.example.org/2024-06-hut.html'),
      removed: ['Citation: The hut stays open into October (2024, June 4) retrieved 5 June 2024 from https://news.example.org/2024-06-hut.html'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a byline broken at its link ("By", then the name) and the author\'s contact lines',
      format: 'text',
      input: dump('By', 'Maria Keller', '@mariakeller', 'maria.keller@example.org', P1, P2),
      removed: ['By\nMaria Keller\n@mariakeller\nmaria.keller@example.org'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'captions ending in an agency credit, and a credit line of names ending with an agency',
      format: 'text',
      input: dump(P1, 'Walkers cross the ridge above the hut on Tuesday. (AP Photo/Jane Doe) less', 'A warden checks the stove in the kitchen. © Reuters / John Roe', 'Jane Doe | Bloomberg | Getty Images', P2),
      removed: ['Walkers cross the ridge above the hut on Tuesday. (AP Photo/Jane Doe) less\nA warden checks the stove in the kitchen. © Reuters / John Roe\nJane Doe | Bloomberg | Getty Images'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'news byline and dateline under the headline',
      format: 'text',
      input: dump('# Lake hut to stay open into October', 'By Maria Keller and Tom Hardy', 'Published 7:05 AM CET, March 4, 2024', P1, P2),
      removed: ['By Maria Keller and Tom Hardy\nPublished 7:05 AM CET, March 4, 2024'],
      output: `Lake hut to stay open into October\n\n${P1}\n\n${P2}`,
    },
    {
      name: 'a wire service credit line closing the story',
      format: 'text',
      input: dump(P1, P2, '(Reporting by Jane Doe in Geneva; additional reporting by John Roe; Editing by Max Muster)'),
      removed: ['(Reporting by Jane Doe in Geneva; additional reporting by John Roe; Editing by Max Muster)'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'the story\'s own address printed under it, as text',
      format: 'html',
      input: `<article><p>${P1}</p><p>${P2}</p><p>https://news.example.org/2024/06/04/the-hut-stays-open-through-october.html</p></article>`,
      removed: ['https://news.example.org/2024/06/04/the-hut-stays-open-through-october.html'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'relative time and reading time',
      format: 'text',
      input: dump('Updated 3 hours ago', '4 min read', P1, P2),
      removed: ['Updated 3 hours ago\n4 min read'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "a post's meta line of a date and labelled parts joined by dashes (pt, en)",
      format: 'text',
      input: dump(PT, '', '05/10/2018 - Publicado por: Ana Lima - Categoria: Saúde - Tags: cabana lago', '', P1, '', 'March 3, 2024 | Posted by: Jane Doe | Category: Huts'),
      removed: ['05/10/2018 - Publicado por: Ana Lima - Categoria: Saúde - Tags: cabana lago', 'March 3, 2024 | Posted by: Jane Doe | Category: Huts'],
      output: `${PT}\n\n${P1}`,
    },
    {
      name: 'Medium author line with reading time and date joined by a dot',
      format: 'text',
      input: dump('# Lake hut to stay open into October', '6 min read · Mar 3, 2024', P1),
      removed: ['6 min read · Mar 3, 2024'],
      output: `Lake hut to stay open into October\n\n${P1}`,
    },
    {
      name: 'Blogger "Posted by … at 3:08 PM" after the post',
      format: 'text',
      input: dump(P1, P2, 'Posted by Ana Lima at 3:08 PM'),
      removed: ['Posted by Ana Lima at 3:08 PM'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Blogger date header before the title',
      format: 'text',
      input: dump('## Tuesday, March 5, 2024', '### Lake hut to stay open into October', P1, P2),
      removed: ['Tuesday, March 5, 2024'],
      output: `Lake hut to stay open into October\n\n${P1}\n\n${P2}`,
    },
    {
      name: 'photo caption credits between paragraphs',
      format: 'text',
      input: dump(P1, 'Photo: Ana Lima / Getty Images', P2, '(AP Photo/Tom Hardy)'),
      removed: ['Photo: Ana Lima / Getty Images', '(AP Photo/Tom Hardy)'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'German byline, date and reading time',
      format: 'text',
      input: dump('Von Anna Schmidt und Jonas Weber', 'Veröffentlicht am 4. März 2024, 10:15 Uhr', 'Lesezeit: 4 Minuten', DE),
      removed: ['Von Anna Schmidt und Jonas Weber\nVeröffentlicht am 4. März 2024, 10:15 Uhr\nLesezeit: 4 Minuten'],
      output: DE,
    },
    {
      name: 'German numeric "Stand:" line',
      format: 'text',
      input: dump(DE, 'Stand: 04.03.2024, 10:15 Uhr'),
      removed: ['Stand: 04.03.2024, 10:15 Uhr'],
      output: DE,
    },
    {
      name: 'French byline with "10h15" and reading time',
      format: 'text',
      input: dump('Par Claire Dubois', 'Publié le 4 mars 2024 à 10h15', 'Temps de lecture : 3 min', FR),
      removed: ['Par Claire Dubois\nPublié le 4 mars 2024 à 10h15\nTemps de lecture : 3 min'],
      output: FR,
    },
    {
      name: 'Spanish byline and update line',
      format: 'text',
      input: dump('Por Lucía Gómez', 'Actualizado el 4 de marzo de 2024', ES),
      removed: ['Por Lucía Gómez\nActualizado el 4 de marzo de 2024'],
      output: ES,
    },
    {
      name: 'Portuguese byline, date and photo credit',
      format: 'text',
      input: dump('Por João Silva', 'Atualizado em 4 de março de 2024 às 10:15', PT, 'Foto: João Silva/Arquivo'),
      removed: ['Por João Silva\nAtualizado em 4 de março de 2024 às 10:15', 'Foto: João Silva/Arquivo'],
      output: PT,
    },
    {
      name: 'Italian byline and date',
      format: 'text',
      input: dump('Di Marco Rossi', 'Pubblicato il 4 marzo 2024 alle 10:15', 'Tempo di lettura: 4 minuti', IT),
      removed: ['Di Marco Rossi\nPubblicato il 4 marzo 2024 alle 10:15\nTempo di lettura: 4 minuti'],
      output: IT,
    },
    {
      name: 'WordPress entry meta in HTML',
      format: 'html',
      input: `<article class="post"><h1 class="entry-title">Lake hut to stay open into October</h1><div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2024-03-04">March 4, 2024</time></span><span class="byline"> by <a class="url fn n" href="/author/ana/">Ana Lima</a></span></div><div class="entry-content"><p>${P1}</p><p>${P2}</p></div></article>`,
      removed: ['Posted on March 4, 2024 by Ana Lima'],
      output: `Lake hut to stay open into October\n\n${P1}\n\n${P2}`,
    },
    {
      name: 'a figure caption in HTML',
      format: 'html',
      input: `<div class="entry-content"><p>${P1}</p><figure class="wp-block-image"><img src="hut.jpg" alt=""><figcaption class="wp-element-caption">The hut at dawn, seen from the lake path. Photo: club archive</figcaption></figure><p>${P2}</p></div>`,
      removed: ['The hut at dawn, seen from the lake path. Photo: club archive'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "a gallery's caption in elements whose class starts 'caption-', printed in full and cut short (HTML)",
      format: 'html',
      input: `<div class="article"><ul class="gallery"><li><div class="caption-full">The hut at dawn, seen from the lake path, with the first snow of the year on its roof. less</div><div class="caption-truncated">The hut at dawn, seen from the lake path, with the first snow ... more</div></li></ul><p>${P1}</p><p>${P2}</p></div>`,
      removed: ['The hut at dawn, seen from the lake path, with the first snow of the year on its roof. less\nThe hut at dawn, seen from the lake path, with the first snow ... more'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Ghost byline and reading time in HTML',
      format: 'html',
      input: `<article class="article"><header class="article-header"><h1 class="article-title">Lake hut to stay open into October</h1><div class="article-byline"><a href="/author/tom/">Tom Hardy</a></div><span class="reading-time">3 min read</span></header><section class="gh-content"><p>${P1}</p></section></article>`,
      removed: ['Tom Hardy', '3 min read'],
      output: `Lake hut to stay open into October\n\n${P1}`,
    },
    {
      name: 'a gallery counter and a caption ending in its credit',
      format: 'text',
      input: dump('1 / 9', 'Walkers on the ridge above the hut in the first snow (Image: Getty)', P1, P2),
      removed: ['1 / 9\nWalkers on the ridge above the hut in the first snow (Image: Getty)'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "a rating widget's count and average, and a caption's toggle",
      format: 'text',
      input: dump('Durchschnitt: 4.6 (7 Bewertungen)', '(7 Bewertungen)', P1, 'Bildbeschreibung einblenden', P2, '4.5 (32 reviews)'),
      removed: ['Durchschnitt: 4.6 (7 Bewertungen)\n(7 Bewertungen)', 'Bildbeschreibung einblenden', '4.5 (32 reviews)'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: '"… contributed to this report" closing the story',
      format: 'text',
      input: dump(P1, P2, 'Associated Press writers Jane Doe and John Roe contributed to this report.'),
      removed: ['Associated Press writers Jane Doe and John Roe contributed to this report.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a dateline with the name after it, in Indonesian and Dutch months; a Russian date',
      format: 'text',
      input: dump('Posted on Maret 30, 2015 by Admin', P1, 'Gepubliceerd op 4 maart 2024', P2, '4 марта 2024 г.'),
      removed: ['Posted on Maret 30, 2015 by Admin', 'Gepubliceerd op 4 maart 2024', '4 марта 2024 г.'],
      output: `${P1}\n\n${P2}`,
    },
  ],
  keep: [
    { name: 'a Chinese sentence of the story about an editor', format: 'text', input: dump(ZH1, '编辑部的老同事说，这家小屋已经有一百年的历史了，每年夏天都有很多人来。', ZH2) },
    { name: "a lead picture's description under its role, longer than a credit", format: 'text', input: dump(P1, 'Cover image: an artist’s impression of the new hut above the lake, with its solar roof and the path to the summit', P2) },
    { name: 'a sentence that opens "asked" and runs on', format: 'text', input: dump(P1, 'asked Oct 4 at the meeting, the warden said the hut would stay open.', P2) },
    { name: 'where a syndicated story first ran: ground truths count it the article\'s', format: 'text', input: dump(P1, P2, 'This article was originally published by The Mountain Review. Read the original article.') },
    { name: 'a sentence of the story about views expressed at a meeting', format: 'text', input: dump(P1, 'The views expressed at the meeting were those of a few members, the chair said, and the club will vote in May.', P2) },
    { name: 'a sentence set off by dashes around a year', format: 'text', input: dump(P1, '2019 - the year the hut burned down - was the hardest the club has known', P2) },
    { name: 'a German sentence of the story about a broadcast', format: 'text', input: dump(DE, 'Der Beitrag wurde am Montag im Regionalfernsehen gesendet und danach im Netz veröffentlicht, wie der Sender mitteilte.', DE) },
    { name: 'a sentence that opens "Images via …" and runs on', format: 'text', input: dump(P1, 'Images via satellite show that the ice on the lake broke up two weeks earlier than last year.', P2) },
    {
      name: 'a blogger telling a photo of their own, at length and without a credit',
      format: 'text',
      input: dump(P1, `In this photo, taken on our last evening at the hut, you can see the lake below the terrace and the path we came up that morning. ${P2.replace(/\.$/, '')}, and we were sorry to leave the next day after breakfast with the warden and her dog.`, DE),
    },
    { name: 'a remark in parentheses that names an agency', format: 'text', input: dump(P1, '(The club booked the hut via AP Travel, a small agency in the valley, which also sells the lift passes.)', P2) },
    { name: 'a sentence about image copyright', format: 'text', input: dump(P1, 'Image copyright lasts seventy years after the death of the photographer in most European countries.', P2) },
    { name: 'a sentence about a contribution to a broadcast (de)', format: 'text', input: dump(P1, 'Dieser Beitrag wurde am Montag im Radio gesendet und danach viel diskutiert.', P2) },
    {
      // Five slides, each told in its caption, under a one-line intro: the captions are most of the page's prose.
      name: 'a gallery told in its captions, which hold most of the prose',
      format: 'html',
      input: `<div class="entry-content"><p>${P1}</p>${[P2, DE, FR, ES, PT].map((p, k) => `<figure class="slide"><img src="${k}.jpg" alt=""><figcaption class="slide-caption">${p}</figcaption></figure>`).join('')}</div>`,
    },
    { name: '"By" alone before a sentence, not a name', format: 'text', input: dump(P1, 'By', 'the time we reached the hut the snow had stopped.', P2) },
    { name: 'an address inside a sentence, or as a link', format: 'html', input: `<p>${P1}</p><p>The booking form is at https://alpine.example.org/book and opens at nine.</p><p><a href="https://alpine.example.org/">https://alpine.example.org/</a></p>` },
    { name: 'a sentence about reporting', format: 'text', input: dump(P1, 'Reporting by volunteers helped the club.') },
    {
      name: 'a date inside a sentence',
      format: 'text',
      input: dump(P1, 'The hut first opened on 12 May 1931, and the club has run it every summer since then.', P2),
    },
    {
      name: 'a date inside a sentence, marked up with <time> (HTML)',
      format: 'html',
      input: `<article><p>${P1}</p><p>The hut first opened on <time datetime="1931-05-12">12 May 1931</time>, and the club has run it every summer since then.</p><p>${P2}</p></article>`,
    },
    {
      name: 'opening hours',
      format: 'text',
      input: dump(P1, 'Opening hours:', 'Monday: 9–17', 'Tuesday: 9–17', 'Saturday: 10–14', P2),
    },
    {
      name: 'Italian and German opening hours with dotted times',
      format: 'text',
      input: dump(IT, 'Lunedì: 9.00-13.00', 'Sabato: 10.00-14.00', DE, 'Montag: 9.00-18.00 Uhr'),
    },
    {
      name: 'a byline-like sentence',
      format: 'text',
      input: dump(P1, 'By the time the warden arrived, the stove had gone out and the water pipe had frozen.', P2),
    },
    {
      name: '"By Train" and "By Car" headings of a travel guide',
      format: 'text',
      input: dump(P1, '## By Train', P2, '## By Car', 'The road ends at the dam, and from there it is a two-hour walk up to the hut.', P1),
    },
    {
      name: 'date headings of a walking diary',
      format: 'text',
      input: dump(P1, '## Monday, 3 June 2024', P2, '## Tuesday, 4 June 2024', 'We left the hut at six and reached the pass before the clouds came in over the ridge.'),
    },
    {
      name: 'a schedule table with date cells (HTML)',
      format: 'html',
      input: `<article><p>${P1}</p><table><tr><th>Date</th><th>Event</th></tr><tr><td>12 May 2024</td><td>The hut opens</td></tr><tr><td>3 October 2024</td><td>Last night of the season</td></tr></table><p>${P2}</p></article>`,
    },
    {
      name: 'a photo credit written as a sentence of the article',
      format: 'text',
      input: dump(P1, 'The photographs in this story were taken by Ana Lima during a week at the hut last summer.', P2),
    },
    { name: 'a short one-line paragraph', format: 'text', input: dump(P1, 'Nobody complained.', P2) },
    {
      name: 'a German sentence that begins with "Von"',
      format: 'text',
      input: dump(DE, 'Von Bozen aus fährt zweimal am Tag ein Bus bis zum Staudamm.', DE),
    },
    { name: 'a sentence that ends on a photo it describes, after a colon', format: 'text', input: dump(P1, 'We found the old logbook and, in it, a photo: the first warden with his two dogs on the roof.', P2) },
    { name: 'a sentence that names a photo after a full stop and goes on as prose', format: 'text', input: dump(P1, 'The warden kept everything. Photo: he even kept the first picture of the hut. It hangs by the stove.', P2) },
    { name: 'a sentence with a credit in parentheses inside it, not at its end', format: 'text', input: dump(P1, 'The old photograph of the stone walls (Photo: the warden) hangs above the stove, for the guests who ask about it.', P2) },
    { name: 'a sentence about ratings', format: 'text', input: dump(P1, 'The hut has 124 ratings on the club’s site, most of them for the soup.', P2) },
    { name: 'a count in a sentence: three of four', format: 'text', input: dump(P1, '3 of 4 guests came back the next summer.', P2) },
  ],
});

describe('isDateLine', () => {
  // As it was written, with a split (the relative and stamped times left out: the parts below never
  // make one): the one-pass word reader must judge every line the same.
  const bySplit = (norm: string): boolean => {
    const trim = (w: string): string => w.replace(/[.:]+$/, '');
    const words = norm.split(/[\s,|/•·()[\]–—-]+|(?<=\p{L})\.(?=\s|$)/u).filter(Boolean);
    if (!words.length || words.length > 14) return false;
    let numbers = 0;
    for (const w of words) {
      const bare = trim(w);
      if (/^\d{1,4}(?:[.:/h-]\d{1,4}){0,3}(?:st|nd|rd|th|h|am|pm|e|er)?$/.test(bare)) numbers++;
      else if (!DATE_TOKENS.has(bare)) return false;
    }
    const month = words.some((w) => MONTH_NAMES.has(trim(w)));
    return numbers >= 1 && (month || /\b(?:19|20)\d\d\b/.test(norm) || /\b(?!0+[./-])\d{1,2}[./-](?!0+[./-])\d{1,2}[./-]\d{2,4}\b/.test(norm));
  };
  const PARTS = ['nov', 'november', 'mai', 'janv', 'déc', 'monday', 'at', 'pm', 'a.m', 'p.m', 'the', 'le', "aujourd'hui", 'segunda-feira', 'on', 'est', 'word',
    '19', '2019', '10:15', '19.11.2019', '4th', '10h15', '0', ' ', '  ', '.', '..', ':', ',', '|', '/', '•', '·', '(', ')', '[', ']', '–', '—', '-',
    '\u00a0', '\u2009', '\n', '\ufeff', 'é', '\ud835\udc00'];
  test('reads its words as the split it was written with', () => {
    fc.assert(
      fc.property(joinedFrom(PARTS, 20), (norm) => {
        expect(isDateLine(norm)).toBe(bySplit(norm));
      }),
      { numRuns: 5000 },
    );
  });
});
