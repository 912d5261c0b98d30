/**
 * Cookie and privacy notices. A block goes when it says the site uses
 * cookies (or asks to accept them) and is short, or when it is one of the
 * banner's buttons beside such a notice. An article about cookies, the
 * food or the law, stays: it does not speak to the visitor about the site.
 */
import { labelRuns, runVerdicts, type LabelStrength } from './lib/runs.js';
import { phraseSet } from './lib/phrases.js';
import { textJudgement } from './lib/text-judgement.js';
import type { Rule, RuleContext, Verdict } from './types.js';
import { onFirstUse } from '../text/first-use.js';

/** Sentences a cookie banner says, in the languages blogs are written in. */
const NOTICE =
  onFirstUse(() => /\b(?:(?:this|our)\s+(?:web)?site\s+uses\s+cookies|we\s+use\s+cookies|uses\s+cookies\s+to|by\s+(?:continuing|using)\s+(?:to\s+use\s+)?this\s+(?:web)?site,?\s+you\s+(?:agree|consent)|accept\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|preferences|consent)|privacy\s+&\s+cookies|(?:consent|agree)\s+to\s+(?:our|the)\s+use\s+of\s+cookies|cookies\s+help\s+us|cookies\s+helfen\s+uns|(?:verwendung|nutzung|einsatz)\s+von\s+cookies\s+(?:zu|einverstanden)|les\s+cookies\s+nous\s+aident|acceptez\s+(?:notre\s+|l['’])utilisation\s+(?:des|de)\s+cookies|las\s+cookies\s+nos\s+ayudan|aceptas?\s+(?:el|nuestro)\s+uso\s+de\s+(?:las\s+)?cookies|os\s+cookies\s+(?:nos\s+)?ajudam|concorda\s+com\s+(?:a|o)\s+(?:utilização|uso)\s+de\s+cookies|i\s+cookie\s+ci\s+aiutano|accetti\s+l['’](?:utilizzo|uso)\s+dei\s+cookie|wir\s+verwenden\s+cookies|diese\s+(?:web)?seite\s+(?:verwendet|nutzt)\s+cookies|verwendet\s+cookies|cookies\s+zulassen|(?:ce\s+site|nous)\s+utilis(?:e|ons)\s+des\s+cookies|utilise\s+des\s+cookies|accepter\s+les\s+cookies|(?:este\s+sitio|utilizamos|usamos)\s+(?:web\s+)?(?:utiliza\s+|usa\s+)?cookies|aceptar\s+cookies|(?:este\s+site|utilizamos|usamos)\s+(?:utiliza\s+|usa\s+)?cookies|aceitar\s+cookies|(?:questo\s+sito|utilizziamo|usiamo)\s+(?:utilizza\s+|usa\s+)?(?:i\s+)?cookie|accetta\s+(?:i\s+)?cookie|(?:we\s+use|wir\s+verwenden|verwenden\s+wir|nous\s+utilisons|utilizamos|usamos|utilizziamo)\s+(?:technologies|technologien|des\s+technologies|tecnologías|tecnologias|tecnologie)\s+(?:like|such\s+as|wie|comme|como|come)\s+(?:les\s+|los\s+|os\s+|i\s+)?cookies?|cookie-(?:zustimmung|einstellungen|richtlinie)|(?:deze\s+(?:web)?site|wij)\s+(?:gebruikt|gebruiken|maakt\s+gebruik\s+van)\s+cookies|(?:ta\s+strona|serwis|strona|korzystamy|używamy|wykorzystujemy)\s+(?:(?:używa|wykorzystuje|korzysta)\s+)?(?:z\s+)?(?:plików\s+)?cookies?)/iu);

/** Text every NOTICE alternative holds, same flags: a quick test that lets the full one run only where it can match. */
const NOTICE_WORDS = /cookie|you\s+(?:agree|consent)/iu;

const BUTTONS = phraseSet([
  'accept', 'accept all', 'accept cookies', 'accept all cookies', 'i accept', 'i agree', 'agree', 'ok', 'okay', 'got it',
  'allow all', 'allow cookies', 'reject', 'reject all', 'decline', 'deny', 'manage preferences', 'cookie settings',
  'customize', 'more information', 'learn more', 'read more', 'privacy policy', 'cookie policy', 'settings', 'save preferences', 'save settings',
  'einstellungen speichern', 'enregistrer', 'guardar', 'salvar', 'salva',
  'akzeptieren', 'alle akzeptieren', 'zustimmen', 'ablehnen', 'einstellungen', 'mehr erfahren', 'verstanden',
  'accepter', 'tout accepter', 'refuser', 'tout refuser', 'paramètres', 'en savoir plus', "j'accepte",
  'aceptar', 'aceptar todo', 'rechazar', 'configurar', 'más información', 'aceitar', 'aceitar todos', 'rejeitar',
  'saiba mais', 'accetta', 'accetta tutti', 'rifiuta', 'impostazioni', 'maggiori informazioni', 'ho capito',
  // An embed's placeholder's buttons.
  'inhalt laden', 'externen inhalt laden', 'diesen inhalt laden', 'alle inhalte laden', 'zustimmen und inhalt laden', 'video laden', 'karte laden',
  'load content', 'load video', 'empfohlener redaktioneller inhalt', 'externer inhalt',
]);

