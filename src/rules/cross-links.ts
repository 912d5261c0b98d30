/**
 * Links to other posts: "See also: …" and "Read more: …" headline lines,
 * "Related posts" and "You may also like" sections, "Popular posts from this
 * blog", next/previous post links ("Newer Post / Older Post / Home"), and
 * tag and category lists.
 *
 * A "See also:" line goes when what follows the colon reads as a headline;
 * a sentence that begins "See also" and runs on as prose stays. A section
 * heading takes with it the teaser items that follow it, up to the first
 * line of prose.
 */
import { labelRuns, runVerdicts, atArticleEdge, allLinks, type LabelStrength } from './lib/runs.js';
import { labelSequence, phraseSet } from './lib/phrases.js';
import { textJudgement } from './lib/text-judgement.js';
import { execByFirstLetter } from './lib/first-letter.js';
import { keptFrom } from './lib/lines.js';
import type { Rule, RuleContext, Verdict } from './types.js';
import { wordCount } from '../text/normalize.js';
import { onFirstUse } from '../text/first-use.js';

/** The reason given for a related-posts heading and its teasers (other rules treat it as the article's end). */
export const RELATED_SECTION = 'related-posts section';

/** Words that introduce a link to another story, before a colon or dash. */
const LEAD_INS = [
  'see also', 'read more', 'read also', 'also read', 'read next', 'related article', 'related story',
  'related post', 'more on this', 'more on this story', 'further reading', 'must read', "don't miss", 'also see', 'see more',
  'previous post', 'next post', 'previous article', 'next article', 'older post', 'newer post',
  'siehe auch', 'lesen sie auch', 'lies auch', 'mehr zum thema', 'auch interessant', 'weiterlesen', 'das könnte sie auch interessieren',
  'auch lesen', 'lesen sie hier', 'lies hier',
  'vorheriger beitrag', 'nächster beitrag', 'vorheriger artikel', 'nächster artikel',
  'voir aussi', 'à lire aussi', 'a lire aussi', 'lire aussi', 'à lire également', 'lire la suite', 'article précédent', 'article suivant',
  'ver también', 'vea también', 'lee también', 'lea también', 'leer más', 'te puede interesar', 'entrada anterior', 'entrada siguiente',
  // Spanish-language news sites set these in capitals before a linked headline, inside the article.
  'le puede interesar', 'también le puede interesar', 'puedes ver', 'puede ver', 'lea además', 'lee además', 'mira también',
  'te recomendamos', 'le recomendamos', 'no te pierdas', 'no se pierda', 'noticia relacionada', 'contenido relacionado',
  'lea más', 'lee más', 'vea más', 'mira más',
  'veja também', 'leia também', 'leia mais', 'saiba mais', 'post anterior', 'próximo post', 'artigo anterior', 'próximo artigo',
  'vedi anche', 'leggi anche', 'leggi anche su', 'leggi di più', 'potrebbe interessarti', 'articolo precedente', 'articolo successivo',
  'lees ook', 'lees meer', 'zie ook', 'vorig bericht', 'volgend bericht', 'läs också', 'läs även', 'læs også', 'les også',
  'czytaj także', 'czytaj też', 'zobacz także', 'zobacz też', 'przeczytaj także', 'poprzedni wpis', 'następny wpis',
  'čtěte také', 'přečtěte si také', 'citește și', 'olvassa el', 'lue myös', 'διαβάστε επίσης', 'δείτε επίσης',
  'читайте также', 'смотрите также', 'читайте також', 'дивіться також', 'предыдущая запись', 'следующая запись',
  'ilgili haber', 'baca juga', 'simak juga', 'lihat juga', 'xem thêm', 'đọc thêm', 'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ ايضا',
  '関連記事', 'あわせて読みたい', '合わせて読みたい', '相关阅读', '相關閱讀', '延伸阅读', '延伸閱讀', '관련 기사', '관련기사', '함께 보면 좋은 글',
];
/** Lead-ins that also begin ordinary sentences ("Next: we add the flour"): only before a link. */
const WEAK_LEAD_INS = ['related', 'more', 'recommended', 'watch', 'listen', 'next', 'previous', 'video', 'photos', 'lea', 'lee', 'mira', 'vea'];

function leadInPattern(words: readonly string[]): RegExp {
  const alternatives = words.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('|');
  return new RegExp(`^(?:${alternatives})\\s*(?::|：|\\s[-–—|»>›]|»|›|>)\\s*(.+)$`, 'iu');
}
const execLeadIn = execByFirstLetter(LEAD_INS, leadInPattern);
/** A lead-in on a line of its own ("Read also", "Leggi anche:"), the linked headline on the next. */
const LEAD_IN_LINE = phraseSet(LEAD_INS);
/** Words of the linked headline under a lead-in line at most. */
const LEAD_IN_HEADLINE_WORDS = 25;

/**
 * Headlines, at least and at most, under a lead-in line with no link among them: a dump that lost its links prints
 * them as plain lines. A longer run of short lines is a list the rule cannot tell from the article's own.
 */
