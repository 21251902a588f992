import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { ContactTable } from './list/ContactTable';
import { OrganisationTable } from './list/OrganisationTable';

type Tab = 'organisations' | 'contacts';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('organisations');
  return (
    <div className="page page-fill">
      <PageHeader
        title={t('organisations.title')}
        subtitle={t('organisations.subtitle')}
        actions={
          <a className="button button-primary" href={hrefFor('organisaties', 'nieuw')} data-testid="new-organisation">
            {t('organisations.newOrganisation')}
          </a>
        }
      />
      <Tabs<Tab>
        label={t('organisations.tabs')}
        idPrefix="organisations"
        value={tab}
        onChange={setTab}
        tabs={[
          { id: 'organisations', label: t('organisations.tabOrganisations') },
          { id: 'contacts', label: t('organisations.tabContacts') },
        ]}
      >
        {tab === 'organisations' ? <OrganisationTable /> : <ContactTable />}
      </Tabs>
    </div>
  );
}
