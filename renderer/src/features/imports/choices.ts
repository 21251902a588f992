import type { ImportPolicyValue, ImportTarget, UploadResult } from '../../../../electron/api/contract';

/** Corrected cells of one row, per target. */
export type RowFixes = Partial<Record<ImportTarget, string>>;

/** What the coordinator decided so far; every plan and the commit are made from it. */
export type WizardChoices = {
  upload: UploadResult;
  targets: Record<number, ImportTarget>;
  excluded: number[];
  policy: ImportPolicyValue;
  /** Inline fixes per row index. */
  fixes: Record<number, RowFixes>;
  /** Match overrides per row index: an existing organisation, or 'new'. */
  organisations: Record<number, number | 'new'>;
  /** An event as the import's target: every row also becomes a registration for it. */
  eventId: number | null;
};

export function emptyChoices(upload: UploadResult): WizardChoices {
  return { upload, targets: {}, excluded: [], policy: 'fill-empty', fixes: {}, organisations: {}, eventId: null };
}

type Override = { index: number; exclude?: boolean; values?: RowFixes; organisationId?: number | 'new' };

export function planChoices(choices: WizardChoices) {
  const byIndex = new Map<number, Override>();
  const of = (index: number): Override => {
    const found = byIndex.get(index);
    if (found) return found;
    const created: Override = { index };
    byIndex.set(index, created);
    return created;
  };
  for (const index of choices.excluded) of(index).exclude = true;
  for (const [index, values] of Object.entries(choices.fixes)) of(Number(index)).values = values;
  for (const [index, id] of Object.entries(choices.organisations)) of(Number(index)).organisationId = id;
  return {
    sessionId: choices.upload.sessionId,
    mapping: choices.upload.columns.map((c) => ({ column: c.index, target: choices.targets[c.index] ?? c.target })),
    overrides: [...byIndex.values()].sort((a, b) => a.index - b.index),
    policy: choices.policy,
    ...(choices.eventId !== null ? { eventId: choices.eventId } : {}),
  };
}
