/**
 * Social share buttons and menus: Blogger's "Get link / Facebook / X /
 * Pinterest / Email / Other Apps", Jetpack's "Share this:" and "Like this:"
 * blocks, AddToAny, AddThis, ShareThis, Shareaholic and theme share bars.
 *
 * A label that only names a service ("X", "Email", "Facebook") is removed
 * only in a run of share labels that holds an unambiguous one ("Get link",
 * "Share this:", "Click to share on …"), or in a run of two or more at the
 * edge of the article or made of links. Anywhere else it is article text.
 */
import { labelRuns, runVerdicts, atArticleEdge, allLinks, type LabelStrength } from './lib/runs.js';
import { labelSequence, phraseSet } from './lib/phrases.js';
import { textJudgement } from './lib/text-judgement.js';
import type { Rule, RuleContext, Verdict } from './types.js';

/** Unambiguous on their own: nobody writes these as a line of an article. */
const SHARE_LIST = [
  // en
  'get link', 'copy link', 'copy url', 'other apps', 'share this:', 'share this', 'share this article', 'share this post', 'share this story',
  'share this page', 'share the post', 'share on facebook', 'share on twitter', 'share on x', 'share on linkedin',
  'share on pinterest', 'share on whatsapp', 'share on reddit', 'share on tumblr', 'share on telegram',
  'share on email', 'share via email', 'share by email', 'share via', 'share to twitter', 'share to x',
  'share to facebook', 'share to pinterest', 'share to other apps', 'email this', 'blogthis!', 'pin it', 'tweet this',
  'click to share on {*}', 'click to email this to a friend {*}', 'click to email a link to a friend {*}',
  'click to print {*}', 'opens in new window', '(opens in new window)', 'share this:{*}', 'share this on {*}', 'share on {*}', 'like this:',
  'be sociable, share!', 'be the first to like this.', '{n} bloggers like this.', 'one blogger likes this.', 'share article', 'copy link',
  'copy link to clipboard', 'share story', 'sharing is caring', 'spread the word', 'share with friends',
  'share {n}', '{n} shares', '{n} share', 'shares', 'link copied', 'link copied!', 'link copied to clipboard', 'share this article:', 'share this post:', 'share this story:', 'share this page:',
  'print this page', 'print this article', 'print article', 'print recipe', 'print this recipe',
  // An audio player's label, a feedback widget's question, a corrections form's link.
  'listen to this article', 'listen to this article {*}', 'listen to this story', 'listen to this story {*}', 'artikel anhören', 'diesen artikel anhören',
  'écouter cet article', 'escuchar este artículo', 'ouvir este artigo', 'ascolta questo articolo',
  'was this article helpful?', 'was this page helpful?', 'was this helpful?', 'war dieser artikel hilfreich?', 'war diese seite hilfreich?',
  'cet article vous a-t-il été utile ?', '¿te ha resultado útil este artículo?', 'report an error', 'report a typo', 'report a correction',
  'submit a correction', 'fehler melden', 'fehler gefunden?', 'signaler une erreur', '【纠错】', '纠错', '【糾錯】', '糾錯',
  // A rating widget's prompt.
  'rate this article', 'rate this post', 'rate this story', 'bewerten sie diesen artikel', 'bewerten sie dieses produkt', 'bewerten sie unser produkt',
  'artikel bewerten', 'beitrag bewerten', 'valora esta noticia', 'califica esta noticia', 'évaluez cet article', 'notez cet article',
  'avalie esta notícia', 'avalie este artigo', 'vota questo articolo', 'valuta questo articolo',
  // WP Recipe Maker's and Tasty Recipes' buttons above a recipe card.
  'jump to recipe', 'pin recipe', 'rate recipe', 'save recipe', 'zum rezept springen', 'zum rezept', 'rezept pinnen', 'rezept merken',
  'save to pinterest', 'bei pinterest speichern', 'auf pinterest speichern', 'auf pinterest merken',
  // A magazine's tools beside the article.
  'ausgabe kaufen', 'heft kaufen', 'leserbrief schreiben',
  // de
  'teilen mit:', 'teilen mit', 'teilen sie dies mit:', 'teilen sie dies mit', 'sharen mit:', 'diesen artikel teilen', 'diesen artikel teilen:',
  'diesen beitrag teilen', 'diesen beitrag teilen:', 'diese geschichte teilen', 'beitrag teilen', 'artikel teilen',
  'auf facebook teilen', 'auf twitter teilen', 'auf x teilen', 'auf whatsapp teilen', 'auf linkedin teilen',
  'per e-mail teilen', 'per mail teilen', 'klicken, um auf {*} zu teilen', 'klicken, um {*} zu drucken',
  'klicke, um dies einem freund per e-mail zu senden {*}', 'klick, um dies einem freund per e-mail zu senden {*}',
  'klick, um auf {*} zu teilen', 'klicke, um auf {*} zu teilen', 'klick, um {*} zu drucken', 'klicke, um {*} zu drucken', 'gefällt mir:', 'sei der erste dem dies gefällt',
  'sei der erste, dem dies gefällt.', 'einem blogger gefällt dies.', '{n} bloggern gefällt das.', 'link kopieren',
  'auf messenger teilen', 'auf telegram teilen', 'auf pinterest teilen', 'auf xing teilen', 'auf reddit teilen', 'per whatsapp teilen',
  'der link wurde kopiert', 'das link wurde kopiert', 'link wurde kopiert', 'link kopiert',
  'seite teilen', 'diese seite teilen', 'mit freunden teilen', 'teile diesen beitrag', 'teile diesen artikel', 'news teilen',
  'teile diesen beitrag auf {*}', 'teile diesen artikel auf {*}', 'den artikel mit anderen teilen', 'den artikel mit anderen teilen:',
  'den artikel mit anderen teilen/diskutieren', 'den artikel mit anderen teilen/diskutieren:', 'den beitrag mit anderen teilen', 'den beitrag mit anderen teilen:',
  'empfiehl dies deinen freunden', 'empfiehl dies deinen freunden.', 'diesen artikel empfehlen', 'artikel empfehlen', 'beitrag empfehlen',
  'news teilen:', 'seite drucken', 'diese seite drucken', 'artikel drucken', 'beitrag drucken', 'rezept drucken',
  // fr
  'partager :', 'partager sur facebook', 'partager sur twitter', 'partager sur x', 'partager sur linkedin',
  'partager sur whatsapp', 'partager sur pinterest', 'partager sur tumblr', 'partager par e-mail',
  'partager par email', 'cliquez pour partager sur {*}', 'cliquer pour partager sur {*}', 'cliquer pour imprimer {*}',
  'cliquez pour imprimer {*}', 'cliquer pour envoyer un lien par e-mail à un ami {*}', 'partager cet article',
  'partager la publication', 'partagez cet article', "j'aime :", "j'aime ça :", "j'aime ceci :", 'copier le lien',
  // es
  'compártelo:', 'comparte esto:', 'compartir esto:', 'compartir en facebook', 'compartir en twitter',
  'compartir en x', 'compartir en whatsapp', 'compartir en linkedin', 'compartir en pinterest',
  'compartir por correo', 'compartir por email', 'haz clic para compartir en {*}', 'haz clic para imprimir {*}',
  'haz clic para enviar un enlace por correo electrónico a un amigo {*}', 'compartir este artículo',
  'comparte este artículo', 'me gusta:', 'copiar enlace', 'obtener enlace', 'otras aplicaciones',
  // pt
  'compartilhe isso:', 'partilhe isto:', 'compartilhar no facebook', 'compartilhar no twitter', 'compartilhar no x',
  'compartilhar no whatsapp', 'compartilhar no linkedin', 'compartilhar no pinterest', 'compartilhar por e-mail',
  'clique para compartilhar no {*}', 'clique para compartilhar {*}', 'clique para imprimir {*}',
  'clique para enviar por email a um amigo {*}', 'clique para enviar um link por e-mail para um amigo {*}',
  'compartilhe este artigo', 'compartilhar este artigo', 'partilhar no facebook', 'curtir isso:', 'gostar disto:',
  'copiar link', 'gerar link', 'outros apps', 'outras aplicações',
  // it
  'condividi:', 'condividi su facebook', 'condividi su twitter', 'condividi su x', 'condividi su whatsapp',
  'condividi su linkedin', 'condividi su pinterest', "condividi via e-mail", 'fai clic qui per condividere su {*}',
  'fai clic per condividere su {*}', 'clicca per condividere su {*}', 'fai clic qui per stampare {*}',
  'condividi questo articolo', 'mi piace:', 'copia link', 'ottieni link', 'altre app',
];
const SHARE_PHRASES = phraseSet(SHARE_LIST);

