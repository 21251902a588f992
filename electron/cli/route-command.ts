import { routingSuggestInput, type RoutingSuggestion } from '../api/contract/routing';
import { AppError } from '../services/errors';
import { suggest } from '../services/routing/suggest';
import type { CliCommand, CommandValues } from './registry';

const kindLabel: Record<RoutingSuggestion['destinationKind'], string> = {
  expertisegroep: 'groep',
  hogeschool: 'hogeschool',
  universiteit: 'universiteit',
  bedrijf: 'bedrijf',
};

function toInput(values: CommandValues): unknown {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const list = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
  const top = str(values.top);
  if (top !== undefined && !/^\d+$/.test(top)) throw new AppError('VALIDATION', '--top moet een geheel getal zijn (1 tot 50).');
  return {
    text: str(values.text) ?? '',
    themeCodes: list(values.theme),
    provinceCode: str(values.province) ?? null,
    knowledgeKind: str(values.kind) ?? null,
    ...(top !== undefined ? { top: Number(top) } : {}),
  };
}

function human(rows: RoutingSuggestion[]): string {
  if (rows.length === 0) return 'Geen suggesties: geen enkele bestemming deelt een thema of woord met de vraag.';
  return rows
    .map((s, i) => {
      const where = s.collegeName ? ` — ${s.shortName ?? s.collegeName}` : '';
      const flags = s.flags.length > 0 ? ` [${s.flags.join(', ')}]` : '';
      const parts = s.parts.map((p) => `     ${p.key.padEnd(6)} ${p.value.toFixed(1).padStart(5)}  ${p.detail}`).join('\n');
      const words = s.matchedWords.length > 0 ? `\n     woorden: ${s.matchedWords.join(', ')}` : '';
      return `${String(i + 1).padStart(2)}. ${s.name}${where} (${kindLabel[s.destinationKind]}) ${s.score.toFixed(1)}${flags}\n${parts}${words}`;
    })
    .join('\n');
}

/** `route --text "..." [--theme CODE ...] [--province NAAM] [--kind K] [--top N] [--json]` (issue 5). */
export const routeCommand: CliCommand = {
  name: 'route',
  usage: `  route --text "..." [--theme CODE ...] [--province NAAM|CODE] [--kind toegepast|fundamenteel|marktoplossing] [--top N]
                     de beste bestemmingen voor een vraag, met de delen van hun score`,
  options: {
    text: { type: 'string' },
    theme: { type: 'string', multiple: true },
    province: { type: 'string' },
    kind: { type: 'string' },
    top: { type: 'string' },
  },
  needsDatabase: true,
  run: ({ ctx, out, values }) => {
    if (!ctx) throw new AppError('DB_UNAVAILABLE', 'Geen databank geopend.');
    const parsed = routingSuggestInput.safeParse(toInput(values));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = { themeCodes: '--theme', knowledgeKind: '--kind', top: '--top', provinceCode: '--province', text: '--text' }[
        String(issue?.path[0] ?? '')
      ];
      throw new AppError('VALIDATION', `${field ?? 'Invoer'}: ${issue?.message ?? 'ongeldig'}`);
    }
    const rows = suggest(ctx, parsed.data);
    out.result(human(rows), { ok: true, count: rows.length, suggestions: rows });
    return 0;
  },
};
