export type ConsoleIconName =
  'fit' | 'actual' | 'fullscreen' | 'ctrlAltDel' | 'key' | 'camera' | 'paste' | 'console' | 'chevron';

const paths: Record<ConsoleIconName, string> = {
  fit: 'M2 5.5v-3h3M11 2.5h3v3M14 10.5v3h-3M5 13.5H2v-3M5.5 6h5v4h-5z',
  actual: 'M2.5 3.5h11v9h-11zM6 6.5v3.5M10 6.5v3.5M8 7.2v.1M8 9.3v.1',
  fullscreen: 'M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4',
  ctrlAltDel: 'M1.5 4.5h13v7h-13zM4 7h1M7.5 7h1M11 7h1M5 9.3h6',
  key: 'M3.5 3.5h9v9h-9zM6 9.8 8 6.2l2 3.6M6.6 8.7h2.8',
  camera: 'M2 5.5h2.7l1.1-1.7h4.4l1.1 1.7H14v7.2H2zM8 11a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  paste: 'M4.5 3.5h-1v10h9v-10h-1M6 2.5h4v2H6zM5.8 8h4.4M5.8 10.5h3',
  console: 'M1.5 2.5h13v11h-13zM4.5 6l2 2-2 2M8 10h3.5',
  chevron: 'M4.5 6.5 8 10l3.5-3.5',
};

/** The console toolbar's line icons, drawn in the text colour. */
export function ConsoleIcon({ name }: { name: ConsoleIconName }) {
  return (
    <svg
      className="console-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={paths[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
