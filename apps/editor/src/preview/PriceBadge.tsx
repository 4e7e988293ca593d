import type { PriceCategory } from '@salesbot/policy';

const LABEL: Record<PriceCategory, string> = { free: 'Free', utility: 'Utility', marketing: 'Marketing' };

/** The price category the policy gave a message, with its reason on hover. */
export function PriceBadge({ price, reason }: { price: PriceCategory; reason: string }) {
  return (
    <span className={`pv-price pv-price--${price}`} title={reason} data-price={price}>
      <span className="pv-price__dot" />
      {LABEL[price]}
      <span className="sr-only"> — {reason}</span>
    </span>
  );
}
