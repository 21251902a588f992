import { eq } from 'drizzle-orm';
import { needs } from '../../../db/schema';
import type { NeedStatus } from '../../../electron/api/contract';
import { dossierWorld, insertOrganisation, type DossierWorld } from '../dossiers/fixtures';

export type ReferralWorld = DossierWorld & {
  organisationId: number;
  /** A need put straight in the given status (test set-up only). */
  needIn: (status: NeedStatus, title?: string) => Promise<number>;
};

export function referralWorld(): ReferralWorld {
  const w = dossierWorld();
  const organisationId = insertOrganisation(w.ctx, {
    name: 'De Kringwinkel Antwerpen',
    provinceCode: 'antwerpen',
    city: 'Antwerpen',
  });
  const needIn = async (status: NeedStatus, title = 'Informatieveiligheid op de werkvloer') => {
    const { id } = await w.ok('needs.create', {
      organisationId,
      title,
      question: 'Hoe beveiligen we de laptops van onze jobcoaches?',
      smart: 'Tegen juni 2027 een beveiligingsplan voor 40 laptops, getest met 2 teams.',
    });
    w.ctx.db().update(needs).set({ status }).where(eq(needs.id, id)).run();
    return id;
  };
  return Object.assign(w, { organisationId, needIn });
}

/** Seeded network ids (reference/network.json): college 1 = AP, group 1 = an AP group, partner 1 = KU Leuven. */
export const AP = 1;
export const AP_GROUP = 1;
export const KU_LEUVEN = 1;
export const HOGENT = 4;
