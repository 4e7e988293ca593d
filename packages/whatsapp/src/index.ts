export { checkRecipientCountry } from './countries/checkRecipientCountry.ts';
export { isValidWaId, normalisePhone } from './countries/phone.ts';
export { UNSUPPORTED_REGIONS, type UnsupportedRegion } from './countries/unsupportedRegions.ts';
export { classifyError } from './errors/classifyError.ts';
export { ERROR_CODES, type ErrorCodeEntry } from './errors/errorCodes.ts';
export { parseSendResponse } from './errors/parseSendResponse.ts';
export { fillTemplateText, type TemplateTextParam } from './fillTemplateText.ts';
export { buildFlowJson, FLOW_JSON_VERSION, type FlowJson, type FlowJsonScreen } from './flowJson/buildFlowJson.ts';
export {
  buildEchoWebhook,
  buildMessageWebhook,
  buildStatusWebhook,
  buildTemplateStatusWebhook,
  buildUserPreferenceWebhook,
  type EchoWebhookInput,
  type MessageWebhookInput,
  type StatusWebhookInput,
  TEST_DISPLAY_PHONE_NUMBER,
  TEST_WABA_ID,
  type TemplateStatusWebhookInput,
  type UserPreferenceWebhookInput,
  type WebhookTarget,
} from './inbound/buildWebhook.ts';
export { inboundText } from './inbound/inboundText.ts';
export { parseFlowResponse } from './inbound/parseContent.ts';
export { parseWebhook } from './inbound/parseWebhook.ts';
export { messageKindOf } from './messageKindOf.ts';
export { type NodeRenderer, nodeRenderers } from './nodes/index.ts';
export type { RenderOptions } from './nodes/shared.ts';
export { flowToken, renderFlowTemplate } from './nodes/whatsappFlow.ts';
export { isSendingNode, renderNodeMessage } from './renderNodeMessage.ts';
export { renderTemplateDisplay } from './renderTemplateDisplay.ts';
export { CALLBACK_DATA_MAX_LENGTH, type SendRequestOptions, toSendRequest } from './toSendRequest.ts';
export type * from './types.ts';
