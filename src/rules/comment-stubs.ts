/**
 * Comment sections, stubs and forms: "Comments", "Post a Comment", "Leave a
 * Reply", "N comments", WordPress's comment form, Blogger's "Subscribe to:
 * Post Comments (Atom)", Disqus. A bare "Comments" heading is a stub when it
 * closes the dump or sits beside other comment furniture; a sentence that
 * talks about comments is text.
 */
import { labelRuns, runVerdicts, atArticleEdge, type LabelStrength } from './lib/runs.js';
import { labelSequence, phraseSet } from './lib/phrases.js';
import { textJudgement } from './lib/text-judgement.js';
import type { Rule, RuleContext, Verdict } from './types.js';
import { onFirstUse } from '../text/first-use.js';

/** Unambiguous on their own. */
const COMMENT_LIST = [
  // en: Blogger, WordPress, Disqus, Medium, Substack
  'post a comment', 'leave a reply', 'leave a comment', 'leave a reply to {*}', 'add comment', 'add a comment',
  'add new comment', 'write a comment', 'write a comment...', 'write a response...', 'no comments:', 'no comments',
  '{n} comments:', '{n} comments', '{n} comment', 'one comment', 'one comment:', '{n} responses', 'responses ({n})',
  '{n} replies', 'be the first to comment', 'be the first to comment!', 'be the first to comment.',
  'comments are closed.', 'comments are closed', 'comments closed', 'comments off',
  'subscribe to: post comments (atom)', 'subscribe to: comments (atom)', 'post comments (atom)', 'cancel reply',
  'your email address will not be published.', 'your email address will not be published',
  'required fields are marked *', 'your email address will not be published. required fields are marked *',
  'save my name, email, and website in this browser for the next time i comment.',
  'this site uses akismet to reduce spam. learn how your comment data is processed.',
  'notify me of follow-up comments by email.', 'notify me of new posts by email.', 'notify me of new comments via email.',
  'post comment', 'submit comment', 'add your comment', 'newer comments', 'older comments', 'load more comments',
  'view comments', 'show comments', 'view all comments', 'see all comments', 'hide comments', 'join the discussion',
  'join the conversation', 'discussion about this post', 'top rated comments', 'top comments', 'most liked comments', 'please enable javascript to view the comments powered by disqus.',
  'please enable javascript to view the comments.', 'please enable javascript to view the comments',
  'comments powered by disqus', 'blog comments powered by disqus', 'note: only a member of this blog may post a comment.',
  'this comment has been removed by a blog administrator.', 'this comment has been removed by the author.',
  'links to this post', 'create a link', '{n} thoughts on "{*}"', 'one thought on "{*}"', '{n} thoughts on {*}',
  '{n} responses to "{*}"', 'one response to "{*}"', '{n} replies to "{*}"', 'one reply to "{*}"',
  'one thought on {*}', 'you must be logged in to post a comment.', 'log in to reply', 'log in to comment',
  // The Thesis theme's count above its thread: "{ 38 comments… read them below or add one }".
  '{ {n} comments… read them below or add one }', '{ {n} comment… read it below or add one }', '{ {n} comments… add one now }',
  '{n} comments… read them below or add one', '{n} comment… read it below or add one', '{n} comments… add one now',
  // WordPress's "Log in to Reply" in de/fr/es/pt/it.
  'zum antworten anmelden', 'connectez-vous pour répondre', 'inicia sesión para responder', 'faça login para responder', 'accedi per rispondere',
  'comment *', 'name *', 'email *', 'name (required)', 'email (required)', 'mail (will not be published)',
  'mail (will not be published) (required)', 'your comment', 'enter your comment here...', 'fill in your details below or click an icon to log in:',
  // WordPress.com's comment form.
  'email (required) (address never made public)', 'you are commenting using your {*}', 'connecting to %s',
  'total comments: {n}', 'comments total: {n}', 'no responses so far', 'no response so far', 'no responses so far »', 'no response so far »', 'no responses yet',
  '{n} comments on {*}', 'comments ({n})', 'comment ({n})', 'comments (+)', 'show comments ({n})', 'view comments ({n})', '{*} said...', '{*} says:', '{*} on {*} said:', '{*} at {*} said:', '{*} on {*} says:',
  // de
  'schreibe einen kommentar', 'schreibe einen kommentar zu {*}', 'kommentar schreiben', 'kommentar verfassen',
  'hinterlasse eine antwort', 'hinterlasse einen kommentar', 'antworten abbrechen', 'antwort abbrechen',
  'deine e-mail-adresse wird nicht veröffentlicht.', 'ihre e-mail-adresse wird nicht veröffentlicht.',
  'erforderliche felder sind mit * markiert', 'erforderliche felder sind mit * markiert.', '{n} kommentare',
  // uCoz's count under a post.
  'kommentare insgesamt: {n}', 'всего комментариев: {n}', 'bisher keine kommentare', 'noch keine kommentare',
  // WordPress's count over the thread without quotes around the title.
  '{n} antworten zu {*}', '{n} gedanken zu {*}', '{n} kommentare zu {*}',
  // The form's two notices on one line, as WordPress prints them.
  'deine e-mail-adresse wird nicht veröffentlicht. erforderliche felder sind mit * markiert',
  'deine e-mail-adresse wird nicht veröffentlicht. erforderliche felder sind mit * markiert.',
  'ihre e-mail-adresse wird nicht veröffentlicht. erforderliche felder sind mit * markiert',
  'ihre e-mail-adresse wird nicht veröffentlicht. erforderliche felder sind mit * markiert.',
  '{n} kommentar', 'ein kommentar', 'kommentare sind geschlossen.', 'es gibt noch keine kommentare.',
  'keine kommentare', 'du musst angemeldet sein, um einen kommentar abzugeben.', 'kommentar abschicken', 'kommentar hinzufügen',
  'meinen namen, meine e-mail-adresse und meine website in diesem browser für die nächste kommentierung speichern.',
  'neueste kommentare', '{*} sagt:',
  'gib hier deinen kommentar ein ...', 'gib hier deinen kommentar ein...', 'trage deine daten unten ein oder klicke ein icon um dich einzuloggen:',
  'e-mail (erforderlich) (adresse wird niemals veröffentlicht)', 'name (erforderlich)', 'du kommentierst mit deinem {*}', 'verbinde mit %s',
  'benachrichtigung bei weiteren kommentaren per e-mail senden.', 'informiere mich über neue beiträge per e-mail.', '{n} gedanken zu "{*}"', 'ein gedanke zu "{*}"', '{n} antworten zu "{*}"',
  'eine antwort zu "{*}"', '{n} kommentare zu "{*}"', 'ein kommentar zu "{*}"',
  'kommentare geschlossen', 'leider sind keine kommentare möglich.', 'kommentare sind deaktiviert.', 'die kommentarfunktion ist deaktiviert.',
  // fr
  'votre commentaire *', 'votre commentaire :', 'votre commentaire : *', 'laisser un commentaire', 'laisser une réponse', 'laisser un commentaire à {*}', 'annuler la réponse',
  'annuler la réponse.', 'votre adresse de messagerie ne sera pas publiée.', 'votre adresse e-mail ne sera pas publiée.',
  'votre adresse email ne sera pas publiée.', 'les champs obligatoires sont indiqués avec *',
  'votre adresse e-mail ne sera pas publiée. les champs obligatoires sont indiqués avec *',
  'votre adresse de messagerie ne sera pas publiée. les champs obligatoires sont indiqués avec *',
  '{n} commentaires', '{n} commentaire', 'un commentaire', 'ajouter un commentaire', 'votre commentaire',
  'les commentaires sont fermés.', 'aucun commentaire', 'soyez le premier à commenter', 'laisser un commentaire annuler la réponse',
  'enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.',
  'une réflexion sur « {*} »', 'une réflexion au sujet de « {*} »', '{n} réflexions sur « {*} »', '{*} dit :',
  // es
  'deja una respuesta', 'deja un comentario', 'dejar un comentario', 'cancelar respuesta',
  'tu dirección de correo electrónico no será publicada.', 'tu dirección de correo electrónico no será publicada. los campos obligatorios están marcados con *',
  'los campos obligatorios están marcados con *', 'publicar el comentario', 'publicar comentario',
  'publicar un comentario', 'publicar un comentario en la entrada', '{n} comentarios', '{n} comentario',
  'un comentario', 'no hay comentarios:', 'no hay comentarios', 'sé el primero en comentar',
  'los comentarios están cerrados.', 'nota: solo los miembros de este blog pueden publicar comentarios.',
  'suscribirse a: enviar comentarios (atom)', 'suscribirse a: comentarios de la entrada (atom)', '{*} dijo...', '{*} dice:',
  // pt
  'deixe uma resposta', 'deixe um comentário', 'deixe seu comentário', 'cancelar resposta',
  'o seu endereço de e-mail não será publicado.', 'seu endereço de e-mail não será publicado.',
  'seu e-mail não será publicado.', 'campos obrigatórios são marcados com *', '{n} comentários', '{n} comentário',
  'o seu endereço de e-mail não será publicado. campos obrigatórios são marcados com *',
  'seu endereço de e-mail não será publicado. campos obrigatórios são marcados com *',
  'um comentário', 'postar um comentário', 'publicar comentário', 'enviar comentário', 'nenhum comentário:',
  'nenhum comentário', 'seja o primeiro a comentar', 'os comentários estão encerrados.',
  'assinar: postar comentários (atom)', 'assinar: postar comentários', '{*} disse...', '{*} disse:',
  // it
  'lascia un commento', 'lascia una risposta', 'annulla risposta', 'il tuo indirizzo email non sarà pubblicato.',
  "l'indirizzo email non verrà pubblicato.", 'i campi obbligatori sono contrassegnati *',
  'il tuo indirizzo email non sarà pubblicato. i campi obbligatori sono contrassegnati *',
  "l'indirizzo email non verrà pubblicato. i campi obbligatori sono contrassegnati *",
  '{n} commenti', '{n} commento', 'un commento', 'pubblica un commento', 'posta un commento', 'invia commento',
  'nessun commento:', 'nessun commento', 'sii il primo a commentare', 'i commenti sono chiusi.',
  'iscriviti a: commenti sul post (atom)', '{*} ha detto...', '{*} ha detto:',
  'salva il mio nome, email e sito web in questo browser per la prossima volta che commento.',
  'salvar meus dados neste navegador para a próxima vez que eu comentar.',
  'guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.',
  'comentário *', 'nome *', 'e-mail *', 'comentario *', 'nombre *', 'correo electrónico *', 'commentaire *', 'nom *',
  'adresse e-mail *', 'kommentar *', 'name *', 'e-mail-adresse *', 'commento *', 'nome *', 'email *',
];
const COMMENT_PHRASES = phraseSet(COMMENT_LIST);

