import type { PriceCategory } from '@salesbot/policy';

const ORDER: { price: PriceCategory; label: string }[] = [
  { price: 'free', label: 'Free' },
  { price: 'utility', label: 'Utility' },
  { price: 'marketing', label: 'Marketing' },
];

/** The running total: how many messages of each price category the bot sent in this run. */
export function CostSummary({ totals }: { totals: Readonly<Record<PriceCategory, number>> }) {
  return (
    <div className="pv-costs" data-testid="preview-costs">
      <span className="pv-costs__title">Sent</span>
      {ORDER.map(({ price, label }) => (
        <span key={price} className={`pv-price pv-price--${price}`} data-total={price} data-count={totals[price]}>
          <span className="pv-price__dot" />
          {label} <strong>{totals[price]}</strong>
        </span>
      ))}
    </div>
  );
}
