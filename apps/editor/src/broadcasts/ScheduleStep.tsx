import { zonedTimeToUtc } from '@salesbot/policy';
import { useMemo } from 'react';
import { browserTimeZone, formatInZone, timeZones } from './zonedTime.ts';

export interface Schedule {
  mode: 'now' | 'scheduled';
  /** `YYYY-MM-DDTHH:mm` in `timeZone`. */
  localTime: string;
  timeZone: string;
}

/** Step 4: a name, and now or at a time in a time zone (stored in UTC, shown back in the zone chosen). */
export function ScheduleStep({
  name,
  schedule,
  onName,
  onSchedule,
}: {
  name: string;
  schedule: Schedule;
  onName: (name: string) => void;
  onSchedule: (schedule: Schedule) => void;
}) {
  const zones = useMemo(timeZones, []);
  const at = schedule.mode === 'scheduled' ? zonedTimeToUtc(schedule.localTime, schedule.timeZone) : null;
  const own = browserTimeZone();
  return (
    <div className="bc-step bc-schedule">
      <label className="bc-field">
        <span className="bc-field__label">Name</span>
        <input className="input" value={name} onChange={(event) => onName(event.target.value)} aria-label="Name" />
      </label>
      <div className="bc-radios" role="radiogroup" aria-label="When">
        <label className="checkbox">
          <input
            type="radio"
            name="when"
            checked={schedule.mode === 'now'}
            onChange={() => onSchedule({ ...schedule, mode: 'now' })}
          />
          Send now
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="when"
            checked={schedule.mode === 'scheduled'}
            onChange={() => onSchedule({ ...schedule, mode: 'scheduled' })}
          />
          Schedule for later
        </label>
      </div>
      {schedule.mode === 'scheduled' ? (
        <div className="bc-row">
          <label className="bc-field">
            <span className="bc-field__label">Date and time</span>
            <input
              className="input"
              type="datetime-local"
              value={schedule.localTime}
              aria-label="Date and time"
              onChange={(event) => onSchedule({ ...schedule, localTime: event.target.value })}
            />
          </label>
          <label className="bc-field">
            <span className="bc-field__label">Time zone</span>
            <select
              className="select"
              value={schedule.timeZone}
              aria-label="Time zone"
              onChange={(event) => onSchedule({ ...schedule, timeZone: event.target.value })}
            >
              {zones.map((zone) => (
                <option key={zone}>{zone}</option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      {at !== null ? (
        <p className="muted" data-testid="schedule-utc">
          {formatInZone(at, schedule.timeZone)} ({schedule.timeZone}) = {formatInZone(at, 'UTC')} UTC
          {own !== schedule.timeZone && own !== 'UTC' ? ` = ${formatInZone(at, own)} here` : ''}
          {at <= Date.now() ? ' — this time has passed' : ''}
        </p>
      ) : null}
    </div>
  );
}
