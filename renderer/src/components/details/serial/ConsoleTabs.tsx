import type { KeyboardEvent } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { tabAfterKey } from '../tab-keys';
import { consoleLabel } from './console-labels';

export const consoleTabId = (port: string) => `serial-console-tab-${port}`;
export const consolePanelId = 'serial-console-panel';

/** A tab per text console (Serial 0, Console 0…); arrows, Home and End move and select. */
export function ConsoleTabs({
  ports,
  current,
  onSelect,
}: {
  ports: readonly string[];
  current: string;
  onSelect(port: string): void;
}) {
  const t = useMessages();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabAfterKey(ports.indexOf(current), ports.length, event.key);
    const port = next === undefined ? undefined : ports[next];
    if (!port) return;
    event.preventDefault();
    onSelect(port);
    document.getElementById(consoleTabId(port))?.focus();
  };
  return (
    <div role="tablist" aria-label={t.tmConsolesLabel} className="console-tabs" onKeyDown={onKeyDown}>
      {ports.map((port) => {
        const selected = port === current;
        return (
          <button
            key={port}
            id={consoleTabId(port)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={consolePanelId}
            tabIndex={selected ? 0 : -1}
            className="console-tabs__tab"
            onClick={() => onSelect(port)}
          >
            {consoleLabel(port, t)}
          </button>
        );
      })}
    </div>
  );
}
