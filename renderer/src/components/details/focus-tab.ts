import type { DetailsTab } from '../../store/ui-state';

/** The DOM ids of the details pane's tabs and panels (there is one details pane). */
export const tabId = (tab: DetailsTab) => `details-tab-${tab}`;
export const panelId = (tab: DetailsTab) => `details-panel-${tab}`;

/** Moves focus to a tab once it is rendered (after the selection or tab change it follows). */
export function focusDetailsTab(tab: DetailsTab): void {
  requestAnimationFrame(() => document.getElementById(tabId(tab))?.focus());
}
