import type { Column } from './xlsx/data-sheet';
import { dayOf, daysFrom } from './period';
import type { EventRow, IntakeRow, MeetingRow, NeedRow, OrganisationRow, ReferralRow, TrajectRow } from './vlaio-data';

/** A stored value as the reader sees it (and as the formulas match it): underscores become spaces. */
export const label = (value: string | null): string => (value ? value.replace(/_/g, ' ') : '');

/** A column that holds personal data or free text: left out of a pseudonymised report. */
export type ReportColumn<R> = Column<R> & { personal?: boolean };

export function publicColumns<R>(columns: readonly ReportColumn<R>[], pseudonymised: boolean): ReportColumn<R>[] {
  return pseudonymised ? columns.filter((c) => !c.personal) : [...columns];
}

export const acceptedLabel = 'aanvaard';
export const declinedLabel = 'geweigerd';

export function referralAnswer(status: string): string {
  if (status === 'aanvaard' || status === 'lopend' || status === 'afgerond') return acceptedLabel;
  return status === 'geweigerd' ? declinedLabel : '';
}

export const organisationColumns: ReportColumn<OrganisationRow>[] = [
  { key: 'id', header: 'Organisatie-ID', kind: 'int', value: (r) => r.id },
  { key: 'name', header: 'Naam', kind: 'text', value: (r) => r.name, personal: true },
  { key: 'province', header: 'Provincie', kind: 'text', value: (r) => r.province },
  { key: 'sector', header: 'Sector', kind: 'text', value: (r) => r.sector },
  { key: 'federations', header: 'Federaties', kind: 'text', value: (r) => r.federations },
  { key: 'needs', header: 'Hulpvragen in periode', kind: 'int', value: (r) => r.needs },
  { key: 'intakes', header: 'Intakes gehouden', kind: 'int', value: (r) => r.intakes },
  { key: 'events', header: 'Evenementen bijgewoond', kind: 'int', value: (r) => r.events },
];

const leadDays = (from: string | null, to: string | null) => (from && to ? daysFrom(from, to) : null);

export const needColumns: ReportColumn<NeedRow>[] = [
  { key: 'id', header: 'Hulpvraag-ID', kind: 'int', value: (r) => r.id },
  { key: 'registered', header: 'Geregistreerd', kind: 'date', value: (r) => dayOf(r.createdAt) },
  { key: 'organisationId', header: 'Organisatie-ID', kind: 'int', value: (r) => r.organisationId },
  { key: 'organisation', header: 'Organisatie', kind: 'text', value: (r) => r.organisation, personal: true },
  { key: 'contact', header: 'Contactpersoon', kind: 'text', value: (r) => r.contact, personal: true },
  { key: 'title', header: 'Titel', kind: 'text', value: (r) => r.title, personal: true },
  { key: 'status', header: 'Status', kind: 'text', value: (r) => label(r.status) },
  { key: 'source', header: 'Bron', kind: 'text', value: (r) => label(r.source) },
  { key: 'themes', header: "Thema's", kind: 'text', value: (r) => r.themes },
  { key: 'province', header: 'Provincie', kind: 'text', value: (r) => r.province },
  { key: 'sector', header: 'Sector', kind: 'text', value: (r) => r.sector },
  { key: 'federations', header: 'Federaties', kind: 'text', value: (r) => r.federations },
  { key: 'firstIntake', header: 'Eerste intake', kind: 'date', value: (r) => r.firstIntake },
  { key: 'trajectStart', header: 'Start traject', kind: 'date', value: (r) => r.trajectStart },
  { key: 'trajectType', header: 'Trajecttype', kind: 'text', value: (r) => label(r.trajectType) },
  {
    key: 'daysIntake',
    header: 'Dagen registratie → intake',
    kind: 'int',
    value: (r) => leadDays(dayOf(r.createdAt), r.firstIntake),
  },
  { key: 'daysTraject', header: 'Dagen intake → traject', kind: 'int', value: (r) => leadDays(r.firstIntake, r.trajectStart) },
  {
    key: 'daysTotal',
    header: 'Dagen registratie → traject',
    kind: 'int',
    value: (r) => leadDays(dayOf(r.createdAt), r.trajectStart),
  },
];

export const intakeColumns: ReportColumn<IntakeRow>[] = [
  { key: 'id', header: 'Intake-ID', kind: 'int', value: (r) => r.id },
  { key: 'needId', header: 'Hulpvraag-ID', kind: 'int', value: (r) => r.needId },
  { key: 'date', header: 'Datum', kind: 'date', value: (r) => r.date },
  { key: 'held', header: 'Gehouden', kind: 'text', value: (r) => (r.held ? 'ja' : 'nee') },
  { key: 'organisationId', header: 'Organisatie-ID', kind: 'int', value: (r) => r.organisationId },
  { key: 'organisation', header: 'Organisatie', kind: 'text', value: (r) => r.organisation, personal: true },
  { key: 'province', header: 'Provincie', kind: 'text', value: (r) => r.province },
  { key: 'themes', header: "Thema's", kind: 'text', value: (r) => r.themes },
];

