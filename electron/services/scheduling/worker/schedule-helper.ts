/**
 * Worker entry of the portfolio's second thread (worker/portfolio.ts): the look-ahead search
 * (lookahead.ts) on the same model, sharing bounds and best breaks with the main thread through
 * peer.ts, until the deadline or until the main thread ends the solve. Never imported by the app.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lookAhead } from '../lookahead';
import { buildModel } from '../model';
import { setPeer, sharedLowerBound } from '../peer';
import { propagate } from '../propagate';
import { loadSat, releaseSolvers } from '../sat';
import { totalLowerBound } from '../solve';
import type { HelperAnswer, HelperRequest } from './protocol';

const port = parentPort;
if (!port) throw new Error('schedule-helper must run as a worker thread');
const request = workerData as HelperRequest;
const post = (answer: HelperAnswer) => port.postMessage(answer);

loadSat()
  .then(() => {
    setPeer(request.peer, 1, request.satSeed);
    const model = buildModel(request.problem);
    const propagated = propagate(model);
    let best = null;
    try {
      if (propagated.ok) best = lookAhead(model, propagated.domain, request.deadline, () => false, totalLowerBound(model));
    } finally {
      releaseSolvers();
    }
    post({ slot: best ? Array.from(best.slot) : null, breaks: best ? best.breaks : null, lowerBound: sharedLowerBound() });
  })
  .catch(() => post({ slot: null, breaks: null, lowerBound: 0 }));
