/** `--explain`: every removal with the rule that made it and why, on stderr, per input. */
import type { ChalkInstance } from 'chalk';
import type { Element } from 'domhandler';
import { linesLostInKeptBlocks, type Inspection } from '../clean.js';
import type { Block } from '../model.js';
import type { Removal } from '../rules/engine.js';

const PREVIEW_CHARS = 100;

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS - 1)}…` : line;
}

/** `div#share.sharedaddy.sd-block`: the element a removed HTML block sat in. */
export function describeElement(el: Element): string {
  const id = el.attribs.id ? `#${el.attribs.id}` : '';
  const classes = (el.attribs.class ?? '').split(/\s+/).filter(Boolean).slice(0, 3).map((c) => `.${c}`).join('');
  return `${el.name}${id}${classes}`;
}

/**
 * One line per removal: where (the line of a text dump, the element of an
 * HTML block), the rule, its category, the reason and the text removed.
 * Runs of blocks taken by one rule for one reason are one removal, as in
 * the JSON output's `removed`. Of a page, also the lines its text lost when
 * read back as a dump (see clean.ts), in the element of the block they were in.
 */
export function explainLines(inspection: Inspection, color: ChalkInstance): string[] {
  const { result, document, removedBy, readBack } = inspection;
  const found: Array<{ at: number; line: string }> = [];
  const describe = (r: Removal, first: Block, texts: readonly string[], element: Element | undefined): string => {
    const where = first.line !== undefined && !readBack ? `:${first.line}` : '';
    const inElement = element ? ` ${color.dim(`in ${describeElement(element)}`)}` : '';
    return `${result.source}${where}: ${color.bold(r.rule)} ${color.dim(`(${r.category})`)} ${r.reason}: ${color.red(JSON.stringify(preview(texts.join('\n'))))}${inElement}`;
  };
  for (const [from, to, r] of runs(removedBy)) {
    found.push({ at: from, line: describe(r, document.blocks[from]!, document.blocks.slice(from, to).map((b) => b.text), document.blocks[from]!.element) });
  }
  if (readBack) {
    // Lines of blocks that stay (a block that went whole is listed above, by the rule that took its last line).
    for (const [from, to, r] of runs(linesLostInKeptBlocks(inspection))) {
      const page = document.blocks[readBack.pageBlock[from]!]!;
      found.push({ at: page.index, line: describe(r, readBack.document.blocks[from]!, readBack.document.blocks.slice(from, to).map((b) => b.text), page.element) });
    }
  }
  const lines = found.sort((a, b) => a.at - b.at).map((f) => f.line);
  if (!lines.length) lines.push(`${result.source}: ${color.dim('nothing removed')}`);
  return lines;
}

/** Runs [from, to) of blocks taken by one rule for one reason. */
function* runs(removedBy: ReadonlyArray<Removal | undefined>): Iterable<[number, number, Removal]> {
  for (let i = 0; i < removedBy.length; ) {
    const r = removedBy[i];
    if (!r) {
      i++;
      continue;
    }
    const from = i;
    while (i < removedBy.length && removedBy[i]?.rule === r.rule && removedBy[i]?.reason === r.reason) i++;
    yield [from, i, r];
  }
}