const UNLINKED_HEADLINES = 2;
const MAX_UNLINKED_HEADLINES = 8;
/** Words of such a headline at most: a short line, no sentence. */
const UNLINKED_HEADLINE_WORDS = 15;

/**
 * The last headline that a lead-in line at `i` introduces, or -1: the linked headline on the next line, or two plain
 * headlines or more in a row ("Lesen Sie auch:", then other stories' titles, as a dump without links prints them).
 * One plain line under a lead-in may be the article's own subheading ("See also", then "How it began").
 */
function leadInHeadline(ctx: RuleContext, i: number): number {
  if (ctx.words(i) > 6 || !LEAD_IN_LINE.test(ctx.norm(i).replace(HEADING_END, ''))) return -1;
  const next = keptFrom(ctx, i + 1, 1);
  if (next >= ctx.blocks.length) return -1;
  if (taggedTeaser(ctx, next)) return next;
  if (ctx.words(next) > LEAD_IN_HEADLINE_WORDS) return -1;
  if (ctx.linkDensity(next) >= 0.5) return next;
  let last = -1;
  let headlines = 0;
  // Read no further than one line past the most there may be: a dump of thousands of short lines costs a few a lead-in.
  for (let j = next; j < ctx.blocks.length && headlines <= MAX_UNLINKED_HEADLINES && plainHeadline(ctx, j); j = keptFrom(ctx, j + 1, 1)) {
    last = j;
    headlines++;
  }
  return headlines >= UNLINKED_HEADLINES && headlines <= MAX_UNLINKED_HEADLINES ? last : -1;
}

/** A plain line as another story's headline. A list's items are not: they may be the article's own (a product's features under its name). */
function plainHeadline(ctx: RuleContext, i: number): boolean {
  const text = ctx.blocks[i]!.text;
  return ctx.blocks[i]!.kind !== 'list-item' && ctx.words(i) >= 2 && ctx.words(i) <= UNLINKED_HEADLINE_WORDS && !/[.!?:]$/.test(text) && isHeadline(text);
}
const execWeakLeadIn = execByFirstLetter(WEAK_LEAD_INS, leadInPattern);

/**
 * A weak lead-in set in capitals before a colon ("MIRA: …", "LEA: …", "RELATED: …"), as news sites set a link to
 * another story between paragraphs, in a dump that lost the link. A sentence opens "Next: we add the flour".
 */
