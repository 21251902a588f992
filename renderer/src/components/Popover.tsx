import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

type Props = {
  label: string;
  /** Accessible name of the panel. */
  panelLabel: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
  testId?: string;
};

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), a[href]';

/**
 * A toolbar button that shows a panel below it. Opening moves focus to the first item;
 * ArrowUp/ArrowDown (and Tab) move through the items; Escape, a click outside or tabbing out
 * closes it, and focus returns to the button when it was inside.
 */
export function Popover({ label, panelLabel, open, onOpenChange, children, testId }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
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

  useEffect(() => {
    const active = document.activeElement;
    if (open && !wasOpen.current) panelRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    // When the panel closes while focus was in it (or got lost), focus goes back to its button.
    if (wasOpen.current && !open && (active === document.body || rootRef.current?.contains(active))) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      onOpenChange(false);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (!open) {
      if (event.key === 'ArrowDown' && event.target === buttonRef.current) {
        event.preventDefault();
        onOpenChange(true);
      }
      return;
    }
    // Text fields keep their arrows; every other item is a stop in a ring.
    if (event.target instanceof HTMLInputElement && event.target.type === 'text') return;
    const items = Array.from(panelRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []);
    if (items.length === 0) return;
    event.preventDefault();
    const index = items.indexOf(document.activeElement as HTMLElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = index === -1 ? (step === 1 ? 0 : items.length - 1) : (index + step + items.length) % items.length;
    items[next]?.focus();
  }

  return (
    <div
      ref={rootRef}
      className="popover"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Tabbing out of the panel closes it; a click inside keeps focus within and is ignored.
        if (open && event.relatedTarget && !rootRef.current?.contains(event.relatedTarget)) onOpenChange(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button-small"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        data-testid={testId}
        onClick={() => onOpenChange(!open)}
      >
        {label}
        <span aria-hidden="true" className="popover-caret">
          ▾
        </span>
      </button>
      {open && (
        <div ref={panelRef} id={panelId} className="popover-panel" role="group" aria-label={panelLabel}>
          {children}
        </div>
      )}
    </div>
  );
}
