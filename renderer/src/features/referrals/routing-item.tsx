import { useTranslation } from 'react-i18next';
import type { RoutingScorePart, RoutingSuggestion } from '../../../../electron/api/contract';
import { routingMaxScore } from '../../../../electron/api/contract/routing';

const fmt = (n: number) => n.toLocaleString('nl-BE', { maximumFractionDigits: 1 });

/** A horizontal bar for a value against its maximum; decorative next to the number it shows. */
function Bar({ value, max, className }: { value: number; max: number; className?: string }) {
  const pct = Math.max(0, Math.min(100, max > 0 ? (100 * value) / max : 0));
  return (
    <span className={`routing-bar ${className ?? ''}`} aria-hidden="true">
      <span className="routing-bar-fill" style={{ width: `${pct}%` }} />
    </span>
  );
}

function Part({ part }: { part: RoutingScorePart }) {
  const { t } = useTranslation();
  return (
    <li className="routing-part" data-testid={`routing-part-${part.key}`}>
      <span className="routing-part-label">{t(`routing.parts.${part.key}`)}</span>
      <span className="routing-part-points">
        {part.max !== undefined
          ? t('routing.points', { value: fmt(part.value), max: part.max })
          : t('routing.pointsNoMax', { value: fmt(part.value) })}
      </span>
      {part.max !== undefined ? <Bar value={part.value} max={part.max} className="routing-bar-small" /> : <span />}
      <span className="routing-part-detail">{part.detail}</span>
    </li>
  );
}

type Props = {
  suggestion: RoutingSuggestion;
  rank: number;
  chosen: boolean;
  /** The first suggestion opens its "why" at once; the others on request. */
  openWhy: boolean;
  onChoose: () => void;
};

/** One ranked destination: name, where, flags, score bar, the parts of the score, matched words. */
export function RoutingItem({ suggestion: s, rank, chosen, openWhy, onChoose }: Props) {
  const { t } = useTranslation();
  const where = [s.collegeName, t(`routing.kinds.${s.destinationKind}`)].filter(Boolean).join(' · ');
  return (
    <li className={`routing-item${chosen ? ' routing-item-chosen' : ''}`} data-testid="routing-suggestion">
      <div className="routing-head">
        <span className="routing-rank" aria-hidden="true">
          {rank}
        </span>
        <div className="routing-title">
          <strong className="routing-name">{s.name}</strong>
          <span className="routing-where muted small">{where}</span>
        </div>
        <div className="routing-flags">
          {s.flags.map((f) => (
            <span
              key={f}
              className={`badge ${f === 'beperkt' ? 'badge-neutral' : 'badge-warning'}`}
              title={t(`routing.flagHints.${f}`)}
              data-testid={`routing-flag-${f}`}
            >
              {t(`routing.flags.${f}`)}
            </span>
          ))}
        </div>
        <div className="routing-score" title={t('routing.score', { score: fmt(s.score), max: routingMaxScore })}>
          <span className="routing-score-value" data-testid="routing-score">
            {fmt(s.score)}
          </span>
          <Bar value={s.score} max={routingMaxScore} />
          <span className="visually-hidden">{t('routing.score', { score: fmt(s.score), max: routingMaxScore })}</span>
        </div>
        <button
          type="button"
          className={`button button-small${chosen ? ' button-primary' : ''}`}
          aria-pressed={chosen}
          aria-label={t('routing.chooseLabel', { name: s.name })}
          onClick={onChoose}
          data-testid="routing-choose"
        >
          {chosen ? t('routing.chosen') : t('routing.choose')}
        </button>
      </div>
      {s.matchedWords.length > 0 && (
        <p className="routing-words small">
          <span className="muted">{t('routing.words')}: </span>
          {s.matchedWords.map((w) => (
            <mark key={w} className="routing-word">
              {w}
            </mark>
          ))}
        </p>
      )}
      <details className="routing-why" open={openWhy}>
        <summary data-testid="routing-why">{t('routing.why')}</summary>
        <ul className="routing-parts">
          {s.parts.map((p) => (
            <Part key={p.key} part={p} />
          ))}
        </ul>
        {s.experts.length > 0 && (
          <p className="small muted routing-experts">
            {t('routing.experts')}: {s.experts.map((e) => e.name).join(', ')}
          </p>
        )}
      </details>
    </li>
  );
}
