import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { contacts, organisations, provinces } from '../../../db/schema';
import type { ReferralLetter } from '../../api/contract/referral/types';
import { formatPhone } from '../../api/contract/rules/phone';
import { themesOf } from '../dossiers/needs';
import type { Destination } from './destinations';
import type { NeedRecord } from './records';

type Reader = Db | Tx;

const urgencyNl = { laag: 'laag', normaal: 'normaal', hoog: 'hoog' } as const;
const kindNl = {
  toegepast: 'toegepaste kennis',
  fundamenteel: 'fundamenteel onderzoek',
  marktoplossing: 'bestaande marktoplossing',
} as const;

function dutchDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/**
 * Personal data goes out only with recorded consent (a consent date), for a contact that is
 * still active and not erased. Otherwise the letter points to the coordinator instead.
 */
function contactLines(db: Reader, need: NeedRecord): string[] | null {
  if (need.contactId === null) return null;
  const contact = db.select().from(contacts).where(eq(contacts.id, need.contactId)).get();
  if (!contact || contact.consentDate === null || contact.erasedAt !== null || !contact.active) return null;
  const name = `${contact.firstName} ${contact.lastName}`.trim();
  const lines = [`Contactpersoon: ${name}${contact.role ? ` (${contact.role})` : ''}`];
  if (contact.email) lines.push(`E-mail: ${contact.email}`);
  if (contact.phone) lines.push(`Telefoon: ${formatPhone(contact.phone)}`);
  return lines;
}

/** A ready-to-send Dutch e-mail that presents the need in SMART form to the destination. */
export function composeLetter(
  db: Reader,
  need: NeedRecord,
  destination: Destination,
  deadline: string | null,
  signer: string,
): ReferralLetter {
  const org = need.organisationId
    ? db
        .select({ name: organisations.name, city: organisations.city, sector: organisations.sector, province: provinces.name })
        .from(organisations)
        .leftJoin(provinces, eq(provinces.code, organisations.provinceCode))
        .where(eq(organisations.id, need.organisationId))
        .get()
    : undefined;
  const themeNames = (themesOf(db, [need.id]).get(need.id) ?? []).map((t) => t.nameNl);
  const place = [org?.city, org?.province].filter(Boolean).join(', ');
  const contact = contactLines(db, need);

  const lines: string[] = [
    `Beste ${destination.contactName ?? 'collega'},`,
    '',
    `Via Blikopener verwijzen we graag de volgende vraag door naar ${destination.name}${destination.collegeName && destination.kind === 'expertisegroep' ? ` (${destination.collegeName})` : ''}.`,
    '',
    `Organisatie: ${org ? `${org.name}${place ? ` (${place})` : ''}` : 'collectief traject (meerdere organisaties)'}`,
  ];
  if (org?.sector) lines.push(`Sector: ${org.sector}`);
  lines.push(`Vraag: ${need.title}`);
  if (need.question) lines.push('', 'De vraag in hun eigen woorden:', need.question);
  lines.push('', 'SMART geformuleerd:', need.smart || '(nog niet SMART geformuleerd; we bespreken dit graag samen)');
  lines.push('', `Thema's: ${themeNames.length > 0 ? themeNames.join(', ') : '–'}`);
  lines.push(`Dringendheid: ${urgencyNl[need.urgency]}`);
  if (need.knowledgeKind) lines.push(`Soort kennis: ${kindNl[need.knowledgeKind]}`);
  if (need.budgetIndication) lines.push(`Budgetindicatie: ${need.budgetIndication}`);
  lines.push('');
  if (contact) lines.push(...contact);
  else
    lines.push(
      'Contactgegevens van de organisatie bezorgen we na jullie akkoord (zonder hun toestemming delen we geen persoonsgegevens).',
    );
  lines.push(
    '',
    deadline
      ? `Laten jullie ons vóór ${dutchDate(deadline)} weten of jullie deze vraag opnemen? Past ze niet bij jullie, dan horen we graag waarom en naar wie we beter doorverwijzen.`
      : 'Laten jullie ons weten of jullie deze vraag opnemen? Past ze niet bij jullie, dan horen we graag waarom en naar wie we beter doorverwijzen.',
    '',
    'Met vriendelijke groeten,',
    signer,
    'Blikopener-coördinator',
  );
  return {
    subject: `Blikopener-doorverwijzing: ${need.title}`,
    body: lines.join('\n'),
    to: destination.email,
    includesContact: contact !== null,
  };
}
