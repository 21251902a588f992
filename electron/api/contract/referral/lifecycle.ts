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