function capitalLeadIn(text: string, headline: string): boolean {
  const lead = text.slice(0, text.length - headline.length).trimEnd();
  if (!lead.endsWith(':')) return false;
  const word = lead.slice(0, -1).trimEnd();
  return word.length >= 3 && word === word.toUpperCase() && word !== word.toLowerCase();
}
const LEADING_DECORATION = /^[\s\-–—*•·|»>(]+/;

/** Words that introduce a list of tags or categories. */
const TAG_LEAD_IN =
  onFirstUse(() => /^(?:tags|tag|tagged|tagged with|tagged as|labels|label|categories|category|filed under|posted in|topics|schlagwörter|schlagworte|stichwörter|verschlagwortet mit|markiert mit|getaggt mit|kategorien|kategorie|veröffentlicht in|abgelegt unter|étiquettes|étiqueté|mots-clés|catégories|catégorie|publié dans|classé dans|etiquetas|etiquetado|categorías|categoría|publicado en|archivado en|marcadores|marcado|categorias|categoria|publicado em|arquivado em|categorie|pubblicato in|argomenti|contrassegnato|etichette|trefwoorden|categorieën|etiketter|kategorier|tagi|etykiety|štítky|etichete|etiketler|теги|тэги|метки|рубрики|мітки|kategori|thẻ|الوسوم|タグ|カテゴリー|标签|標籤|分类|分類|태그) ?(?::|：| [-–—|])? ?(.+)$/u); // matched against `norm` (single spaces): ` ?`, as `\s*…\s*` backtracks on long space runs

const HEADING_END = /\s?(?::|…|\.\.\.)$/u;

/**
 * A tag list's label on a line of its own ("Tags", "Schlagworte:", "Etiquetas"), with its tags on the lines
 * under it. Plural and unambiguous forms only: alone on a line, "Tag" is a German day and "Label" a wine's.
 */
const TAG_LABEL_ALONE =
  /^(?:tags|tagged|tagged with|labels|categories|filed under|topics|schlagwörter|schlagworte|stichwörter|stichworte|verschlagwortet mit|markiert mit|getaggt mit|kategorien|abgelegt unter|étiquettes|mots-clés|catégories|etiquetas|categorías|archivado en|categorias|arquivado em|categorie|argomenti|etichette|trefwoorden|categorieën|etiketter|kategorier|tagi|etykiety|štítky|etichete|etiketler|теги|тэги|метки|рубрики|мітки|thẻ|الوسوم|タグ|标签|標籤|태그)$/u;
/** A tag under such a label: a short line that is no sentence. */
const TAG_ITEM_WORDS = 4;
const MAX_TAG_ITEMS = 40;

/**
 * After the article's last paragraph, a tag list's label on a line of its own and the tags under it, each on a
 * line (a list, or lines a converter printed so): the end of the blocks they take, or -1. A label whose tags
 * other rules took already (links, badges) goes alone, when nothing but a heading or the end follows.
 */
function tagLabelOverItems(ctx: RuleContext, i: number): number {
  const block = ctx.blocks[i]!;
  if (i <= ctx.lastProse || ctx.words(i) > 4 || (block.kind !== 'heading' && block.kind !== 'paragraph')) return -1;
  if (!TAG_LABEL_ALONE.test(ctx.norm(i).replace(HEADING_END, ''))) return -1;
  let end = i + 1;
  let items = 0;
  for (let j = keptFrom(ctx, i + 1, 1); j < ctx.blocks.length && items < MAX_TAG_ITEMS; j = keptFrom(ctx, j + 1, 1)) {
    const item = ctx.blocks[j]!;
    if (item.kind === 'heading' || item.kind === 'code' || item.kind === 'quote' || ctx.words(j) === 0 || ctx.words(j) > TAG_ITEM_WORDS || /[.!?]$/.test(item.text)) break;
    items++;
    end = j + 1;
  }
  if (items > 0) return end;
  const next = keptFrom(ctx, i + 1, 1);
  const emptied = next > i + 1 && (next >= ctx.blocks.length || ctx.blocks[next]!.kind === 'heading');
  return emptied ? i + 1 : -1;
}

/** Words of a label over a line of linked tags at most ("Weitere Nachrichten zu:"). */
const TAGS_LABEL_WORDS = 5;

/**
 * After the article's last paragraph, any short label that ends in a colon over a line of linked tags ("Weitere
 * Nachrichten zu:", then "Aktien, Anleihen, Rohstoffe, …", each a link): the end of the two, or -1. Links make the
 * line a tag list whatever the label's words; a line of plain words under such a label may be the article's.
 */
function labelOverLinkedTags(ctx: RuleContext, i: number): number {
  const block = ctx.blocks[i]!;
  if (i <= ctx.lastProse || block.kind === 'heading' || ctx.words(i) > TAGS_LABEL_WORDS || !/[\p{L}\p{N}]:$/u.test(block.text)) return -1;
  const next = keptFrom(ctx, i + 1, 1);
  if (next >= ctx.blocks.length || ctx.linkDensity(next) < 0.5 || !isTagList(ctx.blocks[next]!.text)) return -1;
  return next + 1;
}

/** Unambiguous section headings and stand-alone links. */
const SECTION_HEADINGS = phraseSet([
  'related posts', 'related posts:', 'related articles', 'related stories', 'related content', 'related reading',
  'you may also like', 'you might also like', 'you may also like:', 'you might be interested in',
  'you may like', 'you might like', 'you may like these posts', 'read these next', 'read this next', 'related coverage',
  'related coverage from {*}', 'recommended articles', 'more to read', 'you might also enjoy', 'you may also enjoy', 'popular posts from this blog', 'popular posts', 'popular stories',
  'beliebte beiträge zum thema', 'für dich empfohlen', 'für sie empfohlen', 'pour approfondir', 'artículos relacionados {*}',
  'other news in this section', 'more news in this section', 'other stories in this section', 'more in this section',
  'most popular', 'most read', 'most read in {*}', 'most popular in {*}', 'latest in {*}', 'more stories', 'more from {*}', 'recommended for you', 'recommended reading',
  'recommended stories', 'trending now', 'read next', 'up next', 'more in {*}', 'latest posts', 'recent posts',
  'similar posts', 'around the web', 'from the web', 'more like this', 'keep reading', 'see all from {*}',
  'recommended from medium', 'ready for more?', 'must read', 'must reads', 'more stories like this', 'more stories like this one', 'more great {*} stories', 'more {*} stories', 'more {*} news', 'top stories', 'latest news', 'latest stories', 'editor\'s picks', 'what to read next', 'related topics', 'tell us what you think', 'for more on this topic', 'post navigation', 'posts navigation',
  'ähnliche beiträge', 'verwandte beiträge', 'verwandte artikel', 'ähnliche artikel', 'das könnte dich auch interessieren',
  'das könnte sie auch interessieren', 'das könnte dir auch gefallen', 'das könnte ihnen auch gefallen', 'beliebte beiträge', 'meistgelesen', 'neueste beiträge', 'beitragsnavigation',
  'articles similaires', 'articles connexes', 'vous aimerez aussi', 'vous aimerez peut-être aussi', 'vous aimerez peut-être',
  'vous pourriez aimer', 'vous pourriez aussi aimer', 'à lire aussi',
  'articles récents', 'articles populaires', 'navigation des articles', 'sur le même sujet',
  'entradas populares de este blog', 'entradas populares', 'artículos relacionados', 'entradas relacionadas',
  'también te puede interesar', 'te puede interesar', 'quizás te interese', 'te puede gustar', 'también te puede gustar',
  'quizás te guste', 'te podría interesar', 'entradas recientes', 'navegación de entradas',
  'posts relacionados', 'artigos relacionados', 'você também pode gostar', 'você pode gostar', 'você pode gostar também',
  'talvez você goste', 'postagens populares', 'postagens relacionadas',
  'posts recentes', 'mais lidas', 'navegação de posts',
  'articoli correlati', 'post correlati', 'potrebbe interessarti anche', 'potrebbero interessarti anche', 'potrebbe piacerti',
  'potrebbe piacerti anche', 'ti potrebbe interessare', 'ti potrebbe piacere', 'ti potrebbero interessare',
  'articoli recenti', 'post popolari', 'i più letti', 'navigazione articoli',
  'next up in {*}', 'more on this story', 'related news', 'trending news', 'related tags', 'weitere beiträge zum thema', 'weitere artikel zum thema',
  'mehr zum thema', 'weitere artikel', 'zum weiterlesen', 'mehr zum thema auf {*}', 'schon gelesen', 'schon gelesen?', 'weitere beiträge zu diesem artikel',
  'vorschau auf den nächsten artikel', 'weitere aktuelle themen {*}', 'noch mehr infos für dich', 'das könnte sie interessieren',
  'das könnte dich interessieren', 'weitere nachrichten zu', 'mehr nachrichten zu', 'weitere artikel zu',
  'neueste artikel', 'aktuelle artikel', 'aktuelle beiträge', 'weitere beiträge', 'weitere nachrichten', 'weitere themen',
  'ähnliche nachrichten', 'ähnliche themen', 'verwandte themen', 'meist gelesen', 'meistgelesene artikel', 'beliebte artikel',
  'die meistgelesenen artikel', 'die meistgelesenen artikel bei {*}', 'meistgelesen bei {*}', 'most read on {*}', 'lo más leído en {*}', 'les plus lus sur {*}',
  'artikel zum thema', 'passend zum thema', 'auch interessant', 'empfehlungen der redaktion', 'empfehlungen aus der redaktion',
  'otras noticias', 'más noticias', 'noticias relacionadas', 'notas relacionadas', 'lo más leído', 'lo más visto', 'más leídas', 'últimas noticias',
  'dans la même rubrique', 'sur le même thème', 'les plus lus', 'les plus lues', 'articles les plus lus', 'dernières actualités',
  'à découvrir aussi', 'à lire également', 'ces articles peuvent vous intéresser',
  'notícias relacionadas', 'mais notícias', 'últimas notícias', 'notizie correlate', 'altre notizie', 'ultime notizie', 'ezek is érdekelhetnek',
  'gerelateerde berichten', 'gerelateerde artikelen', 'misschien ook interessant', 'dit vind je misschien ook leuk', 'populaire berichten',
  'recente berichten', 'meest gelezen', 'berichtnavigatie', 'relaterade inlägg', 'mest läst', 'senaste inläggen', 'relaterede indlæg',
  'mest læste', 'relaterte innlegg', 'mest lest', 'aiheeseen liittyvät', 'luetuimmat',
  'podobne wpisy', 'podobne artykuły', 'powiązane artykuły', 'powiązane wpisy', 'może cię zainteresować', 'może cię również zainteresować',
  'najpopularniejsze', 'najnowsze wpisy', 'nawigacja wpisu', 'související články', 'mohlo by vás zajímat', 'nejčtenější',
  'articole similare', 'articole recomandate', 'kapcsolódó cikkek', 'ajánlott cikkek', 'legolvasottabb', 'σχετικά άρθρα',
  'похожие записи', 'похожие статьи', 'похожие новости', 'материалы по теме', 'новости по теме', 'другие новости', 'популярные записи',
  'самое читаемое', 'вам также может понравиться', 'вам может понравиться', 'навигация по записям', 'схожі записи', 'схожі статті', 'новини на тему',
  'ilgili haberler', 'benzer haberler', 'ilgili yazılar', 'benzer yazılar', 'bunlar da ilginizi çekebilir', 'en çok okunanlar',
  'artikel terkait', 'berita terkait', 'berita lainnya', 'artikel lainnya', 'pos terkait', 'postingan terkait', 'terpopuler',
  'bài viết liên quan', 'tin liên quan', 'tin cùng chuyên mục', 'مقالات ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'الأكثر قراءة',
  '関連記事', '関連する記事', '人気記事', 'おすすめ記事', 'こちらの記事もおすすめ', 'この記事を読んだ人はこんな記事も読んでいます', '新着記事',
  '相关文章', '相关阅读', '相關文章', '相關閱讀', '热门文章', '熱門文章', '推荐阅读', '推薦閱讀', '延伸阅读', '延伸閱讀', '猜你喜欢',
  '관련 기사', '관련기사', '관련 글', '인기 글', '추천 기사', '많이 본 뉴스',
]);

/** One-word headings that head a list of links after an article, and are ordinary words elsewhere. */
const WEAK_SECTION_HEADINGS = phraseSet([
  'related', 'recommended', 'trending', 'popular', 'more', 'latest', 'read more', 'more articles', 'relacionado',
  'relacionados', 'ähnlich', 'empfohlen', 'à lire', 'correlati', 'tendencias', 'populares', 'topics', 'archives', 'categories',
  'tags', 'themen', 'archiv', 'kategorien', 'sujets', 'archives', 'catégories', 'temas', 'archivo', 'categorías', 'arquivo', 'categorias', 'argomenti', 'archivio', 'categorie',
  'популярное', 'рекомендуем', 'архив', 'polecane', 'archiwum', 'archief', 'arkiv', 'populer', 'arsip',
  // German headings that head a list of links as often as a section of the article.
  'weitere beiträge aus {*}', 'lesen sie auch die folgenden beiträge', 'themen im artikel',
  // Headings over a list of links that an article also gives its own closing sections.
  'weiterführende informationen', 'weiterführende links', 'nützliche links', 'further information', 'useful links',
  // A story's topics, a box of links that news sites set inside the story as often as under it.
  'temas relacionados', 'tópicos relacionados', 'assuntos relacionados', 'sujets liés', 'thèmes associés', 'argomenti correlati',
]);

/** "Newer Post / Older Post / Home" and friends: strong alone, and glued together by converters. */
const PAGER_LABELS = [
  'newer post', 'older post', 'newer posts', 'older posts', 'previous post', 'next post', 'previous article',
  'next article', 'previous story', 'next story', 'read more', 'read more »', 'continue reading', 'continue reading →',
  'read the full story', 'read full story', 'read the rest of this entry', 'view all posts', 'load more', 'more posts',
  'vorheriger beitrag', 'nächster beitrag', 'vorheriger artikel', 'nächster artikel', 'ältere beiträge', 'neuere beiträge',
  'weiterlesen', 'mehr lesen', 'article précédent', 'article suivant', 'articles plus anciens', 'articles plus récents',
  'lire la suite', 'lire plus', 'entrada anterior', 'entrada siguiente', 'entradas más recientes', 'entradas antiguas',
  'entrada más reciente', 'entrada antigua', 'leer más', 'seguir leyendo', 'postagem mais recente', 'postagem mais antiga',
  'postagens mais recentes', 'postagens mais antigas', 'post anterior', 'próximo post', 'leia mais', 'continue lendo',
  'continuar lendo', 'articolo precedente', 'articolo successivo', 'post più recente', 'post più vecchio',
  'post più recenti', 'post più vecchi', 'leggi tutto', 'continua a leggere', 'leggi di più',
  'lees meer', 'lees verder', 'czytaj więcej', 'czytaj dalej',
];
const PAGER_PHRASES = phraseSet(PAGER_LABELS);
const PAGER_WORDS = ['home', 'previous', 'next', 'startseite', 'accueil', 'inicio', 'página principal', 'página inicial', 'início', 'zurück', 'weiter', 'précédent', 'suivant', 'anterior', 'siguiente', 'próximo', 'precedente', 'successivo'];
const PAGER_WEAK = phraseSet([...PAGER_WORDS, '« previous', 'next »', '← previous', 'next →', '« older', 'newer »', 'weiter »', '« zurück', 'suivant »', '« précédent', 'siguiente »', '« anterior', 'próximo »', 'successivo »', '« precedente']);
const gluedPager = labelSequence([...PAGER_LABELS, ...PAGER_WORDS, 'subscribe to: posts (atom)', 'post comments (atom)']);

/** A headline: short, one sentence at most, not closed by a full stop as prose is. */
export function isHeadline(text: string): boolean {
  const words = wordCount(text);
  if (words === 0 || words > 25) return false;
  // A sentence break inside ("… rose. Prices …") makes it prose.
  if (/[.!?]\s+[\p{Lu}]/u.test(text.replace(/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|U\.S|U\.K|vs)\.\s/g, ''))) return false;
  return !/[.;,]$/.test(text) || /\.\.\.$|…$/.test(text);
}

