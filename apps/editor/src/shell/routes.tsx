import { lazy, type ReactNode } from 'react';
// Every page but the flow editor is its own chunk, loaded when first shown: opening a flow (the heaviest page)
// does not parse the inbox, CRM and broadcasts code. Their styles stay in the main stylesheet, in the same order.
import '../broadcasts/broadcasts.css';
import '../whatsapp/whatsapp.css';
import '../crm/crm.css';
import { EditorPage } from '../editor/EditorPage.tsx';
import '../flows/flows.css';
import '../inbox/inbox.css';
import type { NavSection } from './navSections.ts';

const BroadcastDetailPage = lazy(() =>
  import('../broadcasts/BroadcastDetailPage.tsx').then((m) => ({ default: m.BroadcastDetailPage })),
);
const BroadcastsPage = lazy(() =>
  import('../broadcasts/BroadcastsPage.tsx').then((m) => ({ default: m.BroadcastsPage })),
);
const NewBroadcastPage = lazy(() =>
  import('../broadcasts/NewBroadcastPage.tsx').then((m) => ({ default: m.NewBroadcastPage })),
);
const ContactsPage = lazy(() => import('../crm/ContactsPage.tsx').then((m) => ({ default: m.ContactsPage })));
const PipelinesPage = lazy(() => import('../crm/PipelinesPage.tsx').then((m) => ({ default: m.PipelinesPage })));
const FlowsPage = lazy(() => import('../flows/FlowsPage.tsx').then((m) => ({ default: m.FlowsPage })));
const InboxPage = lazy(() => import('../inbox/InboxPage.tsx').then((m) => ({ default: m.InboxPage })));

export interface AppRoute {
  /** A pattern for `matchPath`, e.g. `/flows/:id`. */
  path: string;
  /** The nav item shown as current. */
  section: NavSection['id'];
  /** Full-bleed pages (the canvas) get no page padding. */
  fullBleed?: boolean;
  render: (params: Record<string, string>) => ReactNode;
}

/** Every page of the app. */
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
