/**
 * Calls to subscribe, sign up, download the app or pay: newsletter boxes,
 * paywall prompts, app banners, Substack's "Subscribe" buttons. Only the
 * platform's fixed wording goes; an author's own appeal written as prose
 * ("If you liked this, tell a friend about the blog") stays.
 */
import { firstWord } from './lib/lines.js';
import { phraseSet } from './lib/phrases.js';
import { textJudgement } from './lib/text-judgement.js';
import type { Rule, RuleContext, Verdict } from './types.js';
import { onFirstUse } from '../text/first-use.js';

const PROMO_PHRASES = phraseSet([
  'subscribe', 'subscribe now', 'subscribe today', 'subscribe for free', 'subscribed', 'sign up', 'sign up now', 'sign up for free',
  'newsletter', 'newsletters', 'our newsletter', 'get our newsletter', 'sign up for our newsletter', 'subscribe to our newsletter',
  'sign up for the newsletter', 'subscribe to the newsletter', 'join our newsletter', 'join our mailing list',
  'enter your email', 'enter your email address', 'enter your email address:', 'your email address', 'email address',
  'email address:', 'your email', 'sign me up', 'get the latest news delivered to your inbox', 'delivered to your inbox',
  'breaking news alerts', 'email alerts', 'news alerts', 'get email alerts', 'newsletter sign-up', 'newsletter signup',
  'get the app', 'download the app', 'download our app', 'open in app', 'get app', 'read in app', 'continue in app',
  'follow us', 'follow us on facebook', 'follow us on twitter', 'follow us on instagram', 'like us on facebook',
  'follow blog via email', 'subscribe to blog via email', 'enter your email address to follow this blog and receive notifications of new posts by email.',
  'enter your email address to subscribe to this blog and receive notifications of new posts by email.',
  'sign up for more like this', 'sign up for more like this.', 'join {n} other subscribers', 'join {n} other followers', 'thanks for reading {*}! subscribe for free to receive new posts and support my work.',
  'share this post', 'type your email...', 'already a subscriber? sign in', 'already a subscriber?', 'already have an account? sign in',
  'subscribe to continue reading', 'subscribe to read', 'to continue reading, subscribe', 'this article is for subscribers only',
  'support our journalism', 'support independent journalism', 'become a member', 'become a patron', 'donate', 'donate now',
  'mitglied werden', 'jetzt mitglied werden', 'jetzt spenden', 'jetzt unterstützen',
  // A sign-up box's heading, and its two buttons glued.
  'like this article?', 'liked this article?', 'enjoyed this article?', 'did you enjoy this article?', 'hat ihnen dieser artikel gefallen?',
  'hat dir dieser artikel gefallen?', 'dieser artikel gefällt ihnen?', 'gefällt ihnen dieser artikel?', 'subscribe no thanks',
  'sie wollen mehr von uns?', 'folge uns überall!', 'folgen sie uns überall!', 'wählen sie ihren zugang und lesen sie weiter:',
  'wählen sie ihren zugang und lesen sie weiter', 'exklusiv für abonnenten',
  // Jetpack's subscription box in German.
  'geben sie ihre e-mail-adresse an, um diesen blog zu abonnieren {*}', 'gib deine e-mail-adresse an, um diesen blog zu abonnieren {*}',
  'um neue beiträge per e-mail zu erhalten, hier die e-mail-adresse eingeben.', 'gib deine e-mail-adresse an, um diesem blog zu folgen {*}',
  'schließe dich {n} followern an', 'schließe dich {n} anderen abonnenten an', 'schließe dich {n} anderen followern an',
  'upgrade to paid', 'start free trial', 'try it free', 'unlock this article',
  'newsletter abonnieren', 'jetzt abonnieren', 'abonnieren', 'abonniere unseren newsletter', 'gib deine e-mail-adresse ein',
  'blog via e-mail abonnieren', 'e-mail-adresse', 'zum newsletter anmelden', 'jetzt anmelden', 'folge uns',
  'kostenlos zum newsletter anmelden', 'kostenlos zum newsletter anmelden und {*}', 'jetzt zum newsletter anmelden und {*}', 'abonnieren sie unseren newsletter', 'jetzt registrieren', 'kostenlos registrieren',
  'jetzt kostenlos registrieren', 'kostenlos anmelden', 'hier kostenlos anmelden', 'jetzt kostenlos anmelden',
  'kostenlos registrieren und weiterlesen', 'schon registriert? hier einloggen', 'bereits registriert? hier einloggen',
  'sie sind nicht angemeldet.', 'sie sind nicht eingeloggt.', 'sie sind nicht verbunden. loggen sie sich ein oder registrieren sie sich', 'du bist nicht angemeldet.', 'you are not logged in.',
  "s'abonner", "abonnez-vous", "s'inscrire", 'inscrivez-vous à notre newsletter', 'abonnez-vous à notre newsletter',
  'recevez notre newsletter', 'votre adresse e-mail', 'suivez-nous', 'téléchargez l\'application',
  'suscríbete', 'suscribirse', 'suscríbete a nuestro boletín', 'boletín', 'recibe nuestro boletín', 'tu correo electrónico',
  'síguenos', 'descarga la app', 'assine', 'assinar', 'inscreva-se', 'assine nossa newsletter', 'receba nossa newsletter',
  'seu e-mail', 'siga-nos', 'baixe o app', 'iscriviti', 'iscriviti alla newsletter', 'abbonati', 'la tua email', 'seguici',
  'scarica l\'app',
  'schrijf je in voor de nieuwsbrief', 'abonneer je op onze nieuwsbrief', 'nieuwsbrief', 'zapisz się do newslettera',
  'zapisz się', 'subskrybuj', 'zamów newsletter', 'je e-mailadres', 'uw e-mailadres', 'adres e-mail', 'twój adres e-mail',
]);

