import type { NodeType } from '@salesbot/graph';
import { compileAddTag } from './addTag.ts';
import { compileButtons } from './buttons.ts';
import { compileCarousel } from './carousel.ts';
import { compileChangeStage } from './changeStage.ts';
import { compileCondition } from './condition.ts';
import { compileCtaUrl } from './ctaUrl.ts';
import { compileDelay } from './delay.ts';
import { compileEnd } from './end.ts';
import { compileGoToFlow } from './goToFlow.ts';
import { compileHandoff } from './handoff.ts';
import { compileList } from './list.ts';
import { compileMedia } from './media.ts';
import { compileRemoveTag } from './removeTag.ts';
import { compileSetField } from './setField.ts';
import type { NodeCompiler } from './shared.ts';
import { compileTemplate } from './template.ts';
import { compileText } from './text.ts';
import { compileWaitForReply } from './waitForReply.ts';
import { compileWebhook } from './webhook.ts';
import { compileWhatsappFlow } from './whatsappFlow.ts';

/** One compiler per step type; a new type does not compile until it has one. */
export const nodeCompilers = {
  text: compileText,
  media: compileMedia,
  buttons: compileButtons,
  list: compileList,
  ctaUrl: compileCtaUrl,
  template: compileTemplate,
  carousel: compileCarousel,
  whatsappFlow: compileWhatsappFlow,
  waitForReply: compileWaitForReply,
  condition: compileCondition,
  delay: compileDelay,
  setField: compileSetField,
  addTag: compileAddTag,
  removeTag: compileRemoveTag,
  changeStage: compileChangeStage,
  handoff: compileHandoff,
  webhook: compileWebhook,
  goToFlow: compileGoToFlow,
  end: compileEnd,
} satisfies { [T in NodeType]: NodeCompiler<T> };
