/**
 * Reads an instance of the B2B benchmark (MiniZinc .dzn, see ../shared/bench/b2b/README.md) into
 * a ScheduleProblem. Indices become 0-based; the session column becomes allowedSlots; fairness d
 * is not in the files and is passed separately. Anything malformed is a VALIDATION AppError that
 * names the field and the line.
 */
import { AppError } from '../errors';
import type { ScheduleMeeting, ScheduleProblem } from './types';

type Statement = { name: string; value: string; line: number };

function fail(message: string, field?: string): never {
  throw new AppError('VALIDATION', message, field ? { issues: [{ path: field, message }] } : undefined);
}

function statements(text: string): Map<string, Statement> {
  const out = new Map<string, Statement>();
  const clean = text.replace(/%[^\n]*/g, '');
  let start = 0;
  for (let i = 0; i <= clean.length; i++) {
    if (i < clean.length && clean[i] !== ';') continue;
    const chunk = clean.slice(start, i);
    const first = start + (/^\s*/.exec(chunk)?.[0].length ?? 0);
    const line = clean.slice(0, first).split('\n').length;
    start = i + 1;
    if (chunk.trim() === '') continue;
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=([\s\S]*)$/.exec(chunk);
    if (!match) fail(`Regel ${line}: verwacht "naam = waarde;", gevonden "${chunk.trim().slice(0, 40)}".`);
    out.set(match[1]!, { name: match[1]!, value: match[2]!.trim(), line });
  }
  return out;
}

function need(map: Map<string, Statement>, name: string): Statement {
  const s = map.get(name);
  if (!s) fail(`Het veld "${name}" ontbreekt in het bestand.`, name);
  return s;
}

function int(s: Statement, text: string = s.value): number {
  const v = text.trim();
  if (!/^-?\d+$/.test(v)) fail(`Regel ${s.line}, veld "${s.name}": "${v.slice(0, 30)}" is geen geheel getal.`, s.name);
  return Number(v);
}

function list(s: Statement): string {
  const v = s.value;
  if (!v.startsWith('[') || !v.endsWith(']'))
    fail(`Regel ${s.line}, veld "${s.name}": verwacht een lijst tussen [ en ].`, s.name);
  return v.slice(1, -1);
}

function ints(s: Statement): number[] {
  const body = list(s).trim();
  return body === '' ? [] : body.split(',').map((x) => int(s, x));
}

function sets(s: Statement): number[][] {
  const body = list(s).trim();
  if (body === '') return [];
  const out: number[][] = [];
  const re = /\{([^{}]*)\}\s*(,|$)/y;
  let pos = 0;
  while (pos < body.length) {
    while (/\s/.test(body[pos] ?? '')) pos++;
    re.lastIndex = pos;
    const m = re.exec(body);
    if (!m)
      fail(
        `Regel ${s.line}, veld "${s.name}": verwacht een lijst van verzamelingen {..}, element ${out.length + 1} is onleesbaar.`,
        s.name,
      );
    const inner = m[1]!.trim();
    out.push(inner === '' ? [] : inner.split(',').map((x) => int(s, x)));
    pos = re.lastIndex;
  }
  return out;
}

function rows(s: Statement): number[][] {
  const body = list(s).trim();
  if (!body.startsWith('|') || !body.endsWith('|'))
    fail(`Regel ${s.line}, veld "${s.name}": verwacht een tabel [| .. |].`, s.name);
  return body
    .slice(1, -1)
    .split('|')
    .map((r) => r.trim().replace(/,$/, ''))
    .filter((r) => r !== '')
    .map((r) => r.split(',').map((x) => int(s, x)));
}

function checkLength(s: Statement, actual: number, expected: number, what: string): void {
  if (actual !== expected) fail(`Regel ${s.line}, veld "${s.name}": ${actual} ${what}, verwacht ${expected}.`, s.name);
}

export function parseDzn(text: string, fairness: number | null): ScheduleProblem {
  const map = statements(text);
  const P = int(need(map, 'nBusiness'));
  const M = int(need(map, 'nMeetings'));
  const L = int(need(map, 'nTables'));
  const T = int(need(map, 'nTotalSlots'));
  const A = int(need(map, 'nMorningSlots'));
  if (P < 1 || M < 0 || L < 1 || T < 1 || A < 0 || A > T)
    fail('De kerngetallen (nBusiness, nMeetings, nTables, nTotalSlots, nMorningSlots) zijn niet geldig.', 'nTotalSlots');
  const requested = need(map, 'requested');
  const req = rows(requested);
  checkLength(requested, req.length, M, 'gesprekken');
  const meetings: ScheduleMeeting[] = req.map((row, i) => {
    const [p1, p2, session] = row;
    if (row.length !== 3 || p1 === undefined || p2 === undefined || session === undefined)
      fail(`Veld "requested", gesprek ${i + 1}: verwacht drie getallen (deelnemer, deelnemer, sessie).`, 'requested');
    if (p1 < 1 || p1 > P || p2 < 1 || p2 > P || p1 === p2)
      fail(
        `Veld "requested", gesprek ${i + 1}: deelnemers ${p1} en ${p2} zijn niet geldig (1..${P}, verschillend).`,
        'requested',
      );
    if (session < 1 || session > 3)
      fail(`Veld "requested", gesprek ${i + 1}: sessie ${session} moet 1, 2 of 3 zijn.`, 'requested');
    const meeting: ScheduleMeeting = { a: p1 - 1, b: p2 - 1, weight: 1, required: true };
    if (session === 1) meeting.allowedSlots = Array.from({ length: A }, (_, t) => t);
    if (session === 2) meeting.allowedSlots = Array.from({ length: T - A }, (_, t) => A + t);
    return meeting;
  });
  const forbiddenStatement = need(map, 'forbidden');
  const forbiddenSets = sets(forbiddenStatement);
  checkLength(forbiddenStatement, forbiddenSets.length, P, 'verzamelingen');
  const forbidden = forbiddenSets.map((set, p) =>
    set
      .filter((t) => t !== 0)
      .map((t) => {
        if (t < 1 || t > T) fail(`Veld "forbidden", deelnemer ${p + 1}: tijdslot ${t} bestaat niet (1..${T}).`, 'forbidden');
        return t - 1;
      }),
  );
  const fixedStatement = map.get('fixed');
  if (fixedStatement) {
    const fixed = ints(fixedStatement);
    checkLength(fixedStatement, fixed.length, M, 'waarden');
    fixed.forEach((f, m) => {
      if (f < 0 || f > T) fail(`Veld "fixed", gesprek ${m + 1}: tijdslot ${f} bestaat niet (0..${T}).`, 'fixed');
      if (f > 0) meetings[m]!.fixedSlot = f - 1;
    });
  }
  const precedences: [number, number][] = [];
  const precStatement = map.get('precedences');
  if (precStatement) {
    const precSets = sets(precStatement);
    checkLength(precStatement, precSets.length, M, 'verzamelingen');
    precSets.forEach((set, m) => {
      for (const before of set) {
        if (before < 1 || before > M)
          fail(`Veld "precedences", gesprek ${m + 1}: gesprek ${before} bestaat niet.`, 'precedences');
        precedences.push([before - 1, m]);
      }
    });
  }
  return {
    slots: T,
    tables: L,
    participants: P,
    forbidden,
    meetings,
    precedences,
    ...(A < T ? { morningSlots: A } : {}),
    fairness,
  };
}
