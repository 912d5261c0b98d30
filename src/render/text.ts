/**
 * Plain text: the article's blocks, one blank line between them; list items keep a "- " bullet,
 * code blocks their fence and a table's rows a line each with tabs between the cells (as a
 * browser's innerText prints them), so that the text reads back as the same blocks (cleaning
 * rinse's text output again changes nothing).
 */
import type { Block } from '../model.js';

/** A code block between fences longer than any run of backticks in it, so no line of it can close the fence. */
export function fenceCode(code: string): string {
  let longest = 0;
  for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}\n${code}\n${ticks}`;
}

export function blockAsText(block: Block, inputFormat: 'html' | 'text'): string {
  // Numbered items from a text dump carry their number in their text already.
  if (block.kind === 'list-item' && !(inputFormat === 'text' && /^\d{1,3}[.)]\s/.test(block.text))) return `- ${block.text}`;
  if (block.kind === 'code') return fenceCode(block.text);
  return block.text;
}

/** The end (exclusive) of the table row that starts at `from`: HTML cells of one row, or a text dump's one row block. */
function rowEnd(blocks: readonly Block[], from: number): number {
  const first = blocks[from]!;
  if (first.kind !== 'table-cell' || !first.table) return from;
  if (first.table.wholeRow) return from + 1;
  let end = from;
  while (end < blocks.length && blocks[end]!.kind === 'table-cell' && blocks[end]!.table?.id === first.table.id && blocks[end]!.table?.row === first.table.row) end++;
  // A cell of several lines (a layout table's text) cannot share a line: the row prints as blocks.
  return blocks.slice(from, end).some((b) => b.text.includes('\n')) ? from : end;
}

function rowAsLine(cells: readonly Block[]): string {
  return cells.length === 1 && cells[0]!.table?.wholeRow ? cells[0]!.text.split(' | ').join('\t') : cells.map((c) => c.text).join('\t');
}

export function renderText(blocks: readonly Block[], inputFormat: 'html' | 'text'): string {
  return renderTextWithLines(blocks, inputFormat).text;
}

/** The text output, and the line (1-based) each block's text starts on in it. */
export function renderTextWithLines(blocks: readonly Block[], inputFormat: 'html' | 'text'): { text: string; lines: number[] } {
  const parts: string[] = [];
  const lines: number[] = [];
  let line = 1;
  let lastTable: number | undefined;
  for (let i = 0; i < blocks.length; ) {
    const end = rowEnd(blocks, i);
    const table = end > i ? blocks[i]!.table!.id : undefined;
    // Rows of one table on consecutive lines; everything else a blank line apart.
    if (i > 0) {
      const gap = table !== undefined && table === lastTable ? '\n' : '\n\n';
      parts.push(gap);
      line += gap.length;
    }
    const part = end > i ? rowAsLine(blocks.slice(i, end)) : blockAsText(blocks[i]!, inputFormat);
    for (let k = i; k < Math.max(end, i + 1); k++) lines.push(line);
    parts.push(part);
    line += countLines(part) - 1;
    lastTable = table;
    i = Math.max(end, i + 1);
  }
  return { text: parts.join(''), lines };
}

function countLines(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}
