import { shareWidgets } from '../../src/rules/share-widgets.js';
import { dump, testRule } from '../support/rule-tester.js';

const P1 = 'The harbour council met on Tuesday to decide the future of the old ferry pier, which has been closed since the storm.';
const P2 = 'Residents who spoke at the meeting asked for the pier to be rebuilt in stone rather than timber, citing the cost of repairs.';
const DE = 'Der Stadtrat hat am Dienstag beschlossen, die alte Fähranlegestelle bis zum Sommer vollständig zu erneuern.';
const FR = 'Le conseil municipal a décidé mardi de rénover entièrement l’ancien embarcadère avant l’été prochain.';
const ES = 'El ayuntamiento decidió el martes renovar por completo el antiguo muelle antes del próximo verano.';
const PT = 'A câmara municipal decidiu na terça-feira renovar completamente o antigo cais antes do próximo verão.';
const IT = 'Il consiglio comunale ha deciso martedì di rinnovare completamente il vecchio molo entro la prossima estate.';

testRule(shareWidgets, {
  remove: [
    {
      name: "a recipe's print and Pinterest buttons glued (de), and a magazine's tools",
      format: 'text',
      input: dump(DE, 'Rezept drucken Bei Pinterest speichern', P1, 'Ausgabe kaufen', 'Leserbrief schreiben'),
      removed: ['Rezept drucken Bei Pinterest speichern', 'Ausgabe kaufen\nLeserbrief schreiben'],
      output: `${DE}\n\n${P1}`,
    },
    {
      name: "a recipe's buttons glued into one line (de)",
      format: 'text',
      input: dump('Zum Rezept Drucken Pinnen', DE, P1),
      removed: ['Zum Rezept Drucken Pinnen'],
      output: `${DE}\n\n${P1}`,
    },
    {
      name: 'a German "recommend this" button',
      format: 'text',
      input: dump(DE, P1, 'Empfiehl dies deinen Freunden.'),
      removed: ['Empfiehl dies deinen Freunden.'],
      output: `${DE}\n\n${P1}`,
    },
    {
      name: 'a German share box\'s label, and the Chinese "report an error" button',
      format: 'text',
      input: dump(DE, 'Den Artikel mit anderen teilen:', P1, '【纠错】'),
      removed: ['Den Artikel mit anderen teilen:', '【纠错】'],
      output: `${DE}\n\n${P1}`,
    },
    {
      name: 'a share row with an icon font\'s text read out before each button ("Icon Facebook Icon Twitter …")',
      format: 'text',
      // Blank lines around it, as converters print blocks: without them it is as wide as the prose and reads as wrapped with it.
      input: dump(P1, '', 'Icon Facebook Icon Twitter Icon LinkedIn Icon Google Plus Icon WhatsApp Icon Email', '', P2),
      removed: ['Icon Facebook Icon Twitter Icon LinkedIn Icon Google Plus Icon WhatsApp Icon Email'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: '"Copy link" and "Copy URL" above the story',
      format: 'text',
      input: dump('Copy link', 'Copy URL', P1, P2),
      removed: ['Copy link\nCopy URL'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Blogger share menu as bullets, top and bottom',
      format: 'text',
      input: dump('- Get link', '- Facebook', '- X', '- Pinterest', '- Email', '- Other Apps', P1, P2, '- Get link', '- X', '- Other Apps'),
      removed: ['Get link\nFacebook\nX\nPinterest\nEmail\nOther Apps', 'Get link\nX\nOther Apps'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Blogger classic buttons glued by a converter',
      format: 'text',
      input: dump(P1, 'Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest', P2),
      removed: ['Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Jetpack "Share this:" and "Like this:" blocks',
      format: 'text',
      input: dump(P1, P2, 'Share this:', 'Twitter', 'Facebook', 'Email', 'Print', '', 'Like this:', 'Like Loading...'),
      removed: ['Share this:\nTwitter\nFacebook\nEmail\nPrint\nLike this:\nLike Loading...'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Jetpack likes with a separate "Loading..." line',
      format: 'text',
      input: dump(P1, 'Like this:', 'Like', 'Loading...', 'Be the first to like this.'),
      removed: ['Like this:\nLike\nLoading...\nBe the first to like this.'],
      output: P1,
    },
    {
      name: 'Jetpack hidden labels as a dump shows them',
      format: 'text',
      input: dump(P1, 'Click to share on Twitter (Opens in new window)', 'Click to share on Facebook (Opens in new window)', 'Click to email a link to a friend (Opens in new window)'),
      removed: ['Click to share on Twitter (Opens in new window)\nClick to share on Facebook (Opens in new window)\nClick to email a link to a friend (Opens in new window)'],
      output: P1,
    },
    {
      name: 'Medium-style "Share on" lines',
      format: 'text',
      input: dump(P1, 'Share on Twitter', 'Share on Facebook', 'Share on LinkedIn', P2),
      removed: ['Share on Twitter\nShare on Facebook\nShare on LinkedIn'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'German Jetpack "Teilen mit:"',
      format: 'text',
      input: dump(DE, 'Teilen mit:', 'Klicken, um auf Twitter zu teilen (Wird in neuem Fenster geöffnet)', 'Facebook', 'E-Mail', 'Drucken', 'Gefällt mir:', 'Gefällt mir Wird geladen...'),
      removed: ['Teilen mit:\nKlicken, um auf Twitter zu teilen (Wird in neuem Fenster geöffnet)\nFacebook\nE-Mail\nDrucken\nGefällt mir:\nGefällt mir Wird geladen...'],
      output: DE,
    },
    {
      name: "an audio player's label, a feedback widget's question and a corrections link (en, de)",
      format: 'text',
      input: dump('Listen to this article', P1, P2, 'Was this article helpful?', 'Report an error', DE, 'Artikel anhören'),
      removed: ['Listen to this article', 'Was this article helpful?\nReport an error', 'Artikel anhören'],
      output: [P1, P2, DE].join('\n\n'),
    },
    {
      name: "a rating widget's prompt (en, de, es, fr)",
      format: 'text',
      input: dump(P1, 'Rate this article', P2, 'Bewerten Sie diesen Artikel', DE, 'Valora esta noticia', FR, 'Évaluez cet article'),
      removed: ['Rate this article', 'Bewerten Sie diesen Artikel', 'Valora esta noticia', 'Évaluez cet article'],
      output: [P1, P2, DE, FR].join('\n\n'),
    },
    {
      name: 'a German call to share the post on a network, alone on a line',
      format: 'text',
      input: dump(DE, 'Teile diesen Beitrag auf Social Media.', P1),
      removed: ['Teile diesen Beitrag auf Social Media.'],
      output: `${DE}\n\n${P1}`,
    },
    {
      name: 'the Sociable plugin\'s heading over its buttons',
      format: 'text',
      input: dump(P1, P2, 'Be Sociable, Share!'),
      removed: ['Be Sociable, Share!'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'German Jetpack buttons in the informal "Klick, um …" wording, under a bare "Teilen"',
      format: 'text',
      input: dump(DE, '', 'Teilen', '', 'Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)', 'Klick, um auf Pinterest zu teilen (Wird in neuem Fenster geöffnet)', 'Klick, um dies einem Freund per E-Mail zu senden (Wird in neuem Fenster geöffnet)', 'Klick, um zu drucken (Wird in neuem Fenster geöffnet)'),
      removed: ['Teilen\nKlick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)\nKlick, um auf Pinterest zu teilen (Wird in neuem Fenster geöffnet)\nKlick, um dies einem Freund per E-Mail zu senden (Wird in neuem Fenster geöffnet)\nKlick, um zu drucken (Wird in neuem Fenster geöffnet)'],
      output: DE,
    },
    {
      name: 'German share headings alone: Jetpack\'s older "Teilen Sie dies mit:", "Diesen Artikel teilen:", "Diese Geschichte teilen"',
      format: 'text',
      input: dump(DE, '', 'Teilen Sie dies mit:', '', DE, '', 'Diesen Artikel teilen:', '', DE, '', 'Diese Geschichte teilen'),
      removed: ['Teilen Sie dies mit:', 'Diesen Artikel teilen:', 'Diese Geschichte teilen'],
      output: [DE, DE, DE].join('\n\n'),
    },
    {
      name: 'German page tools alone: "Seite teilen", "Mit Freunden teilen", "Seite drucken", "Rezept drucken", "Der Link wurde kopiert"',
      format: 'text',
      input: dump(DE, '', 'Seite teilen', '', DE, '', 'Mit Freunden teilen', '', DE, '', 'Seite drucken', '', 'Rezept drucken', '', DE, '', 'Auf Telegram teilen', 'Twittern', 'Der Link wurde kopiert'),
      removed: ['Seite teilen', 'Mit Freunden teilen', 'Seite drucken\nRezept drucken', 'Auf Telegram teilen\nTwittern\nDer Link wurde kopiert'],
      output: [DE, DE, DE, DE].join('\n\n'),
    },
    {
      name: 'English print and share labels: "Print Recipe", "Print this page", "Share this article:", a recipe card\'s buttons',
      format: 'text',
      input: dump(P1, '', 'Print Recipe', '', P2, '', 'Share this article:', '', P1, '', 'Print this page', '', P2, '', 'Jump to RecipePrint Recipe', '', 'Pin Recipe', '', 'Link Copied'),
      removed: ['Print Recipe', 'Share this article:', 'Print this page', 'Jump to RecipePrint Recipe\nPin Recipe\nLink Copied'],
      output: [P1, P2, P1, P2].join('\n\n'),
    },
    {
      name: 'French "Partager :" buttons',
      format: 'text',
      input: dump(FR, 'Partager :', 'Cliquez pour partager sur Telegram(ouvre dans une nouvelle fenêtre)', 'Imprimer', 'J’aime'),
      removed: ['Partager :\nCliquez pour partager sur Telegram(ouvre dans une nouvelle fenêtre)\nImprimer\nJ’aime'],
      output: FR,
    },
    {
      name: 'Spanish "Compártelo:" buttons',
      format: 'text',
      input: dump(ES, 'Compártelo:', 'Haz clic para compartir en Twitter (Se abre en una ventana nueva)', 'Facebook', 'Me gusta:', 'Me gusta Cargando...'),
      removed: ['Compártelo:\nHaz clic para compartir en Twitter (Se abre en una ventana nueva)\nFacebook\nMe gusta:\nMe gusta Cargando...'],
      output: ES,
    },
    {
      name: 'Portuguese "Compartilhe isso:" buttons',
      format: 'text',
      input: dump(PT, 'Compartilhe isso:', 'Clique para compartilhar no Facebook(abre em nova janela)', 'Clique para enviar por email a um amigo(abre em nova janela)'),
      removed: ['Compartilhe isso:\nClique para compartilhar no Facebook(abre em nova janela)\nClique para enviar por email a um amigo(abre em nova janela)'],
      output: PT,
    },
    {
      name: 'Italian "Condividi:" buttons',
      format: 'text',
      input: dump(IT, 'Condividi:', 'Fai clic qui per condividere su Twitter (Si apre in una nuova finestra)', 'WhatsApp', 'Stampa'),
      removed: ['Condividi:\nFai clic qui per condividere su Twitter (Si apre in una nuova finestra)\nWhatsApp\nStampa'],
      output: IT,
    },
    {
      name: 'social icon row after the article (no share word, at the edge)',
      format: 'text',
      input: dump(P1, P2, 'Facebook', 'Twitter', 'LinkedIn'),
      removed: ['Facebook\nTwitter\nLinkedIn'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Jetpack sharedaddy block in HTML',
      format: 'html',
      input: `<div class="entry-content"><p>${P1}</p><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button share-icon" href="#"><span>Twitter</span></a></li><li class="share-facebook"><a class="share-facebook sd-button share-icon" href="#"><span>Facebook</span></a></li></ul></div></div></div></div>`,
      removed: ['Share this:\nTwitter\nFacebook'],
      output: P1,
    },
    {
      name: 'AddToAny kit in HTML',
      format: 'html',
      input: `<p>${P1}</p><div class="a2a_kit a2a_kit_size_32 addtoany_list"><a class="a2a_button_facebook" href="#">Facebook</a><a class="a2a_button_x" href="#">X</a><a class="a2a_dd" href="#">Share</a></div><p>${P2}</p>`,
      removed: ['FacebookXShare'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Blogger 2017+ share menu in HTML, found by its labels',
      format: 'html',
      input: `<article><p>${P1}</p><ul class="menu"><li><a href="#">Get link</a></li><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Other Apps</a></li></ul></article>`,
      removed: ['Get link\nFacebook\nX\nOther Apps'],
      output: P1,
    },
  ],
  keep: [
    { name: 'a line about an icon, between paragraphs', format: 'text', input: dump(P1, 'Icon', P2) },
    { name: 'a lone "X" between paragraphs', format: 'text', input: dump(P1, 'X', P2) },
    { name: 'a lone "Email" heading inside the article', format: 'text', input: dump(P1, '## Email', P2) },
    {
      name: 'a list of social networks inside the article',
      format: 'text',
      input: dump(P1, 'The survey asked which networks they used most:', '- Facebook', '- Instagram', '- TikTok', P2),
    },
    { name: 'a sentence about sharing', format: 'text', input: dump(P1, 'Share your thoughts with your neighbours before the vote on Friday.', P2) },
    { name: '"like this:" in a tutorial', format: 'text', input: dump(P1, 'Then fold the paper like this:', '- Crease the top edge.', P2) },
    {
      name: 'an embedded tweet in HTML',
      format: 'html',
      input: `<p>${P1}</p><blockquote class="twitter-tweet"><p>The pier is finally open again!</p>— Harbour News (@harbournews) <a href="#">May 3, 2024</a></blockquote><p>${P2}</p>`,
    },
    {
      name: 'a "share" class on the article wrapper',
      format: 'html',
      input: `<div class="share-bar-article"><div class="post-share"><p>${P1}</p><p>${P2}</p><p>${P1}</p><p>${P2}</p></div></div>`,
    },
    { name: 'German prose that says "Teilen"', format: 'text', input: dump(DE, 'Teilen Sie Ihre Meinung mit uns, bevor der Rat im Juni abstimmt.', DE) },
  ],
});
