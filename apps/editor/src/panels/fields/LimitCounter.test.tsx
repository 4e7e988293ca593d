// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { charCount, LimitCounter } from './LimitCounter.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function renderCounter(value: string, limit: number) {
  const container = document.createElement('div');
  act(() => createRoot(container).render(<LimitCounter value={value} limit={limit} />));
  return container.querySelector('[data-testid=limit-counter]') as HTMLElement;
}

describe('LimitCounter', () => {
  it('counts characters as WhatsApp does (an emoji is one)', () => {
    expect(charCount('Hi 👋')).toBe(4);
    expect(renderCounter('Hi 👋', 20).textContent).toBe('4 / 20');
  });

  it('turns red only past the limit', () => {
    expect(renderCounter('x'.repeat(20), 20).className).not.toContain('counter--over');
    const over = renderCounter('x'.repeat(21), 20);
    expect(over.textContent).toBe('21 / 20');
    expect(over.className).toContain('counter--over');
  });
});
