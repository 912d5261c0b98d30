/**
 * Author boxes after an article: "About the author" with a short bio,
 * "Written by …", "View all posts by …", "More from …". A bio written into
 * the article's own last paragraph stays unless it sits in an author box.
 */
import { firstWord, keptFrom } from './lib/lines.js';
import { phraseSet } from './lib/phrases.js';
import type { Rule, RuleContext, Verdict } from './types.js';
import { onFirstUse } from '../text/first-use.js';

const AUTHOR_HEADINGS = phraseSet([
  'about me', 'about the author', 'about the authors', 'über mich', 'à propos de moi', 'sobre mí', 'sobre mim', 'chi sono', 'about author', 'the author', 'author', 'authors', 'written by', 'author bio',
  'über den autor', 'über die autorin', 'zum autor', 'zur autorin', 'der autor', 'die autorin', 'à propos de l\'auteur',
  'l\'auteur', 'sobre el autor', 'sobre la autora', 'el autor', 'sobre o autor', 'sobre a autora', 'o autor',
  'sull\'autore', 'l\'autore', 'informazioni sull\'autore',
]);
const AUTHOR_LINKS = phraseSet([
  'view all posts by {*}', 'view all posts', 'more posts by {*}', 'all posts by {*}', 'see all posts by {*}',
  'see all from {*}', 'more articles by {*}', 'view more articles',
  'follow {*} on twitter', 'alle beiträge von {*} anzeigen', 'alle artikel von {*}', 'voir tous les articles de {*}',
  'voir tous les articles par {*}', 'ver todas las entradas de {*}', 'ver todos os posts de {*}', 'visualizza tutti gli articoli di {*}',
]);
/** Lead-ins a sentence may also start with ("Written by candlelight, …"): only with a name after them. */
const AUTHOR_CREDITS = phraseSet([
  'more from {*}', 'posts by {*}', 'articles by {*}',
  'written by {*}', 'geschrieben von {*}', 'écrit par {*}', 'escrito por {*}', 'scritto da {*}',
]);

/** A name or handle after the lead-in, and no sentence ending: "Written by Ana Lima", "More from The Alpine Times". */
function namesSomeone(text: string): boolean {
  return !/[.!?]$/.test(text.trim()) && /\s[\p{Lu}@]/u.test(text.trim().replace(/^\S+/, ''));
}

