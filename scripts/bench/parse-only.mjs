#!/usr/bin/env node
// Whole-process baseline for the benchmark: read, gunzip and parse (cheerio/slim on htmlparser2)
// every file under a directory, and nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio/slim';

let nodes = 0;
for (const entry of readdirSync(process.argv[2], { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  let bytes = readFileSync(join(entry.parentPath, entry.name));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  nodes += load(bytes.toString('utf8')).root()[0].children.length;
}
process.stderr.write(`parsed, ${nodes} top-level nodes\n`);
