/**
 * The colour a CSS custom property resolves to here (tokens use light-dark(), which only the
 * cascade resolves): what a canvas needs. Read through a probe element's computed colour.
 */
export function resolveColor(host: HTMLElement, property: `--${string}`): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${property})`;
  probe.hidden = true;
  host.appendChild(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}
