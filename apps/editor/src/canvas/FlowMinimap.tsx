import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { type MouseEvent, memo, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../store/EditorStoreContext.tsx';
import { boundsOf, nodeRect, type Rect } from './canvasWindow.ts';

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
  const boxes = useEditor(
    useShallow((state) =>
      state.graph.nodes.map((node) => {
        const rect = nodeRect(node, state.measured);
        return `${node.type}:${rect.x}:${rect.y}:${rect.width}:${rect.height}`;
      }),
    ),
  );
  const [tx, ty, zoom] = useStore((s) => s.transform, sameTransform);
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  const dragging = useRef(false);

  const rects = useMemo(
    () =>
      boxes.map((box) => {
        const [type = '', x, y, width, height] = box.split(':');
        return { type, x: Number(x), y: Number(y), width: Number(width), height: Number(height) };
      }),
    [boxes],
  );
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

/** The steps' rectangles: memoised so that panning (which redraws the frame) does not redraw a thousand steps. */
const MinimapSteps = memo(function MinimapSteps({
  rects,
}: {
  rects: { type: string; x: number; y: number; width: number; height: number }[];
}) {
  return (
    <>
      {rects.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the rectangles are positional, redrawn together
        <rect key={i} x={r.x} y={r.y} width={r.width} height={r.height} rx={12} fill={COLORS[r.type] ?? '#c0c6cf'} />
      ))}
    </>
  );
});

function sameTransform(a: readonly number[], b: readonly number[]): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}
