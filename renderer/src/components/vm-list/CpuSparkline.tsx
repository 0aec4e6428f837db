/**
 * Where the VM's CPU use will be drawn (the metrics feature fills it): for now an empty baseline,
 * fixed in size so the list does not shift when graphs arrive.
 */
export function CpuSparkline() {
  return (
    <svg
      className="cpu-sparkline"
      viewBox="0 0 48 20"
      width="48"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path className="cpu-sparkline__baseline" d="M0 19.5H48" />
    </svg>
  );
}
