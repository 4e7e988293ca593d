import { useShallow } from 'zustand/react/shallow';
import { newId } from '../graph/newId.ts';
import { describeTrigger } from '../nodes/describeTrigger.ts';
import { useEditor, useEditorApi } from '../store/EditorStoreContext.tsx';
import { Icon } from '../ui/Icon.tsx';
import { MenuButton } from '../ui/Menu.tsx';
import { TRIGGER_KINDS, triggerOfKind } from './triggerKinds.ts';

/** What the dock shows with nothing selected: the flow's triggers (add one here) and how to get going. */
export function FlowOverview() {
  const store = useEditorApi();
  const triggers = useEditor(useShallow((state) => state.graph.triggers));
  const stepCount = useEditor((state) => state.graph.nodes.length);
  const readOnly = useEditor((state) => state.readOnly);
  const addTrigger = (kind: (typeof TRIGGER_KINDS)[number]['kind']) => {
    const state = store.getState();
    const id = newId('trigger', new Set(state.graph.triggers.map((t) => t.id)));
    state.dispatch({
      type: 'insertTriggers',
      entries: [{ index: state.graph.triggers.length, item: triggerOfKind(kind, { id, nodeId: null }) }],
    });
    store.getState().select({ triggerIds: [id] });
    store.getState().requestReveal(`trigger:${id}`);
  };
  return (
    <div className="inspector" data-testid="flow-overview">
      <section className="overview__section">
        <div className="overview__head">
          <h3>Triggers</h3>
          {readOnly ? null : (
            <MenuButton
              trigger={({ toggle, open }) => (
                <button type="button" className="btn btn--sm" onClick={toggle} aria-expanded={open}>
                  <Icon name="plus" size={14} />
                  Add trigger
                </button>
              )}
              items={TRIGGER_KINDS.map((kind) => ({
                label: kind.label,
                icon: kind.icon,
                onSelect: () => addTrigger(kind.kind),
              }))}
            />
          )}
        </div>
        <p className="pfield__hint">What starts this bot. Each trigger starts at the step its handle connects to.</p>
        {triggers.length === 0 ? (
          <p className="overview__empty">No trigger: the bot never starts. Add one.</p>
        ) : (
          <ul className="overview__triggers">
            {triggers.map((trigger) => {
              const { title, detail } = describeTrigger(trigger);
              return (
                <li key={trigger.id}>
                  <button
                    type="button"
                    className="overview__trigger"
                    onClick={() => {
                      store.getState().select({ triggerIds: [trigger.id] });
                      store.getState().requestReveal(`trigger:${trigger.id}`);
                    }}
                  >
                    <Icon name="bolt" size={15} />
                    <span>
                      <span className="overview__trigger-title">{title}</span>
                      <span className="overview__trigger-detail">
                        {trigger.nodeId ? (detail ?? 'Connected') : 'Not connected to a step'}
                      </span>
                    </span>
                    <Icon name="chevronRight" size={15} />
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className="overview__section">
        <h3>Build</h3>
        <ul className="overview__tips">
          <li>
            <Icon name="grip" size={15} />
            <span>
              Drag steps from the left, or double-click the canvas (<kbd>/</kbd>) to search.
            </span>
          </li>
          <li>
            <Icon name="flows" size={15} />
            <span>Drag from a handle to a step to connect; drop on empty space to add one there.</span>
          </li>
          <li>
            <Icon name="edit" size={15} />
            <span>
              Click a step to edit it here. {stepCount} {stepCount === 1 ? 'step' : 'steps'} so far.
            </span>
          </li>
          <li>
            <Icon name="undo" size={15} />
            <span>
              <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes any edit; changes are saved as you go.
            </span>
          </li>
        </ul>
      </section>
    </div>
  );
}
