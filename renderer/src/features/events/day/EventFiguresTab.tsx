import { useTranslation } from 'react-i18next';
import type { EventFigures } from '../../../../../electron/api/contract';
import { meetingFollowUpValues, meetingRatingValues } from '../../../../../electron/api/contract/event/lifecycle';
import { useApiQuery } from '../../../hooks/useApiQuery';

type Line = { label: string; value: number | string; testId?: string; sub?: boolean };

function FigureCard({ title, lines }: { title: string; lines: Line[] }) {
  return (
    <section className="panel figure-card">
      <h3 className="panel-title">{title}</h3>
      <dl className="figure-list">
        {lines.map((line) => (
          <div key={line.label} className={line.sub ? 'figure-line is-sub' : 'figure-line'}>
            <dt>{line.label}</dt>
            <dd data-testid={line.testId}>{line.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The event's numbers, the same the reports use (eventFigures). */
export function EventFiguresTab({ eventId }: { eventId: number }) {
  const { t, i18n } = useTranslation();
  const { data } = useApiQuery('eventDay.figures', { eventId });
  if (!data) return null;
  const n = (value: number) => value.toLocaleString(i18n.language.startsWith('en') ? 'en-GB' : 'nl-BE');
  const f: EventFigures = data;
  return (
    <div className="figure-grid" data-testid="figures-tab">
      <FigureCard
        title={t('eventDay.figures.registrations')}
        lines={[
          { label: t('eventDay.figures.enterprises'), value: n(f.registrations.onderneming), testId: 'fig-enterprises' },
          { label: t('eventDay.figures.academics'), value: n(f.registrations.academicus), testId: 'fig-academics' },
          { label: t('eventDay.figures.cancelled'), value: n(f.registrations.cancelled), sub: true },
        ]}
      />
      <FigureCard
        title={t('eventDay.figures.requests')}
        lines={[
          { label: t('eventDay.figures.total'), value: n(f.requests), testId: 'fig-requests' },
          { label: t('eventDay.figures.accepted'), value: n(f.accepted), testId: 'fig-accepted' },
          { label: t('eventDay.figures.declined'), value: n(f.declined), sub: true },
          { label: t('eventDay.figures.scheduled'), value: n(f.scheduled), testId: 'fig-scheduled' },
          {
            label: '',
            value: f.lastRun
              ? t('eventDay.figures.scheduledVsBound', { placed: n(f.lastRun.placed), bound: n(f.lastRun.upperBound) })
              : t('eventDay.figures.noRun'),
            sub: true,
          },
        ]}
      />
      <FigureCard
        title={t('eventDay.figures.onTheDay')}
        lines={[
          { label: t('eventDay.figures.held'), value: n(f.held), testId: 'fig-held' },
          { label: t('eventDay.figures.noShows'), value: n(f.noShows), testId: 'fig-no-shows' },
        ]}
      />
      <FigureCard
        title={t('eventDay.figures.ratings')}
        lines={[
          ...meetingRatingValues.map((r) => ({
            label: t(`eventDay.rating.${r}`),
            value: n(f.ratings[r]),
            testId: `fig-rating-${r}`,
          })),
          { label: t('eventDay.figures.unrated'), value: n(f.unrated), sub: true },
        ]}
      />
      <FigureCard
        title={t('eventDay.figures.outcome')}
        lines={[
          { label: t('eventDay.figures.intakes'), value: n(f.intakes), testId: 'fig-intakes' },
          { label: t('eventDay.figures.intakesHeld'), value: n(f.intakesHeld), sub: true },
          { label: t('eventDay.figures.trajects'), value: n(f.trajects), testId: 'fig-trajects' },
        ]}
      />
      <FigureCard
        title={t('eventDay.figures.followUp')}
        lines={[
          ...meetingFollowUpValues.map((v) => ({ label: t(`eventDay.followUp.${v}`), value: n(f.followUps[v]) })),
          { label: t('eventDay.figures.withoutFollowUp'), value: n(f.withoutFollowUp), testId: 'fig-without-follow-up' },
        ]}
      />
    </div>
  );
}
