/** `--explain`: every removed block with the rule that removed it and why, on stderr. */
import type { ChalkInstance } from 'chalk';
import type { CleanResult } from '../schema.js';

const PREVIEW_CHARS = 100;

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS - 1)}…` : line;
}

export function explainLines(result: CleanResult, color: ChalkInstance): string[] {
  const lines = result.removed.map(
    (r) => `${result.source}: ${color.bold(r.rule)} ${color.dim(`(${r.category})`)} ${r.reason}: ${color.red(JSON.stringify(preview(r.text)))}`,
  );
  if (!lines.length) lines.push(`${result.source}: ${color.dim('nothing removed')}`);
  return lines;
}
