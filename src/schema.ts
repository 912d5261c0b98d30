/** The JSON output format, defined once: the TypeScript type and the JSON Schema both come from here. */
import { z } from 'zod';
import { BLOCK_KINDS } from './model.js';
import { CATEGORIES } from './rules/types.js';

export const RemovedBlockSchema = z.object({
  rule: z.string().describe('id of the rule module that removed the text'),
  category: z.enum(CATEGORIES),
  reason: z.string().describe('why the rule removed it'),
  text: z.string().describe('the removed text, blocks joined by newlines'),
});

export const CleanResultSchema = z.object({
  source: z.string().describe('the input: a path as given, or "-" for stdin'),
  inputFormat: z.enum(['html', 'text']),
  title: z.string().optional(),
  text: z.string().describe('the article: its blocks, separated by a blank line'),
  markdown: z.string().optional().describe('the article as Markdown, when asked for (library option `markdown`)'),
  blocks: z.array(z.object({ kind: z.enum(BLOCK_KINDS), text: z.string(), level: z.number().int().min(1).max(6).optional() })),
  removed: z.array(RemovedBlockSchema),
  stats: z.object({
    inputChars: z.number().int().nonnegative(),
    outputChars: z.number().int().nonnegative(),
    removedBlocks: z.number().int().nonnegative(),
  }),
});

export type CleanResult = z.infer<typeof CleanResultSchema>;
export type RemovedBlock = z.infer<typeof RemovedBlockSchema>;
