import { useTranslation } from 'react-i18next';
import type { EventSessionRow } from '../../../../electron/api/contract/events';
import { deriveSlots } from '../../../../electron/api/contract/event/slots';
import type { FieldIssue } from '../../../../electron/api/contract';
import { TimeInput } from './fields';

type Props = {
  sessions: EventSessionRow[];
  onChange: (sessions: EventSessionRow[]) => void;
  slotMinutes: number;
  changeoverMinutes: number;
  issues: FieldIssue[];
};

const newSession = (): EventSessionRow => ({ name: '', start: '13:30', end: '16:30', breaks: [] });

/** Sessions with their breaks, and a live preview of the slots they give. */
export function SessionsEditor({ sessions, onChange, slotMinutes, changeoverMinutes, issues }: Props) {
  const { t } = useTranslation();
  const slots = deriveSlots(
    { slotMinutes: slotMinutes || 1, changeoverMinutes },
    sessions.filter((s) => s.start < s.end),
  );
  const messagesFor = (prefix: string) =>
    issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`)).map((i) => i.message);
  const topLevel = issues.filter((i) => i.path === 'sessions').map((i) => i.message);

  function update(index: number, patch: Partial<EventSessionRow>) {
    onChange(sessions.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  }

  return (
    <fieldset className="ev-sessions span-2" data-testid="event-sessions">
      <legend className="field-label">{t('events.form.sessions')}</legend>
      {sessions.map((session, i) => {
        const errors = messagesFor(`sessions.${i}`);
        return (
          <div key={i} className={errors.length > 0 ? 'ev-session has-error' : 'ev-session'}>
            <div className="ev-session-row">
              <input
                className="input ev-session-name"
                aria-label={t('events.form.sessionName')}
                placeholder={t('events.form.sessionName')}
                value={session.name}
                onChange={(e) => update(i, { name: e.target.value })}
              />
              <TimeInput
                label={t('events.form.start')}
                value={session.start}
                onChange={(v) => update(i, { start: v })}
                invalid={errors.length > 0}
                testId={`session-${i}-start`}
              />
              <span aria-hidden="true">–</span>
              <TimeInput
                label={t('events.form.end')}
                value={session.end}
                onChange={(v) => update(i, { end: v })}
                invalid={errors.length > 0}
                testId={`session-${i}-end`}
              />
              <button
                type="button"
                className="button button-small"
                onClick={() => update(i, { breaks: [...session.breaks, { start: session.start, end: session.start }] })}
              >
                {t('events.form.addBreak')}
              </button>
              {sessions.length > 1 && (
                <button
                  type="button"
                  className="button button-small ev-quiet"
                  onClick={() => onChange(sessions.filter((_, j) => j !== i))}
                >
                  {t('events.form.removeSession', { n: i + 1 })}
                </button>
              )}
            </div>
            {session.breaks.map((b, j) => (
              <div key={j} className="ev-break-row">
                <span className="muted small">{t('events.form.breaks')}</span>
                <TimeInput
                  label={`${t('events.form.breaks')} ${j + 1} ${t('events.form.start')}`}
                  value={b.start}
                  onChange={(v) => update(i, { breaks: session.breaks.map((x, k) => (k === j ? { ...x, start: v } : x)) })}
                />
                <span aria-hidden="true">–</span>
                <TimeInput
                  label={`${t('events.form.breaks')} ${j + 1} ${t('events.form.end')}`}
                  value={b.end}
                  onChange={(v) => update(i, { breaks: session.breaks.map((x, k) => (k === j ? { ...x, end: v } : x)) })}
                />
                <button
                  type="button"
                  className="button button-small ev-quiet"
                  onClick={() => update(i, { breaks: session.breaks.filter((_, k) => k !== j) })}
                >
                  {t('events.form.removeBreak')}
                </button>
              </div>
            ))}
            {errors.map((message) => (
              <p key={message} className="field-error" role="alert">
                {message}
              </p>
            ))}
          </div>
        );
      })}
      {topLevel.map((message) => (
        <p key={message} className="field-error" role="alert">
          {message}
        </p>
      ))}
      <div className="ev-sessions-footer">
        <button type="button" className="button button-small" onClick={() => onChange([...sessions, newSession()])}>
          {t('events.form.addSession')}
        </button>
        <span className="muted small" aria-live="polite" data-testid="slot-preview">
          {slots.length === 0
            ? t('events.form.noSlots')
            : t('events.form.slotPreview', { count: slots.length, first: slots[0]?.start, last: slots[slots.length - 1]?.end })}
        </span>
      </div>
    </fieldset>
  );
}
