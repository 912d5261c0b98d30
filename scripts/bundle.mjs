#!/usr/bin/env node
/**
 * Bundles the CLI into one CommonJS file, dist/bundle/rinse.cjs (bin/rinse.js loads
 * it), and the batch worker into dist/bundle/clean-worker.cjs (the module piscina
 * imports, clean-worker.js, loads it), so start-up reads one file instead of
 * resolving hundreds of modules. Packages a run may not need
 * (see src/lazy.ts, and MODE_FILES below) are left out of the bundles and prebuilt,
 * one CommonJS file each, into dist/bundle/vendor/, loaded on first use. Piscina stays a package:
 * it starts its own worker script from its own directory.
 *
 * Both bundles are CommonJS so that bin/load-bundle.js can compile them with V8's code
 * cache (rinse.cjs.cache and clean-worker.cjs.cache, written here after warm-up runs):
 * V8 then neither parses nor compiles the functions a run uses, which is most of a
 * one-file run's start-up.
 * (Node 20 has no code cache for ES modules.) Modules imported with `import()`
 * (config checking, record and WARC modes, `rinse schema`) are evaluated only then.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/bundle`;
rmSync(out, { recursive: true, force: true });

// Keep in step with VENDOR_FILES in src/lazy.ts.
const VENDOR_FILES = { 'cheerio-slim.cjs': 'cheerio/slim', 'iconv-lite.cjs': 'iconv-lite', 'chardet.cjs': 'chardet', 'cli-progress.cjs': 'cli-progress' };

/**
 * Packages only some modes import (zod: a config file, record streams, `rinse schema`; warcio, with pako and
 * hash-wasm: WARC archives): half of the bundles' code, and in zod's case hundreds of export getters
 * defined as a bundle loads. Each bundle loads a prebuilt copy from vendor/ when such a mode first imports
 * it; zod, which a shell loop over files with a config file loads at every start, with its own code cache
 * (made below).
 */
const MODE_FILES = { 'zod.cjs': 'zod', 'warcio.cjs': 'warcio' };

/**
 * A module (in dist/bundle/) that loads vendor/`file` with its code cache (bin/load-bundle.js), and writes
 * the cache when RINSE_WRITE_VENDOR_CODE_CACHE is set. It requires `node:path` and `../../bin/`: the plugin
 * that makes it marks those external.
 */
const vendorWithCodeCache = (file) => `const file = require('node:path').join(__dirname, 'vendor', '${file}');
module.exports = require('../../bin/load-bundle.js').loadBundle(file, process.env.RINSE_WRITE_VENDOR_CODE_CACHE ? \`\${file}.cache\` : undefined);`;

