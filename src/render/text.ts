/** Plain text: the article's blocks, one blank line between them; list items keep a "- " bullet. */
import type { Block } from '../model.js';

export function blockAsText(block: Block, inputFormat: 'html' | 'text'): string {
  // Numbered items from a text dump carry their number in their text already.
  if (block.kind === 'list-item' && !(inputFormat === 'text' && /^\d{1,3}[.)]\s/.test(block.text))) return `- ${block.text}`;
  return block.text;
}

export function renderText(blocks: readonly Block[], inputFormat: 'html' | 'text'): string {
  return blocks.map((b) => blockAsText(b, inputFormat)).join('\n\n');
}
