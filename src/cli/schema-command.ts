/** `rinse schema config|output`: JSON Schemas generated from the zod schemas, never written by hand. */
export const SCHEMA_NAMES = ['config', 'output'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

export async function schemaFor(name: SchemaName): Promise<Record<string, unknown>> {
  // Imported here, not at the top: zod is large, and only this command and config files need it.
  const [{ z }, { ConfigSchema }, { CleanResultSchema }] = await Promise.all([import('zod'), import('../config/schema.js'), import('../schema.js')]);
  // A config is what people write (defaults optional); the output is what rinse writes.
  const schema = name === 'config' ? z.toJSONSchema(ConfigSchema, { io: 'input' }) : z.toJSONSchema(CleanResultSchema, { io: 'output' });
  const title = name === 'config' ? 'rinse config file (rinse.config.json or .rinserc.json)' : 'rinse JSON output (one object per input)';
  return { $schema: schema.$schema, title, ...schema };
}

export async function schemaJson(name: SchemaName): Promise<string> {
  return JSON.stringify(await schemaFor(name), null, 2);
}
