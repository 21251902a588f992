import type { Db, Tx } from '../../../../db/client';
import { AppError } from '../../errors';
import type { ExpertMatch, RowMatch } from '../match';
import type { Reference } from '../reference';
import type { ValidatedRow } from '../validate';
import { addedIds, brusselsDate, fieldChanges, isEmpty, textKey, titleFromQuestion } from './changes';
import { loadExisting, type Existing } from './existing';
import { summarise } from './summary';
import type {
  Change,
  ContactFields,
  ExpertFields,
  ImportPolicy,
  OrganisationFields,
  OrgRef,
  PlannedRow,
  PlanSummary,
  RowOverride,
} from './types';

export const ORG_UPDATABLE = ['enterpriseNumber', 'legalForm', 'street', 'postcode', 'city', 'website', 'sector'] as const;
export const CONTACT_UPDATABLE = ['firstName', 'lastName', 'role', 'email', 'phone'] as const;
export const EXPERT_UPDATABLE = ['collegeId', 'firstName', 'lastName', 'title', 'email', 'phone'] as const;

export type StepInput = {
  fileName: string;
  now: Date;
  policy: ImportPolicy;
  validated: ValidatedRow[];
  matches: RowMatch[];
  reference: Reference;
  overrides: RowOverride[];
  consentCells: string[];
};

type Group = { key: string; ref: OrgRef; rows: ValidatedRow[] };

const actionFor = (policy: ImportPolicy, changes: Record<string, Change>): 'update' | 'unchanged' | 'skipped' =>
  policy === 'skip' ? 'skipped' : Object.keys(changes).length === 0 ? 'unchanged' : 'update';

/** Per row: what the commit creates, updates or leaves, decided against the database as it is now. */
export function buildSteps(db: Db | Tx, input: StepInput): { rows: PlannedRow[]; summary: PlanSummary } {
  const overrideOf = new Map(input.overrides.map((o) => [o.index, o]));
  const planned: PlannedRow[] = input.validated.map((v) => ({
    index: v.index,
    sourceRow: v.sourceRow,
    kind: v.kind,
    status: overrideOf.get(v.index)?.exclude ? 'excluded' : v.issues.some((i) => i.severity === 'error') ? 'invalid' : 'ok',
    issues: v.issues,
    notes: [],
    organisation: null,
    contact: null,
    need: null,
    expert: null,
    participant: null,
    meetings: [],
  }));
  const ok = input.validated.filter((v) => planned[v.index]?.status === 'ok');
  const groups = organisationGroups(ok, input.matches, overrideOf);
  const groupOf = new Map<number, Group>();
  for (const g of groups.values()) for (const r of g.rows) groupOf.set(r.index, g);
  const existing = loadExisting(
    db,
    [...groups.values()].flatMap((g) => ('id' in g.ref ? [g.ref.id] : [])),
    ok.flatMap((r) => {
      const m = input.matches[r.index];
      return m?.kind === 'expert' && m.expert ? [m.expert.id] : [];
    }),
  );
  for (const g of groups.values()) organisationSteps(g, planned, existing, input.policy);
  contactAndNeedSteps(ok, groupOf, planned, existing, input);
  expertSteps(ok, planned, existing, input);
  return { rows: planned, summary: summarise(planned) };
}

function organisationGroups(ok: ValidatedRow[], matches: RowMatch[], overrideOf: Map<number, RowOverride>): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const row of ok) {
    const match = matches[row.index];
    if (row.kind !== 'enterprise' || match?.kind !== 'enterprise') continue;
    const chosen = overrideOf.get(row.index)?.organisationId;
    const key =
      typeof chosen === 'number'
        ? `id:${chosen}`
        : chosen === 'new'
          ? `row:${row.index}`
          : match.existing
            ? `id:${match.existing.id}`
            : `group:${match.group}`;
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else {
      const id = typeof chosen === 'number' ? chosen : chosen === 'new' ? null : (match.existing?.id ?? null);
      groups.set(key, { key, ref: id === null ? { newOfRow: row.index } : { id }, rows: [row] });
    }
  }
  return groups;
}

