/**
 * Error output a server printed into the page: PHP's warnings, notices and
 * fatal errors ("Warning: Undefined variable $post in /var/www/…/single.php
 * on line 12"), and WordPress's database errors. A post about such an error
 * quotes it once, between the paragraphs that discuss it, or in a code block:
 * that stays.
 */
import { textJudgement } from './lib/text-judgement.js';
import type { Rule, RuleContext, Verdict } from './types.js';

/** How PHP labels what it prints, capitalised as it prints it (on a line's text, spaces collapsed). */
const PHP_ERROR_LABEL = /^(?:PHP )?(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards|Catchable fatal error|Recoverable fatal error) ?: \S/u;
/** The line number closing the place PHP names: " on line 12". */
const LINE_NUMBER = / on line \d+\.?$/u;

/** Whether the line closes on where PHP says it happened: " in /var/www/site/index.php on line 12" (a path, no spaces). */
function closesOnPlace(text: string): boolean {
  const at = text.lastIndexOf(' on line ');
  if (at < 0 || !LINE_NUMBER.test(text.slice(at))) return false;
  const pathStart = text.lastIndexOf(' in ', at - 1);
  if (pathStart < 0) return false;
  const path = text.slice(pathStart + 4, at);
  return !path.includes(' ') && (path.includes('/') || path.includes('\\'));
}

/** WordPress's report of a failed query: "WordPress database error: [Table 'wp_posts' doesn't exist]". */
const DATABASE_ERROR = /^WordPress(?: database error|-Datenbank-Fehler) ?:? \[/u;
/** Longest such line read: a path and a message, not a paragraph. */
const ERROR_LINE_CHARS = 600;

function isErrorLine(line: string): boolean {
  const text = line.trim().replace(/\s+/g, ' ');
  if (!text || text.length > ERROR_LINE_CHARS) return false;
  return (PHP_ERROR_LABEL.test(text) && closesOnPlace(text)) || DATABASE_ERROR.test(text);
}

/**
 * A text of error lines ends as its last one does, on PHP's line number ("… on line 12") or a database error's
 * bracket, and holds the words before it: a text that does not is judged no further.
 */
function mayHoldErrors(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && text.charCodeAt(end) <= 0x20) end--;
  let c = text.charCodeAt(end);
  if (c === 0x2e) c = text.charCodeAt(end - 1);
  if (c >= 0x30 && c <= 0x39) return text.includes(' on line ');
  return c === 0x5d && text.includes('WordPress');
}

/** How many of a text's lines are error output, when all of them are; 0 otherwise. */
const errorLines = textJudgement((text): number => {
  const lines = text.split('\n').filter((line) => line.trim());
  return lines.length > 0 && lines.every(isErrorLine) ? lines.length : 0;
});

/** Whether the nearest kept block beyond `i`, going `step` (1 or -1), is prose that is no error output. */
function proseNextTo(ctx: RuleContext, i: number, step: 1 | -1): boolean {
  let j = i + step;
  while (j >= 0 && j < ctx.blocks.length && ctx.removed(j)) j += step;
  return j >= 0 && j < ctx.blocks.length && ctx.isProse(j) && !isError(ctx, j);
}

function isError(ctx: RuleContext, i: number): boolean {
  return mayHoldErrors(ctx.blocks[i]!.text) && ctx.byText(i, errorLines) > 0;
}

function* textVerdicts(ctx: RuleContext): Iterable<Verdict> {
  const n = ctx.blocks.length;
  for (let i = 0; i < n; i++) {
    const kind = ctx.blocks[i]!.kind;
    if (ctx.removed(i) || kind === 'code' || kind === 'quote') continue;
    const lines = mayHoldErrors(ctx.blocks[i]!.text) ? ctx.byText(i, errorLines) : 0;
    if (!lines) continue;
    // One error between two paragraphs may be quoted by them; several, or one beside anything but prose, are output.
    const several = lines >= 2 || (i + 1 < n && isError(ctx, i + 1)) || (i > 0 && isError(ctx, i - 1));
    if (several || !proseNextTo(ctx, i, -1) || !proseNextTo(ctx, i, 1)) yield { from: i, to: i + 1, reason: 'error output of the server (PHP, database)' };
  }
}

export const serverErrors: Rule = {
  id: 'server-errors',
  category: 'layout',
  description: 'Error output a server printed into the page: PHP warnings, notices and fatal errors, WordPress database errors',
  text: textVerdicts,
};
