/**
 * Site footers and legal lines: copyright notices ("© 2019 Example Media.
 * All rights reserved."), "Powered by Blogger", and the legal links
 * (Privacy Policy, Terms of Use, Impressum, Mentions légales …).
 */
import { labelRuns, runVerdicts, atArticleEdge, type LabelStrength } from './lib/runs.js';
import { phraseSet } from './lib/phrases.js';
import { textJudgement } from './lib/text-judgement.js';
import type { Rule, RuleContext, Verdict } from './types.js';
import { onFirstUse } from '../text/first-use.js';

// "copyright" inside a sentence ("the museum holds the copyright to …") and a list's "(c) …" item are text:
// the word leads the line, comes with a sign or a year, or with the legal words of a notice (reproduction, permission).
const COPYRIGHT = onFirstUse(() => /(?:^|\s)(?:©|&copy;)|(?:^|\s)\(c\)\s*\d{4}|^copyright\b|\bcopyright\s*(?:©|\(c\)|\d{4})|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b|\btodos os direitos reservados\b|\btutti i diritti riservati\b|\balle rechten voorbehouden\b|\bwszelkie prawa zastrzeżone|\bmateriał chroniony prawem autorskim/iu);
/** Text every COPYRIGHT alternative holds, same flags: a quick test that lets the full one run only where it can match. */
const COPYRIGHT_WORDS = /©|copy|\(c\)|rights|rechte|droits|derechos|direitos|diritti|rechten|prawa|prawem/iu;
const POWERED_BY = onFirstUse(() => /^(?:proudly\s+)?(?:powered by|theme by|designed by|design by|(?:web)?design von|theme von|built with|site by|made with|a website powered by|propulsé par|un site web propulsé par|desarrollado por|funciona con|tecnologia do|desenvolvido por|creato con|realizzato da|bereitgestellt von)\b.{0,80}$/iu);

const LEGAL_LINKS = phraseSet([
  'privacy policy', 'privacy', 'privacy notice', 'privacy statement', 'cookie policy', 'cookies policy', 'cookie settings',
  'terms of use', 'terms of service', 'terms and conditions', 'terms & conditions', 'terms', 'legal', 'legal notice',
  'accessibility', 'accessibility statement', 'sitemap', 'site map', 'contact', 'contact us', 'about', 'about us',
  'advertise', 'advertise with us', 'careers', 'jobs', 'help', 'faq', 'rss', 'rss feed', 'do not sell my personal information',
  'do not sell or share my personal information', 'your privacy choices', 'manage cookies', 'ad choices',
  'impressum', 'datenschutz', 'datenschutzerklärung', 'nutzungsbedingungen', 'agb', 'kontakt', 'cookie-einstellungen',
  'mentions légales', 'politique de confidentialité', 'confidentialité', 'conditions d\'utilisation', 'cgu', 'nous contacter',
  'aviso legal', 'política de privacidad', 'política de cookies', 'términos y condiciones', 'contacto', 'quiénes somos',
  'política de privacidade', 'termos de uso', 'termos de serviço', 'fale conosco', 'contato', 'quem somos',
  'note legali', 'privacy policy e cookie', 'informativa privacy', 'informativa cookie', 'termini e condizioni', 'contatti', 'chi siamo',
]);

/** Blogger's "Simple theme. Theme images by … Powered by Blogger.": the attribution closes a short line. */
const ENDS_POWERED_BY = onFirstUse(() => /(?:^|[.|·•]\s*)(?:proudly\s+)?powered by\s+[\p{L}\d.-]+\.?$/iu);

/** The legal words of a notice, beside a "copyright" that does not lead the line. */
const NOTICE_WORDS = /\b(?:reproduc\w*|republish\w*|written permission|prior permission)\b/iu;
const COPYRIGHT_WORD = /\bcopyright\b/iu;
/** COPYRIGHT_WORD without its word boundaries: a quick test first (a leading `\b` makes V8 try every position). */
const COPYRIGHT_LETTERS = /copyright/iu;

/** A copyright or "Powered by" line, of 40 words or fewer (footerLabel reads no longer lines). */
function isCopyright(text: string, words: number): boolean {
  if (COPYRIGHT_LETTERS.test(text) && COPYRIGHT_WORD.test(text) && NOTICE_WORDS.test(text)) return true;
  // "Designed by a local architect in 1902, the tower …" is a sentence; "Theme by X | Powered by Y" is short and has no clause.
  return (COPYRIGHT_WORDS.test(text) && COPYRIGHT().test(text)) || (words <= 14 && ENDS_POWERED_BY().test(text)) || (POWERED_BY().test(text) && words <= 10 && !/,\s/.test(text));
}

/**
 * A site's licence for all it publishes, in the footer: "Unless otherwise stated, the content of this page is licensed
 * under …", "Sofern nicht anders angegeben, stehen die Inhalte dieser Website unter …". An article's own licence names the
 * article, not the site or the page. On `norm`, with a licence named.
 */
