/**
 * A parsed page is garbage once it is done with: V8's young collector frees it, and nothing of it moves to the
 * old generation, where only a full collection would free it. Once, closures that parseDom handed the parser held
 * it after the parse, and each young collection kept the last page's whole tree (docs/speed.md, "A page let go of").
 * Run in a child process of the built code (`npm test` builds it first), with the heap flags of a batch
 * and `--expose-gc`, so the collections happen where the measure needs them.
 */
import { spawnSync } from 'node:child_process';
import { BATCH_V8_FLAGS } from '../../src/parallel/v8-flags.js';

const DOM_MODULE = new URL('../../dist/parse/dom.js', import.meta.url).href;

/**
 * Parses 40 pages of our own making, each about 100 KB of HTML, and prints the median growth of the old generation
 * (KB) across a parse and two young collections after it. `keep`: the control, which holds every page's tree on purpose.
 */
const SCRIPT = (keep: boolean): string => `
import v8 from 'node:v8';
const { parseDom } = await import(${JSON.stringify(DOM_MODULE)});
const old = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_used_size;
// Two: a young object still alive is copied at the first and moved to the old generation at the second.
const young = () => { gc({ type: 'minor', execution: 'sync' }); gc({ type: 'minor', execution: 'sync' }); };
const page = (n) => '<html><body><div class="post">' +
  Array.from({ length: 400 }, (_, i) => '<p id="p' + n + '-' + i + '">Paragraph ' + i + ' of page ' + n + ' with <a href="/x' + i + '">a link</a> and <b>bold</b> words.</p>').join('') +
  '</div></body></html>';
const kept = [];
const growth = [];
parseDom(page(-1)); // the first parse loads and compiles what parsing needs
for (let n = 0; n < 40; n++) {
  const html = page(n);
  young();
  const before = old();
  // Not bound to a variable when dropped: a variable would hold the tree until the loop comes round.
  if (${keep}) kept.push(parseDom(html));
  else parseDom(html);
  young();
  growth.push(old() - before);
}
growth.sort((a, b) => a - b);
process.stdout.write(String(Math.round(growth[growth.length >> 1] / 1024)));
`;

function oldGrowthPerPageKb(keep: boolean): number {
  const run = spawnSync(process.execPath, [...BATCH_V8_FLAGS, '--expose-gc', '--input-type=module', '-e', SCRIPT(keep)], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout);
}

test('a parsed page leaves next to nothing in the old generation once it is dropped', () => {
  // Measured: 0-2 KB, against 626 KB while the closures held the parser (and 624 KB with every tree kept).
  expect(oldGrowthPerPageKb(false)).toBeLessThan(100);
});

test('a page whose tree is kept does show up there, so the measure above can fail', () => {
  expect(oldGrowthPerPageKb(true)).toBeGreaterThan(300);
});
