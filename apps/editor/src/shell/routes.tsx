import type { ReactNode } from 'react';
import { EditorPage } from '../editor/EditorPage.tsx';
import { FlowsPage } from '../flows/FlowsPage.tsx';
import { ComingSoonPage } from './ComingSoonPage.tsx';
import { type NavSection, navSections } from './navSections.ts';

export interface AppRoute {
  /** A pattern for `matchPath`, e.g. `/flows/:id`. */
  path: string;
  /** The nav item shown as current. */
  section: NavSection['id'];
  /** Full-bleed pages (the canvas) get no page padding. */
  fullBleed?: boolean;
  render: (params: Record<string, string>) => ReactNode;
}

const section = (id: NavSection['id']) => navSections.find((s) => s.id === id) as NavSection;

/**
 * Every page of the app. The inbox, contacts, pipelines and broadcasts say what they will do until they are
 * built (issues 9 and 10): replace their `ComingSoonPage` with the real page.
 */
export const routes: readonly AppRoute[] = [
  { path: '/flows', section: 'flows', render: () => <FlowsPage /> },
  {
    path: '/flows/:id',
    section: 'flows',
    fullBleed: true,
    render: (params) => <EditorPage flowId={params.id ?? ''} />,
  },
  { path: '/inbox', section: 'inbox', render: () => <ComingSoonPage section={section('inbox')} /> },
  { path: '/contacts', section: 'contacts', render: () => <ComingSoonPage section={section('contacts')} /> },
  { path: '/pipelines', section: 'pipelines', render: () => <ComingSoonPage section={section('pipelines')} /> },
  { path: '/broadcasts', section: 'broadcasts', render: () => <ComingSoonPage section={section('broadcasts')} /> },
];
