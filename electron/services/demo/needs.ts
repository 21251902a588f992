import type { DemoContext } from './demo-context';
import { fallbackTexts, needTexts, statusLabels, stopReasons } from './need-texts';
import type { DemoOrganisation } from './organisations';
import { owners } from './people';
import { insertTasks, insertTraject, type CollectivePool } from './trajects';

type Status = keyof typeof statusLabels;

const finalStatuses = [
  ['nieuw', 12],
  ['verkenning', 14],
  ['intake_gepland', 10],
  ['intake_gehouden', 9],
  ['doorverwezen', 9],
  ['in_traject', 16],
  ['afgerond', 20],
  ['gestopt', 10],
] as const;

const sources = [
  ['event', 30],
  ['formulier', 25],
  ['e-mail', 15],
  ['telefoon', 8],
  ['federatie', 10],
  ['hogeschool', 5],
  ['import', 5],
  ['andere', 2],
] as const;

const budgets = ['', 'tot € 5.000', '€ 5.000 – 20.000', 'meer dan € 20.000', 'nog onbekend', 'geen eigen budget'];

/** The statuses a need went through to reach `final`, following the lifecycle in DOMAIN.md. */
function pathTo(ctx: DemoContext, final: Status): Status[] {
  const toIntake: Status[] = ['nieuw', 'verkenning', 'intake_gepland', 'intake_gehouden'];
  switch (final) {
    case 'nieuw':
    case 'verkenning':
    case 'intake_gepland':
    case 'intake_gehouden':
      return toIntake.slice(0, toIntake.indexOf(final) + 1);
    case 'doorverwezen':
    case 'in_traject':
      return [...toIntake, final];
    case 'afgerond':
      return [...toIntake, ctx.rng.chance(0.7) ? 'in_traject' : 'doorverwezen', 'afgerond'];
    default:
      return [...toIntake.slice(0, ctx.rng.int(1, 4)), 'gestopt'];
  }
}

export function insertNeeds(ctx: DemoContext, org: DemoOrganisation, pool: CollectivePool): void {
  const { rng } = ctx;
  const count = rng.weighted([
    [0, 12],
    [1, 25],
    [2, 30],
    [3, 20],
    [4, 13],
  ] as const);
  for (let n = 0; n < count; n += 1) insertNeed(ctx, org, pool);
}

function insertNeed(ctx: DemoContext, org: DemoOrganisation, pool: CollectivePool): void {
  const { rng, st } = ctx;
  const final: Status = rng.weighted(finalStatuses);
  const path = pathTo(ctx, final);
  const open = final !== 'afgerond' && final !== 'gestopt';
  const gaps = path.map((_, i) => (i === 0 ? 0 : rng.int(4, 35)));
  const span = gaps.reduce((a, b) => a + b, 0);
  const tail = open ? rng.int(1, 60) : rng.int(1, 400);
  const start = -Math.min(span + tail, Math.max(org.age, span + 1));
  const stepDays: number[] = [];
  gaps.reduce((day, gap) => {
    stepDays.push(Math.min(day + gap, 0));
    return day + gap;
  }, start);
  const stepAt = stepDays.map((d) => ctx.instant(d));
  const lastAt = stepAt[stepAt.length - 1] as string;

  const themes = rng.sample(ctx.lookup.themes, rng.chance(0.7) ? 1 : 2);
  const primary = themes[0];
  const [title, question] = rng.pick(needTexts[primary?.code ?? ''] ?? fallbackTexts);
  const contact = org.contacts.length > 0 && rng.chance(0.85) ? rng.pick(org.contacts) : null;
  const owner = rng.pick(owners);
  const smart =
    path.length >= 3
      ? `Tegen ${ctx.day(rng.int(60, 270)).slice(0, 7)}: ${title.toLowerCase()} uitgewerkt en getest met ${rng.int(5, 40)} medewerkers; opvolging via een korte bevraging na drie maanden.`
      : '';
  const traject = path.includes('in_traject') ? insertTraject(ctx, org, primary, title, final, stepDays, pool) : null;

  const needId = Number(
    st.need.run(
      org.id,
      contact?.id ?? null,
      traject,
      title,
      question,
      smart,
      path.length >= 2
        ? rng.weighted([
            ['toegepast', 70],
            ['fundamenteel', 10],
            ['marktoplossing', 20],
          ] as const)
        : null,
      rng.weighted([
        ['laag', 25],
        ['normaal', 60],
        ['hoog', 15],
      ] as const),
      rng.pick(budgets),
      rng.weighted(sources),
      owner,
      final,
      final === 'gestopt' ? rng.pick(stopReasons) : '',
      lastAt,
      open ? null : lastAt,
      stepAt[0],
      lastAt,
    ).lastInsertRowid,
  );
  ctx.counts.needs += 1;
  for (const theme of themes) st.needTheme.run(needId, theme.id);

  const log = (kind: string, at: string, summary: string, body = '', data: Record<string, unknown> = {}) => {
    st.timeline.run(needId, org.id, contact?.id ?? null, kind, at, owner, summary, body, JSON.stringify(data), at);
    ctx.counts.timelineEntries += 1;
  };
  log('notitie', stepAt[0] as string, 'Hulpvraag geregistreerd');
  path.forEach((status, i) => {
    if (i === 0) return;
    const from = path[i - 1] as Status;
    const at = stepAt[i] as string;
    log('status', at, `Status: ${statusLabels[from]} → ${statusLabels[status]}`, status === 'gestopt' ? 'Zie reden.' : '', {
      from,
      to: status,
    });
    if (status === 'verkenning' && rng.chance(0.3))
      log(rng.pick(['telefoon', 'e-mail']), at, `Eerste contact met ${contact?.name ?? org.name}`);
    if (status === 'intake_gehouden') log('intake', at, 'Intakegesprek gehouden');
  });

  const planned = path.includes('intake_gepland');
  if (planned) {
    const held = path.includes('intake_gehouden');
    const date = held
      ? (stepAt[path.indexOf('intake_gehouden')] as string).slice(0, 10)
      : open
        ? ctx.day(rng.int(2, 30))
        : lastAt.slice(0, 10);
    st.intake.run(
      needId,
      date,
      [contact?.name, owner].filter(Boolean).join(', '),
      held ? question : '',
      held ? 'Start binnen drie maanden, eerste resultaat na zes maanden.' : '',
      held ? rng.pick(budgets) : '',
      JSON.stringify(held ? rng.sample(['studentenproject', 'praktijkgericht onderzoek', 'dienstverlening', 'workshop'], 2) : []),
      held ? 'Een kleinschalige proef op één afdeling, daarna uitrol.' : '',
      held ? (final === 'gestopt' ? 'Geen vervolg.' : 'Verder met een traject.') : '',
      held ? 'Voorstel uitwerken met de expertisegroep.' : '',
      held ? 1 : 0,
      stepAt[path.indexOf('intake_gepland')],
      held ? stepAt[path.indexOf('intake_gehouden')] : stepAt[path.indexOf('intake_gepland')],
    );
    ctx.counts.intakes += 1;
  }
  insertTasks(ctx, org.id, needId, owner, open, lastAt);
}
