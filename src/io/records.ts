/**
 * Input records of `--jsonl` mode: one JSON object a line,
 * `{"id", "url"?, "html"?, "text"?}` — or the same under other field names,
 * for other producers' records. Validated with zod; a record that does not
 * fit is an error for that record alone.
 */
import { z } from 'zod';

export interface RecordFields {
  readonly id: string;
  readonly url: string;
  readonly html: string;
  readonly text: string;
}

export const DEFAULT_RECORD_FIELDS: RecordFields = { id: 'id', url: 'url', html: 'html', text: 'text' };

export const RecordIdSchema = z.union([z.string(), z.number()], { error: 'expected a string or a number' });
export type RecordId = z.infer<typeof RecordIdSchema>;

/** A valid input record, under rinse's own names. */
export interface InputRecord {
  readonly id: RecordId;
  readonly url?: string;
  /** The page, and whether it came from the HTML field or the text field. */
  readonly content: string;
  readonly contentField: 'html' | 'text';
}

export type ParsedRecord =
  | { readonly ok: true; readonly record: InputRecord }
  | { readonly ok: false; readonly id: RecordId | null; readonly url?: string; readonly error: string };

const cache = new Map<string, z.ZodType<Record<string, unknown>>>();

/** The zod schema for records with these field names (other fields are allowed and ignored). */
export function recordSchema(fields: RecordFields): z.ZodType<Record<string, unknown>> {
  const key = JSON.stringify(fields);
  let schema = cache.get(key);
  if (!schema) {
    const optionalString = z.string().nullish();
    schema = z.looseObject({
      [fields.id]: RecordIdSchema,
      [fields.url]: optionalString,
      [fields.html]: optionalString,
      [fields.text]: optionalString,
    }) as unknown as z.ZodType<Record<string, unknown>>;
    cache.set(key, schema);
  }
  return schema;
}

/** `path: problem`, the first zod issue only: one line on stderr. */
function firstIssue(error: z.ZodError, value: Record<string, unknown>): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  const path = issue.path.map(String).join('.');
  const message = issue.path.length === 1 && value[String(issue.path[0])] === undefined ? 'missing' : issue.message;
  return path ? `field '${path}': ${message}` : message;
}

/** The id and url of whatever object a bad line holds, so its error record can still name it. */
function salvage(value: unknown, fields: RecordFields): { id: RecordId | null; url?: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null };
  const object = value as Record<string, unknown>;
  const id = RecordIdSchema.safeParse(object[fields.id]);
  const url = object[fields.url];
  return { id: id.success ? id.data : null, ...(typeof url === 'string' ? { url } : {}) };
}

/** Parses and validates one line of text (already decoded from UTF-8). */
export function parseRecord(line: string, fields: RecordFields = DEFAULT_RECORD_FIELDS): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, id: null, error: `invalid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, id: null, error: 'not a JSON object' };
  }
  const parsed = recordSchema(fields).safeParse(value);
  if (!parsed.success) return { ok: false, ...salvage(value, fields), error: firstIssue(parsed.error, value as Record<string, unknown>) };
  const data = parsed.data;
  const id = data[fields.id] as RecordId;
  const url = (data[fields.url] as string | null | undefined) ?? undefined;
  const html = data[fields.html] as string | null | undefined;
  const text = data[fields.text] as string | null | undefined;
  const base = { id, ...(url !== undefined ? { url } : {}) };
  // HTML is the richer of the two, so it wins when a record carries both.
  if (typeof html === 'string') return { ok: true, record: { ...base, content: html, contentField: 'html' } };
  if (typeof text === 'string') return { ok: true, record: { ...base, content: text, contentField: 'text' } };
  return { ok: false, ...base, error: `no content: neither '${fields.html}' nor '${fields.text}' is a string` };
}