export const referralColumns: ReportColumn<ReferralRow>[] = [
  { key: 'id', header: 'Doorverwijzing-ID', kind: 'int', value: (r) => r.id },
  { key: 'needId', header: 'Hulpvraag-ID', kind: 'int', value: (r) => r.needId },
  { key: 'sent', header: 'Verstuurd', kind: 'date', value: (r) => dayOf(r.sentAt) },
  { key: 'destinationGroup', header: 'Bestemmingstype', kind: 'text', value: (r) => r.destinationGroup },
  { key: 'destinationKind', header: 'Bestemming', kind: 'text', value: (r) => r.destinationKind },
  { key: 'collegeId', header: 'Hogeschool-ID', kind: 'int', value: (r) => r.collegeId },
  { key: 'college', header: 'Hogeschool', kind: 'text', value: (r) => r.college },
  { key: 'groupId', header: 'Expertisegroep-ID', kind: 'int', value: (r) => r.groupId },
  { key: 'group', header: 'Expertisegroep', kind: 'text', value: (r) => r.groupName },
  { key: 'partner', header: 'Partner', kind: 'text', value: (r) => r.partner },
  { key: 'status', header: 'Status', kind: 'text', value: (r) => label(r.status) },
  { key: 'answer', header: 'Antwoord', kind: 'text', value: (r) => referralAnswer(r.status) },
  { key: 'responded', header: 'Beantwoord', kind: 'date', value: (r) => dayOf(r.respondedAt) },
  {
    key: 'responseDays',
    header: 'Antwoordtijd (dagen)',
    kind: 'int',
    value: (r) => leadDays(dayOf(r.sentAt), dayOf(r.respondedAt)),
  },
  { key: 'province', header: 'Provincie', kind: 'text', value: (r) => r.province },
  { key: 'themes', header: "Thema's", kind: 'text', value: (r) => r.themes },
];

export const trajectColumns: ReportColumn<TrajectRow>[] = [
  { key: 'id', header: 'Traject-ID', kind: 'int', value: (r) => r.id },
  { key: 'title', header: 'Titel', kind: 'text', value: (r) => r.title, personal: true },
  { key: 'type', header: 'Type', kind: 'text', value: (r) => label(r.type) },
  { key: 'status', header: 'Status', kind: 'text', value: (r) => label(r.status) },
  { key: 'start', header: 'Start', kind: 'date', value: (r) => r.startDate },
  { key: 'end', header: 'Einde', kind: 'date', value: (r) => r.endDate },
  { key: 'students', header: 'Studenten', kind: 'int', value: (r) => r.students },
  { key: 'funding', header: 'Vervolgfinanciering (€)', kind: 'euro', value: (r) => (r.fundingCents ?? 0) / 100 },
  { key: 'collegeIds', header: 'Hogeschool-ID’s', kind: 'text', value: (r) => r.collegeIds },
  { key: 'colleges', header: 'Hogescholen', kind: 'text', value: (r) => r.colleges },
  { key: 'needs', header: 'Hulpvragen', kind: 'int', value: (r) => r.needs },
];

export const eventColumns: ReportColumn<EventRow>[] = [
  { key: 'id', header: 'Evenement-ID', kind: 'int', value: (r) => r.id },
  { key: 'name', header: 'Naam', kind: 'text', value: (r) => r.name },
  { key: 'date', header: 'Datum', kind: 'date', value: (r) => r.date },
  { key: 'status', header: 'Status', kind: 'text', value: (r) => label(r.status) },
  { key: 'enterprises', header: 'Ondernemingen', kind: 'int', value: (r) => r.enterprises },
  { key: 'academics', header: 'Academici', kind: 'int', value: (r) => r.academics },
  { key: 'held', header: 'Gesprekken gehouden', kind: 'int', value: (r) => r.held },
];

export const meetingColumns: ReportColumn<MeetingRow>[] = [
  { key: 'id', header: 'Gesprek-ID', kind: 'int', value: (r) => r.id },
  { key: 'eventId', header: 'Evenement-ID', kind: 'int', value: (r) => r.eventId },
  { key: 'event', header: 'Evenement', kind: 'text', value: (r) => r.event },
  { key: 'date', header: 'Datum', kind: 'date', value: (r) => r.date },
  { key: 'status', header: 'Status', kind: 'text', value: (r) => label(r.status) },
  { key: 'priority', header: 'Prioriteit', kind: 'text', value: (r) => r.priority },
  { key: 'mutual', header: 'Wederzijds', kind: 'text', value: (r) => (r.mutual ? 'ja' : 'nee') },
  { key: 'enterprise', header: 'Onderneming', kind: 'text', value: (r) => r.enterprise, personal: true },
  { key: 'academic', header: 'Academicus', kind: 'text', value: (r) => r.academic, personal: true },
  { key: 'collegeId', header: 'Hogeschool-ID', kind: 'int', value: (r) => r.collegeId },
  { key: 'college', header: 'Hogeschool', kind: 'text', value: (r) => r.college },
  { key: 'rating', header: 'Beoordeling', kind: 'text', value: (r) => label(r.rating) },
  { key: 'followUp', header: 'Opvolging', kind: 'text', value: (r) => label(r.followUp) },
];
