import { method } from './method';
import { emptyInput, idInput } from './common';
import {
  byNeedReferralsInput,
  closeReferralInput,
  collectiveCandidatesInput,
  createReferralInput,
  declineReferralInput,
  destinationOptionsInput,
  figuresInput,
  formCollectiveInput,
  listReferralsInput,
  overdueReferralsInput,
  passOnReferralInput,
  referralBoardInput,
  referralStepInput,
  sendReferralInput,
  setDefaultResponseDaysInput,
} from './referral/inputs';
import type {
  CollectiveCandidate,
  DefaultResponseDays,
  DestinationOption,
  OverdueSweep,
  ReferralBoard,
  ReferralDetail,
  ReferralFigures,
  ReferralLetter,
  ReferralPage,
  ReferralRow,
} from './referral/types';

export * from './referral/lifecycle';
export * from './referral/inputs';
export * from './referral/types';

/** Doorverwijzingen: the closed loop from a need to a destination, letters, collective tracks, figures. */
export const referralMethods = {
  'referrals.create': method<typeof createReferralInput, ReferralDetail>(createReferralInput),
  'referrals.send': method<typeof sendReferralInput, ReferralDetail>(sendReferralInput),
  'referrals.accept': method<typeof referralStepInput, ReferralDetail>(referralStepInput),
  'referrals.decline': method<typeof declineReferralInput, ReferralDetail>(declineReferralInput),
  'referrals.start': method<typeof referralStepInput, ReferralDetail>(referralStepInput),
  'referrals.close': method<typeof closeReferralInput, ReferralDetail>(closeReferralInput),
  'referrals.passOn': method<typeof passOnReferralInput, ReferralDetail>(passOnReferralInput),
  'referrals.cancel': method<typeof referralStepInput, ReferralDetail>(referralStepInput),
  'referrals.expire': method<typeof referralStepInput, ReferralDetail>(referralStepInput),
  'referrals.checkOverdue': method<typeof emptyInput, OverdueSweep>(emptyInput),
  'referrals.get': method<typeof idInput, ReferralDetail>(idInput),
  'referrals.list': method<typeof listReferralsInput, ReferralPage>(listReferralsInput),
  'referrals.board': method<typeof referralBoardInput, ReferralBoard>(referralBoardInput),
  'referrals.byNeed': method<typeof byNeedReferralsInput, ReferralRow[]>(byNeedReferralsInput),
  'referrals.overdue': method<typeof overdueReferralsInput, ReferralPage>(overdueReferralsInput),
  'referrals.letter': method<typeof idInput, ReferralLetter>(idInput),
  'referrals.destinations': method<typeof destinationOptionsInput, DestinationOption[]>(destinationOptionsInput),
  'referrals.figures': method<typeof figuresInput, ReferralFigures>(figuresInput),
  'referrals.collectiveCandidates': method<typeof collectiveCandidatesInput, CollectiveCandidate[]>(collectiveCandidatesInput),
  'referrals.formCollective': method<typeof formCollectiveInput, { trajectId: number }>(formCollectiveInput),
  'referrals.defaultResponseDays': method<typeof emptyInput, DefaultResponseDays>(emptyInput),
  'referrals.setDefaultResponseDays': method<typeof setDefaultResponseDaysInput, DefaultResponseDays>(
    setDefaultResponseDaysInput,
  ),
} as const;
