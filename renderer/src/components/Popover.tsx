import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = {
  label: string;
  /** Accessible name of the panel. */
  panelLabel: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
  testId?: string;
};

/** A toolbar button that shows a panel below it; Escape or a click outside closes it, focus returns. */
export function Popover({ label, panelLabel, open, onOpenChange, children, testId }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) onOpenChange(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, onOpenChange]);

  // When the panel closes while focus was in it (or got lost), focus goes back to its button.
  useEffect(() => {
    const active = document.activeElement;
    if (wasOpen.current && !open && (active === document.body || rootRef.current?.contains(active))) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <div
      ref={rootRef}
      className="popover"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          onOpenChange(false);
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button-small"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid={testId}
        onClick={() => onOpenChange(!open)}
      >
        {label}
        <span aria-hidden="true" className="popover-caret">
          ▾
        </span>
      </button>
      {open && (
        <div id={panelId} className="popover-panel" role="group" aria-label={panelLabel}>
          {children}
        </div>
      )}
    </div>
  );
}
