import type { NodeOf, NodeType } from '@salesbot/graph';
import { newId } from './newId.ts';

type DataOf<T extends NodeType> = NodeOf<T>['data'];

/**
 * What a step holds when the marketer drops it on the canvas: the smallest content that shows what the step is
 * for. Empty texts are left for the marketer (the problems panel asks for them).
 */
export const defaultNodeData = {
  text: () => ({ body: '' }),
  media: () => ({ mediaType: 'image', link: '', caption: '' }),
  buttons: () => ({
    body: '',
    buttons: [
      { id: newId('yes'), title: 'Yes' },
      { id: newId('no'), title: 'No' },
    ],
    maxRetries: 2,
  }),
  list: () => ({
    body: '',
    buttonLabel: 'See options',
    sections: [{ rows: [{ id: newId('row'), title: 'Option 1' }] }],
    maxRetries: 2,
  }),
  ctaUrl: () => ({ body: '', displayText: 'Open', url: 'https://' }),
  template: () => ({
    name: '',
    language: 'en_US',
    category: 'utility',
    parameterFormat: 'positional',
    body: '',
    bodyParams: [],
    buttons: [],
  }),
  carousel: () => ({
    name: '',
    language: 'en_US',
    category: 'marketing',
    parameterFormat: 'positional',
    body: '',
    bodyParams: [],
    cards: [],
  }),
  whatsappFlow: () => ({
    flowName: '',
    mode: 'published',
    body: '',
    cta: 'Open form',
    screens: [{ id: 'DETAILS', title: 'Your details', fields: [], submitLabel: 'Submit' }],
    answers: [],
  }),
  waitForReply: () => ({ variable: '', validation: { kind: 'text' }, maxRetries: 2 }),
  condition: () => ({
    branches: [
      {
        id: newId('branch'),
        label: 'Branch 1',
        match: 'all',
        rules: [{ subject: { kind: 'lastReply' }, operator: 'contains', value: '' }],
      },
    ],
  }),
  delay: () => ({ duration: { amount: 1, unit: 'hours' } }),
  setField: () => ({ scope: 'variable', name: '', value: '' }),
  addTag: () => ({ tag: '' }),
  removeTag: () => ({ tag: '' }),
  changeStage: () => ({ pipeline: '', stage: '' }),
  handoff: () => ({}),
  webhook: () => ({ method: 'POST', url: 'https://', headers: [], responseMappings: [], timeoutSeconds: 10 }),
  goToFlow: () => ({ flowId: '' }),
  end: () => ({}),
} satisfies { [T in NodeType]: () => DataOf<T> };
