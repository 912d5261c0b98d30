import { mainContent } from '../../src/rules/main-content.js';
import { testRule } from '../support/rule-tester.js';

/*
 * Whole pages modelled on WordPress, Blogger, a news site, a comment-heavy blog, an odd theme and Ghost.
 * The rule keeps the article's container; headlines and bylines outside it go with the rest.
 */
const COMMENT = 'Por fin una buena noticia para la isla: mis hijos llevan años perdiendo los entrenamientos por culpa del último barco, que sale demasiado pronto por la tarde. Ojalá lo mantengan también en invierno.';
const EXCERPT = 'Una breve anteprima dell’articolo, scritta per invogliare il lettore a continuare la lettura sulla pagina dedicata.';
const EN = [
  'The ferry to the outer island now leaves from the new pier at the end of the harbour road, a ten-minute walk from the station.',
  'Crossings take forty minutes in good weather, and the captain says the boat will run twice a day until the end of September.',
  'Islanders had asked for a later evening crossing for years, so that children at the mainland school could stay for sports.',
  'The council agreed to pay for it for one season and will decide in the autumn whether to keep it, depending on the numbers.',
];
const header = '<header class="site-header"><p class="site-title"><a href="/">Harbour Notes</a></p><p class="site-description">Small news from a small coast</p></header>';
const nav = '<nav class="main-navigation"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/ferries/">Ferries</a></li><li><a href="/islands/">Islands</a></li><li><a href="/about/">About</a></li></ul></nav>';
const sidebar = '<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/a/">Storm closes the causeway again</a></li><li><a href="/b/">A new bakery on the quay</a></li><li><a href="/c/">Seal pups counted on the sandbank</a></li></ul></section><section class="widget widget_search"><h2 class="widget-title">Search</h2></section></aside>';
const footer = '<footer id="colophon" class="site-footer"><div class="site-info"><a href="/privacy/">Privacy Policy</a> · © 2024 Harbour Notes</div></footer>';
const wordpress = `<!doctype html><html><head><title>Evening ferry for the island – Harbour Notes</title></head><body>${header}${nav}<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">An evening ferry for the island</h1></header><div class="entry-content">${EN.map((p) => `<p>${p}</p>`).join('')}</div></article></main>${sidebar}</div>${footer}</body></html>`;

// Blogger: post in .post-outer/.post-body, sidebar with Popular Posts and Blog Archive, comments below.
const DE = [
  'Die Fähre zur äußeren Insel legt jetzt am neuen Anleger am Ende der Hafenstraße ab, zehn Minuten zu Fuß vom Bahnhof.',
  'Die Überfahrt dauert bei gutem Wetter vierzig Minuten, und der Kapitän will bis Ende September zweimal täglich fahren.',
  'Seit Jahren hatten die Inselbewohner eine spätere Abendfähre gefordert, damit die Kinder nach der Schule Sport treiben können.',
];
const blogger = `<html><body><div class="header-outer"><div class="header section"><h1 class="title"><a href="/">Inselnotizen</a></h1><p class="description">Kleine Nachrichten von der Küste</p></div></div><div class="main-outer"><div class="main section"><div class="date-outer"><h2 class="date-header"><span>Dienstag, 4. Juni 2024</span></h2><div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">Eine Abendfähre für die Insel</h3><div class="post-header"><span class="post-author">Gepostet von Anna</span></div><div class="post-body entry-content">${DE.join('<br><br>')}</div><div class="post-footer"><span class="post-labels">Labels: <a href="/l/faehre">Fähre</a>, <a href="/l/insel">Insel</a></span></div></div></div></div><div class="blog-pager" id="blog-pager"><a class="blog-pager-newer-link" href="/n">Neuerer Post</a> <a class="blog-pager-older-link" href="/o">Älterer Post</a> <a class="home-link" href="/">Startseite</a></div></div></div><div class="sidebar section" id="sidebar"><div class="widget PopularPosts"><h2>Beliebte Posts</h2><ul><li><a href="/1">Sturm schließt den Damm</a></li><li><a href="/2">Neue Bäckerei am Kai</a></li><li><a href="/3">Robbenzählung auf der Sandbank</a></li></ul></div><div class="widget BlogArchive"><h2>Blog-Archiv</h2><ul><li><a href="/2024">2024 (12)</a></li><li><a href="/2023">2023 (31)</a></li></ul></div></div><div class="footer-outer"><p>Design: Einfach. Powered by Blogger.</p></div></body></html>`;

