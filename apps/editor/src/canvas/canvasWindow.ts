import type { Graph, GraphNode } from '@salesbot/graph';
import type { XY } from '../graph/graphChange.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The size a card is assumed to have before it was measured. */
export const DEFAULT_CARD = { width: 288, height: 200 };

/** Above this many steps the canvas hands React Flow only the steps around the viewport. */
export const WINDOWED_FLOW = 150;

/** The flow-coordinate rectangle shown by `viewport` in a pane of `pane` size, grown by `margin` panes on each side. */
export function windowFor(viewport: Viewport, pane: { width: number; height: number }, margin = 0.5): Rect {
  const width = pane.width / viewport.zoom;
  const height = pane.height / viewport.zoom;
  return {
    x: -viewport.x / viewport.zoom - width * margin,
    y: -viewport.y / viewport.zoom - height * margin,
    width: width * (1 + 2 * margin),
    height: height * (1 + 2 * margin),
  };
}

/** Whether the visible part of the pane has left the inner half of `current` (time to compute a new window). */
export function windowIsStale(current: Rect, viewport: Viewport, pane: { width: number; height: number }): boolean {
  const visible = windowFor(viewport, pane, 0);
  const insetX = (current.width - visible.width) / 4;
  const insetY = (current.height - visible.height) / 4;
  return (
    visible.x < current.x + insetX ||
    visible.y < current.y + insetY ||
    visible.x + visible.width > current.x + current.width - insetX ||
    visible.y + visible.height > current.y + current.height - insetY
  );
}

/** A step's rectangle from its position and measured (or assumed) size. */
export function nodeRect(node: GraphNode, measured: ReadonlyMap<string, { width: number; height: number }>): Rect {
  const position: XY = node.position ?? { x: 0, y: 0 };
  const size = measured.get(node.id) ?? DEFAULT_CARD;
  return { x: position.x, y: position.y, width: size.width, height: size.height };
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The steps React Flow gets for `window`: those inside it, those selected, and the other end of every edge that
 * touches one of them (so edges leaving the window are still drawn).
 */
export function stepsInWindow(
  graph: Graph,
  window: Rect,
  measured: ReadonlyMap<string, { width: number; height: number }>,
  selected: ReadonlySet<string>,
): Set<string> {
  const inside = new Set<string>();
  for (const node of graph.nodes)
    if (selected.has(node.id) || intersects(nodeRect(node, measured), window)) inside.add(node.id);
  for (const trigger of graph.triggers) if (trigger.nodeId) inside.add(trigger.nodeId);
  const withNeighbours = new Set(inside);
  for (const edge of graph.edges) {
    if (inside.has(edge.source)) withNeighbours.add(edge.target);
    if (inside.has(edge.target)) withNeighbours.add(edge.source);
  }
  return withNeighbours;
}

/** The rectangle around every step (and `extra` rectangles such as trigger cards), or null for an empty flow. */
export function boundsOf(rects: Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}
