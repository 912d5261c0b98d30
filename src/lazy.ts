/**
 * Packages a run may not need, loaded on first use: cheerio only when an
 * input is HTML or a config's selectors are checked, iconv-lite only for a
 * charset other than UTF-8, chardet only for undeclared non-UTF-8 bytes,
 * cli-progress only for a batch on a terminal. Start-up is most of the cost
 * of a one-file run (shell loops call rinse once per file), and these are
 * much of the code.
 *
 * In the CLI bundle (scripts/bundle.mjs defines RINSE_BUNDLE) each is a
 * prebuilt CommonJS file in vendor/ beside the bundle, one file to read;
 * from the compiled library (dist/) it is the package itself.
 */
import { createRequire } from 'node:module';

declare const RINSE_BUNDLE: boolean | undefined;

const load = createRequire(import.meta.url);
const inBundle = typeof RINSE_BUNDLE !== 'undefined' && RINSE_BUNDLE;

function lazy<T>(packageName: string, vendorFile: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(inBundle ? `./vendor/${vendorFile}` : packageName) as T);
}

export const cheerio = lazy<typeof import('cheerio/slim')>('cheerio/slim', 'cheerio-slim.cjs');
export const iconv = lazy<typeof import('iconv-lite')>('iconv-lite', 'iconv-lite.cjs');
export const chardet = lazy<typeof import('chardet')>('chardet', 'chardet.cjs');
export const cliProgress = lazy<typeof import('cli-progress')>('cli-progress', 'cli-progress.cjs');

let zlibModule: typeof import('node:zlib') | undefined;
/** Node's zlib, for gzip inputs only: loading it costs a one-file run milliseconds. */
export const zlib = (): typeof import('node:zlib') => (zlibModule ??= load('node:zlib') as typeof import('node:zlib'));

/**
 * The HTML stack (htmlparser2 with domhandler, css-select with css-what): only HTML inputs and
 * rule selectors use it, and its top level takes milliseconds (entity tables decoded, two
 * copies). In the bundles it is `require()`d, run on first use: the CLI bundle's build turns these
 * requires into one vendor file with a code cache of its own, which a text dump's run never reads;
 * the worker bundle keeps the stack inside it (scripts/bundle.mjs). From dist/ it is the package itself.
 */
function lazyBundled<T>(requireInBundle: () => unknown, packageName: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= (inBundle ? requireInBundle() : load(packageName)) as T);
}

export const htmlparser2 = lazyBundled<typeof import('htmlparser2')>(() => require('htmlparser2'), 'htmlparser2');
export const domhandler = lazyBundled<typeof import('domhandler')>(() => require('domhandler'), 'domhandler');
export const cssSelect = lazyBundled<typeof import('css-select')>(() => require('css-select'), 'css-select');
export const cssWhat = lazyBundled<typeof import('css-what')>(() => require('css-what'), 'css-what');

/** A built-in module that takes milliseconds to load, for the few paths that use it (writing files). */
export const nodeCrypto = (): typeof import('node:crypto') => load('node:crypto') as typeof import('node:crypto');

/** Node's v8 module, for a batch's heap flags only: it loads node:stream with it, about 4 ms of a one-file run. */
export const nodeV8 = (): typeof import('node:v8') => load('node:v8') as typeof import('node:v8');

/** What scripts/bundle.mjs prebuilds into vendor/: file name → package entry. */
export const VENDOR_FILES = {
  'cheerio-slim.cjs': 'cheerio/slim',
  'iconv-lite.cjs': 'iconv-lite',
  'chardet.cjs': 'chardet',
  'cli-progress.cjs': 'cli-progress',
} as const;

/** Whether this code runs from the CLI bundle (dist/bundle/) rather than from dist/. */
export { inBundle };
