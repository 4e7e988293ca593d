import { formatDuration, hoursLabel } from './formatDuration.ts';
import type { Charge, PolicyMessage, RuleSet, WindowState } from './types.ts';

/**
 * What an allowed message costs under `ruleSet`, read from its price table, with one sentence saying why. An open
 * entry-point window (or one this very message opens, being the first reply to a referral) wins over the
 * customer-service window. Call only for messages the policy allows (no authentication templates).
 */
export function priceMessage(
  message: PolicyMessage,
  window: WindowState,
  ruleSet: RuleSet,
  now: number,
): Charge & { reason: string } {
  const category = message.kind === 'template' ? message.template?.category : undefined;
  const row =
    category === 'utility' || category === 'marketing'
      ? ruleSet.prices[category]
      : { ...ruleSet.prices.service, outside: null };
  const { entryPoint, customerService: csw } = window;
  const fepHours = hoursLabel(ruleSet.entryPointWindowMs);
  const cswHours = hoursLabel(ruleSet.customerServiceWindowMs);

  let charge: Charge | null;
  let where: string;
  if (entryPoint.status === 'open') {
    charge = row.entryPoint;
    where = `inside the ${fepHours} free entry-point window, ${formatDuration(entryPoint.remainingMs)} left`;
  } else if (entryPoint.status === 'awaitingReply') {
    charge = row.entryPoint;
    where = `this first reply to the customer's ad or page-button message opens the ${fepHours} free entry-point window`;
  } else if (csw.open) {
    charge = row.customerService;
    const even = charge.price === 'free' ? '' : 'even ';
    where = `${even}inside the ${cswHours} customer-service window, ${formatDuration(csw.remainingMs)} left`;
  } else {
    charge = row.outside;
    const since =
      csw.closesAt === null ? 'the customer has not written' : `closed ${formatDuration(now - csw.closesAt)} ago`;
    where = `outside the ${cswHours} window (${since})`;
  }
  // Free-form outside every window is refused before pricing; should it get here, it is not free.
  const final = charge ?? { price: 'marketing', pricingType: 'regular' };
  const label = final.price === 'free' ? 'Free' : `Charged as ${final.price}`;
  const subject = category ? `a ${category} template ` : '';
  return { ...final, reason: `${label}: ${subject}${where}.` };
}
