import type { GraphNode, NodeOf, NodeType } from '@salesbot/graph';
import { useEditor } from '../store/EditorStoreContext.tsx';

/** The step with this id, re-rendering only when that step changes. */
export function useGraphNode(id: string): GraphNode | undefined {
  return useEditor((state) => state.nodesById.get(id));
}

/** The step with this id if it has `type`. */
export function useTypedNode<T extends NodeType>(id: string, type: T): NodeOf<T> | undefined {
  const node = useGraphNode(id);
  return node?.type === type ? (node as NodeOf<T>) : undefined;
}
