/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { conversationScriptSchema } from './conversationScriptSchema.ts';

// The example scripts in flows/, by file name (loaded as exampleFlows.test.ts loads them: packages do no I/O).
const files = import.meta.glob<unknown>('../../../../flows/*.script.json', { eager: true, import: 'default' });
const examples = Object.entries(files).map(([path, script]) => [path.split('/').at(-1) ?? path, script] as const);

/** A one-conversation script whose steps are `steps`. */
function scriptWith(steps: unknown[], conversation: Record<string, unknown> = {}) {
  return {
    flow: 'ping.json',
    conversations: [{ name: 'Hello', start: '2026-03-02T09:00:00Z', steps, ...conversation }],
  };
}

/** The first issue as "path: message". */
function firstIssue(value: unknown): string | null {
  const parsed = conversationScriptSchema.safeParse(value);
  const issue = parsed.error?.issues[0];
  return issue ? `${issue.path.join('.')}: ${issue.message}` : null;
}

describe('conversationScriptSchema', () => {
  it('has the example scripts to take', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples)('takes %s (which uses every step and inbound kind) unchanged', (_, script) => {
    const parsed = conversationScriptSchema.safeParse(script);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(script);
  });

  it('takes what the preview records: a referral, priced and bare bot messages, a webhook answer, an expect', () => {
    const script = scriptWith(
      [
        { customer: { text: 'Hi', referral: { sourceType: 'ad', sourceId: '42', ctwaClid: 'abc' } } },
        { bot: [{ price: 'free', message: { type: 'text', text: { body: 'Hello' } } }] },
        { advance: '1.5s' },
        { webhook: { status: 0, error: 'timeout' } },
        { bot: [{ type: 'text', text: { body: 'Sorry' } }] },
        { start: { trigger: 'api', variables: { plan: 'pro' } } },
        { stage: { pipeline: 'sales', stage: 'won' } },
        {
          expect: {
            status: 'ended',
            endReason: 'handoff',
            contact: { tags: ['hot'], stage: { pipeline: 'sales', stage: 'won' } },
            webhook: { body: { a: 1 } },
          },
        },
      ],
      { contact: { waId: '15551234567', optIn: 'unknown', stage: { pipeline: 'sales', stage: 'new' } } },
    );
    expect(firstIssue(script)).toBeNull();
  });

  it.each([
    ['no conversations', { flow: 'ping.json', conversations: [] }, /^conversations: /],
    ['an unknown top-level key', { ...scriptWith([{ advance: '1h' }]), extra: 1 }, /^: Unrecognized key: "extra"/],
    [
      'no start time',
      { flow: 'x.json', conversations: [{ name: 'a', steps: [{ advance: '1h' }] }] },
      /^conversations\.0\.start: /,
    ],
    ['a start that is not ISO', scriptWith([{ advance: '1h' }], { start: 'Monday 9am' }), /^conversations\.0\.start: /],
    [
      'a phone number with +',
      scriptWith([{ advance: '1h' }], { contact: { waId: '+1555' } }),
      /^conversations\.0\.contact\.waId: a WhatsApp id/,
    ],
    ['no steps', scriptWith([]), /^conversations\.0\.steps: /],
    ['an unknown step', scriptWith([{ dance: true }]), /^conversations\.0\.steps\.0: Unrecognized key: "dance"/],
    ['an empty step', scriptWith([{}]), /^conversations\.0\.steps\.0: a step is exactly one of customer, advance/],
    [
      'two kinds in one step',
      scriptWith([{ advance: '1h', stage: { pipeline: 'p', stage: 's' } }]),
      /\(here: advance, stage\)$/,
    ],
    ['a duration in words', scriptWith([{ advance: '25 hours' }]), /^conversations\.0\.steps\.0\.advance: a duration/],
    [
      'a customer sending two things',
      scriptWith([{ customer: { text: 'a', button: 'b' } }]),
      /^conversations\.0\.steps\.0\.customer: the customer sends exactly one of .*\(here: text, button\)$/,
    ],
    [
      'a customer text that is a number',
      scriptWith([{ customer: { text: 5 } }]),
      /^conversations\.0\.steps\.0\.customer\.text: /,
    ],
    [
      'media without an id',
      scriptWith([{ customer: { image: { caption: 'x' } } }]),
      /^conversations\.0\.steps\.0\.customer\.image\.id: /,
    ],
    [
      'a bot message of an unknown type',
      scriptWith([{ customer: { text: 'a' } }, { bot: [{ type: 'txt' }] }]),
      /^conversations\.0\.steps\.1\.bot\.0\.type: /,
    ],
    [
      'a bot message without its object',
      scriptWith([{ bot: [{ type: 'text' }] }]),
      /^conversations\.0\.steps\.0\.bot\.0\.text: a "text" message needs its object$/,
    ],
    [
      'a priced message with an unknown price',
      scriptWith([{ bot: [{ price: 'cheap', message: { type: 'text', text: { body: 'x' } } }] }]),
      /^conversations\.0\.steps\.0\.bot\.0\.price: /,
    ],
    [
      'a priced message missing its body object',
      scriptWith([{ bot: [{ price: 'free', message: { type: 'image' } }] }]),
      /^conversations\.0\.steps\.0\.bot\.0\.message\.image: /,
    ],
    [
      'an unknown end reason',
      scriptWith([{ expect: { endReason: 'bored' } }]),
      /^conversations\.0\.steps\.0\.expect\.endReason: /,
    ],
    [
      'an unknown expectation',
      scriptWith([{ expect: { mood: 'happy' } }]),
      /^conversations\.0\.steps\.0\.expect: Unrecognized key: "mood"/,
    ],
    [
      'a webhook status out of range',
      scriptWith([{ webhook: { status: 700 } }]),
      /^conversations\.0\.steps\.0\.webhook\.status: /,
    ],
  ])('refuses %s, naming where', (_what, script, expected) => {
    expect(firstIssue(script)).toMatch(expected);
  });
});
