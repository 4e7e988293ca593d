import type { GraphNode, NodeType } from '@salesbot/graph';
import { defaultNodeData } from './defaultNodeData.ts';
import type { XY } from './graphChange.ts';
import { newId } from './newId.ts';

/** A new step of `type` at `position` with a fresh id not in `takenIds`. */
export function createNode(type: NodeType, position: XY, takenIds: ReadonlySet<string>): GraphNode {
  const data = defaultNodeData[type]();
  return { id: newId(type, takenIds), type, data, position: { x: position.x, y: position.y } } as GraphNode;
}
