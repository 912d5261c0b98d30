/**
 * Text dumps to blocks. A dump (plain, or Markdown as html2text and
 * markdownify write it) is read line by line: headings, bullets, quotes,
 * code fences, table rows and rules are recognised; Markdown links and
 * images are reduced to their text, and their characters counted as link
 * text, so a line of links is known as one. Each line is a block, except
 * prose that a converter hard-wrapped, which is joined back.
 */
import type { Block, BlockKind, Document } from '../model.js';
import { collapseSpace } from '../text/normalize.js';

// The closing `#`s are stripped in code: `(.*?)(?:\s+#+)?\s*$` is quadratic on a long run of spaces.
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+([\s\S]*)$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const HORIZONTAL_RULE = /^\s*(?:([-*_=━─—~])\s*)(?:\1\s*){2,}$/;
const BULLET = /^\s*[-*+•□○◦▪‣·●■➤►]\s+(?=\S)/;
/** Numbered items keep their number: "15. März" may be a date, and the number is the writer's text. */
const NUMBERED = /^\s*\d{1,3}[.)]\s+(?=\S)/;
const QUOTE = /^\s*>\s?/;
/** All of a line's quote markers at once (`> > text`): one pass, however many there are. */
const QUOTE_MARKERS = /^(?:\s*>)+\s?/;
const FENCE = /^\s*(```|~~~)/;
// Tested on the trimmed line; no two `\s*` may meet (`^\s*\|?\s*`, `\s*\|?\s*$`), or a run of spaces backtracks quadratically.
const TABLE_SEPARATOR = /^\s*(?:\|\s*)?:?-{2,}:?(?:\s*\|\s*:?-{2,}:?)+(?:\s*\|)?$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;

// Inline patterns never scan past the next opener of their own kind (`[`, `(`, `<`, `**`): a long line of
// openers that never close is then read in linear time, not once per opener.
const IMAGE = /!\[([^[\]\n]*)\]\([^()\n]*\)/g;
const LINK = /\[([^[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g;
const AUTOLINK = /<(https?:\/\/[^<>\s]+)>/g;
const BARE_URL = /\bhttps?:\/\/[^\s<>()[\]]+/g;
const STRONG = /(\*\*|__)(?=\S)((?:(?!\1)[^\n])*?\S)\1/g;
const EMPHASIS = /(^|[^\p{L}\p{N}*_\\])([*_])(?=\S)([^\n*_]*?[^\s\\])\2(?![\p{L}\p{N}])/gu;
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
      linkChars += collapseSpace(label).length;
      return label;
    });
  }
  if (text.includes('<http')) text = text.replace(AUTOLINK, (_m, url: string) => url);
  if (text.includes('**') || text.includes('__')) text = text.replace(STRONG, '$2');
  if (text.includes('*') || text.includes('_')) text = text.replace(EMPHASIS, '$1$3');
  if (text.includes('`')) text = text.replace(INLINE_CODE, '$1');
  if (text.includes('\\')) text = text.replace(ESCAPE, '$1');
  if (text.includes('://')) for (const url of text.match(BARE_URL) ?? []) linkChars += url.length;
  text = collapseSpace(text);
  return { text, linkChars: Math.min(linkChars, text.length) };
}

/** An ATX heading's text without its optional closing `#`s ("## Title ##" → "Title"). */
function withoutClosingHashes(text: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end--;
  return end < trimmed.length && end > 0 && /\s/.test(trimmed[end - 1]!) ? trimmed.slice(0, end).trimEnd() : trimmed;
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

/** A line body's inline Markdown as the Markdown output keeps it: images dropped, space collapsed. */
function keptMarkdown(body: string, text: string): Pick<Line, 'markdown'> {
  const markdown = collapseSpace(body.includes('![') ? body.replace(IMAGE, '') : body);
  return markdown && markdown !== text ? { markdown } : {};
}

const SENTENCE_END = /[.!?:;"'”’)\]…]$/;

/** Joins hard-wrapped prose: a group of paragraph lines of near-equal width that break mid-sentence. */
function joinWrapped(group: Line[]): Line[] {
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
  return out.map((o) => {
    if (o.texts.length === 1) return o.first;
    const markdown = o.markdowns.join(' ');
    const text = o.texts.join(' ');
    return { ...o.first, text, linkChars: o.linkChars, width: o.last.width, ...(markdown !== text ? { markdown } : {}) };
  });
}

export function parseText(text: string): Document {
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: Array<Line | null> = []; // null marks a paragraph break
  let fence: string | undefined;
  let code: string[] = [];
  let codeStart = 0;
  let tables = 0;
  let tableRow = -1; // row of the table being read, -1 outside one

  for (let n = 0; n < rawLines.length; n++) {
    const raw = rawLines[n]!;
    const fenceMatch = FENCE.exec(raw);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1] === fence) {
        const body = code.join('\n').trimEnd();
        if (body) lines.push({ kind: 'code', text: body, linkChars: 0, line: codeStart, width: 0, joinable: false });
        fence = undefined;
        code = [];
      } else {
        code.push(raw);
      }
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      codeStart = n + 2;
      lines.push(null);
      continue;
    }
    if (!raw.trim()) {
      lines.push(null);
      continue;
    }
    const next = rawLines[n + 1];
    if (HORIZONTAL_RULE.test(raw) || (raw.includes('--') && TABLE_SEPARATOR.test(raw.trimEnd()))) {
      lines.push(null);
      continue;
    }
    const tableLine = raw.includes('|') && TABLE_ROW.test(raw);
    if (!tableLine) tableRow = -1;
    const atx = ATX_HEADING.exec(raw);
    if (atx) {
      const { text: t, linkChars } = stripInlineMarkdown(withoutClosingHashes(atx[2]!));
      if (t) lines.push({ kind: 'heading', level: atx[1]!.length, text: t, linkChars, line: n + 1, width: raw.length, joinable: false, ...keptMarkdown(atx[2]!, t) });
      lines.push(null);
      continue;
    }
    const setext = next !== undefined ? SETEXT_UNDERLINE.exec(next) : null;
    if (setext && !BULLET.test(raw)) {
      const { text: t, linkChars } = stripInlineMarkdown(raw);
      const previous = lines[lines.length - 1];
      // `---` under a line is a heading only when the line stands alone; after a paragraph it is a rule.
      if (t && (setext[1]!.startsWith('=') || previous === null || previous === undefined)) {
        lines.push({ kind: 'heading', level: setext[1]!.startsWith('=') ? 1 : 2, text: t, linkChars, line: n + 1, width: raw.length, joinable: false });
        lines.push(null);
        n++;
        continue;
      }
    }
    let kind: BlockKind = 'paragraph';
    let body = raw;
    let structure: Pick<Line, 'list' | 'table'> = {};
    const depth = Math.floor((/^\s*/.exec(raw)![0].replace(/\t/g, '    ').length) / 2);
    if (BULLET.test(raw)) {
      kind = 'list-item';
      body = raw.replace(BULLET, '');
      structure = { list: { depth } };
    } else if (NUMBERED.test(raw)) {
      kind = 'list-item';
      structure = { list: { depth } };
    } else if (QUOTE.test(raw)) {
      kind = 'quote';
      body = raw.replace(QUOTE_MARKERS, '');
    } else if (tableLine) {
      kind = 'table-cell';
      body = raw.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).filter(Boolean).join(' | ');
      if (tableRow < 0) tables++;
      tableRow++;
      structure = { table: { id: tables - 1, row: tableRow, wholeRow: true } };
    }
    const { text: t, linkChars } = stripInlineMarkdown(body);
    if (!t) continue;
    lines.push({ kind, text: t, linkChars, line: n + 1, width: raw.trimEnd().length, joinable: kind === 'paragraph' || kind === 'quote', ...keptMarkdown(body, t), ...structure });
  }
  if (fence !== undefined && code.length) {
    lines.push({ kind: 'code', text: code.join('\n').trimEnd(), linkChars: 0, line: codeStart, width: 0, joinable: false });
  }

  const blocks: Block[] = [];
  let group: Line[] = [];
  const flushGroup = (): void => {
    for (const l of joinWrapped(group)) {
      blocks.push({
        index: blocks.length,
        kind: l.kind,
        text: l.text,
        linkChars: l.linkChars,
        line: l.line,
        ...(l.level ? { level: l.level } : {}),
        ...(l.markdown !== undefined ? { markdown: l.markdown } : {}),
        ...(l.list ? { list: l.list } : {}),
        ...(l.table ? { table: l.table } : {}),
      });
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
