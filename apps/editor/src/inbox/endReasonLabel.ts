/** Why a bot session ended, in words ("handed off", "stopped by an agent"…). */
export function endReasonLabel(reason: string | null): string {
  switch (reason) {
    case 'handoff':
      return 'handed off';
    case 'agentTookOver':
      return 'stopped by an agent';
    case 'completed':
      return 'finished';
    case 'windowClosed':
      return 'stopped: the window had closed';
    case 'refused':
      return 'stopped: the policy refused a message';
    case 'invalidReply':
      return 'stopped: no valid answer';
    case 'goToFlow':
      return 'went on in another flow';
    case null:
      return 'ended';
    default:
      return reason;
  }
}
