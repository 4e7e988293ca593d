/**
 * Version 0: the first, unversioned flow files. They had no `schemaVersion`; steps were `blocks` with a `kind`;
 * edges were `{ from: { blockId, handle? }, to }`; one flow had one `trigger`
 * (`{ event: 'message' | 'stageChanged' | 'api', keywords?, pattern?, pipeline?, stage?, startBlockId }`);
 * variables were plain names; and a delay block counted `seconds`.
 */
export interface GraphV0 {
  id?: unknown;
  name?: unknown;
  description?: unknown;
  trigger?: unknown;
  variables?: unknown;
  blocks?: unknown;
  edges?: unknown;
}

/** Version 0 → 1. Malformed parts are carried over as they are, for the schema to report. */
export function migrateV0ToV1(doc: Record<string, unknown>): Record<string, unknown> {
  const { blocks, trigger, edges, variables, ...rest } = doc as GraphV0 & Record<string, unknown>;
  return {
    ...rest,
    schemaVersion: 1,
    triggers: trigger === undefined ? [] : [migrateTrigger(trigger)],
    variables: Array.isArray(variables) ? variables.map(migrateVariable) : variables,
    nodes: Array.isArray(blocks) ? blocks.map(migrateBlock) : blocks,
    edges: Array.isArray(edges) ? edges.map(migrateEdge) : edges,
  };
}

function migrateTrigger(trigger: unknown): unknown {
  if (!isRecord(trigger)) return trigger;
  const { event, keywords, pattern, pipeline, stage, startBlockId } = trigger;
  const base = { id: 'trigger-1', nodeId: startBlockId ?? null };
  if (event === 'stageChanged') return { ...base, type: 'stageChanged', pipeline, stage };
  if (event === 'api') return { ...base, type: 'api' };
  const match =
    pattern !== undefined
      ? { kind: 'regex', pattern }
      : Array.isArray(keywords) && keywords.length > 0
        ? { kind: 'keyword', keywords }
        : { kind: 'any' };
  return { ...base, type: 'inboundMessage', match };
}

function migrateVariable(variable: unknown): unknown {
  return typeof variable === 'string' ? { name: variable, type: 'text' } : variable;
}

function migrateBlock(block: unknown): unknown {
  if (!isRecord(block)) return block;
  const { kind, data, ...rest } = block;
  const migrated =
    kind === 'delay' && isRecord(data) && typeof data.seconds === 'number' ? delayData(data.seconds) : data;
  return { ...rest, type: kind, data: migrated };
}

/** `{ seconds }` → the largest unit that divides it: 90000 s → 25 hours. */
function delayData(seconds: number): unknown {
  const units = [
    ['days', 86_400],
    ['hours', 3_600],
    ['minutes', 60],
  ] as const;
  for (const [unit, size] of units) {
    if (seconds >= size && seconds % size === 0) return { duration: { amount: seconds / size, unit } };
  }
  return { duration: { amount: seconds, unit: 'seconds' } };
}

function migrateEdge(edge: unknown, index: number): unknown {
  if (!isRecord(edge) || !isRecord(edge.from)) return edge;
  const { from, to, id } = edge;
  return {
    id: id ?? `edge-${index + 1}`,
    source: from.blockId,
    sourceHandle: from.handle ?? 'next',
    target: to,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