/** Sign-up prompts in their own words: an imperative lead and a newsletter, inbox or alert. */
const PROMPT = onFirstUse(() => /^(?:click here to|get|sign up|subscribe|never miss|join|don't miss|receive|want more|stay (?:up to date|informed|in the loop)|be the first to|follow|do you want to (?:be informed|stay informed|receive)|jetzt|abonniere|immer informiert|bleiben sie (?:informiert|auf dem laufenden)|inscrivez-vous|recevez|suscríbete|recibe|assine|receba|iscriviti|ricevi)\b.*\b(?:newsletters?|inbox|subscribe|subscription|sign up|e-?mails?|alerts|delivered|notifications|abonnieren|abonnez|boletín|suscr[ií]|assinatura|iscriviti)\b/iu);

/** Text every PROMPT match holds (one of its closing words, or their stems), same flags: the long pattern compiles only where it can match. */
const PROMPT_CLOSING_TEXT = /newsletter|inbox|subscri|sign up|mail|alerts|delivered|notifications|abonn|bolet|suscr|assinatura|iscriviti/iu;

/** A paywall's prompt: "To view the full story, please subscribe …", "Subscribe now … for the full story." */
const PAYWALL_PROMPT = /^(?:to (?:view|read|continue reading|access|unlock)\b.*\b(?:subscribe|subscription|subscriber|sign up|log in|register)|subscribe\b.*\bfull (?:story|article))\b/u;
const PAYWALL_PROMPT_WORDS = 30;

/** "The Harbour Times Newsletter", "Der Hafenblatt-Newsletter": a newsletter box's title, the site's name and the word. */
const NAMED_NEWSLETTER = onFirstUse(() => /^(?:(?:the|our|der|unser|le|la|el|il|o|a) )?[\p{L}\p{N}&'’.+]+(?: [\p{L}\p{N}&'’.+]+){0,2}[ -]newsletter$/u);

/**
 * A call to get the site's app from a store or on a phone: "For the latest stories download the Harbour News apps
 * for iOS and Android.", "Get the latest news straight to your phone with the Harbour app." An app named in a
 * sentence of the article names no store and no reader's phone.
 */
const APP_STORE_CALL_WORDS = 30;
const APP_STORE_CALL_VERB = /^(?:download|get|install|laden sie|lade dir|hol dir|téléchargez|descarga|descargue|baixe|scarica)\b|^for the latest\b[^.!?]*\b(?:download|get|install)\b/u;
const APP_STORE = /\b(?:ios|android|iphone|app store|google play|play store|your (?:phone|smartphone|mobile))\b/u;

function isAppStoreCall(norm: string): boolean {
  return / apps?\b/.test(norm) && APP_STORE_CALL_VERB.test(norm) && APP_STORE.test(norm);
}

/** "Follow The Times on Facebook, Twitter and Instagram.": a call to follow, naming two social networks or more. */
const FOLLOW_CALL = onFirstUse(() => /^(?:follow|like|find|join|connect with|subscribe to|folgen sie|folge|suivez|síguenos en|siguenos en|siga|seguici su|volg)\b/iu);
const NETWORK = onFirstUse(() => /\b(?:facebook|twitter|instagram|youtube|linkedin|tiktok|pinterest|telegram|threads|mastodon|snapchat|whatsapp|flipboard|bluesky)\b/giu);

function isFollowCall(text: string): boolean {
  if (!FOLLOW_CALL().test(text)) return false;
  return new Set(text.toLowerCase().match(NETWORK()) ?? []).size >= 2;
}

const PROMPT_WORDS = 50;

/**
 * A call to pay for the journalism, opening a sentence: "Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie
 * diese Form des Journalismus.", "Support independent journalism today." A story about media funding reports it.
 */
const DONATION_CALL = /(?:^|[:.!?] )(?:(?:bitte )?unterstützen sie|unterstütze|support|soutenez|apoya|apoye|apoie|sostieni) (?:diese form des|unabhängigen|unseren|kritischen|guten|independent|our|quality|notre|le|el|nuestro|o nosso|il nostro|il) (?:journalismus|journalism|journalisme|periodismo|jornalismo|giornalismo)\b/u;
const DONATION_CALL_WORDS = 40;
/**
 * Text every CLICK_TO_SUPPORT, DONATION_CALL, PUSH_PROMPT, SUPPORT_CALL, CHANNEL_CALL and AUTO_RENEWAL match holds,
 * and NEEDS_SUPPORT's condition: one search, where those patterns search the whole line.
 */
const RARE_CALL_WORDS = /click here to support|journalis|periodismo|jornalismo|giornalismo|notific|benachrichtig|dürfen wir|consider|ap[oó]y|comunidad|community|telegram|whatsapp|youtube|renew/;
/** RARE_CALL_WORDS's words of journalism, NEEDS_SUPPORT's condition. */
const JOURNALISM_WORDS = /journalis|periodismo|jornalismo|giornalismo/;
/** "Do you rely on our reporting? Click here to support it.": the call after a question. */
const CLICK_TO_SUPPORT = /(?:^|[.?!] )click here to support (?:it|us|our (?:work|journalism|reporting))\b/u;

/** A browser's push-notification prompt, as the site words it: "Harbour News would like to send you push notifications." */
const PUSH_PROMPT = /\b(?:would like to send you (?:push )?notifications|wants to send you (?:push )?notifications|(?:benachrichtigungen|benachrichtigung) aktivieren|dürfen wir (?:sie|dich) (?:in ihrem browser |im browser )?(?:über|mit)\b[^.?]{0,80}\b(?:informieren|benachrichtigen)|activer les notifications|activa las notificaciones)\b/u;
const PUSH_PROMPT_WORDS = 50;

/**
 * A call to support the site in other words than DONATION_CALL's: "Would you consider supporting our work?",
 * "Apóyanos para seguir.", "Únete a nuestra comunidad de lectores", and a newsroom's "we need your support" beside its
 * journalism. Calls run longer than a label (a pitch of a few sentences), so up to PROMPT_WORDS.
 */
const SUPPORT_CALL =
  /\b(?:(?:would you|please|why not) consider (?:supporting|donating|a donation)\b|ap[oó]y[aáe]nos\b|únete a nuestra comunidad\b|join our community of (?:readers|members|supporters)\b)/u;
/** The same calls opening a line: "Unterstütze uns schon mit 3 €!", "Ihr Beitrag hilft, unsere Berichterstattung …", "Your support helps us …". */
const SUPPORT_OPENING_CALL =
  /^(?:unterstütze(?:n sie)? (?:\S+ ){1,3}(?:schon |bereits )?(?:ab|mit) (?:€ ?)?\d|(?:ihr beitrag|ihre spende|ihre unterstützung|dein beitrag|deine spende|deine unterstützung|your (?:support|contribution|donation)) (?:hilft|helps|allows|enables|ermöglicht|makes)\b[^.!?]{0,60}\b(?:unsere?n?|uns|our|us)\b)/u;
const SUPPORT_OPENINGS = new Set(['unterstütze', 'unterstützen', 'ihr', 'ihre', 'dein', 'deine', 'your']);
/** What a newsroom says it needs, only beside its journalism (RARE_CALL_WORDS): a story quotes others needing support. */
const NEEDS_SUPPORT =
  /\b(?:we need your support|necesitamos (?:de )?(?:tu|su) apoyo|wir brauchen (?:ihre|deine) unterstützung|nous avons besoin de (?:votre|ton) soutien|precisamos d[oe] (?:seu|teu|vosso) apoio|abbiamo bisogno del (?:tuo|vostro) (?:sostegno|aiuto|supporto))\b/u;

/**
 * A call to follow the site's channel on a messenger or a video site: "Join our Telegram channel", "¡Mira lo que tiene
 * nuestro canal de YouTube!", "Folgt unserem WhatsApp-Kanal". First person plural only: a story names others' channels.
 */
const CHANNEL_CALL =
  /\b(?:our (?:telegram|whatsapp|youtube) channel|(?:nuestro|tenemos) canal (?:de|en) (?:telegram|whatsapp|youtube)|unser(?:en|em)? (?:telegram|whatsapp|youtube)[- ]kanal|notre chaîne (?:telegram|whatsapp|youtube)|nosso canal (?:no|do|de) (?:telegram|whatsapp|youtube)|il nostro canale (?:telegram|whatsapp|youtube))\b/u;
const CHANNEL_CALL_WORDS = 30;

/**
 * A paywall's prompt in the other languages, read by how it opens ("Pour lire la suite, abonnez-vous", "Para seguir
 * leyendo, suscríbete …", "Um weiterzulesen, registrieren Sie sich …"), a subscriber's way in ("If you're already a
 * subscriber, log in …") and a journal's offer ("Instant access to the full article PDF.", "Subscription will auto renew
 * annually."). On `norm`.
 */
const OTHER_PAYWALL_PROMPT =
  /^(?:pour (?:lire la suite|continuer (?:à|a) lire|poursuivre (?:la|votre) lecture|lire cet article)\b.*\b(?:abonn|compte|inscri|connect)|para (?:seguir|continuar) (?:leyendo|lendo)\b.*\b(?:suscr|cuenta|regístr|registr|inicia|assin|cadastr|conta|login)|per (?:continuare a leggere|leggere (?:tutto )?l'articolo)\b.*\b(?:abbon|registr|accedi)|um (?:weiterzulesen|(?:den|diesen) (?:ganzen |vollständigen )?artikel (?:vollständig )?(?:zu )?lesen)\b.*\b(?:abo|registr|anmeld|einlogg)|(?:if you(?:'re| are) [^.!?]{0,40})?already a (?:subscriber|member)\b.*\b(?:log ?in|sign in)|(?:instant|immediate) (?:online )?access to (?:the full|all|this)\b)/u;
