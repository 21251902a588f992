import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { colleges, partners, themes } from '../../../db/schema';

export type ThemeRef = { id: number; code: string; nameNl: string; nameEn: string };
export type FederationRef = { id: number; name: string; shortName: string };
export type CollegeRef = { id: number; name: string; shortName: string; website: string };
/** The lists a registration is checked against; read once per import. */
export type Reference = { themes: ThemeRef[]; federations: FederationRef[]; colleges: CollegeRef[] };

export function loadReference(db: Db | Tx): Reference {
  return {
    themes: db
      .select({ id: themes.id, code: themes.code, nameNl: themes.nameNl, nameEn: themes.nameEn })
      .from(themes)
      .where(eq(themes.active, true))
      .orderBy(asc(themes.sortOrder))
      .all(),
    federations: db
      .select({ id: partners.id, name: partners.name, shortName: partners.shortName })
      .from(partners)
      .where(eq(partners.kind, 'federatie'))
      .all(),
    colleges: db
      .select({ id: colleges.id, name: colleges.name, shortName: colleges.shortName, website: colleges.website })
      .from(colleges)
      .all(),
  };
}
