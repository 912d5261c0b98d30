#!/usr/bin/env node
// The executable: a thin shim over the CLI bundle (dist/bundle/rinse.cjs, built by `npm run build`).
// CommonJS (see bin/package.json): Node starts a CommonJS entry without its ES module loader.
// V8's --no-regexp-tier-up would halve a one-file run's regex time, but changing that flag after
// start-up (v8.setFlagsFromString) crashed rinse now and then (SIGSEGV in the test suite): not worth it.
// The large patterns skip the bytecode one by one instead (compiledToMachineCode, src/text/first-use.ts).
// (Batches do set two flags of the garbage collector's, which compile nothing: src/parallel/v8-flags.ts.)
'use strict';
const { join } = require('node:path');
const { loadBundle } = require('./load-bundle.js');

// Standard output (a closed pipe, a full disk) is looked after by the CLI (src/cli/stdout.ts), which makes
// process.stdout only if it needs the stream.

function internalError(error) {
  process.stderr.write(`rinse: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 70;
}

try {
  const { main } = loadBundle(join(__dirname, '..', 'dist', 'bundle', 'rinse.cjs'), process.env.RINSE_WRITE_CODE_CACHE);
  main(process.argv).then((code) => {
    process.exitCode = code;
  }, internalError);
} catch (error) {
  internalError(error);
}
