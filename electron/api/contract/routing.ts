import type { ReferralDestinationKind } from './referral/lifecycle';

/** One part of a suggestion's score, shown to the coordinator as "why". */
export type RoutingScorePart = {
  key: 'theme' | 'text' | 'region' | 'load' | 'track' | 'rule';
  /** Points this part adds (the parts sum to the score). */
  value: number;
  /** Dutch explanation, e.g. "2 van 3 thema's gemeen: Data, AI". */
  detail: string;
};

/** A ranked destination for a need (or a free text): an expertise group, a university or a company. */
export type RoutingSuggestion = {
  destinationKind: ReferralDestinationKind;
  /** Id of the expertise group, college or partner, per destinationKind. */
  destinationId: number;
  name: string;
  collegeId: number | null;
  collegeName: string | null;
  score: number;
  parts: RoutingScorePart[];
  /** Words of the need that matched the destination's description, keywords or past needs. */
  matchedWords: string[];
  /** Shown, never used to hide: inactive destinations and full groups are flagged. */
  flags: ('inactief' | 'vol' | 'beperkt')[];
  experts: { id: number; name: string }[];
};

/** Methods of this area; filled in by the area's implementation. */
export const routingMethods = {} as const;
