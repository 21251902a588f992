import type { ParsedInputOf } from '../../api/contract';
import { referralDeclineReasonLabelsNl, referralOutcomeLabelsNl } from '../../api/contract/referral/lifecycle';
import type { ReferralDetail } from '../../api/contract/referral/types';
import type { AppContext } from '../context';
import { moveNeedStatusIfAllowed } from '../dossiers/status';
import { brusselsDate } from '../time';
import { checkNewReferral, insertReferral } from './create';
import { findDestination } from './destinations';
import { getReferral } from './detail';
import { composeLetter } from './letter';
import { expireOne } from './overdue';
import { applyStep, checkMove, describeDestination, fieldErrors, requireNeedRecord, requireReferral } from './records';
import { addWorkingDays } from './working-days';
import { destinationIdOf } from './read';
import type { Tx } from '../../../db/client';
import type { ReferralRecord } from './records';

function stamp(ctx: AppContext) {
  return { now: ctx.now().toISOString(), today: brusselsDate(ctx.now()) };
}

export function createReferral(ctx: AppContext, input: ParsedInputOf<'referrals.create'>): ReferralDetail {
  const { now } = stamp(ctx);
  const id = ctx.db().transaction((tx) => {
    const need = requireNeedRecord(tx, input.needId);
    const destination = checkNewReferral(tx, need, input);
    return insertReferral(tx, ctx.actor, now, need, destination, input, null);
  });
  return getReferral(ctx, id);
}

/**
 * Sends: the deadline is N working days from today (N of the group → its college → partner →
 * default), the letter is kept as sent, and the need follows to `doorverwezen` when it may.
 */
function sendInTx(tx: Tx, ctx: AppContext, referral: ReferralRecord, letter: string, deadlineOverride: string | null): void {
  const { now, today } = stamp(ctx);
  checkMove(referral.status, 'verstuurd');
  const destination = findDestination(tx, referral.destinationKind, destinationIdOf(referral));
  if (!destination) throw fieldErrors([{ path: 'destinationId', message: 'Deze bestemming bestaat niet (meer).' }]);
  if (!destination.active)
    throw fieldErrors([{ path: 'destinationId', message: `‘${destination.name}’ is niet actief; kies een actieve bestemming.` }]);
  if (deadlineOverride !== null && deadlineOverride < today)
    throw fieldErrors([{ path: 'responseDeadline', message: 'De antwoorddatum ligt in het verleden; kies vandaag of later.' }]);
  const deadline = deadlineOverride ?? addWorkingDays(today, destination.responseDays);
  const need = requireNeedRecord(tx, referral.needId);
  const body = letter || composeLetter(tx, need, destination, deadline, ctx.actor).body;
  applyStep(
    tx,
    ctx.actor,
    now,
    referral,
    'verstuurd',
    { sentAt: now, responseDeadline: deadline, letter: body },
    {
      summary: `Doorverwijzing verstuurd naar ${describeDestination(destination.kind, destination.name)}`,
      body: `Antwoord verwacht uiterlijk ${deadline.split('-').reverse().join('/')}.`,
      data: { responseDeadline: deadline },
    },
  );
  moveNeedStatusIfAllowed(tx, ctx.actor, now, need, {
    to: 'doorverwezen',
    reason: '',
    cause: `doorverwijzing naar ${destination.name}`,
  });
}

export function sendReferral(ctx: AppContext, input: ParsedInputOf<'referrals.send'>): ReferralDetail {
  ctx.db().transaction((tx) => sendInTx(tx, ctx, requireReferral(tx, input.id), input.letter, input.responseDeadline));
  return getReferral(ctx, input.id);
}

export function acceptReferral(ctx: AppContext, input: ParsedInputOf<'referrals.accept'>): ReferralDetail {
  const { now } = stamp(ctx);
  ctx.db().transaction((tx) => {
    const referral = requireReferral(tx, input.id);
    applyStep(
      tx,
      ctx.actor,
      now,
      referral,
      'aanvaard',
      { respondedAt: now, statusNote: input.note },
      {
        summary: 'Doorverwijzing aanvaard',
        body: input.note,
      },
    );
  });
  return getReferral(ctx, input.id);
}

