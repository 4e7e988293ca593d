import { type NodeOf, type NodeType, nodeSchema } from '@salesbot/graph';
import type { z } from 'zod';

type NodeInput<T extends NodeType> = Extract<z.input<typeof nodeSchema>, { type: T }>['data'];

/** A schema-valid node for tests: `data` as a marketer writes it, defaults filled by the graph schema. */
export function createNode<T extends NodeType>(type: T, data: NodeInput<T>, id = `${type}-1`): NodeOf<T> {
  return nodeSchema.parse({ id, type, data }) as NodeOf<T>;
}
