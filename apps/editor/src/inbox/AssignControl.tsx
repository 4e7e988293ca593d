import { errorMessage } from '../api/ApiError.ts';
import { showToast } from '../ui/toasts.tsx';
import { inboxApi } from './inboxApi.ts';
import { useInbox } from './inboxStore.ts';
import type { InboxConversation } from './inboxTypes.ts';

/** Assign the conversation to a member (agent or admin) and/or a team. */
export function AssignControl({ conversation }: { conversation: InboxConversation }) {
  const { members, teams } = useInbox((state) => state.assignees);
  const me = useInbox((state) => state.me);
  const assign = async (body: { agentId?: string | null; team?: string | null }) => {
    try {
      useInbox.getState().accept(await inboxApi.assign(conversation.id, body));
      await useInbox.getState().refreshOpen();
    } catch (error) {
      showToast(errorMessage(error), 'error');
    }
  };
  const agentKnown = members.some((member) => member.id === conversation.assignedAgent);
  const teamOptions = [...new Set([...teams, ...(conversation.assignedTeam ? [conversation.assignedTeam] : [])])];
  return (
    <div className="assign" data-testid="assign">
      <select
        className="select select--sm"
        value={conversation.assignedAgent ?? ''}
        onChange={(event) => void assign({ agentId: event.target.value || null })}
        aria-label="Assigned agent"
        data-testid="assign-agent"
      >
        <option value="">No agent</option>
        {!agentKnown && conversation.assignedAgent ? (
          <option value={conversation.assignedAgent}>{conversation.assignedAgent}</option>
        ) : null}
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.id === me?.memberId ? `${member.name} (you)` : member.name}
          </option>
        ))}
      </select>
      <select
        className="select select--sm"
        value={conversation.assignedTeam ?? ''}
        onChange={(event) => void assign({ team: event.target.value || null })}
        aria-label="Assigned team"
        data-testid="assign-team"
      >
        <option value="">No team</option>
        {teamOptions.map((team) => (
          <option key={team} value={team}>
            Team {team}
          </option>
        ))}
      </select>
    </div>
  );
}
