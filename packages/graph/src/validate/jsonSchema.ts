import { z } from 'zod';
import { graphSchema } from '../graph.ts';
import { LIMITS } from '../limits.ts';
import { FIELD_LIMITS } from './fieldLimits.ts';
import { REQUIRED_FIELDS } from './requiredFields.ts';

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a flow file as written (defaults optional), generated from the zod schema,
 * with WhatsApp's limits from `FIELD_LIMITS` as `maxLength` / `maxItems` / `minItems` / `maximum` and the texts of
 * `REQUIRED_FIELDS` as `minLength: 1`, so that other tools validating a flow meet the same limits. Limits across
 * arrays (list rows in total) become the same bound on each array. Throws when a table names a field the schema
 * lacks, so the tables cannot drift from the schema unnoticed.
 */
export function buildGraphJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(graphSchema, { io: 'input' }) as JsonSchema;
  const nodeVariants = alternatives((schema.properties as JsonSchema).nodes as JsonSchema, 'items');
  const dataOf = (type: string): JsonSchema => {
    const variant = nodeVariants.find((v) => ((v.properties as JsonSchema).type as JsonSchema).const === type);
    if (!variant) throw new Error(`No node variant for type “${type}” in the JSON Schema`);
    return (variant.properties as JsonSchema).data as JsonSchema;
  };

  for (const limit of FIELD_LIMITS) {
    for (const target of resolve(dataOf(limit.nodeType), limit.path, `${limit.nodeType}.${limit.path}`)) {
      const max = limit.max === undefined ? undefined : LIMITS[limit.max];
      const min = typeof limit.min === 'string' ? LIMITS[limit.min] : limit.min;
      if (limit.kind === 'length' && max !== undefined) target.maxLength = Math.min(max, num(target.maxLength, max));
      if (limit.kind === 'value' && max !== undefined) target.maximum = max;
      if (limit.kind === 'count') {
        if (max !== undefined) target.maxItems = max;
        if (min !== undefined) target.minItems = min;
      }
    }
  }
  for (const field of REQUIRED_FIELDS) {
    for (const target of resolve(dataOf(field.nodeType), field.path, `${field.nodeType}.${field.path}`)) {
      target.minLength = Math.max(1, num(target.minLength, 1));
    }
  }
  return {
    $schema: schema.$schema,
    $id: 'https://salesbot.dev/graph.schema.json',
    title: 'Salesbot flow',
    description:
      'A WhatsApp bot: triggers, steps (nodes), the connections between their outputs (edges) and variables.',
    ...schema,
  };
}

/** The schemas at a dotted path (`*` = array items), through unions; throws when none is found. */
function resolve(root: JsonSchema, path: string, name: string): JsonSchema[] {
  let current = [root];
  for (const segment of path.split('.')) {
    current = current.flatMap((schema) =>
      alternatives(schema, segment === '*' ? 'items' : undefined).flatMap((option) => {
        if (segment === '*') return [option];
        const child = (option.properties as JsonSchema | undefined)?.[segment];
        return child ? [child as JsonSchema] : [];
      }),
    );
  }
  const leaves = current.flatMap((schema) => alternatives(schema));
  if (leaves.length === 0) throw new Error(`FIELD_LIMITS / REQUIRED_FIELDS name “${name}”, which the schema lacks`);
  return leaves;
}

/** A schema's concrete alternatives (its `oneOf`/`anyOf` branches, recursively), optionally stepping into `items`. */
function alternatives(schema: JsonSchema, step?: 'items'): JsonSchema[] {
  const branches = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  const flat = branches ? branches.flatMap((branch) => alternatives(branch)) : [schema];
  if (!step) return flat.filter((s) => s.type !== 'null');
  return flat.flatMap((s) => (s.items ? alternatives(s.items as JsonSchema) : []));
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}
