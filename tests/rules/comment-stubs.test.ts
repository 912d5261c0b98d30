import { commentStubs } from '../../src/rules/comment-stubs.js';
import { dump, testRule } from '../support/rule-tester.js';

const P1 = 'The night market reopened on Friday after three months of repairs to the covered square and its drains.';
const P2 = 'Stallholders said the first weekend was busier than any since the spring, with queues at the noodle stands past midnight.';
const DE = 'Der Nachtmarkt hat am Freitag nach drei Monaten Bauarbeiten wieder geöffnet, und die Händler sind zufrieden.';
const FR = 'Le marché de nuit a rouvert vendredi après trois mois de travaux sur la place couverte et ses égouts.';
const ES = 'El mercado nocturno reabrió el viernes tras tres meses de obras en la plaza cubierta y sus desagües.';
const PT = 'O mercado noturno reabriu na sexta-feira depois de três meses de obras na praça coberta e nos esgotos.';
const IT = 'Il mercato notturno ha riaperto venerdì dopo tre mesi di lavori nella piazza coperta e nelle fognature.';

testRule(commentStubs, {
  remove: [
    {
      name: 'WordPress comment-list headings with the title: "3 responses to", "11 Antworten zu"',
      format: 'text',
      input: dump(P1, P2, '3 Responses to “The night market reopens”', DE, '11 Antworten zu „Der Nachtmarkt öffnet wieder“'),
      removed: ['3 Responses to “The night market reopens”', '11 Antworten zu „Der Nachtmarkt öffnet wieder“'],
      output: `${P1}\n\n${P2}\n\n${DE}`,
    },
    {
      name: 'comment policies addressed to the reader (en, pt)',
      format: 'text',
      input: dump(P1, P2, 'As you comment, please be respectful of other commenters. Comments are moderated before they appear.', 'ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.'),
      removed: ['As you comment, please be respectful of other commenters. Comments are moderated before they appear.\nATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Blogger "Comments / Post a Comment" at the end',
      format: 'text',
      input: dump(P1, P2, 'Comments', 'Post a Comment'),
      removed: ['Comments\nPost a Comment'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a bare "Comments" heading closing the dump',
      format: 'text',
      input: dump(P1, P2, '## Comments'),
      removed: ['Comments'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'a news site\'s "Top Rated Comments" heading',
      format: 'text',
      input: dump(P1, P2, 'Top Rated Comments'),
      removed: ['Top Rated Comments'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'Blogger feed link and comment count',
      format: 'text',
      input: dump(P1, '3 comments:', P2, 'Subscribe to: Post Comments (Atom)'),
      removed: ['3 comments:', 'Subscribe to: Post Comments (Atom)'],
      output: `${P1}\n\n${P2}`,
    },
    {
      name: 'WordPress comment form',
      format: 'text',
      input: dump(
        P1,
        'Leave a Reply Cancel reply',
        'Leave a Reply',
        'Cancel reply',
        'Your email address will not be published. Required fields are marked *',
        'Comment *',
        'Name *',
        'Email *',
        'Website',
        'Save my name, email, and website in this browser for the next time I comment.',
        'Post Comment',
        'This site uses Akismet to reduce spam. Learn how your comment data is processed.',
      ),
      removed: [
        'Leave a Reply Cancel reply\nLeave a Reply\nCancel reply\nYour email address will not be published. Required fields are marked *\nComment *\nName *\nEmail *\nWebsite\nSave my name, email, and website in this browser for the next time I comment.\nPost Comment\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.',
      ],
      output: P1,
    },
    {
      name: 'Disqus noscript text',
      format: 'text',
      input: dump(P1, 'Please enable JavaScript to view the comments powered by Disqus.', 'comments powered by Disqus'),
      removed: ['Please enable JavaScript to view the comments powered by Disqus.\ncomments powered by Disqus'],
      output: P1,
    },
    {
      name: "German WordPress form, with the form's two notices on one line",
      format: 'text',
      input: dump(DE, 'Schreibe einen Kommentar', 'Antworten abbrechen', 'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.'),
      removed: ['Schreibe einen Kommentar\nAntworten abbrechen\nDeine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.'],
      output: DE,
    },
    {
      name: "WordPress.com's comment form, in German and English",
      format: 'text',
      input: dump(
        DE,
        '',
        'Gib hier deinen Kommentar ein ...',
        'Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:',
        'E-Mail (erforderlich) (Adresse wird niemals veröffentlicht)',
        'Du kommentierst mit Deinem WordPress.com-Konto. ( Abmelden / Ändern )',
        'Verbinde mit %s',
        '',
        P1,
        '',
        'Enter your comment here...',
        'Email (required) (Address never made public)',
        'You are commenting using your WordPress.com account. ( Log Out / Change )',
        'Connecting to %s',
      ),
      removed: [
        'Gib hier deinen Kommentar ein ...\nTrage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:\nE-Mail (erforderlich) (Adresse wird niemals veröffentlicht)\nDu kommentierst mit Deinem WordPress.com-Konto. ( Abmelden / Ändern )\nVerbinde mit %s',
        'Enter your comment here...\nEmail (required) (Address never made public)\nYou are commenting using your WordPress.com account. ( Log Out / Change )\nConnecting to %s',
      ],
      output: `${DE}\n\n${P1}`,
    },
    {
      name: "the form's two notices on one line, alone after the article (fr, pt, it)",
      format: 'text',
      input: dump(
        FR,
        '',
        'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
        '',
        PT,
        '',
        'O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *',
        '',
        IT,
        '',
        'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *',
      ),
      removed: [
        'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
        'O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *',
        'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *',
      ],
      output: [FR, PT, IT].join('\n\n'),
    },
    {
      name: 'French comment heading and count',
      format: 'text',
      input: dump(FR, '2 commentaires', 'Laisser un commentaire', 'Annuler la réponse'),
      removed: ['2 commentaires\nLaisser un commentaire\nAnnuler la réponse'],
      output: FR,
    },
    {
      name: 'Spanish Blogger stub',
      format: 'text',
      input: dump(ES, 'Comentarios', 'Publicar un comentario'),
      removed: ['Comentarios\nPublicar un comentario'],
      output: ES,
    },
    {
      name: 'Portuguese form heading',
      format: 'text',
      input: dump(PT, 'Deixe um comentário', 'Cancelar resposta'),
      removed: ['Deixe um comentário\nCancelar resposta'],
      output: PT,
    },
    {
      name: 'Italian form heading',
      format: 'text',
      input: dump(IT, 'Lascia un commento', 'Annulla risposta'),
      removed: ['Lascia un commento\nAnnulla risposta'],
      output: IT,
    },
    {
      name: 'WordPress comments area in HTML, with its thread',
      format: 'html',
      input: `<div class="entry-content"><p>${P1}</p></div><div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “Night market”</h2><ol class="comment-list"><li class="comment"><article class="comment-body"><div class="comment-content"><p>We went on Saturday and it was lovely, though the queue for dumplings took an hour.</p></div></article></li></ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3></div></div>`,
      removed: ['2 thoughts on “Night market”\nWe went on Saturday and it was lovely, though the queue for dumplings took an hour.\nLeave a Reply'],
      output: P1,
    },
    {
      name: 'Disqus thread in HTML',
      format: 'html',
      input: `<p>${P1}</p><div id="disqus_thread"></div><p class="dsq-note">Comments are closed.</p>`,
      removed: ['Comments are closed.'],
      output: P1,
    },
  ],
  keep: [
    { name: 'a news sentence about comment moderation, in the third person', format: 'text', input: dump(P1, 'The market board said it had moderated comments on its page after a row over the new stall fees.', P2) },
    { name: 'a sentence about comments', format: 'text', input: dump(P1, 'Comments from stallholders were mostly positive, and the council plans a survey.', P2) },
    { name: '"Comments" heading followed by article prose', format: 'text', input: dump(P1, '## Comments from readers', P2, P1) },
    { name: 'a bare "Comments" heading mid-article', format: 'text', input: dump(P1, 'Comments', P2, P1) },
    { name: '"Name" as a line of a form described in the article', format: 'text', input: dump(P1, 'Name', P2) },
    { name: 'a quote that ends "… he said"', format: 'text', input: dump(P1, 'Nobody expected the queues to be this long, the owner said', P2) },
    { name: 'prose that begins "Leave a comment"', format: 'text', input: dump(P1, 'Leave a comment in the box by the stall if you want the market to stay open late next year.', P2) },
    { name: 'German prose mentioning comments', format: 'text', input: dump(DE, 'Kommentare der Händler waren überwiegend positiv.', DE) },
  ],
});
