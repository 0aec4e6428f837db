import type { SectionId } from './sections';

/** 16 px outline glyphs, one per hardware section (decorative: the title names the section). */
const paths: Record<SectionId, string> = {
  cpu: 'M5 5h6v6H5z M3.5 3.5h9v9h-9z M6 1.5v2 M10 1.5v2 M6 12.5v2 M10 12.5v2 M1.5 6h2 M1.5 10h2 M12.5 6h2 M12.5 10h2',
  memory: 'M1.5 5h13v6h-13z M4 7.5v1 M6.5 7.5v1 M9 7.5v1 M11.5 7.5v1 M3 11v2 M13 11v2',
  boot: 'M8 1.8v5.4 M4.6 4.1a5.2 5.2 0 1 0 6.8 0',
  disks: 'M2 4.5h12v7H2z M11.5 8h.01 M4 8h5',
  cdrom: 'M8 1.8a6.2 6.2 0 1 0 0 12.4a6.2 6.2 0 1 0 0-12.4z M8 6.4a1.6 1.6 0 1 0 0 3.2a1.6 1.6 0 1 0 0-3.2z',
  network: 'M2 10.5h12v3H2z M8 10.5V7 M4 7h8 M4 7V4.5 M12 7V4.5 M2.5 2.5h3v2h-3z M10.5 2.5h3v2h-3z',
  display: 'M1.5 2.5h13v8.5h-13z M5.5 14h5 M8 11v3',
  serial: 'M2 5h12l-1.5 6h-9z M5 7.5h.01 M8 7.5h.01 M11 7.5h.01',
  usb: 'M8 2.5v9 M6.5 4 8 2.5 9.5 4 M8 11.5a1.25 1.25 0 1 0 0 2.5a1.25 1.25 0 1 0 0-2.5z M8 9.8 4 7.6V6.4 M4 4.4a1 1 0 1 0 0 2a1 1 0 1 0 0-2z M8 8.2l4-2.2V5 M11.1 3.2h1.8V5h-1.8z',
  shares: 'M1.5 3.5h4.5l1.5 1.5h7v8h-13z M5.5 9.5h5 M9 8l1.5 1.5L9 11',
  agent: 'M2 3h12v8H7.5L4.5 13.5V11H2z M4.5 7h1.8l1-1.6 1.5 3.2 1-1.6h1.7',
  firmware: 'M3 2.5h10v11H3z M5.5 5.5h5 M5.5 8h5 M5.5 10.5h3',
  kernel: 'M8 1.5 14 5v6l-6 3.5L2 11V5z M8 8v6.5 M8 8l6-3 M8 8 2 5',
  advanced: 'M1.5 2.5h13v11h-13z M4 6l2.5 2L4 10 M8 10.5h4',
};

export function SectionIcon({ section }: { section: SectionId }) {
  return (
    <svg
      className="hw-sections__icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.3"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[section]} />
    </svg>
  );
}