// News page: article body split over two containers by an ad slot, and a "more stories" strip of cards.
const FR = [
  'Le bac vers l’île extérieure part désormais du nouveau ponton, au bout de la route du port, à dix minutes à pied de la gare.',
  'La traversée dure quarante minutes par beau temps, et le capitaine prévoit deux rotations par jour jusqu’à la fin septembre.',
  'Les habitants réclamaient depuis des années une traversée plus tardive, pour que les enfants puissent rester au sport après l’école.',
  'La commune financera le service pendant une saison et décidera à l’automne de le prolonger ou non, selon la fréquentation.',
];
const cards = ['Tempête : la digue de nouveau fermée', 'Une boulangerie ouvre sur le quai', 'Les phoques comptés sur le banc de sable'].map((t) => `<div class="card"><a href="/x"><h3>${t}</h3></a><p>Un court résumé de cet article qui donne envie de cliquer sur le lien.</p></div>`).join('');
const news = `<html><body><div class="topbar"><a href="/">Le Petit Littoral</a> <a href="/abonnement">S'abonner</a></div><nav><ul><li><a href="/">Accueil</a></li><li><a href="/region">Région</a></li><li><a href="/mer">Mer</a></li></ul></nav><main><article><h1>Un bac du soir pour l’île</h1><div class="article-body"><p>${FR[0]}</p><p>${FR[1]}</p></div><div class="ad-slot"><span>Publicité</span></div><div class="article-body"><p>${FR[2]}</p><p>${FR[3]}</p></div></article><section class="more-stories"><h2>À lire aussi</h2>${cards}</section></main><footer><p>© 2024 Le Petit Littoral</p><ul><li><a href="/mentions">Mentions légales</a></li><li><a href="/cgu">CGU</a></li></ul></footer></body></html>`;

// A short article and a long comment thread.
const ES = [
  'El ferry a la isla exterior sale ahora del nuevo muelle, al final de la carretera del puerto, a diez minutos a pie de la estación.',
  'El ayuntamiento pagará el servicio de la tarde durante una temporada y decidirá en otoño si lo mantiene.',
];
const comments = Array.from({ length: 6 }, (_, k) => `<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Vecina ${k + 1}</b> <span class="says">dice:</span></footer><div class="comment-content"><p>${COMMENT}</p></div></article></li>`).join('');
const comments_page = `<html><body><header class="site-header"><a href="/">Notas del Puerto</a></header><div class="site-content"><article class="post"><h1 class="entry-title">Un ferry de tarde para la isla</h1><div class="entry-content"><p>${ES[0]}</p><p>${ES[1]}</p></div></article><div id="comments" class="comments-area"><h2 class="comments-title">6 respuestas a «Un ferry de tarde para la isla»</h2><ol class="comment-list">${comments}</ol></div></div><footer class="site-footer"><p>© 2024 Notas del Puerto</p></footer></body></html>`;

