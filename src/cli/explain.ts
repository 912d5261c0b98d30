/** `--explain`: every removal with the rule that made it and why, on stderr, per input. */
import type { ChalkInstance } from 'chalk';
import type { Element } from 'domhandler';
import type { Inspection } from '../index.js';

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
 * the JSON output's `removed`.
 */
export function explainLines(inspection: Inspection, color: ChalkInstance): string[] {
  const { result, document, removedBy } = inspection;
  const lines: string[] = [];
  for (let i = 0; i < removedBy.length; ) {
    const r = removedBy[i];
    if (!r) {
      i++;
      continue;
    }
    const first = document.blocks[i]!;
    const texts: string[] = [];
    while (i < removedBy.length && removedBy[i]?.rule === r.rule && removedBy[i]?.reason === r.reason) texts.push(document.blocks[i++]!.text);
    const where = first.line !== undefined ? `:${first.line}` : '';
    const inElement = first.element ? ` ${color.dim(`in ${describeElement(first.element)}`)}` : '';
    lines.push(`${result.source}${where}: ${color.bold(r.rule)} ${color.dim(`(${r.category})`)} ${r.reason}: ${color.red(JSON.stringify(preview(texts.join('\n'))))}${inElement}`);
  }
  if (!lines.length) lines.push(`${result.source}: ${color.dim('nothing removed')}`);
  return lines;
}
