import { authorBox } from '../../src/rules/author-box.js';
import { dump, testRule } from '../support/rule-tester.js';
import { LIGHTHOUSE } from '../support/samples.js';

const { P1, P2, DE, FR, ES, PT, IT } = LIGHTHOUSE;

testRule(authorBox, {
  remove: [
    {
      name: "one-line bio and contact lines under the story",
      format: 'text',
      input: dump(P1, P2, 'Jane Doe is a staff reporter for the Harbour Times.', 'Have a tip? Jane Doe can be reached at jdoe@example.org.'),
      removed: ['Jane Doe is a staff reporter for the Harbour Times.', 'Have a tip? Jane Doe can be reached at jdoe@example.org.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a bio of a few sentences under the story, a handle after the name',
      format: 'text',
      input: dump(P1, P2, 'Jane Doe (@janedoe) is a senior coastal reporter for the Harbour Times, covering ports, ferries and the fishing fleet from the north pier to the islands. She joined the paper in 2015 after ten years at a regional radio station, and she has won two awards for her reporting on the closure of the old shipyard and its workers.'),
      removed: ['Jane Doe (@janedoe) is a senior coastal reporter for the Harbour Times, covering ports, ferries and the fishing fleet from the north pier to the islands. She joined the paper in 2015 after ten years at a regional radio station, and she has won two awards for her reporting on the closure of the old shipyard and its workers.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: "an academic's bio under the story",
      format: 'text',
      input: dump(P1, P2, 'Jane Doe is a professor of maritime history at the University of the Coast and the author of a book on lighthouse keepers.'),
      removed: ['Jane Doe is a professor of maritime history at the University of the Coast and the author of a book on lighthouse keepers.'],
      output: [P1, P2].join('\n\n'),
    },
    {
      name: "a beat's bio under the story",
      format: 'text',
      input: dump(P1, P2, 'John Roe writes about harbours, shipping and the coast guard for the Harbour Times.'),
      removed: ['John Roe writes about harbours, shipping and the coast guard for the Harbour Times.'],
      output: [P1, P2].join('\n\n'),
    },
    {
      name: "a German freelance journalist's bio under the story",
      format: 'text',
      input: dump(DE, 'Jana Muster ist freie Journalistin und lebt an der Küste.'),
      removed: ['Jana Muster ist freie Journalistin und lebt an der Küste.'],
      output: [DE].join('\n\n'),
    },
    {
      name: "a German bio that says where its writer writes",
      format: 'text',
      input: dump(DE, 'Max Mustermann schreibt für die Küstenzeitung über Häfen und Leuchttürme.'),
      removed: ['Max Mustermann schreibt für die Küstenzeitung über Häfen und Leuchttürme.'],
      output: [DE].join('\n\n'),
    },
    {
      name: '"Email <name> at <address>" under the story',
      format: 'text',
      input: dump(P1, P2, 'Email Jane Doe at jdoe@example.org or follow her @janedoe.'),
      removed: ['Email Jane Doe at jdoe@example.org or follow her @janedoe.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'contact lines in any case (a case-folded pre-test must find them too)',
      format: 'text',
      input: dump(P1, P2, 'REACH THE REPORTER AT JDOE@EXAMPLE.ORG', 'Tips? Our Desk Can Be Contacted Via tips@example.org.'),
      removed: ['REACH THE REPORTER AT JDOE@EXAMPLE.ORG', 'Tips? Our Desk Can Be Contacted Via tips@example.org.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'WordPress theme author box after the article',
      format: 'text',
      input: dump(P1, P2, '## About the author', 'Ana Lima writes about coasts and the people who look after them. She lives in a fishing town.', 'View all posts by ana'),
      removed: ['About the author\nAna Lima writes about coasts and the people who look after them. She lives in a fishing town.\nView all posts by ana'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Medium author footer lines',
      format: 'text',
      input: dump(P1, P2, 'Written by Tom Hardy', 'More from Tom Hardy'),
      removed: ['Written by Tom Hardy\nMore from Tom Hardy'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'German author box',
      format: 'text',
      input: dump(DE, DE, '### Über die Autorin', 'Anna Schmidt schreibt seit zehn Jahren über Küsten und Inseln.', 'Alle Beiträge von Anna Schmidt anzeigen'),
      removed: ['Über die Autorin\nAnna Schmidt schreibt seit zehn Jahren über Küsten und Inseln.\nAlle Beiträge von Anna Schmidt anzeigen'],
      output: `${DE}\n\n${DE}`,
    },
    {
      name: 'French author box',
      format: 'text',
      input: dump(FR, FR, "## À propos de l'auteur", 'Claire Dubois est photographe et vit à Brest.', 'Voir tous les articles de Claire Dubois'),
      removed: ["À propos de l'auteur\nClaire Dubois est photographe et vit à Brest.\nVoir tous les articles de Claire Dubois"],
      output: `${FR}\n\n${FR}`,
    },
    {
      name: 'Spanish author box',
      format: 'text',
      input: dump(ES, ES, '## Sobre el autor', 'Pablo Ruiz es periodista y pasa los veranos en Galicia.'),
      removed: ['Sobre el autor\nPablo Ruiz es periodista y pasa los veranos en Galicia.'],
      output: `${ES}\n\n${ES}`,
    },
    {
      name: 'Portuguese author box',
      format: 'text',
      input: dump(PT, PT, '## Sobre a autora', 'Joana Costa é bióloga marinha e escreve sobre o litoral.', 'Ver todos os posts de Joana Costa'),
      removed: ['Sobre a autora\nJoana Costa é bióloga marinha e escreve sobre o litoral.\nVer todos os posts de Joana Costa'],
      output: `${PT}\n\n${PT}`,
    },
    {
      name: 'Italian author box',
      format: 'text',
      input: dump(IT, IT, "## Sull'autore", 'Marco Bianchi è fotografo e vive a Trieste.', 'Visualizza tutti gli articoli di Marco Bianchi'),
      removed: ["Sull'autore\nMarco Bianchi è fotografo e vive a Trieste.\nVisualizza tutti gli articoli di Marco Bianchi"],
      output: `${IT}\n\n${IT}`,
    },
    {
      name: 'theme author bio box in HTML',
      format: 'html',
      input: `<div class="entry-content"><p>${P1}</p><p>${P2}</p></div><div class="author-bio"><img src="ana.jpg" alt=""><h4 class="author-title">Ana Lima</h4><p class="author-description">Ana writes about coasts and the people who look after them.</p><a class="author-link" href="/author/ana/">View all posts</a></div>`,
      removed: ['Ana Lima\nAna writes about coasts and the people who look after them.\nView all posts'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Simple Author Box plugin in HTML',
      format: 'html',
      input: `<article><p>${P1}</p><div class="saboxplugin-wrap"><div class="saboxplugin-authorname"><a href="/author/tom/">Tom Hardy</a></div><div class="saboxplugin-desc"><p>Tom has sailed round the cape eleven times.</p></div></div></article>`,
      removed: ['Tom Hardy\nTom has sailed round the cape eleven times.'],
      output: P1,
    },
    {
      name: 'Squarespace author profile in HTML',
      format: 'html',
      input: `<article><div class="blog-item-content"><p>${P1}</p><p>${P2}</p></div><div class="blog-item-author-profile-wrapper"><a class="author-name" href="/blog?author=1">Joana Costa</a><div class="author-bio"><p>Marine biologist, coast walker.</p></div></div></article>`,
      removed: ['Joana Costa\nMarine biologist, coast walker.'],
      output: `${P1}\n\n${P2}`,
    },
  ],
  keep: [
    {
      name: 'a paragraph of the story that opens as a bio, with the story going on after it',
      format: 'text',
      input: dump(P1, 'Jane Doe (@janedoe) is a senior coastal reporter for the Harbour Times, covering ports, ferries and the fishing fleet from the north pier to the islands. She joined the paper in 2015 after ten years at a regional radio station, and she has won two awards for her reporting on the closure of the old shipyard and its workers.', P2),
    },
    { name: 'an expert introduced inside the story, the story going on after it', format: 'text', input: dump(P1, 'Jane Doe is a professor of maritime history who has studied the lamp for twenty years.', P2) },
    { name: 'a German sentence on a journalist, inside the story', format: 'text', input: dump(DE, 'Jana Muster ist freie Journalistin und hat die Wärter jahrelang begleitet.', DE) },
    { name: 'a sentence about a reporter inside the story', format: 'text', input: dump('Jane Doe is a reporter for the Harbour Times.', P1, P2) },
    { name: 'a sentence that starts "Written by"', format: 'text', input: dump(P1, 'Written by candlelight, every page of it.', P2) },
    { name: 'a sentence that starts "More from"', format: 'text', input: dump(P1, P2, 'More from the lighthouse next week.') },
    {
      name: 'a bio written into the article’s last paragraph',
      format: 'text',
      input: dump(P1, P2, 'Ana Lima, who wrote this piece, grew up in the keeper’s cottage and still has the key to the lamp room.'),
    },
    {
      name: 'an "Author" heading over a long section of the article',
      format: 'text',
      input: dump(P1, '## Author', 'The keeper’s diaries were written by one man over thirty years, in the same brown ink.', P2, P1, P2),
    },
    {
      name: 'an article section about the author of a book',
      format: 'text',
      input: dump(P1, '## The author of the keeper’s diary', 'He was born in the cottage in 1902 and never lived more than a mile from the tower.', P2),
    },
    {
      name: 'a list of authors at a book fair',
      format: 'text',
      input: dump(P1, 'Three writers will read at the museum in June:', '- Ana Lima, from her book on northern capes', '- Tom Hardy, from his sailing logs', '- Joana Costa, from her notes on seabirds', P2),
    },
  ],
});
