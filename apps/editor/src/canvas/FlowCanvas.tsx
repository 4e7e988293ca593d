import type { NodeType } from '@salesbot/graph';
import {
  Background,
  BackgroundVariant,
  type Connection,
  type FinalConnectionState,
  getViewportForBounds,
  ReactFlow,
  useReactFlow,
  type Viewport,
} from '@xyflow/react';
import {
  type DragEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { countRender } from '../debug/renderCounts.ts';
import { type ConnectionSource, connectHandles } from '../graph/connectHandles.ts';
import { canvasNodeTypes } from '../nodes/nodeComponents.ts';
import { useEditor, useEditorApi } from '../store/EditorStoreContext.tsx';
import type { EditorState } from '../store/editorState.ts';
import { AddStepMenu } from './AddStepMenu.tsx';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { addStep } from './canvasActions.ts';
import { type Rect, WINDOWED_FLOW, windowFor, windowIsStale } from './canvasWindow.ts';
import { EmptyCanvasHint } from './EmptyCanvasHint.tsx';
import { FlowMinimap } from './FlowMinimap.tsx';
import { elementRect, flowBounds } from './flowBounds.ts';
import {
  createFlowEdgesSelector,
  createFlowNodesSelector,
  createWindowStepsSelector,
  defaultTriggerPosition,
  isTriggerNodeId,
  triggerIdOf,
} from './flowElements.ts';
import { handleEdgeChanges, handleNodeChanges } from './handleCanvasChanges.ts';
import { STEP_DRAG_TYPE } from './stepCatalog.ts';
import { useCanvasShortcuts } from './useCanvasShortcuts.ts';
import { useFitAll } from './useFitAll.ts';
import { useFollowHighlight } from './useFollowHighlight.ts';

const SNAP: [number, number] = [16, 16];
const PRO_OPTIONS = { hideAttribution: true };
const FIT_OPTIONS = { padding: 0.15, maxZoom: 1 };
const MIN_ZOOM = 0.1;
/** Below this zoom a card's text cannot be read: a flow that would open smaller opens at its start instead. */
const READABLE_ZOOM = 0.5;

/** The flow's canvas: React Flow controlled by the editor store. */
export function FlowCanvas({ onSave }: { onSave: () => void }) {
  countRender('FlowCanvas');
  const store = useEditorApi();
  const rf = useReactFlow();
  const fitAll = useFitAll();
  const container = useRef<HTMLDivElement>(null);
  const pointer = useRef({ screen: { x: 0, y: 0 }, inside: false });
  const dragCount = useRef(0);

  // A big flow opens at its start, readable, and gives React Flow only the steps around the viewport: React Flow
  // renders every node it is given once (to measure it), which for a thousand cards is most of the opening time.
  // The window moves when the view leaves its inner half.
  const [windowed] = useState(() => store.getState().graph.nodes.length > WINDOWED_FLOW);
  const [openingViewport] = useState(() => startViewport(store.getState()));
  // A flow that fits the canvas at a readable zoom opens whole; a wider one opens at its start, readable, like a big
  // one (Fit and the minimap give the overview). Decided once the canvas has a size, before React Flow mounts.
  const [opening, setOpening] = useState<'fit' | 'start' | null>(windowed ? 'start' : null);
  useLayoutEffect(() => {
    if (opening !== null) return;
    const box = container.current?.getBoundingClientRect();
    const bounds = flowBounds(store.getState());
    // The zoom React Flow's fitView would pick for this flow in this canvas.
    const fitted =
      box && bounds
        ? getViewportForBounds(bounds, box.width, box.height, MIN_ZOOM, FIT_OPTIONS.maxZoom, FIT_OPTIONS.padding)
        : null;
    setOpening(!fitted || fitted.zoom >= READABLE_ZOOM ? 'fit' : 'start');
  }, [opening, store]);
  const [canvasWindow, setCanvasWindow] = useState<Rect | null>(() =>
    windowed ? windowFor(openingViewport, { width: window.innerWidth, height: window.innerHeight }) : null,
  );
  const selectWindow = useMemo(createWindowStepsSelector, []);
  const selectNodes = useMemo(createFlowNodesSelector, []);
  const selectEdges = useMemo(createFlowEdgesSelector, []);
  const steps = useEditor(
    useCallback((state: EditorState) => selectWindow(state, canvasWindow), [selectWindow, canvasWindow]),
  );
  const nodes = useEditor(useCallback((state: EditorState) => selectNodes(state, steps), [selectNodes, steps]));
  const edges = useEditor(useCallback((state: EditorState) => selectEdges(state, steps), [selectEdges, steps]));
  const readOnly = useEditor((state) => state.readOnly);
  const snapToGrid = useEditor((state) => state.snapToGrid);
  const showMinimap = useEditor((state) => state.showMinimap);
  const addMenu = useEditor((state) => state.addMenu);
  const reveal = useEditor((state) => state.reveal);
  const isEmpty = useEditor((state) => state.graph.nodes.length === 0);

  useCanvasShortcuts(store, pointer, onSave, fitAll);

  const onMove = useCallback(
    (_event: unknown, viewport: Viewport) => {
      if (!windowed) return;
      const pane = {
        width: container.current?.clientWidth ?? window.innerWidth,
        height: container.current?.clientHeight ?? window.innerHeight,
      };
      setCanvasWindow((current) =>
        current && !windowIsStale(current, viewport, pane) ? current : windowFor(viewport, pane),
      );
    },
    [windowed],
  );
  const onNodesChange = useCallback(
    (changes: Parameters<typeof handleNodeChanges>[1]) =>
      handleNodeChanges(store, changes, `drag:${dragCount.current}`),
    [store],
  );
  const onEdgesChange = useCallback(
    (changes: Parameters<typeof handleEdgeChanges>[1]) => handleEdgeChanges(store, changes),
    [store],
  );
  const onConnect = useCallback(
    (connection: Connection) => {
      const state = store.getState();
      state.dispatch(
        connectHandles(state.graph, sourceOf(connection.source, connection.sourceHandle), connection.target),
      );
    },
    [store],
  );
  const onConnectEnd = useCallback(
    (event: globalThis.MouseEvent | TouchEvent, connection: FinalConnectionState) => {
      if (connection.isValid || !connection.fromNode || connection.fromHandle?.type !== 'source') return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const screen = { x: point.clientX, y: point.clientY };
      store.getState().setView({
        addMenu: {
          screen,
          flow: rf.screenToFlowPosition(screen),
          connectFrom: sourceOf(connection.fromNode.id, connection.fromHandle.id ?? 'next'),
        },
      });
    },
    [store, rf],
  );
  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(STEP_DRAG_TYPE) as NodeType;
      if (!type || store.getState().readOnly) return;
      event.preventDefault();
      const position = rf.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addStep(store, type, { x: Math.round(position.x - 40), y: Math.round(position.y - 20) });
    },
    [store, rf],
  );
  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      if (readOnly || !(event.target as Element).classList.contains('react-flow__pane')) return;
      const screen = { x: event.clientX, y: event.clientY };
      store.getState().setView({ addMenu: { screen, flow: rf.screenToFlowPosition(screen) } });
    },
    [store, rf, readOnly],
  );

  useEffect(() => {
    if (!reveal) return;
    const rect = elementRect(store.getState(), reveal.id);
    if (!rect) return;
    void rf.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, {
      zoom: Math.max(rf.getZoom(), 0.9),
      duration: 300,
    });
  }, [reveal, rf, store]);

  useFollowHighlight(store, container);

  // Read layout only while the add menu is open: measuring on every render would force a reflow of the canvas.
  const containerBox = addMenu ? container.current?.getBoundingClientRect() : undefined;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: tracks the pointer for paste and the add menu; not an action
    <div
      ref={container}
      className="canvas"
      onMouseMove={(event) => {
        pointer.current = { screen: { x: event.clientX, y: event.clientY }, inside: true };
      }}
      onMouseLeave={() => {
        pointer.current = { ...pointer.current, inside: false };
      }}
    >
      {opening === null ? null : (
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={canvasNodeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          onNodeDragStart={() => {
            dragCount.current++;
          }}
          onNodeDoubleClick={() => store.getState().setView({ inspectorOpen: true, dockTab: 'inspector' })}
          isValidConnection={(connection) => !isTriggerNodeId(connection.target)}
          onDrop={onDrop}
          onDragOver={(event) => {
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
          }}
          onDoubleClick={onDoubleClick}
          onMove={onMove}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
          zoomOnDoubleClick={false}
          snapToGrid={snapToGrid}
          snapGrid={SNAP}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          onlyRenderVisibleElements
          minZoom={MIN_ZOOM}
          maxZoom={1.75}
          fitView={opening === 'fit'}
          fitViewOptions={FIT_OPTIONS}
          defaultViewport={opening === 'start' ? openingViewport : undefined}
          proOptions={PRO_OPTIONS}
        >
          <Background variant={BackgroundVariant.Dots} gap={16} size={1.3} color="#c5cad3" />
          {showMinimap ? <FlowMinimap /> : null}
          <CanvasToolbar onFit={fitAll} />
        </ReactFlow>
      )}
      {isEmpty && !readOnly ? <EmptyCanvasHint /> : null}
      {addMenu && containerBox ? (
        <AddStepMenu
          at={{ x: addMenu.screen.x - containerBox.left, y: addMenu.screen.y - containerBox.top }}
          onClose={() => store.getState().setView({ addMenu: null })}
          onPick={(type) => {
            store.getState().setView({ addMenu: null });
            addStep(store, type, { x: Math.round(addMenu.flow.x), y: Math.round(addMenu.flow.y) }, addMenu.connectFrom);
          }}
        />
      ) : null}
    </div>
  );
}

/** The viewport showing the first trigger's card near the top left, at a readable zoom. */
function startViewport(state: EditorState): Viewport {
  const trigger = state.graph.triggers[0];
  const first = trigger
    ? defaultTriggerPosition(trigger, 0, state.graph, state.nodesById)
    : state.graph.nodes[0]?.position;
  const zoom = 0.85;
  return { x: 80 - (first?.x ?? 0) * zoom, y: 120 - (first?.y ?? 0) * zoom, zoom };
}

function sourceOf(nodeId: string, handle: string | null | undefined): ConnectionSource {
  return isTriggerNodeId(nodeId)
    ? { kind: 'trigger', triggerId: triggerIdOf(nodeId) }
    : { kind: 'node', nodeId, handle: handle ?? 'next' };
}
