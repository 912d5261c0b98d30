/** The progress bar, drawn on a fake terminal stream; and the CLI choosing it only for a terminal. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main.js';
import { progressBar, type ProgressStream } from '../../src/cli/progress.js';
import { tempDir } from '../support/cli.js';

function fakeTerminal(): ProgressStream & { text: () => string } {
  const chunks: string[] = [];
  return { isTTY: true, columns: 120, write: (chunk: string) => chunks.push(chunk) > 0, text: () => chunks.join('') };
}

// eslint-disable-next-line no-control-regex
const plain = (s: string): string => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

describe('progressBar', () => {
  test('shows files done, rate, ETA and failures, with messages above it', () => {
    const stream = fakeTerminal();
    let clock = 0;
    const bar = progressBar(4, stream, () => clock);
    clock = 2000;
    bar.tick(false);
    bar.log('rinse: x.bin: refused: binary\n');
    clock = 4000;
    bar.tick(true);
    bar.stop();
    const text = plain(stream.text());
    expect(text).toMatch(/0\/4 files/);
    expect(text).toContain('rinse: x.bin: refused: binary\n');
    expect(text).toMatch(/2\/4 files \| 0\.5 files\/s \| ETA \d+s \| 1 failed/);
  });
});

describe('the CLI and the bar', () => {
  function batch(): string {
    const dir = tempDir();
    mkdirSync(join(dir, 'src'));
    for (const name of ['a', 'b', 'c']) writeFileSync(join(dir, 'src', `${name}.txt`), `A sentence of article text about ${name}, long enough to be prose.\n`);
    return dir;
  }

  function io(isTTY: boolean): Io & { stream: ReturnType<typeof fakeTerminal>; err: string[] } {
    const stream = fakeTerminal();
    const err: string[] = [];
    return { stdout: () => {}, stderr: (s) => void err.push(s), stderrIsTTY: isTTY, env: {}, stderrStream: stream, stream, err };
  }

  test('draws the bar on a terminal for a batch', () => {
    const dir = batch();
    const terminal = io(true);
    expect(main(['node', 'rinse', '--no-config', join(dir, 'src'), '-o', join(dir, 'out')], terminal)).toBe(0);
    expect(plain(terminal.stream.text())).toMatch(/3\/3 files/);
  });

  test('not with --quiet, and not when stderr is no terminal', () => {
    const dir = batch();
    const quiet = io(true);
    main(['node', 'rinse', '--no-config', '-q', join(dir, 'src'), '-o', join(dir, 'q')], quiet);
    expect(quiet.stream.text()).toBe('');
    const piped = io(false);
    main(['node', 'rinse', '--no-config', join(dir, 'src'), '-o', join(dir, 'p')], piped);
    expect(piped.stream.text()).toBe('');
    expect(piped.err.join('')).toBe('rinse: 3 files cleaned, 0 failed\n');
  });
});
