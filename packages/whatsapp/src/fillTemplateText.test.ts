import { describe, expect, it } from 'vitest';
import { fillTemplateText } from './fillTemplateText.ts';

describe('fillTemplateText', () => {
  it('fills positional placeholders by position', () => {
    expect(fillTemplateText('Hi {{1}}, order {{2}} ships {{ 1 }}', ['Ana', 'A-17'])).toBe(
      'Hi Ana, order A-17 ships Ana',
    );
    expect(fillTemplateText('Hi {{1}}', [{ value: 'Bo' }])).toBe('Hi Bo');
  });

  it('fills named placeholders by name', () => {
    expect(
      fillTemplateText('Hi {{first_name}}, order {{order_id}}', [
        { name: 'order_id', value: 'A-17' },
        { name: 'first_name', value: 'Ana' },
      ]),
    ).toBe('Hi Ana, order A-17');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(fillTemplateText('{{1}} and {{2}} and {{coupon}}', ['x'])).toBe('x and {{2}} and {{coupon}}');
  });
});
