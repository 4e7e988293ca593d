import { LIMITS, type NodeOf } from '@salesbot/graph';
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../store/EditorStoreContext.tsx';
import { templateToFlowFallback } from '../templates/templateToStepData.ts';
import { FlowScreensEditor } from './FlowScreensEditor.tsx';
import { ItemList, moveItem } from './fields/ItemList.tsx';
import { SelectField } from './fields/SelectField.tsx';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';
import { TimeoutField } from './fields/TimeoutField.tsx';
import { MessageFields } from './MessageFields.tsx';
import { TemplateChoice } from './TemplateChoice.tsx';
import { TemplateParamsFields } from './TemplateParamsFields.tsx';
import { useTemplatePicker } from './useTemplatePicker.tsx';

type Data = NodeOf<'whatsappFlow'>['data'];

/** WhatsApp Flow step: the Flow, the message that opens it, its screens, where answers go, and its template fallback. */
export function WhatsappFlowPanel({ node }: { node: NodeOf<'whatsappFlow'> }) {
  const edit = useStepEditor(node.id);
  const picker = useTemplatePicker('flow', (template) => edit.set('template', templateToFlowFallback(template)));
  const variables = useEditor(useShallow((state) => state.graph.variables.map((v) => v.name)));
  const data = node.data;
  const update = (fn: (data: Data) => Data) => edit.update((d) => fn(d as Data));
  const fieldNames = data.screens.flatMap((screen) => screen.fields.map((field) => field.name));
  return (
    <>
      <details className="psection" open>
        <summary className="psection__title">Flow</summary>
        <TextField
          label="Flow name"
          path="flowName"
          value={data.flowName}
          placeholder="lead_form"
          onChange={(v) => edit.set('flowName', v)}
        />
        <TextField
          label="Flow id"
          path="flowId"
          value={data.flowId}
          optional
          mono
          hint="Meta's id of the published Flow; the name is used without one."
          onChange={(v) => edit.set('flowId', v === '' ? undefined : v)}
        />
        <SelectField
          label="Mode"
          path="mode"
          value={data.mode}
          options={[
            { value: 'published', label: 'Published' },
            { value: 'draft', label: 'Draft (testing)' },
          ]}
          onChange={(v) => edit.set('mode', v)}
        />
      </details>
      <details className="psection" open>
        <summary className="psection__title">Message</summary>
        <MessageFields headerKind="text" message={data} set={edit.set} bodyRows={3} />
        <TextField
          label="Button"
          path="cta"
          value={data.cta}
          limit={LIMITS.flowCta}
          hint="No emoji."
          onChange={(v) => edit.set('cta', v)}
        />
      </details>
      <FlowScreensEditor
        screens={data.screens}
        set={edit.set}
        update={(fn) => update((d) => ({ ...d, screens: fn(d.screens) }))}
      />
      <ItemList
        label="Save answers to variables"
        path="answers"
        items={data.answers}
        addLabel="Add mapping"
        itemTitle={(mapping) => `${mapping.field || '?'} → ${mapping.variable || '?'}`}
        onAdd={() =>
          update((d) => ({
            ...d,
            answers: [...d.answers, { field: fieldNames[0] ?? '', variable: variables[0] ?? '' }],
          }))
        }
        onRemove={(index) => update((d) => ({ ...d, answers: d.answers.filter((_, i) => i !== index) }))}
        onMove={(from, to) => update((d) => ({ ...d, answers: moveItem(d.answers, from, to) }))}
        renderItem={(mapping, index) => (
          <div className="row2">
            <SelectField
              label="Answer"
              path={`answers.${index}.field`}
              value={mapping.field}
              options={withCurrent(fieldNames, mapping.field).map((name) => ({
                value: name,
                label: name || '(choose)',
              }))}
              onChange={(v) => edit.set(`answers.${index}.field`, v)}
            />
            <SelectField
              label="Variable"
              path={`answers.${index}.variable`}
              value={mapping.variable}
              options={withCurrent(variables, mapping.variable).map((name) => ({
                value: name,
                label: name || '(choose)',
              }))}
              onChange={(v) => edit.set(`answers.${index}.variable`, v)}
            />
          </div>
        )}
      />
      <details className="psection" open={data.template !== undefined}>
        <summary className="psection__title">Outside the 24-hour window</summary>
        <p className="pfield__hint" style={{ marginBottom: 10 }}>
          After the window closes a Flow can only be sent through an approved Flow template. Without one the step takes
          its “Window closed” output.
        </p>
        {data.template ? (
          <>
            <TemplateChoice
              name={data.template.name}
              language={data.template.language}
              category={data.template.category}
              onChoose={picker.open}
              extra={
                <button
                  type="button"
                  className="btn btn--sm btn--ghost"
                  onClick={() => edit.set('template', undefined)}
                >
                  Remove fallback
                </button>
              }
            />
            <TemplateParamsFields
              title="Template parameters"
              path="template.bodyParams"
              params={data.template.bodyParams}
              onChange={(index, value) => edit.set(`template.bodyParams.${index}.value`, value)}
            />
          </>
        ) : (
          <button type="button" className="btn btn--sm" onClick={picker.open} data-path="template">
            Add a Flow template fallback
          </button>
        )}
        {picker.dialog}
      </details>
      <TimeoutField value={data.timeout} set={edit.set} />
    </>
  );
}

function withCurrent(options: string[], current: string): string[] {
  return options.includes(current) ? options : [current, ...options];
}
