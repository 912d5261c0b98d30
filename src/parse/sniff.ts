/**
 * HTML or text dump? Decided from the first 64 KB: a document that opens with
 * a doctype, `<html>`, `<head>` or `<body>` is HTML; so is one with several
 * block-level tags. Markdown and plain dumps have few or none.
 */
import type { InputFormat } from '../model.js';

// A comment's body never runs past its `-->`: with a lazy `[\s\S]*?` a run of comments backtracks exponentially.
const PAGE_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
const BLOCK_TAG = /<\/?(?:p|div|span|a|br|li|ul|ol|h[1-6]|table|tr|td|img|section|article|header|footer|nav|main|aside|blockquote|figure|em|strong|b|i)\b[^<>]{0,2000}>/gi;

/** How much of an input the sniffer reads: its first 64 K characters. */
export const SNIFFED_CHARS = 65536;

export function sniffFormat(text: string, fileName?: string): InputFormat {
  const head = text.slice(0, SNIFFED_CHARS);
  if (PAGE_START.test(head)) return 'html';
  const tags = head.match(BLOCK_TAG)?.length ?? 0;
  if (fileName && /\.(x?html?)(\.gz)?$/i.test(fileName)) return tags > 0 || /^\s*</.test(head) ? 'html' : 'text';
  // A text dump may quote the odd tag; markup is HTML when tags are dense.
  const lines = Math.max(1, head.split('\n').length);
  return tags >= 3 && tags >= lines / 10 ? 'html' : 'text';
}

/**
 * sniffFormat of the pieces joined (see `decodeInPieces`), without joining them when the first piece opens
 * as a page does: joining a page's first 64 K characters to sniff them was 2.4% of its clean. A start that
 * matches short of the piece's end matches the joined text too: only its closing `\b` reads past it.
 */
export function sniffPieces(pieces: readonly string[], fileName?: string): InputFormat {
  const first = pieces[0] ?? '';
  const start = PAGE_START.exec(first);
  if (start && start[0].length < first.length) return 'html';
  return sniffFormat(headOf(pieces, SNIFFED_CHARS), fileName);
}

/** The first pieces, joined, up to `chars` characters at least (or all of them). */
function headOf(pieces: readonly string[], chars: number): string {
  let k = 0;
  for (let length = 0; k < pieces.length && length < chars; k++) length += pieces[k]!.length;
  return k === 1 ? pieces[0]! : pieces.slice(0, k).join('');
}
