import {
  checkEmail,
  checkEnterpriseNumber,
  checkLegalForm,
  checkPhone,
  checkPostcode,
  legalFormInName,
  type Checked,
} from './checks';
import type { DataRow } from './header';
import type { RowIssue } from './issues';
import type { ColumnMapping } from './mapping';
import { splitFullName } from './names';
import type { Reference } from './reference';
import type { Target } from './targets';
import { parseAvailability, parseWishes, type EventValues } from './event/values';
import { matchCollege, matchFederation, matchTheme, parseConsent, saysExpert, splitMulti } from './values';

export type RowValues = {
  organisation: {
    name: string;
    enterpriseNumber: string | null;
    legalForm: string | null;
    street: string;
    postcode: string | null;
    provinceCode: string | null;
    city: string;
    website: string;
    sector: string;
    federationId: number | null;
  };
  contact: { firstName: string; lastName: string; role: string; email: string | null; phone: string | null; consent: boolean };
  need: { title: string; question: string; themeCodes: string[] };
  expert: { college: string };
  /** Only used when an event is the import's target. */
  event: EventValues;
};

export type ValidatedRow = {
  /** 0-based position among the data rows. */
  index: number;
  sourceRow: number;
  kind: 'enterprise' | 'expert';
  values: RowValues;
  issues: RowIssue[];
};

const FREE_TEXT: Target[] = [
  'organisation.name',
  'organisation.street',
  'organisation.city',
  'organisation.sector',
  'contact.firstName',
  'contact.lastName',
  'contact.fullName',
  'contact.role',
  'need.title',
  'need.question',
  'expert.college',
  'event.wishes',
  'event.availability',
];

/** Checks and normalises every mapped cell with the shared field rules; nothing is written. */
export function validateRows(rows: DataRow[], mappings: ColumnMapping[], reference: Reference): ValidatedRow[] {
  const columnOf = new Map<Target, number>();
  for (const m of mappings) if (m.target !== 'ignore' && !columnOf.has(m.target)) columnOf.set(m.target, m.column);
  return rows.map((row, index) => validateRow(row, index, columnOf, reference));
}

function validateRow(row: DataRow, index: number, columnOf: Map<Target, number>, reference: Reference): ValidatedRow {
  const issues: RowIssue[] = [];
  const cell = (target: Target): string => {
    const column = columnOf.get(target);
    if (column === undefined) return '';
    // A formula (xlsx) is kept as the text that was typed, like `=HYPERLINK(...)` in a CSV.
    return (row.formulas[column] ?? row.cells[column] ?? '').trim();
  };
  const report = <T>(target: Target, checked: Checked<T>): T => {
    if (checked.problem) issues.push({ column: columnOf.get(target) ?? null, field: target, ...checked.problem });
    return checked.value;
  };

  for (const target of columnOf.keys()) {
    const text = cell(target);
    const risky = text.startsWith('=') || (FREE_TEXT.includes(target) && /^[+\-@]/.test(text));
    if (risky) {
      report(target, {
        value: null,
        problem: {
          severity: 'warning',
          code: 'formula_text',
          message: `"${text.slice(0, 60)}" lijkt een formule; het wordt als gewone tekst bewaard, niet uitgerekend.`,
        },
      });
    }
  }

  const names =
    cell('contact.firstName') || cell('contact.lastName')
      ? { firstName: cell('contact.firstName'), lastName: cell('contact.lastName') }
      : splitFullName(cell('contact.fullName'));
  const orgName = cell('organisation.name');
  const kind = rowKind(
    cell('row.kind'),
    cell('contact.role'),
    orgName,
    cell('organisation.enterpriseNumber'),
    columnOf.has('row.kind'),
    reference,
  );
  const postcode = report('organisation.postcode', checkPostcode(cell('organisation.postcode')));
  const legalText = cell('organisation.legalForm');
  const values: RowValues = {
    organisation: {
      name: orgName.replace(/\s+/g, ' '),
      enterpriseNumber: report('organisation.enterpriseNumber', checkEnterpriseNumber(cell('organisation.enterpriseNumber'))),
      legalForm: legalText ? report('organisation.legalForm', checkLegalForm(legalText)) : legalFormInName(orgName),
      street: cell('organisation.street'),
      postcode: postcode?.postcode ?? null,
      provinceCode: postcode?.provinceCode ?? null,
      city: cell('organisation.city'),
      website: cell('organisation.website'),
      sector: cell('organisation.sector'),
      federationId: federation(cell('organisation.federation'), reference, (i) =>
        issues.push({ ...i, column: columnOf.get('organisation.federation') ?? null }),
      ),
    },
    contact: {
      ...names,
      role: kind === 'expert' || columnOf.has('contact.role') ? cell('contact.role') : '',
      email: report('contact.email', checkEmail(cell('contact.email'))),
      phone: report('contact.phone', checkPhone(cell('contact.phone'))),
      consent: parseConsent(cell('contact.consent')) === 'yes',
    },
    need: { title: cell('need.title'), question: cell('need.question'), themeCodes: [] },
    expert: { college: cell('expert.college') || (kind === 'expert' ? orgName : '') },
    event: { wishCollegeIds: [], wishText: cell('event.wishes'), availability: null },
  };
  const pushAt = (target: Target) => (i: Omit<RowIssue, 'column'>) => issues.push({ ...i, column: columnOf.get(target) ?? null });
  values.event.wishCollegeIds = parseWishes(values.event.wishText, reference.colleges, pushAt('event.wishes'));
  values.event.availability = parseAvailability(cell('event.availability'), pushAt('event.availability'));
  values.need.themeCodes = themes(cell('need.themes'), reference, (i) =>
    issues.push({ ...i, column: columnOf.get('need.themes') ?? null }),
  );

  requiredAndConsent(values, kind, cell, columnOf, issues);
  return { index, sourceRow: row.sourceRow, kind, values, issues };
}