const SITE_LICENCE =
  /^(?:unless otherwise (?:stated|noted|indicated|specified),? (?:all )?(?:the )?(?:content|contents|text|material)s? (?:of|on) this (?:page|site|website|blog|wiki)|(?:all )?(?:the )?(?:content|contents|text|material)s? (?:of|on) this (?:site|website|blog|wiki) (?:is|are) (?:licensed|available|published|released) under|sofern nicht anders (?:angegeben|ausgewiesen|vermerkt|gekennzeichnet),? (?:stehen|sind|ist|steht) (?:alle |die )?(?:inhalte|texte|der inhalt) (?:dieser|der|auf dieser) (?:website|webseite|seite|site|blog)|(?:die |alle )?inhalte (?:dieser|dieses|auf dieser) (?:website|webseite|seite|site|blogs?) (?:sind|stehen) unter|sauf (?:mention|indication) contraire,? (?:le contenu|les contenus|les textes) (?:de ce|du) (?:site|blog)|salvo (?:que se indique lo contrario|indicación (?:en )?contrari[ao]),? (?:el contenido|los contenidos) de (?:este|esta) (?:sitio|web|página|blog)|salvo indicação em contrário,? o conteúdo (?:deste|do) (?:site|sítio|blog)|salvo (?:diversa indicazione|ove diversamente (?:indicato|specificato)),? (?:i contenuti|il contenuto) (?:di questo|del) (?:sito|blog))/u;
const LICENCE_WORDS = /licen[cs]|lizenz|creative commons|cc[ -]by|gnu|public domain|gemeinfrei/u;
/** SITE_LICENCE's openings: an anchored test that fails on most lines' first letter. */
const SITE_LICENCE_OPENING = /^(?:unless|content|all |the |text|material|sofern|die |inhalte|sauf|salvo)/u;

/** A market-data site's notice under its quotes: "All quotes delayed a minimum of 15 minutes.", "Quotes delayed at least 15 minutes. …". */
const QUOTES_DELAYED = /^(?:all )?(?:market data|(?:stock )?quotes?|prices) (?:are |is )?delayed (?:by )?(?:at least |a minimum of |up to )?\d{1,2} (?:minutes|mins?)\b/u;

/** A publication's serial number on a line of its own, as magazines print it in their footer: "ISSN 2222-2464". */
const ISSN = /^(?:e-|p-|online-|print-)?issn:? ?\d{4}-\d{3}[\dx]$/u;

/** Words of a footer line of legal links, at most, and of a part that is no link ("Copyright Jane Doe"). */
const LEGAL_LINE_WORDS = 25;
const LEGAL_LINE_OTHER_WORDS = 6;
/** What a footer puts between its links on one line (the spaces around it trimmed from each part). */
const LINK_SEPARATOR = /[|·•]/u;

/**
 * A footer's links on one line, with its owner's name or a slogan between them: "Impressum | Datenschutz | Copyright
 * Jane Doe". Two legal links or more, and nothing longer than a name besides.
 */
function legalLinkLine(norm: string, words: number): boolean {
  if (words > LEGAL_LINE_WORDS || !(norm.includes('|') || norm.includes('·') || norm.includes('•'))) return false;
  let legal = 0;
  for (const spaced of norm.split(LINK_SEPARATOR)) {
    const part = spaced.trim();
    if (LEGAL_LINKS.test(part)) legal++;
    else if (part.split(' ').length > LEGAL_LINE_OTHER_WORDS) return false;
  }
  return legal >= 2;
}

/** A line as a footer's: a copyright or "Powered by" line, a market-data notice, or a legal link; by its text alone. */
const footerLabel = textJudgement((text, norm, words): LabelStrength | undefined => {
  if (words > 40) return undefined;
  if (isCopyright(text, words) || (norm.includes('delayed') && QUOTES_DELAYED.test(norm)) || (words <= 3 && ISSN.test(norm))) return 'strong';
  if (SITE_LICENCE_OPENING.test(norm) && SITE_LICENCE.test(norm) && LICENCE_WORDS.test(norm)) return 'strong';
  if (legalLinkLine(norm, words)) return 'strong';
  if (words <= 10 && LEGAL_LINKS.test(norm)) return 'weak';
  return undefined;
});

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  for (const run of labelRuns(ctx, (i) => ctx.byText(i, footerLabel))) {
    // A copyright line inside the article (a quoted licence, say) stays; after the article it is the footer.
    const afterArticle = ctx.lastProse < 0 || run.members[0]! >= ctx.lastProse;
    if ((run.strong > 0 && afterArticle) || (run.members.length >= 2 && atArticleEdge(ctx, run))) {
      yield* runVerdicts(run.members, 'site footer: copyright and legal links');
    }
  }
}

export const footer: Rule = {
  id: 'footer',
  category: 'footer',
  description: 'Site footers: copyright notices, "Powered by …", legal links (Privacy Policy, Terms, Impressum, Mentions légales)',
  html: [
    { selector: 'footer.site-footer, #colophon, .site-footer, #site-footer, #footer, .footer, body > footer, [role="contentinfo"], .copyright, #copyright', reason: 'site footer', maxWords: 600 },
  ],
  text: textVerdicts,
};