const CACHED_MODE_FILES = new Set(['zod.cjs']);
const requireModePackagesFromVendor = {
  name: 'require-mode-packages-from-vendor',
  setup(b) {
    // A module of one line stands for the package, so that esbuild turns `import('warcio')` into a require() of it
    // (vm scripts have no import()); what it requires stays as written. Both bundles are in dist/bundle/.
    for (const [file, entry] of Object.entries(MODE_FILES)) {
      const contents = CACHED_MODE_FILES.has(file) ? vendorWithCodeCache(file) : `module.exports = require('./vendor/${file}');`;
      b.onResolve({ filter: new RegExp(`^${entry}$`) }, () => ({ path: entry, namespace: 'rinse-mode' }));
      b.onLoad({ filter: new RegExp(`^${entry}$`), namespace: 'rinse-mode' }, () => ({ contents, loader: 'js' }));
    }
    b.onResolve({ filter: /^(?:\.\/vendor\/|\.\.\/\.\.\/bin\/|node:path$)/, namespace: 'rinse-mode' }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * The HTML stack (htmlparser2 and domhandler, css-select and css-what, with entities and domutils): a third of
 * the CLI's code cache, which V8 reads whole at every start, and a text dump's run uses none of it. In the CLI
 * bundle, src/lazy.ts's requires of these packages get one prebuilt vendor file, html-stack.cjs, loaded with
 * its own code cache on first use. The worker bundle keeps them inside: its cache is made under a batch's V8
 * flags, and a worker cleans HTML far more often than it starts.
 */
const HTML_STACK = ['htmlparser2', 'domhandler', 'css-select', 'css-what'];
const htmlStackFromVendor = {
  name: 'html-stack-from-vendor',
  setup(b) {
    const packages = new RegExp(`^(?:${HTML_STACK.join('|')})$`);
    b.onResolve({ filter: packages }, (args) => (/src[\\/]lazy\.ts$/.test(args.importer) ? { path: args.path, namespace: 'rinse-html-stack' } : undefined));
    b.onResolve({ filter: /^html-stack$/, namespace: 'rinse-html-stack' }, () => ({ path: 'html-stack', namespace: 'rinse-html-stack' }));
    b.onLoad({ filter: /.*/, namespace: 'rinse-html-stack' }, (args) => ({
      // One module loads the vendor file (esbuild runs a module's body once); one per package picks its part.
      contents: args.path === 'html-stack' ? vendorWithCodeCache('html-stack.cjs') : `module.exports = require('html-stack')[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^(?:\.\.\/\.\.\/bin\/|node:path$)/, namespace: 'rinse-html-stack' }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * domutils (under css-select) requires dom-serializer as it loads, and with it a second copy of entities,
 * whose decoding tables are decoded as they load: milliseconds of every HTML run, for getOuterHTML, which
 * rinse never calls. It gets the serializer on first use.
 */
const lazySerializerForDomutils = {
  name: 'lazy-serializer-for-domutils',
  setup(b) {
    // One stub per directory it is required from, resolving the package from there as the importer would.
    b.onResolve({ filter: /^dom-serializer$/ }, (args) => (/[\\/]domutils[\\/]/.test(args.importer) ? { path: relative(root, args.resolveDir), namespace: 'lazy-dom-serializer' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-dom-serializer' }, (args) => ({
      // `__esModule` answered at once: the importer's interop helper reads it as it loads.
      contents: "let m; module.exports = new Proxy({}, { get: (_, key) => (key === '__esModule' ? true : (m ??= require('dom-serializer'))[key]) });",
      loader: 'js',
      resolveDir: join(root, args.path),
    }));
  },
};

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', absWorkingDir: root, legalComments: 'none' };

/**
 * whatwg-encoding (under encoding-sniffer, which rinse uses for one label lookup) requires
 * iconv-lite as it loads, for functions rinse never calls: it gets the vendor copy, loaded on first use.
 */
const lazyIconvForWhatwgEncoding = {
  name: 'lazy-iconv-for-whatwg-encoding',
  setup(b) {
    b.onResolve({ filter: /^iconv-lite$/ }, (args) => (/whatwg-encoding/.test(args.importer) ? { path: 'lazy-iconv', namespace: 'rinse' } : undefined));
    b.onLoad({ filter: /^lazy-iconv$/, namespace: 'rinse' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('./vendor/iconv-lite.cjs'))[key] });",
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/vendor\//, namespace: 'rinse' }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * commander requires node:child_process as it loads (milliseconds: it brings net and more), for
 * subcommands run as executables, which rinse has none of: it gets the module on first use.
 */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/commander/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'rinse' } : undefined));
    b.onLoad({ filter: /^lazy-child-process$/, namespace: 'rinse' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

/**
 * chalk works out at load which colours the terminal supports (supports-color, which loads node:tty
 * and with it node:net: milliseconds); rinse gives every Chalk its level, so the answer goes unread.
 */
const noColorDetectionForChalk = {
  name: 'no-color-detection-for-chalk',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'no-color-detection', namespace: 'rinse' }));
    b.onLoad({ filter: /^no-color-detection$/, namespace: 'rinse' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

/** In the CommonJS bundle, `import('piscina')` becomes a require() of the package (vm scripts have no import()). */
const requirePiscina = {
  name: 'require-piscina',
  setup(b) {
    b.onResolve({ filter: /^piscina$/ }, (args) => (args.namespace === 'rinse' ? { path: 'piscina', external: true } : { path: 'piscina', namespace: 'rinse' }));
    b.onLoad({ filter: /^piscina$/, namespace: 'rinse' }, () => ({ contents: "module.exports = require('piscina');", loader: 'js' }));
  },
};

/** A last line for a bundle loaded with a code cache, so that its cache can be matched to the bundle it was made from. */
const buildIdLine = () => `//# rinse-build ${randomBytes(8).toString('hex')}\n`;

await Promise.all([
  build({
    ...common,
    entryPoints: { rinse: 'src/cli/main.ts' },
    outExtension: { '.js': '.cjs' },
    // Less to read at every start; identifiers are kept, so stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
    outdir: out,
    format: 'cjs',
    define: { RINSE_BUNDLE: 'true', 'import.meta.url': '__rinseModuleUrl' },
    external: ['piscina', ...Object.values(VENDOR_FILES)],
    plugins: [lazyIconvForWhatwgEncoding, lazyChildProcessForCommander, noColorDetectionForChalk, requirePiscina, requireModePackagesFromVendor, htmlStackFromVendor],
    banner: { js: "const __rinseModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    footer: { js: buildIdLine() },
  }),
  build({
    ...common,
    // Loaded with its code cache by the worker entry written below, as the CLI bundle is by bin/rinse.js.
    entryPoints: { 'clean-worker': 'src/parallel/clean-worker.ts' },
    outExtension: { '.js': '.cjs' },
    minifyWhitespace: true,
    minifySyntax: true,
    outdir: out,
    format: 'cjs',
    define: { RINSE_BUNDLE: 'true', 'import.meta.url': '__rinseModuleUrl' },
    external: ['piscina', ...Object.values(VENDOR_FILES)],
    // --explain's lines are coloured in the worker too, at the level the main thread gives: no detection of its own.
    plugins: [lazyIconvForWhatwgEncoding, noColorDetectionForChalk, requireModePackagesFromVendor, lazySerializerForDomutils],
    banner: { js: "const __rinseModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    footer: { js: buildIdLine() },
  }),
  build({
    ...common,
    stdin: { contents: `module.exports = { ${HTML_STACK.map((p) => `${JSON.stringify(p)}: require(${JSON.stringify(p)})`).join(', ')} };`, resolveDir: root, loader: 'js' },
    outfile: `${out}/vendor/html-stack.cjs`,
    format: 'cjs',
    plugins: [lazySerializerForDomutils],
    minifyWhitespace: true,
    minifySyntax: true,
    footer: { js: buildIdLine() },
  }),
  ...Object.entries({ ...VENDOR_FILES, ...MODE_FILES }).map(([file, entry]) =>
    build({
      ...common,
      stdin: { contents: `module.exports = require(${JSON.stringify(entry)});`, resolveDir: root, loader: 'js' },
      outfile: `${out}/vendor/${file}`,
      format: 'cjs',
      ...(CACHED_MODE_FILES.has(file) ? { minifyWhitespace: true, minifySyntax: true, footer: { js: buildIdLine() } } : {}),
    }),
  ),
]);

/**
 * Escapes the non-ASCII characters esbuild leaves in regular expression literals (it escapes
 * them everywhere else), so the bundle is ASCII: Node then reads it into a one-byte string,
 * a third of the time of decoding UTF-8 into a two-byte one. The patterns match as before;
 * only their `.source` would spell them differently, and nothing reads that. Fails the build if
 * such a character is anywhere else.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(text)) return;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const literals = [];
  // (forEachChild stops at a callback's first truthy result: this one returns nothing.)
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push([node.getStart(source), node.end]);
    else ts.forEachChild(node, visit);
  };
  visit(source);
  const inLiteral = (at) => literals.some(([from, to]) => at >= from && at < to);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/\\*[^\x00-\x7f]/g)) {
    const at = m.index + m[0].length - 1;
    if (!inLiteral(at)) throw new Error(`${file}: a non-ASCII character outside a regular expression literal at ${at}`);
    // `\–` (an identity escape) is `–` itself: the escape takes the backslash's place.
    const slashes = m[0].length - 1;
    const code = m[0].charCodeAt(slashes).toString(16).padStart(4, '0');
    out += text.slice(last, m.index) + '\\'.repeat(slashes - (slashes % 2)) + `\\u${code}`;
    last = m.index + m[0].length;
  }
  writeFileSync(file, out + text.slice(last));
}
asciiOnly(`${out}/rinse.cjs`);
asciiOnly(`${out}/clean-worker.cjs`);

// The worker threads' module (piscina imports it): the worker bundle, loaded with its code cache.
writeFileSync(
  `${out}/clean-worker.js`,
  `import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const { loadBundle } = createRequire(import.meta.url)('../../bin/load-bundle.js');
const worker = loadBundle(fileURLToPath(new URL('./clean-worker.cjs', import.meta.url)));
export default worker.default;
export const cleanRecords = worker.cleanRecords;
export const cleanWarc = worker.cleanWarc;
`,
);

// The code cache: one run over a text dump and an HTML page (both in one batch, in this thread)
// compiles what such runs use; bin/rinse.js writes the cache when RINSE_WRITE_CODE_CACHE names a file.
const fixtures = `${root}fixtures/dumps`;
const samples = ['wordpress-jetpack-en.txt', 'wordpress-jetpack-en-fragment.html'].map((f) => join(fixtures, f));
const scratch = mkdtempSync(join(tmpdir(), 'rinse-cache-'));
// V8 flags are part of a cache's key: each cache is made for plain `node` runs (the worker's, below, for a batch's).
const plainEnv = { ...process.env };
delete plainEnv.NODE_OPTIONS;
// The HTML page's run loads the HTML stack's vendor file, whose cache is written with the bundle's.
const env = { ...plainEnv, RINSE_WRITE_CODE_CACHE: `${out}/rinse.cjs.cache`, RINSE_WRITE_VENDOR_CODE_CACHE: '1' };
const run = spawnSync(process.execPath, [`${root}bin/rinse.js`, '--no-config', '-q', '-j', '1', ...samples], { cwd: scratch, env, encoding: 'utf8' });
rmSync(scratch, { recursive: true, force: true });
if (run.status !== 0 || !readdirSync(out).includes('rinse.cjs.cache') || !readdirSync(`${out}/vendor`).includes('html-stack.cjs.cache')) throw new Error(`making the code cache failed (${run.status}): ${run.stderr}`);

// The worker bundle's code cache, made the same way: the samples cleaned by the worker's own task
// function, here in one thread (V8's cache does not depend on the thread that made it). Workers run only
// in batches and record streams, which set V8's batch flags before they start (src/parallel/v8-flags.ts):
// the cache is made under the same flags, the key V8 checks.
const { BATCH_V8_FLAGS } = await import(`${root}dist/parallel/v8-flags.js`);
const workerCache = spawnSync(
  process.execPath,
  [
    ...BATCH_V8_FLAGS,
    '--input-type=module',
    '-e',
    `import { createRequire } from 'node:module';
const { loadBundle } = createRequire(${JSON.stringify(`${root}bin/`)})('./load-bundle.js');
const { rules } = await import(${JSON.stringify(`${root}dist/index.js`)});
const worker = loadBundle(${JSON.stringify(`${out}/clean-worker.cjs`)}, ${JSON.stringify(`${out}/clean-worker.cjs.cache`)});
const ids = rules.map((r) => r.id);
for (const path of ${JSON.stringify(samples)}) worker.default({ input: { name: path, path, relPath: path }, options: { inputFormat: 'auto', maxBytes: 1e8 }, rules: { ids } });`,
  ],
  { cwd: root, env: plainEnv, encoding: 'utf8' },
);
if (workerCache.status !== 0 || !readdirSync(out).includes('clean-worker.cjs.cache')) throw new Error(`making the worker's code cache failed (${workerCache.status}): ${workerCache.stderr}`);

// zod's code cache: a run with a config file over a record stream, which between them use zod as the CLI does
// (the config's schema and the records' schema checked).
const zodEnv = { ...plainEnv, RINSE_WRITE_VENDOR_CODE_CACHE: '1' };
const record = `${JSON.stringify({ id: 'sample', html: readFileSync(samples[1], 'utf8') })}\n`;
const zodRun = spawnSync(process.execPath, [`${root}bin/rinse.js`, '--config', `${root}rinse.config.example.json`, '-q', '--jsonl'], { cwd: root, env: zodEnv, input: record, encoding: 'utf8' });
if (zodRun.status !== 0 || !readdirSync(`${out}/vendor`).includes('zod.cjs.cache')) throw new Error(`making zod's code cache failed (${zodRun.status}): ${zodRun.stderr}`);
