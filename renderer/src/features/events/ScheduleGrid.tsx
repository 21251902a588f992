import { useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail, GridMeeting } from '../../../../electron/api/contract/events';
import { useSave } from '../../components/form/useSave';
import { useApiQuery } from '../../hooks/useApiQuery';
import { slotText } from './format';
import { usePlacements } from './usePlacements';
import { usePrintGuard } from './usePrintGuard';

function LockIcon() {
  return (
    <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

const pairOf = (m: GridMeeting) => `${m.enterpriseName} – ${m.academicName}`;

/**
 * The manual grid: slots (rows) × tables (columns). Pick a meeting; every cell then says whether
 * it can go there (green) or clashes (red, with the reason). Move by click, drag or keyboard;
 * the service checks every move again.
 */
export function ScheduleGrid({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const grid = useApiQuery('events.grid', { eventId: event.id });
  const { save, busy } = useSave({ reportErrors: 'all' });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [focus, setFocus] = useState<[number, number]>([0, 1]);
  const [hint, setHint] = useState('');
  const tableRef = useRef<HTMLTableElement>(null);
  const cells = usePlacements(selectedId);
  const guard = usePrintGuard();
  const data = grid.data;
  const all = useMemo(() => [...(data?.placed ?? []), ...(data?.unplaced ?? [])], [data]);
  const at = useMemo(() => new Map((data?.placed ?? []).map((m) => [`${m.slotIndex}:${m.tableNumber}`, m])), [data]);
  const selected = all.find((m) => m.id === selectedId) ?? null;

  if (!data) return null;
  if (data.slots.length === 0) return <p className="muted">{t('events.grid.noSlots')}</p>;

  function focusCell(slot: number, table: number) {
    setFocus([slot, table]);
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${slot}:${table}"]`)?.focus();
  }

  async function moveTo(slot: number, table: number) {
    if (!selected) return;
    // A meeting on the printed agendas: say whom to tell, and only go on when confirmed.
    if (!(await guard.check(selected.id, [slot, table], 'move', pairOf(selected)))) return;
    const slotLabel = slotText(data?.slots[slot]);
    const ok = await save(
      'events.moveMeeting',
      { id: selected.id, slotIndex: slot, tableNumber: table },
      t('events.grid.moved', { slot: slotLabel, table }),
    );
    if (ok) setSelectedId(null);
  }

  async function unschedule(m: GridMeeting) {
    if (!(await guard.check(m.id, null, 'unschedule', pairOf(m)))) return;
    if (await save('events.unscheduleMeeting', { id: m.id }, t('events.grid.unscheduled'))) setSelectedId(null);
  }

  /** An occupied cell selects (or deselects) its meeting; a free cell receives the selected one. */
  function activate(slot: number, table: number) {
    const here = at.get(`${slot}:${table}`);
    if (here) {
      setSelectedId(here.id === selectedId ? null : here.id);
      return;
    }
    if (!selected) return;
    const cell = cells?.get(`${slot}:${table}`);
    if (cell && !cell.ok) {
      setHint(cell.reason);
      return;
    }
    void moveTo(slot, table);
  }

  function onKeyDown(e: KeyboardEvent<HTMLTableCellElement>, slot: number, table: number) {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [Math.max(0, slot - 1), table],
      ArrowDown: [Math.min(data!.slots.length - 1, slot + 1), table],
      ArrowLeft: [slot, Math.max(1, table - 1)],
      ArrowRight: [slot, Math.min(data!.tables, table + 1)],
      Home: [slot, 1],
      End: [slot, data!.tables],
    };
    const target = moves[e.key];
    if (target) {
      e.preventDefault();
      focusCell(target[0], target[1]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate(slot, table);
    } else if (e.key === 'Escape') {
      setSelectedId(null);
    }
  }

  function describe(slot: number, table: number): { className: string; reason: string; label: string } {
    const here = at.get(`${slot}:${table}`);
    const slotLabel = slotText(data!.slots[slot]);
    const base = here
      ? t('events.grid.cell', { slot: slotLabel, table, meeting: pairOf(here) })
      : t('events.grid.freeCell', { slot: slotLabel, table });
    if (!selected || !cells) return { className: 'ev-cell', reason: '', label: base };
    if (here?.id === selected.id) return { className: 'ev-cell ev-cell-selected', reason: '', label: base };
    const cell = cells.get(`${slot}:${table}`);
    if (cell?.ok) return { className: 'ev-cell ev-cell-ok', reason: '', label: `${base} (${t('events.grid.canGo')})` };
    return {
      className: 'ev-cell ev-cell-clash',
      reason: cell?.reason ?? '',
      label: `${base} (${t('events.grid.clash')}: ${cell?.reason ?? ''})`,
    };
  }

  function onDragStart(e: DragEvent, m: GridMeeting) {
    e.dataTransfer.setData('text/plain', String(m.id));
    e.dataTransfer.effectAllowed = 'move';
    setSelectedId(m.id);
  }

  function chip(m: GridMeeting) {
    return (
      <span
        className={`ev-chip ev-chip-${m.priority}${m.locked ? ' is-locked' : ''}`}
        draggable
        onDragStart={(e) => onDragStart(e, m)}
        data-testid="grid-meeting"
        data-meeting={m.id}
      >
        <span className="ev-chip-line">{m.enterpriseName}</span>
        <span className="ev-chip-line muted">{m.academicName}</span>
        {m.locked && (
          <span className="ev-lock" role="img" aria-label={t('events.meetings.locked')} title={t('events.meetings.locked')}>
            <LockIcon />
          </span>
        )}
      </span>
    );
  }

  return (
    <section className="panel ev-grid-panel" aria-labelledby="ev-grid-title">
      <div className="panel-header">
        <h2 id="ev-grid-title" className="panel-title">
          {t('events.grid.title')}
        </h2>
      </div>
      <p className="muted small ev-grid-help">{t('events.grid.help')}</p>
      <div className="ev-grid-layout">
        <div className="ev-grid-scroll">
          <table
            ref={tableRef}
            className="ev-grid"
            aria-label={t('events.grid.label', { name: event.name })}
            data-testid="schedule-grid"
          >
            <thead>
              <tr>
                <th scope="col" className="ev-grid-slot">
                  {t('events.grid.slot')}
                </th>
                {Array.from({ length: data.tables }, (_, i) => (
                  <th key={i} scope="col">
                    {t('events.grid.table', { n: i + 1 })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.slots.map((slot) => (
                <tr
                  key={slot.index}
                  className={
                    slot.index > 0 && data.slots[slot.index - 1]?.session !== slot.session ? 'ev-session-start' : undefined
                  }
                >
                  <th scope="row" className="ev-grid-slot">
                    {slotText(slot)}
                  </th>
                  {Array.from({ length: data.tables }, (_, i) => {
                    const table = i + 1;
                    const here = at.get(`${slot.index}:${table}`);
                    const d = describe(slot.index, table);
                    return (
                      <td
                        key={table}
                        className={d.className}
                        tabIndex={focus[0] === slot.index && focus[1] === table ? 0 : -1}
                        aria-label={d.label}
                        title={d.reason || undefined}
                        data-cell={`${slot.index}:${table}`}
                        onClick={() => {
                          setFocus([slot.index, table]);
                          activate(slot.index, table);
                        }}
                        onKeyDown={(e) => onKeyDown(e, slot.index, table)}
                        onFocus={() => setHint(d.reason)}
                        onMouseEnter={() => setHint(d.reason)}
                        onDragOver={(e) => {
                          if (!d.className.includes('ev-cell-clash')) e.preventDefault();
                        }}
                        onDrop={(e) => {
                          e.preventDefault();
                          void moveTo(slot.index, table);
                        }}
                      >
                        {here ? chip(here) : <span className="ev-free" aria-hidden="true" />}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <aside className="ev-grid-side">
          <div className="ev-selected" aria-live="polite" data-testid="grid-selected">
            {selected ? (
              <strong>{t('events.grid.selected', { meeting: pairOf(selected) })}</strong>
            ) : (
              <span className="muted">{t('events.grid.none')}</span>
            )}
            {hint && (
              <p className="ev-clash-reason" data-testid="grid-reason">
                {hint}
              </p>
            )}
            {selected && (
              <div className="ev-row-actions">
                {selected.slotIndex !== null && (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy}
                    data-testid="grid-lock"
                    onClick={() =>
                      void save(
                        'events.setLock',
                        { id: selected.id, locked: !selected.locked },
                        t(selected.locked ? 'events.grid.unlockedNotice' : 'events.grid.lockedNotice'),
                      )
                    }
                  >
                    {selected.locked ? t('events.grid.unlock') : t('events.grid.lock')}
                  </button>
                )}
                {selected.slotIndex !== null && (
                  <button type="button" className="button button-small" disabled={busy} onClick={() => void unschedule(selected)}>
                    {t('events.grid.unschedule')}
                  </button>
                )}
                <button type="button" className="button button-small" onClick={() => setSelectedId(null)}>
                  {t('events.grid.deselect')}
                </button>
              </div>
            )}
          </div>
          <h3 className="ev-side-title">{t('events.grid.unplaced', { count: data.unplaced.length })}</h3>
          {data.unplaced.length === 0 ? (
            <p className="muted small">{t('events.grid.noUnplaced')}</p>
          ) : (
            <ul className="ev-unplaced" data-testid="grid-unplaced">
              {data.unplaced.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    className={m.id === selectedId ? 'ev-unplaced-item is-picked' : 'ev-unplaced-item'}
                    aria-pressed={m.id === selectedId}
                    draggable
                    onDragStart={(e) => onDragStart(e, m)}
                    onClick={() => setSelectedId(m.id === selectedId ? null : m.id)}
                  >
                    <span>{pairOf(m)}</span>
                    <span className="muted small">{t(`events.meetings.priority.${m.priority}`)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
      {guard.dialog}
    </section>
  );
}