/** One organisation's values from all its rows: per field, the first row that has one. */
function mergedFields(rows: ValidatedRow[]): { fields: OrganisationFields; federationIds: number[] } {
  const fields: OrganisationFields = {
    name: '',
    legalForm: null,
    enterpriseNumber: null,
    street: '',
    postcode: null,
    provinceCode: null,
    city: '',
    website: '',
    sector: '',
  };
  for (const row of rows) {
    const o = row.values.organisation;
    for (const key of ['name', 'legalForm', 'enterpriseNumber', 'street', 'city', 'website', 'sector'] as const) {
      if (isEmpty(fields[key]) && !isEmpty(o[key])) (fields as Record<string, unknown>)[key] = o[key];
    }
    if (fields.postcode === null && o.postcode) {
      fields.postcode = o.postcode;
      fields.provinceCode = o.provinceCode;
    }
  }
  const federationIds = [
    ...new Set(rows.flatMap((r) => (r.values.organisation.federationId ? [r.values.organisation.federationId] : []))),
  ];
  return { fields, federationIds: federationIds.sort((a, b) => a - b) };
}

function organisationSteps(group: Group, planned: PlannedRow[], existing: Existing, policy: ImportPolicy): void {
  const [first, ...rest] = group.rows;
  if (!first) return;
  const { fields, federationIds } = mergedFields(group.rows);
  const target = planned[first.index] as PlannedRow;
  if ('newOfRow' in group.ref) {
    target.organisation = { action: 'create', fields, federationIds };
  } else {
    const org = existing.organisations.get(group.ref.id);
    if (!org || org.mergedIntoId !== null)
      throw new AppError('VALIDATION', `Rij ${first.sourceRow}: organisatie ${group.ref.id} bestaat niet (meer).`);
    const changes = fieldChanges(org, fields, ORG_UPDATABLE, policy);
    if (changes.postcode && !org.provinceOverridden && fields.provinceCode !== org.provinceCode)
      changes.provinceCode = { from: org.provinceCode, to: fields.provinceCode };
    const current = [...(existing.federations.get(org.id) ?? [])].sort((a, b) => a - b);
    const added = addedIds(current, federationIds, policy);
    if (added.length > 0) changes.federationIds = { from: current, to: [...current, ...added].sort((a, b) => a - b) };
    target.organisation = { action: actionFor(policy, changes), id: org.id, fields, federationIds, changes };
  }
  for (const row of rest)
    (planned[row.index] as PlannedRow).organisation = { action: 'same', ref: group.ref, firstRow: first.index };
}

