/** The small "!" disc before a problem message (decorative: the text says it all). */
export function ErrorIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M8 4.4v4.4" className="hw-field__error-mark" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="8" cy="11.3" r="1" className="hw-field__error-dot" />
    </svg>
  );
}
