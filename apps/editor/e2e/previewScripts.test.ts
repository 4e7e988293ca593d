import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConversationScript } from '@salesbot/engine';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type EditorHarness, startEditorHarness } from './editorHarness.ts';
import { openPreview, type PreviewPage, playConversation } from './previewDriver.ts';

const FLOWS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../flows');
const scripts = readdirSync(FLOWS)
  .filter((file) => file.endsWith('.script.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(FLOWS, file), 'utf8')) as ConversationScript);

// Every conversation of every example flow, played in the preview through its UI: the customer's messages typed,
// buttons and quick replies tapped, list rows picked in the sheet, Flows filled in and submitted, the clock moved,
// webhooks answered — and every bubble the bot draws compared with the script's `bot` steps (texts, kinds, template
// names, price badges), every `expect` with the session and contact panels.
describe('the preview plays the example flows as their conversation scripts say', () => {
  let harness: EditorHarness;
  const pages = new Map<string, PreviewPage>();

  beforeAll(async () => {
    harness = await startEditorHarness();
  });
  afterAll(async () => {
    for (const preview of pages.values()) await preview.context.close().catch(() => {});
    await harness?.close();
  });

  for (const script of scripts) {
    const flowId = script.flow.replace(/\.json$/, '');
    for (const conversation of script.conversations) {
      it(`${flowId} › ${conversation.name}`, async () => {
        let preview = pages.get(flowId);
        if (!preview) {
          preview = await openPreview(harness, flowId);
          pages.set(flowId, preview);
        }
        await playConversation(preview, conversation);
      });
    }
  }
});
