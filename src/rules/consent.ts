/**
 * Cookie and privacy notices. A block goes when it says the site uses
 * cookies (or asks to accept them) and is short, or when it is one of the
 * banner's buttons beside such a notice. An article about cookies, the
 * food or the law, stays: it does not say "this site uses cookies".
 */
import { labelRuns, runVerdicts, type LabelStrength } from './lib/runs.js';
import { phraseSet } from './lib/phrases.js';
import type { Rule, RuleContext, Verdict } from './types.js';

/** Sentences a cookie banner says, in the languages blogs are written in. */
const NOTICE =
  /\b(?:(?:this|our)\s+(?:web)?site\s+uses\s+cookies|we\s+use\s+cookies|uses\s+cookies\s+to|by\s+(?:continuing|using)\s+(?:to\s+use\s+)?this\s+(?:web)?site,?\s+you\s+(?:agree|consent)|accept\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|preferences|consent)|privacy\s+&\s+cookies|you\s+consent\s+to\s+(?:our|the)\s+use\s+of\s+cookies|wir\s+verwenden\s+cookies|diese\s+(?:web)?seite\s+(?:verwendet|nutzt)\s+cookies|verwendet\s+cookies|cookies\s+zulassen|(?:ce\s+site|nous)\s+utilis(?:e|ons)\s+des\s+cookies|utilise\s+des\s+cookies|accepter\s+les\s+cookies|(?:este\s+sitio|utilizamos|usamos)\s+(?:web\s+)?(?:utiliza\s+|usa\s+)?cookies|aceptar\s+cookies|(?:este\s+site|utilizamos|usamos)\s+(?:utiliza\s+|usa\s+)?cookies|aceitar\s+cookies|(?:questo\s+sito|utilizziamo|usiamo)\s+(?:utilizza\s+|usa\s+)?(?:i\s+)?cookie|accetta\s+(?:i\s+)?cookie)/iu;

const BUTTONS = phraseSet([
  'accept', 'accept all', 'accept cookies', 'accept all cookies', 'i accept', 'i agree', 'agree', 'ok', 'okay', 'got it',
  'allow all', 'allow cookies', 'reject', 'reject all', 'decline', 'deny', 'manage preferences', 'cookie settings',
  'customize', 'more information', 'learn more', 'read more', 'privacy policy', 'cookie policy', 'settings', 'save preferences',
  'akzeptieren', 'alle akzeptieren', 'zustimmen', 'ablehnen', 'einstellungen', 'mehr erfahren', 'verstanden',
  'accepter', 'tout accepter', 'refuser', 'tout refuser', 'paramètres', 'en savoir plus', "j'accepte",
  'aceptar', 'aceptar todo', 'rechazar', 'configurar', 'más información', 'aceitar', 'aceitar todos', 'rejeitar',
  'saiba mais', 'accetta', 'accetta tutti', 'rifiuta', 'impostazioni', 'maggiori informazioni', 'ho capito',
]);

function isNotice(ctx: RuleContext, i: number): boolean {
  return ctx.words(i) <= 120 && NOTICE.test(ctx.blocks[i]!.text);
}

function classify(ctx: RuleContext, i: number): LabelStrength | undefined {
  if (isNotice(ctx, i)) return 'strong';
  return ctx.words(i) <= 5 && BUTTONS.test(ctx.norm(i)) ? 'weak' : undefined;
}

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  for (const run of labelRuns(ctx, (i) => classify(ctx, i))) {
    if (run.strong > 0) yield* runVerdicts(run.members, 'cookie or privacy notice');
  }
}

export const consent: Rule = {
  id: 'consent',
  category: 'consent',
  description: 'Cookie and privacy notices and their buttons ("This website uses cookies …", "Accept all")',
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
