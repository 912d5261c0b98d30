/**
 * Ad slots and their labels: "Advertisement", "Anzeige", "Publicité",
 * "Sponsored", "Story continues below advertisement", and the containers ad
 * scripts fill (AdSense, GPT/DFP slots, elements named ad/ads/advert).
 * A label is removed only as a whole line; a sentence about advertising is
 * text.
 */
import { matchingLines } from './lib/lines.js';
import { phraseSet } from './lib/phrases.js';
import { textJudgement } from './lib/text-judgement.js';
import type { Rule, RuleContext, Verdict } from './types.js';
import { onFirstUse } from '../text/first-use.js';

const AD_LABELS = phraseSet([
  'advertisement', 'advertisements', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'sponsored links',
  'affiliatelink', 'affiliate-link', 'affiliate link', '(affiliate link)', '*affiliate link', 'werbelink', '*werbelink',
  'sponsored stories', 'paid content', 'paid post', 'promoted', 'promoted content', 'partner content',
  'story continues below advertisement', 'article continues below advertisement', 'continue reading below',
  'story continues below', 'article continues below', 'content continues below', 'scroll to continue with content',
  'advertisement - scroll to continue', 'continue reading the main story', 'ad feedback', 'report this ad',
  'advertise with us', 'skip ad', 'click to skip ad', 'close ad', 'ad choices', 'adchoices',
  'anzeige', 'anzeigen', '- anzeige -', 'werbung', 'gesponsert', 'weiter nach der anzeige', 'artikel wird nach der anzeige fortgesetzt',
  'publicité', 'sponsorisé', 'la suite après la publicité', 'article sponsorisé',
  'publicidad', 'anuncio', 'patrocinado', 'contenido patrocinado', 'sigue leyendo después de la publicidad',
  'publicidade', 'anúncio', 'patrocinado', 'conteúdo patrocinado', 'continua após a publicidade',
  'continua depois da publicidade', 'pubblicità', 'sponsorizzato', 'contenuto sponsorizzato',
  'reklama', 'реклама', '广告', '廣告', '広告', 'reklam', 'advertentie', 'annonse', 'annons', 'mainos',
  // An ad slot (AdSense's <ins>) as a text browser prints it, alone or after its label.
  'advertisement:', 'anzeige:', 'werbung:', 'publicité :', 'publicidad:', 'ins::ins', 'reklama [ins::ins]', 'advertisement [ins::ins]', 'anzeige [ins::ins]', 'werbung [ins::ins]', 'publicidad [ins::ins]',
]);

/** Labels that are also the name of a topic, so a heading of the article may be one. */
const TOPICS = phraseSet(['ads', 'advertisements', 'sponsored content', 'paid content', 'partner content', 'werbung', 'anzeigen', 'publicité', 'publicidad', 'publicidade', 'pubblicità']);

/** "## Ads" over prose about a blog's ad income is a section of the article; a label has no section of its own. */
function headsArticleSection(ctx: RuleContext, i: number): boolean {
  if (ctx.blocks[i]!.kind !== 'heading' || !TOPICS.test(ctx.norm(i))) return false;
  // The first block under it is the section's prose.
  for (let j = i + 1; j < ctx.blocks.length && ctx.blocks[j]!.kind !== 'heading'; j++) {
    if (!ctx.removed(j)) return ctx.isProse(j);
  }
  return false;
}

/**
 * Affiliate and sponsorship disclosures, which ground truths leave out with the ads: "This post contains affiliate
 * links", "*Werbung. Dieser Beitrag enthält Werbung für …", "Dieser Artikel entstand in Kooperation mit …", and a finance
 * site's note that its answers are "not provided or commissioned by the bank advertiser".
 */
