/** Markdown: headings, list items, quotes and code kept as Markdown. */
import type { Block } from '../model.js';

type RenderBlock = Pick<Block, 'kind' | 'text' | 'level'>;

function quote(text: string): string {
  return text.split('\n').map((l) => `> ${l}`).join('\n');
}

export function blockAsMarkdown(block: RenderBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level ?? 2)} ${block.text.replace(/\n/g, ' ')}`;
    case 'list-item':
      return /^\d{1,3}[.)]\s/.test(block.text) ? block.text : `- ${block.text}`;
    case 'quote':
      return quote(block.text);
    case 'code':
      return `\`\`\`\n${block.text}\n\`\`\``;
    default:
      return block.text.replace(/\n/g, '  \n');
  }
}

export function renderMarkdown(blocks: readonly RenderBlock[], title?: string): string {
  const parts = blocks.map(blockAsMarkdown);
  // A title the page names but the kept blocks do not carry goes on top.
  if (title && !blocks.some((b) => b.kind === 'heading' && b.text === title)) parts.unshift(`# ${title}`);
  return parts.join('\n\n');
}
