import { useEffect, useState } from 'react';
import { interpolate } from '../../../i18n/interpolate';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import type { RequestState } from '../use-request';
import { bridgeWarning, defaultBridge, type HostBridge } from './bridges';
import { useFieldIds } from './field-ids';
import { FieldMessages } from './FieldMessages';
import { TextField } from './TextField';
import { useProblemText } from './use-problem-text';

/** The select's value for "type another name": no interface name has a space. */
const OTHER = ' other';

const CREATE_COMMAND = 'nmcli connection add type bridge ifname br0';
const ATTACH_COMMAND = 'nmcli connection add type bridge-slave ifname eth0 master br0';

interface BridgeFieldProps {
  bridge: string;
  onChange(bridge: string): void;
  /** The engine's host.bridges answer. */
  bridges: RequestState<HostBridge[]>;
  error: string | undefined;
}

/**
 * The host bridge a bridged card joins: a select of the host's bridges, or a name typed by hand
 * ("Another name…", or when the host lists none). What stops a VM from joining the chosen bridge
 * is shown as a warning: it does not block Apply, the engine refuses the start with those words.
 */
export function BridgeField({ bridge, onChange, bridges, error }: BridgeFieldProps) {
  const t = useMessages();
  const text = useProblemText();
  const ids = useFieldIds();
  const [other, setOther] = useState(false);
  const list = bridges.data;
  const names = (list ?? []).map((b) => b.name);
  const typing = names.length === 0 || other || !names.includes(bridge);
  // A list that comes after bridged networking was turned on (or after a refresh) fills an empty choice.
  useEffect(() => {
    const first = defaultBridge(list);
    if (bridge === '' && !other && first !== '') onChange(first);
    // Only when the list changes: a name cleared by hand stays cleared.
  }, [list]);
  const problem = error === undefined ? bridgeWarning(bridge, list) : undefined;
  const warning = problem && text(problem);

  const refresh = (
    <button type="button" className="button" disabled={bridges.loading} onClick={bridges.reload}>
      {t.hwNetBridgesRefresh}
    </button>
  );

  return (
    <>
      {names.length > 0 ? (
        <div className="hw-field">
          <label className="hw-field__label" htmlFor={ids.input}>
            {t.hwNetBridge}
          </label>
          <div className="hw-path">
            <select
              id={ids.input}
              className="hw-select"
              value={typing ? OTHER : bridge}
              aria-describedby={ids.describedBy(false, false, !typing && warning !== undefined)}
              onChange={(event) => {
                const value = event.target.value;
                setOther(value === OTHER);
                if (value !== OTHER) onChange(value);
              }}
            >
              {names.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
              <option value={OTHER}>{t.hwNetBridgeOther}</option>
            </select>
            {refresh}
          </div>
          <FieldMessages ids={ids} warning={typing ? undefined : warning} />
        </div>
      ) : (
        <div className="hw-callout hw-bridges" aria-busy={bridges.loading}>
          <p>
            {bridges.error !== undefined
              ? format(t.hwNetBridgesFailed, { message: bridges.error })
              : list === undefined
                ? t.hwNetBridgesLooking
                : t.hwNetBridgesNone}
          </p>
          {list !== undefined && (
            <p className="hw-note">
              {interpolate(t.hwNetBridgesHowTo, {
                create: <code>{CREATE_COMMAND}</code>,
                attach: <code>{ATTACH_COMMAND}</code>,
              })}
            </p>
          )}
          {refresh}
        </div>
      )}
      {typing && (
        <TextField
          label={t.hwNetBridgeName}
          value={bridge}
          onChange={onChange}
          hint={t.hwNetBridgeNameHint}
          error={error}
          warning={warning}
          spellCheck={false}
          mono
        />
      )}
    </>
  );
}
