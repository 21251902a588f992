import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { useDataVersion } from '../../../app/DataVersion';
import { useNotices } from '../../../app/NoticeContext';
import { formatDateTime } from '../../../format';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { saveFile } from '../../../lib/saveFile';
import { AgendaChangesPanel } from './AgendaChangesPanel';
import { AgendaPages } from './AgendaPages';

type Mode = 'participants' | 'tables';

/** Agendas per participant and per table: print, Excel, "Afgedrukt" and the changes since. */
export function EventAgendaTab({ eventId }: { eventId: number }) {
  const { t } = useTranslation();
  const { notifySuccess, reportError } = useNotices();
  const { reloadAll } = useDataVersion();
  const { data: view } = useApiQuery('eventDay.agenda', { eventId });
  const [mode, setMode] = useState<Mode>('participants');
  const [busy, setBusy] = useState(false);

  const download = async () => {
    try {
      const file = await call('eventDay.agendaXlsx', { eventId });
      const saved = await saveFile(file);
      if (saved.saved) notifySuccess(t('eventDay.agenda.downloaded', { file: saved.label }));
    } catch (error) {
      reportError(error);
    }
  };

  const markPrinted = async () => {
    setBusy(true);
    try {
      const printed = await call('eventDay.markPrinted', { eventId });
      notifySuccess(t('eventDay.agenda.printedSaved', { when: formatDateTime(printed.printedAt) }));
      reloadAll();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const scheduled = view?.tables.reduce((n, table) => n + table.meetings.length, 0) ?? 0;
  return (
    <div className="event-day-stack" data-testid="agenda-tab">
      <section className="panel no-print">
        <div className="panel-header">
          <div>
            <h3 className="panel-title">
              {t('eventDay.agenda.title')}
              <span className="count-pill">{t('eventDay.agenda.meetings', { count: scheduled })}</span>
            </h3>
            <p className="muted">{t('eventDay.agenda.intro')}</p>
          </div>
          <div className="segmented" role="group" aria-label={t('eventDay.agenda.viewLabel')}>
            {(['participants', 'tables'] as const).map((m) => (
              <button
                key={m}
                type="button"
                className="segment"
                aria-pressed={mode === m}
                onClick={() => setMode(m)}
                data-testid={`agenda-mode-${m}`}
              >
                {t(m === 'participants' ? 'eventDay.agenda.perParticipant' : 'eventDay.agenda.perTable')}
              </button>
            ))}
          </div>
        </div>
        <div className="event-day-actions">
          <button type="button" className="button" onClick={() => window.print()} disabled={scheduled === 0}>
            {t('eventDay.agenda.print')}
          </button>
          <button type="button" className="button" onClick={() => void download()} disabled={scheduled === 0}>
            {t('eventDay.agenda.download')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void markPrinted()}
            disabled={busy || scheduled === 0}
            title={t('eventDay.agenda.markPrintedHint')}
            data-testid="agenda-mark-printed"
          >
            {t('eventDay.agenda.markPrinted')}
          </button>
          <span className="muted small" data-testid="agenda-last-print">
            {view?.lastPrint
              ? t('eventDay.agenda.lastPrint', { when: formatDateTime(view.lastPrint.printedAt), who: view.lastPrint.actor })
              : t('eventDay.agenda.neverPrinted')}
          </span>
        </div>
      </section>
      <AgendaChangesPanel eventId={eventId} />
      {view && scheduled === 0 && <p className="muted no-print">{t('eventDay.agenda.empty')}</p>}
      {view && scheduled > 0 && <AgendaPages view={view} mode={mode} />}
    </div>
  );
}
