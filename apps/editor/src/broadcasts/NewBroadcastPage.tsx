import { utcToZonedTime } from '@salesbot/policy';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import { api } from '../auth/session.ts';
import { Link } from '../router/Link.tsx';
import { navigate } from '../router/navigate.ts';
import { Icon } from '../ui/Icon.tsx';
import { showToast } from '../ui/toasts.tsx';
import { type AudienceMode, AudienceStep } from './AudienceStep.tsx';
import { broadcastsApi } from './broadcastsApi.ts';
import type { Audience, AudienceCount, BroadcastEstimate, BroadcastMessageStep, SendMode } from './broadcastTypes.ts';
import { MessageStep } from './MessageStep.tsx';
import { ReviewStep } from './ReviewStep.tsx';
import { type Schedule, ScheduleStep } from './ScheduleStep.tsx';
import { browserTimeZone } from './zonedTime.ts';
import './broadcasts.css';

const STEPS = ['Audience', 'Template & parameters', 'Preview & estimate', 'Schedule'] as const;

/** `/broadcasts/new`: the step-by-step form — audience, template and parameters, preview and estimate, schedule. */
export function NewBroadcastPage() {
  const [step, setStep] = useState(0);
  const [mode, setMode] = useState<AudienceMode>('tags');
  const [audience, setAudience] = useState<Audience>({ tags: [], fields: [] });
  const [count, setCount] = useState<AudienceCount | null>(null);
  const [message, setMessage] = useState<BroadcastMessageStep | null>(null);
  const [sendMode, setSendMode] = useState<SendMode>('cloud');
  const [estimate, setEstimate] = useState<BroadcastEstimate | null>(null);
  const [name, setName] = useState('');
  const [schedule, setSchedule] = useState<Schedule>(() => {
    const timeZone = browserTimeZone();
    return {
      mode: 'now',
      timeZone,
      localTime: `${utcToZonedTime(Date.now() + 24 * 3_600_000, timeZone).slice(0, 11)}10:00`,
    };
  });
  const [coexistence, setCoexistence] = useState(false);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    // The broadcast goes from the workspace's real number when it has one (the server's choice too).
    api.listChannels().then(
      (channels) => setCoexistence((channels.find((channel) => !channel.sandbox) ?? channels[0])?.coexistence ?? false),
      () => setCoexistence(false),
    );
  }, []);
  const onCount = useCallback((value: AudienceCount | null) => setCount(value), []);
  const onEstimate = useCallback((value: BroadcastEstimate | null) => setEstimate(value), []);

  const canGo = [
    count !== null && count.count > 0,
    message !== null,
    estimate !== null && estimate.recipients > 0,
    name.trim() !== '',
  ];

  const submit = async () => {
    if (!message) return;
    setSending(true);
    try {
      const created = await broadcastsApi.create({
        name: name.trim(),
        audience,
        message,
        sendMode,
        when:
          schedule.mode === 'now'
            ? { mode: 'now' }
            : { mode: 'scheduled', localTime: schedule.localTime, timeZone: schedule.timeZone },
      });
      showToast(schedule.mode === 'now' ? `Sending “${created.name}”` : `“${created.name}” is scheduled`);
      navigate(`/broadcasts/${encodeURIComponent(created.id)}`);
    } catch (error) {
      showToast(errorMessage(error), 'error');
      setSending(false);
    }
  };

  return (
    <div className="page bc-page">
      <header className="page__header">
        <div>
          <Link to="/broadcasts" className="bc-back">
            <Icon name="arrowLeft" size={14} /> Broadcasts
          </Link>
          <h1 className="page__title">New broadcast</h1>
        </div>
      </header>
      <ol className="bc-stepper" aria-label="Steps">
        {STEPS.map((label, index) => (
          <li
            key={label}
            className={`bc-stepper__item${index === step ? ' is-current' : ''}${index < step ? ' is-done' : ''}`}
            aria-current={index === step ? 'step' : undefined}
          >
            <span className="bc-stepper__number">{index < step ? <Icon name="check" size={13} /> : index + 1}</span>
            {label}
          </li>
        ))}
      </ol>
      <section className="card bc-panel">
        {step === 0 ? (
          <AudienceStep
            mode={mode}
            audience={audience}
            onChange={(nextMode, next) => {
              setMode(nextMode);
              setAudience(next);
            }}
            onCount={onCount}
          />
        ) : null}
        {step === 1 ? (
          <MessageStep
            message={message}
            sendMode={sendMode}
            coexistence={coexistence}
            onChange={(next, nextMode) => {
              setMessage(next);
              setSendMode(nextMode);
              if (next && !name) setName(`${next.data.name} — ${new Date().toLocaleDateString()}`);
            }}
          />
        ) : null}
        {step === 2 && message ? (
          <ReviewStep audience={audience} count={count} message={message} sendMode={sendMode} onEstimate={onEstimate} />
        ) : null}
        {step === 3 ? <ScheduleStep name={name} schedule={schedule} onName={setName} onSchedule={setSchedule} /> : null}
        <footer className="bc-panel__footer">
          {step > 0 ? (
            <button type="button" className="btn" onClick={() => setStep(step - 1)}>
              Back
            </button>
          ) : null}
          <span className="bc-grow" />
          {step < STEPS.length - 1 ? (
            <button
              type="button"
              className="btn btn--primary"
              disabled={!canGo[step]}
              onClick={() => setStep(step + 1)}
            >
              Next
            </button>
          ) : (
            <button
              type="button"
              className="btn btn--primary"
              disabled={!canGo[3] || sending}
              onClick={() => void submit()}
              data-testid="submit-broadcast"
            >
              <Icon name={schedule.mode === 'now' ? 'megaphone' : 'clock'} size={16} />
              {schedule.mode === 'now'
                ? `Send now to ${(estimate?.recipients ?? 0).toLocaleString()} contacts`
                : 'Schedule'}
            </button>
          )}
        </footer>
      </section>
    </div>
  );
}
