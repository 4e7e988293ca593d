import type { NodeOf } from '@salesbot/graph';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';

/** Handoff: the team or agent who takes the chat, and a note for them. */
export function HandoffPanel({ node }: { node: NodeOf<'handoff'> }) {
  const edit = useStepEditor(node.id);
  const { team, agent, note } = node.data;
  return (
    <>
      <TextField
        label="Team"
        path="team"
        value={team}
        optional
        placeholder="sales"
        onChange={(v) => edit.set('team', v || undefined)}
      />
      <TextField
        label="Agent"
        path="agent"
        value={agent}
        optional
        onChange={(v) => edit.set('agent', v || undefined)}
      />
      <TextField
        label="Note for the agent"
        path="note"
        value={note}
        multiline
        optional
        variables
        placeholder="Budget: {{budget}}"
        hint="Shown in the inbox, never sent to the customer."
        onChange={(v) => edit.set('note', v || undefined)}
      />
    </>
  );
}
