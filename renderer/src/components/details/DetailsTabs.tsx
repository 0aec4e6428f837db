import type { KeyboardEvent } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { detailsTabs } from '../../store/ui-state';
import { panelId, tabId } from './focus-tab';
import { tabAfterKey } from './tab-keys';
import { tabLabels } from './tab-labels';

/**
 * The details' tabs: one in the Tab order (the selected one); Left/Right/Home/End move and select
 * (automatic activation: every panel loads quickly, or shows that it is loading).
 */
export function DetailsTabs({ label }: { label: string }) {
  const t = useMessages();
  const current = useAppStore((state) => state.detailsTab);
  const setTab = useAppStore((state) => state.setDetailsTab);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabAfterKey(detailsTabs.indexOf(current), detailsTabs.length, event.key);
    const tab = next === undefined ? undefined : detailsTabs[next];
    if (!tab) return;
    event.preventDefault();
    setTab(tab);
    document.getElementById(tabId(tab))?.focus();
  };

  return (
    <div role="tablist" aria-label={label} className="details-tabs" onKeyDown={onKeyDown}>
      {detailsTabs.map((tab) => {
        const selected = tab === current;
        return (
          <button
            key={tab}
            id={tabId(tab)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={panelId(tab)}
            tabIndex={selected ? 0 : -1}
            className="details-tabs__tab"
            onClick={() => setTab(tab)}
          >
            {t[tabLabels[tab]]}
          </button>
        );
      })}
    </div>
  );
}