/** A list of tags: short items separated by commas, pipes or bullets. */
/** Items of a tag list at least, for a long one (a post's dozen keyword phrases). */
const LONG_TAG_LIST = 5;

function tagItems(text: string): string[] {
  return text.split(/\s*[,|•·;]\s*|\s{2,}/).filter(Boolean);
}

function isTagList(text: string): boolean {
  const items = tagItems(text);
  if (items.length === 0 || /[.!?]$/.test(text) && items.length === 1) return false;
  if (items.every((item) => wordCount(item) <= 4) && wordCount(text) <= 30) return true;
  // A long list may hold a longer phrase or two ("stock car santa cruz do sul"), not sentences.
  const words = wordCount(text);
  return items.length >= LONG_TAG_LIST && words <= 80 && words <= items.length * 4 && items.every((item) => wordCount(item) <= 6);
}

/** Words of tags glued into one run after a label's colon, at most. */
const GLUED_TAGS_WORDS = 20;

/** Tags glued into one run: short enough, and no sentence. */
function gluedTags(text: string): boolean {
  return wordCount(text) <= GLUED_TAGS_WORDS && !/[.!?;,]/.test(text);
}

/**
 * A teaser card's caption: "Click the image above and see …", "Clique na foto do autor e veja …".
 * It points at an image or banner beside it, which no article paragraph does.
 */
