import type { VisibilityState } from '@tanstack/react-table';
import { useCallback, useState } from 'react';

const storageKey = (tableKey: string) => `blikopener.columns.${tableKey}`;

/** Only `{ columnId: boolean }` counts: a hand-edited or outdated entry must not break the table. */
export function visibilityFrom(value: unknown): VisibilityState | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const visibility: VisibilityState = {};
  for (const [id, shown] of Object.entries(value)) if (typeof shown === 'boolean') visibility[id] = shown;
  return visibility;
}

function load(tableKey: string): VisibilityState {
  try {
    const raw = window.localStorage.getItem(storageKey(tableKey));
    return (raw && visibilityFrom(JSON.parse(raw))) || {};
  } catch {
    return {};
  }
}

/**
 * Which columns a table shows, kept per table in localStorage, so the coordinator's choice
 * survives a reload even without saving a view. Storage that fails (full, disabled) only means
 * the choice is not remembered.
 */
export function useColumnVisibility(tableKey: string): [VisibilityState, (visibility: VisibilityState) => void] {
  const [visibility, setVisibility] = useState<VisibilityState>(() => load(tableKey));
  const change = useCallback(
    (next: VisibilityState) => {
      setVisibility(next);
      try {
        window.localStorage.setItem(storageKey(tableKey), JSON.stringify(next));
      } catch {
        // Not remembered; the table still shows the choice for this session.
      }
    },
    [tableKey],
  );
  return [visibility, change];
}
