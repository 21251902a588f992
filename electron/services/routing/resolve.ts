import { eq, inArray } from 'drizzle-orm';
import { needs, needThemes, organisations, provinces, themes } from '../../../db/schema';
import type { KnowledgeKind } from '../../api/contract/dossier/lifecycle';
import type { RoutingSuggestInput } from '../../api/contract/routing';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { fold } from './normalize';

/** What the router ranks against, whether it came from a need or from a free text. */
export type RoutingQuery = {
  text: string;
  themes: { id: number; code: string; name: string }[];
  province: { code: string; name: string } | null;
  city: string | null;
  knowledgeKind: KnowledgeKind | null;
};

const invalid = (path: string, message: string) => new AppError('VALIDATION', message, { issues: [{ path, message }] });

export function resolveQuery(ctx: AppContext, input: RoutingSuggestInput): RoutingQuery {
  const query = input.needId !== undefined ? fromNeed(ctx, input.needId) : fromText(ctx, input);
  if (query.text.trim() === '' && query.themes.length === 0) {
    throw input.needId !== undefined
      ? invalid(
          'needId',
          'Deze hulpvraag heeft nog geen vraag, SMART-formulering of thema: vul die aan om suggesties te krijgen.',
        )
      : invalid('text', 'Geef de vraag in of kies minstens één thema om suggesties te krijgen.');
  }
  return query;
}

function fromNeed(ctx: AppContext, needId: number): RoutingQuery {
  const db = ctx.db();
  const need = db
    .select({
      title: needs.title,
      question: needs.question,
      smart: needs.smart,
      knowledgeKind: needs.knowledgeKind,
      city: organisations.city,
      provinceCode: organisations.provinceCode,
      provinceName: provinces.name,
    })
    .from(needs)
    .leftJoin(organisations, eq(organisations.id, needs.organisationId))
    .leftJoin(provinces, eq(provinces.code, organisations.provinceCode))
    .where(eq(needs.id, needId))
    .get();
  if (!need) throw new AppError('NOT_FOUND', 'Deze hulpvraag bestaat niet (meer).');
  const needThemeRows = db
    .select({ id: themes.id, code: themes.code, name: themes.nameNl })
    .from(needThemes)
    .innerJoin(themes, eq(themes.id, needThemes.themeId))
    .where(eq(needThemes.needId, needId))
    .all();
  // The title alone is often a label ("Vraag De Kringwinkel"): only with question/SMART it carries meaning.
  const body = [need.question, need.smart].filter((t) => t.trim()).join('\n');
  return {
    text: body ? `${need.title}\n${body}` : '',
    themes: needThemeRows,
    province: need.provinceCode && need.provinceName ? { code: need.provinceCode, name: need.provinceName } : null,
    city: need.city ?? null,
    knowledgeKind: need.knowledgeKind,
  };
}

function fromText(ctx: AppContext, input: RoutingSuggestInput): RoutingQuery {
  const db = ctx.db();
  const codes = [...new Set(input.themeCodes.map((c) => c.toLowerCase()))];
  const found =
    codes.length === 0
      ? []
      : db
          .select({ id: themes.id, code: themes.code, name: themes.nameNl })
          .from(themes)
          .where(inArray(themes.code, codes))
          .all();
  const unknown = codes.filter((c) => !found.some((t) => t.code === c));
  if (unknown.length > 0) {
    const known = db
      .select({ code: themes.code })
      .from(themes)
      .orderBy(themes.sortOrder)
      .all()
      .map((t) => t.code);
    throw invalid('themeCodes', `Onbekend thema: ${unknown.join(', ')}. Bekende thema's: ${known.join(', ')}.`);
  }
  let province: RoutingQuery['province'] = null;
  if (input.provinceCode) {
    const wanted = fold(input.provinceCode).replace(/[^a-z0-9]+/g, '-');
    const all = db.select({ code: provinces.code, name: provinces.name }).from(provinces).all();
    province = all.find((p) => p.code === wanted || fold(p.name).replace(/[^a-z0-9]+/g, '-') === wanted) ?? null;
    if (!province)
      throw invalid(
        'provinceCode',
        `Onbekende provincie: ${input.provinceCode}. Kies uit: ${all.map((p) => p.name).join(', ')}.`,
      );
  }
  return { text: input.text, themes: found, province, city: null, knowledgeKind: input.knowledgeKind };
}
