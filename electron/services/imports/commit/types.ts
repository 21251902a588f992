import type { importPolicies } from '../../../../db/schema';
import type { RowIssue } from '../issues';
import type { ColumnMapping } from '../mapping';
import type { Target } from '../targets';
import type { Workbook } from '../read';

export type ImportPolicy = (typeof importPolicies)[number];

/** What the wizard lets the coordinator change before committing, per data row (0-based index). */
export type RowOverride = {
  index: number;
  /** Leave this row out of the import. */
  exclude?: boolean;
  /** Inline fixes: the corrected cell text per target (validated like the file's own cells). */
  values?: Partial<Record<Target, string>>;
  /** Another match than the automatic one: an existing organisation id, or 'new'. */
  organisationId?: number | 'new';
};

export type PlanInput = {
  bytes: Uint8Array;
  fileName: string;
  /** The sheet to import, by name; without it the first sheet with content. */
  sheet?: string;
  /** The corrected mapping; without it a recognised profile, else the automatic mapping, is used. */
  mapping?: Pick<ColumnMapping, 'column' | 'target'>[];
  /** A profile by id; its mapping is used when no mapping is given. */
  profileId?: number;
  overrides?: RowOverride[];
  policy?: ImportPolicy;
  /** Import the rows that are valid and skip the rows with errors (else the commit is refused). */
  skipInvalid?: boolean;
  /** Commit even though this very file was imported before (and not undone). */
  allowReimport?: boolean;
  /** An event as the target: every row also becomes a registration for it. */
  eventId?: number;
  /** The file as already read (the wizard's session): it is then not read again. */
  workbook?: Workbook;
  /** Progress of the long phases, for the wizard's progress bar. */
  onProgress?: (phase: string, done: number, total: number) => void;
};

/** A reference to an organisation: one in the database, or the one the first row of a group creates. */
export type OrgRef = { id: number } | { newOfRow: number };

export type OrganisationFields = {
  name: string;
  legalForm: string | null;
  enterpriseNumber: string | null;
  street: string;
  postcode: string | null;
  provinceCode: string | null;
  city: string;
  website: string;
  sector: string;
};

export type ContactFields = {
  firstName: string;
  lastName: string;
  role: string;
  email: string | null;
  phone: string | null;
  consentDate: string;
  consentSource: string;
  consentScope: string;
};

export type ExpertFields = {
  collegeId: number | null;
  firstName: string;
  lastName: string;
  title: string;
  email: string | null;
  phone: string | null;
};

export type Change = { from: unknown; to: unknown };

/** created: new record; updated: fields change; unchanged/skipped: existing record left as it is; same: an earlier row's record. */
export type OrganisationStep =
  | { action: 'create'; fields: OrganisationFields; federationIds: number[] }
  | {
      action: 'update' | 'unchanged' | 'skipped';
      id: number;
      fields: OrganisationFields;
      federationIds: number[];
      changes: Record<string, Change>;
    }
  | { action: 'same'; ref: OrgRef; firstRow: number };

export type ContactStep =
  | { action: 'create'; org: OrgRef; fields: ContactFields }
  | { action: 'update' | 'unchanged' | 'skipped'; id: number; fields: ContactFields; changes: Record<string, Change> }
  | { action: 'same'; firstRow: number };

export type NeedStep =
  | { action: 'create'; org: OrgRef; contactOfRow: number | null; title: string; question: string; themeIds: number[] }
  | { action: 'existing'; id: number; themeIds: number[] }
  | { action: 'same'; firstRow: number };

export type ExpertStep =
  | { action: 'create'; fields: ExpertFields }
  | { action: 'update' | 'unchanged' | 'skipped'; id: number; fields: ExpertFields; changes: Record<string, Change> }
  | { action: 'same'; firstRow: number };

/** A registration: one in the database, or the one an earlier row of this file creates. */
export type ParticipantRef = { id: number } | { newOfRow: number };

/** Event target: the registration a row becomes. Record ids are resolved at commit (they may be new). */
export type ParticipantStep =
  | {
      action: 'create';
      side: 'onderneming' | 'academicus';
      collegeId: number | null;
      displayName: string;
      availability: { start: string; end: string }[] | null;
      notes: string;
    }
  | { action: 'existing'; id: number; displayName: string }
  | { action: 'same'; ref: ParticipantRef; firstRow: number; displayName: string };

/** Event target: a meeting request from an enterprise's wish to an academic of that hogeschool. */
export type MeetingPlan = {
  action: 'create' | 'existing';
  requester: ParticipantRef;
  target: ParticipantRef;
  targetName: string;
};

export type PlannedRow = {
  index: number;
  sourceRow: number;
  kind: 'enterprise' | 'expert';
  /** ok: will be imported; invalid: has errors (skipped only with skipInvalid); excluded by the coordinator. */
  status: 'ok' | 'invalid' | 'excluded';
  issues: RowIssue[];
  /** Dutch sentences about what happens to this row (no consent, unknown college, ...). */
  notes: string[];
  organisation: OrganisationStep | null;
  contact: ContactStep | null;
  need: NeedStep | null;
  expert: ExpertStep | null;
  participant: ParticipantStep | null;
  meetings: MeetingPlan[];
};

export type EntityCounts = { created: number; updated: number; matched: number };

export type PlanSummary = {
  rows: number;
  invalidRows: number;
  excludedRows: number;
  organisations: EntityCounts;
  contacts: EntityCounts;
  needs: EntityCounts;
  experts: EntityCounts;
  /** Rows with personal data that will not be imported for lack of consent. */
  withoutConsent: number;
  errors: Record<'kbo_checksum' | 'email_invalid' | 'no_consent' | 'org_missing' | 'other', number>;
  participants: EntityCounts;
  meetings: { created: number; existing: number };
  wishesKept: number;
};

export type ImportPlan = {
  fileName: string;
  fileSha256: string;
  sheet: string;
  policy: ImportPolicy;
  profileId: number | null;
  skipInvalid: boolean;
  allowReimport: boolean;
  mapping: ColumnMapping[];
  /** The earlier batch of this same file, when it is still in place. */
  previousBatch: { id: number; committedAt: string } | null;
  event: { id: number; name: string; date: string } | null;
  rows: PlannedRow[];
  summary: PlanSummary;
};
