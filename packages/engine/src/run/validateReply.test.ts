import type { ReplyValidation } from '@salesbot/graph';
import { describe, expect, it } from 'vitest';
import { validateReply } from './validateReply.ts';

describe('validateReply', () => {
  it.each<[ReplyValidation, string, string | null]>([
    [{ kind: 'text' }, '  hello ', 'hello'],
    [{ kind: 'text', minLength: 3 }, 'ab', null],
    [{ kind: 'text', maxLength: 3 }, 'abcd', null],
    [{ kind: 'text', maxLength: 2 }, '👍🏽', '👍🏽'],
    [{ kind: 'number' }, '12', '12'],
    [{ kind: 'number' }, '1,5', '1.5'],
    [{ kind: 'number' }, '-0.25', '-0.25'],
    [{ kind: 'number' }, '1.2.3', null],
    [{ kind: 'number' }, 'ten', null],
    [{ kind: 'number', integer: true }, '2.5', null],
    [{ kind: 'number', min: 1, max: 10 }, '11', null],
    [{ kind: 'number', min: 1, max: 10 }, '0', null],
    [{ kind: 'email' }, 'ana@example.com', 'ana@example.com'],
    [{ kind: 'email' }, 'ana@example', null],
    [{ kind: 'phone' }, '+1 (555) 123-4567', '+1 (555) 123-4567'],
    [{ kind: 'phone' }, '555.1234', '555.1234'],
    [{ kind: 'phone' }, '123456', null],
    [{ kind: 'phone' }, '1234567890123456', null],
    [{ kind: 'phone' }, 'call 5551234', null],
    [{ kind: 'regex', pattern: '^[A-Z]{2}\\d+$' }, 'AB12', 'AB12'],
    [{ kind: 'regex', pattern: '^[a-z]+$', flags: 'i' }, 'ABC', 'ABC'],
    [{ kind: 'regex', pattern: '(' }, 'anything', null],
    [{ kind: 'choice', choices: ['Mañana', 'Tarde'] }, 'manana', 'Mañana'],
    [{ kind: 'choice', choices: ['Mañana', 'Tarde'] }, 'noche', null],
  ])('%j with %j', (validation, text, value) => {
    expect(validateReply(validation, text)).toEqual(value === null ? { ok: false } : { ok: true, value });
  });
});
