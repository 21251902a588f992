import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../../electron/api/contract/events';
import {
  eventStatusValues,
  meetingPriorityValues,
  meetingStatusValues,
  participantSideValues,
  participantStatusValues,
  type MeetingStatus,
  type ParticipantSide,
} from '../../../../electron/api/contract/event/lifecycle';
import { exportLabels, type ExportableColumn, type TableExportSource } from '../../components/tableExportColumns';
import { slotText } from './format';

/** What a `<TableExportMenu>` needs: the list call as the table makes it now, and the columns as shown. */
export type EventTableExport = { source: TableExportSource; columns: ExportableColumn[] };

/** Kept apart from the tab files: the export columns mirror the tables without touching their cells. */
export function useEventListExport(input: Record<string, unknown>): EventTableExport {
  const { t } = useTranslation();
  return useMemo(() => {
    const col = (id: string, exportAs: ExportableColumn['exportAs']) => ({
      id,
      label: t(`events.list.columns.${id}`),
      exportAs,
    });
    return {
      source: { method: 'events.list', input, fileName: t('tableExport.fileNames.events') },
      columns: [
        col('date', { key: 'date', type: 'date' }),
        col('name', { key: 'name' }),
        col('place', { key: 'location+platform' }),
        col('participants', { key: 'participants', type: 'number' }),
        col('meetings', { key: 'meetings', type: 'number' }),
        col('scheduled', { key: 'scheduled', type: 'number' }),
        col('status', { key: 'status', labels: exportLabels(eventStatusValues, (v) => t(`events.status.${v}`)) }),
      ],
    };
  }, [t, input]);
}

export function useParticipantExport(event: EventDetail, side: ParticipantSide | ''): EventTableExport {
  const { t } = useTranslation();
  return useMemo(() => {
    const col = (id: string, exportAs: ExportableColumn['exportAs']) => ({
      id,
      label: t(`events.participants.columns.${id}`),
      exportAs,
    });
    return {
      source: {
        method: 'events.listParticipants',
        input: { eventId: event.id, ...(side ? { side } : {}) },
        fileName: t('tableExport.fileNames.participants'),
      },
      columns: [
        col('name', { key: 'displayName' }),
        col('side', { key: 'side', labels: exportLabels(participantSideValues, (v) => t(`events.participants.side.${v}`)) }),
        col('detail', { key: 'detail' }),
        col('need', { key: 'needTitle' }),
        col('cap', { key: 'maxMeetings', type: 'number' }),
        col('requests', { key: 'requests', type: 'number' }),
        col('scheduled', { key: 'scheduled', type: 'number' }),
        col('status', {
          key: 'status',
          labels: exportLabels(participantStatusValues, (v) =>
            v === 'geannuleerd' ? t('events.participants.cancelled') : t('tableExport.values.registered'),
          ),
        }),
      ],
    };
  }, [t, event.id, side]);
}

export function useMeetingExport(event: EventDetail, status: MeetingStatus | ''): EventTableExport {
  const { t } = useTranslation();
  return useMemo(() => {
    const col = (id: string, exportAs: ExportableColumn['exportAs']) => ({
      id,
      label: t(`events.meetings.columns.${id}`),
      exportAs,
    });
    // The slot cell shows its time span; the export writes the same text instead of the index.
    const slots = Object.fromEntries(event.slots.map((slot) => [String(slot.index), slotText(slot)]));
    return {
      source: {
        method: 'events.listMeetings',
        input: { eventId: event.id, ...(status ? { status } : {}) },
        fileName: t('tableExport.fileNames.meetings'),
      },
      columns: [
        col('enterprise', { key: 'enterpriseName' }),
        col('academic', { key: 'academicName' }),
        col('asked', { key: 'requesterName' }),
        col('priority', {
          key: 'priority',
          labels: exportLabels(meetingPriorityValues, (v) => t(`events.meetings.priority.${v}`)),
        }),
        col('status', {
          key: 'status',
          labels: exportLabels(meetingStatusValues, (v) => t(`events.meetings.statuses.${v}`)),
        }),
        { id: 'locked', label: t('tableExport.columns.locked'), exportAs: { key: 'locked', type: 'boolean' } },
        col('slot', { key: 'slotIndex', labels: slots }),
        col('table', { key: 'tableNumber', type: 'number' }),
        { id: 'declineReason', label: t('tableExport.columns.declineReason'), exportAs: { key: 'declineReason' } },
      ],
    };
  }, [t, event.id, event.slots, status]);
}
