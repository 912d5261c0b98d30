/** `rinse schema config|output`: JSON Schemas generated from the zod schemas, never written by hand. */
import { z } from 'zod';
import { CleanResultSchema, ConfigSchema } from '../index.js';

export const SCHEMA_NAMES = ['config', 'output'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

export function schemaFor(name: SchemaName): Record<string, unknown> {
  // A config is what people write (defaults optional); the output is what rinse writes.
  const schema = name === 'config' ? z.toJSONSchema(ConfigSchema, { io: 'input' }) : z.toJSONSchema(CleanResultSchema, { io: 'output' });
  const title = name === 'config' ? 'rinse config file (rinse.config.json or .rinserc.json)' : 'rinse JSON output (one object per input)';
  return { $schema: schema.$schema, title, ...schema };
}

export function schemaJson(name: SchemaName): string {
  return JSON.stringify(schemaFor(name), null, 2);
}
