const OPEN_EVENT = 'blikopener:open-search';

/** Opens the global search from anywhere (the sidebar button, a page action) without shared state. */
export function openSearchPalette(): void {
  window.dispatchEvent(new Event(OPEN_EVENT));
}

export function onOpenSearchPalette(listener: () => void): () => void {
  window.addEventListener(OPEN_EVENT, listener);
  return () => window.removeEventListener(OPEN_EVENT, listener);
}

/** Ctrl+K, or Cmd+K on a Mac. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}
