import type { ReactNode } from 'react';
import { BroadcastDetailPage } from '../broadcasts/BroadcastDetailPage.tsx';
import { BroadcastsPage } from '../broadcasts/BroadcastsPage.tsx';
import { NewBroadcastPage } from '../broadcasts/NewBroadcastPage.tsx';
import { ContactsPage } from '../crm/ContactsPage.tsx';
import { PipelinesPage } from '../crm/PipelinesPage.tsx';
import { EditorPage } from '../editor/EditorPage.tsx';
import { FlowsPage } from '../flows/FlowsPage.tsx';
import { InboxPage } from '../inbox/InboxPage.tsx';
import type { NavSection } from './navSections.ts';

export interface AppRoute {
  /** A pattern for `matchPath`, e.g. `/flows/:id`. */
  path: string;
  /** The nav item shown as current. */
  section: NavSection['id'];
  /** Full-bleed pages (the canvas) get no page padding. */
  fullBleed?: boolean;
  render: (params: Record<string, string>) => ReactNode;
}

/** Every page of the app (a section not built yet would show `ComingSoonPage`). */
export const routes: readonly AppRoute[] = [
  { path: '/flows', section: 'flows', render: () => <FlowsPage /> },
  {
    path: '/flows/:id',
    section: 'flows',
    fullBleed: true,
    render: (params) => <EditorPage flowId={params.id ?? ''} />,
  },
  { path: '/inbox', section: 'inbox', fullBleed: true, render: () => <InboxPage conversationId={null} /> },
  {
    path: '/inbox/:id',
    section: 'inbox',
    fullBleed: true,
    render: (params) => <InboxPage conversationId={params.id ?? null} />,
  },
  { path: '/contacts', section: 'contacts', fullBleed: true, render: () => <ContactsPage contactId={null} /> },
  {
    path: '/contacts/:id',
    section: 'contacts',
    fullBleed: true,
    render: (params) => <ContactsPage contactId={params.id ?? null} />,
  },
  { path: '/pipelines', section: 'pipelines', fullBleed: true, render: () => <PipelinesPage /> },
  { path: '/broadcasts', section: 'broadcasts', render: () => <BroadcastsPage /> },
  { path: '/broadcasts/new', section: 'broadcasts', render: () => <NewBroadcastPage /> },
  {
    path: '/broadcasts/:id',
    section: 'broadcasts',
    render: (params) => <BroadcastDetailPage id={params.id ?? ''} />,
  },
];
