/**
 * The article as a page's linked data gives it: schema.org's `articleBody` in a
 * `<script type="application/ld+json">`. Publishers put the whole article there for
 * search engines, also where the page itself shows only a teaser (a paywall) or
 * draws the article with a script (an empty shell in the HTML a scraper saved).
 */

/** Whether a script element's `type` is JSON-LD ("application/ld+json", any case, parameters allowed). */
export function isLinkedDataType(type: string | undefined): boolean {
  return type !== undefined && /^\s*application\/ld\+json\b/i.test(type);
}

/** Whether a JSON-LD script's text may hold an article body: only those are parsed. */
export function mayHoldArticleBody(json: string): boolean {
  return json.includes('"articleBody"');
}

/** Objects nested deeper than this are not searched: schema.org graphs are a few levels deep. */
const MAX_DEPTH = 12;

/** The longest `articleBody` string in the JSON-LD scripts' texts, or undefined: scripts that are not valid JSON give none. */
export function linkedArticleBody(scripts: readonly string[]): string | undefined {
  let longest: string | undefined;
  for (const script of scripts) {
    const data = parsedJson(script);
    for (const body of articleBodies(data)) if (body.length > (longest?.length ?? 0)) longest = body;
  }
  return longest?.trim() ? longest : undefined;
}

/** JSON.parse, then once more with control characters as spaces: CMSs print raw line breaks inside strings. */
function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // eslint-disable-next-line no-control-regex
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Every string under an `articleBody` key, searched with an explicit stack (no recursion on hostile input). */
function articleBodies(data: unknown): string[] {
  const found: string[] = [];
  const pending: Array<[unknown, number]> = [[data, 0]];
  while (pending.length) {
    const [value, depth] = pending.pop()!;
    if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push([item, depth + 1]);
      continue;
    }
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'articleBody' && typeof item === 'string') found.push(item);
      else pending.push([item, depth + 1]);
    }
  }
  return found;
}

/**
 * Markup in a body: a tag of the elements articles are written with, such as `<p>` or `</a>`. Without any, the body
 * is plain text, its lines paragraphs, and "x<y and y>z" in it is text.
 */
const TAG = /<\/?(?:p|br|a|div|span|strong|em|b|i|u|h[1-6]|ul|ol|li|blockquote|figure|figcaption|img|table|tr|td|th|hr|sup|sub|code|pre)\b[^<>]*>/i;

/**
 * The body as HTML to parse: as it is when it has markup; else each line a paragraph, with `<` and `&` kept as
 * written except where `&` begins an entity (a body of plain text may still hold `&amp;` or `&#8217;`).
 */
export function articleBodyHtml(body: string): string {
  if (TAG.test(body)) return body;
  // Markup escaped once more ("&lt;p&gt;…&lt;/p&gt;"), as some CMSs print it: unescaped, it is markup again.
  if (body.includes('&lt;')) {
    const unescaped = body.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    if (TAG.test(unescaped)) return unescaped;
  }
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${line.replace(/</g, '&lt;').replace(/&(?!#?[a-z0-9]+;)/gi, '&amp;')}</p>`)
    .join('\n');
}