const CLICK_THE_IMAGE =
  onFirstUse(() => /^(?:click|tap|clique|clica|klicken sie|klick|cliquez|haga clic|haz clic|clicca|kliknij)(?: on| na| no| em| auf| sur| en| su| sulla| sull'| w)? ?(?:the |a |o |das |den |l'|la |le |el |il |la )?(?:image|imagem|photo|foto|picture|pic|bild|banner|logo|imagen|immagine|obrazek|zdjęcie)\b/iu);
/**
 * CLICK_THE_IMAGE's and ALSO_ON's opening words, same flags: a quick test first. Case-insensitive
 * Unicode classes cost V8 milliseconds to compile (ALSO_ON's `\p{L}` alone about 7 ms), which a run
 * then pays only when a line opens so.
 */
const CLICK_LEAD = /^(?:click|tap|clique|clica|klicken sie|klick|cliquez|haga clic|haz clic|clicca|kliknij)/iu;
const CLICK_CAPTION_WORDS = 40;
/** "Also on example.com Headline of another story": a site's own cross-link, named by its domain. */
const ALSO_ON = onFirstUse(() => /^(?:also on|more on|read more on|auch auf|aussi sur|también en|também em|anche su) [\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\b/iu);
const ALSO_ON_LEAD = /^(?:also on|more on|read more on|auch auf|aussi sur|también en|também em|anche su) /iu;
const ALSO_ON_WORDS = 30;

/**
 * Headlines of other stories marked with a tag in capitals and brackets, as tabloids set them between paragraphs:
 * "China furious at Macron for protest jibe [INSIGHT]", two or more on a line ("… [VIDEO]| … [REACTION]"). A link
 * to a file marked with its type ("The full report [PDF]") is none.
 */
const TEASER_TAG = /\[(?!(?:PDF|DOCX?|XLSX?|PPTX?|MP3|MP4|ZIP|CSV|TXT|HTML?|JPE?G|PNG|GIF)\])[A-Z]{3,12}\]/g;
const TAGGED_TEASER_WORDS = 50;

