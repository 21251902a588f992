import type { SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, navigate } from '../../../app/routes';
import { DataTable } from '../../../components/DataTable';
import { LoadState } from '../../../components/LoadState';
import { TableToolbar, toolbarColumns } from '../../../components/TableToolbar';
import { useColumnVisibility } from '../../../components/useColumnVisibility';
import { sortingFrom, stringFrom } from '../../../components/viewState';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { Pager } from '../../../components/Pager';
import { sortFrom } from './sort';
import { useContactColumns } from './useContactColumns';

const PAGE_SIZE = 100;
const sortColumns = ['lastName', 'email', 'organisation'] as const;
const defaultSorting: SortingState = [{ id: 'lastName', desc: false }];
// Column ids whose header label has another message key.
const labelKeys: Record<string, string> = { lastName: 'contactName', consentDate: 'consent' };

/** Every contact across organisations, paged by the server (built for 300k rows). */
export function ContactTable() {
  const { t } = useTranslation();
  const columns = useContactColumns();
  const [text, setText] = useState('');
  const [consent, setConsent] = useState('');
  const [active, setActive] = useState('true');
  const [sorting, setSorting] = useState<SortingState>(defaultSorting);
  const [offset, setOffset] = useState(0);
  const [columnVisibility, setColumnVisibility] = useColumnVisibility('contacts');
  const columnChoices = useMemo(
    () => toolbarColumns(columns, (id) => t(`organisations.columns.${labelKeys[id] ?? id}`), 'lastName'),
    [columns, t],
  );
  const search = useDebouncedValue(text.trim(), 200);
  const listInput = {
    ...(search ? { search } : {}),
    filters: {
      ...(consent ? { hasConsent: consent === 'yes' } : {}),
      ...(active ? { active: active === 'true' } : {}),
    },
    sort: sortFrom(sorting, sortColumns, 'lastName'),
  };
  const query = useApiQuery('contacts.list', { ...listInput, offset, limit: PAGE_SIZE });

  return (
    <section className="table-section" aria-label={t('organisations.contactsTableLabel')}>
      <div className="toolbar org-filterbar">
        <label className="org-filter">
          <span className="field-label small">{t('organisations.searchLabel')}</span>
          <input
            type="search"
            className="input"
            value={text}
            placeholder={t('organisations.contactSearchPlaceholder')}
            onChange={(e) => {
              setText(e.target.value);
              setOffset(0);
            }}
            data-testid="contact-search"
          />
        </label>
        <label className="org-filter">
          <span className="field-label small">{t('organisations.filters.consent')}</span>
          <select
            className="input"
            value={consent}
            onChange={(e) => {
              setConsent(e.target.value);
              setOffset(0);
            }}
          >
            <option value="">{t('organisations.filters.all')}</option>
            <option value="yes">{t('organisations.filters.withConsent')}</option>
            <option value="no">{t('organisations.filters.withoutConsent')}</option>
          </select>
        </label>
        <label className="org-filter">
          <span className="field-label small">{t('organisations.filters.status')}</span>
          <select
            className="input"
            value={active}
            onChange={(e) => {
              setActive(e.target.value);
              setOffset(0);
            }}
          >
            <option value="">{t('organisations.filters.all')}</option>
            <option value="true">{t('organisations.filters.active')}</option>
            <option value="false">{t('organisations.filters.inactive')}</option>
          </select>
        </label>
        <TableToolbar
          tableKey="contacts"
          columns={columnChoices}
          columnVisibility={columnVisibility}
          onColumnVisibilityChange={setColumnVisibility}
          viewState={{ text, consent, active, sorting }}
          exportOf={{ method: 'contacts.list', input: listInput, fileName: t('tableExport.fileNames.contacts') }}
          onApplyView={(state) => {
            setText(stringFrom(state.text, ''));
            setConsent(stringFrom(state.consent, ''));
            setActive(stringFrom(state.active, 'true'));
            setSorting(sortingFrom(state.sorting, defaultSorting));
            setOffset(0);
          }}
        />
      </div>
      {query.error && !query.data ? (
        <LoadState error={query.error} onRetry={query.reload} />
      ) : (
        <DataTable
          data={query.data?.rows ?? []}
          columns={columns}
          getRowId={(row) => String(row.id)}
          label={t('organisations.contactsTableLabel')}
          sorting={sorting}
          onSortingChange={(updater) => {
            setSorting(updater);
            setOffset(0);
          }}
          onRowActivate={(row) => navigate(hrefFor('organisaties', row.organisationId))}
          emptyMessage={t('organisations.contactsEmpty')}
          busy={query.loading}
          rowTestId="contact-row"
          columnVisibility={columnVisibility}
        />
      )}
      <div className="org-table-footer">
        {query.data && <Pager offset={offset} limit={PAGE_SIZE} total={query.data.total} onChange={setOffset} />}
      </div>
    </section>
  );
}
