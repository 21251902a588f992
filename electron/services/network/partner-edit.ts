import { and, eq, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { partners } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { linkChange, setPartnerColleges, setPartnerThemes } from './links';
import { FieldIssues, checkColleges, checkProvince, checkThemes, notFound } from './validation';

type PartnerInput = ParsedInputOf<'network.createPartner'>;
type PartnerFields = Omit<PartnerInput, 'themeIds' | 'collegeIds'>;

const partnerColumns = {
  kind: partners.kind,
  name: partners.name,
  shortName: partners.shortName,
  city: partners.city,
  provinceCode: partners.provinceCode,
  website: partners.website,
  sector: partners.sector,
  contactName: partners.contactName,
  email: partners.email,
  phone: partners.phone,
  notes: partners.notes,
  verifyFields: partners.verifyFields,
  responseDays: partners.responseDays,
};

/**
 * What each kind needs: a VLAIO business advisor is a person (their name is required, the
 * organisation defaults to VLAIO); universities, companies and federations are organisations.
 * Themes belong to companies, associated colleges to universities; other kinds keep neither.
 */
function normalise(input: PartnerInput): { fields: PartnerFields; themeIds: number[]; collegeIds: number[] } {
  const { themeIds, collegeIds, ...fields } = input;
  if (fields.kind === 'vlaio' && fields.name === '') fields.name = 'VLAIO';
  return {
    fields,
    themeIds: fields.kind === 'bedrijf' ? themeIds : [],
    collegeIds: fields.kind === 'universiteit' ? collegeIds : [],
  };
}

function validate(tx: Tx, input: PartnerInput, exceptId?: number): void {
  const issues = new FieldIssues();
  if (input.kind === 'vlaio') {
    if (input.contactName === '') issues.add('contactName', 'Geef de naam van de bedrijfsadviseur.');
  } else if (input.name === '') {
    issues.add('name', 'Dit veld is verplicht.');
  }
  if (input.shortName !== '') {
    const same = and(eq(partners.kind, input.kind), sql`lower(${partners.shortName}) = lower(${input.shortName})`);
    const clash = tx
      .select({ name: partners.name })
      .from(partners)
      .where(exceptId === undefined ? same : and(same, ne(partners.id, exceptId)))
      .get();
    if (clash) issues.add('shortName', `Deze afkorting is al in gebruik door ${clash.name}.`);
  }
  checkProvince(tx, issues, input.provinceCode);
  if (input.kind === 'bedrijf') checkThemes(tx, issues, input.themeIds);
  if (input.kind === 'universiteit') checkColleges(tx, issues, input.collegeIds);
  issues.throwIfAny();
}

export function createPartner(ctx: AppContext, input: PartnerInput): { id: number } {
  return ctx.db().transaction((tx) => {
    validate(tx, input);
    const { fields, themeIds, collegeIds } = normalise(input);
    const at = ctx.now().toISOString();
    const row = tx
      .insert(partners)
      .values({ ...fields, createdAt: at, updatedAt: at })
      .returning({ id: partners.id })
      .get();
    setPartnerThemes(tx, row.id, themeIds);
    setPartnerColleges(tx, row.id, collegeIds);
    const changes: Record<string, unknown> = diffChanges<PartnerFields>(null, fields);
    if (themeIds.length > 0) changes.themeIds = linkChange([], themeIds);
    if (collegeIds.length > 0) changes.collegeIds = linkChange([], collegeIds);
    recordAudit(tx, ctx.actor, at, { entity: 'partner', entityId: row.id, action: 'create', changes });
    return row;
  });
}

export function updatePartner(ctx: AppContext, input: ParsedInputOf<'network.updatePartner'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const { id, verifyFields, ...rest } = input;
    const before = tx.select(partnerColumns).from(partners).where(eq(partners.id, id)).get();
    if (!before) throw notFound('Partner', id);
    validate(tx, rest, id);
    const { fields, themeIds, collegeIds } = normalise(rest);
    const after = {
      ...fields,
      verifyFields: verifyFields ?? before.verifyFields,
      responseDays: fields.responseDays === undefined ? before.responseDays : fields.responseDays,
    };
    const changes: Record<string, unknown> = diffChanges<typeof after>(before, after);
    const themeChange = linkChange(setPartnerThemes(tx, id, themeIds), themeIds);
    if (themeChange) changes.themeIds = themeChange;
    const collegeChange = linkChange(setPartnerColleges(tx, id, collegeIds), collegeIds);
    if (collegeChange) changes.collegeIds = collegeChange;
    if (Object.keys(changes).length === 0) return { id };
    const at = ctx.now().toISOString();
    tx.update(partners)
      .set({ ...after, updatedAt: at })
      .where(eq(partners.id, id))
      .run();
    recordAudit(tx, ctx.actor, at, { entity: 'partner', entityId: id, action: 'update', changes });
    return { id };
  });
}

/** Partners are referral destinations: deactivated, never deleted. */
export function setPartnerActive(ctx: AppContext, input: ParsedInputOf<'network.setPartnerActive'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = tx.select({ active: partners.active }).from(partners).where(eq(partners.id, input.id)).get();
    if (!before) throw notFound('Partner', input.id);
    if (before.active === input.active) return { id: input.id };
    const at = ctx.now().toISOString();
    tx.update(partners).set({ active: input.active, updatedAt: at }).where(eq(partners.id, input.id)).run();
    recordAudit(tx, ctx.actor, at, {
      entity: 'partner',
      entityId: input.id,
      action: input.active ? 'reactivate' : 'deactivate',
      changes: { active: { from: before.active, to: input.active } },
    });
    return { id: input.id };
  });
}
