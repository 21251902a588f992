import { z } from './zod';
import { method } from './method';
import { optionalText, requiredText } from './rules/fields';
import { idInput, pageInput, sortInput, type Page } from './common';
import {
  activeInput,
  capacityValues,
  idList,
  keywordsField,
  provinceCodeField,
  responseDaysField,
  verifiableFieldValues,
  websiteField,
  type Capacity,
} from './network-fields';

// ---------- Colleges (hogescholen) ----------

const collegeFields = {
  name: requiredText(200),
  shortName: requiredText(40),
  city: optionalText(120),
  provinceCode: provinceCodeField,
  website: websiteField,
  association: optionalText(40),
  notes: optionalText(5000),
  responseDays: responseDaysField,
};

export const createCollegeInput = z.object(collegeFields).strict();

export const updateCollegeInput = z
  .object({
    id: z.number().int().positive(),
    ...collegeFields,
    /** The fields still to check after this edit; leave out to keep the flags as they are. */
    verifyFields: z.array(z.enum(verifiableFieldValues)).optional(),
  })
  .strict();

export type CollegeEditable = {
  id: number;
  name: string;
  shortName: string;
  city: string;
  provinceCode: string | null;
  website: string;
  association: string;
  notes: string;
  verifyFields: string[];
  /** Working days to answer a referral; null = the app default. */
  responseDays: number | null;
  active: boolean;
};

// ---------- Expertise groups ----------

const groupFields = {
  collegeId: z.number({ message: 'Kies een hogeschool.' }).int().positive({ message: 'Kies een hogeschool.' }),
  name: requiredText(200),
  description: optionalText(5000),
  themeIds: idList,
  keywords: keywordsField,
  contactExpertId: z.number().int().positive().nullable().default(null),
  capacity: z.enum(capacityValues).default('open'),
  capacityNote: optionalText(500),
  sourceUrl: optionalText(500),
  responseDays: responseDaysField,
};

export const createGroupInput = z.object(groupFields).strict();
export const updateGroupInput = z.object({ id: z.number().int().positive(), ...groupFields }).strict();

export const groupSortColumns = ['name', 'college', 'capacity', 'expertCount'] as const;

export const listGroupsInput = z
  .object({
    search: z.string().trim().max(200).optional(),
    filters: z
      .object({
        collegeId: z.number().int().positive().optional(),
        themeId: z.number().int().positive().optional(),
        capacity: z.enum(capacityValues).optional(),
        active: z.boolean().optional(),
      })
      .strict()
      .default({}),
    sort: sortInput(groupSortColumns).optional(),
    ...pageInput,
  })
  .strict();

export type GroupListRow = {
  id: number;
  name: string;
  collegeId: number;
  collegeShortName: string;
  capacity: Capacity;
  capacityNote: string;
  keywords: string[];
  themeIds: number[];
  expertCount: number;
  active: boolean;
};

export type GroupExpert = {
  id: number;
  firstName: string;
  lastName: string;
  role: string;
  title: string;
  email: string | null;
  phone: string | null;
  active: boolean;
};

export type GroupTraject = {
  id: number;
  title: string;
  type: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  needCount: number;
};

export type GroupDetail = {
  id: number;
  collegeId: number;
  collegeName: string;
  collegeShortName: string;
  name: string;
  description: string;
  keywords: string[];
  sourceUrl: string;
  themeIds: number[];
  contactExpertId: number | null;
  capacity: Capacity;
  capacityNote: string;
  /** Working days to answer a referral; null = the college's or the app default. */
  responseDays: number | null;
  active: boolean;
  experts: GroupExpert[];
  /** Trajects of the group's college: referrals to the group itself come with the referrals issue. */
  collegeTrajects: GroupTraject[];
};

export const collegeGroupMethods = {
  'network.getCollegeForEdit': method<typeof idInput, CollegeEditable>(idInput),
  'network.createCollege': method<typeof createCollegeInput, { id: number }>(createCollegeInput),
  'network.updateCollege': method<typeof updateCollegeInput, { id: number }>(updateCollegeInput),
  'network.setCollegeActive': method<typeof activeInput, { id: number }>(activeInput),
  'network.listGroups': method<typeof listGroupsInput, Page<GroupListRow>>(listGroupsInput),
  'network.getGroup': method<typeof idInput, GroupDetail>(idInput),
  'network.createGroup': method<typeof createGroupInput, { id: number }>(createGroupInput),
  'network.updateGroup': method<typeof updateGroupInput, { id: number }>(updateGroupInput),
  'network.setGroupActive': method<typeof activeInput, { id: number }>(activeInput),
} as const;
