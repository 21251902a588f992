import { describe, expect, it } from 'vitest';
import {
  validateRows,
  type ColumnMapping,
  type DataRow,
  type Reference,
  type Target,
  type ValidatedRow,
} from '../../../electron/services/imports';
import { matchTheme, parseConsent, splitMulti } from '../../../electron/services/imports/values';
import { splitFullName } from '../../../electron/services/imports/names';

const reference: Reference = {
  themes: [
    {
      id: 1,
      code: 'infoveiligheid',
      nameNl: 'Informatieveiligheid & cybersecurity',
      nameEn: 'Information security & cybersecurity',
    },
    { id: 2, code: 'privacy', nameNl: 'Privacy & gegevensbescherming (GDPR)', nameEn: 'Privacy & data protection (GDPR)' },
    { id: 3, code: 'logistiek', nameNl: 'Logistiek 4.0', nameEn: 'Logistics 4.0' },
    { id: 4, code: 'inclusie', nameNl: 'Digitale inclusie & toegankelijkheid', nameEn: 'Digital inclusion & accessibility' },
    {
      id: 5,
      code: 'werkinstructies',
      nameNl: 'Digitale werkinstructies & opleiding',
      nameEn: 'Digital work instructions & training',
    },
  ],
  federations: [{ id: 7, name: 'Groep Maatwerk', shortName: '' }],
  colleges: [{ id: 3, name: 'UC Leuven-Limburg', shortName: 'UCLL', website: 'ucll.be' }],
};

/** Validates one row given as { target: cell }. */
function one(cells: Partial<Record<Target, string>>, formulas: Record<number, string> = {}): ValidatedRow {
  const entries = Object.entries(cells) as [Target, string][];
  const mappings: ColumnMapping[] = entries.map(([target], column) => ({
    column,
    header: target,
    target,
    confidence: 1,
    reason: 'alias',
  }));
  const row: DataRow = { sourceRow: 2, cells: entries.map(([, v]) => v), formulas };
  const [result] = validateRows([row], mappings, reference);
  if (!result) throw new Error('no row');
  return result;
}
const codes = (row: ValidatedRow) => row.issues.map((i) => i.code).sort();
const base = { 'organisation.name': 'Alfa vzw', 'contact.lastName': 'Peeters', 'contact.consent': 'ja' } as const;

