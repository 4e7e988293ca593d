import { type GraphNode, getNodeOutputs, type NodeOf, nodeDefinitions } from '@salesbot/graph';
import { type ComponentType, useEffect, useId, useRef } from 'react';
import { deleteSelection } from '../canvas/canvasActions.ts';
import { groupClass, stepIcons } from '../nodes/stepIcons.ts';
import { useEditor, useEditorApi } from '../store/EditorStoreContext.tsx';
import { Icon } from '../ui/Icon.tsx';
import { StepIdContext, useStepEditor } from './fields/StepContext.tsx';
import { focusPath } from './focusPath.ts';
import { NodeProblems } from './NodeProblems.tsx';
import { PanelHeader } from './PanelHeader.tsx';
import { stepPanels } from './stepPanels.ts';

/** The side panel of the selected step: its name, its problems, the fields of its type, its outputs. */
export function StepInspector({ node }: { node: GraphNode }) {
  const store = useEditorApi();
  const root = useRef<HTMLDivElement>(null);
  const focus = useEditor((state) => state.focus);
  const readOnly = useEditor((state) => state.readOnly);
  const connected = useEditor((state) => state.connectedOutputs.get(node.id) ?? '');
  const edit = useStepEditor(node.id);
  const nameId = useId();
  const definition = nodeDefinitions[node.type];
  const Panel = stepPanels[node.type] as ComponentType<{ node: NodeOf<typeof node.type> }>;

  useEffect(() => {
    if (!focus || focus.nodeId !== node.id) return;
    const frame = requestAnimationFrame(() => focusPath(root.current, focus.path));
    return () => cancelAnimationFrame(frame);
  }, [focus, node.id]);

  const outputs = getNodeOutputs(node);
  return (
    <StepIdContext.Provider value={node.id}>
      <div ref={root} className={`inspector${readOnly ? ' is-readonly' : ''}`} data-testid="step-panel">
        <PanelHeader
          icon={stepIcons[node.type]}
          tone={groupClass[definition.group]}
          title={definition.label}
          description={definition.description}
        >
          {readOnly ? null : (
            <button
              type="button"
              className="btn btn--ghost btn--icon btn--sm"
              aria-label="Delete step"
              title="Delete step (Delete)"
              onClick={() => {
                store.getState().select({ nodeIds: [node.id] });
                deleteSelection(store);
              }}
            >
              <Icon name="trash" size={16} />
            </button>
          )}
        </PanelHeader>
        <NodeProblems nodeId={node.id} />
        <fieldset className="inspector__fields" disabled={readOnly}>
          <div className="pfield">
            <div className="pfield__top">
              <label className="pfield__label" htmlFor={nameId}>
                Step name <span className="pfield__optional">optional</span>
              </label>
            </div>
            <input
              id={nameId}
              className="input"
              value={node.label ?? ''}
              placeholder={definition.label}
              data-path="label"
              onChange={(event) => edit.setLabel(event.target.value)}
            />
          </div>
          <Panel node={node as NodeOf<typeof node.type>} />
        </fieldset>
        {outputs.length > 0 ? (
          <div className="inspector__outputs">
            <h4>Outputs</h4>
            <ul>
              {outputs.map((output) => (
                <li key={output.id} className={`output-chip output-chip--${output.kind}`}>
                  <span className="output-chip__dot" />
                  {output.label || output.id}
                  <span className="output-chip__state">
                    {` ${connected} `.includes(` ${output.id} `)
                      ? 'connected'
                      : output.required
                        ? 'not connected'
                        : 'optional'}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </StepIdContext.Provider>
  );
}