const OTHER_PAYWALL_OPENINGS = new Set(['pour', 'para', 'per', 'um', 'if', 'already', 'instant', 'immediate']);
const AUTO_RENEWAL = /\bsubscription (?:will )?auto(?:matically)?[- ]?renews?\b/u;
const OTHER_PAYWALL_WORDS = 30;

/**
 * A sign-up call that opens otherwise than PROMPT's: "Missing out on the latest developments? Enter your email below
 * to receive future updates.", "Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos unseren Newsletter.", "Sign up
 * to get the best content of the week …", "Verpasse keine Story mehr!" (what is not to be missed is the site's news),
 * "Get regular updates on the latest …", a trial's "Jetzt 3 Ausgaben gratis erhalten!".
 * It runs only on lines that open with one of its first words: a one-file run then seldom compiles it.
 */
const SIGNUP_OPENINGS = new Set(['got', 'have', 'stay', 'please', 'please,', 'are', 'missing', 'enter', 'sign', 'verpasse', 'verpassen', 'keine', 'nichts', 'get', 'jetzt']);
const SIGNUP_CALL = /^(?:got|have) a (?:news |story )?tip\?|^get (?:regular |free |weekly |daily )?(?:e-?mail )?updates (?:on|about|from) (?:the latest|our|new)\b|^jetzt \d{1,2} (?:ausgaben|hefte|wochen|monate) (?:gratis|kostenlos|gratis lesen|kostenlos lesen|testen)\b|^stay (?:up to date|informed|in the loop|connected) with (?:[^.!?]{1,40})[.!]?$|^please,? (?:fill (?:in |out )?|complete )(?:the|this|our) form (?:below )?to (?:subscribe|sign up|receive)\b|^(?:(?:are you )?missing out on [^?]{1,80}\? )?enter your e-?mail(?: address)? (?:below |here )?to (?:receive|get|subscribe|follow|sign up)\b|^sign up to (?:get|receive) (?:the best|the latest|our|exclusive|free|weekly|daily)\b|^verpasse(?:n sie)? keinen? (?:news|neuigkeiten|neuheit|story|stories|artikel|beitrag|beiträge|folge|episode|updates|posts?)\b(?: [^.!?]{1,40})?(?: mehr)?[.!]?(?: (?:trag dich|abonniere|melde dich|hol dir|jetzt)\b|$)|^(?:keine|nichts) (?:[^.!?:]{1,60} )?(?:mehr )?verpassen ?[:!.]? (?:abonnieren sie|abonniere|melden sie sich|melde dich|hol dir|jetzt)\b/u;

