import { describe, expect, it } from 'vitest';
import { nextStatus } from './nextStatus.ts';

describe('nextStatus', () => {
  it.each([
    ['queued', 'sent', 'sent'],
    ['sending', 'sent', 'sent'],
    ['sent', 'delivered', 'delivered'],
    ['sent', 'read', 'read'],
    ['delivered', 'read', 'read'],
    ['read', 'played', 'played'],
    ['delivered', 'sent', null],
    ['read', 'delivered', null],
    ['read', 'sent', null],
    ['sent', 'sent', null],
    ['sent', 'failed', 'failed'],
    ['queued', 'failed', 'failed'],
    ['delivered', 'failed', null],
    ['read', 'failed', null],
    ['failed', 'delivered', null],
    ['failed', 'read', null],
  ] as const)('%s + %s → %s', (current, incoming, expected) => {
    expect(nextStatus(current, incoming)).toBe(expected);
  });
});
