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

/**
 * A route is a page plus the path segments below it (`#/organisaties/12/bewerken` ->
 * page 'organisaties', segments ['12', 'bewerken']); each feature reads its own segments.
 */
export type Route = { page: PageId; segments: string[] } | { page: 'notFound'; path: string };

function isPageId(value: string): value is PageId {
  return (pageIds as readonly string[]).includes(value);
}

export function parseHash(hash: string): Route {
  const path = decodeURIComponent(hash.replace(/^#\/?/, '').replace(/\/+$/, '').split('?')[0] ?? '');
  if (path === '') return { page: 'dashboard', segments: [] };
  const [first = '', ...segments] = path.split('/');
  if (!isPageId(first)) return { page: 'notFound', path };
  return { page: first, segments };
}

/** `hrefFor('organisaties', 12, 'bewerken')` -> `#/organisaties/12/bewerken`. */
export function hrefFor(page: PageId, ...segments: (string | number)[]): string {
  return ['#', page, ...segments.map((s) => encodeURIComponent(String(s)))].join('/');
}

/** A positive integer id from a path segment, or null. */
export function idFrom(segment: string | undefined): number | null {
  if (segment === undefined || !/^\d+$/.test(segment)) return null;
  const id = Number(segment);
  return id > 0 ? id : null;
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