/** A newsletter's pitch without an imperative: "Let our news meet your inbox.", "… delivered weekday mornings." */
const INBOX_PITCH = onFirstUse(() => /\b(?:(?:to|in|into|meet|hit|reach) your inbox|delivered (?:to you |straight to you )?(?:daily|weekly|every (?:morning|day|week|weekday)|weekday mornings|each (?:morning|week)))\b/iu);
/** Text every INBOX_PITCH alternative holds, same flags: a quick test that lets the full one run only where it can match. */
const INBOX_PITCH_WORDS = /your inbox|delivered /iu;
/**
 * The pitch in the other languages ("… jede Woche per E-Mail schicken", "… dans votre boîte mail"), where the same
 * words tell a story's news as often: only beside a call to receive or subscribe ("Lass dir …", "Recevez …").
 */
const OTHER_INBOX_PITCH = /(?:jede woche|jeden (?:tag|morgen|freitag|sonntag)|wöchentlich|täglich|regelmäßig) per e-?mail|in (?:dein|deinen|ihr|ihren) (?:e-mail-)?(?:postfach|posteingang)|dans votre boîte (?:mail|e-mail|de réception)|en tu (?:bandeja de entrada|correo electrónico)|na sua caixa de entrada|nella tua (?:casella (?:di posta|email)|inbox)/u;
const PITCH_CALL = /lass dir|lassen sie sich|erhalte|hol dir|newsletter|abonn|recevez|inscrivez|recibe|suscr|receba|assine|ricevi|iscriviti/u;
const PITCH_WORDS = 30;

