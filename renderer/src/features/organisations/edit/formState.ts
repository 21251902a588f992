import type { InputOf, OrganisationDetail } from '../../../../../electron/api/contract';
import { formatEnterpriseNumber } from '../../../../../electron/api/contract/rules/enterprise-number';
import { legalForms, organisationSizes } from '../../../../../electron/api/contract/organisation/values';

/** What the form holds: strings as typed; the router normalises and validates on save. */
export type OrganisationFormState = {
  name: string;
  legalForm: string;
  enterpriseNumber: string;
  street: string;
  postcode: string;
  city: string;
  /** '' = follow the postcode. */
  provinceOverride: string;
  federationIds: number[];
  sector: string;
  size: string;
  website: string;
  notes: string;
};

export const emptyForm: OrganisationFormState = {
  name: '',
  legalForm: '',
  enterpriseNumber: '',
  street: '',
  postcode: '',
  city: '',
  provinceOverride: '',
  federationIds: [],
  sector: '',
  size: '',
  website: '',
  notes: '',
};

export function formFromDetail(d: OrganisationDetail): OrganisationFormState {
  return {
    name: d.name,
    legalForm: d.legalForm ?? '',
    enterpriseNumber: d.enterpriseNumber ? formatEnterpriseNumber(d.enterpriseNumber) : '',
    street: d.street,
    postcode: d.postcode ?? '',
    city: d.city,
    provinceOverride: d.provinceOverridden ? (d.provinceCode ?? '') : '',
    federationIds: d.federations.map((f) => f.id),
    sector: d.sector,
    size: d.size ?? '',
    website: d.website,
    notes: d.notes,
  };
}

export function toInput(f: OrganisationFormState, confirmDuplicate: boolean): InputOf<'organisations.create'> {
  return {
    name: f.name,
    legalForm: legalForms.find((l) => l === f.legalForm) ?? null,
    enterpriseNumber: f.enterpriseNumber,
    street: f.street,
    postcode: f.postcode,
    city: f.city,
    provinceOverridden: f.provinceOverride !== '',
    provinceCode: f.provinceOverride || null,
    federationIds: f.federationIds,
    sector: f.sector,
    size: organisationSizes.find((s) => s === f.size) ?? null,
    website: f.website,
    notes: f.notes,
    confirmDuplicate,
  };
}
