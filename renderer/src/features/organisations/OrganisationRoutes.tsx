import { idFrom } from '../../app/routes';
import { NotFoundPage } from '../../app/NotFoundPage';
import { OrganisationDetailPage } from './detail/OrganisationDetailPage';
import { OrganisationFormPage } from './edit/OrganisationFormPage';
import { OrganisationsPage } from './OrganisationsPage';

/** `#/organisaties`, `#/organisaties/nieuw`, `#/organisaties/<id>`, `#/organisaties/<id>/bewerken` */
export function OrganisationRoutes({ segments }: { segments: string[] }) {
  const [first, second, ...rest] = segments;
  if (first === undefined) return <OrganisationsPage />;
  if (first === 'nieuw' && second === undefined) return <OrganisationFormPage key="new" organisationId={null} />;
  const id = idFrom(first);
  if (id === null || rest.length > 0) return <NotFoundPage />;
  if (second === undefined) return <OrganisationDetailPage key={id} organisationId={id} />;
  if (second === 'bewerken') return <OrganisationFormPage key={`edit-${id}`} organisationId={id} />;
  return <NotFoundPage />;
}
