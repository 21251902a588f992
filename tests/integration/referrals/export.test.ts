import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AP_GROUP, HOGENT, referralWorld, type ReferralWorld } from './helpers';

/** The columns the Doorverwijzingen table's export menu sends (features/referrals/referralExport.ts). */
const columns = [
  { key: 'id', type: 'number', header: 'Nr.' },
  { key: 'needTitle', header: 'Hulpvraag' },
  { key: 'organisationName', header: 'Organisatie' },
  { key: 'destinationName', header: 'Bestemming' },
  { key: 'destinationKind', header: 'Soort bestemming', labels: { expertisegroep: 'Expertisegroep', hogeschool: 'Hogeschool' } },
  { key: 'status', header: 'Status', labels: { voorgesteld: 'Voorgesteld', verstuurd: 'Verstuurd' } },
  { key: 'overdue', type: 'boolean', header: 'Te laat' },
  { key: 'sentAt', type: 'instantDate', header: 'Verstuurd op' },
  { key: 'responseDeadline', type: 'date', header: 'Antwoord tegen' },
  { key: 'updatedAt', type: 'instant', header: 'Laatst gewijzigd' },
];

describe('Exporting the referrals table', () => {
  let w: ReferralWorld;
  beforeEach(() => {
    w = referralWorld();
  });
  afterEach(() => w.ctx.cleanup());

  it('writes the filtered, sorted list with labels and Belgian dates', async () => {
    const needId = await w.needIn('intake_gehouden');
    const sent = await w.ok('referrals.create', { needId, destinationKind: 'expertisegroep', destinationId: AP_GROUP });
    await w.ok('referrals.send', { id: sent.id });
    await w.ok('referrals.create', { needId, destinationKind: 'hogeschool', destinationId: HOGENT });
    const input = { filters: { openOnly: true }, sort: { column: 'destinationName', direction: 'asc' } };
    const listed = await w.ok('referrals.list', input);

    const result = await w.ok('tableExport.export', {
      method: 'referrals.list',
      input,
      columns,
      format: 'csv',
      fileName: 'doorverwijzingen',
    });
    expect(result.rowCount).toBe(2);
    const text = Buffer.from(result.contentBase64, 'base64').toString('utf8').slice(1);
    const [header, ...rows] = Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
    expect(header).toEqual(columns.map((c) => c.header));
    expect(rows.map((r) => r[3])).toEqual(listed.rows.map((r) => r.destinationName));
    const sentRow = rows.find((r) => r[0] === String(sent.id));
    expect(sentRow?.[1]).toBe('Informatieveiligheid op de werkvloer');
    expect(sentRow?.[4]).toBe('Expertisegroep');
    expect(sentRow?.[5]).toBe('Verstuurd');
    expect(sentRow?.[7]).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    expect(sentRow?.[8]).toMatch(/^\d\d\/\d\d\/\d{4}$/);
  });
});
