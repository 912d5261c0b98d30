/**
 * Plain text: the article's blocks, one blank line between them; list items keep a "- " bullet
 * and code blocks their fence, so that the text reads back as the same blocks (cleaning rinse's
 * text output again changes nothing).
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

export function renderText(blocks: readonly Block[], inputFormat: 'html' | 'text'): string {
  return blocks.map((b) => blockAsText(b, inputFormat)).join('\n\n');
}
