/**
 * Text dumps to blocks. A dump (plain, or Markdown as html2text and
 * markdownify write it) is read line by line: headings, bullets, quotes,
 * code fences, table rows and rules are recognised; Markdown links and
 * images are reduced to their text, and their characters counted as link
 * text, so a line of links is known as one. Each line is a block, except
 * prose that a converter hard-wrapped, which is joined back.
 */
import { makeBlock, type Block, type BlockKind, type Document } from '../model.js';
import { collapsedLength, collapseSpace } from '../text/normalize.js';
import { onFirstUse } from '../text/first-use.js';
import { isSpace } from '../text/small-regex.js';
import { codeAt } from '../text/chars.js';

// The closing `#`s are stripped in code: `(.*?)(?:\s+#+)?\s*$` is quadratic on a long run of spaces.
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+([\s\S]*)$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const HORIZONTAL_RULE = /^\s*(?:([-*_=━─—~])\s*)(?:\1\s*){2,}$/;
const BULLET = /^\s*[-*+•□○◦▪‣·●■➤►☆★]\s+(?=\S)/;
/** A bullet with nothing after it on its line. */
const LONE_BULLET = /^\s*[•□○◦▪‣·●■☆★]\s*$/;
/** Numbered items keep their number: "15. März" may be a date, and the number is the writer's text. */
const NUMBERED = /^\s*\d{1,3}[.)]\s+(?=\S)/;
const QUOTE = /^\s*>\s?/;
/** All of a line's quote markers at once (`> > text`): one pass, however many there are. */
const QUOTE_MARKERS = /^(?:\s*>)+\s?/;
/** A fence opens with 3+ backticks (and no backtick after them: "```x```" is inline code) or 3+ tildes, and closes with as many or more of the same. */
const FENCE_OPEN = /^\s*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^\s*(`{3,}|~{3,})\s*$/;
// Tested on the trimmed line; no two `\s*` may meet (`^\s*\|?\s*`, `\s*\|?\s*$`), or a run of spaces backtracks quadratically.
const TABLE_SEPARATOR = /^\s*(?:\|\s*)?:?-{2,}:?(?:\s*\|\s*:?-{2,}:?)+(?:\s*\|)?$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** A browser's innerText, and rinse's own text output, put tabs between a table row's cells. */
const TAB_ROW = /\S\t+\S/;

// Inline patterns never scan past the next opener of their own kind (`[`, `(`, `<`, `**`): a long line of
// openers that never close is then read in linear time, not once per opener.
const IMAGE = /!\[([^[\]\n]*)\]\([^()\n]*\)/g;
const LINK = /\[([^[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g;
const AUTOLINK = /<(https?:\/\/[^<>\s]+)>/g;
const BARE_URL = /\bhttps?:\/\/[^\s<>()[\]]+/g;
const STRONG = /(\*\*|__)(?=\S)((?:(?!\1)[^\n])*?\S)\1/g;
const EMPHASIS = onFirstUse(() => /(^|[^\p{L}\p{N}*_\\])([*_])(?=\S)([^\n*_]*?[^\s\\])\2(?![\p{L}\p{N}])/gu);
const INLINE_CODE = /`([^`\n]+)`/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~])/g;

/** Markdown inline syntax to text: links and images become their text (images nothing), and link characters are counted. */
export function stripInlineMarkdown(line: string): { text: string; linkChars: number } {
  let linkChars = 0;
  // Each pattern needs a character or two that most lines lack; a substring search is far cheaper than a
  // regex scan, so a pattern only runs when its characters are in the text as it stands at that step.
  let text = line;
  if (text.includes('![')) text = text.replace(IMAGE, '');
  if (text.includes('](')) {
    text = text.replace(LINK, (_m, label: string) => {
      linkChars += collapsedLength(label);
      return label;
    });
  }
  if (text.includes('<http')) text = text.replace(AUTOLINK, (_m, url: string) => url);
  if (text.includes('**') || text.includes('__')) text = text.replace(STRONG, '$2');
  if (text.includes('*') || text.includes('_')) text = text.replace(EMPHASIS(), '$1$3');
  if (text.includes('`')) text = text.replace(INLINE_CODE, '$1');
  if (text.includes('\\')) text = text.replace(ESCAPE, '$1');
  linkChars += bareUrlChars(text);
  text = collapseSpace(text);
  return { text, linkChars: Math.min(linkChars, text.length) };
}

/** Characters of the bare web addresses in a text: links whatever else the line is. */
function bareUrlChars(text: string): number {
  let chars = 0;
  if (text.includes('://')) for (const url of text.match(BARE_URL) ?? []) chars += url.length;
  return chars;
}

type LineReader = (line: string) => { text: string; linkChars: number };

/**
 * A line's text as it stands, inline marks and all: how a dump that shows no Markdown is read (`parseText`'s
 * `inlineMarkdown`), where a `*` or `__` is the text's own, not emphasis. Only bare addresses are links.
 */
function plainLine(line: string): { text: string; linkChars: number } {
  const text = collapseSpace(line);
  return { text, linkChars: Math.min(bareUrlChars(text), text.length) };
}

/** An ATX heading's text without its optional closing `#`s ("## Title ##" → "Title"). */
function withoutClosingHashes(text: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end--;
  return end < trimmed.length && end > 0 && /\s/.test(trimmed[end - 1]!) ? trimmed.slice(0, end).trimEnd() : trimmed;
}

/** A line's table cells (a text dump's table row is one block, its cells joined by " | "). */
function rowCells(raw: string, aligned = false): string[] {
  const cells = aligned ? raw.trim().split(/ {2,}|\t/) : TAB_ROW.test(raw) ? raw.split('\t') : raw.trim().replace(/^\||\|$/g, '').split('|');
  return cells.map((c) => c.trim()).filter(Boolean);
}

/** Rows of a table a text browser laid out in columns, at least, to read lines as one. */
const ALIGNED_ROWS = 3;
/** Column edges two rows must share to be rows of one table. */
const SHARED_EDGES = 2;
/** Line length at most of an aligned row; longer lines are prose. */
const ALIGNED_ROW_WIDTH = 300;

/**
 * Where a line's columns start and end: the edges of its runs of text between gaps of two spaces
 * or more. Null when it has no such gap inside it (one cell) or is too long to be a row.
 */
function columnEdges(line: string): Set<number> | null {
  if (line.length > ALIGNED_ROW_WIDTH || !/\S {2,}\S/.test(line)) return null;
  const edges = new Set<number>();
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
    edges.add(m.index);
    edges.add(m.index + m[0].length);
  }
  return edges;
}

/**
 * Lines of a table as w3m and lynx print one: cells apart by runs of spaces, their columns lined up
 * (left-aligned cells share where they start, right-aligned numbers where they end) over three rows
 * or more, blank lines between them allowed. Prose with two spaces after its full stops does not
 * line up from one line to the next.
 */
function alignedRows(lines: readonly string[]): Set<number> {
  const rows = new Set<number>();
  let run: number[] = [];
  let previous: Set<number> | null = null;
  const flush = (): void => {
    if (run.length >= ALIGNED_ROWS) for (const n of run) rows.add(n);
    run = [];
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (!line.trim()) continue;
    const edges = columnEdges(line);
    if (!edges) {
      flush();
      previous = null;
      continue;
    }
    let shared = 0;
    if (previous) for (const e of edges) if (previous.has(e)) shared++;
    if (shared < SHARED_EDGES) flush();
    run.push(n);
    previous = edges;
  }
  flush();
  return rows;
}

/**
 * A table row's text: each cell's inline Markdown stripped (until stripping changes nothing, as
 * the cell will be read again), empty cells dropped, the rest joined by " | ". Null when fewer
 * than two cells are left: one cell is a boxed line, which the text output prints as a paragraph.
 */
function rowText(cells: readonly string[], strip: LineReader): { text: string; linkChars: number } | null {
  const texts: string[] = [];
  let linkChars = 0;
  for (const cell of cells) {
    let { text, linkChars: links } = strip(cell);
    for (let round = 0; round < 32 && text; round++) {
      const again = strip(text).text;
      if (again === text) break;
      text = again;
      links = Math.min(links, text.length);
    }
    if (!text) continue;
    texts.push(text);
    linkChars += links;
  }
  return texts.length >= 2 ? { text: texts.join(' | '), linkChars } : null;
}

/** The fence a line opens, if it opens one. */
function fenceOf(line: string): string | undefined {
  if (!line.includes('``') && !line.includes('~~')) return undefined;
  const m = FENCE_OPEN.exec(line);
  if (!m || (m[1]![0] === '`' && line.includes('`', m[0].length))) return undefined;
  return m[1];
}

/**
 * A line read alone, with blank lines around it, as rinse reads its own text output again: what
 * it is (heading, list item, quote, table row, paragraph) and its text. Null: nothing (a rule, a
 * table separator, a bare marker). A fence opener would swallow what follows: its marker goes.
 */
function readAlone(line: string, strip: LineReader): { kind: BlockKind; text: string } | null {
  if (fenceOf(line) !== undefined) return { kind: 'paragraph', text: strip(line.replace(FENCE_OPEN, '')).text };
  if (line.includes('--') && TABLE_SEPARATOR.test(line.trimEnd())) return null;
  // A row before anything its first cell may look like ("- a", "---"): rinse prints rows with tabs.
  if ((line.includes('|') && TABLE_ROW.test(line)) || (line.includes('\t') && TAB_ROW.test(line))) {
    const cells = rowCells(line);
    const row = rowText(cells, strip);
    if (row) return { kind: 'table-cell', text: row.text };
    line = cells.join(' ');
  }
  if (HORIZONTAL_RULE.test(line)) return null;
  const atx = ATX_HEADING.exec(line);
  if (atx) return { kind: 'heading', text: strip(withoutClosingHashes(atx[2]!)).text };
  if (BULLET.test(line)) return { kind: 'list-item', text: strip(line.replace(BULLET, '')).text };
  if (NUMBERED.test(line)) return { kind: 'list-item', text: strip(line).text };
  if (QUOTE.test(line)) return { kind: 'quote', text: strip(line.replace(QUOTE_MARKERS, '')).text };
  return { kind: 'paragraph', text: strip(line).text };
}

// The characters a block construct's line can start with (after spaces), per pattern above: a line whose first
// character is none of them is tested against none of those patterns. Most lines are prose and start with a letter.
const RULE = 1;
const BULLET_MARK = 2;
const LONE_BULLET_MARK = 4;
const SETEXT = 8;
const DIGIT = 16;
const HASH = '#'.charCodeAt(0);
const QUOTE_MARK = '>'.charCodeAt(0);

/** For each code unit, the bits of the constructs a line starting with it may be. */
const LEADS = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  const mark = (chars: string, bit: number): void => {
    for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)]! |= bit;
  };
  mark('-*_=━─—~', RULE);
  mark('-*+•□○◦▪‣·●■➤►☆★', BULLET_MARK);
  mark('•□○◦▪‣·●■☆★', LONE_BULLET_MARK);
  mark('=-', SETEXT);
  mark('0123456789', DIGIT);
  return table;
})();