const DISCLOSURE = onFirstUse(() => /\b(?:dieser|der) (?:beitrag|artikel|post|blogpost|text) (?:enthält (?:unbezahlte |bezahlte )?(?:werbung|werbelinks|affiliate)|(?:entstand|ist) in (?:freundlicher |bezahlter )?(?:kooperation|zusammenarbeit) mit)|\bthis (?:post|article) (?:is|was) sponsored by\b|\baffiliate[- ](?:(?:and\/or|or|and) \p{L}+ )?(?:links?|advertising program|commission)|\bassociates program\b|\b(?:may|might|will) (?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)|\bcommission (?:from|on) (?:purchases|qualifying)|\bpartnerlinks?\b|\bliens? affiliés?\b|\benlaces? de afiliados?\b|\blinks? de afiliados?\b|\bnot (?:provided|commissioned|reviewed|approved|endorsed)(?: or (?:commissioned|reviewed|approved|endorsed))? by (?:the|any) (?:bank advertiser|advertiser|bank|card issuer|credit card issuer|issuer)s?\b/iu);

/**
 * Words every DISCLOSURE alternative holds, case-insensitive: a quick test that lets the full one run only where it can
 * match. Without `u` (these words fold alike either way), V8 compiles it in less time, which every run pays once.
 */
const DISCLOSURE_WORDS = /affili|afiliad|associates|commission|compensation|partnerlink|enthält|kooperation|zusammenarbeit|sponsored|provision|advertiser|issuer/i;

/** A line as an affiliate or sponsorship disclosure, by its text alone. */
const disclosure = textJudgement((text, norm, words): boolean => words <= 80 && DISCLOSURE_WORDS.test(text) && (DISCLOSURE().test(text) || earnsCommission(norm)));

/** "Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler": the site earns a commission (a search, not a pattern that backtracks). */
const COMMISSION_REACH = 80;
function earnsCommission(norm: string): boolean {
  const at = norm.indexOf('eine provision');
  return at > 0 && /(?:^|\s)erhält?\s/.test(norm.slice(Math.max(0, at - COMMISSION_REACH), at));
}

/**
 * An ad's label in capitals before the ad's own words on its line: "ANZEIGE - Heute schon bestellt? …", "ADVERTISEMENT:
 * …". In capitals and before a dash, bar or colon the word is the label, not a sentence's ("Anzeige erstattet").
 */
const AD_LABEL_LEAD = /^(?:ANZEIGE|WERBUNG|ADVERTISEMENT|SPONSORED|PUBLICITÉ|PUBLICIDAD|PUBBLICITÀ) ?[-–—|:] ?\S/u;
const AD_LABEL_LEAD_WORDS = 25;
/** AD_LABEL_LEAD's first letters: a quick test before the pattern. */
const AD_LABEL_FIRST = new Set<string | undefined>(['A', 'W', 'S', 'P']);

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  for (const v of matchingLines(ctx, AD_LABELS, 'ad label', 12)) if (!headsArticleSection(ctx, v.from)) yield v;
  for (let i = 0; i < ctx.blocks.length; i++) {
    if (ctx.removed(i)) continue;
    if (ctx.byText(i, disclosure)) yield { from: i, to: i + 1, reason: 'affiliate disclosure' };
    else if (ctx.words(i) <= AD_LABEL_LEAD_WORDS && AD_LABEL_FIRST.has(ctx.blocks[i]!.text[0]) && AD_LABEL_LEAD.test(ctx.blocks[i]!.text)) yield { from: i, to: i + 1, reason: 'ad label' };
  }
}

export const ads: Rule = {
  id: 'ads',
  category: 'ads',
  description: 'Ad slots and their labels ("Advertisement", "Anzeige", "Publicité", "Sponsored", "Story continues below advertisement")',
  html: [
    { selector: 'ins.adsbygoogle, .adsbygoogle, [id^="div-gpt-ad"], [id^="google_ads"], [class*="dfp-"], [data-ad-slot], [data-ad-unit], [data-google-query-id]', reason: 'ad slot', maxWords: 40 },
    {
      selector: '.ad, .ads, .advert, .advertisement, .ad-slot, .ad-container, .ad-wrapper, .ad-unit, .adunit, .ad-banner, .advertising, .adsense, .ad-placeholder, #ad, #ads, [id^="ad-"], [class^="ad-"], [class*=" ad-"], [class*="-ad "], [class$="-ad"], .sponsored, .sponsor, .promoted',
      reason: 'advertising container',
      maxWords: 40,
    },
    { selector: '[rel~="sponsored"]', reason: 'sponsored link', maxWords: 30 },
  ],
  text: textVerdicts,
};
