import type { IconName } from '../ui/Icon.tsx';

export interface NavSection {
  id: 'flows' | 'inbox' | 'contacts' | 'pipelines' | 'broadcasts';
  label: string;
  icon: IconName;
  path: string;
  /** What the section is for, shown while it is not built yet. */
  summary: string;
}

/** The left navigation, in order. Pages register under these in `routes.tsx`. */
export const navSections: readonly NavSection[] = [
  {
    id: 'flows',
    label: 'Flows',
    icon: 'flows',
    path: '/flows',
    summary: 'Design the bots that answer your customers.',
  },
  {
    id: 'inbox',
    label: 'Inbox',
    icon: 'inbox',
    path: '/inbox',
    summary:
      'Every conversation of the workspace with its 24-hour window timer, the bot handing off to your team, and a composer that sends templates once the window has closed.',
  },
  {
    id: 'contacts',
    label: 'Contacts',
    icon: 'contacts',
    path: '/contacts',
    summary: 'Contacts with their fields, tags, opt-in status and history.',
  },
  {
    id: 'pipelines',
    label: 'Pipelines',
    icon: 'pipelines',
    path: '/pipelines',
    summary: 'Leads on a board by stage; moving a lead to a stage starts the flows triggered by it.',
  },
  {
    id: 'broadcasts',
    label: 'Broadcasts',
    icon: 'broadcasts',
    path: '/broadcasts',
    summary: 'Approved templates sent to opted-in audiences at WhatsApp’s pace, with live results.',
  },
];
