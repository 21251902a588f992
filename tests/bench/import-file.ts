/**
 * A realistic 10,000-row registration xlsx for the import bench: the Google Forms fixture's
 * headers, ~6,000 distinct organisations (repeat registrations with other casing and spacing),
 * and about 1% of each defect (KBO checksum, e-mail, no consent).
 */
import ExcelJS from 'exceljs';

const HEADER = [
  'Tijdstempel',
  'Rol',
  'Voornaam',
  'Familienaam',
  'E-mailadres',
  'GSM',
  'Organisatie',
  'KBO-nummer',
  'Postcode',
  'Gemeente',
  'Koepel / federatie',
  'Thema',
  'Uw vraag',
  'Voorkeur gesprekspartners',
  'Toestemming',
];
const PLACES: [string, string][] = [
  ['9000', 'Gent'],
  ['2000', 'Antwerpen'],
  ['1000', 'Brussel'],
  ['3000', 'Leuven'],
  ['8000', 'Brugge'],
  ['3500', 'Hasselt'],
  ['3600', 'Genk'],
  ['2800', 'Mechelen'],
  ['9300', 'Aalst'],
  ['8500', 'Kortrijk'],
];
const KINDS = ['Kringwinkel', 'Maatwerkbedrijf', 'Buurtwerk', 'Sociaal Huis', 'Coöperatie', 'Vzw Atelier'];
const WORDS = ['Emmaüs', 'Levanto', 'De Brug', 'Het Anker', 'Zonnebloem', 'De Vlier', 'Ter Linde', 'Oase'];
const FIRST = ['Hanne', 'François', 'Sofie', 'Pieter', 'Lotte', 'Mehdi', 'Elif', 'Jan', 'Ine', 'Wout'];
const LAST = ['Maes', 'Wouters', 'Janssens', 'Peeters', 'Claes', 'El Amrani', 'Yilmaz', 'Dubois', 'Vos', 'Smet'];
const THEMES = ['Zorgtechnologie', 'Logistiek 4.0', 'Toekomstverkenning', 'Zorgtechnologie; Logistiek 4.0'];
const FEDERATIONS = ['Zorgnet-Icuro', 'Zorggezind', ''];
const COLLEGES = ['UCLL', 'Howest', 'Howest, LUCA, Artevelde', ''];
const QUESTIONS = [
  'Hoe zetten we een blended aanbod op zodat de wachtlijst voor begeleiding korter wordt?',
  'Onze magazijnwerking kan efficiënter met scanners en digitale picklijsten.',
  'We zoeken een manier om onze impact te meten en te rapporteren aan de overheid.',
];

const pick = <T>(list: T[], i: number): T => list[i % list.length] as T;

/** A valid enterprise number for organisation `n`: 8 digits + mod-97 check, `0xxx.xxx.xxx`. */
function kbo(n: number, broken: boolean): string {
  const base = 4_000_000 + n * 13;
  const check = 97 - (base % 97);
  const digits = String(base * 100 + (broken ? (check % 97) + 1 : check)).padStart(10, '0');
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

function row(i: number): (string | number)[] {
  // Every fifth row registers an organisation again (another person, other spelling).
  const org = i % 5 === 4 ? Math.floor(i / 2) : i;
  const name = `${pick(KINDS, org)} ${pick(WORDS, Math.floor(org / 6))} ${org}`;
  const shown = i % 5 === 4 ? `  ${name.toUpperCase()} ` : name;
  const [postcode, city] = pick(PLACES, org);
  const first = pick(FIRST, i);
  const last = pick(LAST, Math.floor(i / 10));
  const domain = `${pick(KINDS, org)
    .toLowerCase()
    .replace(/[^a-z]/g, '')}${org}.be`;
  const email = i % 101 === 7 ? `${first}.${last}@@${domain}` : `${first}.${last}${i}@${domain}`.toLowerCase().replace(/\s/g, '');
  const day = String((i % 28) + 1).padStart(2, '0');
  return [
    `2026-09-${day} 10:${String(i % 60).padStart(2, '0')}:12`,
    'Vraagsteller',
    first,
    last,
    email,
    `+32 47${String(1_000_000 + i).slice(-7)}`,
    shown,
    kbo(org, i % 97 === 5),
    Number(postcode),
    city,
    pick(FEDERATIONS, org),
    pick(THEMES, i),
    pick(QUESTIONS, i),
    pick(COLLEGES, i),
    i % 103 === 9 ? 'nee' : pick(['ja', 'Ja', 'yes', 'oui'], i),
  ];
}

export async function registrationXlsx(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Formulierreacties 1');
  sheet.addRow(HEADER);
  for (let i = 0; i < rows; i++) sheet.addRow(row(i));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