/** A part trimmed of spaces and the bars that join headlines on a line (a loop: `[\s|]+$` backtracks polynomially). */
function trimBars(part: string): string {
  let from = 0;
  let to = part.length;
  while (from < to && (part[from] === '|' || /\s/.test(part[from]!))) from++;
  while (to > from && (part[to - 1] === '|' || /\s/.test(part[to - 1]!))) to--;
  return part.slice(from, to);
}

function taggedTeaser(ctx: RuleContext, i: number): boolean {
  const raw = ctx.blocks[i]!.text;
  let end = raw.length;
  while (end > 0 && raw.charCodeAt(end - 1) <= 32) end--;
  if (raw.charCodeAt(end - 1) !== 93 || ctx.words(i) > TAGGED_TEASER_WORDS || ctx.blocks[i]!.kind === 'code') return false;
  const text = raw.slice(0, end);
  // Each tag closes a headline: what stands between the tags reads as one, not as sentences.
  const headlines = text.split(TEASER_TAG).map(trimBars);
  if (headlines.pop() !== '' || headlines.length === 0) return false;
  return headlines.every((h) => h.length > 0 && isHeadline(h));
}

function leadInLine(ctx: RuleContext, i: number): string | undefined {
  const block = ctx.blocks[i]!;
  if (block.kind === 'code' || block.kind === 'quote') return undefined;
  if (taggedTeaser(ctx, i)) return 'link to another story';
  if (ctx.words(i) <= CLICK_CAPTION_WORDS && CLICK_LEAD.test(block.text) && CLICK_THE_IMAGE().test(block.text)) return 'teaser caption';
  if (ctx.words(i) <= ALSO_ON_WORDS && ALSO_ON_LEAD.test(block.text) && ALSO_ON().test(block.text)) return 'link to another story';
  const text = block.text.replace(LEADING_DECORATION, '');
  const lead = execLeadIn(text);
  if (lead && (isHeadline(lead[1]!) || ctx.linkDensity(i) >= 0.5)) return 'link to another story';
  const weakLead = execWeakLeadIn(text);
  if (weakLead && (ctx.linkDensity(i) >= 0.5 || capitalLeadIn(text, weakLead[1]!)) && isHeadline(weakLead[1]!)) return 'link to another story';
  const norm = ctx.norm(i);
  const tags = TAG_LEAD_IN().exec(norm);
  if (!tags) return undefined;
  const colon = /[:：|\-–—]/.test(norm.slice(0, norm.length - tags[1]!.length));
  // After "Tags:" a converter may print the linked tags glued, with no separator ("Tags:lc 500 lexus lc convertible").
  if (!isTagList(tags[1]!) && !(colon && gluedTags(tags[1]!))) return undefined;
  // Without a colon ("Posted in News") only a short list of capitalised or linked names counts.
  const bare = (ctx.words(i) <= 8 || tagItems(tags[1]!).length >= LONG_TAG_LIST) && !/[.!?]$/.test(norm) && (ctx.linkDensity(i) >= 0.3 || /^[\p{Lu}\d]/u.test(block.text.slice(block.text.length - tags[1]!.length)) || /,/.test(tags[1]!));
  return colon || bare || ctx.linkDensity(i) >= 0.5 ? 'tag or category list' : undefined;
}

