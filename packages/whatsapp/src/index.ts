export { fillTemplateText, type TemplateTextParam } from './fillTemplateText.ts';
export { messageKindOf } from './messageKindOf.ts';
export { type NodeRenderer, nodeRenderers } from './nodes/index.ts';
export type { RenderOptions } from './nodes/shared.ts';
export { flowToken, renderFlowTemplate } from './nodes/whatsappFlow.ts';
export { isSendingNode, renderNodeMessage } from './renderNodeMessage.ts';
export { renderTemplateDisplay } from './renderTemplateDisplay.ts';
export { CALLBACK_DATA_MAX_LENGTH, type SendRequestOptions, toSendRequest } from './toSendRequest.ts';
export type * from './types.ts';
