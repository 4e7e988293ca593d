import { describe, expect, it } from 'vitest';
import { createTestGraph } from '../graph/createTestGraph.ts';
import { boundsOf, contains, stepsInWindow, windowFor, windowIsStale } from './canvasWindow.ts';

describe('the canvas window', () => {
  it('is the visible flow area grown by a margin', () => {
    expect(windowFor({ x: -100, y: 0, zoom: 0.5 }, { width: 1000, height: 500 }, 0.5)).toEqual({
      x: 200 - 1000,
      y: -500,
      width: 4000,
      height: 2000,
    });
  });

  it('goes stale once the view leaves its inner half', () => {
    const pane = { width: 1000, height: 500 };
    const current = windowFor({ x: 0, y: 0, zoom: 1 }, pane);
    expect(windowIsStale(current, { x: -100, y: 0, zoom: 1 }, pane)).toBe(false);
    expect(windowIsStale(current, { x: -400, y: 0, zoom: 1 }, pane)).toBe(true);
    expect(windowIsStale(current, { x: 0, y: 0, zoom: 0.5 }, pane)).toBe(true);
  });

  it('holds the steps inside, the selected ones, trigger starts and the far ends of their edges', () => {
    const graph = createTestGraph();
    graph.triggers = graph.triggers.map((t) => ({ ...t, nodeId: null }));
    // only "thanks" (at 400,0) is inside this window; "ask" comes as the source of its edge
    const steps = stepsInWindow(graph, { x: 380, y: -10, width: 100, height: 100 }, new Map(), new Set());
    expect([...steps].sort()).toEqual(['ask', 'thanks']);
    const withSelection = stepsInWindow(graph, { x: 5000, y: 5000, width: 1, height: 1 }, new Map(), new Set(['bye']));
    expect([...withSelection].sort()).toEqual(['ask', 'bye']);
    const started = stepsInWindow(createTestGraph(), { x: 5000, y: 5000, width: 1, height: 1 }, new Map(), new Set());
    expect([...started].sort()).toEqual(['ask', 'bye', 'thanks']);
  });

  it('tells a rectangle wholly inside another from one that sticks out', () => {
    const view = { x: 0, y: 0, width: 100, height: 50 };
    expect(contains(view, { x: 10, y: 10, width: 90, height: 40 })).toBe(true);
    expect(contains(view, { x: 10, y: 10, width: 91, height: 40 })).toBe(false);
    expect(contains(view, { x: -1, y: 10, width: 10, height: 10 })).toBe(false);
    expect(contains(view, { x: 10, y: 45, width: 10, height: 10 })).toBe(false);
  });

  it('bounds rectangles', () => {
    expect(
      boundsOf([
        { x: 0, y: 0, width: 10, height: 10 },
        { x: 20, y: -5, width: 5, height: 5 },
      ]),
    ).toEqual({ x: 0, y: -5, width: 25, height: 15 });
    expect(boundsOf([])).toBeNull();
  });
});
