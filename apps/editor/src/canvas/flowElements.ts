import { type Graph, type GraphNode, RESERVED_HANDLE_IDS, type Trigger } from '@salesbot/graph';
import { type Edge, MarkerType, type Node } from '@xyflow/react';
import type { XY } from '../graph/graphChange.ts';
import type { EditorState } from '../store/editorState.ts';
import { type Rect, stepsInWindow } from './canvasWindow.ts';

const EMPTY_DATA: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
const TRIGGER_PREFIX = 'trigger:';

export const isTriggerNodeId = (id: string) => id.startsWith(TRIGGER_PREFIX);
export const triggerIdOf = (nodeId: string) => nodeId.slice(TRIGGER_PREFIX.length);

/**
 * A selector of React Flow's nodes from the editor state that keeps each node object (and the array) while its
 * id, type, position and selection stay the same: a step's data edit re-renders that step's card only, never the
 * canvas. Each canvas keeps its own instance (it caches).
 */
export function createFlowNodesSelector() {
  const cache = new Map<string, Node>();
  let previous: Node[] = [];
  /** `steps`: only these steps (the canvas window of a big flow); null for all. */
  return (state: EditorState, steps: ReadonlySet<string> | null = null): Node[] => {
    // A card measured for the first time (`measuredVersion` bumps) is rebuilt with its size: the minimap reads sizes
    // from the node objects. Later size changes only update the map.
    const { graph, selectedNodeIds, selectedTriggerIds, measured } = state;
    const selectedNodes = new Set(selectedNodeIds);
    const selectedTriggers = new Set(selectedTriggerIds);
    const next: Node[] = [];
    const seen = new Set<string>();
    graph.triggers.forEach((trigger, index) => {
      const id = `${TRIGGER_PREFIX}${trigger.id}`;
      const position = trigger.position ?? defaultTriggerPosition(trigger, index, graph, state.nodesById);
      next.push(reuse(id, 'trigger', position, selectedTriggers.has(trigger.id)));
    });
    for (const node of graph.nodes) {
      if (steps && !steps.has(node.id)) continue;
      next.push(reuse(node.id, node.type, node.position ?? ORIGIN, selectedNodes.has(node.id)));
    }
    for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    if (next.length === previous.length && next.every((node, i) => node === previous[i])) return previous;
    previous = next;
    return next;

    function reuse(id: string, type: string, position: XY, selected: boolean): Node {
      seen.add(id);
      const old = cache.get(id);
      if (
        old &&
        old.type === type &&
        old.selected === selected &&
        old.position.x === position.x &&
        old.position.y === position.y &&
        (old.measured !== undefined || !measured.has(id))
      ) {
        return old;
      }
      const node: Node = { id, type, position, selected, data: EMPTY_DATA };
      const size = measured.get(id);
      if (size) node.measured = size;
      cache.set(id, node);
      return node;
    }
  };
}

/** React Flow's edges: the graph's edges (styled by the kind of output they leave) and each trigger's start. */
export function createFlowEdgesSelector() {
  const cache = new Map<string, Edge>();
  let previous: Edge[] = [];
  /** `steps`: only edges between these steps (the canvas window of a big flow); null for all. */
  return (state: EditorState, steps: ReadonlySet<string> | null = null): Edge[] => {
    const { graph, selectedEdgeIds, highlight } = state;
    const selected = new Set(selectedEdgeIds);
    const lit = new Set(highlight.edgeIds);
    const next: Edge[] = [];
    for (const trigger of graph.triggers) {
      if (!trigger.nodeId || !state.nodesById.has(trigger.nodeId)) continue;
      next.push(
        reuse(
          `${TRIGGER_PREFIX}${trigger.id}`,
          `${TRIGGER_PREFIX}${trigger.id}`,
          'start',
          trigger.nodeId,
          'start',
          false,
          false,
        ),
      );
    }
    for (const edge of graph.edges) {
      if (steps && !(steps.has(edge.source) && steps.has(edge.target))) continue;
      next.push(
        reuse(
          edge.id,
          edge.source,
          edge.sourceHandle,
          edge.target,
          edgeKind(edge.sourceHandle),
          selected.has(edge.id),
          lit.has(edge.id),
        ),
      );
    }
    if (next.length === previous.length && next.every((edge, i) => edge === previous[i])) return previous;
    previous = next;
    return next;

    function reuse(
      id: string,
      source: string,
      sourceHandle: string,
      target: string,
      kind: string,
      isSelected: boolean,
      animated: boolean,
    ) {
      const old = cache.get(id);
      if (
        old &&
        old.source === source &&
        old.sourceHandle === sourceHandle &&
        old.target === target &&
        old.selected === isSelected &&
        (old.animated ?? false) === animated
      ) {
        return old;
      }
      const edge: Edge = {
        id,
        source,
        sourceHandle,
        target,
        targetHandle: 'in',
        selected: isSelected,
        animated,
        className: `edge edge--${kind}`,
        markerEnd: {
          type: MarkerType.ArrowClosed,
          width: 14,
          height: 14,
          color: EDGE_COLORS[kind] ?? EDGE_COLORS.next,
        },
        interactionWidth: 18,
      };
      cache.set(id, edge);
      return edge;
    }
  };
}

const ORIGIN: XY = { x: 0, y: 0 };

const EDGE_COLORS: Record<string, string> = {
  start: '#25d366',
  choice: '#00a884',
  next: '#98a2b3',
  else: '#98a2b3',
  submitted: '#039855',
  timeout: '#7a5af8',
  invalid: '#e04f16',
  error: '#d92d20',
  windowClosed: '#dc6803',
};

/** The kind of output a handle id names: reserved ids mean themselves; any other id is a choice or branch. */
export function edgeKind(handle: string): string {
  return (RESERVED_HANDLE_IDS as readonly string[]).includes(handle) ? handle : 'choice';
}

/** Where an unplaced trigger card sits: left of its first step, or left of the whole flow when unconnected. */
export function defaultTriggerPosition(
  trigger: Trigger,
  index: number,
  graph: Graph,
  nodesById: ReadonlyMap<string, GraphNode>,
): XY {
  const target = trigger.nodeId ? nodesById.get(trigger.nodeId) : undefined;
  if (target?.position) {
    const siblings = graph.triggers.filter((t) => t.nodeId === trigger.nodeId);
    const order = siblings.indexOf(trigger);
    return { x: target.position.x - 340, y: target.position.y + order * 110 };
  }
  const placed = graph.nodes.flatMap((node) => (node.position ? [node.position] : []));
  const left = placed.length > 0 ? Math.min(...placed.map((p) => p.x)) - 340 : 0;
  const top = placed.length > 0 ? Math.min(...placed.map((p) => p.y)) : 0;
  return { x: left, y: top + index * 110 };
}

/**
 * A selector of the steps in a canvas window (see `stepsInWindow`) that returns the same set while its members
 * stay the same, so the node and edge selectors built on it keep their results.
 */
export function createWindowStepsSelector() {
  let previous: Set<string> | null = null;
  return (state: EditorState, window: Rect | null): ReadonlySet<string> | null => {
    if (!window) return null;
    const next = stepsInWindow(state.graph, window, state.measured, new Set(state.selectedNodeIds));
    if (previous && previous.size === next.size && [...next].every((id) => previous?.has(id))) return previous;
    previous = next;
    return next;
  };
}
