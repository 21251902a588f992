/** Titles and questions per theme code (resources/reference/themes.json), in the enterprise's words. */
export const needTexts: Record<string, readonly (readonly [string, string])[]> = {
  infoveiligheid: [
    [
      'Phishingbewustzijn bij begeleiders',
      'Onze begeleiders klikken te snel op verdachte mails. Hoe maken we hen weerbaarder zonder een dure opleiding?',
    ],
    [
      'Back-upbeleid voor cliëntgegevens',
      'We weten niet of onze back-ups werken als het misloopt. Wat is een haalbaar back-upbeleid voor een organisatie als de onze?',
    ],
    [
      'Wachtwoordbeheer op de werkvloer',
      'Wachtwoorden hangen op briefjes aan de schermen in het atelier. Welke aanpak past bij medewerkers met weinig digitale ervaring?',
    ],
    [
      'Basisbeveiliging na een hackpoging',
      'Vorige maand werd een mailbox gehackt. Waar beginnen we om onze basisbeveiliging op orde te krijgen?',
    ],
  ],
  blended: [
    [
      'Blended begeleiding van cliënten',
      'We willen een deel van onze begeleidingsgesprekken online aanbieden. Hoe combineren we dat met fysieke contacten?',
    ],
    [
      'Online afspraken plannen',
      'Cliënten bellen nu voor elke afspraak. Kan een online planningstool werken voor onze doelgroep?',
    ],
    ['Digitaal onthaal', 'Ons onthaal is overbelast. Hoe kan een digitaal onthaal helpen zonder mensen uit te sluiten?'],
  ],
  logistiek: [
    [
      'Voorraadbeheer in het magazijn',
      'We verliezen veel tijd met het zoeken naar goederen in ons magazijn. Welke eenvoudige digitale oplossing past bij onze werkvloer?',
    ],
    [
      'Ritplanning ophaaldienst',
      'Onze ophaalrondes worden met de hand gepland. Hoe kunnen we die efficiënter en duurzamer organiseren?',
    ],
    [
      'Scannen van binnenkomende goederen',
      'Binnengebrachte spullen worden op papier geregistreerd. Kan dat met scanners of tablets?',
    ],
    ['Orderopvolging voor klanten', 'Klanten vragen voortdurend waar hun bestelling zit. Hoe geven we hen zelf inzicht?'],
  ],
  toekomst: [
    [
      'Digitale strategie voor de komende vijf jaar',
      'We willen weten welke digitale evoluties op ons afkomen en wat we nu al moeten voorbereiden.',
    ],
    [
      'Scenario’s voor ons dienstenaanbod',
      'Hoe ziet onze dienstverlening er binnen tien jaar uit? We zoeken begeleiding bij een toekomstverkenning.',
    ],
  ],
  privacy: [
    [
      'GDPR-register opstellen',
      'We hebben geen overzicht van welke persoonsgegevens we bijhouden. Hoe stellen we een verwerkingsregister op?',
    ],
    [
      'Toestemming van bewoners voor foto’s',
      'Hoe vragen en bewaren we toestemming voor foto’s van bewoners op onze website en sociale media?',
    ],
    ['Bewaartermijnen van dossiers', 'Hoe lang mogen we dossiers van cliënten bewaren en hoe ruimen we ze veilig op?'],
  ],
  zorgtech: [
    [
      'Valdetectie in de kamers',
      'Welke technologie helpt om valpartijen ’s nachts sneller op te merken zonder de privacy te schenden?',
    ],
    [
      'Telemonitoring van thuiswonende cliënten',
      'We willen cliënten langer thuis laten wonen. Welke vormen van telemonitoring zijn haalbaar?',
    ],
    [
      'Slimme medicatiekast',
      'Fouten bij het klaarzetten van medicatie willen we vermijden. Bestaan er betaalbare slimme oplossingen?',
    ],
  ],
  inclusie: [
    ['Toegankelijke website', 'Onze website is moeilijk leesbaar voor mensen met een beperking. Hoe maken we ze toegankelijk?'],
    [
      'Digitale vaardigheden van doelgroepwerknemers',
      'Veel doelgroepwerknemers hebben moeite met de nieuwe digitale tijdsregistratie. Hoe ondersteunen we hen?',
    ],
    [
      'Eenvoudige taal in digitale formulieren',
      'Onze aanvraagformulieren zijn te ingewikkeld. Hoe herschrijven en testen we ze met onze doelgroep?',
    ],
  ],
  data: [
    ['Gegevensdeling met partners', 'We geven dezelfde gegevens drie keer in voor verschillende overheden. Kan dat slimmer?'],
    ['Dashboard voor de directie', 'De directie wil maandelijks cijfers zien zonder dat iemand ze met de hand verzamelt.'],
    ['Koppeling tussen planning en facturatie', 'Onze planning en facturatie zijn twee losse systemen. Hoe koppelen we ze?'],
  ],
  ai: [
    ['AI voor verslaggeving', 'Begeleiders besteden veel tijd aan verslagen. Kan AI daarbij helpen, en wat zijn de risico’s?'],
    ['Sensoren in de productiehal', 'Kunnen sensoren ons helpen om machines tijdig te onderhouden?'],
    [
      'VR-training voor nieuwe medewerkers',
      'Kan virtual reality nieuwe medewerkers helpen om veilig met machines te leren werken?',
    ],
  ],
  werkinstructies: [
    [
      'Digitale werkinstructies met pictogrammen',
      'Onze werkinstructies op papier zijn moeilijk te volgen. Werken instructies op een tablet met beelden beter?',
    ],
    ['Opleidingsplatform voor begeleiders', 'We zoeken een eenvoudige manier om nieuwe begeleiders digitaal op te leiden.'],
    ['Instructievideo’s op de werkvloer', 'Kunnen korte video’s aan de machines het inwerken versnellen?'],
  ],
  impact: [
    [
      'Maatschappelijke impact meten',
      'Subsidiegevers vragen ons om onze impact aan te tonen. Hoe meten we die zonder extra administratie?',
    ],
    ['Tevredenheid van cliënten opvolgen', 'We willen de tevredenheid van cliënten regelmatig en digitaal bevragen.'],
  ],
  participatie: [
    [
      'Co-creatie van een app met bewoners',
      'We willen samen met bewoners een app ontwikkelen. Hoe pakken we zo’n co-creatietraject aan?',
    ],
    ['Digitale inspraak van medewerkers', 'Hoe betrekken we medewerkers op verschillende locaties bij beslissingen?'],
  ],
};

