import type { Trigger } from '@salesbot/graph';
import { useEffect, useRef } from 'react';
import { describeTrigger } from '../nodes/describeTrigger.ts';
import { useEditor, useEditorApi } from '../store/EditorStoreContext.tsx';
import { Icon } from '../ui/Icon.tsx';
import { useWorkspaceRefs } from '../workspace/useWorkspaceRefs.ts';
import { SelectField } from './fields/SelectField.tsx';
import { TextField } from './fields/TextField.tsx';
import { ToggleField } from './fields/ToggleField.tsx';
import { focusPath } from './focusPath.ts';
import { NodeProblems } from './NodeProblems.tsx';
import { PanelHeader } from './PanelHeader.tsx';
import { PipelineStageFields } from './PipelineStageFields.tsx';
import { TRIGGER_KINDS, triggerKind, triggerOfKind } from './triggerKinds.ts';

/** Edits one trigger: what starts the flow, and its first step. */
export function TriggerPanel({ trigger }: { trigger: Trigger }) {
  const store = useEditorApi();
  const root = useRef<HTMLDivElement>(null);
  const focus = useEditor((state) => state.focus);
  const readOnly = useEditor((state) => state.readOnly);
  const firstStep = useEditor((state) => (trigger.nodeId ? state.nodesById.get(trigger.nodeId) : undefined));
  const pipelines = useWorkspaceRefs((state) => state.pipelines);
  const set = (next: Trigger, field: string) =>
    store.getState().dispatch({ type: 'setTrigger', trigger: next }, { mergeKey: `trigger:${trigger.id}:${field}` });

  useEffect(() => {
    if (!focus || focus.triggerId !== trigger.id) return;
    const frame = requestAnimationFrame(() => focusPath(root.current, focus.path));
    return () => cancelAnimationFrame(frame);
  }, [focus, trigger.id]);

  const kind = triggerKind(trigger);
  return (
    <div ref={root} className="inspector" data-testid="trigger-panel">
      <PanelHeader icon="bolt" tone="messages" title="Trigger" description={describeTrigger(trigger).title}>
        {readOnly ? null : (
          <button
            type="button"
            className="btn btn--ghost btn--icon btn--sm"
            aria-label="Remove trigger"
            title="Remove trigger"
            onClick={() => store.getState().dispatch({ type: 'removeTriggers', ids: [trigger.id] })}
          >
            <Icon name="trash" size={16} />
          </button>
        )}
      </PanelHeader>
      <NodeProblems triggerId={trigger.id} />
      <fieldset className="inspector__fields" disabled={readOnly}>
        <SelectField
          label="Starts when"
          path="type"
          value={kind}
          options={TRIGGER_KINDS.map((k) => ({ value: k.kind, label: k.label }))}
          onChange={(next) => set(triggerOfKind(next, trigger), 'kind')}
        />
        {trigger.type === 'inboundMessage' && trigger.match.kind === 'keyword' ? (
          <>
            <TextField
              label="Keywords"
              path="match.keywords"
              value={trigger.match.keywords.join(', ')}
              placeholder="book, appointment"
              hint="Separated by commas; case and accents are ignored."
              onChange={(text) =>
                trigger.match.kind === 'keyword' &&
                set(
                  { ...trigger, match: { ...trigger.match, keywords: text.split(',').map((w) => w.trimStart()) } },
                  'keywords',
                )
              }
            />
            <ToggleField
              label="Also when the message only contains a keyword"
              path="match.contains"
              checked={trigger.match.contains}
              onChange={(contains) =>
                trigger.match.kind === 'keyword' &&
                set({ ...trigger, match: { ...trigger.match, contains } }, 'contains')
              }
            />
          </>
        ) : null}
        {trigger.type === 'inboundMessage' && trigger.match.kind === 'regex' ? (
          <TextField
            label="Pattern"
            path="match.pattern"
            value={trigger.match.pattern}
            mono
            onChange={(pattern) =>
              trigger.match.kind === 'regex' && set({ ...trigger, match: { ...trigger.match, pattern } }, 'pattern')
            }
          />
        ) : null}
        {trigger.type === 'inboundMessage' && trigger.match.kind === 'referral' ? (
          <>
            <SelectField
              label="Source"
              path="match.sourceType"
              value={trigger.match.sourceType}
              options={[
                { value: 'ad', label: 'A click-to-WhatsApp ad' },
                { value: 'post', label: 'A Facebook or Instagram post' },
                { value: 'any', label: 'Either' },
              ]}
              onChange={(sourceType) =>
                trigger.match.kind === 'referral' &&
                set({ ...trigger, match: { ...trigger.match, sourceType } }, 'source')
              }
            />
            <TextField
              label="Only these ad or post ids"
              path="match.sourceIds"
              value={(trigger.match.sourceIds ?? []).join(', ')}
              optional
              hint="Leave empty for every ad."
              onChange={(text) => {
                if (trigger.match.kind !== 'referral') return;
                const ids = text
                  .split(',')
                  .map((id) => id.trim())
                  .filter(Boolean);
                const { sourceIds: _old, ...match } = trigger.match;
                set(
                  {
                    ...trigger,
                    match:
                      ids.length > 0 || text
                        ? { ...match, sourceIds: text.split(',').map((id) => id.trimStart()) }
                        : match,
                  },
                  'ids',
                );
              }}
            />
          </>
        ) : null}
        {trigger.type === 'inboundMessage' ? (
          <ToggleField
            label="Only for contacts writing for the first time"
            path="newContactsOnly"
            checked={trigger.newContactsOnly}
            onChange={(newContactsOnly) => set({ ...trigger, newContactsOnly }, 'new')}
          />
        ) : null}
        {trigger.type === 'stageChanged' ? (
          <PipelineStageFields
            pipelines={pipelines}
            pipeline={trigger.pipeline}
            stage={trigger.stage}
            onChange={(pipeline, stage) => set({ ...trigger, pipeline, stage }, 'stage')}
          />
        ) : null}
        {trigger.type === 'broadcastReply' ? (
          <>
            <TextField
              label="Broadcast id"
              path="broadcastId"
              value={trigger.broadcastId}
              optional
              hint="Leave empty for replies to any broadcast."
              onChange={(v) => set({ ...trigger, broadcastId: v || undefined }, 'broadcast')}
            />
            <TextField
              label="Quick-reply payload"
              path="buttonPayload"
              value={trigger.buttonPayload}
              optional
              onChange={(v) => set({ ...trigger, buttonPayload: v || undefined }, 'payload')}
            />
          </>
        ) : null}
        <div className="pfield">
          <span className="pfield__label">First step</span>
          <p className="pfield__hint" data-path="nodeId" tabIndex={-1}>
            {firstStep
              ? `“${firstStep.label || firstStep.id}” — drag from this trigger’s handle on the canvas to change it.`
              : 'Not connected yet: drag from the trigger’s handle on the canvas to the first step.'}
          </p>
        </div>
      </fieldset>
    </div>
  );
}
