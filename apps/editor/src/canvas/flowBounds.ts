import type { EditorState } from '../store/editorState.ts';
import { boundsOf, nodeRect, type Rect } from './canvasWindow.ts';
import { defaultTriggerPosition } from './flowElements.ts';

const TRIGGER_CARD = { width: 260, height: 84 };

/** Where a step (by id) or a trigger card (`trigger:<id>`) is, in flow coordinates. */
export function elementRect(state: EditorState, id: string): Rect | null {
  if (id.startsWith('trigger:')) {
    const triggerId = id.slice('trigger:'.length);
    const index = state.graph.triggers.findIndex((t) => t.id === triggerId);
    const trigger = state.graph.triggers[index];
    if (!trigger) return null;
    const position = trigger.position ?? defaultTriggerPosition(trigger, index, state.graph, state.nodesById);
    return { ...position, ...(state.measured.get(id) ?? TRIGGER_CARD) };
  }
  const node = state.nodesById.get(id);
  return node ? nodeRect(node, state.measured) : null;
}

/** The rectangle around every step and trigger card, or null for an empty canvas. */
export function flowBounds(state: EditorState): Rect | null {
  const rects = state.graph.nodes.map((node) => nodeRect(node, state.measured));
  for (const trigger of state.graph.triggers) {
    const rect = elementRect(state, `trigger:${trigger.id}`);
    if (rect) rects.push(rect);
  }
  return boundsOf(rects);
}
