#!/usr/bin/env node
// The executable: a thin shim over the compiled CLI in dist/.
import { main } from '../dist/cli/main.js';

process.stdout.on('error', (error) => {
  // `rinse dir | head` closes the pipe early: stop quietly, as Unix tools do.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  process.exitCode = await main(process.argv);
} catch (error) {
  process.stderr.write(`rinse: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 70;
}
