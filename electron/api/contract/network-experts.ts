import { z } from './zod';
import { method } from './method';
import { idInput, pageInput, sortInput, type Page } from './common';
import { emailField, optionalText, phoneField, requiredText } from './rules/fields';
import { activeInput, expertRoleValues, idList, type ExpertRole } from './network-fields';

const expertFields = {
  firstName: optionalText(100),
  lastName: requiredText(100),
  role: z.enum(expertRoleValues).default('onderzoeker'),
  title: optionalText(150),
  email: emailField.default(null),
  phone: phoneField.default(null),
  collegeId: z.number().int().positive().nullable().default(null),
  groupIds: idList,
  notes: optionalText(5000),
};

export const createExpertInput = z.object(expertFields).strict();
export const updateExpertInput = z.object({ id: z.number().int().positive(), ...expertFields }).strict();

export const expertSortColumns = ['name', 'college', 'role', 'email'] as const;

export const listExpertsInput = z
  .object({
    search: z.string().trim().max(200).optional(),
    filters: z
      .object({
        collegeId: z.number().int().positive().optional(),
        groupId: z.number().int().positive().optional(),
        role: z.enum(expertRoleValues).optional(),
        active: z.boolean().optional(),
      })
      .strict()
      .default({}),
    sort: sortInput(expertSortColumns).optional(),
    ...pageInput,
  })
  .strict();

export type ExpertRow = {
  id: number;
  firstName: string;
  lastName: string;
  role: ExpertRole;
  title: string;
  email: string | null;
  phone: string | null;
  collegeId: number | null;
  collegeShortName: string | null;
  groupNames: string[];
  active: boolean;
};

export type ExpertDetail = Omit<ExpertRow, 'groupNames'> & { groupIds: number[]; notes: string };

export const expertMethods = {
  'network.listExperts': method<typeof listExpertsInput, Page<ExpertRow>>(listExpertsInput),
  'network.getExpert': method<typeof idInput, ExpertDetail>(idInput),
  'network.createExpert': method<typeof createExpertInput, { id: number }>(createExpertInput),
  'network.updateExpert': method<typeof updateExpertInput, { id: number }>(updateExpertInput),
  'network.setExpertActive': method<typeof activeInput, { id: number }>(activeInput),
} as const;
