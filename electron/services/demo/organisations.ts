import { normalizeOrganisationName } from '../../api/contract/rules/names';
import { provinceForPostcode } from '../../api/contract/rules/postcode';
import { compact, type DemoContext } from './demo-context';
import { consentScope, consentSources, contactRoles, firstNames, lastNames } from './people';
import { places, streets, walloonPlaces } from './places';
import { cores, saints, sectors } from './vocabulary';

export type DemoOrganisation = {
  id: number;
  name: string;
  /** Days before today the organisation was registered. */
  age: number;
  /** Invented e-mail domain of the organisation. */
  domain: string;
  contacts: { id: number; name: string }[];
};

const sizes = [
  ['1-9', 20],
  ['10-49', 35],
  ['50-249', 30],
  ['250+', 15],
] as const;

const mobilePrefixes = [
  '460',
  '468',
  '470',
  '471',
  '472',
  '473',
  '474',
  '475',
  '476',
  '477',
  '478',
  '479',
  '483',
  '484',
  '485',
  '486',
  '487',
  '488',
  '489',
  '490',
  '491',
  '492',
  '493',
  '494',
  '495',
  '496',
  '497',
  '498',
  '499',
];

/** 8-digit base + 2 check digits (97 - base mod 97): always a valid Belgian enterprise number. */
export function enterpriseNumberFromBase(base: number): string {
  const check = 97 - (base % 97);
  return `${String(base).padStart(8, '0')}${String(check).padStart(2, '0')}`;
}

/**
 * A unique valid number per organisation: organisation i draws from its own slice of the range
 * 0200.000.0xx–0999.999.9xx, so numbers look random yet never collide (also not with numbers
 * already in the database when --force adds to one).
 */
function enterpriseNumber(ctx: DemoContext, index: number, bucket: number): string {
  let base = 2_000_000 + index * bucket + ctx.rng.int(0, bucket - 1);
  let number = enterpriseNumberFromBase(base);
  while (ctx.lookup.usedEnterpriseNumbers.has(number)) {
    base = base >= 19_999_999 ? 1_000_000 : base + 1;
    number = enterpriseNumberFromBase(base);
  }
  ctx.lookup.usedEnterpriseNumbers.add(number);
  return number;
}

function phone(ctx: DemoContext): string {
  const digits = String(ctx.rng.int(0, 999_999)).padStart(6, '0');
  if (ctx.rng.chance(0.8)) return `+32${ctx.rng.pick(mobilePrefixes)}${digits}`;
  // Landlines: Gent, Antwerpen, Leuven, Hasselt, Brugge, Kortrijk zones.
  return `+32${ctx.rng.pick(['92', '32', '16', '11', '50', '56'])}${digits}`;
}

export function insertOrganisation(ctx: DemoContext, index: number, bucket: number): DemoOrganisation {
  const { rng, st } = ctx;
  const spec = rng.weighted(sectors.map((s) => [s, s.weight] as const));
  const [postcode, city] = rng.chance(0.03) ? rng.pick(walloonPlaces) : rng.pick(places);
  const core = rng.pick(cores);
  const base = rng
    .pick(spec.patterns)
    .replace('{core}', core)
    .replace('{city}', city)
    .replace('{saint}', `${rng.pick(saints)} ${city}`);
  const legalForm = rng.weighted(spec.legalForms);
  const placement = rng.next();
  const name = placement < 0.25 ? `${base} ${legalForm}` : placement < 0.35 ? `${legalForm} ${base}` : base;
  const domain = `${compact(base)}${compact(base).includes(compact(city)) ? '' : compact(city)}.be`;
  const provinceCode = provinceForPostcode(postcode);
  const age = rng.int(20, 1500);
  const createdAt = ctx.instant(-age);
  const updatedAt = rng.chance(0.5) ? createdAt : ctx.instant(-rng.int(0, age));
  const id = Number(
    st.organisation.run(
      name,
      normalizeOrganisationName(name),
      legalForm,
      rng.chance(0.94) ? enterpriseNumber(ctx, index, bucket) : null,
      `${rng.pick(streets)} ${rng.int(1, 240)}`,
      postcode,
      city,
      provinceCode && ctx.lookup.provinces.has(provinceCode) ? provinceCode : null,
      spec.sector,
      rng.weighted(sizes),
      `https://www.${domain}`,
      domain,
      rng.chance(0.97) ? 1 : 0,
      createdAt,
      updatedAt,
    ).lastInsertRowid,
  );
  ctx.counts.organisations += 1;
  const federationId = ctx.lookup.federations.get(spec.federation);
  if (federationId !== undefined && rng.chance(0.75)) st.federation.run(id, federationId);

  return { id, name, age, domain, contacts: [] };
}

/** The contacts of one organisation (added to `org.contacts`). */
export function insertContacts(ctx: DemoContext, org: DemoOrganisation): void {
  const { rng, st } = ctx;
  const { id, age, domain, contacts } = org;
  const contactCount = rng.weighted([
    [1, 10],
    [2, 20],
    [3, 35],
    [4, 20],
    [5, 15],
  ] as const);
  for (let c = 0; c < contactCount; c += 1) {
    const first = rng.pick(firstNames);
    const last = rng.pick(lastNames);
    const consent = rng.chance(0.85);
    const contactAge = rng.int(0, age);
    const contactId = Number(
      st.contact.run(
        id,
        first,
        last,
        rng.pick(contactRoles),
        rng.chance(0.95) ? `${compact(first)}.${compact(last)}@${domain}` : null,
        rng.chance(0.85) ? phone(ctx) : null,
        consent ? ctx.day(-contactAge) : null,
        consent ? rng.pick(consentSources) : '',
        consent ? consentScope : '',
        ctx.instant(-rng.int(0, Math.min(contactAge, 900))),
        1,
        ctx.instant(-contactAge),
        ctx.instant(-rng.int(0, contactAge)),
      ).lastInsertRowid,
    );
    contacts.push({ id: contactId, name: `${first} ${last}` });
  }
  ctx.counts.contacts += contactCount;
}
