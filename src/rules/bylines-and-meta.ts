/**
 * Article metadata that is not the article: bylines ("By Jane Doe"),
 * dates and times ("Published 7:07 PM EST Nov 19, 2019", "3 hours ago"),
 * reading time ("5 min read"), image captions and credits ("Photo: …",
 * "Getty Images", `<figcaption>`). Article-extraction ground truths leave
 * these out; a credit written as a sentence of the body stays.
 */
import { BARE_URL_LINE, firstWord, keptFrom, linesWhere, proseShare } from './lib/lines.js';
import { phraseSet } from './lib/phrases.js';
import { textJudgement } from './lib/text-judgement.js';
import { isSpace } from '../text/small-regex.js';
import type { Rule, RuleContext, Verdict } from './types.js';
import { onFirstUse } from '../text/first-use.js';
import { codeAt } from '../text/chars.js';

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'okt', 'dez',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv', 'févr', 'avr', 'juil', 'déc',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene', 'dic',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro', 'fev', 'set', 'out',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre', 'gen', 'giu', 'lug', 'ott',
  'januari', 'februari', 'maart', 'mei', 'augustus', 'maret', 'agustus', 'desember', 'okt', 'mrt', 'agu', 'des', 'mars', 'maj', 'augusti',
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  'ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık',
  'ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince',
];
const WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu',
  'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье',
];
/** Words that go with a date in a dateline: "Published", "Updated", "at", "GMT" … */
const DATE_WORDS = [
  'published', 'updated', 'posted', 'last updated', 'modified', 'first', 'originally', 'created', 'on', 'at', 'am', 'pm', 'a.m', 'p.m', 'of', 'the', 'st', 'nd', 'rd', 'th',
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'ist', 'aest', 'et', 'pt', 'ct', 'h', 'hrs', 'uhr',
  'veröffentlicht', 'aktualisiert', 'am', 'um', 'stand', 'publié', 'le', 'mis', 'à', 'jour', 'par', 'publicado', 'actualizado', 'el', 'a', 'las', 'de', 'del',
  'atualizado', 'em', 'às', 'pubblicato', 'aggiornato', 'il', 'alle', 'ore', 'gepubliceerd', 'bijgewerkt', 'op', 'om', 'diposting', 'diterbitkan', 'pada', 'pukul',
  'wib', 'opublikowano', 'zaktualizowano', 'опубликовано', 'обновлено', 'в', 'г', 'года', 'yayınlanma', 'güncelleme', 'tarihi', 'today', 'yesterday', 'heute', 'gestern', 'hier', "aujourd'hui", 'hoy', 'ayer', 'hoje', 'ontem', 'oggi', 'ieri',
];
export const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS);
/** Every word a dateline may hold besides numbers. */
export const DATE_TOKENS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS, ...DATE_WORDS]);
const RELATIVE_TIME = onFirstUse(() => /^(?:(?:updated|posted|published)\s+)?(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago$|^vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)$|^il y a\s+\d+\s+(?:secondes|minutes|heures|jours|semaines|mois|ans)$|^hace\s+\d+\s+(?:segundos|minutos|horas|días|semanas|meses|años)$|^há\s+\d+\s+(?:segundos|minutos|horas|dias|semanas|meses|anos)$|^\d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa$/u);

/** `word` without trailing characters from `chars`; a loop, where a regex would backtrack on long runs. */
function trimTrailing(word: string, chars: string): string {
  let end = word.length;
  while (end > 0 && chars.includes(word[end - 1]!)) end--;
  return word.slice(0, end);
}

/** Whether a line is only a date and time, with the words that go with one. */
/** "Updated at 1:23 p.m.": a dateline with only the time of day. */
const STAMPED_TIME = onFirstUse(() => /^(?:updated|published|posted|last updated|aktualisiert|mis à jour|actualizado|atualizado|aggiornato)(?: at| um| à| a las| às| alle)? \d{1,2}[:.h]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?$/u);

/** "10:15", "19.11.2019", "4th", and the French "10h15". */
const DATE_NUMBER = /^\d{1,4}(?:[.:/h-]\d{1,4}){0,3}(?:st|nd|rd|th|h|am|pm|e|er)?$/;
const MAX_DATE_WORDS = 14;

/** What a dateline's words are split at: JavaScript's `\s` and `,|/•·()[]–—-`. */
function isDateSeparator(c: number): boolean {
  return c === 44 || c === 124 || c === 47 || c === 40 || c === 41 || c === 91 || c === 93 || c === 45 || c === 0xb7 || c === 0x2022 || c === 0x2013 || c === 0x2014 || isSpace(c);
}

/**
 * A would-be dateline's words without their trailing dots and colons, as
 * `split(/[\s,|/•·()[\]–—-]+|(?<=\p{L})\.(?=\s|$)/u)` and trimming give them (a split at a dot
 * after a letter only cuts off a dot the trimming drops); in one pass that stops at the first word
 * that is neither a number nor a date word (undefined then, and for more than 14 words).
 */
