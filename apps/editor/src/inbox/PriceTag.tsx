import type { PriceCategory } from '@salesbot/policy';

const LABEL: Record<PriceCategory, string> = { free: 'Free', utility: 'Utility', marketing: 'Marketing' };

/** The cost category WhatsApp charges a message under, with the policy's reason on hover. */
export function PriceTag({ price, reason }: { price: PriceCategory; reason?: string | null }) {
  return (
    <span className={`ptag ptag--${price}`} title={reason ?? undefined} data-price={price}>
      {LABEL[price]}
    </span>
  );
}
