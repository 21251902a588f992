import type { RoutingSuggestion } from '../../../../electron/api/contract';

/** Ranked destinations for a need with the why of each; replaced by the routing implementation. */
export function RoutingSuggestions(_props: { needId: number; onChoose: (suggestion: RoutingSuggestion) => void }) {
  return null;
}