function dateWords(norm: string): string[] | undefined {
  const words: string[] = [];
  const len = norm.length;
  let i = 0;
  for (;;) {
    while (i < len && isDateSeparator(codeAt(norm, i))) i++;
    if (i >= len) return words;
    let end = i;
    while (end < len && !isDateSeparator(codeAt(norm, end))) end++;
    const bare = trimTrailing(norm.slice(i, end), '.:');
    if (words.length === MAX_DATE_WORDS || !(DATE_NUMBER.test(bare) || DATE_TOKENS.has(bare))) return undefined;
    words.push(bare);
    i = end;
  }
}

export function isDateLine(norm: string): boolean {
  if (RELATIVE_TIME().test(norm) || STAMPED_TIME().test(norm)) return true;
  const words = dateWords(norm);
  if (!words?.length) return false;
  const numbers = words.filter((w) => DATE_NUMBER.test(w)).length;
  // A date needs a number and a month name, a year, or a numeric date ("19.11.2019"); a weekday and
  // hours ("Monday: 14–19", "Lunedì: 9.00-13.00", where no day or month is zero) are opening times.
  const month = words.some((w) => MONTH_NAMES.has(w));
  return numbers >= 1 && (month || /\b(?:19|20)\d\d\b/.test(norm) || /\b(?!0+[./-])\d{1,2}[./-](?!0+[./-])\d{1,2}[./-]\d{2,4}\b/.test(norm));
}

const CLOCK_TIME = /^\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr))?(?:\s+[A-Z]{2,4})?$/iu;

/** "By Jane Doe", "Von Max Muster", "By JERUSALEM POST STAFF", "By Jane Doe and John Roe, Reuters". */
const BYLINE = onFirstUse(() => /^(?:by|written by|posted by|words by|von|par|por|di|de|author|autor|auteur|autore)(?: ?: | )(\S.{1,79})$/iu);
/**
 * A byline's lead of two words in the other languages ("Verfasst von: Max Muster", "Publicado por Ana Lima"): a pattern
 * of its own, tried only on lines that open with its first word (BYLINE is tried on every short line).
 */
const LABELLED_BYLINE = onFirstUse(() => /^(?:(?:verfasst|geschrieben|gepostet|erstellt|eingestellt) von|(?:publié|écrit|rédigé) par|(?:publicado|escrito) por|(?:pubblicato|scritto) da)(?: ?: | )(\S.{1,79})$/iu);
const LABELLED_BYLINE_FIRST = new Set(['verfasst', 'geschrieben', 'gepostet', 'erstellt', 'eingestellt', 'publié', 'écrit', 'rédigé', 'publicado', 'escrito', 'pubblicato', 'scritto']);

function bylineMatch(text: string): RegExpExecArray | null {
  const m = BYLINE().exec(text);
  if (m) return m;
  const word = firstWord(text);
  return word.length <= 12 && LABELLED_BYLINE_FIRST.has(word.toLowerCase()) ? LABELLED_BYLINE().exec(text) : null;
}
/** A user name as a blog prints it after a labelled lead ("Verfasst von: harbourblog | 31. Dezember 2008"): one token, any case. */
const HANDLE = onFirstUse(() => /^[\p{L}\p{N}._-]{2,30}$/u);

