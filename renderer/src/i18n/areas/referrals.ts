import { defineMessages } from './define';

/** Messages under the `referrals` key. */
export const referralsMessages = defineMessages({ referrals: {} }, { referrals: {} });
