/** Spawning bin/rinse.js as a user's shell would, for the end-to-end tests. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repo = process.cwd();
export const bin = join(repo, 'bin', 'rinse.js');
export const dumps = join(repo, 'fixtures', 'dumps');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `prefix`: a command to run rinse under (e.g. `setpriv …` to drop privileges). */
export function rinse(args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv; prefix?: readonly string[] } = {}): Run {
  const command = [...(options.prefix ?? []), process.execPath, bin, ...args];
  const result = spawnSync(command[0]!, command.slice(1), {
    cwd: options.cwd ?? repo,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
    encoding: 'utf8',
  });
  // A child that did not exit by itself (a signal, a failed spawn) says so, rather than a bare null status.
  if (result.status === null) throw new Error(`rinse ${args.join(' ')} did not exit: signal ${result.signal}, ${result.error?.message ?? 'no error'}; stderr: ${result.stderr?.slice(-300)}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rinse-e2e-'));
}
