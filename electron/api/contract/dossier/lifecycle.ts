/**
 * The lifecycle of a hulpvraag (DOMAIN.md), in ONE table: the service refuses every move that is
 * not listed here, and the dossier page offers exactly these moves as buttons. Plain data, no zod,
 * so the renderer can import it without bundling the validation library.
 */
export const needStatusValues = [
  'nieuw',
  'verkenning',
  'intake_gepland',
  'intake_gehouden',
  'doorverwezen',
  'in_traject',
  'afgerond',
  'gestopt',
] as const;
export type NeedStatus = (typeof needStatusValues)[number];

export const needTransitions: Record<NeedStatus, readonly NeedStatus[]> = {
  nieuw: ['verkenning', 'intake_gepland', 'gestopt'],
  verkenning: ['intake_gepland', 'gestopt'],
  // An intake that is called off sends the need back to exploring.
  intake_gepland: ['intake_gehouden', 'verkenning', 'gestopt'],
  intake_gehouden: ['doorverwezen', 'in_traject', 'gestopt'],
  doorverwezen: ['in_traject', 'afgerond', 'gestopt'],
  in_traject: ['doorverwezen', 'afgerond', 'gestopt'],
  afgerond: [],
  // Reopening a stopped need also needs a reason.
  gestopt: ['verkenning'],
};

/** Moves that need a reason (why was it stopped, why is it reopened). */
export function transitionNeedsReason(from: NeedStatus, to: NeedStatus): boolean {
  return to === 'gestopt' || from === 'gestopt';
}

export function canTransition(from: NeedStatus, to: NeedStatus): boolean {
  return needTransitions[from].includes(to);
}

export const closedNeedStatuses: readonly NeedStatus[] = ['afgerond', 'gestopt'];

/** Dutch labels used in messages that cross the boundary (the UI has its own i18n labels). */
export const needStatusLabelsNl: Record<NeedStatus, string> = {
  nieuw: 'nieuw',
  verkenning: 'verkenning',
  intake_gepland: 'intake gepland',
  intake_gehouden: 'intake gehouden',
  doorverwezen: 'doorverwezen',
  in_traject: 'in traject',
  afgerond: 'afgerond',
  gestopt: 'gestopt',
};

export const knowledgeKindValues = ['toegepast', 'fundamenteel', 'marktoplossing'] as const;
export type KnowledgeKind = (typeof knowledgeKindValues)[number];
export const urgencyValues = ['laag', 'normaal', 'hoog'] as const;
export type Urgency = (typeof urgencyValues)[number];
export const needSourceValues = [
  'event',
  'formulier',
  'e-mail',
  'telefoon',
  'federatie',
  'hogeschool',
  'import',
  'andere',
] as const;
export type NeedSource = (typeof needSourceValues)[number];
export const trajectTypeValues = [
  'studentenproject',
  'praktijkgericht_onderzoek',
  'dienstverlening',
  'collectief_traject',
  'doorverwezen',
] as const;
export type TrajectType = (typeof trajectTypeValues)[number];
export const trajectStatusValues = ['gepland', 'lopend', 'afgerond', 'gestopt'] as const;
export type TrajectStatus = (typeof trajectStatusValues)[number];
export const manualTimelineKinds = ['notitie', 'telefoon', 'e-mail', 'vergadering'] as const;
export type ManualTimelineKind = (typeof manualTimelineKinds)[number];
export const collaborationFormValues = [
  'studentenproject',
  'praktijkgericht_onderzoek',
  'dienstverlening',
  'collectief_traject',
  'doorverwijzing_universiteit',
  'doorverwijzing_bedrijf',
  'opleiding',
] as const;
export type CollaborationForm = (typeof collaborationFormValues)[number];
