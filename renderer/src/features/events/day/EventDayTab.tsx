import { Fragment, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayMeeting } from '../../../../../electron/api/contract';
import { call } from '../../../api';
import { useDataVersion } from '../../../app/DataVersion';
import { useNotices } from '../../../app/NoticeContext';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { DayMeetingRow } from './DayMeetingRow';
import { MeetingPanel } from './MeetingPanel';
import { dayActionForKey, enterpriseFirst, participantOfSide } from './dayKeys';

/** On the day: every scheduled meeting by round (the current round first), marked with one key. */
export function EventDayTab({ eventId }: { eventId: number }) {
  const { t } = useTranslation();
  const { notifySuccess, reportError } = useNotices();
  const { reloadAll } = useDataVersion();
  const { data } = useApiQuery('eventDay.day', { eventId });
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const ratingRef = useRef<HTMLFieldSetElement>(null);
  const flat = useMemo(() => data?.slots.flatMap((s) => s.meetings) ?? [], [data]);
  const selected = flat.find((m) => m.id === selectedId) ?? flat[0];

  // Keep the selected row in view as the coordinator walks the list with the keyboard.
  useEffect(() => {
    listRef.current?.querySelector(`[data-meeting-id="${selected?.id ?? ''}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected?.id]);

  const label = (m: DayMeeting) => {
    const [a, b] = enterpriseFirst(m);
    return t('eventDay.day.vs', { a: a.displayName, b: b.displayName });
  };

  const mark = async (m: DayMeeting, outcome: 'gehouden' | 'niet_opgedaagd', noShowParticipantId: number | null = null) => {
    try {
      const result = await call('eventDay.mark', { meetingId: m.id, outcome, noShowParticipantId });
      notifySuccess(t('eventDay.day.marked', { meeting: label(m), status: t(`eventDay.status.${result.status}`) }));
      reloadAll();
    } catch (error) {
      reportError(error);
    }
  };

  const undo = async (m: DayMeeting) => {
    try {
      await call('eventDay.undoMark', { meetingId: m.id });
      notifySuccess(t('eventDay.day.undone', { meeting: label(m) }));
      reloadAll();
    } catch (error) {
      reportError(error);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || !selected) return;
    const action = dayActionForKey(event.key);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'move') {
      const index = flat.findIndex((m) => m.id === selected.id);
      const next = flat[Math.min(flat.length - 1, Math.max(0, index + action.delta))];
      if (next) setSelectedId(next.id);
    } else if (action.kind === 'mark') {
      if (action.outcome === 'gehouden') void mark(selected, 'gehouden');
      else void mark(selected, 'niet_opgedaagd', action.who === 'both' ? null : participantOfSide(selected, action.who));
    } else if (action.kind === 'undo') {
      void undo(selected);
    } else {
      ratingRef.current?.focus();
    }
  };

  if (data && flat.length === 0) return <p className="muted">{t('eventDay.day.empty')}</p>;
  return (
    <div className="day-layout" data-testid="day-tab">
      <div className="day-main">
        <div
          ref={listRef}
          className="panel panel-flush day-list"
          tabIndex={0}
          role="region"
          aria-label={t('eventDay.day.listLabel')}
          onKeyDown={onKeyDown}
          data-testid="day-list"
        >
          <table className="simple-table day-table-grid">
            <colgroup>
              <col className="day-col-table" />
              <col className="day-col-who" />
              <col />
              <col className="day-col-buttons" />
            </colgroup>
            <tbody>
              {data?.slots.map((group) => (
                <Fragment key={group.slot.index}>
                  <tr className="day-slot-row">
                    <th colSpan={4} scope="colgroup">
                      {t('eventDay.day.slot', { number: group.slot.index + 1, start: group.slot.start, end: group.slot.end })}
                      {group.slot.index === data.currentSlotIndex && (
                        <span className="badge badge-neutral day-now">
                          {t(data.isEventDay ? 'eventDay.day.now' : 'eventDay.day.toMark')}
                        </span>
                      )}
                      {data.isEventDay && data.currentSlotIndex !== null && group.slot.index < data.currentSlotIndex && (
                        <span className="muted small day-earlier">{t('eventDay.day.earlier')}</span>
                      )}
                    </th>
                  </tr>
                  {group.meetings.map((m) => (
                    <DayMeetingRow
                      key={m.id}
                      meeting={m}
                      selected={m.id === selected?.id}
                      onSelect={() => {
                        setSelectedId(m.id);
                        listRef.current?.focus();
                      }}
                      onMark={(outcome) => void mark(m, outcome)}
                      onUndo={() => void undo(m)}
                    />
                  ))}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
        <div className="day-shortcuts muted small" aria-label={t('eventDay.day.shortcuts')} data-testid="day-shortcuts">
          {(['keyMove', 'keyHeld', 'keyNoShow', 'keyUndo', 'keyRate'] as const).map((k) => (
            <span key={k}>{t(`eventDay.day.${k}`)}</span>
          ))}
        </div>
      </div>
      <MeetingPanel
        key={`${selected?.id ?? 0}-${selected?.rating ?? ''}-${selected?.ratingComment ?? ''}`}
        meeting={selected}
        ratingRef={ratingRef}
      />
    </div>
  );
}
