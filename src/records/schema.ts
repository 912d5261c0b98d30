/**
 * The records rinse writes in record mode (`--jsonl`) and for WARC input:
 * one JSON object a line, either a cleaned page or an error. Defined once
 * here with zod; the TypeScript types come from it.
 */
import { z } from 'zod';
import { CleanResultSchema, type CleanResult } from '../schema.js';

const IdSchema = z.union([z.string(), z.number()]);

export const RecordResultSchema = z.object({
  id: IdSchema.describe("the input record's id; for WARC input, its WARC-Record-ID"),
  url: z.string().optional().describe("the input record's url; for WARC input, its WARC-Target-URI"),
  date: z.string().optional().describe('for WARC input, the WARC-Date of the response'),
  title: CleanResultSchema.shape.title,
  text: CleanResultSchema.shape.text,
  inputFormat: CleanResultSchema.shape.inputFormat,
  removed: CleanResultSchema.shape.removed,
  stats: CleanResultSchema.shape.stats,
});

export const RecordErrorSchema = z.object({
  id: IdSchema.nullable().describe('the id, or null when the line held none that could be read'),
  url: z.string().optional(),
  date: z.string().optional(),
  error: z.string().describe('why the record could not be cleaned'),
});

export const RecordOutputSchema = z.union([RecordResultSchema, RecordErrorSchema]);

export type RecordResult = z.infer<typeof RecordResultSchema>;
export type RecordError = z.infer<typeof RecordErrorSchema>;
export type RecordOutput = z.infer<typeof RecordOutputSchema>;

export interface RecordMeta {
  readonly id: string | number;
  readonly url?: string | undefined;
  readonly date?: string | undefined;
}

function metaFields(meta: RecordMeta): Pick<RecordResult, 'id' | 'url' | 'date'> {
  return { id: meta.id, ...(meta.url !== undefined ? { url: meta.url } : {}), ...(meta.date !== undefined ? { date: meta.date } : {}) };
}

/** A cleaned page as an output record (key order fixed, so equal inputs give equal bytes). */
export function toRecordResult(meta: RecordMeta, result: CleanResult): RecordResult {
  return {
    ...metaFields(meta),
    ...(result.title !== undefined ? { title: result.title } : {}),
    text: result.text,
    inputFormat: result.inputFormat,
    removed: result.removed,
    stats: result.stats,
  };
}

export function toRecordError(meta: { id: string | number | null; url?: string | undefined; date?: string | undefined }, error: string): RecordError {
  return { id: meta.id, ...(meta.url !== undefined ? { url: meta.url } : {}), ...(meta.date !== undefined ? { date: meta.date } : {}), error };
}
