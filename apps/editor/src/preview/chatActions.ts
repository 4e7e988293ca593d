import type { CustomerInput } from '@salesbot/engine';
import { createContext, useContext } from 'react';
import type { TranscriptEntry } from './previewTypes.ts';

export type BotEntry = Extract<TranscriptEntry, { kind: 'bot' }>;

/** What the chat's bubbles can do; the simulator and the server mode each provide their own. */
export interface ChatActions {
  /** The customer sends something (a tap carries the title the customer saw). */
  send(input: CustomerInput, title?: string): void;
  /** Opens a list message's bottom sheet. */
  openList(entry: BotEntry): void;
  /** Opens the WhatsApp Flow a message (or its Flow template) offers. */
  openFlow(entry: BotEntry): void;
  /** Selects the step that sent a message (or a notice is about) on the canvas. */
  select(nodeId: string): void;
}

export const ChatActionsContext = createContext<ChatActions | null>(null);

/** The actions of the chat being drawn. */
export function useChatActions(): ChatActions {
  const actions = useContext(ChatActionsContext);
  if (!actions) throw new Error('useChatActions needs a <ChatActionsContext.Provider>');
  return actions;
}
