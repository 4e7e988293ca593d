// @vitest-environment happy-dom
import { ReactFlowProvider } from '@xyflow/react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderCounts } from '../debug/renderCounts.ts';
import { createTestGraph } from '../graph/createTestGraph.ts';
import { createEditorStore, type EditorStore } from '../store/createEditorStore.ts';
import { EditorStoreProvider } from '../store/EditorStoreContext.tsx';
import { FlowCanvas } from './FlowCanvas.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let store: EditorStore;

beforeEach(async () => {
  (globalThis as { __salesbotCountRenders?: boolean }).__salesbotCountRenders = true;
  container = document.createElement('div');
  container.style.width = '1200px';
  container.style.height = '800px';
  document.body.append(container);
  store = createEditorStore(createTestGraph());
  root = createRoot(container);
  await act(async () => {
    root.render(
      <EditorStoreProvider store={store}>
        <ReactFlowProvider>
          <FlowCanvas onSave={() => {}} />
        </ReactFlowProvider>
      </EditorStoreProvider>,
    );
  });
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  renderCounts.clear();
});

describe('FlowCanvas', () => {
  it('draws each step as a card with its bubble and a handle per output', () => {
    const ask = container.querySelector('[data-testid="node-ask"]');
    expect(ask?.textContent).toContain('Want a demo?');
    // one handle beside each button, then invalid and window-closed listed below
    expect([...(ask?.querySelectorAll('.out-handle') ?? [])].map((h) => h.getAttribute('data-handleid'))).toEqual([
      'yes',
      'no',
      'invalid',
      'windowClosed',
    ]);
    expect(container.querySelector('[data-testid="trigger-t1"]')?.textContent).toContain('Any message');
  });

  it("re-renders only the edited step's card, not the canvas nor the other cards", async () => {
    renderCounts.clear();
    await act(async () => {
      store.getState().dispatch({ type: 'setNodeData', id: 'thanks', data: { body: 'Edited *text*' } });
    });
    expect(container.querySelector('[data-testid="node-thanks"]')?.textContent).toContain('Edited text');
    expect(renderCounts.get('FlowCanvas') ?? 0).toBe(0);
    expect(renderCounts.get('NodeCard:thanks')).toBeGreaterThan(0);
    expect(renderCounts.get('NodeCard:ask') ?? 0).toBe(0);
    expect(renderCounts.get('NodeCard:bye') ?? 0).toBe(0);
  });

  it('re-renders the canvas for a move (positions are React Flow state)', async () => {
    renderCounts.clear();
    await act(async () => {
      store.getState().dispatch({ type: 'moveNodes', moves: [{ id: 'bye', position: { x: 600, y: 300 } }] });
    });
    expect(renderCounts.get('FlowCanvas')).toBeGreaterThan(0);
  });
});