/** Ambiguous alone: a bare "Comments" heading, a form field label, a "Reply" link. */
const COMMENT_WORD_LIST = [
  'comments', 'comment', 'responses', 'discussion', 'reply', 'replies', 'delete', 'website', 'name', 'email',
  'e-mail', 'mail', 'url', 'restacks', 'kommentare', 'kommentar', 'antworten', 'commentaires', 'commentaire',
  'répondre', 'comentarios', 'comentario', 'responder', 'respuestas', 'comentários', 'comentário', 'respostas',
  'commenti', 'commento', 'rispondi', 'risposte', 'sito web', 'nome', 'site', 'sitio web', 'webseite', 'restack',
  'like', 'share', '{n}',
  // A blog's feed links: in a comment section's links as often as in a sidebar's "Meta" widget.
  'kommentarfeed', 'trackback-url', 'comments feed', 'comments rss',
];
const COMMENT_WORDS = phraseSet(COMMENT_WORD_LIST);

/** Comment labels a converter glued into one line ("CommentsRestacks", "Leave a Reply Cancel reply"). */
const gluedCommentLabels = labelSequence([...COMMENT_LIST, ...COMMENT_WORD_LIST].filter((l) => !l.includes('{')));

/** A line as a label of a comment section, by its text alone. */
const commentLabel = textJudgement((_text, norm, words): LabelStrength | undefined => {
  if (!norm || words > 30) return undefined;
  if (COMMENT_PHRASES.test(norm)) return 'strong';
  if (COMMENT_WORDS.test(norm)) return 'weak';
  const glued = gluedCommentLabels(norm);
  if (glued && glued.length >= 2 && glued.some((l) => /comment|kommentar|coment|comment|rispost|repl|antwort|répon|respu|respost/.test(l))) return 'strong';
  return undefined;
});

