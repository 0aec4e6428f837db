import { useId, type ReactNode } from 'react';

/** A titled group of the overview; the heading names the region. */
export function Card({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  const headingId = useId();
  return (
    <section className={`overview-card${wide ? ' overview-card--wide' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="overview-card__title">
        {title}
      </h3>
      {children}
    </section>
  );
}