/** Whether a line whose first character (not a space) is `lead` (-1: none) may be of the constructs `bits`. */
function mayLead(lead: number, bits: number): boolean {
  return lead >= 0 && (LEADS[lead]! & bits) !== 0;
}

/** The first code unit of each line that is not a space (`\s`), or -1 for a blank line. */
function leadingCodes(lines: readonly string[]): Int32Array {
  const leads = new Int32Array(lines.length).fill(-1);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    for (let k = 0, len = line.length; k < len; k++) {
      const c = codeAt(line, k);
      if (!isSpace(c)) {
        leads[n] = c;
        break;
      }
    }
  }
  return leads;
}

/** Numbered list items keep their number in their text, and the text output prints them without a bullet. */
export const NUMBERED_TEXT = /^\d{1,3}[.)]\s/;

/**
 * A block's text can only read as something else when it starts as a block construct does (heading,
 * bullet, number, quote, rule, fence, table row or separator) or holds inline syntax.
 */
const MAYBE_SYNTAX = /^(?:[#>*+\-•□○◦▪‣·●■➤►☆★|:`~=_━─—]|\d{1,3}[.)])|[[*_`\\<]/;

/**
 * A block's text as it must be for rinse to read its own text output back the same: the text of a
 * block printed alone (list items with their "- ") and read again. Stripping Markdown can expose
 * more of it — `**# x**` is "# x", a heading when read again; a link's text may start with "> "; a
 * wrapped line joined to the next may close a `**` — so the text is read again until nothing
 * changes (each round only deletes characters, so this ends). A paragraph that reads as a list item
 * ("- x" from an escaped `\- x`) becomes one, as the output will be read; other kinds keep theirs.
 * Null: the text reads as nothing (a rule, a separator).
 */
function settle(kind: BlockKind, text: string, strip: LineReader): { kind: BlockKind; text: string } | null {
  if (!MAYBE_SYNTAX.test(text)) return { kind, text };
  for (let round = 0; round < 32; round++) {
    const read = readAlone(kind === 'list-item' && !NUMBERED_TEXT.test(text) ? `- ${text}` : text, strip);
    if (read === null || !read.text) return null;
    if (kind === 'paragraph' && read.kind === 'list-item') kind = 'list-item';
    if (read.text === text) return { kind, text };
    text = read.text;
  }
  return { kind, text };
}

interface Line {
  kind: BlockKind;
  text: string;
  linkChars: number;
  level?: number;
  line: number;
  /** Raw length, to spot hard-wrapped prose. */
  width: number;
  /** A plain paragraph line that may be joined with its neighbours. */
  joinable: boolean;
  /** The line's inline Markdown (links with targets), when it differs from `text`. */
  markdown?: string;
  list?: Block['list'];
  table?: Block['table'];
}

/** A list item's depth: its indentation in columns (a tab is four), two a level. */
function indentDepth(line: string): number {
  let columns = 0;
  for (let k = 0, len = line.length; k < len; k++) {
    const c = codeAt(line, k);
    if (!isSpace(c)) break;
    columns += c === 9 ? 4 : 1;
  }
  return Math.floor(columns / 2);
}

/** A line body's inline Markdown as the Markdown output keeps it: images dropped, space collapsed. */
function keptMarkdown(body: string, text: string): string | undefined {
  const markdown = collapseSpace(body.includes('![') ? body.replace(IMAGE, '') : body);
  return markdown && markdown !== text ? markdown : undefined;
}

const SENTENCE_END = /[.!?:;"'”’)\]…。！？」』]$/;

/** Joins hard-wrapped prose: a group of paragraph lines of near-equal width that break mid-sentence. */
function joinWrapped(group: Line[], strip: LineReader): Line[] {
  if (group.length < 2) return group;
  // Each output line as the lines joined into it; texts are joined once at the end, and only the
  // last joined line's text is tested, so a million-line paragraph stays linear.
  const out: Array<{ first: Line; last: Line; texts: string[]; markdowns: string[]; linkChars: number }> = [];
  let max = 0;
  for (let k = 0; k < group.length - 1; k++) max = Math.max(max, group[k]!.width);
  // A converter wrapping at a fixed column leaves every line but the last close to that column.
  const wrappedAtColumn = max >= 50 && max <= 120 && group.every((l, k) => k === group.length - 1 || l.width >= max * 0.65);
  for (const line of group) {
    const prev = out[out.length - 1];
    const prevEnds = prev !== undefined && SENTENCE_END.test(prev.last.text);
    // A full stop at a line end before a capital may be a wrap or a line of its own: keep it apart.
    const sentenceBreak = prevEnds && !/^[\p{Ll}]/u.test(line.text);
    const continues =
      prev !== undefined &&
      ((wrappedAtColumn && !sentenceBreak) ||
        // w3m breaks very long lines near 1,000 columns whatever it is told.
        prev.last.width >= 1000 ||
        (!prevEnds && /^[\p{Ll}]/u.test(line.text) && prev.last.width >= 40));
    if (continues) {
      prev.texts.push(line.text);
      prev.markdowns.push(line.markdown ?? line.text);
      prev.linkChars += line.linkChars;
      prev.last = line;
    } else {
      out.push({ first: line, last: line, texts: [line.text], markdowns: [line.markdown ?? line.text], linkChars: line.linkChars });
    }
  }
  return out.flatMap((o) => {
    if (o.texts.length === 1) return [o.first];
    const joined = o.texts.join(' ');
    // Joined, the lines may form inline Markdown that no line held alone (`**` on one, `**` on the next).
    const settled = settle(o.first.kind, joined, strip);
    if (!settled) return [];
    const { kind, text } = settled;
    const markdown = text === joined ? o.markdowns.join(' ') : text;
    return [{ ...o.first, kind, text, linkChars: Math.min(o.linkChars, text.length), width: o.last.width, ...(markdown !== text ? { markdown } : {}) }];
  });
}

export interface TextReading {
  /**
   * Read `**`, `_`, backticks and `[links](…)` as Markdown: `auto` (the default) when the dump shows it is
   * Markdown (see `showsMarkdown`); off, a line's text is taken as it stands.
   */
  readonly inlineMarkdown?: boolean | 'auto';
}

/** A `#` heading line. Spaces only before it: `\s` would reach back over line breaks. */
const ATX_LINE = /^[ \t]{0,3}#{1,6}[ \t]/m;
/** Bold around words (`**a word**`, not a censored `F***` nor `** a **`), or a mark escaped as converters escape them. */
const BOLD_OR_ESCAPE = onFirstUse(() => /\*\*[\p{L}\p{N}][^*\n]{0,200}?[\p{L}\p{N}.!?:)]\*\*|\\[*_#[\]`]/u);

/**
 * Whether a dump is Markdown: it has a link or an image (`](`), a `#` heading, bold around words or an
 * escaped mark. html2text and markdownify write those on nearly every page; in a dump with none of them
 * (w3m, innerText, rinse's own text output) a `*`, `_` or backtick is the text's own, and stripping it
 * would change the text.
 */
export function showsMarkdown(text: string): boolean {
  return (
    text.includes('](') ||
    (text.includes('#') && ATX_LINE.test(text)) ||
    ((text.includes('**') || text.includes('\\')) && BOLD_OR_ESCAPE().test(text))
  );
}

export function parseText(text: string, { inlineMarkdown: reading = 'auto' }: TextReading = {}): Document {
  const inlineMarkdown = reading === 'auto' ? showsMarkdown(text) : reading;
  const strip: LineReader = inlineMarkdown ? stripInlineMarkdown : plainLine;
  const rawLines = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n');
  const lines: Array<Line | null> = []; // null marks a paragraph break
  let fence: string | undefined;
  let code: string[] = [];
  let codeStart = 0;
  let tables = 0;
  let tableRow = -1; // row of the table being read, -1 outside one
  // Inside a table whose rows need no outer pipes ("a | b" under a "---|---" separator, as html2text writes them).
  let pipeTable = false;
  let bulletAlone = false;
  const aligned = rawLines.some((l) => l.includes('   ')) ? alignedRows(rawLines) : new Set<number>();
  const leads = leadingCodes(rawLines);

  for (let n = 0; n < rawLines.length; n++) {
    const raw = rawLines[n]!;
    if (fence !== undefined) {
      const close = raw.includes(fence[0]!) ? FENCE_CLOSE.exec(raw) : null;
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) {
        const body = code.join('\n').trimEnd();
        if (body) lines.push({ kind: 'code', text: body, linkChars: 0, line: codeStart, width: 0, joinable: false });
        fence = undefined;
        code = [];
      } else {
        code.push(raw);
      }
      continue;
    }
    const opens = fenceOf(raw);
    if (opens !== undefined) {
      fence = opens;
      codeStart = n + 2;
      lines.push(null);
      continue;
    }
    const lead = leads[n]!;
    if (lead < 0) {
      pipeTable = false;
      bulletAlone = false;
      lines.push(null);
      continue;
    }
    // w3m prints a list item that holds a block as its bullet alone, the text on the next line.
    if (mayLead(lead, LONE_BULLET_MARK) && LONE_BULLET.test(raw)) {
      bulletAlone = true;
      continue;
    }
    const afterBullet = bulletAlone;
    bulletAlone = false;
    const next = rawLines[n + 1];
    if (raw.includes('--') && TABLE_SEPARATOR.test(raw.trimEnd())) {
      // The separator makes the line above it a table's header row.
      const header = lines[lines.length - 1];
      const headerCells = header && header.line === n && header.kind === 'paragraph' && !TABLE_ROW.test(rawLines[n - 1]!) ? rowCells(rawLines[n - 1]!) : [];
      const row = rowText(headerCells, strip);
      if (header && row) {
        const { text: cells, linkChars } = row;
        tableRow = 0;
        Object.assign(header, { kind: 'table-cell', text: cells, linkChars: Math.min(linkChars, cells.length), joinable: false, table: { id: tables++, row: 0, wholeRow: true } });
        delete header.markdown;
      }
      pipeTable = true;
      continue;
    }
    const alignedRow = aligned.has(n);
    // A row of rinse's own output has tabs between its cells, whatever they hold (a cell may be a lone "|").
    const tableLine = alignedRow || (raw.includes('|') && (pipeTable || TABLE_ROW.test(raw))) || (raw.includes('\t') && TAB_ROW.test(raw));
    if (!tableLine) pipeTable = false;
    if (!tableLine) tableRow = -1;
    // A row before anything its first cell may look like ("- a", "---"): rinse prints rows with tabs.
    const cells = tableLine ? rowCells(raw, alignedRow) : [];
    const row = tableLine ? rowText(cells, strip) : null;
    if (row) {
      if (tableRow < 0) tables++;
      tableRow++;
      const markdown = cells.join(' | ');
      lines.push({
        kind: 'table-cell',
        text: row.text,
        linkChars: Math.min(row.linkChars, row.text.length),
        line: n + 1,
        width: raw.trimEnd().length,
        joinable: false,
        ...(markdown !== row.text ? { markdown } : {}),
        table: { id: tables - 1, row: tableRow, wholeRow: true },
      });
      continue;
    }
    if (mayLead(lead, RULE) && HORIZONTAL_RULE.test(raw)) {
      lines.push(null);
      continue;
    }
    const atx = lead === HASH ? ATX_HEADING.exec(raw) : null;
    if (atx) {
      const { text: stripped, linkChars } = strip(withoutClosingHashes(atx[2]!));
      const t = stripped && settle('heading', stripped, strip)?.text;
      if (t) {
        const heading: Line = { kind: 'heading', level: atx[1]!.length, text: t, linkChars: Math.min(linkChars, t.length), line: n + 1, width: raw.length, joinable: false };
        const markdown = inlineMarkdown && t === stripped ? keptMarkdown(atx[2]!, t) : undefined;
        if (markdown !== undefined) heading.markdown = markdown;
        lines.push(heading);
      }
      lines.push(null);
      continue;
    }
    const nextLead = n + 1 < leads.length ? leads[n + 1]! : -1;
    const bullet = mayLead(lead, BULLET_MARK) && BULLET.test(raw);
    const setext = mayLead(nextLead, SETEXT) ? SETEXT_UNDERLINE.exec(next!) : null;
    if (setext && !bullet) {
      const { text: stripped, linkChars } = strip(raw);
      const t = stripped && settle('heading', stripped, strip)?.text;
      const previous = lines[lines.length - 1];
      // `---` under a line is a heading only when the line stands alone; after a paragraph it is a rule.
      if (t && (setext[1]!.startsWith('=') || previous === null || previous === undefined)) {
        lines.push({ kind: 'heading', level: setext[1]!.startsWith('=') ? 1 : 2, text: t, linkChars: Math.min(linkChars, t.length), line: n + 1, width: raw.length, joinable: false });
        lines.push(null);
        n++;
        continue;
      }
    }
    let kind: BlockKind = 'paragraph';
    let body = raw;
    let list: Block['list'];
    const depth = indentDepth(raw);
    const quote = lead === QUOTE_MARK && QUOTE.test(raw);
    if (bullet) {
      kind = 'list-item';
      body = raw.replace(BULLET, '');
      list = { depth };
    } else if (afterBullet && !quote && !tableLine) {
      kind = 'list-item';
      body = raw.trim();
      list = { depth };
    } else if (mayLead(lead, DIGIT) && NUMBERED.test(raw)) {
      kind = 'list-item';
      list = { depth };
    } else if (quote) {
      kind = 'quote';
      body = raw.replace(QUOTE_MARKERS, '');
    } else if (tableLine) {
      // One cell is a boxed line, not a row: the text output prints it as a paragraph.
      body = cells.join(' ');
    }
    const { text: stripped, linkChars } = strip(body);
    const settled = stripped ? settle(kind, stripped, strip) : null;
    if (!settled) continue;
    const t = settled.text;
    if (settled.kind !== kind) {
      kind = settled.kind;
      list = { depth };
    }
    // Optional properties set one by one, in the order spreads gave them, with no throwaway object per spread.
    const line: Line = { kind, text: t, linkChars: Math.min(linkChars, t.length), line: n + 1, width: raw.trimEnd().length, joinable: kind === 'paragraph' || kind === 'quote' };
    const markdown = inlineMarkdown && t === stripped ? keptMarkdown(body, t) : undefined;
    if (markdown !== undefined) line.markdown = markdown;
    if (list) line.list = list;
    lines.push(line);
  }
  // An unclosed fence holds the rest of the dump.
  const rest = fence !== undefined ? code.join('\n').trimEnd() : '';
  if (rest) lines.push({ kind: 'code', text: rest, linkChars: 0, line: codeStart, width: 0, joinable: false });

  const blocks: Block[] = [];
  let group: Line[] = [];
  const flushGroup = (): void => {
    for (const l of joinWrapped(group, strip)) {
      blocks.push(makeBlock({ index: blocks.length, kind: l.kind, text: l.text, linkChars: l.linkChars, level: l.level || undefined, line: l.line, markdown: l.markdown, list: l.list, table: l.table }));
    }
    group = [];
  };
  for (const l of lines) {
    if (l === null || !l.joinable || (group.length && group[0]!.kind !== l.kind)) {
      flushGroup();
      if (l === null) continue;
      if (!l.joinable) {
        group = [l];
        flushGroup();
        continue;
      }
    }
    group.push(l);
  }
  flushGroup();
  const title = blocks.find((b) => b.kind === 'heading')?.text;
  return { format: 'text', blocks, wholePage: false, ...(title ? { title } : {}) };
}
