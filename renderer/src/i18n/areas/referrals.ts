import { defineMessages } from './define';
import { referralsEn } from './referrals-en';
import { referralsNl } from './referrals-nl';

/** Messages under the `referrals` key (one file per language, they are long). */
export const referralsMessages = defineMessages(referralsNl, referralsEn);
