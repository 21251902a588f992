import type { DemoContext } from './demo-context';
import { fundingSources, taskTitles } from './need-texts';
import type { DemoOrganisation } from './organisations';

/** Per theme, the collective traject still taking needs and how many more it takes. */
export type CollectivePool = Map<number, { trajectId: number; room: number }>;

const individualTypes = [
  ['studentenproject', 35],
  ['praktijkgericht_onderzoek', 25],
  ['dienstverlening', 25],
  ['doorverwezen', 15],
] as const;

const outcomes = [
  'Prototype opgeleverd en in gebruik genomen.',
  'Advies opgeleverd; de organisatie voert het zelf verder uit.',
  'Opleiding gegeven aan het team; opvolging na zes maanden.',
  'Doorverwezen naar een bestaande marktoplossing; implementatie loopt.',
];

/**
 * The traject a need in (or past) the traject phase belongs to. About one in five joins a
 * collective traject on its main theme, which takes three to six needs of different organisations.
 */
export function insertTraject(
  ctx: DemoContext,
  org: DemoOrganisation,
  theme: { id: number; nameNl: string } | undefined,
  needTitle: string,
  final: string,
  stepDays: number[],
  pool: CollectivePool,
): number {
  const { rng, st } = ctx;
  const startDay = stepDays[Math.min(4, stepDays.length - 1)] ?? 0;
  const done = final === 'afgerond';
  const endDay = done ? (stepDays[stepDays.length - 1] ?? 0) : null;
  if (theme && rng.chance(0.2)) {
    const open = pool.get(theme.id);
    if (open && open.room > 0) {
      open.room -= 1;
      return open.trajectId;
    }
    const id = writeTraject(ctx, {
      title: `Collectief traject ${theme.nameNl}`,
      type: 'collectief_traject',
      done,
      startDay,
      endDay,
      students: rng.int(0, 8),
      colleges: rng.int(2, 3),
    });
    pool.set(theme.id, { trajectId: id, room: rng.int(2, 5) });
    ctx.counts.collectiveTrajects += 1;
    return id;
  }
  const type = rng.weighted(individualTypes);
  return writeTraject(ctx, {
    title: `${needTitle} – ${org.name}`,
    type,
    done,
    startDay,
    endDay,
    students: type === 'studentenproject' ? rng.int(2, 6) : 0,
    colleges: type === 'doorverwezen' ? 0 : 1,
  });

  function writeTraject(
    c: DemoContext,
    t: {
      title: string;
      type: string;
      done: boolean;
      startDay: number;
      endDay: number | null;
      students: number;
      colleges: number;
    },
  ): number {
    const funding = rng.pick(fundingSources);
    const id = Number(
      st.traject.run(
        t.title,
        t.type,
        t.done ? 'afgerond' : 'lopend',
        '',
        t.students,
        funding,
        funding ? rng.int(20, 400) * 10_000 : null,
        c.day(t.startDay),
        t.endDay === null ? null : c.day(t.endDay),
        t.done ? rng.pick(outcomes) : '',
        c.instant(t.startDay),
        c.instant(t.endDay ?? t.startDay),
      ).lastInsertRowid,
    );
    for (const college of rng.sample(c.lookup.colleges, t.colleges)) st.trajectCollege.run(id, college.id);
    c.counts.trajects += 1;
    return id;
  }
}

/** Follow-up tasks: most open dossiers have one, some overdue; closed dossiers keep done ones. */
export function insertTasks(
  ctx: DemoContext,
  organisationId: number,
  needId: number,
  owner: string,
  open: boolean,
  lastAt: string,
): void {
  const { rng, st } = ctx;
  const count = open
    ? rng.weighted([
        [0, 30],
        [1, 50],
        [2, 20],
      ] as const)
    : rng.chance(0.4)
      ? 1
      : 0;
  for (let i = 0; i < count; i += 1) {
    const offset = open ? rng.int(-30, 40) : -rng.int(0, 30);
    const dueDate = open ? ctx.day(offset) : lastAt.slice(0, 10);
    const done = !open || (offset < 0 ? rng.chance(0.55) : rng.chance(0.1));
    const createdAt = ctx.instant(Math.min(offset, 0) - rng.int(3, 20));
    st.task.run(
      needId,
      organisationId,
      rng.pick(taskTitles),
      dueDate,
      owner,
      done ? ctx.instant(Math.min(offset, 0)) : null,
      createdAt,
      createdAt,
    );
    ctx.counts.tasks += 1;
    if (!done && offset < 0) ctx.counts.overdueTasks += 1;
  }
}
