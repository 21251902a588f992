import type { ImportTarget } from '../../api/contract/imports';

export type Target = ImportTarget;

/**
 * Header names per target in Dutch, English and French, as written by forms, event platforms
 * and people. Compared after normalizeKey() (case, diacritics, apostrophes, punctuation), so
 * `KBO-nummer`, `kbo nummer` and `KBO_NUMMER` are one entry. Known columns without a target
 * (timestamps, meeting preferences) are listed under `ignore` so they do not match by accident.
 */
// prettier-ignore
export const headerAliases: Record<Target, string[]> = {
  'organisation.name': [
    'naam organisatie', 'organisatie', 'organisatienaam', 'naam van de organisatie', 'naam van je organisatie',
    'naam van uw organisatie', 'naam onderneming', 'onderneming', 'bedrijf', 'bedrijfsnaam', 'instelling', 'voorziening',
    'sociale onderneming', 'werkgever', 'organisation', 'organisation name', 'organization', 'organization name', 'company',
    'company name', 'employer', 'nom de l organisation', 'nom de lorganisation', 'nom organisation', 'organisme', 'entreprise',
    'nom de l entreprise', 'societe'
  ],
  'organisation.enterpriseNumber': [
    'kbo', 'kbo nummer', 'kbo nr', 'kbonummer', 'ondernemingsnummer', 'ondernemingsnr', 'ondernemings nummer', 'btw nummer',
    'btw nr', 'btw', 'btw ondernemingsnummer', 'vat', 'vat number', 'vat enterprise number', 'enterprise number',
    'company number', 'company registration number', 'numero d entreprise', 'numero dentreprise', 'n d entreprise',
    'numero bce', 'bce', 'numero de tva', 'numero tva', 'tva'
  ],
  'organisation.legalForm': [
    'rechtsvorm', 'juridische vorm', 'legal form', 'forme juridique'
  ],
  'organisation.street': [
    'straat', 'adres', 'straat en nummer', 'straat en huisnummer', 'straat nr', 'address', 'street', 'street address', 'rue',
    'adresse', 'rue et numero'
  ],
  'organisation.postcode': [
    'postcode', 'postnr', 'postnummer', 'post code', 'zip', 'zip code', 'zipcode', 'postal code', 'code postal', 'cp'
  ],
  'organisation.city': [
    'gemeente', 'stad', 'plaats', 'woonplaats', 'vestigingsplaats', 'city', 'town', 'municipality', 'commune', 'localite',
    'ville'
  ],
  'organisation.website': [
    'website', 'webstek', 'site', 'url', 'web', 'site web', 'site internet'
  ],
  'organisation.sector': [
    'sector', 'secteur', 'industry', 'activiteit', 'domaine d activite'
  ],
  'organisation.federation': [
    'federatie', 'koepel', 'koepel federatie', 'koepelorganisatie', 'federation', 'umbrella organisation',
    'federation faitiere'
  ],
  'contact.firstName': [
    'voornaam', 'first name', 'firstname', 'given name', 'prenom'
  ],
  'contact.lastName': [
    'achternaam', 'familienaam', 'last name', 'lastname', 'surname', 'family name', 'nom de famille'
  ],
  'contact.fullName': [
    'naam', 'naam contactpersoon', 'contactpersoon', 'volledige naam', 'naam en voornaam', 'voornaam en naam',
    'voor en achternaam', 'name', 'full name', 'contact', 'contact person', 'contact name', 'nom', 'nom complet',
    'personne de contact', 'nom et prenom'
  ],
  'contact.role': [
    'functie', 'job title', 'function', 'position', 'fonction', 'titel', 'job', 'rol in de organisatie'
  ],
  'contact.email': [
    'e mail', 'email', 'e mailadres', 'emailadres', 'e mail adres', 'mail', 'mailadres', 'email address', 'e mail address',
    'courriel', 'adresse e mail', 'adresse email', 'adresse electronique'
  ],
  'contact.phone': [
    'telefoon', 'tel', 'telefoonnummer', 'tel nr', 'gsm', 'gsm nummer', 'gsmnummer', 'mobiel', 'mobiel nummer', 'phone',
    'phone number', 'telephone', 'mobile', 'mobile phone', 'numero de telephone', 'portable', 'gsm telefoon'
  ],
  'contact.consent': [
    'toestemming', 'consent', 'gdpr', 'akkoord', 'privacy', 'akkoord privacy', 'privacyverklaring', 'ik ga akkoord', 'opt in',
    'accord', 'consentement', 'rgpd', 'gdpr toestemming'
  ],
  'need.title': [
    'titel vraag', 'onderwerp', 'subject', 'title', 'titre', 'sujet', 'korte titel'
  ],
  'need.question': [
    'hulpvraag', 'vraag', 'uw vraag', 'je vraag', 'jouw vraag', 'omschrijving van je vraag', 'omschrijving van uw vraag',
    'omschrijving', 'beschrijving', 'beschrijving vraag', 'question', 'need', 'your question', 'description', 'demande',
    'besoin', 'votre question', 'votre demande'
  ],
  'need.themes': [
    'thema', 'themas', 'thema s', 'themes', 'theme', 'topic', 'topics', 'domein', 'thematique', 'thematiques'
  ],
  'row.kind': [
    'rol', 'role', 'type', 'soort', 'type deelnemer', 'deelnemer', 'ik ben', 'ik ben een', 'profiel', 'registration type',
    'participant type', 'profil', 'type de participant', 'je suis'
  ],
  'expert.college': [
    'hogeschool', 'college', 'university college', 'haute ecole', 'onderwijsinstelling'
  ],
  'event.wishes': [
    'met welke hogeschool wil je graag praten', 'met welke hogeschool wil je praten', 'met welke hogescholen wil je graag praten',
    'gesprekswensen', 'gesprekswens', 'wensen', 'voorkeur gesprekspartners', 'voorkeur hogeschool', 'gewenste hogeschool',
    'gewenste hogescholen', 'meeting wishes', 'meeting requests', 'who would you like to meet', 'preferred college',
    'souhaits de rendez vous', 'quelle haute ecole souhaitez vous rencontrer'
  ],
  'event.availability': [
    'beschikbaar', 'beschikbaarheid', 'beschikbaar voormiddag namiddag', 'wanneer ben je beschikbaar',
    'wanneer bent u beschikbaar', 'moment', 'voorkeur moment', 'availability', 'available', 'disponibilite', 'disponible'
  ],
  ignore: [
    'id', 'nr', 'tijdstempel', 'timestamp', 'datum', 'date', 'begintijd', 'tijd van voltooien', 'start time',
    'completion time', 'opmerkingen', 'remarks', 'laatst gewijzigd', 'last modified'
  ],
};

/**
 * What a column can be imported into: the contract's `importTargets` (shared with the wizard), in
 * its order (a unit test holds them equal). Taken from the alias table, which the type forces to
 * list every target, so that the parse worker does not load the contract (zod and every schema).
 */
export const targets = Object.keys(headerAliases) as readonly Target[];