/** "Jane Doe is a reporter for the Harbour Times.": a one-line bio under the story. */
const BIO_LINE =
  onFirstUse(() => /^(?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}.'’-]*\s(?:is|was)\s(?:an?|the)\s(?:[\p{L}-]+\s){0,3}(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|intern|photographer)\b[^.!?]{0,100}\.$/u);
/** What BIO_LINE holds mid-line, same flags: a quick test first (its Unicode classes cost V8 ~2 ms to compile). */
const IS_A = /\s(?:is|was)\s(?:an?|the)\s/u;
/** "Reach the reporter at …", "Jane Doe can be reached at jdoe@example.org.", "Email Jane Doe at jdoe@…": how to reach the author. */
const CONTACT_SENTENCE = onFirstUse(() => /(?:^reach (?:the )?(?:reporters?|writers?|authors?|editors?)\b|\b(?:can|may) be (?:reached|contacted) (?:at|by|via|on)\b|^e-?mail (?:the (?:reporter|writer|author)|\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) at \S+@\S+)/iu);
/**
 * What every CONTACT_SENTENCE match holds, tested first: a case-insensitive Unicode pattern is tried at every
 * position of every line, and none of these letters has a non-ASCII case fold, so ASCII case folding finds them.
 */
const MAY_BE_CONTACT = /reach|contacted|^e-?mail /i;
const BIO_LINE_WORDS = 40;
/**
 * A bio of a few sentences, opening as BIO_LINE does ("Meg James is a media reporter for the Times, covering …. She
 * joined …"), a handle after the name allowed: as the last paragraph of prose, up to this many words.
 */
const BIO_OPENING =
  onFirstUse(() => /^(?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}.'’-]*\s(?:\(@\w{1,30}\)\s)?(?:is|was)\s(?:an?|the)\s(?:[\p{L}-]+\s){0,3}(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|intern|photographer)\b/u);
const BIO_PARAGRAPH_WORDS = 80;
/**
 * More openings of a bio after the story: an academic's or an expert's ("Jane Doe is a professor of law at …", "…
 * is a senior fellow at …"), a beat ("Jane Doe writes about energy policy …"), and German ones ("Jana Muster ist
 * freie Journalistin …", "… schreibt für …"). A news story closes on a quote more often than on who someone is.
 */
const MORE_BIO_OPENINGS =
  onFirstUse(() => /^(?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}.'’-]*\s(?:(?:is|was)\s(?:an?|the)\s(?:[\p{L}-]+\s){0,3}(?:[Pp]rofessor|[Ll]ecturer|[Ff]ellow|[Ee]xpert|[Aa]nalyst|[Cc]o-[Ff]ounder|[Ff]ounder)\b|(?:writes|reports)\s(?:about|on|for)\s|ist\s(?:freie[rs]?\s)?(?:[\p{L}-]+\s){0,2}(?:Journalist(?:in)?|Redakteur(?:in)?|Korrespondent(?:in)?|Volontär(?:in)?|Reporter(?:in)?)\b|schreibt\s(?:über|für)\s)/u);
/**
 * German bios that open on a person's name with what they work on or are expert in ("Jana Muster beschäftigt sich mit
 * …", "Max Muster ist IT-Experte mit …"). A story's last sentence opens so on an institution ("Das Gericht beschäftigt
 * sich mit …"), after an article or a possessive, so those openings are left out.
 */
const GERMAN_BIO_OPENING =
  onFirstUse(() => /^(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines|Unser|Unsere|Sein|Seine|Ihr|Ihre|Dieser|Diese|Dieses|Jeder|Jede)\s)(?:\p{Lu}[\p{L}.'’-]*\s){1,2}\p{Lu}[\p{L}.'’-]*\s(?:beschäftigt\ssich\s(?:seit|mit|als|vor allem|schwerpunktmäßig)\s|ist\s(?:[\p{L}-]+\s){0,2}[\p{L}-]*(?:Experte|Expertin|Berater|Beraterin|Gründer|Gründerin|Inhaber|Inhaberin|Geschäftsführer|Geschäftsführerin)\b)/u);
/** Words every MORE_BIO_OPENINGS or GERMAN_BIO_OPENING match holds, same flags: a quick test first. */
const MAY_BE_MORE_BIO = /\s(?:is|was|writes|reports|ist|schreibt|beschäftigt)\s/u;
/**
 * A blogger's greeting that introduces them under the post ("Hallo, ich bin Lena …", "Hi, I'm Sam, and …"): as the last
 * paragraph of prose, after the post. A post that opens with such a greeting has its own paragraphs after it. On `norm`.
 */
const GREETINGS = new Set(['hallo', 'hi', 'hey', 'moin', 'servus', 'hello', 'hola', 'salut', 'bonjour', 'ciao', 'olá']);
/** A text's first word without the comma after it: GREETING_BIO runs (and compiles) only on texts that open with a greeting. */
function greetingWord(norm: string): string {
  const word = firstWord(norm);
  return word.endsWith(',') ? word.slice(0, -1) : word;
}
const GREETING_BIO = /^(?:(?:hallo|hi|hey|moin|servus),? ich bin|(?:hi|hello|hey),? (?:i'm|i’m|i am)|hola,? soy|(?:salut|bonjour),? je suis|ciao,? sono|olá,? (?:eu )?sou) /u;

/** A one-line bio or contact line, or a bio of a few sentences, after the article's last paragraph. */
function isBioLine(ctx: RuleContext, i: number): boolean {
  const words = ctx.words(i);
  if (words > BIO_PARAGRAPH_WORDS || ctx.blocks[i]!.kind === 'heading' || i < ctx.lastProse) return false;
  const text = ctx.blocks[i]!.text.trim();
  if (i > ctx.firstProse && GREETINGS.has(greetingWord(ctx.norm(i))) && GREETING_BIO.test(ctx.norm(i))) return true;
  const more = MAY_BE_MORE_BIO.test(text) && (MORE_BIO_OPENINGS().test(text) || GERMAN_BIO_OPENING().test(text));
  if (!IS_A.test(text) && !MAY_BE_CONTACT.test(text) && !more) return false;
  // A bio closes on a sentence, or on the address it gives ("… Email: jane@example.org").
  if (words > BIO_LINE_WORDS) return (more || BIO_OPENING().test(text)) && /(?:[.!?]|@[\w-]+(?:\.[\w-]+)+)$/u.test(text);
  if (more) return true;
  return (IS_A.test(text) && (BIO_LINE().test(text) || BIO_OPENING().test(text))) || (MAY_BE_CONTACT.test(text) && CONTACT_SENTENCE().test(text));
}

/**
 * The issuer's boilerplate under a press release: "Ascom is a global solutions provider focused on …", "Muster AG ist ein
 * führender Anbieter von …", opening on the company's name and what it is, with where it sits, how many it employs or
 * where its shares trade. A story's own lines about a company call it otherwise ("The company, based in …").
 */
const ISSUER_KINDS = [
  'provider', 'supplier', 'manufacturer', 'company', 'developer', 'maker', 'producer', 'group', 'firm', 'specialist', 'operator',
  'anbieter', 'hersteller', 'unternehmen', 'dienstleister', 'konzern', 'spezialist', 'entreprise', 'fournisseur', 'fabricant',
  'groupe', 'empresa', 'proveedor', 'fabricante', 'grupo', 'fornecedor',
];
/** A kind in lower case or capitalised, as German writes its nouns: "[Hh]ersteller". */
const ISSUER_KIND = ISSUER_KINDS.map((k) => `[${k[0]}${k[0]!.toUpperCase()}]${k.slice(1)}`).join('|');
const ISSUER_OPENER = onFirstUse(
  // Escapes, not the characters: the bundle keeps non-ASCII characters only inside regex literals.
  () => new RegExp(String.raw`^(?:\p{Lu}[\p{L}\p{N}&.'\u2019-]*\s){0,3}\p{Lu}[\p{L}\p{N}&.'\u2019-]*,? (?:is|ist|est|es|\u00e9) (?:a|an|the|ein|eine|un|une|una|uma|um) (?:[\p{L}-]+ ){0,4}?(?:${ISSUER_KIND})\b`, 'u'),
);
/**
 * What a company says of itself there: two such facts in the boilerplate at least (a story's background paragraph
 * gives one: "… is a family company founded in 1902"), or one under an "About …" heading.
 */
const ISSUER_FACTS = 2;
const ISSUER_FACT =
  /\b(?:headquartered in|headquarters (?:are |is )?in|employs (?:around |approximately |about |over |more than |some )?[\d,.]+|(?:listed|traded) on the|nyse|nasdaq|swiss exchange|xetra|euronext|founded in \d{4}|hauptsitz in|beschäftigt (?:rund |weltweit |mehr als |über |circa |ca\. )?[\d.]+|börse notiert|siège social|fondée en \d{4}|sede (?:central |social )?en|fundada en \d{4})/gu;
/** What every ISSUER_OPENER match holds after the name. */
const IS_A_KIND = / (?:is|ist|est|es|é) (?:an?|the|eine?|une?|una|uma?) /u;
/** Paragraphs of such boilerplate at most, and their words each. */
const ISSUER_BLOCKS = 4;
const ISSUER_BLOCK_WORDS = 150;
/** "About Ascom", "Über die Muster AG": the heading some releases set over it. */
const ABOUT_HEADING = /^(?:about|über|à propos de|acerca de|sobre|informazioni su) \S/u;

/** The blocks of an issuer's boilerplate closing the article, as [from, to), or undefined. */
function issuerBoilerplate(ctx: RuleContext): [number, number] | undefined {
  const last = ctx.lastProse;
  if (last < 0) return undefined;
  for (let i = last, seen = 0; i > ctx.firstProse && seen < ISSUER_BLOCKS; i--) {
    if (ctx.removed(i)) continue;
    if (ctx.blocks[i]!.kind !== 'paragraph' || ctx.words(i) > ISSUER_BLOCK_WORDS) return undefined;
    seen++;
    // The opener's verb first, a short search: the full pattern (Unicode classes, slow to compile) and the facts' search run only then.
    if (!IS_A_KIND.test(ctx.blocks[i]!.text) || !ISSUER_OPENER().test(ctx.blocks[i]!.text)) continue;
    let facts = 0;
    for (let j = i; j <= last; j++) if (!ctx.removed(j)) facts += ctx.norm(j).match(ISSUER_FACT)?.length ?? 0;
    const heading = keptFrom(ctx, i - 1, -1);
    const about = heading > ctx.firstProse && ctx.blocks[heading]!.kind === 'heading' && ABOUT_HEADING.test(ctx.norm(heading));
    return facts >= (about ? 1 : ISSUER_FACTS) ? [about ? heading : i, last + 1] : undefined;
  }
  return undefined;
}

/**
 * The issuer's boilerplate closing a press release; bios and contact lines, links to the author's other posts, and the
 * bio after an author heading (short blocks up to the next heading or a long stretch of prose), above it.
 */
function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  const n = ctx.blocks.length;
  const issuer = issuerBoilerplate(ctx);
  if (issuer) yield { from: issuer[0], to: issuer[1], reason: "the issuer's boilerplate under a press release" };
  for (let i = 0; i < (issuer ? issuer[0] : n); i++) {
    if (!ctx.removed(i) && isBioLine(ctx, i)) {
      yield { from: i, to: i + 1, reason: "the author's bio or contact line" };
      continue;
    }
    if (ctx.removed(i) || ctx.words(i) > 12) continue;
    const norm = ctx.norm(i);
    if (AUTHOR_LINKS.test(norm) || (AUTHOR_CREDITS.test(norm) && namesSomeone(ctx.blocks[i]!.text))) {
      yield { from: i, to: i + 1, reason: 'link to the author\'s other posts' };
      continue;
    }
    // An author heading after the article, and the one or two short paragraphs of bio under it.
    if (AUTHOR_HEADINGS.test(norm) && ctx.lastProse >= 0 && i >= ctx.lastProse - 2) {
      let end = i + 1;
      while (end < n && end - i <= 3 && (ctx.removed(end) || (ctx.blocks[end]!.kind !== 'heading' && ctx.words(end) <= 80))) end++;
      yield { from: i, to: end, reason: 'author box' };
      i = end - 1;
    }
  }
}

export const authorBox: Rule = {
  id: 'author-box',
  category: 'author',
  description: 'Author boxes: "About the author" and the bio under it, "Written by …", "View all posts by …"',
  html: [
    {
      selector: '.author-bio, .author-info, .author-box, .about-author, .about-the-author, .author-description, .author-card, .elementor-author-box, .blog-item-author-profile-wrapper, .saboxplugin-wrap, .wp-block-post-author, [class$="_bio"], [class*="author-profile"]',
      reason: 'author box',
      maxWords: 150,
    },
  ],
  text: textVerdicts,
};