/**
 * A sign-up form's small print and messages: "No spam, we promise. You can unsubscribe at any time …", "Kein Spam.
 * Abmeldung jederzeit möglich.", "Thank you for subscribing!", "There was a problem subscribing you …". Read by how it
 * opens (on `norm`): an article's sentence about unsubscribing opens otherwise.
 */
const FORM_NOTE =
  /^(?:(?:no|kein|pas de|sin|sem|niente|nessuno|geen) spam(?:[.,!;:]|$)|(?:thank you|thanks) for (?:subscribing|signing up)\b|you(?:'ve| have) (?:successfully |succesfully )?(?:subscribed|signed up)\b|there was (?:a|an) (?:problem|error) (?:subscribing|signing you up)\b|you can unsubscribe|unsubscribe (?:at any time|anytime)|we (?:will|'ll) never share your|we respect your privacy|sie können sich jederzeit (?:wieder )?abmelden|abmeldung jederzeit|(?:sie haben|du hast) eine e-mail zum double[- ]opt-in|(?:vielen )?dank für (?:ihre|deine) anmeldung\b|vous pouvez vous désinscrire|désinscription (?:possible )?à tout moment|puedes darte de baja)/u;
const FORM_NOTE_WORDS = 40;

/**
 * A sign-up form's consent line, where the visitor agrees to the processing of their data: "By clicking "Submit", I
 * consent to receiving …", "Ich akzeptiere die Datenschutzbestimmungen …", "Mit der Anmeldung stimme ich der
 * Bearbeitung meiner Daten … zu". It opens as the form's box does and names data, privacy or e-mail (on `norm`).
 */
