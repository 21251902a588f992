import type { PageId } from './routes';

// Simple line icons (24×24, stroke) so the sidebar scans quickly; decorative only.
const paths: Record<PageId, string> = {
  dashboard: 'M3 13h8V3H3zM13 21h8V11h-8zM3 21h8v-6H3zM13 3v6h8V3z',
  dossiers: 'M4 4h6l2 2h8v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1zM8 12h8M8 16h5',
  organisaties: 'M3 21h18M5 21V7l7-4 7 4v14M9 10h.01M15 10h.01M9 14h.01M15 14h.01M10 21v-3h4v3',
  netwerk: 'M12 5a2 2 0 1 0 0-.01zM5 18a2 2 0 1 0 0-.01zM19 18a2 2 0 1 0 0-.01zM12 7v4M12 11l-6 6M12 11l6 6',
  doorverwijzingen: 'M4 12h13M13 6l6 6-6 6',
  events: 'M4 6h16v14H4zM4 10h16M8 3v4M16 3v4M8 14h3',
  import: 'M12 3v12M7 10l5 5 5-5M4 19h16',
  rapporten: 'M5 20V10M12 20V4M19 20v-7',
  instellingen:
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z',
};

export function NavIcon({ page }: { page: PageId }) {
  return (
    <svg
      className="nav-icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[page]} />
    </svg>
  );
}
