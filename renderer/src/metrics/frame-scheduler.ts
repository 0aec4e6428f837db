/**
 * Runs drawing work at most once per animation frame, and not at all while the page is hidden
 * (a minimised window, a background tab): what was asked meanwhile runs when it shows again.
 */
const pending = new Map<object, () => void>();
let frame: number | undefined;

function run(): void {
  frame = undefined;
  if (document.hidden) return;
  const work = [...pending.values()];
  pending.clear();
  for (const draw of work) draw();
}

/** Schedules `draw` for the next frame; a later call with the same owner replaces it. */
export function drawNextFrame(owner: object, draw: () => void): void {
  pending.set(owner, draw);
  if (frame === undefined && !document.hidden) frame = requestAnimationFrame(run);
}

export function cancelDraw(owner: object): void {
  pending.delete(owner);
}

if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && pending.size > 0 && frame === undefined) frame = requestAnimationFrame(run);
  });
}
