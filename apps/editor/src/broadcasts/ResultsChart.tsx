import type { BroadcastTimeline } from './broadcastTypes.ts';

const SERIES = [
  { key: 'sent', label: 'Sent', color: 'var(--text-3)' },
  { key: 'delivered', label: 'Delivered', color: 'var(--brand)' },
  { key: 'read', label: 'Read', color: 'var(--info)' },
  { key: 'replied', label: 'Replied', color: 'var(--purple)' },
  { key: 'failed', label: 'Failed', color: 'var(--danger)' },
] as const;

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 44, right: 12, top: 10, bottom: 24 };

/** The results over time: cumulative sent, delivered, read, replied and failed, one line each (SVG). */
export function ResultsChart({ timeline, total }: { timeline: BroadcastTimeline; total: number }) {
  const points = timeline.times.length;
  if (points === 0) return <p className="muted bc-chart__empty">The chart starts with the first message sent.</p>;
  const top = Math.max(1, total, ...timeline.sent);
  const x = (index: number) => PAD.left + (points === 1 ? 0 : (index / (points - 1)) * (WIDTH - PAD.left - PAD.right));
  const y = (value: number) => PAD.top + (1 - value / top) * (HEIGHT - PAD.top - PAD.bottom);
  const first = timeline.times[0] ?? 0;
  const last = timeline.times[points - 1] ?? first;
  const label = (time: number) =>
    new Intl.DateTimeFormat('en', {
      hour: '2-digit',
      minute: '2-digit',
      second: timeline.bucketMs < 60_000 ? '2-digit' : undefined,
    }).format(time);
  return (
    <figure className="bc-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Results over time">
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(top * share)}
              y2={y(top * share)}
              className="bc-chart__grid"
            />
            <text x={PAD.left - 6} y={y(top * share) + 4} textAnchor="end" className="bc-chart__axis">
              {Math.round(top * share).toLocaleString()}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={HEIGHT - 6} className="bc-chart__axis">
          {label(first)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="bc-chart__axis">
          {label(last)}
        </text>
        {SERIES.map((series) => (
          <polyline
            key={series.key}
            fill="none"
            stroke={series.color}
            strokeWidth={2}
            strokeLinejoin="round"
            points={linePoints(timeline[series.key], x, y)}
            data-series={series.key}
          />
        ))}
      </svg>
      <figcaption className="bc-chart__legend">
        {SERIES.map((series) => (
          <span key={series.key}>
            <i style={{ background: series.color }} />
            {series.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** The polyline's points; a single bucket is drawn across the whole width (everything happened at once). */
function linePoints(values: number[], x: (index: number) => number, y: (value: number) => number): string {
  if (values.length === 1) return `${x(0)},${y(values[0] ?? 0)} ${WIDTH - PAD.right},${y(values[0] ?? 0)}`;
  return values.map((value, index) => `${x(index)},${y(value)}`).join(' ');
}
