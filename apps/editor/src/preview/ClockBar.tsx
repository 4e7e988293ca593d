import { parseDuration } from '@salesbot/engine';
import type { Graph } from '@salesbot/graph';
import { formatDuration } from '@salesbot/policy';
import { useState } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { describeTimer } from './describeTimer.ts';
import { formatDayTime } from './formatClock.ts';
import type { PreviewTimer, PreviewView } from './previewTypes.ts';
import { WindowMeters } from './WindowMeters.tsx';

const HOUR = 3_600_000;
const JUMPS = [
  { label: '+1 h', ms: HOUR },
  { label: '+24 h', ms: 24 * HOUR },
  { label: '+72 h', ms: 72 * HOUR },
];

/**
 * The simulated clock: the time, both windows counting down, and the jumps (+1 h, +24 h, +72 h, any duration, the
 * next timer). Moving the clock fires the timers that fall due, in order, at their own times.
 */
export function ClockBar({
  graph,
  view,
  onAdvance,
  onNextTimer,
  live,
  onLive,
}: {
  graph: Graph;
  view: PreviewView;
  onAdvance: (ms: number) => void;
  onNextTimer: () => void;
  live?: boolean;
  onLive?: (live: boolean) => void;
}) {
  const [custom, setCustom] = useState('');
  const next = view.timers[0];
  const jump = () => {
    const ms = parseDuration(custom);
    if (ms === null || ms <= 0) return;
    onAdvance(ms);
    setCustom('');
  };
  return (
    <div className="pv-clock" data-testid="preview-clock">
      <div className="pv-clock__now">
        <Icon name="clock" size={15} />
        <span data-testid="preview-now" data-now={view.now}>
          {formatDayTime(view.now)}
        </span>
        {onLive ? (
          <button
            type="button"
            className={`pv-clock__live${live ? ' is-on' : ''}`}
            aria-pressed={live}
            title={live ? 'The clock runs in real time: pause it' : 'Run the clock in real time'}
            onClick={() => onLive(!live)}
          >
            {live ? 'Live' : 'Run live'}
          </button>
        ) : null}
      </div>
      <WindowMeters facts={view.facts} now={view.now} />
      <div className="pv-clock__jumps">
        {JUMPS.map((jumpTo) => (
          <button key={jumpTo.label} type="button" className="btn btn--sm" onClick={() => onAdvance(jumpTo.ms)}>
            {jumpTo.label}
          </button>
        ))}
        <button
          type="button"
          className="btn btn--sm"
          disabled={!next}
          title={next ? nextTimerTitle(graph, next, view.now) : 'No timer is set'}
          onClick={onNextTimer}
          data-testid="next-timer"
        >
          <Icon name="clock" size={14} />
          Next timer
        </button>
        <form
          className="pv-clock__custom"
          onSubmit={(event) => {
            event.preventDefault();
            jump();
          }}
        >
          <input
            className="input input--sm"
            aria-label="Move the clock by"
            placeholder="2d5h"
            value={custom}
            onChange={(event) => setCustom(event.target.value)}
          />
          <button type="submit" className="btn btn--sm" disabled={!(parseDuration(custom) ?? 0)}>
            Go
          </button>
        </form>
      </div>
      {view.timers.length > 0 ? (
        <ul className="pv-clock__timers" aria-label="Timers">
          {view.timers.map((timer) => (
            <li key={timer.id} data-timer={timer.id}>
              <Icon name="wait" size={12} />
              {describeTimer(graph, timer.id).text} · in {formatDuration(timer.at - view.now)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function nextTimerTitle(graph: Graph, timer: PreviewTimer, now: number): string {
  return `${describeTimer(graph, timer.id).text}: in ${formatDuration(timer.at - now)}`;
}
