import type { Variable } from '@salesbot/graph';
import { useEditor, useEditorApi } from '../store/EditorStoreContext.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { Icon } from '../ui/Icon.tsx';
import { PanelHeader } from './PanelHeader.tsx';

const TYPES: Variable['type'][] = ['text', 'number', 'boolean', 'date'];

/** The flow's variables: name, type, default value and description; add and remove. */
export function VariablesPanel() {
  const store = useEditorApi();
  const variables = useEditor((state) => state.graph.variables);
  const readOnly = useEditor((state) => state.readOnly);
  const set = (next: Variable[], mergeKey?: string) =>
    store.getState().dispatch({ type: 'setVariables', variables: next }, mergeKey ? { mergeKey } : {});
  const change = (index: number, patch: Partial<Variable>, field: string) =>
    set(
      variables.map((variable, i) => {
        if (i !== index) return variable;
        const next = { ...variable, ...patch };
        for (const key of Object.keys(patch) as (keyof Variable)[])
          if (next[key] === undefined || next[key] === '') delete next[key];
        return next as Variable;
      }),
      `variables.${index}.${field}`,
    );
  const add = () => {
    const taken = new Set(variables.map((v) => v.name));
    let n = variables.length + 1;
    while (taken.has(`variable_${n}`)) n++;
    set([...variables, { name: `variable_${n}`, type: 'text' }]);
  };
  return (
    <div className="inspector" data-testid="variables-panel">
      <PanelHeader
        icon="variable"
        tone="input"
        title="Variables"
        description={<>Answers and values the bot keeps during a conversation; insert them as {'{{name}}'}.</>}
      />
      {variables.length === 0 ? (
        <EmptyState icon="variable" title="No variables yet">
          Store answers (a budget, an email) with “Wait for reply” or a Flow, then use them in messages and conditions.
        </EmptyState>
      ) : (
        <ul className="vars">
          {variables.map((variable, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: renaming must not remount the row
            <li key={index} className="vars__row">
              <div className="row2">
                <input
                  className="input input--mono input--sm"
                  aria-label="Name"
                  value={variable.name}
                  disabled={readOnly}
                  onChange={(e) => change(index, { name: e.target.value.replace(/[^A-Za-z0-9_]/g, '_') }, 'name')}
                />
                <select
                  className="select select--sm"
                  aria-label="Type"
                  value={variable.type}
                  disabled={readOnly}
                  onChange={(e) => change(index, { type: e.target.value as Variable['type'] }, 'type')}
                >
                  {TYPES.map((type) => (
                    <option key={type} value={type}>
                      {type}
                    </option>
                  ))}
                </select>
              </div>
              <div className="row2">
                <input
                  className="input input--sm"
                  aria-label="Default value"
                  placeholder="Default value"
                  value={variable.defaultValue ?? ''}
                  disabled={readOnly}
                  onChange={(e) => change(index, { defaultValue: e.target.value }, 'default')}
                />
                <input
                  className="input input--sm"
                  aria-label="Description"
                  placeholder="What it holds"
                  value={variable.description ?? ''}
                  disabled={readOnly}
                  onChange={(e) => change(index, { description: e.target.value }, 'description')}
                />
              </div>
              {readOnly ? null : (
                <button
                  type="button"
                  className="item__tool item__tool--danger vars__remove"
                  aria-label={`Remove ${variable.name}`}
                  onClick={() => set(variables.filter((_, i) => i !== index))}
                >
                  <Icon name="trash" size={14} />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {readOnly ? null : (
        <button type="button" className="items__add" onClick={add}>
          <Icon name="plus" size={15} />
          Add variable
        </button>
      )}
    </div>
  );
}
