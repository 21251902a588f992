import { useSyncExternalStore } from 'react';

/** Top-level pages, in navigation order. The id is also the hash path (`#/netwerk`). */
export const pageIds = [
  'dashboard',
  'dossiers',
  'organisaties',
  'netwerk',
  'doorverwijzingen',
  'events',
  'import',
  'rapporten',
  'instellingen',
] as const;
export type PageId = (typeof pageIds)[number];

export type Route =
  { page: Exclude<PageId, 'netwerk'> } | { page: 'netwerk'; collegeId?: number } | { page: 'notFound'; path: string };

function isPageId(value: string): value is PageId {
  return (pageIds as readonly string[]).includes(value);
}

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').replace(/\/+$/, '');
  if (path === '') return { page: 'dashboard' };
  const [first = '', second, ...rest] = path.split('/');
  if (!isPageId(first) || rest.length > 0) return { page: 'notFound', path };
  if (first === 'netwerk') {
    if (second === undefined) return { page: 'netwerk' };
    const id = Number(second);
    return Number.isInteger(id) && id > 0 ? { page: 'netwerk', collegeId: id } : { page: 'notFound', path };
  }
  return second === undefined ? { page: first } : { page: 'notFound', path };
}

export function hrefFor(page: PageId, id?: number): string {
  return id === undefined ? `#/${page}` : `#/${page}/${id}`;
}

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = (): string => window.location.hash;

/** The current route, following `location.hash` (no router dependency needed for a desktop app). */
export function useRoute(): Route {
  return parseHash(useSyncExternalStore(subscribe, getHash));
}
