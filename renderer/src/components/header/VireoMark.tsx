/** The app's mark: a stylised bird's wing over a screen, decorative only. */
export function VireoMark() {
  return (
    <svg
      className="vireo-mark"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="2" y="4" width="20" height="14" rx="3" fill="currentColor" opacity="0.18" />
      <rect x="2" y="4" width="20" height="14" rx="3" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path
        d="M6 8.5c3 0 5 1.5 6 4.5 1-3 3-4.5 6-4.5-2 1.2-3.6 3.5-4.4 6.5h-3.2C9.6 12 8 9.7 6 8.5Z"
        fill="currentColor"
      />
      <path d="M8 21h8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