/** A teaser in a related-posts list under a heading of `level`: short, a link, a date, an excerpt cut with "…". */
function isTeaser(ctx: RuleContext, i: number, level: number): boolean {
  const block = ctx.blocks[i]!;
  // A heading as high as the section's own starts the next section (the article's title, say).
  if (block.kind === 'heading') return (block.level ?? 6) > level && ctx.words(i) <= 20;
  if (ctx.linkDensity(i) >= 0.5) return true;
  if (/(?:…|\.\.\.)$/.test(block.text) && ctx.words(i) <= 60) return true;
  return ctx.words(i) <= 15 && !/[.!?]$/.test(block.text);
}

/**
 * A theme's post navigation ("Post navigation", "Beitragsnavigation"): it heads the links to the previous and
 * next post, two lines at most, and a theme may print it above the post it belongs to.
 */
const POST_NAVIGATION = phraseSet([
  'post navigation', 'posts navigation', 'beitragsnavigation', 'navigation des articles', 'navegación de entradas',
  'navegação de posts', 'navigazione articoli', 'berichtnavigatie', 'nawigacja wpisu', 'навигация по записям',
]);
const POST_NAVIGATION_LINKS = 2;
const PAGER_ARROW = /[←→«»‹›]/;

/** A line under a post navigation heading that is one of its links: a link, or a title with an arrow. */
function pagerLink(ctx: RuleContext, i: number): boolean {
  return ctx.words(i) <= 20 && (ctx.linkDensity(i) >= 0.5 || PAGER_ARROW.test(ctx.blocks[i]!.text));
}

/** Whether a weak heading at `i` heads a list of links: it follows the article, or links follow it. */
function headsLinkList(ctx: RuleContext, i: number): boolean {
  if (ctx.lastProse >= 0 && i > ctx.lastProse) return true;
  let next = i + 1;
  while (next < ctx.blocks.length && ctx.removed(next)) next++;
  return next < ctx.blocks.length && ctx.linkDensity(next) >= 0.5;
}

/** "Previous Post" then the post's title on the next line: the title goes with its label. */
const TITLED_PAGER_LIST = ['previous post', 'next post', 'previous article', 'next article', 'previous story', 'next story', 'vorheriger beitrag', 'nächster beitrag', 'vorheriger artikel', 'nächster artikel', 'article précédent', 'article suivant', 'entrada anterior', 'entrada siguiente', 'post anterior', 'próximo post', 'articolo precedente', 'articolo successivo'];
const TITLED_PAGER = phraseSet(TITLED_PAGER_LIST);

function pagerTitle(ctx: RuleContext, i: number): LabelStrength | undefined {
  let prev = i - 1;
  while (prev >= 0 && ctx.removed(prev)) prev--;
  return prev >= 0 && TITLED_PAGER.test(ctx.norm(prev)) && isHeadline(ctx.blocks[i]!.text) && ctx.words(i) <= 15 ? 'weak' : undefined;
}

/**
 * A pager's label glued to the title it links, as converters print them: "Vorheriger BeitragNeuerscheinung: …",
 * "Next postHow we built the pier". No sentence runs a capital into a word so.
 */
const GLUED_TITLE_WORDS = 30;
/** First letters of TITLED_PAGER_LIST: a line that opens otherwise is none. */
const GLUED_TITLE_FIRST = new Set(TITLED_PAGER_LIST.map((label) => label[0]));
/**
 * Labels that are no sentence's first words, so that a title may follow them after a space ("Article suivant Après la
 * quarantaine …", "Nächster Beitrag Die Fähre …"), where "Next post I will look at …" and "Próximo post vou …" open sentences.
 */