/**
 * A comment policy, addressed to the reader: "As you comment, please be respectful …", "Note: we
 * are moderating all comments …", "ATENÇÃO: Comentários … não serão aprovados pelo moderador." It
 * names comments and their moderation, and speaks to the reader (or opens with a notice word); a
 * news story about a platform's moderation reports in the third person. So is a notice that only
 * members may comment (LOGIN_TO_COMMENT).
 */
const COMMENT_NOUN = onFirstUse(() => /(?<!\p{L})(?:comments?|commenters?|commenting|comentários?|comentarios?|kommentare?|kommentieren|commentaires?|commenti|commentatori)(?!\p{L})/u);
const MODERATION = onFirstUse(() => /(?<!\p{L})(?:moderat\p{L}*|moderador\p{L}*|approv\p{L}*|aprovad\p{L}*|aprobad\p{L}*|freigeschaltet|respectful|respeit\p{L}*|respet\p{L}*|guidelines|policy|política|richtlinien|spam|offensive|abusive|civil)(?!\p{L})/u);
const TO_THE_READER = onFirstUse(() => /(?<!\p{L})(?:please|you|your|vous|votre|bitte|sie|ihre|você|seu|sua|usted|por favor|vi preghiamo|atenção|atencion|atención|attention|note|hinweis|nota|aviso)(?!\p{L})/u);
const POLICY_WORDS = 80;