/** Ambiguous alone: service names and one-word actions. Removed only inside a share run. */
const SERVICE_LABELS = [
  'x', 'facebook', 'twitter', 'pinterest', 'email', 'e-mail', 'mail', 'linkedin', 'whatsapp', 'telegram', 'reddit',
  'tumblr', 'pocket', 'flipboard', 'messenger', 'facebook messenger', 'sms', 'print', 'share', 'tweet', 'pin',
  'like', 'loading...', 'more', 'correo electrónico', 'correo', 'courriel', 'posta elettronica', 'threads', 'bluesky', 'mastodon', 'xing', 'vk', 'line', 'viber', 'skype',
  'google+', 'google plus', 'digg', 'stumbleupon', 'evernote', 'gmail', 'yahoo mail', 'outlook', 'copy', 'link', 'bookmark',
  'drucken', 'teilen', 'twittern', 'gefällt mir', 'wird geladen...', 'lade...', 'imprimer', 'partager', "j'aime",
  'chargement...', 'compartir', 'imprimir', 'me gusta', 'cargando...', 'compartilhar', 'partilhar', 'curtir',
  'carregando...', 'condividi', 'stampa', 'mi piace', 'caricamento...', 'whatsapp', '{n}', 'pinnen',
  // An icon font's text read out before each button ("Icon Facebook Icon Twitter").
  'icon',
];
const SERVICE_PHRASES = phraseSet(SERVICE_LABELS);

