import { signBody } from '../webhook/verifySignature.ts';
import { TEST_APP_SECRET, type TestApp } from './createTestApp.ts';

/** Posts a webhook body to the app, signed with the test app secret unless told otherwise. */
export async function postWebhook(
  t: Pick<TestApp, 'app'>,
  body: unknown,
  options: { secret?: string; signature?: string | null; raw?: string } = {},
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers loosely
): Promise<{ status: number; body: any }> {
  const text = options.raw ?? JSON.stringify(body);
  const signature =
    options.signature === undefined ? signBody(text, options.secret ?? TEST_APP_SECRET) : options.signature;
  const response = await t.app.request('/webhooks/whatsapp', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature === null ? {} : { 'x-hub-signature-256': signature }),
    },
    body: text,
  });
  const answer = await response.text();
  let parsed: unknown = answer;
  try {
    parsed = JSON.parse(answer);
  } catch {
    // Plain text answers stay text.
  }
  return { status: response.status, body: parsed };
}
