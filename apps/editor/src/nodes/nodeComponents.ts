import type { NodeType } from '@salesbot/graph';
import type { NodeProps } from '@xyflow/react';
import type { ComponentType } from 'react';
import { AddTagNode } from './AddTagNode.tsx';
import { ButtonsNode } from './ButtonsNode.tsx';
import { CarouselNode } from './CarouselNode.tsx';
import { ChangeStageNode } from './ChangeStageNode.tsx';
import { ConditionNode } from './ConditionNode.tsx';
import { CtaUrlNode } from './CtaUrlNode.tsx';
import { DelayNode } from './DelayNode.tsx';
import { EndNode } from './EndNode.tsx';
import { GoToFlowNode } from './GoToFlowNode.tsx';
import { HandoffNode } from './HandoffNode.tsx';
import { ListNode } from './ListNode.tsx';
import { MediaNode } from './MediaNode.tsx';
import { RemoveTagNode } from './RemoveTagNode.tsx';
import { SetFieldNode } from './SetFieldNode.tsx';
import { TemplateNode } from './TemplateNode.tsx';
import { TextNode } from './TextNode.tsx';
import { TriggerNode } from './TriggerNode.tsx';
import { WaitForReplyNode } from './WaitForReplyNode.tsx';
import { WebhookNode } from './WebhookNode.tsx';
import { WhatsappFlowNode } from './WhatsappFlowNode.tsx';

/** One canvas component per step type; a new type does not compile until it has one. */
export const stepNodeComponents = {
  text: TextNode,
  media: MediaNode,
  buttons: ButtonsNode,
  list: ListNode,
  ctaUrl: CtaUrlNode,
  template: TemplateNode,
  carousel: CarouselNode,
  whatsappFlow: WhatsappFlowNode,
  waitForReply: WaitForReplyNode,
  condition: ConditionNode,
  delay: DelayNode,
  setField: SetFieldNode,
  addTag: AddTagNode,
  removeTag: RemoveTagNode,
  changeStage: ChangeStageNode,
  handoff: HandoffNode,
  webhook: WebhookNode,
  goToFlow: GoToFlowNode,
  end: EndNode,
} satisfies Record<NodeType, ComponentType<NodeProps>>;

/** React Flow's `nodeTypes`: the step components plus the trigger start card. */
export const canvasNodeTypes: Record<string, ComponentType<NodeProps>> = {
  ...stepNodeComponents,
  trigger: TriggerNode,
};
