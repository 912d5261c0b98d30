/**
 * Killing rinse mid-batch (SIGKILL, SIGINT) leaves no partial output file: every
 * output that exists is complete (outputs are written to a hidden temporary
 * file, then renamed). A SIGKILL may leave that temporary file; the next run
 * into the same directory removes it. Inputs are never modified.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isTempFile } from '../../src/io/write.js';

const bin = join(process.cwd(), 'bin', 'rinse.js');
const FILES = 40;

function makeBatch(): { dir: string; inDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rinse-kill-'));
  const inDir = join(dir, 'in');
  mkdirSync(inDir);
  for (let f = 0; f < FILES; f++) {
    const body = Array.from({ length: 2000 }, (_, i) => `<p>File ${f} paragraph ${i} is article prose of a fair length for the test.</p>`).join('\n');
    writeFileSync(join(inDir, `page-${String(f).padStart(2, '0')}.html`), `<html><body>${body}</body></html>`);
  }
  return { dir, inDir };
}

async function killMidBatch(signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; partial: string; complete: string; inDir: string }> {
  const { dir, inDir } = makeBatch();
  const before = readdirSync(inDir).map((f) => readFileSync(join(inDir, f), 'utf8'));
  const partial = join(dir, 'partial');
  const child = spawn(process.execPath, [bin, inDir, '-o', partial], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Kill once a few outputs exist, i.e. in the middle of the batch.
  await new Promise<void>((done) => {
    const poll = setInterval(() => {
      let written = 0;
      try {
        written = readdirSync(partial).length;
      } catch {}
      if (written >= 3) {
        clearInterval(poll);
        child.kill(signal);
        done();
      }
    }, 5);
  });
  const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));

  const complete = join(dir, 'complete');
  expect(spawnSync(process.execPath, [bin, inDir, '-o', complete, '-q']).status).toBe(0);
  // Whatever is not a temporary file is a complete output.
  expect(readdirSync(partial).filter((f) => f.startsWith('.') && !isTempFile(f))).toEqual([]);
  const outputs = readdirSync(partial).filter((f) => !isTempFile(f));
  expect(outputs.length).toBeGreaterThan(0);
  expect(outputs.length).toBeLessThan(FILES);
  for (const f of outputs) expect(readFileSync(join(partial, f), 'utf8')).toBe(readFileSync(join(complete, f), 'utf8'));
  expect(readdirSync(inDir).map((f) => readFileSync(join(inDir, f), 'utf8'))).toEqual(before);
  return { code, stderr, partial, complete, inDir };
}

test('SIGKILL mid-batch leaves only complete outputs; the next run into the same directory leaves no temporary file', async () => {
  const { partial, complete, inDir } = await killMidBatch('SIGKILL');
  expect(spawnSync(process.execPath, [bin, inDir, '-o', partial, '-q']).status).toBe(0);
  expect(readdirSync(partial).sort()).toEqual(readdirSync(complete).sort());
  for (const f of readdirSync(complete)) expect(readFileSync(join(partial, f), 'utf8')).toBe(readFileSync(join(complete, f), 'utf8'));
}, 120_000);
test('SIGINT mid-batch leaves only complete outputs and says how far it got', async () => {
  const { code, stderr } = await killMidBatch('SIGINT');
  expect(code).toBe(130);
  expect(stderr).toMatch(/^rinse: interrupted after \d+ of 40 inputs \(\d+ cleaned, 0 failed\); outputs written so far are complete\n$/);
}, 120_000);
