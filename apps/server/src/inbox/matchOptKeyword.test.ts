import type { InboundContent } from '@salesbot/whatsapp';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INBOX_SETTINGS } from './inboxSettings.ts';
import { matchOptKeyword } from './matchOptKeyword.ts';

const text = (value: string): InboundContent => ({ type: 'text', text: value });

describe('matchOptKeyword', () => {
  it.each([
    ['STOP', 'optOut', 'STOP'],
    ['stop', 'optOut', 'STOP'],
    ['  Stop! ', 'optOut', 'STOP'],
    ['baja', 'optOut', 'BAJA'],
    ['Bája.', 'optOut', 'BAJA'],
    ['unsubscribe', 'optOut', 'UNSUBSCRIBE'],
    ['start', 'optIn', 'START'],
    ['¡Alta!', 'optIn', 'ALTA'],
    [`   STOP${'!'.repeat(60)}   `, 'optOut', 'STOP'],
    [`¿¿¿${' '.repeat(40)}baja${' '.repeat(40)}`, 'optOut', 'BAJA'],
  ])('%j → %s (%s)', (said, action, keyword) => {
    expect(matchOptKeyword(text(said), DEFAULT_INBOX_SETTINGS)).toEqual({ action, keyword });
  });

  it.each([`${'x'.repeat(200)} stop`, 'please stop', "don't stop me now", 'stopped', 'STOP IT', '', '...', 'hola'])(
    '%j is not a keyword',
    (said) => {
      expect(matchOptKeyword(text(said), DEFAULT_INBOX_SETTINGS)).toBeNull();
    },
  );

  it('reads a quick-reply button text, never a media caption or a button reply', () => {
    expect(matchOptKeyword({ type: 'quickReply', payload: 'x', text: 'Stop' }, DEFAULT_INBOX_SETTINGS)).toEqual({
      action: 'optOut',
      keyword: 'STOP',
    });
    expect(
      matchOptKeyword({ type: 'media', mediaType: 'image', id: 'm', caption: 'STOP' }, DEFAULT_INBOX_SETTINGS),
    ).toBeNull();
  });

  it('uses the workspace’s own keywords; opt-out wins when a word is in both lists', () => {
    const settings = { ...DEFAULT_INBOX_SETTINGS, optOutKeywords: ['Arrêter', 'PAUSE'], optInKeywords: ['pause'] };
    expect(matchOptKeyword(text('arreter'), settings)).toEqual({ action: 'optOut', keyword: 'Arrêter' });
    expect(matchOptKeyword(text('STOP'), settings)).toBeNull();
    expect(matchOptKeyword(text('Pause'), settings)).toEqual({ action: 'optOut', keyword: 'PAUSE' });
  });
});