function isNameList(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => !/^(?:and|und|et|y|e|&|,|the|staff|\||-|–|—)$/i.test(w));
  if (!words.length || words.length > 10) return false;
  // Names are capitalised words (or initials, or a date/time appended after a separator).
  return words.every((w) => /^[\p{Lu}\p{Lt}][\p{L}'’.-]*,?$/u.test(w) || /^\p{Lu}+[,.]?$/u.test(w));
}

/** "Posted on March 30, 2015 by Admin": a dateline, then the name. */
const DATED_BYLINE = /^(.{4,60}?) (?:by|von|par|por|di|oleh|door) (\S.{0,40})$/iu;
/** Longest text DATED_BYLINE can match (`.` is one code unit, or two for a pair): a cheap test first, as most lines are longer. */
const DATED_BYLINE_MAX = 2 * (60 + 1 + 4 + 1 + 41);
/** What stands between a name and the date after it: "Jane Doe - Nov 19, 2019". */
const BYLINE_PART_SEPARATOR = / [|•·–—-] /;

export function isBylineLine(text: string): boolean {
  // Blogger's "Posted by\nJane\nat\n3:08 PM": the parts of a byline, each in an element of its own.
  const spaced = text.includes('\n') ? text.trim().replace(/\s+/g, ' ') : text.trim();
  // Blogger closes the line with a bullet before its icons: "Posted by Jane at 3:08 PM ●".
  const trimmed = spaced.endsWith('●') ? spaced.slice(0, -1).trimEnd() : spaced;
  const m = bylineMatch(trimmed);
  const dated = trimmed.length <= DATED_BYLINE_MAX ? DATED_BYLINE.exec(trimmed) : null;
  if (dated && isDateLine(dated[1]!.toLowerCase()) && isNameList(dated[2]!)) return true;
  if (!m) {
    // "Jane Doe - Nov 19, 2019, 8:15 pm": a name, then a date (no separator, no parts to split).
    if (!BYLINE_PART_SEPARATOR.test(trimmed)) return false;
    const [who, ...rest] = trimmed.split(BYLINE_PART_SEPARATOR);
    return rest.length > 0 && who!.split(/\s+/).length <= 4 && isNameList(who!) && rest.every((r) => isDateLine(r.toLowerCase()));
  }
  // "By Jane Doe | Nov 19, 2019", Blogger's "Posted by Jane at 3:08 PM": a date or a time may follow.
  const [who, ...rest] = m[1]!.split(/ [|•·–—-] | on | at | um | am /);
  const stamped = rest.length > 0 && rest.every((r) => isDateLine(r.toLowerCase()) || CLOCK_TIME.test(r.trim()));
  if (stamped && trimmed[m[0]!.length - m[1]!.length - 2] === ':' && HANDLE().test(who!.trim())) return true;
  if (isNameList(who!.trim()) && rest.every((r) => isDateLine(r.toLowerCase()) || CLOCK_TIME.test(r.trim()) || isNameList(r.trim()))) return true;
  return rest.length === 0 && nameThenDate(who!.trim());
}

/** A reading time closing a byline: "… 5 min read". */
const BYLINE_READING_TIME = / \d{1,3} ?(?:min|mins|minute|minutes) read$/u;
/** Words of a name before the date, at most. */
const NAME_WORDS = 4;

/** "Jane Doe Feb 8, 2020 5 min read": a name, then a date and a reading time, with nothing between them. */
function nameThenDate(text: string): boolean {
  const words = text.replace(BYLINE_READING_TIME, '').split(' ');
  if (words.length > MAX_DATE_WORDS + NAME_WORDS) return false;
  for (let k = 1; k <= NAME_WORDS && k < words.length; k++) {
    if (isNameList(words.slice(0, k).join(' ')) && isDateLine(words.slice(k).join(' ').toLowerCase())) return true;
  }
  return false;
}

const META_LABELS = phraseSet(['image', 'images', 'caption', 'image caption', 'media caption', 'photo', 'photos', 'video', 'gallery', 'audio', 'image copyright', 'foto', 'bild', 'bildbeschreibung einblenden', 'bildbeschreibung ausblenden', 'vidéo', 'imagen', 'imagem', 'immagine', 'updated', 'published', 'posted', 'last updated', 'posted on', 'published on', 'aktualisiert', 'veröffentlicht', 'mis à jour', 'publié le', 'actualizado', 'publicado', 'atualizado', 'aggiornato', 'pubblicato']);

const READING_TIME = phraseSet([
  '{n} min read', '{n} minute read', '{n} mins read', '{n} minutes read', 'reading time: {n} minutes', 'reading time: {n} min',
  'lesezeit: {n} minuten', 'lesezeit: {n} min', '{n} minuten lesezeit', 'temps de lecture : {n} minutes',
  'temps de lecture : {n} min', '{n} min de lecture', 'tiempo de lectura: {n} minutos', '{n} minutos de lectura',
  '{n} min de leitura', '{n} minutos de leitura', 'tempo de leitura: {n} minutos', 'tempo di lettura: {n} minuti',
  '{n} minuti di lettura', 'estimated reading time: {n} minutes',
  'czas czytania: {n} min', 'ten tekst przeczytasz w mniej niż minutę', 'ten tekst przeczytasz w {n} minut', 'ten tekst przeczytasz w {n} minuty',
]);

/** Captions and credits: "Photo: …", "Image copyright …", "(Getty Images)". */
const CREDIT_LEAD = onFirstUse(() => /^(?:\(?\s*)(?:photo|photos|photograph|image|images|picture|pic|credit|credits|photo credit|image credit|image copyright|image caption|copyright|source|foto|fotos|bild|bildquelle|quelle|źródło|fuente|bron|kilde|källa|lähde|zdroj|forrás|kaynak|источник|crédits? photos?|crédit|crédits|crédito|créditos|fonte|immagine)\s*(?:by|:|©)\s*\S/iu);
/**
 * A post's lead picture, labelled by its role ("Beitragsbild: …", "Featured image: …"): its source in a few words. A
 * longer line under such a label describes the picture, a caption some pages count as their text.
 */
const FEATURED_IMAGE_LEAD = /^(?:beitragsbild|titelbild|titelfoto|aufmacherbild|headerbild|vorschaubild|featured image|header image|cover image|hero image|lead image|top image) ?: ?\S/u;
const FEATURED_IMAGE_CREDIT_WORDS = 12;
const AGENCIES = onFirstUse(() => /^(?:\(?\s*)(?:getty(?: images)?|afp|reuters|ap|ap photo|associated press|epa|epa-efe|shutterstock|istock(?:photo)?|alamy|dpa|anadolu|xinhua|pa|pa images|pa media|imago|picture alliance|sipa|bloomberg|efe|ansa|©[^.]*)(?:\s*(?:\/|via|,)\s*[^.]{0,60})?\s*\)?\.?$/iu);

/**
 * A caption or credit under the label a screen reader reads out, printed as text with no colon (as BBC
 * pages print them): "Image caption Crossings take forty minutes", "Media caption …", the two run together
 * ("Image copyright Getty Images Image caption …"); and "Image copyright Getty Images" alone when short,
 * where a longer line may be a sentence about copyright.
 */
const READ_OUT_CAPTION = /^(?:image copyright [^.]{1,80}? )?(?:image|media) caption \S/iu;
const READ_OUT_CREDIT = /^image copyright \S/iu;
const READ_OUT_CREDIT_WORDS = 8;
/** A photo's credit in parentheses that ends with its agency: "(ITV via AP)", "(Jane Doe/The Union via AP)", "(Photo by Jane Doe/Getty Images)". */
const VIA_AGENCY = onFirstUse(() => /^\([^()]{1,80}(?: via |\/)(?:ap|afp|reuters|getty images|shutterstock|epa|dpa|pa|bloomberg|anadolu|xinhua|imago|sipa|alamy)\)\.?$/iu);

/** A short credit with "via": "Image via Getty Images", "Photo via Wikimedia Commons". A sentence opening so runs longer. */
const VIA_CREDIT = /^(?:photo|photos|image|images|picture|foto|fotos|bild|imagen|immagine|imagem) via \S/iu;
const VIA_CREDIT_WORDS = 8;

const COPYRIGHT_CREDIT_WORDS = 16;

function isCredit(text: string, norm: string, words: number): boolean {
  if (words > 25) return false;
  if (AGENCIES().test(text) || READ_OUT_CAPTION.test(text)) return true;
  if (words <= VIA_CREDIT_WORDS && VIA_CREDIT.test(text)) return true;
  if (words <= READ_OUT_CREDIT_WORDS && READ_OUT_CREDIT.test(text)) return true;
  if (text.startsWith('(') && VIA_AGENCY().test(text)) return true;
  // "© imago images/IPON, Stefan Boness via www.imago-images.de": a picture's rights, no sentence.
  if (words <= COPYRIGHT_CREDIT_WORDS && text.startsWith('©') && !/[.!?]\s+\p{Lu}/u.test(text)) return true;
  if (words <= FEATURED_IMAGE_CREDIT_WORDS && norm.includes(':') && FEATURED_IMAGE_LEAD.test(norm)) return true;
  // A credit line is short; a sentence that starts "Photo:" and runs on is a caption too, when short.
  return CREDIT_LEAD().test(text) && (words <= 12 || !/[.!?]\s+\p{Lu}/u.test(text));
}

/** A labelled part of a post's meta line: "Publicado por: Ana Lima", "Categoria: Saúde", "Tags: ferry, pier", "Rating: 4.5/5". */
const LABELLED_META_PART =
  /^(?:(?:published|posted|written|added|publicado|publié|pubblicato|veröffentlicht|geschrieben|hinzugefügt|escrito|scritto) (?:by|por|par|da|von)|rating|bewertung|categor(?:y|ies|ia|ias|ía|ie)|catégories?|kategorien?|rubrique|ressort|tags?|schlagw[öo]rter|etiquetas?|étiquettes?|etichette|author|autor|auteur|autore) ?: ?\S/u;
/** Words of such a part, at most. */
const META_PART_WORDS = 8;
/** A post's view count as a part of its meta line: "Views: 1,120", "1120 Aufrufe", "Visualizações: 87". */
const VIEW_COUNT = /^(?:(?:views|aufrufe|zugriffe|gelesen|visualizações|visualizaciones|vistas|lectures|visite|просмотров|просмотры) ?: ?[\d.,]+|[\d.,]+ (?:views|aufrufe|zugriffe|mal gelesen|visualizações|visualizaciones|vistas|lectures|visite|просмотров))$/u;

/**
 * A post's meta line in parts: Medium's "6 min read · Mar 3, 2024", or "05/10/2018 - Publicado por: Ana Lima -
 * Categoria: Saúde - Tags: ferry": dates and reading times, and labelled parts, joined by dots, bars or dashes,
 * with a date or a reading time among them.
 */
function isMetaParts(norm: string): boolean {
  // Without a separator there is one part at most; without a figure, no date or reading time.
  if (!norm.includes('·') && !norm.includes('•') && !norm.includes('|') && !/ [-–—] /.test(norm)) return false;
  if (!/\d/.test(norm)) return false;
  const parts = norm.split(/[·•|]| [-–—] /).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return false;
  let dated = false;
  for (const part of parts) {
    if (isDateLine(part) || READING_TIME.test(part) || VIEW_COUNT.test(part)) dated = true;
    else if (!(LABELLED_META_PART.test(part) && part.split(' ').length <= META_PART_WORDS)) return false;
  }
  return dated;
}

/**
 * A wire service's credit line: "Reporting by Jane Doe; additional reporting by John Roe; Editing by
 * Max Muster", often in parentheses. Matched against `norm` (lower case, single spaces).
 */
const CREDIT_PART = String.raw`(?:additional )?(?:reporting|writing|editing|compiled|graphics) by [^;()]{1,80}`;
/** In parentheses, or two credits or more: a sentence that starts "Reporting by volunteers helped…" is neither. */
const WIRE_CREDIT = onFirstUse(() => new RegExp(String.raw`^(?:\(${CREDIT_PART}(?:; ${CREDIT_PART}){0,5}\)|${CREDIT_PART}(?:; ${CREDIT_PART}){1,5})\.?$`, 'u'));

/** A paragraph that is only an address, printed as text (the page's own URL under the story, a "short URL"). */
function isBareUrl(ctx: RuleContext, i: number): boolean {
  const block = ctx.blocks[i]!;
  return block.kind === 'paragraph' && ctx.linkDensity(i) < 0.5 && BARE_URL_LINE.test(block.text);
}

/**
 * A rating widget's count and average: "(7 Bewertungen)", "124 ratings", "Durchschnitt: 4.6 (7 Bewertungen)", "4.5
 * (32 reviews)". Matched on `norm`.
 */
const RATING =
  /^(?:(?:durchschnitt|average|moyenne|media|promedio|média)(?: rating)?: ?)?(?:\d(?:[.,]\d{1,5})?(?: ?\/ ?5| von 5| out of 5| sur 5| de 5| su 5)? )?\(?\d{1,6} (?:bewertungen|bewertung|ratings?|reviews?|votes?|stimmen|avis|valoraciones|votos|avaliações|recensioni|voti)\)?$/u;

/** A gallery's counter: "1 / 9", "3 of 12". */
const GALLERY_COUNTER = /^\d{1,3} ?(?:\/|of|von|de|di|sur|из|z|dari) ?\d{1,3}$/u;

/**
 * A caption that ends with its credit: "Protesters in the square (Image: Getty)", "… (AP Photo/Jane
 * Doe)", "… (ITV via AP)", "… REUTERS/John Roe/File Photo", "… © Reuters / John Roe"; a gallery's "less"/"more"
 * toggle may follow. Matched on `norm`.
 */
const CREDIT_TAIL =
  onFirstUse(() => /(?:\((?:(?:ap|afp|reuters|epa|dpa) )?(?:image|images|photo|photos|picture|pic|foto|fotos|bild|imagen|imagem|immagine|credit|source|quelle|fonte|фото)(?: ?: ?| by |\/)[^()]{1,60}\)|\((?:getty images|ap|afp|reuters|shutterstock)\)|\([^()]{1,60} via (?:ap|afp|reuters|getty images)(?:, file)?\)|\breuters\/\p{L}[^/()]{1,40}(?:\/file photo)?|© ?\p{L}[^©()]{1,60})(?: (?:less|more|mehr|plus|más|mais))?$/u);
/**
 * A caption whose credit follows its last sentence without parentheses, as dumps print a picture's caption: "…
 * last year. Photograph: Jane Doe/Getty Images", "…, photo: Archives", "… unklar (Symbolbild)." The label is
 * capitalised after a sentence's end (or lower case after a comma), and the credit holds no sentence. Matched on the text.
 */
const SENTENCE_CREDIT_TAIL =
  /(?:[.!?] (?:Photograph|Photo|Photos|Foto|Fotos|Bild|Bildquelle|Crédit photo|Photo credit|Image credit)|, (?:photo|foto|photograph)) ?: ?[^.!?:()]{1,60}$|\((?:Symbolbild|Symbolfoto|Archivbild|Archivfoto|File photo|Bildquelle ?:[^()]{1,60})\)\.?$/u;
/** Words a caption with its credit may run to. */
const CAPTION_WORDS = 60;
/**
 * A wire service's photo caption, as news sites print it under a picture: it opens "In this …, photo" or "FILE - In
 * this …" ("In this Sunday, Nov. 10, 2019, photograph, …", "In this photo issued by ITV, …") and ends with its
 * credit. It tells the picture's scene at length (two or three sentences): with both marks, up to this many words.
 */
const WIRE_CAPTION_WORDS = 100;
const WIRE_CAPTION_OPENING = /^(?:file ?[-–—] ?)?in this (?:[^,]{1,40}, ){0,4}(?:file |handout |undated )?(?:photo|photograph|image|picture|frame grab)\b/u;
/** A credit line of names and agencies ending with one: "Jane Doe | Bloomberg | Getty Images". */
const AGENCY_END = onFirstUse(() => /(?:^|[|/,] ?)(?:getty images|afp|reuters|associated press|ap photo|bloomberg|shutterstock|epa|dpa|alamy|istock)$/u);

/** How to cite the page: "Citation: Title (2019, November 18) retrieved 20 November 2019 from https://…". */
const CITATION = /^citation: .{10,300}? retrieved .{4,40}? from https?:\/\//u;

/**
 * How to cite the post, as academic blogs print it under the article: "SUGGESTED CITATION Doe, Jane: Title, Blog,
 * 2020/4/09, https://…", "Zitiervorschlag: …", "Pour citer cet article : …". The label opens the line.
 */
const SUGGESTED_CITATION = /^(?:suggested citation|cite (?:this|as)|how to cite(?: this (?:article|post))?|zitiervorschlag|empfohlene zitierweise|zitierweise|pour citer cet article|citation suggérée|cómo citar(?: este artículo)?|como citar(?: este artigo)?|citazione suggerita|per citare questo articolo)(?: ?:)? \S/u;
const SUGGESTED_CITATION_WORDS = 80;
/** How every SUGGESTED_CITATION and OPINION_DISCLAIMER match opens: the patterns are compiled and run only on lines that open so. */
const CITATION_OPENINGS = ['suggested citation', 'cite ', 'how to cite', 'zitier', 'empfohlene zitierweise', 'pour citer', 'citation sugg', 'cómo citar', 'como citar', 'citazione', 'per citare'];
const DISCLAIMER_OPENINGS = ['the views', 'the opinions', 'dieser ', 'der ', 'les opinions', 'las opiniones', 'as opiniões', 'le opinioni'];

/**
 * The site's disclaimer that an opinion is the author's: "The views expressed in this article are those of the
 * author …", "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.", "Les
 * opinions exprimées dans les blogs … n'engagent que leurs auteurs."
 */
const OPINION_DISCLAIMER = /^(?:the (?:views|opinions) expressed (?:in this (?:article|post|column|piece) |here(?:in)? )?are (?:those of the author|the author'?s? own|solely those of)|(?:dieser|der) (?:beitrag|artikel|text|gastbeitrag|kommentar) gibt (?:ausschließlich )?die (?:persönliche )?meinung (?:des autors|der autorin|der autor\*innen|des verfassers)|les opinions exprimées [^.]{0,80}n'engagent que|las opiniones (?:expresadas|vertidas) [^.]{0,80}(?:son (?:de )?(?:exclusiva )?responsabilidad|no reflejan)|as opiniões (?:expressas|emitidas) [^.]{0,80}(?:são de (?:inteira )?responsabilidade|não refletem)|le opinioni espresse [^.]{0,80}(?:sono|non riflettono))/u;
const OPINION_DISCLAIMER_WORDS = 60;

/** "Jane Doe and John Roe contributed to this report." */
const CONTRIBUTED = /\bcontributed (?:reporting )?to this (?:report|story|article)\.?$/u;

// Literal tests before CREDIT_TAIL and WIRE_CREDIT, which cost milliseconds to compile on a run's first use.
/** Every CREDIT_TAIL match holds "(", "©" or "reuters/". */
function mayEndWithCredit(norm: string): boolean {
  return norm.includes('(') || norm.includes('©') || norm.includes('reuters/');
}

/** Every WIRE_CREDIT match holds a CREDIT_PART: "…ing by ", "compiled by " or "graphics by ". */
function mayBeWireCredit(norm: string): boolean {
  return norm.includes('ing by ') || norm.includes('compiled by ') || norm.includes('graphics by ');
}

// What isMeta asks of a block's text alone, each kept per text (see lib/text-judgement.ts), in the order it asks.
/**
 * WordPress's entry meta as older themes print it under a post ("This entry was posted in News and tagged
 * ferries. Bookmark the permalink."), in its translations: a sentence about the post, not of it. Read by
 * how it starts (an anchored pattern fails at a text's first letters) or how it ends.
 */
const ENTRY_META_START =
  /^(?:this (?:entry|post) was (?:posted|filed) (?:in|on|under)|dieser (?:beitrag|eintrag) wurde (?:veröffentlicht in|unter)|(?:der|dieser) (?:beitrag|eintrag) wurde am [^!?]{1,80}? veröffentlicht und (?:wurde )?unter|(?:erstellt|geschrieben|veröffentlicht|verfasst) am [^!?]{1,80}? (?:und )?(?:abgelegt|gespeichert|eingeordnet) (?:unter|in)|cette entrée a été publiée (?:dans|le)|ce billet a été publié dans|esta entrada fue publicada en|questa voce è stata pubblicata in|esta entrada foi publicada em|dit bericht is geplaatst in) /u;
const ENTRY_META_ENDS = [
  'bookmark the permalink', 'setze ein lesezeichen auf den permalink', 'ajoutez ce permalien à vos favoris',
  'guarda el enlace permanente', 'aggiungi ai segnalibri il permalink',
].flatMap((end) => [end, `${end}.`]);
const isEntryMeta = textJudgement(
  (_text, norm) => ENTRY_META_START.test(norm) || (norm.includes('perma') && ENTRY_META_ENDS.some((end) => norm.endsWith(end))),
);
/** Words of the shortest entry meta ("Bookmark the permalink." after a category of one word). */
const ENTRY_META_MIN_WORDS = 4;
const endsWithCredit = textJudgement((text, norm) => (mayEndWithCredit(norm) && CREDIT_TAIL().test(norm)) || ((norm.includes(':') || norm.includes('(')) && SENTENCE_CREDIT_TAIL.test(text)));
const isWireCaption = textJudgement((_text, norm) => norm.includes('in this ') && WIRE_CAPTION_OPENING.test(norm) && mayEndWithCredit(norm) && CREDIT_TAIL().test(norm));
const isCreditLine = textJudgement((_text, norm, words) => (mayBeWireCredit(norm) && WIRE_CREDIT().test(norm)) || CONTRIBUTED.test(norm) || CITATION.test(norm) || (words <= SUGGESTED_CITATION_WORDS && CITATION_OPENINGS.some((o) => norm.startsWith(o)) && SUGGESTED_CITATION.test(norm)) || (words <= OPINION_DISCLAIMER_WORDS && DISCLAIMER_OPENINGS.some((o) => norm.startsWith(o)) && OPINION_DISCLAIMER.test(norm)));
/**
 * A Chinese news page's meta: "来源：新华社" (source), "责任编辑：王明" (editor), the date and time before them.
 * On `norm`, on short lines only.
 */
const CJK_META = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日? ?(?:\d{1,2}:\d{2}(?::\d{2})? ?)?)?(?:来源|來源|稿源|出处|出處|责任编辑|責任編輯|编辑|編輯|作者|记者|記者) ?[:：]/u;
const CJK_META_CHARS = 60;
/** A digit or a CJK ideograph first, as CJK_META's matches open: tested before the pattern runs. */
function mayBeCjkMeta(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x4e00 && c <= 0x9fff);
}
/**
 * A question-and-answer site's stamp on a post: "asked Feb 6, 2014 at 20:37", "answered 3 hours ago", "edited Mar 1
 * '19 at 9:05". On `norm`, behind its first word.
 */
const QA_STAMP = /^(?:asked|answered|edited|modified|viewed) (?:(?:[a-z]{3} \d{1,2}(?:, (?:'|’)?\d{2,4}| '\d{2})?|today|yesterday)(?: at \d{1,2}:\d{2})?|\d{1,3} (?:secs?|seconds?|mins?|minutes?|hours?|days?|months?|years?) ago)$/u;
/** QA_STAMP's first letters (a, e, m, v), tested before the pattern runs: most short lines open otherwise. */
function mayBeQaStamp(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return c === 0x61 || c === 0x65 || c === 0x6d || c === 0x76;
}
/** A bare counter ("8") beside a comment or share icon, a gallery's, or a rating widget's. */
const isCounter = textJudgement((_text, norm) => /^\d{1,3}$/.test(norm) || GALLERY_COUNTER.test(norm) || (/\d/.test(norm) && RATING.test(norm)));
const readsAsMeta = textJudgement(
  (text, norm, words) =>
    (words <= 8 && AGENCY_END().test(norm)) || (words <= 7 && mayBeQaStamp(norm) && QA_STAMP.test(norm)) || (norm.length <= CJK_META_CHARS && mayBeCjkMeta(norm) && CJK_META.test(norm)) || isDateLine(norm) || READING_TIME.test(norm) || isMetaParts(norm) || META_LABELS.test(norm) || isBylineLine(text) || isCredit(text, norm, words),
);

/**
 * Above this share of a page's prose words, its captions are the article (a gallery told in them, a
 * listicle of captioned slides), not furniture around it: they are then kept, by kind and by class.
 */
const CAPTIONS_MAX_PROSE_SHARE = 0.5;

/** Whether the caption blocks hold more than CAPTIONS_MAX_PROSE_SHARE of the document's prose words. */
function captionsAreArticle(ctx: RuleContext): boolean {
  return proseShare(ctx, (i) => ctx.blocks[i]!.kind === 'caption') > CAPTIONS_MAX_PROSE_SHARE;
}

function isMeta(ctx: RuleContext, i: number, captionsAreMeta = true): boolean {
  const words = ctx.words(i);
  const kind = ctx.blocks[i]!.kind;
  if (words > CAPTION_WORDS) return words <= WIRE_CAPTION_WORDS && kind === 'paragraph' && ctx.byText(i, isWireCaption);
  if (kind === 'paragraph' && words >= ENTRY_META_MIN_WORDS && ctx.byText(i, isEntryMeta)) return true;
  if (kind === 'paragraph' && ctx.byText(i, endsWithCredit)) return true;
  if (words > 50) return false;
  if (ctx.byText(i, isCreditLine)) return true;
  if (isBareUrl(ctx, i)) return true;
  if (words > 30) return false;
  if (kind !== 'table-cell' && ctx.byText(i, isCounter)) return true;
  return ctx.byText(i, readsAsMeta) || (captionsAreMeta && kind === 'caption');
}

/** The kept blocks just before and after block `i`. */
function neighbours(ctx: RuleContext, i: number): [number, number] {
  return [keptFrom(ctx, i - 1, -1), keptFrom(ctx, i + 1, 1)];
}

/**
 * Where a meta-looking line is the article's own: a heading between two of
 * its paragraphs that is a diary's date ("Monday, 3 June 2024") or a
 * one-word "By Train"; a cell of a table beside cells that are not meta (a
 * schedule). A byline of a name and surname, or a date over a title, is meta.
 */
function isArticlePart(ctx: RuleContext, i: number): boolean {
  const block = ctx.blocks[i]!;
  const [before, after] = neighbours(ctx, i);
  if (block.kind === 'heading') {
    const between = before >= 0 && after < ctx.blocks.length && ctx.isProse(before) && ctx.isProse(after);
    const oneWord = /^\S+\s+\S+$/.test(block.text.trim()) && !/^\S+\s+\p{Lu}+$/u.test(block.text.trim());
    return between && (isDateLine(ctx.norm(i)) || (oneWord && isBylineLine(block.text)));
  }
  if (block.kind !== 'table-cell') return false;
  return [before, after].some((j) => j >= 0 && j < ctx.blocks.length && ctx.blocks[j]!.kind === 'table-cell' && !isMeta(ctx, j));
}

/** "By" on a line of its own, its name on the next: a byline a converter broke at its link. */
const BY_ALONE = /^(?:by|von|par|por|di|door|oleh|autor|author|auteur|autore)$/u;
/** A line that is only an email address or a social handle: the author's contact under a byline. */
const EMAIL_OR_HANDLE = onFirstUse(() => /^(?:[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.\p{L}{2,24}|@[\p{L}\p{N}_]{2,30})$/u);

/** EMAIL_OR_HANDLE on the trimmed text; both its forms hold an "@", looked for first: the pattern costs milliseconds to compile. */
function isEmailOrHandle(text: string): boolean {
  return text.includes('@') && EMAIL_OR_HANDLE().test(text.trim());
}

function isSplitByline(ctx: RuleContext, i: number): boolean {
  const text = ctx.blocks[i]!.text.trim();
  const [before, next] = neighbours(ctx, i);
  if (BY_ALONE.test(ctx.norm(i))) {
    return next < ctx.blocks.length && ctx.words(next) <= 6 && isNameList(ctx.blocks[next]!.text.trim());
  }
  return before >= 0 && BY_ALONE.test(ctx.norm(before)) && ctx.words(i) <= 6 && isNameList(text);
}

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  const captionsAreMeta = !captionsAreArticle(ctx);
  yield* linesWhere(
    ctx,
    (i) => (isMeta(ctx, i, captionsAreMeta) && !isArticlePart(ctx, i)) || isSplitByline(ctx, i) || (ctx.blocks[i]!.kind !== 'heading' && isEmailOrHandle(ctx.blocks[i]!.text)),
    'byline, date, reading time or image credit',
  );
}

export const bylinesAndMeta: Rule = {
  id: 'bylines-and-meta',
  category: 'meta',
  description: 'Bylines, dates, reading times, image captions and credits ("By Jane Doe", "Updated 3 hours ago", "5 min read", "Photo: …")',
  html: [
    { selector: 'figcaption, .wp-caption-text, .wp-caption-dd, .caption, .image-caption, .img-caption, .photo-caption, .media-caption, [class*="__caption"], [class*="-caption"], [class^="caption-"], [class*=" caption-"]', reason: 'image caption', maxWords: 80, maxProseShare: CAPTIONS_MAX_PROSE_SHARE },
    { selector: '.credit, .image-credit, .photo-credit, .img-credit, [class*="__credit"], [class*="-credit"]', reason: 'image credit', maxWords: 20 },
    { selector: 'time, [itemprop="datePublished"], [itemprop="dateModified"], .posted-on, .post-date, .entry-date, .timestamp, .dateline-time, .date, .meta-date, .article-date', reason: 'date', maxWords: 14 },
    { selector: '.byline, .post-byline, .article-byline, .entry-meta, .post-meta, .article-meta, .meta-author, [itemprop="author"], a[rel="author"], .author-name, .by-author', reason: 'byline', maxWords: 25 },
    { selector: '.reading-time, .read-time, .reading-duration, .rt-reading-time', reason: 'reading time', maxWords: 8 },
  ],
  text: textVerdicts,
};
