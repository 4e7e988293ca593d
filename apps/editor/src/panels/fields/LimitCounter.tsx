/** Characters as WhatsApp counts them: Unicode code points (an emoji is one). */
export function charCount(text: string): number {
  return [...text].length;
}

/** A live `n / LIMIT` counter; red (and announced) past the limit. */
export function LimitCounter({ value, limit, count }: { value?: string; limit: number; count?: number }) {
  const n = count ?? charCount(value ?? '');
  const over = n > limit;
  const near = !over && n > limit * 0.9;
  return (
    <span
      className={`counter${over ? ' counter--over' : near ? ' counter--near' : ''}`}
      aria-live={over ? 'polite' : undefined}
      data-testid="limit-counter"
    >
      {n} / {limit}
    </span>
  );
}
