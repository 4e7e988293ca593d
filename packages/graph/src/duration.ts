import { z } from 'zod';

export const durationUnits = ['seconds', 'minutes', 'hours', 'days'] as const;
export type DurationUnit = (typeof durationUnits)[number];

/** A span of time as a marketer writes it: "2 days", "30 minutes". */
export const durationSchema = z.object({
  amount: z.number().nonnegative(),
  unit: z.enum(durationUnits),
});
export type Duration = z.infer<typeof durationSchema>;

const UNIT_MS: Record<DurationUnit, number> = {
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
};

/** The duration in milliseconds. */
export function durationToMs(duration: Duration): number {
  return duration.amount * UNIT_MS[duration.unit];
}

/** "2 days", "1 hour", "90 minutes". */
export function formatDuration(duration: Duration): string {
  const unit = duration.amount === 1 ? duration.unit.slice(0, -1) : duration.unit;
  return `${duration.amount} ${unit}`;
}
