// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestGraph } from '../graph/createTestGraph.ts';
import { createEditorStore, type EditorStore } from '../store/createEditorStore.ts';
import { EditorStoreProvider, useEditor } from '../store/EditorStoreContext.tsx';
import { StepInspector } from './StepInspector.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let store: EditorStore;

function Inspector({ id }: { id: string }) {
  const node = useEditor((state) => state.nodesById.get(id));
  return node ? <StepInspector node={node} /> : null;
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  store = createEditorStore(createTestGraph());
  root = createRoot(container);
  act(() =>
    root.render(
      <EditorStoreProvider store={store}>
        <Inspector id="ask" />
      </EditorStoreProvider>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

/** Types into a React-controlled field the way a browser does (native setter, then an input event). */
function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  let proto = Object.getPrototypeOf(element);
  while (proto && !Object.getOwnPropertyDescriptor(proto, 'value')) proto = Object.getPrototypeOf(proto);
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  act(() => {
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const field = (path: string) => container.querySelector(`[data-path="${path}"]`) as HTMLInputElement;

describe('StepInspector', () => {
  it('edits a field through the store, with a live counter against its limit', () => {
    type(field('buttons.0.title'), 'Yes please, a long one');
    expect(store.getState().nodesById.get('ask')?.data).toMatchObject({
      buttons: [
        { id: 'yes', title: 'Yes please, a long one' },
        { id: 'no', title: 'No' },
      ],
    });
    const counter = field('buttons.0.title').closest('.pfield')?.querySelector('[data-testid=limit-counter]');
    expect(counter?.textContent).toBe('22 / 20');
    expect(counter?.className).toContain('counter--over');
  });

  it('adds and removes buttons; removing one drops its edge in the same undo step', () => {
    const add = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Add button',
    ) as HTMLButtonElement;
    act(() => add.click());
    expect(store.getState().nodesById.get('ask')?.data).toHaveProperty('buttons.length', 3);
    const removeSecond = container.querySelectorAll('[aria-label="Remove"]')[1] as HTMLButtonElement;
    act(() => removeSecond.click());
    expect(store.getState().graph.edges.map((e) => e.sourceHandle)).toEqual(['yes']);
    act(() => store.getState().undo());
    expect(store.getState().graph.edges.map((e) => e.sourceHandle)).toEqual(['yes', 'no']);
  });

  it('focuses the field a problem points at', async () => {
    await act(async () => {
      store.getState().focusDiagnostic({
        code: 'limit.length',
        severity: 'error',
        message: 'Too long',
        nodeId: 'ask',
        path: 'buttons.1.title',
      });
      await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    });
    expect(document.activeElement).toBe(field('buttons.1.title'));
  });

  it('falls back to the nearest parent path that has a field', async () => {
    await act(async () => {
      store
        .getState()
        .focusDiagnostic({ code: 'x', severity: 'error', message: 'm', nodeId: 'ask', path: 'buttons.1' });
      await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    });
    expect(document.activeElement).toBe(field('buttons.1.title'));
  });
});
