import { describe, expect, it } from 'vitest';
import { importTargets } from '../../../electron/api/contract/imports';
import { autoMap, detectHeader, targets, type Sheet, type Target } from '../../../electron/services/imports';

const sheet = (rows: string[][]): Sheet => ({ name: 'S', rows, formulas: [], notes: [] });
const mapOf = (rows: string[][]) => {
  const header = detectHeader(sheet(rows));
  return Object.fromEntries(autoMap(header.columns, header.rows).map((m) => [m.header, m.target])) as Record<string, Target>;
};

describe('header detection', () => {
  it('skips a title block, a date line and an empty row above the header', () => {
    const result = detectHeader(
      sheet([
        ['Inschrijvingen matchmaking Groeilabz'],
        ['Gegenereerd op', '14/09/2026'],
        [],
        ['Organisatie', 'KBO-nummer', 'E-mailadres', 'Postcode'],
        ['Alfa vzw', '0403.019.261', 'an@alfa.be', '9000'],
        [],
        ['Beta', '', 'bo@beta.be', '2000'],
      ]),
    );
    expect(result.headerRow).toBe(4);
    expect(result.rows.map((r) => r.sourceRow)).toEqual([5, 7]);
  });

  it('does not take a data row for the header when the file has no header names it knows', () => {
    const result = detectHeader(
      sheet([
        ['Kolom 1', 'Kolom 2'],
        ['an@alfa.be', '0470 12 34 56'],
      ]),
    );
    expect(result.headerRow).toBe(1);
  });

  it('names empty and repeated columns, and pads short rows', () => {
    const result = detectHeader(
      sheet([
        ['Naam', '', 'Naam', 'E-mail'],
        ['A', 'x', 'B', 'a@b.be', 'extra'],
      ]),
    );
    expect(result.columns.map((c) => c.name)).toEqual(['Naam', 'Kolom B', 'Naam (2)', 'E-mail', 'Kolom E']);
    expect(result.rows[0]?.cells).toHaveLength(5);
  });
});

describe('automatic mapping', () => {
  it('maps Dutch form headers, with Naam next to Voornaam as the family name', () => {
    expect(
      mapOf([
        [
          'Naam organisatie',
          'Ondernemingsnummer',
          'Voornaam',
          'Naam',
          'GSM',
          'Postnr',
          'Gemeente',
          "Thema's",
          'Hulpvraag',
          'Toestemming',
          'Functie',
          'Rol',
        ],
        [
          'Alfa',
          '0403019261',
          'An',
          'Peeters',
          '0470 12 34 56',
          '9000',
          'Gent',
          'Privacy',
          'Vraag',
          'ja',
          'directeur',
          'Vraagsteller',
        ],
      ]),
    ).toEqual({
      'Naam organisatie': 'organisation.name',
      Ondernemingsnummer: 'organisation.enterpriseNumber',
      Voornaam: 'contact.firstName',
      Naam: 'contact.lastName',
      GSM: 'contact.phone',
      Postnr: 'organisation.postcode',
      Gemeente: 'organisation.city',
      "Thema's": 'need.themes',
      Hulpvraag: 'need.question',
      Toestemming: 'contact.consent',
      Functie: 'contact.role',
      Rol: 'row.kind',
    });
  });

  it('maps English and French headers and their variants', () => {
    expect(
      mapOf([
        [
          'Organisation',
          'VAT / enterprise number',
          'Full name',
          'E-mail address',
          'Phone',
          'Zip code',
          'City',
          'Topics',
          'Question',
          'GDPR consent',
        ],
        ['Alfa', 'BE0403019261', 'An Peeters', 'an@alfa.be', '0470123456', '9000', 'Gent', 'x', 'y', 'yes'],
      ]),
    ).toEqual({
      Organisation: 'organisation.name',
      'VAT / enterprise number': 'organisation.enterpriseNumber',
      'Full name': 'contact.fullName',
      'E-mail address': 'contact.email',
      Phone: 'contact.phone',
      'Zip code': 'organisation.postcode',
      City: 'organisation.city',
      Topics: 'need.themes',
      Question: 'need.question',
      'GDPR consent': 'contact.consent',
    });
    expect(
      mapOf([
        [
          "Nom de l'organisation",
          'Numéro d’entreprise',
          'Prénom',
          'Nom de famille',
          'Courriel',
          'Téléphone',
          'Code postal',
          'Commune',
          'Thématique',
          'Votre demande',
        ],
        ['Alfa', '0403019261', 'Anne', 'Dubois', 'a@b.be', '081 23 45 67', '5000', 'Namur', 'x', 'y'],
      ]),
    ).toEqual({
      "Nom de l'organisation": 'organisation.name',
      'Numéro d’entreprise': 'organisation.enterpriseNumber',
      Prénom: 'contact.firstName',
      'Nom de famille': 'contact.lastName',
      Courriel: 'contact.email',
      Téléphone: 'contact.phone',
      'Code postal': 'organisation.postcode',
      Commune: 'organisation.city',
      Thématique: 'need.themes',
      'Votre demande': 'need.question',
    });
  });

  it('weighs the cells: an E-mail column full of "anoniem" and an empty Naam column stay ignored', () => {
    const mapping = mapOf([
      [
        'E-mail',
        'Naam',
        'Voornaam',
        'Achternaam',
        'E-mailadres',
        'Met welke hogeschool wil je graag praten?',
        'Ik ga akkoord met de privacyverklaring',
      ],
      ['anoniem', '', 'An', 'Peeters', 'an@alfa.be', 'UCLL', 'Ja'],
      ['anoniem', '', 'Bo', 'Claes', 'bo@beta.be', 'PXL', 'Ja'],
    ]);
    expect(mapping).toEqual({
      'E-mail': 'ignore',
      Naam: 'ignore',
      Voornaam: 'contact.firstName',
      Achternaam: 'contact.lastName',
      'E-mailadres': 'contact.email',
      // Meeting wishes: used when an event is the import's target (issue 6), else left aside.
      'Met welke hogeschool wil je graag praten?': 'event.wishes',
      'Ik ga akkoord met de privacyverklaring': 'contact.consent',
    });
  });

  it('gives each target one column and reports a confidence', () => {
    const header = detectHeader(
      sheet([
        ['Organisatie', 'Bedrijf', 'Opmerking bij de organisatie'],
        ['A', 'B', 'C'],
      ]),
    );
    const mappings = autoMap(header.columns, header.rows);
    expect(mappings.map((m) => [m.target, m.confidence])).toEqual([
      ['organisation.name', 1],
      ['ignore', 0],
      ['ignore', 0],
    ]);
  });
});

describe('event columns (issue 6)', () => {
  it('recognises meeting wishes and availability headers in Dutch, English and French', () => {
    expect(
      mapOf([
        ['Organisatie', 'Gesprekswensen', 'Beschikbaar voormiddag/namiddag'],
        ['Alfa vzw', 'UCLL', 'voormiddag'],
      ]),
    ).toMatchObject({ Gesprekswensen: 'event.wishes', 'Beschikbaar voormiddag/namiddag': 'event.availability' });
    expect(
      mapOf([
        ['Company', 'Who would you like to meet', 'Availability'],
        ['Alfa', 'PXL', 'afternoon'],
      ]),
    ).toMatchObject({ 'Who would you like to meet': 'event.wishes', Availability: 'event.availability' });
  });
});

describe('targets', () => {
  it('are the contract list, in its order (the engine takes them from its alias table)', () => {
    expect([...targets]).toEqual([...importTargets]);
  });
});