// The article sits in an <aside>-named section (a theme quirk) and holds a list and a table that are its content.
const PT = [
  'O ferry para a ilha exterior parte agora do novo cais, no fim da estrada do porto, a dez minutos a pé da estação.',
  'A travessia demora quarenta minutos com bom tempo, e o capitão promete duas viagens por dia até ao fim de setembro.',
  'A câmara vai pagar a carreira da tarde durante uma época e decide no outono se a mantém, consoante a procura.',
];
const aside_article = `<html><body><div id="header"><a href="/">Notas do Porto</a><ul class="menu"><li><a href="/">Início</a></li><li><a href="/ilhas">Ilhas</a></li><li><a href="/sobre">Sobre</a></li></ul></div><div id="wrap"><aside class="content-aside"><h1>Um ferry ao fim da tarde</h1><p>${PT[0]}</p><p>${PT[1]}</p><p>Horário de verão:</p><table><tr><td>Partida do cais</td><td>07:30</td><td>18:45</td></tr><tr><td>Chegada à ilha</td><td>08:10</td><td>19:25</td></tr></table><p>O que levar na travessia:</p><ul><li>um casaco impermeável</li><li>o bilhete já validado</li><li>água para as crianças</li></ul><p>${PT[2]}</p></aside><div class="sidebar"><h3>Arquivo</h3><ul><li><a href="/2024/05">maio 2024</a></li><li><a href="/2024/04">abril 2024</a></li><li><a href="/2024/03">março 2024</a></li></ul></div></div><div id="footer"><p>© 2024 Notas do Porto · <a href="/privacidade">Política de privacidade</a></p></div></body></html>`;

// Ghost: article with a related-posts strip whose excerpts together outweigh a short post.
const IT = [
  'Il traghetto per l’isola esterna parte ora dal nuovo pontile, in fondo alla strada del porto, a dieci minuti a piedi dalla stazione.',
  'Il comune pagherà la corsa serale per una stagione e deciderà in autunno se mantenerla, a seconda dei passeggeri.',
];
const postCards = ['La tempesta chiude di nuovo la diga', 'Un nuovo forno sulla banchina', 'Contate le foche sul banco di sabbia', 'Il faro riapre per le visite'].map((t) => `<article class="post-card"><a class="post-card-content-link" href="/p"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt"><p>${EXCERPT}</p></div></a></article>`).join('');
const ghost = `<html><body><div class="site-wrapper"><header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">Note dal Porto</a><nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/isole/">Isole</a></li></ul></nav></header><main id="site-main" class="site-main"><article class="article post"><header class="article-header"><h1 class="article-title">Un traghetto serale per l’isola</h1></header><section class="gh-content gh-canvas"><p>${IT[0]}</p><p>${IT[1]}</p></section></article></main><aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">${postCards}</div></div></aside><footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Note dal Porto</a> © 2024</section><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div></body></html>`;

// No clutter at all: the page is the article.
const bare = `<html><body><h1>An evening ferry for the island</h1>${EN.map((p) => `<p>${p}</p>`).join('')}</body></html>`;

// Substack-like post: a reading list of links and a one-line paragraph inside the article; subscribe box, footer.
const SUB = [
  'Home, for the ferry crew, is the cabin under the bridge where the kettle never quite cools down between crossings.',
  'I spent a week on board this spring, and these are the notes I kept between the pier and the island.',
  'If you want to read more about the boats before your own crossing, start with these:',
  'It rained every day.',
  'Next week: the harbour master, and why the tide tables are still printed by hand.',
];
const substack = `<html><body><div class="topbar"><a href="/">The Tide Letter</a><a href="/subscribe">Subscribe</a><a href="/signin">Sign in</a></div><div class="single-post"><h1 class="post-title">A week on the evening ferry</h1><div class="available-content"><div class="body markup"><p>${SUB[0]}</p><p>${SUB[1]}</p><p>${SUB[2]}</p><ul><li><p><a href="/p/hulls">How the old ferry hulls were built</a>, a long piece by the yard’s last foreman about oak, iron and patience</p></li><li><p><a href="/p/pier">The pier that nobody wanted</a>, on the twenty-year fight over where the new landing should go</p></li></ul><p>${SUB[3]}</p><p>${SUB[4]}</p></div></div><div class="subscribe-widget"><p>Thanks for reading The Tide Letter! Subscribe for free to receive new posts and support my work.</p></div></div><div class="post-footer"><a href="/p/prev">Previous</a><a href="/p/next">Next</a></div><div class="footer"><p>© 2024 Ana Lima</p><a href="/privacy">Privacy</a> ∙ <a href="/terms">Terms</a></div></body></html>`;

