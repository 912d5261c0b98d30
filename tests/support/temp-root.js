/**
 * Jest's global set-up and tear-down: every temporary directory the tests make (theirs, and those of the rinse
 * processes they start) goes under one root, removed when the run ends, so a run leaves nothing in the system's
 * temporary directory. os.tmpdir() reads TMPDIR at each call, and Jest's workers and the spawned CLI inherit it.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup() {
  const root = mkdtempSync(join(tmpdir(), 'rinse-tests-'));
  // As open as /tmp itself: the tests that drop privileges make and enter directories under it.
  chmodSync(root, 0o1777);
  process.env.RINSE_TESTS_TMPDIR = root;
  process.env.TMPDIR = root;
}

export function teardown() {
  const root = process.env.RINSE_TESTS_TMPDIR;
  if (root) rmSync(root, { recursive: true, force: true });
}
