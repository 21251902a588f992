import { useMemo } from 'react';
import type { DuplicateCandidate } from '../../../../../electron/api/contract';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import type { OrganisationFormState } from './formState';

/** Look-alikes of what is being typed, asked for once the typing pauses. */
export function useDuplicates(form: OrganisationFormState, excludeId: number | null): DuplicateCandidate[] {
  const probe = useDebouncedValue(
    JSON.stringify({
      name: form.name.slice(0, 300),
      postcode: form.postcode.trim().slice(0, 10),
      enterpriseNumber: form.enterpriseNumber.slice(0, 40),
      website: form.website.slice(0, 300),
    }),
    350,
  );
  const input = useMemo(() => {
    const p = JSON.parse(probe) as { name: string; postcode: string; enterpriseNumber: string; website: string };
    return { ...p, ...(excludeId ? { excludeId } : {}) };
  }, [probe, excludeId]);
  const query = useApiQuery('organisations.findDuplicates', input, { reportErrors: false });
  return query.data ?? [];
}