// A recipe: the ingredients in a table of their own box, beside the method's paragraphs.
const METHOD = [
  'Beat the butter and the sugar until pale, then add the eggs one at a time, beating well after each of them.',
  'Fold in the flour and the lemon zest, pour the batter into the tin and bake for forty minutes until golden.',
];
const INGREDIENTS = [['200 g', 'butter'], ['200 g', 'sugar'], ['4', 'eggs'], ['200 g', 'flour'], ['1', 'lemon, its zest']];
const recipe = `<html><body>${nav}<div class="recipe"><h1>Lemon cake</h1><div class="box"><h2>Ingredients</h2><table class="ingredients">${INGREDIENTS.map(([qty, what]) => `<tr><td>${qty}</td><td>${what}</td></tr>`).join('')}</table></div><div class="box"><h2>Method</h2>${METHOD.map((p) => `<p>${p}</p>`).join('')}</div></div>${sidebar}${footer}</body></html>`;

const paragraphs = (ps: readonly string[]): string => ps.join('\n\n');

testRule(mainContent, {
  remove: [
    {
      name: 'WordPress page: header, menu, sidebar widgets and footer around the post',
      format: 'html',
      input: wordpress,
      removed: [
        'Harbour Notes\nSmall news from a small coast\nHome\nFerries\nIslands\nAbout\nAn evening ferry for the island',
        'Recent Posts\nStorm closes the causeway again\nA new bakery on the quay\nSeal pups counted on the sandbank\nSearch\nPrivacy Policy · © 2024 Harbour Notes',
      ],
      output: paragraphs(EN),
    },
    {
      name: 'Blogger page (German): header, date header, labels, pager, sidebar widgets',
      format: 'html',
      input: blogger,
      removed: [
        'Inselnotizen\nKleine Nachrichten von der Küste\nDienstag, 4. Juni 2024\nEine Abendfähre für die Insel\nGepostet von Anna',
        'Labels: Fähre, Insel\nNeuerer Post Älterer Post Startseite\nBeliebte Posts\nSturm schließt den Damm\nNeue Bäckerei am Kai\nRobbenzählung auf der Sandbank\nBlog-Archiv\n2024 (12)\n2023 (31)\nDesign: Einfach. Powered by Blogger.',
      ],
      output: paragraphs(DE),
    },
    {
      name: 'news page (French): article split over two containers by an ad slot, cards after it',
      format: 'html',
      input: news,
      removed: [
        "Le Petit Littoral S'abonner\nAccueil\nRégion\nMer",
        'À lire aussi\nTempête : la digue de nouveau fermée\nUn court résumé de cet article qui donne envie de cliquer sur le lien.\nUne boulangerie ouvre sur le quai\nUn court résumé de cet article qui donne envie de cliquer sur le lien.\nLes phoques comptés sur le banc de sable\nUn court résumé de cet article qui donne envie de cliquer sur le lien.\n© 2024 Le Petit Littoral\nMentions légales\nCGU',
      ],
      output: paragraphs(['Un bac du soir pour l’île', FR[0]!, FR[1]!, 'Publicité', FR[2]!, FR[3]!]),
    },
    {
      name: 'a short article (Spanish) under a longer comment thread',
      format: 'html',
      input: comments_page,
      removed: [
        'Notas del Puerto\nUn ferry de tarde para la isla',
        [
          '6 respuestas a «Un ferry de tarde para la isla»',
          ...Array.from({ length: 6 }, (_, k) => `Vecina ${k + 1} dice:\n${COMMENT}`),
          '© 2024 Notas del Puerto',
        ].join('\n'),
      ],
      output: paragraphs(ES),
    },
    {
      name: 'an article (Portuguese) in an <aside> with a table and a list that are its content',
      format: 'html',
      input: aside_article,
      removed: ['Notas do Porto\nInício\nIlhas\nSobre', 'Arquivo\nmaio 2024\nabril 2024\nmarço 2024\n© 2024 Notas do Porto · Política de privacidade'],
      output: paragraphs([
        'Um ferry ao fim da tarde', PT[0]!, PT[1]!, 'Horário de verão:', 'Partida do cais\t07:30\t18:45\nChegada à ilha\t08:10\t19:25',
        'O que levar na travessia:', '- um casaco impermeável', '- o bilhete já validado', '- água para as crianças', PT[2]!,
      ]),
    },
    {
      name: 'Ghost page (Italian): related post cards that outweigh a short post',
      format: 'html',
      input: ghost,
      removed: [
        'Note dal Porto\nHome\nIsole',
        [
          ...['La tempesta chiude di nuovo la diga', 'Un nuovo forno sulla banchina', 'Contate le foche sul banco di sabbia', 'Il faro riapre per le visite'].flatMap((t) => [t, EXCERPT]),
          'Note dal Porto © 2024',
          'Powered by Ghost',
        ].join('\n'),
      ],
      output: paragraphs(['Un traghetto serale per l’isola', IT[0]!, IT[1]!]),
    },
    {
      name: 'Substack-like post: "Home" as a word, a reading list of links and a one-line paragraph stay in',
      format: 'html',
      input: substack,
      removed: ['The Tide LetterSubscribeSign in', 'PreviousNext\n© 2024 Ana Lima\nPrivacy ∙ Terms'],
      output: paragraphs([
        'A week on the evening ferry', SUB[0]!, SUB[1]!, SUB[2]!,
        '- How the old ferry hulls were built, a long piece by the yard’s last foreman about oak, iron and patience',
        '- The pier that nobody wanted, on the twenty-year fight over where the new landing should go',
        SUB[3]!, SUB[4]!,
        // The subscribe box sits inside the post's container: the promo rule's to remove, not this one's.
        'Thanks for reading The Tide Letter! Subscribe for free to receive new posts and support my work.',
      ]),
    },
    {
      name: 'a recipe: its ingredients in a box of their own beside the method stay',
      format: 'html',
      input: recipe,
      removed: [
        'Home\nFerries\nIslands\nAbout',
        'Recent Posts\nStorm closes the causeway again\nA new bakery on the quay\nSeal pups counted on the sandbank\nSearch\nPrivacy Policy · © 2024 Harbour Notes',
      ],
      output: paragraphs(['Lemon cake', 'Ingredients', INGREDIENTS.map((row) => row.join('\t')).join('\n'), 'Method', ...METHOD]),
    },
  ],
  keep: [
    { name: 'a page that is only the article', format: 'html', input: bare },
    {
      // The best-scoring container is the comment form's notice: two sentences are too little to trust.
      name: 'a page of race results in a table, whose only paragraph is a comment form notice',
      format: 'html',
      input: `<html><body>${nav}<div class="entry-content"><h1>Harbour swim: results</h1><table>${['Ana Lima', 'Ben Ross', 'Carla Díaz', 'Dan Weber'].map((name, k) => `<tr><td>${k + 1}.</td><td>${name}</td><td>Harbour Swimmers</td><td>${21 + k}:0${k}</td></tr>`).join('')}</table></div><div id="respond" class="comment-respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked with a star, and comments are held for moderation before they appear.</p></div>${footer}</body></html>`,
    },
    {
      name: 'an HTML fragment (no <html>/<body>) is left to the other rules',
      format: 'html',
      input: `<nav><a href="/">Home</a> <a href="/ferries/">Ferries</a></nav><div class="entry-content">${EN.map((p) => `<p>${p}</p>`).join('')}</div><aside class="widget-area"><h2>Recent Posts</h2><ul><li><a href="/a/">Storm closes the causeway again</a></li></ul></aside>`,
    },
    {
      name: 'a text dump is left to the other rules',
      format: 'text',
      input: ['Home', 'Ferries', 'Islands', ...EN, 'Recent Posts', '- [Storm closes the causeway again](/a/)', '© 2024 Harbour Notes'].join('\n'),
    },
  ],
});
