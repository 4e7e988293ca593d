import { describe, expect, it } from 'vitest';
import { describeTrigger } from './describeTrigger.ts';

describe('describeTrigger', () => {
  it('names each kind of start the way the canvas shows it', () => {
    expect(
      describeTrigger({ id: 't', nodeId: null, type: 'inboundMessage', match: { kind: 'any' }, newContactsOnly: true })
        .title,
    ).toBe('Any message from a new contact');
    expect(
      describeTrigger({
        id: 't',
        nodeId: null,
        type: 'inboundMessage',
        match: { kind: 'keyword', keywords: ['book', 'appointment'], contains: false },
        newContactsOnly: false,
      }).title,
    ).toBe('Keyword: book, appointment');
    expect(
      describeTrigger({
        id: 't',
        nodeId: null,
        type: 'inboundMessage',
        match: { kind: 'referral', sourceType: 'ad' },
        newContactsOnly: false,
      }).title,
    ).toBe('From an ad');
    expect(
      describeTrigger({ id: 't', nodeId: null, type: 'stageChanged', pipeline: 'sales', stage: 'qualified' }).title,
    ).toBe('Stage → qualified');
  });
});
