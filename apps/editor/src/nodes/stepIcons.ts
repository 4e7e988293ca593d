import type { NodeDefinition, NodeType } from '@salesbot/graph';
import type { IconName } from '../ui/Icon.tsx';

/** The icon of each step type (palette, cards, panels). */
export const stepIcons = {
  text: 'message',
  media: 'image',
  buttons: 'buttons',
  list: 'list',
  ctaUrl: 'link',
  template: 'template',
  carousel: 'carousel',
  whatsappFlow: 'form',
  waitForReply: 'wait',
  condition: 'condition',
  delay: 'clock',
  setField: 'setField',
  addTag: 'tag',
  removeTag: 'tagOff',
  changeStage: 'stage',
  handoff: 'handoff',
  webhook: 'webhook',
  goToFlow: 'goTo',
  end: 'end',
} satisfies Record<NodeType, IconName>;

/** The CSS class suffix of each palette group (its colour). */
export const groupClass: Record<NodeDefinition['group'], string> = {
  Messages: 'messages',
  Templates: 'templates',
  Input: 'input',
  Logic: 'logic',
  CRM: 'crm',
  Integrations: 'integrations',
  'Flow control': 'flow',
};