const SPACED_PAGER_LABELS = new Set(TITLED_PAGER_LIST.filter((label) => !/^(?:previous|next) |post/.test(label)));
function gluedPagerTitle(text: string, norm: string): boolean {
  if (!GLUED_TITLE_FIRST.has(norm[0])) return false;
  const start = text.trimStart();
  for (const label of TITLED_PAGER_LIST) {
    if (!norm.startsWith(label) || start.length <= label.length || start.slice(0, label.length).toLowerCase() !== label) continue;
    let next = start[label.length]!;
    if (next === ' ' && SPACED_PAGER_LABELS.has(label) && start.length > label.length + 1) next = start[label.length + 1]!;
    return next !== next.toLowerCase() && next === next.toUpperCase();
  }
  return false;
}

/** A line as a label of a pager ("Older posts", "Next »"), by its text alone. */
const pagerLabel = textJudgement((text, norm, words): LabelStrength | undefined => {
  if (!norm) return undefined;
  if (words <= GLUED_TITLE_WORDS && gluedPagerTitle(text, norm)) return 'strong';
  if (words > 14) return undefined;
  if (PAGER_PHRASES.test(norm)) return 'strong';
  const glued = gluedPager(norm);
  if (glued && glued.length >= 2) return 'strong';
  if (PAGER_WEAK.test(norm)) return 'weak';
  return undefined;
});

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  const n = ctx.blocks.length;
  const taken = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (ctx.removed(i)) continue;
    const reason = leadInLine(ctx, i);
    if (reason) {
      taken.add(i);
      yield { from: i, to: i + 1, reason };
      continue;
    }
    // "You may also like…", "Related posts:": the trailing punctuation says nothing.
    const norm = ctx.norm(i).replace(HEADING_END, '');
    if (ctx.words(i) <= 12 && (SECTION_HEADINGS.test(norm) || (WEAK_SECTION_HEADINGS.test(norm) && headsLinkList(ctx, i)))) {
      // The heading and the teasers under it, up to the next line of prose. Before the article
      // starts, only linked teasers go: a short line there may be the article's own title.
      const level = ctx.blocks[i]!.level ?? 2;
      const beforeArticle = ctx.firstProse < 0 || i < ctx.firstProse;
      const navigation = POST_NAVIGATION.test(norm);
      let links = POST_NAVIGATION_LINKS;
      let end = i + 1;
      while (end < n && (ctx.removed(end) || (navigation ? links-- > 0 && pagerLink(ctx, end) : isTeaser(ctx, end, level) && (!beforeArticle || ctx.linkDensity(end) >= 0.5)))) end++;
      for (let j = i; j < end; j++) taken.add(j);
      yield { from: i, to: end, reason: RELATED_SECTION };
      i = end - 1;
      continue;
    }
    // A tag label not known as a section heading (those end the article: see article-region).
    const tagsEnd = Math.max(tagLabelOverItems(ctx, i), labelOverLinkedTags(ctx, i));
    if (tagsEnd > i) {
      for (let j = i; j < tagsEnd; j++) taken.add(j);
      yield { from: i, to: tagsEnd, reason: 'tag or category list' };
      i = tagsEnd - 1;
      continue;
    }
    const headline = leadInHeadline(ctx, i);
    if (headline >= 0) {
      for (let j = i; j <= headline; j++) taken.add(j);
      yield { from: i, to: headline + 1, reason: 'link to another story' };
      i = headline;
    }
  }
  for (const run of labelRuns(ctx, (i) => (taken.has(i) ? undefined : ctx.byText(i, pagerLabel) ?? pagerTitle(ctx, i)))) {
    if (run.strong > 0 || (run.members.length >= 2 && (atArticleEdge(ctx, run) || allLinks(ctx, run)))) {
      yield* runVerdicts(run.members, 'links to newer and older posts');
    }
  }
}

export const crossLinks: Rule = {
  id: 'cross-links',
  category: 'cross-links',
  description: 'Links to other posts ("See also: …", "Read more: …", related posts, next/previous post, tag and category lists), in en/de/fr/es/pt/it',
  html: [
    { selector: '#jp-relatedposts, .jp-relatedposts, .yarpp-related, .crp_related, .related-posts, .related_posts, .relatedposts, #related-posts', reason: 'related-posts block' },
    { selector: 'nav.post-navigation, .post-navigation, #nav-below, #nav-above, .elementor-post-navigation, #blog-pager, .blog-pager', reason: 'post navigation', maxWords: 80 },
    { selector: '.post-labels, .cat-links, .tags-links, .tag-links, .post-tags, .entry-tags, .article-tags, .article-tag, .post-card-tags, .gh-article-tag', reason: 'tag or category links', maxWords: 60 },
    { selector: 'a[rel~="tag"], a[rel~="category"]', reason: 'tag or category link', maxWords: 6 },
    { selector: '.PopularPosts, .popular-posts, .widget_recent_entries, .read-more-wrap, .more-stories, .read-next', reason: 'post list widget', maxWords: 400 },
    { selector: '[data-component-name="DigestPostEmbed"], .digest-post-embed', reason: 'embedded link to another post', maxWords: 80 },
    { selector: '.OUTBRAIN, .outbrain, [id^="taboola"], .taboola, .trc_related_container', reason: 'recommendation widget' },
  ],
  text: textVerdicts,
};
