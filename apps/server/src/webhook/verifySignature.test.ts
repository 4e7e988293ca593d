import { describe, expect, it } from 'vitest';
import { signBody, verifySignature } from './verifySignature.ts';

const body = new TextEncoder().encode('{"object":"whatsapp_business_account","entry":[]}');

describe('verifySignature', () => {
  it.each([
    ['the correct signature', signBody(body, 'secret'), true],
    ['a missing header', undefined, false],
    ['an empty header', '', false],
    ['no sha256= prefix', signBody(body, 'secret').slice(7), false],
    ['another secret', signBody(body, 'other'), false],
    ['a forged digest', `sha256=${'0'.repeat(64)}`, false],
    ['a truncated digest', signBody(body, 'secret').slice(0, 40), false],
    ['non-hex text', 'sha256=zzzz', false],
  ])('%s → %s', (_, header, expected) => {
    expect(verifySignature(body, header, 'secret')).toBe(expected);
  });

  it('is computed over the raw bytes: re-serialised JSON does not match', () => {
    const spaced = new TextEncoder().encode('{ "object": "whatsapp_business_account", "entry": [] }');
    expect(verifySignature(spaced, signBody(body, 'secret'), 'secret')).toBe(false);
  });
});