export function declineReferral(ctx: AppContext, input: ParsedInputOf<'referrals.decline'>): ReferralDetail {
  const { now } = stamp(ctx);
  ctx.db().transaction((tx) => {
    const referral = requireReferral(tx, input.id);
    checkMove(referral.status, 'geweigerd');
    if (input.reason === null) throw fieldErrors([{ path: 'reason', message: 'Geef een reden voor de weigering.' }]);
    if (input.reason === 'andere' && input.note === '')
      throw fieldErrors([{ path: 'note', message: 'Beschrijf de andere reden.' }]);
    applyStep(
      tx,
      ctx.actor,
      now,
      referral,
      'geweigerd',
      { respondedAt: now, declineReason: input.reason, statusNote: input.note, closedAt: now },
      {
        summary: `Doorverwijzing geweigerd: ${referralDeclineReasonLabelsNl[input.reason]}`,
        body: input.note,
        data: { reason: input.reason },
      },
    );
  });
  return getReferral(ctx, input.id);
}

export function startReferral(ctx: AppContext, input: ParsedInputOf<'referrals.start'>): ReferralDetail {
  const { now } = stamp(ctx);
  ctx.db().transaction((tx) => {
    const referral = requireReferral(tx, input.id);
    applyStep(
      tx,
      ctx.actor,
      now,
      referral,
      'lopend',
      { statusNote: input.note },
      { summary: 'Doorverwijzing loopt', body: input.note },
    );
  });
  return getReferral(ctx, input.id);
}

export function closeReferral(ctx: AppContext, input: ParsedInputOf<'referrals.close'>): ReferralDetail {
  const { now } = stamp(ctx);
  ctx.db().transaction((tx) => {
    const referral = requireReferral(tx, input.id);
    checkMove(referral.status, 'afgerond');
    if (input.outcome === null)
      throw fieldErrors([{ path: 'outcome', message: 'Kies een uitkomst om de doorverwijzing af te ronden.' }]);
    applyStep(
      tx,
      ctx.actor,
      now,
      referral,
      'afgerond',
      { outcome: input.outcome, statusNote: input.note, closedAt: now },
      {
        summary: `Doorverwijzing afgerond: ${referralOutcomeLabelsNl[input.outcome]}`,
        body: input.note,
        data: { outcome: input.outcome },
      },
    );
  });
  return getReferral(ctx, input.id);
}

export function cancelReferral(ctx: AppContext, input: ParsedInputOf<'referrals.cancel'>): ReferralDetail {
  const { now } = stamp(ctx);
  ctx.db().transaction((tx) => {
    const referral = requireReferral(tx, input.id);
    applyStep(
      tx,
      ctx.actor,
      now,
      referral,
      'geannuleerd',
      { statusNote: input.note, closedAt: now },
      {
        summary: 'Doorverwijzing geannuleerd',
        body: input.note,
      },
    );
  });
  return getReferral(ctx, input.id);
}

/** Passes on: this one becomes `doorgestuurd` and a child goes (sent at once) to the new destination. */
export function passOnReferral(ctx: AppContext, input: ParsedInputOf<'referrals.passOn'>): ReferralDetail {
  const { now } = stamp(ctx);
  const childId = ctx.db().transaction((tx) => {
    const referral = requireReferral(tx, input.id);
    checkMove(referral.status, 'doorgestuurd');
    if (input.destinationKind === referral.destinationKind && input.destinationId === destinationIdOf(referral))
      throw fieldErrors([{ path: 'destinationId', message: 'Kies een andere bestemming dan de huidige om door te sturen.' }]);
    const need = requireNeedRecord(tx, referral.needId);
    // The parent stops being open first, so the duplicate check only sees other open referrals.
    applyStep(
      tx,
      ctx.actor,
      now,
      referral,
      'doorgestuurd',
      { statusNote: input.note, closedAt: now, respondedAt: referral.respondedAt ?? now },
      {
        summary: 'Doorverwijzing doorgestuurd',
        body: input.note,
      },
    );
    const destination = checkNewReferral(tx, need, input);
    const id = insertReferral(tx, ctx.actor, now, need, destination, input, referral.id);
    sendInTx(tx, ctx, requireReferral(tx, id), '', null);
    return id;
  });
  return getReferral(ctx, childId);
}

/** The coordinator marks a referral as expired (only once the deadline has passed). */
export function expireReferral(ctx: AppContext, input: ParsedInputOf<'referrals.expire'>): ReferralDetail {
  const { now, today } = stamp(ctx);
  ctx.db().transaction((tx) => {
    const referral = requireReferral(tx, input.id);
    checkMove(referral.status, 'verlopen');
    if (referral.responseDeadline === null || referral.responseDeadline >= today)
      throw fieldErrors([
        { path: 'id', message: 'De antwoorddatum is nog niet voorbij; deze doorverwijzing kan nog niet verlopen.' },
      ]);
    expireOne(tx, ctx.actor, now, today, referral, input.note);
  });
  return getReferral(ctx, input.id);
}
