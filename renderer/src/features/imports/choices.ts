import type { ImportPolicyValue, ImportTarget, UploadResult } from '../../../../electron/api/contract';

/** What the coordinator decided so far; every plan and the commit are made from it. */
export type WizardChoices = {
  upload: UploadResult;
  targets: Record<number, ImportTarget>;
  excluded: number[];
  policy: ImportPolicyValue;
};

export function planChoices(choices: WizardChoices) {
  return {
    sessionId: choices.upload.sessionId,
    mapping: choices.upload.columns.map((c) => ({ column: c.index, target: choices.targets[c.index] ?? c.target })),
    overrides: [...choices.excluded].sort((a, b) => a - b).map((index) => ({ index, exclude: true })),
    policy: choices.policy,
  };
}
