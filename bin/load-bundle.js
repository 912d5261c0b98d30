// Loads a CommonJS bundle of dist/bundle/ with V8's code cache: the CLI (bin/rinse.js) and each
// worker thread of a batch (dist/bundle/clean-worker.js) start through it.
'use strict';
const { isAscii } = require('node:buffer');
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

/**
 * Loads the CommonJS bundle as Node would, but compiled with V8's code cache (made by
 * `npm run build`, see scripts/bundle.mjs) when there is one for this very bundle: the last
 * line of the bundle names its build, and the cache starts with that line. V8 itself
 * refuses a cache from another Node version or other V8 flags; then it compiles as usual.
 * With `writeCache`, the cache of what this process compiled is written there as it exits.
 */
function loadBundle(file, writeCache) {
  // The bundles are ASCII (scripts/bundle.mjs sees to it): read as latin1, the same string in a fifth of the
  // time Node takes to decode the same bytes as UTF-8 (3 ms of a one-file run). Anything else is read as UTF-8.
  const bytes = readFileSync(file);
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const build = Buffer.from(source.slice(source.lastIndexOf('//# rinse-build ')));
  let cachedData;
  try {
    const cache = readFileSync(`${file}.cache`);
    if (cache.subarray(0, build.length).equals(build)) cachedData = cache.subarray(build.length);
  } catch {
    // No cache: compile as usual.
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  if (process.env.RINSE_DEBUG_CODE_CACHE) process.stderr.write(`code cache (${file}): ${cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'none'}\n`);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  if (writeCache) process.on('exit', () => writeFileSync(writeCache, Buffer.concat([build, script.createCachedData()])));
  return module.exports;
}

module.exports = { loadBundle };
