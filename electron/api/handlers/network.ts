import { getCollege, listColleges } from '../../services/network/colleges';
import { createCollege, getCollegeForEdit, setCollegeActive, updateCollege } from '../../services/network/college-edit';
import { getGroup, listGroups } from '../../services/network/groups';
import { createGroup, setGroupActive, updateGroup } from '../../services/network/group-edit';
import { getExpert, listExperts } from '../../services/network/experts';
import { createExpert, setExpertActive, updateExpert } from '../../services/network/expert-edit';
import { getPartner, listPartners, listProvinces, listThemes, networkSummary } from '../../services/network/partners';
import { createPartner, setPartnerActive, updatePartner } from '../../services/network/partner-edit';
import { createTheme, setThemeActive, updateTheme } from '../../services/network/themes';
import type { HandlerModule } from './types';

export const networkHandlers: HandlerModule = {
  'network.summary': (ctx) => networkSummary(ctx),
  'network.listColleges': (ctx, input) => listColleges(ctx, input),
  'network.getCollege': (ctx, input) => getCollege(ctx, input.id),
  'network.listPartners': (ctx, input) => listPartners(ctx, input),
  'network.listThemes': (ctx) => listThemes(ctx),
  'network.listProvinces': (ctx) => listProvinces(ctx),
  'network.getCollegeForEdit': (ctx, input) => getCollegeForEdit(ctx, input.id),
  'network.createCollege': (ctx, input) => createCollege(ctx, input),
  'network.updateCollege': (ctx, input) => updateCollege(ctx, input),
  'network.setCollegeActive': (ctx, input) => setCollegeActive(ctx, input),
  'network.listGroups': (ctx, input) => listGroups(ctx, input),
  'network.getGroup': (ctx, input) => getGroup(ctx, input.id),
  'network.createGroup': (ctx, input) => createGroup(ctx, input),
  'network.updateGroup': (ctx, input) => updateGroup(ctx, input),
  'network.setGroupActive': (ctx, input) => setGroupActive(ctx, input),
  'network.listExperts': (ctx, input) => listExperts(ctx, input),
  'network.getExpert': (ctx, input) => getExpert(ctx, input.id),
  'network.createExpert': (ctx, input) => createExpert(ctx, input),
  'network.updateExpert': (ctx, input) => updateExpert(ctx, input),
  'network.setExpertActive': (ctx, input) => setExpertActive(ctx, input),
  'network.getPartner': (ctx, input) => getPartner(ctx, input.id),
  'network.createPartner': (ctx, input) => createPartner(ctx, input),
  'network.updatePartner': (ctx, input) => updatePartner(ctx, input),
  'network.setPartnerActive': (ctx, input) => setPartnerActive(ctx, input),
  'network.createTheme': (ctx, input) => createTheme(ctx, input),
  'network.updateTheme': (ctx, input) => updateTheme(ctx, input),
  'network.setThemeActive': (ctx, input) => setThemeActive(ctx, input),
};