const FORM_CONSENT_OPENING =
  /^(?:i (?:agree (?:to (?:the|receive|receiving|my)|that my|my (?:information|data|details))|consent to|accept the|have read and)|by (?:clicking|submitting|signing up|subscribing|registering)|ich (?:bin (?:damit |mit der (?:verarbeitung|speicherung|nutzung) (?:meiner|der angegebenen) (?:personenbezogenen )?daten[^.]{0,60}?)?einverstanden|akzeptiere die|stimme (?:der|den) (?:verarbeitung|speicherung|nutzung|datenschutz)|stimme zu, dass meine|willige (?:darin |hiermit )?ein)|mit (?:dem absenden|der anmeldung|der eintragung|eintragung|ihrer anmeldung)|j'accepte|en cochant|en (?:vous inscrivant|soumettant)|acepto|al (?:suscribirte|registrarte|hacer clic)|li e (?:aceito|concordo)|accetto)\b/u;
const FORM_CONSENT_SUBJECT = /privacy|data|terms|e-?mails?|newsletter|communications?|datenschutz|daten|informationen|nutzungsbedingungen|confidentialité|données|privacidad|datos|privacidade|dados|dati/u;
const FORM_CONSENT_WORDS = 60;

/** A line that is only a call to get the site's app: "Download the NBC News app", "CLICK HERE TO GET THE FOX NEWS APP". */
const APP_PROMPT_WORDS = 12;
const APP_PROMPT = onFirstUse(() => /^(?:click here to |tap here to )?(?:get|download|install) (?:the|our) (?:[\p{L}\p{N}&'.-]+ ){0,4}apps?(?: now| today| for free| here)?[.!]?$/u);

/** A form's button, clutter only right after a prompt ("Enter your email address …", then "Follow"). */
const FORM_BUTTONS = phraseSet([
  'follow', 'submit', 'go', 'join', 'send', 'no thanks', 'no, thanks', 'nein danke', 'folgen', 'absenden', 'senden', 'suivre', 'envoyer', 'valider', 'seguir', 'enviar',
  'segui', 'invia', 'iscriviti ora',
]);

/** What a line's text alone says of it as a promo. */
interface PromoText {
  /** One of the platform's fixed phrases ("Subscribe now"). */
  readonly phrase: boolean;
  /** A sign-up prompt in its own words, or a call to follow on two networks or more. */
  readonly prompt: boolean;
  /** A newsletter's pitch without an imperative (a prompt unless it is a heading). */
  readonly pitch: boolean;
}

const NO_PROMO: PromoText = { phrase: false, prompt: false, pitch: false };

/** A prompt in its own words, by its text alone; it may run longer than a phrase: "Get our free guide to … in your inbox, …". */
function isPrompt(text: string, norm: string, words: number): boolean {
  if (words > PROMPT_WORDS) return false;
  if (PROMPT_CLOSING_TEXT.test(text) && PROMPT().test(text)) return true;
  if (isFollowCall(text)) return true;
  if (words <= FORM_NOTE_WORDS && FORM_NOTE.test(norm)) return true;
  if (words <= APP_PROMPT_WORDS && APP_PROMPT().test(norm)) return true;
  if (words <= FORM_CONSENT_WORDS && FORM_CONSENT_OPENING.test(norm) && FORM_CONSENT_SUBJECT.test(norm)) return true;
  if (words <= PAYWALL_PROMPT_WORDS && (norm.startsWith('to ') || norm.startsWith('subscribe')) && PAYWALL_PROMPT.test(norm)) return true;
  if (words <= APP_STORE_CALL_WORDS && isAppStoreCall(norm)) return true;
  const first = firstWord(norm);
  if (SIGNUP_OPENINGS.has(first) && SIGNUP_CALL.test(norm)) return true;
  if (SUPPORT_OPENINGS.has(first) && SUPPORT_OPENING_CALL.test(norm)) return true;
  if (words <= OTHER_PAYWALL_WORDS && OTHER_PAYWALL_OPENINGS.has(first) && OTHER_PAYWALL_PROMPT.test(norm)) return true;
  if (!RARE_CALL_WORDS.test(norm)) return false;
  if (words <= OTHER_PAYWALL_WORDS && AUTO_RENEWAL.test(norm)) return true;
  if ((words <= CHANNEL_CALL_WORDS && CHANNEL_CALL.test(norm)) || SUPPORT_CALL.test(norm)) return true;
  if (JOURNALISM_WORDS.test(norm) && NEEDS_SUPPORT.test(norm)) return true;
  return CLICK_TO_SUPPORT.test(norm) || (words <= DONATION_CALL_WORDS && DONATION_CALL.test(norm)) || (words <= PUSH_PROMPT_WORDS && PUSH_PROMPT.test(norm));
}

const promoText = textJudgement((text, norm, words): PromoText => {
  const phrase = PROMO_PHRASES.test(norm) || (words <= 5 && norm.endsWith('newsletter') && NAMED_NEWSLETTER().test(norm));
  const prompt = !phrase && isPrompt(text, norm, words);
  const pitch = !phrase && words <= PITCH_WORDS && ((INBOX_PITCH_WORDS.test(text) && INBOX_PITCH().test(text)) || (OTHER_INBOX_PITCH.test(norm) && PITCH_CALL.test(norm)));
  return phrase || prompt || pitch ? { phrase, prompt, pitch } : NO_PROMO;
});

/**
 * A promo word as the heading of a section of the article ("## Newsletter"
 * over prose about one), not a box: prose comes right under it, and no
 * prompt follows before the next heading.
 */
function headsArticleSection(ctx: RuleContext, i: number): boolean {
  if (ctx.blocks[i]!.kind !== 'heading') return false;
  let first = true;
  for (let j = i + 1; j < ctx.blocks.length && ctx.blocks[j]!.kind !== 'heading'; j++) {
    if (ctx.removed(j)) continue;
    if (first && !ctx.isProse(j)) return false;
    first = false;
    if (ctx.words(j) <= 30 && ctx.byText(j, promoText).phrase) return false;
  }
  return !first;
}

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  let afterPrompt = false;
  for (let i = 0; i < ctx.blocks.length; i++) {
    if (ctx.removed(i)) continue;
    const short = ctx.words(i) <= 30;
    const { phrase, prompt, pitch } = ctx.byText(i, promoText);
    if ((short && phrase && !headsArticleSection(ctx, i)) || prompt || (pitch && ctx.blocks[i]!.kind !== 'heading')) {
      yield { from: i, to: i + 1, reason: 'subscribe, sign-up or app prompt' };
      afterPrompt = true;
    } else if (afterPrompt && short && FORM_BUTTONS.test(ctx.norm(i))) {
      yield { from: i, to: i + 1, reason: 'subscribe, sign-up or app prompt' };
    } else {
      afterPrompt = false;
    }
  }
}

export const promo: Rule = {
  id: 'promo',
  category: 'promo',
  description: 'Newsletter and subscribe boxes, app banners, paywall and membership prompts',
  html: [
    {
      selector: '.newsletter, #newsletter, .newsletter-signup, .newsletter-form, .newsletter-box, .newsletter-widget, .subscribe, .subscribe-box, .subscribe-widget, .subscription-widget, .email-signup, .signup-form, .mc4wp-form, .jetpack_subscription_widget, .wp-block-jetpack-subscriptions, [data-component-name="SubscribeWidgetToDOM"], .inline-newsletter, .app-banner, .smartbanner, .piano-offer, .tp-modal, .membership-prompt',
      // Not `.paywall`: paywall markup (schema.org isAccessibleForFree) puts that class on the article's own paragraphs.
      reason: 'subscribe or app prompt',
      maxWords: 120,
    },
    // The gate a paywall sets after the article's first lines: an aside, never the article's own text.
    { selector: 'aside#paywall, aside.paywall, aside[class*="paywall"], aside[id*="paywall"]', reason: 'paywall', maxWords: 250 },
  ],
  text: textVerdicts,
};
