/**
 * `--diff`: the input with what was removed marked. A text dump is shown
 * line by line as it came in; HTML is shown as its blocks of text. Removed
 * lines are struck through in red on a terminal and wrapped in `[-…-]`
 * elsewhere; kept text is printed as it is.
 */
import type { ChalkInstance } from 'chalk';
import { linesLostInKeptBlocks, type Inspection } from '../clean.js';

export type Marker = (text: string) => string;

/** Red strike-through when colour is on, `[-…-]` otherwise. */
export function removalMarker(color: ChalkInstance): Marker {
  return color.level > 0 ? (text) => color.red.strikethrough(text) : (text) => `[-${text}-]`;
}

/** For each line of a text dump (0-based), whether it belongs to a removed block. */
export function removedLines(inspection: Inspection, lineCount: number): boolean[] {
  const removed = new Array<boolean>(lineCount).fill(false);
  const { blocks } = inspection.document;
  for (let b = 0; b < blocks.length; b++) {
    const start = blocks[b]!.line;
    if (start === undefined || !inspection.removedBy[b]) continue;
    // A block runs from its first line to the line before the next block (its underline, wrapped lines, fence…).
    const next = blocks.slice(b + 1).find((n) => n.line !== undefined && n.line > start)?.line ?? lineCount + 1;
    for (let n = start; n < next && n <= lineCount; n++) removed[n - 1] = true;
  }
  return removed;
}

/** A page as its blocks; of a kept block whose text was read back (see clean.ts), the lines that reading removed are marked. */
function diffPage(inspection: Inspection, mark: Marker): string {
  const lost = linesLostInKeptBlocks(inspection);
  const lines = new Map<number, string[]>();
  inspection.readBack?.document.blocks.forEach((b, j) => {
    const page = inspection.readBack!.pageBlock[j]!;
    const text = lost[j] ? mark(b.text) : b.text;
    const seen = lines.get(page);
    if (seen) seen.push(text);
    else lines.set(page, [text]);
  });
  const partlyRemoved = new Set(lost.flatMap((r, j) => (r ? [inspection.readBack!.pageBlock[j]!] : [])));
  return inspection.document.blocks
    .map((block, i) => {
      if (inspection.removedBy[i]) return block.text.split('\n').map(mark).join('\n');
      return partlyRemoved.has(i) ? lines.get(i)!.join('\n') : block.text;
    })
    .join('\n\n');
}

export function diffText(inspection: Inspection, mark: Marker): string {
  if (inspection.document.format === 'html') return diffPage(inspection, mark);
  const lines = inspection.input.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const removed = removedLines(inspection, lines.length);
  // Blank lines are never marked: they separate, and a marked nothing reads as noise.
  return lines.map((line, i) => (removed[i] && line.trim() ? mark(line) : line)).join('\n');
}
