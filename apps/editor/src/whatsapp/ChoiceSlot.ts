import type { ReactNode } from 'react';

/** A choice the customer can tap: a reply button, a list row, a template quick reply. */
export interface Choice {
  id: string;
  title: string;
  kind: 'button' | 'row' | 'quickReply';
}

/** Lets the canvas attach something (its connection handle) to each choice the bubble draws. */
export type RenderChoice = (choice: Choice, element: ReactNode) => ReactNode;

export const renderPlain: RenderChoice = (_choice, element) => element;