describe('cell validation', () => {
  it('normalises enterprise numbers, restoring a lost leading zero, and rejects a wrong check digit', () => {
    expect(one({ ...base, 'organisation.enterpriseNumber': '403019261' }).values.organisation.enterpriseNumber).toBe(
      '0403019261',
    );
    expect(one({ ...base, 'organisation.enterpriseNumber': 'BE 0403.019.261' }).values.organisation.enterpriseNumber).toBe(
      '0403019261',
    );
    const bad = one({ ...base, 'organisation.enterpriseNumber': '0403.019.262' });
    expect(bad.values.organisation.enterpriseNumber).toBeNull();
    expect(bad.issues).toEqual([
      expect.objectContaining({ code: 'kbo_checksum', severity: 'error', column: 3, field: 'organisation.enterpriseNumber' }),
    ]);
    expect(codes(one({ ...base, 'organisation.enterpriseNumber': '12345' }))).toEqual(['kbo_format']);
  });

  it('cleans e-mail addresses and rejects what is not one', () => {
    expect(one({ ...base, 'contact.email': ' An.Peeters @Alfa.BE ' }).values.contact.email).toBe('an.peeters@alfa.be');
    expect(one({ ...base, 'contact.email': 'helène.maes@vives.be' }).values.contact.email).toBe('helène.maes@vives.be');
    for (const bad of ['an.peeters at alfa.be', 'an@@alfa.be', 'an@alfa', 'an..p@alfa.be']) {
      const row = one({ ...base, 'contact.email': bad });
      expect(codes(row)).toEqual(['email_invalid']);
      expect(row.issues[0]?.message).toContain(bad);
    }
  });

  it('stores phones in E.164 and postcodes with their province; Wallonia is a warning', () => {
    const row = one({ ...base, 'contact.phone': '09/962.26.71', 'organisation.postcode': '9000' });
    expect(row.values.contact.phone).toBe('+3299622671');
    expect(row.values.organisation.provinceCode).toBe('oost-vlaanderen');
    expect(one({ ...base, 'contact.phone': '0032 478 17 99 47' }).values.contact.phone).toBe('+32478179947');
    expect(codes(one({ ...base, 'contact.phone': '12' }))).toEqual(['phone_invalid']);
    const namur = one({ ...base, 'organisation.postcode': '5000' });
    expect(namur.values.organisation.postcode).toBe('5000');
    expect(namur.issues).toEqual([expect.objectContaining({ code: 'outside_flanders', severity: 'warning' })]);
    expect(codes(one({ ...base, 'organisation.postcode': '90000' }))).toEqual(['postcode_invalid']);
  });

  it('maps themes to the taxonomy, splitting multi-valued cells; unknown ones are a warning', () => {
    const row = one({
      ...base,
      'need.themes': 'Privacy & GDPR; informatieveiligheid\nLOGISTIEK 4.0 | logistics 4.0 / Ruimtevaart',
    });
    expect(row.values.need.themeCodes).toEqual(['privacy', 'infoveiligheid', 'logistiek']);
    expect(row.issues).toEqual([
      expect.objectContaining({ code: 'theme_unknown', severity: 'warning', message: expect.stringContaining('Ruimtevaart') }),
    ]);
    // "Digitale" alone fits two themes: not guessed.
    expect(matchTheme('Digitale', reference.themes)).toBeNull();
    expect(splitMulti('a, b/c|d;e\nf')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('reads consent in Dutch, English and French; no or empty consent is flagged', () => {
    for (const yes of ['ja', 'Yes', 'oui', 'x', 'Akkoord', 'TRUE', '1', 'WAAR']) expect(parseConsent(yes)).toBe('yes');
    for (const no of ['nee', 'No', 'non', 'false', '0']) expect(parseConsent(no)).toBe('no');
    expect(parseConsent('misschien')).toBe('unknown');
    expect(one(base).values.contact.consent).toBe(true);
    expect(codes(one({ ...base, 'contact.consent': 'Nee' }))).toEqual(['no_consent']);
    expect(codes(one({ ...base, 'contact.consent': '' }))).toEqual(['no_consent']);
    expect(one({ ...base, 'contact.consent': 'misschien' }).issues[0]?.message).toContain('Onduidelijk');
    // No person, nothing to consent to.
    expect(codes(one({ 'organisation.name': 'Alfa', 'contact.consent': '' }))).toEqual([]);
  });

  it('requires the organisation name for enterprise rows, not for academics', () => {
    expect(one({ ...base, 'organisation.name': ' ' }).issues).toEqual([
      expect.objectContaining({ code: 'org_missing', severity: 'error' }),
    ]);
    const expert = one({
      'row.kind': 'Expert',
      'contact.lastName': 'Maes',
      'contact.consent': 'ja',
      'organisation.name': 'UCLL',
    });
    expect(expert.kind).toBe('expert');
    expect(expert.values.expert.college).toBe('UCLL');
    expect(codes(expert)).toEqual([]);
    expect(one({ ...base, 'contact.role': 'Docent-onderzoeker hogeschool' }).kind).toBe('expert');
    // Without a kind column, a registration "from" a college is an academic's.
    expect(one({ 'organisation.name': 'UC Leuven-Limburg', 'contact.lastName': 'X', 'contact.consent': 'ja' }).kind).toBe(
      'expert',
    );
  });

  it('keeps text that starts like a formula as text, and flags it', () => {
    const typed = one({ ...base, 'need.question': '=HYPERLINK("http://x","klik")' });
    expect(typed.values.need.question).toBe('=HYPERLINK("http://x","klik")');
    expect(codes(typed)).toEqual(['formula_text']);
    expect(codes(one({ ...base, 'need.question': '@SUM(A1)' }))).toEqual(['formula_text']);
    expect(codes(one({ ...base, 'need.question': '-1+2' }))).toEqual(['formula_text']);
    // An xlsx formula cell: the reader shows its result, validation keeps the formula as text.
    const cell = one({ ...base, 'need.question': 'klik' }, { 3: '=HYPERLINK("http://x","klik")' });
    expect(cell.values.need.question).toBe('=HYPERLINK("http://x","klik")');
    expect(codes(cell)).toEqual(['formula_text']);
    // A phone in international notation is not a formula.
    expect(codes(one({ ...base, 'contact.phone': '+32 470 12 34 56' }))).toEqual([]);
  });

  it('splits full names and finds the legal form in the name', () => {
    expect(splitFullName('Pieter Van den Broeck')).toEqual({ firstName: 'Pieter', lastName: 'Van den Broeck' });
    expect(splitFullName('Van den Broeck, Pieter')).toEqual({ firstName: 'Pieter', lastName: 'Van den Broeck' });
    expect(splitFullName('VAN DEN BROECK Pieter')).toEqual({ firstName: 'Pieter', lastName: 'VAN DEN BROECK' });
    const row = one({
      'organisation.name': 'Woonzorgcentrum Meetjesland cvba-so',
      'contact.fullName': 'An Peeters',
      'contact.consent': 'ja',
    });
    expect(row.values.contact).toMatchObject({ firstName: 'An', lastName: 'Peeters' });
    expect(row.values.organisation.legalForm).toBe('son');
    expect(one({ ...base, 'organisation.federation': 'groep maatwerk' }).values.organisation.federationId).toBe(7);
    expect(codes(one({ ...base, 'organisation.federation': 'Onbekend' }))).toEqual(['federation_unknown']);
  });
});