/**
 * What a banner talks about besides cookies: the site, browsing, the
 * visitor's experience, consent or data protection. "We use cookies from the
 * bakery as the base" has none of it.
 */
const WEB_CONTEXT =
  onFirstUse(() => /\b(?:web)?sites?\b|\bbrows(?:er|ing)\b|\bexperience\b|\banalytics\b|\btraffic\b|\bpersonali[sz]|\bthird[- ]part|\byou\s+(?:agree|consent|accept)\b|webseite|internetseite|\bseite\b|erlebnis|\bsurfen|zustimm|einverstanden|datenschutz|\bsite\b|\bnavigat(?:ion|eur)|expérience|acceptez|consentement|\bsitio\b|\bweb\b|navegaci[oó]n|navega[çc][aã]o|\bnavegar\b|experiencia|experiência|aceptas?\b|concorda|\bsito\b|navigazione|esperienza|accetti|consenso|privacy|data\s+protection|protection\s+des\s+données|confidentialité|protecci[oó]n\s+de\s+datos|privacidad|prote[çc][aã]o\s+de\s+dados|privacidade|protezione\s+dei\s+dati|gebruikerservaring|privacybeleid|\bstron[aieyę]\b|serwis|przeglądar|prywatności|zgod[ayę]/iu);

/** Banners speak to the visitor, or as the site: "we", "your", "this site" … An article reports in the third person. */
const ADDRESSED =
  onFirstUse(() => /(?<!\p{L})(?:we|our|us|you|your|this\s+(?:web)?site|wir|unser\p{L}*|ihr\p{L}*|sie|du|dein\p{L}*|nous|notre|nos|vous|votre|vos|ce\s+site|utilizamos|usamos|nuestr[oa]s?|tu|tus|su|sus|você|seu|sua|nosso|nossa|este\s+sitio|este\s+site|utilizziamo|usiamo|nostr[oaie]|tuo|tua|questo\s+sito|offrirti|ti|wij|onze|uw|jouw|deze\s+(?:web)?site|korzystamy|używamy|wykorzystujemy|nasz\p{L}*|twoj\p{L}*|ta\s+strona)(?!\p{L})/iu);

/**
 * The placeholder an embed shows until the visitor consents to load it, as consent plugins print it: "Klicken Sie auf
 * den unteren Button, um den Inhalt von YouTube zu laden.", "Click the button below to load the content from …",
 * Borlabs Cookie's "Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.", "Ich bin damit
 * einverstanden, dass mir externe Inhalte angezeigt werden.", "An dieser Stelle finden Sie einen externen Inhalt von …",
 * "Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine Verbindung zu … her".
 */
const EMBED_PLACEHOLDER =
  /^(?:klick(?:en sie|e) auf den (?:unteren |folgenden )?button,? um den inhalt (?:von [^,]{1,60}? )?(?:nachzuladen|zu laden)|click (?:on )?the button below to load the content|cliquez sur le bouton ci-dessous pour charger le contenu|haz clic en el botón de abajo para cargar el contenido|mit dem laden (?:des videos|der karte|des inhalts|des beitrags|des tweets|des posts) akzeptieren sie die datenschutzerklärung|(?:ich bin|mit dem klick auf (?:das|den) [^.,]{1,30} erkläre ich mich) (?:damit )?einverstanden, dass mir externe inhalte angezeigt werden|(?:an dieser stelle|zur ergänzung unseres artikels) find(?:en sie|et ihr|est du) (?:hier )?einen externen inhalt|wir respektieren (?:deine|ihre) privatsphäre und (?:stellen|bauen) (?:deshalb |daher )?ohne (?:dein|ihr) einverständnis keine verbindung)\b/u;
const EMBED_PLACEHOLDER_WORDS = 40;
/** Text every EMBED_PLACEHOLDER alternative holds: the pattern is compiled and run only on lines that hold one. */
const EMBED_PLACEHOLDER_WORDS_IN = ['button', 'bouton', 'botón', 'datenschutzerklärung', 'externe', 'einverständnis'];

