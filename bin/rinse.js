#!/usr/bin/env node
// The executable: a thin shim over the CLI bundle (dist/bundle/rinse.cjs, built by `npm run build`).
// CommonJS (see bin/package.json): Node starts a CommonJS entry without its ES module loader.
// V8's --no-regexp-tier-up would halve a one-file run's regex time, but changing V8 flags after
// start-up (v8.setFlagsFromString) crashed rinse now and then (SIGSEGV in the test suite): not worth it.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const STDOUT_ERRORS = { ENOSPC: 'no space left on device', EDQUOT: 'disk quota exceeded', EIO: 'input/output error', EFBIG: 'file too large' };

process.stdout.on('error', (error) => {
  // `rinse dir | head` closes the pipe early: stop quietly, as Unix tools do.
  if (error.code === 'EPIPE') process.exit(0);
  // Results can go nowhere else (`rinse dir > /dev/full`, a full disk): one line, exit 1, no stack trace.
  process.stderr.write(`rinse: cannot write to stdout: ${STDOUT_ERRORS[error.code] ?? error.message}\n`);
  process.exit(1);
});

/**
 * Loads the CommonJS bundle as Node would, but compiled with V8's code cache (made by
 * `npm run build`, see scripts/bundle.mjs) when there is one for this very bundle: the last
 * line of the bundle names its build, and the cache starts with that line. V8 itself
 * refuses a cache from another Node version or other V8 flags; then it compiles as usual.
 */
function loadBundle(file, writeCache) {
  const source = readFileSync(file, 'utf8');
  const build = Buffer.from(source.slice(source.lastIndexOf('//# rinse-build ')));
  let cachedData;
  try {
    const cache = readFileSync(`${file}.cache`);
    if (cache.subarray(0, build.length).equals(build)) cachedData = cache.subarray(build.length);
  } catch {
    // No cache: compile as usual.
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  if (process.env.RINSE_DEBUG_CODE_CACHE) process.stderr.write(`code cache: ${cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'none'}\n`);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  if (writeCache) process.on('exit', () => writeFileSync(writeCache, Buffer.concat([build, script.createCachedData()])));
  return module.exports;
}

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
