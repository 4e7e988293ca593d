import { describe, expect, it } from 'vitest';
import type { ErrorAction } from '../types.ts';
import { classifyError } from './classifyError.ts';

/** ../shared/whatsapp-platform.md §7, row by row (and the Flow errors of §5). */
const table: [number[], ErrorAction][] = [
  [[131047], 'windowClosed'],
  [[130429], 'retry'],
  [[131056], 'retryLater'],
  [[4, 80007], 'retry'],
  [[131057, 131000, 131016, 1, 2], 'retry'],
  [[131049], 'permanent'],
  [[131050], 'optOutMarketing'],
  [[131026], 'permanent'],
  [[131051], 'permanent'],
  [[131008, 131009, 100, 132000, 132005, 132007, 132008, 132012], 'permanent'],
  [[132001], 'templateUnavailable'],
  [[132015, 132016], 'templateUnavailable'],
  [[190, 0], 'stopChannel'],
  [[368, 131031, 131042, 130497], 'stopChannel'],
  [[132068], 'permanent'],
  [[132069], 'retryLater'],
];

describe('classifyError', () => {
  for (const [codes, action] of table) {
    for (const code of codes) {
      it(`${code} → ${action}`, () => {
        const result = classifyError(code, 400);
        expect(result.action).toBe(action);
        expect(result.retryable).toBe(action === 'retry' || action === 'retryLater');
        expect(result.sentence.startsWith(`${code}: `)).toBe(true);
        expect(result.title).not.toBe('');
      });
    }
  }

  it('says what 131047 means in the inbox', () => {
    expect(classifyError(131047)).toEqual({
      action: 'windowClosed',
      retryable: false,
      title: 'Window closed',
      sentence:
        '131047: more than 24 hours have passed since the customer last wrote; only a template can reach them now.',
    });
  });

  it('retries timeouts and temporary HTTP statuses without a code', () => {
    expect(classifyError(undefined)).toMatchObject({ action: 'retry', retryable: true, title: 'No answer' });
    for (const status of [500, 502, 503, 504, 429, 408]) {
      expect(classifyError(undefined, status)).toMatchObject({ action: 'retry', retryable: true });
    }
    expect(classifyError(-1, 503)).toMatchObject({ action: 'retry', sentence: expect.stringContaining('HTTP 503') });
  });

  it('does not retry other HTTP statuses without a code', () => {
    expect(classifyError(undefined, 400)).toEqual({
      action: 'permanent',
      retryable: false,
      title: 'Refused',
      sentence: 'HTTP 400: WhatsApp refused the request without an error code.',
    });
  });

  it('treats unknown codes as permanent, unless the HTTP status says temporary', () => {
    expect(classifyError(999999, 400)).toMatchObject({ action: 'permanent', retryable: false });
    expect(classifyError(999999)).toMatchObject({ action: 'permanent', sentence: expect.stringMatching(/^999999: /) });
    expect(classifyError(999999, 500)).toMatchObject({ action: 'retry', retryable: true });
  });

  it('lets a known code win over the HTTP status', () => {
    expect(classifyError(131047, 500)).toMatchObject({ action: 'windowClosed' });
    expect(classifyError(131000, 400)).toMatchObject({ action: 'retry' });
  });
});
