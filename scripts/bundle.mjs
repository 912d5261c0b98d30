#!/usr/bin/env node
/**
 * Bundles the CLI into one file, dist/bundle/rinse.js (bin/rinse.js loads it),
 * and the batch worker into dist/bundle/clean-worker.js, so start-up reads one
 * file instead of resolving hundreds of modules. Packages a run may not need
 * (see src/lazy.ts) are left out of the bundles and prebuilt, one CommonJS file
 * each, into dist/bundle/vendor/, loaded on first use. Piscina stays a package:
 * it starts its own worker script from its own directory.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/bundle`;
rmSync(out, { recursive: true, force: true });

// Keep in step with VENDOR_FILES in src/lazy.ts.
const VENDOR_FILES = { 'cheerio-slim.cjs': 'cheerio/slim', 'iconv-lite.cjs': 'iconv-lite' };

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', absWorkingDir: root, legalComments: 'none' };

await Promise.all([
  build({
    ...common,
    entryPoints: { rinse: 'src/cli/main.ts', 'clean-worker': 'src/parallel/clean-worker.ts' },
    outdir: out,
    format: 'esm',
    define: { RINSE_BUNDLE: 'true' },
    external: ['piscina', ...Object.values(VENDOR_FILES)],
    // CommonJS dependencies (commander) call require() for Node's built-ins.
    banner: { js: "import { createRequire as __rinseRequire } from 'node:module'; const require = __rinseRequire(import.meta.url);" },
  }),
  ...Object.entries(VENDOR_FILES).map(([file, entry]) =>
    build({
      ...common,
      stdin: { contents: `module.exports = require(${JSON.stringify(entry)});`, resolveDir: root, loader: 'js' },
      outfile: `${out}/vendor/${file}`,
      format: 'cjs',
    }),
  ),
]);
