import { useEffect, useState } from 'react';
import type { PlacementCell } from '../../../../electron/api/contract/events';
import { call } from '../../api';
import { useDataVersion } from '../../app/DataVersion';

/** Where the selected meeting can go ("slot:table" -> cell), reloaded after every write. */
export function usePlacements(meetingId: number | null): Map<string, PlacementCell> | null {
  const { version } = useDataVersion();
  const [state, setState] = useState<{ key: string; cells: Map<string, PlacementCell> } | null>(null);
  const key = `${meetingId ?? ''}|${version}`;
  useEffect(() => {
    if (meetingId === null) return;
    let cancelled = false;
    call('events.placements', { id: meetingId }).then(
      (cells) => {
        if (!cancelled) setState({ key, cells: new Map(cells.map((c) => [`${c.slotIndex}:${c.tableNumber}`, c])) });
      },
      () => {
        if (!cancelled) setState(null);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [meetingId, key]);
  return meetingId !== null && state?.key === key ? state.cells : null;
}
