import type { eventsMoreNl } from './events-more-nl';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English messages for request editing, precedence, print notices and routed suggestions. */
export const eventsMoreEn: Shape<typeof eventsMoreNl> = {
  edit: {
    button: 'Edit',
    buttonLabel: 'Edit request {{pair}}',
    title: 'Edit request',
    pair: '{{enterprise}} – {{academic}}',
    priority: 'Priority',
    mutual: 'Mutual: both sides asked for it',
    mutualAccepts: 'A requested meeting is then accepted at once.',
    before: 'Must take place before',
    beforeNone: '— No order —',
    beforeHint:
      'E.g. an enterprise that wants to talk to the college first and to the research centre after. The scheduler and the grid respect it.',
    save: 'Save',
    saved: 'Request updated.',
    beforeBadge: 'before {{pair}}',
  },
  notify: {
    moveTitle: 'This meeting was on the printed agenda',
    cancelTitle: 'This meeting was on the printed agenda',
    body: '{{pair}} was at {{time}}, table {{table}} on the agendas of {{when}}.',
    who: 'After this change, notify:',
    confirmMove: 'Move anyway',
    confirmCancel: 'Cancel anyway',
    confirmUnschedule: 'Unschedule anyway',
    failed: 'Could not check whether this meeting was printed: {{message}}',
  },
  changes: {
    title: 'Changes since the last print',
    count_one: '{{count}} change since the print of {{when}}: {{people}} participants to notify.',
    count_other: '{{count}} changes since the print of {{when}}: {{people}} participants to notify.',
    none: 'No changes since the print of {{when}}.',
    notPrinted: 'The agendas have not been printed yet.',
    show: 'Show the changes',
    hide: 'Hide the changes',
    toAgendas: 'To the agendas',
  },
  progress: {
    solve: 'The scheduler is working… {{placed}} meetings placed',
    starting: 'The scheduler is starting…',
    time: '{{percent}}% of the time limit',
  },
  suggest: {
    title: 'Suggested requests',
    hint: 'Ranked by the referral routing: how well the academic’s expertise group fits the enterprise’s need.',
    score: 'Score {{score}}/100',
    basisThemes: 'Shared theme (no need to score)',
    why: 'Why',
    part: { theme: 'Theme', text: 'Text', region: 'Region', load: 'Load', track: 'Track record', rule: 'Rule' },
    partValue: '{{label}} +{{value}}',
    noNeed: 'no need registered',
  },
};
