/**
 * The V8 flags a batch sets (src/parallel/v8-flags.ts) are flags this V8 has: `v8.setFlagsFromString` ignores
 * one it does not know without a word, so a misspelt or retired flag would quietly stop doing its work. Node's
 * command line refuses such a flag, which is what this asks.
 */
import { spawnSync } from 'node:child_process';
import { BATCH_V8_FLAGS } from '../src/parallel/v8-flags.js';

function nodeAccepts(flag: string): boolean {
  const run = spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return run.status === 0 && run.stderr === '';
}

test.each(BATCH_V8_FLAGS)('V8 knows %s', (flag) => {
  expect(nodeAccepts(flag)).toBe(true);
});

test('a flag V8 does not know is refused, so the check above can fail', () => {
  expect(nodeAccepts('--interrupt-budgets=1000')).toBe(false);
});