function contactAndNeedSteps(
  ok: ValidatedRow[],
  groupOf: Map<number, Group>,
  planned: PlannedRow[],
  existing: Existing,
  input: StepInput,
): void {
  const seenContacts = new Map<string, number>();
  const seenNeeds = new Map<string, number>();
  const themeIdOf = new Map(input.reference.themes.map((t) => [t.code, t.id]));
  // One consent date for the whole file (formatting it per row was a visible part of planning).
  const consentDate = brusselsDate(input.now);
  for (const row of ok) {
    const group = groupOf.get(row.index);
    const target = planned[row.index] as PlannedRow;
    if (!group) continue;
    const orgId = 'id' in group.ref ? group.ref.id : null;
    const { contact, need } = row.values;
    const personal = Boolean(contact.firstName || contact.lastName || contact.email || contact.phone);
    if (personal && !contact.consent) {
      target.notes.push('Geen toestemming voor persoonsgegevens: de organisatie wordt overgenomen, de contactpersoon niet.');
    } else if (personal) {
      const key = `${group.key}|${contact.email ? `e:${contact.email}` : `n:${textKey(`${contact.firstName} ${contact.lastName}`)}`}`;
      const seen = seenContacts.get(key);
      const fields: ContactFields = {
        firstName: contact.firstName,
        lastName: contact.lastName,
        role: contact.role,
        email: contact.email,
        phone: contact.phone,
        consentDate,
        consentSource: `Import ${input.fileName}, rij ${row.sourceRow}`,
        consentScope: input.consentCells[row.index] ?? '',
      };
      if (seen !== undefined) target.contact = { action: 'same', firstRow: seen };
      else {
        seenContacts.set(key, row.index);
        const found = orgId === null ? undefined : findContact(existing, orgId, fields);
        if (!found) target.contact = { action: 'create', org: group.ref, fields };
        else {
          const changes = fieldChanges(found, fields, CONTACT_UPDATABLE, input.policy);
          if (input.policy !== 'skip' && !found.consentDate)
            for (const k of ['consentDate', 'consentSource', 'consentScope'] as const)
              changes[k] = { from: found[k] || null, to: fields[k] };
          target.contact = { action: actionFor(input.policy, changes), id: found.id, fields, changes };
        }
      }
    }
    if (!need.question && !need.title) continue;
    const title = need.title || titleFromQuestion(need.question);
    const key = `${group.key}|${textKey(need.question || title)}`;
    const seen = seenNeeds.get(key);
    if (seen !== undefined) {
      target.need = { action: 'same', firstRow: seen };
      continue;
    }
    seenNeeds.set(key, row.index);
    const themeIds = need.themeCodes.flatMap((c) => (themeIdOf.has(c) ? [themeIdOf.get(c) as number] : []));
    const known =
      orgId === null
        ? undefined
        : (existing.needsByOrg.get(orgId) ?? []).find((n) =>
            need.question ? textKey(n.question) === textKey(need.question) : !n.question && textKey(n.title) === textKey(title),
          );
    target.need = known
      ? { action: 'existing', id: known.id, themeIds }
      : {
          action: 'create',
          org: group.ref,
          contactOfRow: target.contact ? row.index : null,
          title,
          question: need.question,
          themeIds,
        };
  }
}

function findContact(existing: Existing, orgId: number, fields: ContactFields) {
  const list = existing.contactsByOrg.get(orgId) ?? [];
  const name = textKey(`${fields.firstName} ${fields.lastName}`);
  return (
    (fields.email ? list.find((c) => c.email?.toLowerCase() === fields.email) : undefined) ??
    (name ? list.find((c) => textKey(`${c.firstName} ${c.lastName}`) === name) : undefined)
  );
}

function expertSteps(ok: ValidatedRow[], planned: PlannedRow[], existing: Existing, input: StepInput): void {
  const seen = new Map<string, number>();
  for (const row of ok) {
    const match = input.matches[row.index];
    if (row.kind !== 'expert' || match?.kind !== 'expert') continue;
    const target = planned[row.index] as PlannedRow;
    const { contact } = row.values;
    const fields: ExpertFields = {
      collegeId: match.college?.id ?? null,
      firstName: contact.firstName,
      lastName: contact.lastName,
      title: contact.role,
      email: contact.email,
      phone: contact.phone,
    };
    const key = match.expert
      ? `id:${match.expert.id}`
      : contact.email
        ? `e:${contact.email}`
        : `n:${textKey(`${contact.firstName} ${contact.lastName}`)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      target.expert = { action: 'same', firstRow: first };
      continue;
    }
    seen.set(key, row.index);
    target.expert = expertStep(match, fields, existing, input.policy);
    if (match.outcome === 'college_unknown')
      target.notes.push('De hogeschool werd niet herkend: de expert wordt zonder hogeschool aangemaakt.');
  }
}

function expertStep(match: ExpertMatch, fields: ExpertFields, existing: Existing, policy: ImportPolicy): PlannedRow['expert'] {
  const found = match.expert ? existing.experts.get(match.expert.id) : undefined;
  if (!found) return { action: 'create', fields };
  const changes = fieldChanges(found, fields, EXPERT_UPDATABLE, policy);
  return { action: actionFor(policy, changes), id: found.id, fields, changes };
}
