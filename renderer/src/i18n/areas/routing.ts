import { defineMessages } from './define';

/** Messages under the `routing` key: the ranked suggestions for a need (issue 5). */
export const routingMessages = defineMessages(
  {
    routing: {
      title: 'Suggesties',
      loading: 'Suggesties berekenen…',
      empty: 'Geen suggesties: geen enkele bestemming deelt een thema of woord met deze vraag. Kies met de hand.',
      listLabel: 'Voorgestelde bestemmingen, beste eerst',
      unavailable: 'Vol of inactief: wel passend, maar nu geen goede bestemming',
      score: '{{score}} van {{max}} punten',
      why: 'Waarom?',
      words: 'Gemeenschappelijke woorden',
      experts: 'Experten',
      choose: 'Kies',
      chosen: 'Gekozen',
      chooseLabel: 'Kies {{name}} als bestemming',
      points: '{{value}} / {{max}}',
      pointsNoMax: '+{{value}}',
      kinds: {
        expertisegroep: 'Expertisegroep',
        hogeschool: 'Hogeschool',
        universiteit: 'Universiteit',
        bedrijf: 'Bedrijf',
      },
      parts: {
        theme: "Thema's",
        text: 'Tekst',
        region: 'Regio',
        load: 'Capaciteit',
        track: 'Ervaring',
        rule: 'Regel',
      },
      flags: {
        inactief: 'Inactief',
        vol: 'Vol',
        beperkt: 'Beperkt',
      },
      flagHints: {
        inactief: 'Deze bestemming is niet actief: een doorverwijzing wordt geweigerd.',
        vol: 'Deze groep neemt nu geen nieuwe vragen aan.',
        beperkt: 'Deze groep heeft maar beperkt ruimte voor nieuwe vragen.',
      },
    },
  },
  {
    routing: {
      title: 'Suggestions',
      loading: 'Computing suggestions…',
      empty: 'No suggestions: no destination shares a theme or word with this need. Pick one by hand.',
      listLabel: 'Suggested destinations, best first',
      unavailable: 'Full or inactive: a good fit, but not a good destination right now',
      score: '{{score}} of {{max}} points',
      why: 'Why?',
      words: 'Words in common',
      experts: 'Experts',
      choose: 'Choose',
      chosen: 'Chosen',
      chooseLabel: 'Choose {{name}} as destination',
      points: '{{value}} / {{max}}',
      pointsNoMax: '+{{value}}',
      kinds: {
        expertisegroep: 'Expertise group',
        hogeschool: 'University college',
        universiteit: 'University',
        bedrijf: 'Company',
      },
      parts: {
        theme: 'Themes',
        text: 'Text',
        region: 'Region',
        load: 'Capacity',
        track: 'Track record',
        rule: 'Rule',
      },
      flags: {
        inactief: 'Inactive',
        vol: 'Full',
        beperkt: 'Limited',
      },
      flagHints: {
        inactief: 'This destination is inactive: a referral will be refused.',
        vol: 'This group takes no new questions at the moment.',
        beperkt: 'This group has limited room for new questions.',
      },
    },
  },
);
