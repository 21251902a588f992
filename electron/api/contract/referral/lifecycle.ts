/**
 * The closed loop of a doorverwijzing (DOMAIN.md), in ONE table: the service refuses every move
 * that is not listed here and the referral views offer exactly these moves. Plain data, no zod,
 * so the renderer can import it without bundling the validation library.
 */
export const referralStatusValues = [
  'voorgesteld',
  'verstuurd',
  'aanvaard',
  'geweigerd',
  'lopend',
  'afgerond',
  'doorgestuurd',
  'geannuleerd',
  'verlopen',
] as const;
export type ReferralStatus = (typeof referralStatusValues)[number];

export const referralTransitions: Record<ReferralStatus, readonly ReferralStatus[]> = {
  voorgesteld: ['verstuurd', 'geannuleerd'],
  verstuurd: ['aanvaard', 'geweigerd', 'doorgestuurd', 'geannuleerd', 'verlopen'],
  aanvaard: ['lopend', 'afgerond', 'doorgestuurd', 'geannuleerd'],
  geweigerd: [],
  lopend: ['afgerond', 'doorgestuurd', 'geannuleerd'],
  afgerond: [],
  doorgestuurd: [],
  geannuleerd: [],
  // A late answer still counts: an expired referral can be accepted or declined afterwards.
  verlopen: ['aanvaard', 'geweigerd', 'doorgestuurd', 'geannuleerd'],
};

export function canTransitionReferral(from: ReferralStatus, to: ReferralStatus): boolean {
  return referralTransitions[from].includes(to);
}

/** Statuses in which the referral still waits for someone: counted as open, may become overdue. */
export const openReferralStatuses: readonly ReferralStatus[] = ['voorgesteld', 'verstuurd', 'aanvaard', 'lopend', 'verlopen'];

export const referralDestinationKindValues = ['expertisegroep', 'hogeschool', 'universiteit', 'bedrijf'] as const;
export type ReferralDestinationKind = (typeof referralDestinationKindValues)[number];

export const referralDeclineReasonValues = ['geen_capaciteit', 'buiten_expertise', 'timing', 'te_klein', 'andere'] as const;
export type ReferralDeclineReason = (typeof referralDeclineReasonValues)[number];

export const referralOutcomeValues = [
  'traject_gestart',
  'advies_gegeven',
  'opgelost_door_markt',
  'doorverwezen_extern',
  'geen_match',
  'organisatie_haakte_af',
  'andere',
] as const;
export type ReferralOutcome = (typeof referralOutcomeValues)[number];

/** Default response time in working days when the destination has none of its own. */
export const defaultResponseWorkingDays = 10;

/** Dutch labels used in messages that cross the boundary (the UI has its own i18n labels). */
export const referralStatusLabelsNl: Record<ReferralStatus, string> = {
  voorgesteld: 'voorgesteld',
  verstuurd: 'verstuurd',
  aanvaard: 'aanvaard',
  geweigerd: 'geweigerd',
  lopend: 'lopend',
  afgerond: 'afgerond',
  doorgestuurd: 'doorgestuurd',
  geannuleerd: 'geannuleerd',
  verlopen: 'verlopen',
};

export const referralDeclineReasonLabelsNl: Record<ReferralDeclineReason, string> = {
  geen_capaciteit: 'geen capaciteit',
  buiten_expertise: 'buiten de expertise',
  timing: 'timing past niet',
  te_klein: 'vraag te klein',
  andere: 'andere reden',
};

export const referralOutcomeLabelsNl: Record<ReferralOutcome, string> = {
  traject_gestart: 'traject gestart',
  advies_gegeven: 'advies gegeven',
  opgelost_door_markt: 'opgelost door de markt',
  doorverwezen_extern: 'extern doorverwezen',
  geen_match: 'geen match',
  organisatie_haakte_af: 'organisatie haakte af',
  andere: 'andere uitkomst',
};

export const referralDestinationKindLabelsNl: Record<ReferralDestinationKind, string> = {
  expertisegroep: 'expertisegroep',
  hogeschool: 'hogeschool',
  universiteit: 'universiteit',
  bedrijf: 'bedrijf',
};

/** Statuses that still wait for an answer of the destination: these can run past their deadline. */
export const awaitingAnswerStatuses: readonly ReferralStatus[] = ['verstuurd', 'verlopen'];

/** What the coordinator should do next, per status (a key of the i18n `referrals.next` tree). */
export const referralNextStep: Record<ReferralStatus, string> = {
  voorgesteld: 'send',
  verstuurd: 'awaitAnswer',
  aanvaard: 'start',
  geweigerd: 'passOnOrNew',
  lopend: 'closeWithOutcome',
  afgerond: 'none',
  doorgestuurd: 'followChild',
  geannuleerd: 'none',
  verlopen: 'chase',
};

/** Column order of the board: the open loop first (left to right), then the ways it ended. */
export const referralBoardOrder: readonly ReferralStatus[] = [
  'voorgesteld',
  'verstuurd',
  'verlopen',
  'aanvaard',
  'lopend',
  'afgerond',
  'doorgestuurd',
  'geweigerd',
  'geannuleerd',
];
