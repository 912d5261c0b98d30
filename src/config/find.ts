/**
 * Finding the config file, apart from reading and checking it (load.ts): every
 * run looks for one, few have one, and checking needs zod, which is large to load.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Looked for in the working directory, then each parent, in this order. */
export const CONFIG_FILE_NAMES = ['rinse.config.json', '.rinserc.json'] as const;

/** The nearest config file from `startDir` upwards, or undefined. */
export function findConfig(startDir: string = process.cwd()): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
