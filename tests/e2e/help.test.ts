/** End-to-end: the help a user reads first. */
import { rinse } from '../support/cli.js';

test('rinse --help shows examples for piping, batches and scripts, and the exit codes', () => {
  const run = rinse(['--help']);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^Usage: rinse /);
  for (const heading of ['Piping:', 'Batch:', 'Scripts:', 'Rules:']) expect(run.stdout).toContain(heading);
  for (const option of ['--config', '--no-config', '--diff', '--stats', '--include', '--exclude', '--hidden', '--follow', '--resume']) {
    expect(run.stdout).toContain(option);
  }
  expect(run.stdout).toContain('Exit status: 0 all inputs cleaned, 1 some inputs failed, 2 usage or config error.');
  expect(run.stderr).toBe('');
});
