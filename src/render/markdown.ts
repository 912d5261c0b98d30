/**
 * Markdown: headings, lists (numbered and nested), quotes, code blocks,
 * tables and links kept. Blocks carry their inline Markdown (`markdown`)
 * and their place in lists and tables when the parser knew them; a block
 * without them (such as one read back from JSON) is rendered from its text.
 */
import type { Block } from '../model.js';

type RenderBlock = Pick<Block, 'kind' | 'text' | 'level'> & Partial<Pick<Block, 'markdown' | 'list' | 'table'>>;

function inline(block: RenderBlock): string {
  return block.markdown ?? block.text;
}

function quote(text: string): string {
  return text.split('\n').map((l) => `> ${l}`).join('\n');
}

function fence(code: string): string {
  const ticks = '`'.repeat(Math.max(3, ...(code.match(/`{3,}/g) ?? []).map((m) => m.length + 1)));
  return `${ticks}\n${code}\n${ticks}`;
}

/** `baseDepth`: the depth of the list's top level, so a list indented as a whole in a dump is not nested. */
export function blockAsMarkdown(block: RenderBlock, baseDepth = 0): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level ?? 2)} ${inline(block).replace(/\n/g, ' ')}`;
    case 'list-item': {
      const indent = '   '.repeat(Math.max(0, (block.list?.depth ?? 0) - baseDepth));
      const body = inline(block).replace(/\n/g, `  \n${indent}   `);
      if (block.list?.number !== undefined) return `${indent}${block.list.number}. ${body}`;
      return `${indent}${/^\d{1,3}[.)]\s/.test(block.text) ? body : `- ${body}`}`;
    }
    case 'quote':
      return quote(inline(block));
    case 'code':
      return fence(block.text);
    default:
      return inline(block).replace(/\n/g, '  \n');
  }
}

/** One table's blocks (cells from HTML, whole rows from text dumps) as a Markdown table, the first row as its header. */
function tableAsMarkdown(blocks: readonly RenderBlock[]): string {
  const rows: string[][] = [];
  let current: number | undefined;
  for (const b of blocks) {
    if (b.table!.row !== current) {
      rows.push([]);
      current = b.table!.row;
    }
    const content = inline(b).replace(/\n/g, ' ');
    // A text dump's row holds all its cells already, joined by " | ".
    if (b.table?.wholeRow) {
      rows[rows.length - 1]!.push(...content.split(' | '));
    } else {
      rows[rows.length - 1]!.push(content.replace(/(?<!\\)\|/g, '\\|'));
    }
  }
  const columns = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]): string => `| ${[...cells, ...Array<string>(columns - cells.length).fill('')].join(' | ')} |`;
  return [line(rows[0]!), `|${' --- |'.repeat(columns)}`, ...rows.slice(1).map(line)].join('\n');
}

/** Blocks as Markdown: tight lists, tables gathered, a blank line between everything else. */
export function renderMarkdown(blocks: readonly RenderBlock[], title?: string): string {
  const parts: string[] = [];
  // A title the page names but the kept blocks do not carry goes on top.
  if (title && !blocks.some((b) => b.kind === 'heading' && b.text === title)) parts.push(`# ${title}`);
  for (let i = 0; i < blocks.length; ) {
    const b = blocks[i]!;
    if (b.kind === 'table-cell' && b.table) {
      const id = b.table.id;
      let j = i;
      while (j < blocks.length && blocks[j]!.kind === 'table-cell' && blocks[j]!.table?.id === id) j++;
      parts.push(tableAsMarkdown(blocks.slice(i, j)));
      i = j;
      continue;
    }
    if (b.kind === 'list-item') {
      let j = i;
      while (j < blocks.length && blocks[j]!.kind === 'list-item') j++;
      const items = blocks.slice(i, j);
      const base = Math.min(...items.map((item) => item.list?.depth ?? 0));
      parts.push(items.map((item) => blockAsMarkdown(item, base)).join('\n'));
      i = j;
      continue;
    }
    parts.push(blockAsMarkdown(b));
    i++;
  }
  return parts.join('\n\n');
}
