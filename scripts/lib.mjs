/** Helpers shared by the measuring scripts: argument parsing and html5lib's .dat format. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `--name value` from argv, or exits with a usage message naming the option. */
export function requiredOption(name, usage) {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  if (!value) {
    process.stderr.write(`usage: ${usage}\n`);
    process.exit(2);
  }
  return value;
}

export function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Every `*.dat` file under `dir`, sorted, walked iteratively. */
export function datFiles(dir) {
  const found = [];
  const pending = [dir];
  while (pending.length) {
    const current = pending.pop();
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) pending.push(path);
      else if (name.endsWith('.dat')) found.push(path);
    }
  }
  return found.sort();
}

/**
 * The sections of an html5lib `.dat` file as bytes: each case starts with a
 * `#data` line; its value runs to the next `#name` line, without the final
 * newline. Bytes, not text, so that encoding cases keep their raw bytes.
 */
export function datCases(path) {
  const bytes = readFileSync(path);
  const lines = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  const cases = [];
  let current;
  let section;
  let body = [];
  const close = () => {
    if (current && section) current[section] = Buffer.concat(body.flatMap((l, k) => (k ? [Buffer.from('\n'), l] : [l])));
  };
  for (const line of lines) {
    const text = line.toString('latin1');
    if (/^#[a-z-]+$/.test(text) && (text === '#data' || current)) {
      close();
      if (text === '#data') {
        current = {};
        cases.push(current);
      }
      section = text.slice(1);
      body = [];
    } else {
      body.push(line);
    }
  }
  close();
  // A blank line separates cases: it belongs to no section.
  for (const c of cases) for (const k of Object.keys(c)) if (k !== 'data') c[k] = c[k].toString('utf8').trim();
  return cases;
}
