import type { NodeType } from '@salesbot/graph';
import {
  Background,
  BackgroundVariant,
  type Connection,
  type FinalConnectionState,
  MiniMap,
  type Node,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react';
import { type DragEvent, type MouseEvent, useCallback, useEffect, useMemo, useRef } from 'react';
import { countRender } from '../debug/renderCounts.ts';
import { type ConnectionSource, connectHandles } from '../graph/connectHandles.ts';
import { canvasNodeTypes } from '../nodes/nodeComponents.ts';
import { useEditor, useEditorApi } from '../store/EditorStoreContext.tsx';
import { AddStepMenu } from './AddStepMenu.tsx';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { addStep } from './canvasActions.ts';
import { EmptyCanvasHint } from './EmptyCanvasHint.tsx';
import { createFlowEdgesSelector, createFlowNodesSelector, isTriggerNodeId, triggerIdOf } from './flowElements.ts';
import { handleEdgeChanges, handleNodeChanges } from './handleCanvasChanges.ts';
import { STEP_DRAG_TYPE } from './stepCatalog.ts';
import { useCanvasShortcuts } from './useCanvasShortcuts.ts';

const SNAP: [number, number] = [16, 16];
const PRO_OPTIONS = { hideAttribution: true };

/** The flow's canvas: React Flow controlled by the editor store. */
export function FlowCanvas({ onSave }: { onSave: () => void }) {
  countRender('FlowCanvas');
  const store = useEditorApi();
  const rf = useReactFlow();
  const selectNodes = useMemo(createFlowNodesSelector, []);
  const selectEdges = useMemo(createFlowEdgesSelector, []);
  const nodes = useEditor(selectNodes);
  const edges = useEditor(selectEdges);
  const readOnly = useEditor((state) => state.readOnly);
  const snapToGrid = useEditor((state) => state.snapToGrid);
  const showMinimap = useEditor((state) => state.showMinimap);
  const addMenu = useEditor((state) => state.addMenu);
  const reveal = useEditor((state) => state.reveal);
  const isEmpty = useEditor((state) => state.graph.nodes.length === 0);
  const container = useRef<HTMLDivElement>(null);
  const pointer = useRef({ screen: { x: 0, y: 0 }, inside: false });
  const dragCount = useRef(0);

  useCanvasShortcuts(store, pointer, onSave);

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
    const node = rf.getNode(reveal.id);
    if (!node) return;
    const width = node.measured?.width ?? 280;
    const height = node.measured?.height ?? 160;
    void rf.setCenter(node.position.x + width / 2, node.position.y + height / 2, {
      zoom: Math.max(rf.getZoom(), 0.9),
      duration: 300,
    });
  }, [reveal, rf]);

  const containerBox = container.current?.getBoundingClientRect();
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
        isValidConnection={(connection) => !isTriggerNodeId(connection.target)}
        onDrop={onDrop}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
        }}
        onDoubleClick={onDoubleClick}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
        zoomOnDoubleClick={false}
        snapToGrid={snapToGrid}
        snapGrid={SNAP}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        onlyRenderVisibleElements
        minZoom={0.1}
        maxZoom={1.75}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
        proOptions={PRO_OPTIONS}
        defaultEdgeOptions={{ type: 'default' }}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1.3} color="#c5cad3" />
        {showMinimap ? (
          <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} maskColor="rgba(241,243,245,0.7)" />
        ) : null}
        <CanvasToolbar />
      </ReactFlow>
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

function sourceOf(nodeId: string, handle: string | null | undefined): ConnectionSource {
  return isTriggerNodeId(nodeId)
    ? { kind: 'trigger', triggerId: triggerIdOf(nodeId) }
    : { kind: 'node', nodeId, handle: handle ?? 'next' };
}

const MINIMAP_COLORS: Record<string, string> = {
  trigger: '#25d366',
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

function minimapColor(node: Node): string {
  return MINIMAP_COLORS[node.type ?? ''] ?? '#c0c6cf';
}