export const fallbackTexts: readonly (readonly [string, string])[] = [
  ['Digitalisering van de administratie', 'Onze administratie loopt nog grotendeels op papier. Waar beginnen we?'],
];

export const taskTitles = [
  'Intake inplannen',
  'Verslag intake doorsturen',
  'Bellen over de stand van zaken',
  'Voorstel opvragen bij de hogeschool',
  'Studenten zoeken voor het project',
  'Feedback vragen aan de organisatie',
  'Documenten bezorgen aan de expertisegroep',
  'Opvolgmail sturen',
  'SMART-formulering laten nalezen',
  'Afspraak bevestigen',
] as const;

export const stopReasons = [
  'De organisatie vond intern een oplossing.',
  'Geen tijd of budget voor een traject op dit moment.',
  'Doorverwezen naar een bestaande marktoplossing.',
  'Contactpersoon vertrokken; geen opvolging mogelijk.',
] as const;

export const fundingSources = ['VLAIO Blikopener', 'Eigen middelen', 'ESF', 'Provincie', ''] as const;

export const collaborationForms = [
  'studentenproject',
  'praktijkgericht onderzoek',
  'dienstverlening',
  'workshop',
  'collectief traject',
] as const;

/** Dutch status labels, as the timeline writes them. */
export const statusLabels: Record<string, string> = {
  nieuw: 'Nieuw',
  verkenning: 'Verkenning',
  intake_gepland: 'Intake gepland',
  intake_gehouden: 'Intake gehouden',
  doorverwezen: 'Doorverwezen',
  in_traject: 'In traject',
  afgerond: 'Afgerond',
  gestopt: 'Gestopt',
};
