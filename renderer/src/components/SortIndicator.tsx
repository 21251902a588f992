type Props = { direction: false | 'asc' | 'desc' };

/** Arrow next to a sortable column title; faint when the column is not sorted. */
export function SortIndicator({ direction }: Props) {
  const path = direction === 'desc' ? 'M4 6l4 4 4-4' : direction === 'asc' ? 'M4 10l4-4 4 4' : 'M5 6.5l3-3 3 3M5 9.5l3 3 3-3';
  return (
    <svg
      className={direction ? 'sort-indicator is-active' : 'sort-indicator'}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} />
    </svg>
  );
}
