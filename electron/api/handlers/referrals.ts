import { collectiveCandidates, formCollective } from '../../services/referrals/collective';
import { destinationOptions } from '../../services/referrals/destinations';
import { getReferral, referralLetter } from '../../services/referrals/detail';
import { referralFigures } from '../../services/referrals/figures';
import { listReferrals, overdueReferrals, referralBoard, referralsOfNeed } from '../../services/referrals/list';
import { checkOverdue } from '../../services/referrals/overdue';
import { getDefaultResponseDays, setDefaultResponseDays } from '../../services/referrals/response-days';
import {
  acceptReferral,
  cancelReferral,
  closeReferral,
  createReferral,
  declineReferral,
  expireReferral,
  passOnReferral,
  sendReferral,
  startReferral,
} from '../../services/referrals/steps';
import type { HandlerModule } from './types';

export const referralHandlers: HandlerModule = {
  'referrals.create': (ctx, input) => createReferral(ctx, input),
  'referrals.send': (ctx, input) => sendReferral(ctx, input),
  'referrals.accept': (ctx, input) => acceptReferral(ctx, input),
  'referrals.decline': (ctx, input) => declineReferral(ctx, input),
  'referrals.start': (ctx, input) => startReferral(ctx, input),
  'referrals.close': (ctx, input) => closeReferral(ctx, input),
  'referrals.passOn': (ctx, input) => passOnReferral(ctx, input),
  'referrals.cancel': (ctx, input) => cancelReferral(ctx, input),
  'referrals.expire': (ctx, input) => expireReferral(ctx, input),
  'referrals.checkOverdue': (ctx) => checkOverdue(ctx),
  'referrals.get': (ctx, input) => getReferral(ctx, input.id),
  'referrals.list': (ctx, input) => listReferrals(ctx, input),
  'referrals.board': (ctx, input) => referralBoard(ctx, input),
  'referrals.byNeed': (ctx, input) => referralsOfNeed(ctx, input.needId),
  'referrals.overdue': (ctx, input) => overdueReferrals(ctx, input.limit),
  'referrals.letter': (ctx, input) => referralLetter(ctx, input.id),
  'referrals.destinations': (ctx, input) => destinationOptions(ctx.db(), input.kind, input.search),
  'referrals.figures': (ctx, input) => referralFigures(ctx, input),
  'referrals.collectiveCandidates': (ctx, input) => collectiveCandidates(ctx, input),
  'referrals.formCollective': (ctx, input) => formCollective(ctx, input),
  'referrals.defaultResponseDays': (ctx) => getDefaultResponseDays(ctx),
  'referrals.setDefaultResponseDays': (ctx, input) => setDefaultResponseDays(ctx, input),
};
