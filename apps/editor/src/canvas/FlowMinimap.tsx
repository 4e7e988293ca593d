import type { GraphNode } from '@salesbot/graph';
import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { type MouseEvent, memo, useMemo, useRef } from 'react';
import { useEditor } from '../store/EditorStoreContext.tsx';
import type { EditorState } from '../store/editorState.ts';
import { boundsOf, DEFAULT_CARD, nodeRect, type Rect } from './canvasWindow.ts';

const WIDTH = 200;
const HEIGHT = 140;

const COLORS: Record<string, string> = {
  text: '#7fc8b6',
  media: '#7fc8b6',
  buttons: '#7fc8b6',
  list: '#7fc8b6',
  ctaUrl: '#7fc8b6',
  template: '#b5a4fb',
  carousel: '#b5a4fb',
  whatsappFlow: '#8ab8f7',
  waitForReply: '#8ab8f7',
  condition: '#f4b46f',
  delay: '#f4b46f',
};

/**
 * The whole flow in miniature with the visible area framed; a click or a drag moves the view there. Drawn from the
 * store (every step, also those React Flow is not given in a big flow), and only re-drawn when steps move.
 */
export function FlowMinimap() {
  const rf = useReactFlow();
  const selectRects = useMemo(createMinimapRectsSelector, []);
  const rects = useEditor(selectRects);
  const [tx, ty, zoom] = useStore((s) => s.transform, sameTransform);
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  const dragging = useRef(false);

  const view: Rect = { x: -tx / zoom, y: -ty / zoom, width: paneWidth / zoom, height: paneHeight / zoom };
  const world = boundsOf([...rects, view]) ?? view;
  const pad = Math.max(world.width, world.height) * 0.05;
  const box = { x: world.x - pad, y: world.y - pad, width: world.width + 2 * pad, height: world.height + 2 * pad };
  const scale = Math.max(box.width / WIDTH, box.height / HEIGHT);

  const moveTo = (event: MouseEvent<SVGSVGElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    const x = box.x + (event.clientX - bounds.left) * scale - (WIDTH * scale - box.width) / 2;
    const y = box.y + (event.clientY - bounds.top) * scale - (HEIGHT * scale - box.height) / 2;
    void rf.setCenter(x, y, { zoom });
  };

  return (
    <Panel position="bottom-right" className="minimap">
      <svg
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${box.x - (WIDTH * scale - box.width) / 2} ${box.y - (HEIGHT * scale - box.height) / 2} ${WIDTH * scale} ${HEIGHT * scale}`}
        role="img"
        aria-label="Minimap: click to move the view"
        onMouseDown={(event) => {
          dragging.current = true;
          moveTo(event);
        }}
        onMouseMove={(event) => dragging.current && moveTo(event)}
        onMouseUp={() => {
          dragging.current = false;
        }}
        onMouseLeave={() => {
          dragging.current = false;
        }}
      >
        <MinimapSteps rects={rects} />
        <rect
          className="minimap__view"
          x={view.x}
          y={view.y}
          width={view.width}
          height={view.height}
          fill="rgba(0,128,105,0.06)"
          stroke="#008069"
          strokeWidth={2 * scale}
        />
      </svg>
    </Panel>
  );
}

/**
 * The steps' rectangles, one path per colour (a thousand steps are a handful of elements, not a thousand, for
 * React and for layout): memoised so that panning (which redraws the frame) does not redraw them.
 */
const MinimapSteps = memo(function MinimapSteps({ rects }: { rects: MinimapRect[] }) {
  const paths = new Map<string, string[]>();
  for (const r of rects) {
    const fill = COLORS[r.type] ?? '#c0c6cf';
    const list = paths.get(fill) ?? [];
    list.push(roundedRect(r.x, r.y, r.width, r.height, 12));
    paths.set(fill, list);
  }
  return (
    <>
      {[...paths].map(([fill, parts]) => (
        <path key={fill} d={parts.join('')} fill={fill} />
      ))}
    </>
  );
});

/** A rectangle with corners of radius `r` (clamped like SVG's `rx`) as path data. */
function roundedRect(x: number, y: number, width: number, height: number, r: number): string {
  const rx = Math.max(0, Math.min(r, width / 2, height / 2));
  const w = width - 2 * rx;
  const h = height - 2 * rx;
  return `M${x + rx} ${y}h${w}a${rx} ${rx} 0 0 1 ${rx} ${rx}v${h}a${rx} ${rx} 0 0 1 ${-rx} ${rx}h${-w}a${rx} ${rx} 0 0 1 ${-rx} ${-rx}v${-h}a${rx} ${rx} 0 0 1 ${rx} ${-rx}z`;
}

type MinimapRect = { type: string; x: number; y: number; width: number; height: number };

/**
 * The steps' rectangles (position and measured or assumed size), the same array while none changed: it runs on
 * every store update, so it compares in place instead of building a thousand keys.
 */
function createMinimapRectsSelector() {
  let previous: MinimapRect[] = [];
  return (state: EditorState): MinimapRect[] => {
    const nodes = state.graph.nodes;
    if (nodes.length === previous.length && nodes.every((node, i) => sameRect(previous[i], node, state.measured))) {
      return previous;
    }
    previous = nodes.map((node) => ({ type: node.type, ...nodeRect(node, state.measured) }));
    return previous;
  };
}

function sameRect(
  rect: MinimapRect | undefined,
  node: GraphNode,
  measured: ReadonlyMap<string, { width: number; height: number }>,
): boolean {
  const position = node.position ?? ORIGIN;
  const size = measured.get(node.id) ?? DEFAULT_CARD;
  return (
    rect !== undefined &&
    rect.type === node.type &&
    rect.x === position.x &&
    rect.y === position.y &&
    rect.width === size.width &&
    rect.height === size.height
  );
}

const ORIGIN = { x: 0, y: 0 };

function sameTransform(a: readonly number[], b: readonly number[]): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}
