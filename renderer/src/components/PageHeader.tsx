import { useEffect, useRef, type ReactNode } from 'react';

type Props = { title: string; subtitle?: string; actions?: ReactNode; before?: ReactNode };

/** Page title; takes focus when a page opens so keyboard and screen-reader users land on it. */
export function PageHeader({ title, subtitle, actions, before }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Only move focus after navigation, not when the user is typing in a field on this page.
    if (document.activeElement === document.body || document.activeElement?.closest('.sidebar')) {
      headingRef.current?.focus({ preventScroll: true });
    }
  }, [title]);

  return (
    <header className="page-header">
      {before}
      <div className="page-header-row">
        <div>
          <h1 ref={headingRef} tabIndex={-1} className="page-title">
            {title}
          </h1>
          {subtitle && <p className="page-subtitle">{subtitle}</p>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
    </header>
  );
}
