import type { Page } from '../common';
import type { NeedStatus } from '../dossier/lifecycle';
import type { ReferralDeclineReason, ReferralDestinationKind, ReferralOutcome, ReferralStatus } from './lifecycle';

/** One referral as the tables, the board and the dossier show it. */
export type ReferralRow = {
  id: number;
  needId: number;
  needTitle: string;
  organisationName: string | null;
  parentId: number | null;
  childCount: number;
  destinationKind: ReferralDestinationKind;
  destinationId: number;
  destinationName: string;
  collegeId: number | null;
  collegeName: string | null;
  status: ReferralStatus;
  statusChangedAt: string;
  sentAt: string | null;
  responseDeadline: string | null;
  respondedAt: string | null;
  declineReason: ReferralDeclineReason | null;
  outcome: ReferralOutcome | null;
  statusNote: string;
  /** Waiting for an answer and today (Brussels) lies after the deadline. */
  overdue: boolean;
  /** Key of the next step (i18n `referrals.next.<key>`). */
  nextStep: string;
  updatedAt: string;
};

export type ReferralPage = Page<ReferralRow>;

export type ReferralChainLink = {
  id: number;
  depth: number;
  destinationName: string;
  destinationKind: ReferralDestinationKind;
  status: ReferralStatus;
};

export type ReferralDetail = ReferralRow & {
  closedAt: string | null;
  note: string;
  letter: string;
  suggestion: Record<string, unknown> | null;
  expertId: number | null;
  /** The whole chain this referral belongs to, from the first referral down, in order. */
  chain: ReferralChainLink[];
  /** Working days the destination has to answer (group → college → partner → default). */
  responseDays: number;
  /** Where those days were set (group, college or partner name); null = the app default. */
  responseDaysSetBy: string | null;
};

export type ReferralBoardColumn = { status: ReferralStatus; total: number; rows: ReferralRow[] };
export type ReferralBoard = { columns: ReferralBoardColumn[] };

export type ReferralLetter = { subject: string; body: string; to: string | null; includesContact: boolean };

export type DestinationOption = {
  kind: ReferralDestinationKind;
  id: number;
  name: string;
  collegeName: string | null;
  active: boolean;
  capacity: 'open' | 'beperkt' | 'vol' | null;
  responseDays: number;
};

export type OverdueSweep = { expired: number; tasksCreated: number };

/** Referral numbers for one destination (a hogeschool or an expertise group) in a period. */
export type DestinationFigures = {
  id: number;
  name: string;
  collegeName: string | null;
  received: number;
  accepted: number;
  declined: number;
  /** Passed on by this destination to another one. */
  passedOn: number;
  declinedByReason: Record<ReferralDeclineReason, number>;
  open: number;
  overdue: number;
  /** Median working days from sending to the answer (accepted or declined); null without answers. */
  medianResponseDays: number | null;
  outcomes: Record<ReferralOutcome, number>;
};

export type ReferralFigures = {
  from: string | null;
  to: string | null;
  colleges: DestinationFigures[];
  groups: DestinationFigures[];
  byDestinationKind: Record<ReferralDestinationKind, { received: number; accepted: number; medianResponseDays: number | null }>;
};

export type CollectiveNeed = {
  id: number;
  title: string;
  organisationId: number;
  organisationName: string;
  provinceCode: string | null;
  status: NeedStatus;
};

/** A proposal: open needs of different organisations with a theme in common and alike text. */
export type CollectiveCandidate = {
  key: string;
  themeId: number;
  themeName: string;
  similarity: number;
  sharedWords: string[];
  needs: CollectiveNeed[];
};

/** The app-wide response time: what is set in Instellingen, or the standard when nothing is. */
export type DefaultResponseDays = { days: number; standard: number; configured: boolean };
