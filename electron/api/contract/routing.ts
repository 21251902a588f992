import { z } from './zod';
import { method } from './method';
import { knowledgeKindValues } from './dossier/lifecycle';
import type { ReferralDestinationKind } from './referral/lifecycle';

/** One part of a suggestion's score, shown to the coordinator as "why". */
export type RoutingScorePart = {
  key: 'theme' | 'text' | 'region' | 'load' | 'track' | 'rule';
  /** Points this part adds (the parts sum to the score). */
  value: number;
  /** Dutch explanation, e.g. "2 van 3 thema's gemeen: Data, AI". */
  detail: string;
  /** Most points this part can give, so the view can draw it against its maximum. */
  max?: number;
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
  /** Short name of the college (groups) or partner, for compact lists. */
  shortName?: string;
};

/** Highest score a suggestion can reach (sum of the parts' maxima), for the score bar. */
export const routingMaxScore = 100;

const themeCodes = z.array(z.string().trim().min(1).max(60)).max(20).default([]);

/**
 * Either a need (its question, SMART text, themes, kind and the organisation's province are read)
 * or a free text with optional themes, province (code or name) and knowledge kind.
 */
export const routingSuggestInput = z
  .object({
    needId: z.number().int().positive().optional(),
    text: z.string().max(20000).default(''),
    themeCodes,
    provinceCode: z.string().trim().max(60).nullable().default(null),
    knowledgeKind: z.enum(knowledgeKindValues).nullable().default(null),
    top: z.number().int().min(1).max(50).default(10),
  })
  .strict();

export type RoutingSuggestInput = z.output<typeof routingSuggestInput>;

export const routingMethods = {
  'routing.suggest': method<typeof routingSuggestInput, RoutingSuggestion[]>(routingSuggestInput),
} as const;
