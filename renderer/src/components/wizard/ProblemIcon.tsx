/** A small filled circle with "!" (error) or a triangle (warning); decorative. */
export function ProblemIcon({ severity }: { severity: 'error' | 'warning' }) {
  return (
    <svg
      className="problem-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {severity === 'error' ? (
        <circle cx="8" cy="8" r="7" fill="currentColor" />
      ) : (
        <path d="M8 1.5 15 14H1Z" fill="currentColor" strokeLinejoin="round" />
      )}
      <path className="problem-icon__mark" d="M8 5v4" strokeWidth="1.8" strokeLinecap="round" />
      <circle className="problem-icon__dot" cx="8" cy="11.5" r="1" />
    </svg>
  );
}