/**
 * A notice that only members may comment: "You must be logged in to reply", "Sie müssen sich einloggen, um sich
 * an der Diskussion zu beteiligen", "Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette", "Para
 * comentar debes registrarte …", "Vous devez être connecté pour publier un commentaire". Matched on `norm`.
 */
const LOGIN_TO_COMMENT =
  /^(?:(?:you|sie|du) (?:must|need to|have to|müssen|musst) [^.]{0,40}?(?:logged in|log in|sign in|signed in|registered|register|angemeldet|eingeloggt|einloggen|registrieren)\b[^.]{0,60}?(?:comment|kommentar|kommentieren|diskussion|discussion|reply)|(?:please )?(?:log in|sign in|register|bitte (?:melden sie sich an|loggen sie sich ein|registrieren sie sich)|connectez-vous|inicia sesión|faça login|accedi)\b[^.]{0,40}?(?:comment|kommentar|kommentieren|diskussion|discussion|netiquette|commenter|comentar|commentare)|para comentar,? (?:debes|tienes que|es necesario|necesitas|é necessário|você precisa)|(?:debes|tienes que) (?:iniciar sesión|estar registrad[oa]|registrarte) para comentar|vous devez (?:être connecté|vous connecter|être inscrit)[^.]{0,30}?(?:commentaire|commenter)|(?:você precisa|é necessário) (?:estar logad[oa]|fazer login|estar cadastrad[oa]) para comentar|devi (?:essere (?:connesso|registrato|loggato)|effettuare il login|accedere) per (?:commentare|pubblicare))/u;
const LOGIN_TO_COMMENT_WORDS = 30;

/** A line as a comment policy, by its text alone. */
const commentPolicyText = textJudgement((_text, norm, words): boolean => {
  if (words > POLICY_WORDS) return false;
  if (words <= LOGIN_TO_COMMENT_WORDS && LOGIN_TO_COMMENT.test(norm)) return true;
  // Every COMMENT_NOUN alternative holds "omment" or "oment": two substring searches spare most lines its lookbehinds.
  const mentionsComments = norm.includes('omment') || norm.includes('oment');
  return mentionsComments && COMMENT_NOUN().test(norm) && mayBeModeration(norm) && MODERATION().test(norm) && TO_THE_READER().test(norm);
});

function isCommentPolicy(ctx: RuleContext, i: number): boolean {
  return ctx.blocks[i]!.kind !== 'heading' && ctx.byText(i, commentPolicyText);
}

/**
 * Whether `norm` holds a substring every MODERATION match holds ("modera" for moderat… and
 * moderador…, "respe" for respeit…, respet… and respectful): a line without one is spared
 * compiling MODERATION, milliseconds on a run's first use. Case-sensitive, as MODERATION is.
 */
const MODERATION_LITERALS = ['modera', 'approv', 'aprovad', 'aprobad', 'freigeschaltet', 'respe', 'guidelines', 'policy', 'política', 'richtlinien', 'spam', 'offensive', 'abusive', 'civil'];
function mayBeModeration(norm: string): boolean {
  return MODERATION_LITERALS.some((literal) => norm.includes(literal));
}

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  // Lines of a comment form ("This site uses Akismet …") go with the form, below.
  for (let i = 0; i < ctx.blocks.length; i++) {
    if (!ctx.removed(i) && isCommentPolicy(ctx, i) && ctx.byText(i, commentLabel) === undefined) yield { from: i, to: i + 1, reason: 'comment policy' };
  }
  for (const run of labelRuns(ctx, (i) => ctx.byText(i, commentLabel))) {
    if (run.strong > 0) {
      yield* runVerdicts(run.members, 'comment section furniture');
      continue;
    }
    // "Comments" alone after the last paragraph of the article is the stub of a comment section.
    const first = run.members[0]!;
    if (atArticleEdge(ctx, run) && first > ctx.lastProse && ctx.lastProse >= 0) {
      yield* runVerdicts(run.members, 'comment stub after the article');
    }
  }
}

export const commentStubs: Rule = {
  id: 'comment-stubs',
  category: 'comments',
  description: 'Comment sections, stubs and forms ("Comments", "Post a Comment", "Leave a Reply", "N comments", Disqus), in en/de/fr/es/pt/it',
  html: [
    { selector: '#comments, .comments-area, #respond, .comment-respond, #commentform, .comment-form, #comment-form', reason: 'comment section or form' },
    { selector: '.comment-list, .commentlist, ol.comments, .comments-content, .comment-footer', reason: 'comment list' },
    { selector: 'div#discussion, .comments-page', reason: 'Substack discussion' },
    { selector: '#disqus_thread, #dsq-comments, .disqus-comment-count, .fb-comments', reason: 'Disqus or Facebook comments' },
    { selector: '.comments-link, .comment-count, .comments-count', reason: 'comment count link', maxWords: 8 },
  ],
  text: textVerdicts,
};
