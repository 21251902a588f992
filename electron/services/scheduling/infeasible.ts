/**
 * Reasons why the required meetings cannot all be placed, in plain Dutch. Every reason here is a
 * proof (a counting or propagation argument), so "infeasible" is only claimed when one is found.
 */
import { breaksLowerBounds } from './bounds';
import { FlowGraph } from './flow';
import type { Model } from './model';
import { propagate } from './propagate';
import type { ScheduleProblem } from './types';

const MAX_REASONS = 5;

export function nameOf(problem: ScheduleProblem, p: number): string {
  return problem.participantNames?.[p] ?? `deelnemer ${p + 1}`;
}

function meetingName(problem: ScheduleProblem, model: Model, m: number): string {
  return `het gesprek ${nameOf(problem, model.a[m]!)} – ${nameOf(problem, model.b[m]!)}`;
}

function emptyDomainReason(problem: ScheduleProblem, model: Model, m: number): string {
  const meeting = problem.meetings[m]!;
  const who = meetingName(problem, model, m);
  const fixed = meeting.fixedSlot;
  if (fixed !== undefined) {
    if (fixed < 0 || fixed >= model.T) return `${who} staat vast in tijdslot ${fixed + 1}, dat niet bestaat.`;
    if (meeting.allowedSlots && !meeting.allowedSlots.includes(fixed))
      return `${who} staat vast in tijdslot ${fixed + 1}, buiten de sessie waarin het moet plaatsvinden.`;
    const blocked = [meeting.a, meeting.b].find((p) => problem.forbidden[p]?.includes(fixed));
    if (blocked !== undefined)
      return `${who} staat vast in tijdslot ${fixed + 1}, maar ${nameOf(problem, blocked)} is dan niet beschikbaar.`;
  }
  return `${who} past in geen enkel tijdslot: de deelnemers zijn nooit samen beschikbaar binnen de toegelaten sessie.`;
}

/** Hall's condition per participant: its required meetings need distinct slots from their domains. */
function placeableFor(model: Model, domain: Uint8Array, meetings: number[]): number {
  const T = model.T;
  const graph = new FlowGraph(meetings.length + T + 2);
  const source = meetings.length + T;
  const sink = source + 1;
  meetings.forEach((m, i) => {
    graph.addEdge(source, i, 1);
    for (let t = 0; t < T; t++) if (domain[m * T + t]) graph.addEdge(i, meetings.length + t, 1);
  });
  for (let t = 0; t < T; t++) graph.addEdge(meetings.length + t, sink, 1);
  return graph.maxFlow(source, sink);
}

function tablesPlaceable(model: Model, domain: Uint8Array, meetings: number[]): number {
  const T = model.T;
  const graph = new FlowGraph(meetings.length + T + 2);
  const source = meetings.length + T;
  const sink = source + 1;
  meetings.forEach((m, i) => {
    graph.addEdge(source, i, 1);
    for (let t = 0; t < T; t++) if (domain[m * T + t]) graph.addEdge(i, meetings.length + t, 1);
  });
  for (let t = 0; t < T; t++) graph.addEdge(meetings.length + t, sink, model.L);
  return graph.maxFlow(source, sink);
}

function precedenceCycle(model: Model): boolean {
  const indegree = new Int32Array(model.M);
  for (let m = 0; m < model.M; m++) indegree[m] = model.before[m]!.length;
  const queue: number[] = [];
  for (let m = 0; m < model.M; m++) if (indegree[m] === 0) queue.push(m);
  let seen = 0;
  while (queue.length > 0) {
    const m = queue.pop()!;
    seen++;
    for (const j of model.after[m]!) {
      indegree[j] = indegree[j]! - 1;
      if (indegree[j] === 0) queue.push(j);
    }
  }
  return seen < model.M;
}

function capacityReasons(problem: ScheduleProblem, model: Model, domain: Uint8Array, afterPropagation: boolean): string[] {
  const reasons: string[] = [];
  for (let p = 0; p < model.P && reasons.length < MAX_REASONS; p++) {
    const mine = model.meetingsOf[p]!.filter((m) => model.required[m]);
    if (mine.length === 0) continue;
    const fits = placeableFor(model, domain, mine);
    if (fits >= mine.length) continue;
    const fixedCount = mine.filter((m) => model.fixed[m]! >= 0).length;
    const what = fixedCount > 0 ? 'vaste of verplichte gesprekken' : 'gesprekken';
    const why = afterPropagation ? ', rekening houdend met de volgorde-eisen en de vaste gesprekken' : '';
    reasons.push(
      `${nameOf(problem, p)} heeft ${mine.length} ${what}, maar er zijn maar ${fits} vrije tijdsloten waarin die kunnen vallen${why}.`,
    );
  }
  return reasons;
}

export function findInfeasibility(problem: ScheduleProblem, model: Model): string[] {
  const reasons: string[] = [];
  for (let m = 0; m < model.M && reasons.length < MAX_REASONS; m++)
    if (model.required[m] && model.domainList[m]!.length === 0) reasons.push(emptyDomainReason(problem, model, m));
  if (reasons.length > 0) return reasons;
  if (precedenceCycle(model))
    return ['De volgorde-eisen bevatten een kringloop: een gesprek zou vóór zichzelf moeten plaatsvinden.'];
  reasons.push(...capacityReasons(problem, model, model.domain, false));
  if (reasons.length > 0) return reasons;
  const required: number[] = [];
  for (let m = 0; m < model.M; m++) if (model.required[m]) required.push(m);
  const tableFit = tablesPlaceable(model, model.domain, required);
  if (tableFit < required.length)
    return [
      `Er zijn ${required.length} gesprekken die moeten plaatsvinden, maar met ${model.L} tafels per tijdslot passen er hoogstens ${tableFit} in de toegelaten tijdsloten.`,
    ];
  const propagated = propagate(model);
  if (!propagated.ok) {
    const who = meetingName(problem, model, propagated.meeting);
    return [
      propagated.cause === 'precedence'
        ? `De volgorde-eisen laten geen tijdslot over voor ${who}.`
        : `Door de vaste gesprekken en de volgorde-eisen blijft er geen tijdslot over voor ${who}.`,
    ];
  }
  reasons.push(...capacityReasons(problem, model, propagated.domain, true));
  if (reasons.length > 0) return reasons;
  if (model.fairness !== null) {
    const lower = breaksLowerBounds(model);
    // Someone with at most one meeting always has 0 breaks, so then every H(p) must stay <= d.
    const hasZero = model.meetingsOf.some((ms) => ms.filter((m) => model.required[m]).length <= 1);
    if (hasZero) {
      for (let p = 0; p < model.P && reasons.length < MAX_REASONS; p++)
        if (lower[p]! > model.fairness)
          reasons.push(
            `Eerlijkheid onmogelijk: ${nameOf(problem, p)} heeft minstens ${lower[p]} onderbrekingen, terwijl het verschil met wie er geen heeft hoogstens ${model.fairness} mag zijn.`,
          );
    }
  }
  return reasons;
}
