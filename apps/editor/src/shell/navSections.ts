import type { IconName } from '../ui/Icon.tsx';

export interface NavSection {
  id: 'flows' | 'inbox' | 'contacts' | 'pipelines' | 'broadcasts';
  label: string;
  icon: IconName;
  path: string;
}

/** The left navigation, in order. Pages register under these in `routes.tsx`. */
export const navSections: readonly NavSection[] = [
  {
    id: 'flows',
    label: 'Flows',
    icon: 'flows',
    path: '/flows',
  },
  {
    id: 'inbox',
    label: 'Inbox',
    icon: 'inbox',
    path: '/inbox',
  },
  {
    id: 'contacts',
    label: 'Contacts',
    icon: 'contacts',
    path: '/contacts',
  },
  {
    id: 'pipelines',
    label: 'Pipelines',
    icon: 'pipelines',
    path: '/pipelines',
  },
  {
    id: 'broadcasts',
    label: 'Broadcasts',
    icon: 'broadcasts',
    path: '/broadcasts',
  },
];