/** Footer links a converter ran together: "About | Contact | Cookie Policy | Terms", or title-case labels with no sentence in them. */
function isLinkRow(text: string): boolean {
  if (/\s[|•·]\s/.test(text)) return true;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return !/[.!?]/.test(text) && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.6;
}

/** The notice a reCAPTCHA-guarded form carries: "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply." */
const RECAPTCHA = /\bprotected by recaptcha\b/iu;
/** RECAPTCHA's words without its word boundaries: a quick test first (a leading `\b` makes V8 try every position). */
const RECAPTCHA_WORDS = /protected by recaptcha/iu;

/** What a line's text alone says of it as a banner's: the parts of a notice that need no more than the text. */
interface BannerText {
  /** The reCAPTCHA notice, or an embed's placeholder until consent: notices on their own. */
  readonly standalone: boolean;
  /** One of the banner's sentences (NOTICE)… */
  readonly notice: boolean;
  /** …short, or a line of links, as a label is… */
  readonly labelLike: boolean;
  /** …or speaking to the visitor about the site. */
  readonly addressed: boolean;
  /** One of the banner's buttons. */
  readonly button: boolean;
}

const PLAIN_TEXT: BannerText = { standalone: false, notice: false, labelLike: false, addressed: false, button: false };

const bannerText = textJudgement((text, norm, words): BannerText => {
  const standalone =
    (words <= 30 && RECAPTCHA_WORDS.test(text) && RECAPTCHA.test(text)) || (words <= EMBED_PLACEHOLDER_WORDS && EMBED_PLACEHOLDER_WORDS_IN.some((w) => norm.includes(w)) && EMBED_PLACEHOLDER.test(norm));
  const notice = !standalone && words <= 120 && NOTICE_WORDS.test(text) && NOTICE().test(text);
  const button = words <= 5 && BUTTONS.test(norm);
  if (!standalone && !notice && !button) return PLAIN_TEXT;
  return {
    standalone,
    notice,
    labelLike: notice && (words <= 4 || (!/[.!?]["'”’)]*$/.test(text) && (words <= 12 || isLinkRow(text)))),
    addressed: notice && WEB_CONTEXT().test(text) && ADDRESSED().test(text),
    button,
  };
});

/**
 * A cookie notice: a short label or a line of links ("Cookie Settings",
 * "Privacy | Cookie Policy | Terms"), or a sentence that speaks to the
 * visitor about the site ("We use cookies to improve your experience").
 * "We use cookies from the bakery as the base" speaks of no site; "the
 * average news website uses cookies to …" speaks to nobody.
 */
function isNotice(ctx: RuleContext, i: number, text: BannerText): boolean {
  if (text.standalone) return true;
  if (!text.notice) return false;
  return (ctx.blocks[i]!.kind !== 'heading' && text.labelLike) || ctx.linkDensity(i) >= 0.5 || text.addressed;
}

function classify(ctx: RuleContext, i: number): LabelStrength | undefined {
  const text = ctx.byText(i, bannerText);
  if (isNotice(ctx, i, text)) return 'strong';
  return text.button ? 'weak' : undefined;
}

/** Blocks that mention cookies, at least, in a cookie dialog printed out: its categories, their switches, its table of cookies. */
const DIALOG_COOKIE_BLOCKS = 3;
/** Kept blocks after a cookie dialog, at most: a dialog is the page's last element, so the dump's tail. */
const DIALOG_TAIL_BLOCKS = 8;
/** Words of prose above a cookie dialog, at least: the article it was printed after. */
const PROSE_BEFORE_DIALOG = 100;
/** A switch or checkbox as a text browser prints it: "[*] Analytics cookies", "[ ]Marketing". */
const SWITCH = /^\[[ *xX✓]?\]/;

/** A dialog's category, described: "These cookies are needed …", "Diese Cookies …", "Ces cookies …". */
const THESE_COOKIES = onFirstUse(() => /(?<!\p{L})(?:these|this|diese[rs]?|ces|ce|estas?|estos?|este|essas?|esses?|questi|queste|questo)\s+cookies?(?!\p{L})/iu);
/**
 * A consent dialog's category described in the ePrivacy Directive's words, without naming cookies: "The technical
 * storage or access is strictly necessary for …" (the wording of Complianz, a common WordPress consent plugin).
 */
const STORAGE_OR_ACCESS = /\b(?:technical storage or access|technische speicherung oder de[rn] (?:zugang|zugriff)|stockage ou l['’]accès technique|almacenamiento o acceso técnico|armazenamento ou acesso técnico|archiviazione tecnica o l['’]accesso)\b/iu;
/** Words of a dialog's line that names cookies without speaking to the visitor, at most ("Necessary cookies", "Cookie duration"). */
const DIALOG_LABEL_WORDS = 12;

/**
 * How a block reads as a line of a cookie dialog: 1 when it names cookies, as a label or speaking to the visitor
 * ("These cookies let us count visits"), 0 when it says nothing either way (a label, a switch, a table row, a
 * heading, or another rule's removal), -1 for other text, and for a sentence about cookies that speaks to nobody:
 * an article's ("Session cookies disappear when the browser closes …").
 */
function dialogLine(ctx: RuleContext, i: number): number {
  const block = ctx.blocks[i]!;
  if (ctx.removed(i) || block.kind === 'table-cell' || block.kind === 'heading' || SWITCH.test(block.text)) return 0;
  if (ctx.norm(i).includes('cookie')) return ctx.words(i) <= DIALOG_LABEL_WORDS || ADDRESSED().test(block.text) || THESE_COOKIES().test(block.text) ? 1 : -1;
  if (STORAGE_OR_ACCESS.test(block.text)) return 1;
  return ctx.words(i) <= 6 && !/[.!?]$/.test(block.text) ? 0 : -1;
}

/**
 * A cookie dialog's settings printed at the dump's end, from its notice on: the categories ("Necessary cookies",
 * "Analytics cookies"), what each does, their switches and the table of cookies, which name cookies in most
 * lines; a few lines of its ("We also use external services such as …") do not. The dialog runs from the notice
 * to where lines naming cookies most outnumber other text, and it must end the dump, after an article: an
 * article about cookies under a banner at the top stays.
 */
function cookieDialog(ctx: RuleContext, notices: readonly number[]): Verdict | undefined {
  let prose = 0;
  let k = 0;
  for (let i = 0; i < ctx.blocks.length && k < notices.length; i++) {
    if (i === notices[k]) {
      k++;
      if (prose >= PROSE_BEFORE_DIALOG) return dialogFrom(ctx, i);
    }
    if (!ctx.removed(i) && ctx.isProse(i)) prose += ctx.words(i);
  }
  return undefined;
}

function dialogFrom(ctx: RuleContext, start: number): Verdict | undefined {
  let score = 0;
  let best = 0;
  let end = start + 1;
  let cookies = 0;
  let cookiesToEnd = 0;
  for (let i = start + 1; i < ctx.blocks.length; i++) {
    const line = dialogLine(ctx, i);
    score += line;
    if (line > 0) cookies++;
    if (score > best) [best, end, cookiesToEnd] = [score, i + 1, cookies];
  }
  if (cookiesToEnd < DIALOG_COOKIE_BLOCKS) return undefined;
  // Its buttons close it ("Save settings", "Accept all").
  while (end < ctx.blocks.length && (ctx.removed(end) || ctx.byText(end, bannerText).button)) end++;
  let tail = 0;
  for (let i = end; i < ctx.blocks.length; i++) if (!ctx.removed(i)) tail++;
  return tail <= DIALOG_TAIL_BLOCKS ? { from: start, to: end, reason: 'cookie settings dialog' } : undefined;
}

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  const notices: number[] = [];
  for (const run of labelRuns(ctx, (i) => classify(ctx, i))) {
    if (run.strong === 0) continue;
    yield* runVerdicts(run.members, 'cookie or privacy notice');
    notices.push(run.members[0]!);
  }
  const dialog = notices.length > 0 ? cookieDialog(ctx, notices) : undefined;
  if (dialog) yield dialog;
}

export const consent: Rule = {
  id: 'consent',
  category: 'consent',
  description: 'Cookie and privacy notices and their buttons ("This website uses cookies …", "Accept all"), and the settings of a cookie dialog printed at the end of a dump',
  html: [
    {
      // Anchored names only: a bare "cookie" class may sit on a recipe (see trafilatura's note on cookie tokens).
      selector: '#cookie-notice, #cookie-law-info-bar, .cookie-notice, .cookie-banner, .cookie-consent, .cookie-bar, .cookies-banner, .cookie-law-info-bar, #cookie-banner, #cookieConsent, .cc-window, .cc-banner, #onetrust-banner-sdk, #onetrust-consent-sdk, .cmplz-cookiebanner, #CybotCookiebotDialog, .moove-gdpr-info-bar-container, #BorlabsCookieBox, .gdpr-banner, .consent-banner, #consent-banner, .qc-cmp2-container, .fc-consent-root',
      reason: 'cookie banner',
      maxWords: 300,
    },
  ],
  text: textVerdicts,
};