/** Labels a converter may glue into one line, with or without spaces: every fixed phrase and service name. */
const gluedLabels = labelSequence([...SHARE_LIST, ...SERVICE_LABELS].filter((l) => !l.includes('{') && l.length > 1));

/** Verbs that make a run of service names a share bar ("Share", "Tweet", "Teilen"). */
const SHARE_VERBS = phraseSet(['share', 'tweet', 'pin', 'teilen', 'partager', 'compartir', 'compartilhar', 'partilhar', 'condividi', 'email', 'e-mail', 'print', 'drucken', 'imprimer', 'imprimir', 'stampa']);

/** Whether the labels of a glued line make a share bar: two or more, one of them more than a bare service name. */
function gluedShareLine(labels: string[] | undefined): boolean {
  return labels !== undefined && labels.length >= 2 && labels.some((l) => SHARE_PHRASES.test(l) || /share|email|print/.test(l));
}

/** "(Opens in new window)", "(Wird in neuem Fenster geöffnet)": screen-reader text after a button label. */
// ` ?`, not `\s*`: `norm` has single spaces, and `\s*(…)$` is quadratic on a run of spaces.
const TRAILING_PARENTHESIS = / ?\([^()]{1,60}\)$/;

/** A line as a share label, by its text alone. */
const shareLabel = textJudgement((_text, norm, words): LabelStrength | undefined => {
  if (!norm || words > 20) return undefined;
  const label = norm.replace(TRAILING_PARENTHESIS, '');
  // The same line tested once: most lines end without a parenthesis.
  if (SHARE_PHRASES.test(norm) || (label !== norm && SHARE_PHRASES.test(label))) return 'strong';
  const glued = gluedLabels(norm);
  if (gluedShareLine(glued)) return 'strong';
  if (SERVICE_PHRASES.test(label) || (glued?.length ?? 0) >= 2) return 'weak';
  return undefined;
});

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  for (const run of labelRuns(ctx, (i) => ctx.byText(i, shareLabel))) {
    if (run.strong > 0) {
      yield* runVerdicts(run.members, 'share menu');
    } else if (run.members.length >= 2 && run.members.some((i) => SHARE_VERBS.test(ctx.norm(i)))) {
      yield* runVerdicts(run.members, 'share verb with service buttons');
    } else if (run.members.length >= 2 && (atArticleEdge(ctx, run) || allLinks(ctx, run))) {
      yield* runVerdicts(run.members, 'row of share buttons');
    }
  }
}

export const shareWidgets: Rule = {
  id: 'share-widgets',
  category: 'share',
  description: 'Social share buttons and menus (Blogger, Jetpack, AddToAny, AddThis, ShareThis, "Share on …"), in en/de/fr/es/pt/it',
  html: [
    { selector: '.sharedaddy, #jp-post-flair > .sd-sharing-enabled, .sd-sharing, .sd-like, .jetpack-likes-widget-wrapper', reason: 'Jetpack sharing or likes block' },
    { selector: '.post-share-buttons, .share-buttons, .sharing-buttons, .byline-share, .post-sharing', reason: 'share button bar', maxWords: 60 },
    { selector: '.a2a_kit, .addtoany_list, .addtoany_share_save_container, [class*="addthis_"], .addthis-smartlayers', reason: 'AddToAny/AddThis share kit', maxWords: 60 },
    { selector: '.sharethis-inline-share-buttons, .st-btn, [class*="shareaholic-"], #shareaholic-bar', reason: 'ShareThis/Shareaholic buttons', maxWords: 60 },
    { selector: '.swp_social_panel, .ssba, .td-post-sharing, .elementor-widget-share-buttons, .mashsharer-box, .the_champ_sharing_container', reason: 'share plugin panel', maxWords: 60 },
    { selector: '.social-share, .share-bar, .post-share, #share-buttons, .share-links, .sharing, .social-sharing, .fb-like, .post-share-section, .post-share-links', reason: 'share bar', maxWords: 40 },
    { selector: '.post-ufi, [data-component-name="ButtonCreateButton"]', reason: 'Substack like, restack and share buttons', maxWords: 10 },
    { selector: 'a[title^="Share on" i], a[title^="Click to share" i], a[aria-label^="Share on" i]', reason: 'share link', maxWords: 8 },
  ],
  text: textVerdicts,
};
