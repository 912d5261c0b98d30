/**
 * What the file-system tests need from the machine: a way to run rinse as a
 * user that file modes apply to (root reads anything), and a small file
 * system that fills up (a tmpfs in a private mount namespace). Both use
 * util-linux tools (setpriv, unshare), which Debian always installs; a test
 * that finds a tool missing fails under CI=true and is skipped otherwise,
 * with the reason in its title. A kernel that refuses namespaces is not a
 * missing tool: that test is skipped, saying so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const inCi = process.env.CI === 'true';
export const isRoot = process.getuid?.() === 0;

function hasTool(name: string): boolean {
  return spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0;
}

/** A command prefix that does what a test needs, or why there is none. */
export type Found = { readonly prefix: string[] } | { readonly reason: string; readonly missingTool?: string };

/** `test` when `found` has a prefix; else a skipped test whose title says why, or, for a missing tool Debian always has under CI=true, a failing one. */
export function testWith(found: Found): (title: string, fn: (prefix: string[]) => void | Promise<void>, timeout?: number) => void {
  if ('prefix' in found) {
    return (title, fn, timeout) =>
      test(title, async () => {
        await fn(found.prefix);
      }, timeout);
  }
  if (found.missingTool && inCi) {
    return (title, _fn, timeout) =>
      test(title, () => {
        throw new Error(`${found.missingTool} is not installed (util-linux, which Debian always has); CI=true makes this a failure`);
      }, timeout);
  }
  return (title) => test.skip(`${title} [skipped: ${found.reason}]`, () => {});
}

/**
 * The command prefix that runs a program as an unprivileged user (nobody, 65534): none when the
 * tests do not run as root, `setpriv …` when they do.
 */
export function unprivileged(): Found {
  if (!isRoot) return { prefix: [] };
  if (!hasTool('setpriv')) return { reason: 'running as root and setpriv (util-linux) is missing', missingTool: 'setpriv' };
  const prefix = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
  const probe = spawnSync(prefix[0]!, [...prefix.slice(1), 'id', '-u'], { encoding: 'utf8' });
  if (probe.status !== 0 || probe.stdout.trim() !== '65534') return { reason: `setpriv cannot drop to uid 65534 here: ${probe.stderr.trim()}` };
  return { prefix };
}

/**
 * The command prefix that runs a shell script in a private mount namespace, where it may mount a
 * tmpfs that disappears with it (root needs only a mount namespace; others also a user namespace).
 */
export function mountNamespace(): Found {
  if (!hasTool('unshare')) return { reason: 'unshare (util-linux) is missing', missingTool: 'unshare' };
  const prefix = isRoot ? ['unshare', '--mount'] : ['unshare', '--user', '--map-root-user', '--mount'];
  const dir = mkdtempSync(join(tmpdir(), 'rinse-mount-probe-'));
  const probe = spawnSync(prefix[0]!, [...prefix.slice(1), 'sh', '-c', 'mount -t tmpfs -o size=64k rinse-probe "$0"', dir], { encoding: 'utf8' });
  rmdirSync(dir);
  if (probe.status !== 0) return { reason: `cannot mount a tmpfs in a private namespace here: ${probe.stderr.trim() || `exit ${probe.status}`}` };
  return { prefix };
}