type Push = (issue: Omit<RowIssue, 'column'>) => void;

function themes(text: string, reference: Reference, push: Push): string[] {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of splitMulti(text)) {
    const code = matchTheme(part, reference.themes);
    if (code) {
      if (!codes.includes(code)) codes.push(code);
    } else unknown.push(part);
  }
  if (unknown.length > 0) {
    push({
      field: 'need.themes',
      severity: 'warning',
      code: 'theme_unknown',
      message: `Onbekend thema: ${unknown.join(', ')}. Kies een thema uit de lijst of laat het weg.`,
    });
  }
  return codes;
}

function federation(text: string, reference: Reference, push: Push): number | null {
  if (!text) return null;
  const found = matchFederation(text, reference.federations);
  if (!found)
    push({
      field: 'organisation.federation',
      severity: 'warning',
      code: 'federation_unknown',
      message: `Federatie "${text}" is onbekend en wordt niet gekoppeld.`,
    });
  return found?.id ?? null;
}

/** Academics: a kind cell or a role that says so; without a kind column, an organisation that is a college. */
function rowKind(
  kindCell: string,
  role: string,
  orgName: string,
  kbo: string,
  hasKindColumn: boolean,
  reference: Reference,
): ValidatedRow['kind'] {
  if (saysExpert(kindCell) || saysExpert(role)) return 'expert';
  if (!hasKindColumn && !kbo && orgName && matchCollege(orgName, reference.colleges)) return 'expert';
  return 'enterprise';
}

function requiredAndConsent(
  values: RowValues,
  kind: ValidatedRow['kind'],
  cell: (t: Target) => string,
  columnOf: Map<Target, number>,
  issues: RowIssue[],
): void {
  const { contact } = values;
  if (kind === 'enterprise' && !values.organisation.name) {
    issues.push({
      column: columnOf.get('organisation.name') ?? null,
      field: 'organisation.name',
      severity: 'error',
      code: 'org_missing',
      message: 'De naam van de organisatie ontbreekt.',
    });
  }
  const personal = Boolean(contact.firstName || contact.lastName || cell('contact.email') || cell('contact.phone'));
  if (personal && !contact.lastName && !contact.firstName) {
    issues.push({
      column: null,
      field: 'contact.lastName',
      severity: 'warning',
      code: 'name_missing',
      message: 'De naam van de contactpersoon ontbreekt.',
    });
  }
  if (!personal || contact.consent) return;
  const answer = parseConsent(cell('contact.consent'));
  const message = !columnOf.has('contact.consent')
    ? 'Er is geen kolom met toestemming: de persoonsgegevens worden niet overgenomen, de organisatie wel.'
    : answer === 'unknown'
      ? `Onduidelijk antwoord op de toestemming ("${cell('contact.consent')}"): de persoonsgegevens worden niet overgenomen.`
      : 'Geen toestemming voor persoonsgegevens: de organisatie wordt overgenomen, de contactpersoon niet.';
  issues.push({
    column: columnOf.get('contact.consent') ?? null,
    field: 'contact.consent',
    severity: 'warning',
    code: 'no_consent',
    message,
  });
}
