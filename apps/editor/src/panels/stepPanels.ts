import type { NodeOf, NodeType } from '@salesbot/graph';
import type { ComponentType } from 'react';
import { ButtonsPanel } from './ButtonsPanel.tsx';
import { CarouselPanel } from './CarouselPanel.tsx';
import { ChangeStagePanel } from './ChangeStagePanel.tsx';
import { ConditionPanel } from './ConditionPanel.tsx';
import { CtaUrlPanel } from './CtaUrlPanel.tsx';
import { DelayPanel } from './DelayPanel.tsx';
import { EndPanel } from './EndPanel.tsx';
import { GoToFlowPanel } from './GoToFlowPanel.tsx';
import { HandoffPanel } from './HandoffPanel.tsx';
import { ListPanel } from './ListPanel.tsx';
import { MediaPanel } from './MediaPanel.tsx';
import { SetFieldPanel } from './SetFieldPanel.tsx';
import { TagPanel } from './TagPanel.tsx';
import { TemplatePanel } from './TemplatePanel.tsx';
import { TextPanel } from './TextPanel.tsx';
import { WaitForReplyPanel } from './WaitForReplyPanel.tsx';
import { WebhookPanel } from './WebhookPanel.tsx';
import { WhatsappFlowPanel } from './WhatsappFlowPanel.tsx';

/** One side panel per step type; a new type does not compile until it has one. */
export const stepPanels = {
  text: TextPanel,
  media: MediaPanel,
  buttons: ButtonsPanel,
  list: ListPanel,
  ctaUrl: CtaUrlPanel,
  template: TemplatePanel,
  carousel: CarouselPanel,
  whatsappFlow: WhatsappFlowPanel,
  waitForReply: WaitForReplyPanel,
  condition: ConditionPanel,
  delay: DelayPanel,
  setField: SetFieldPanel,
  addTag: TagPanel,
  removeTag: TagPanel,
  changeStage: ChangeStagePanel,
  handoff: HandoffPanel,
  webhook: WebhookPanel,
  goToFlow: GoToFlowPanel,
  end: EndPanel,
} satisfies { [T in NodeType]: ComponentType<{ node: NodeOf<T> }> };
