import { useState } from 'react';
import type { FilePurpose } from '../../../../shared/host';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { errorMessage } from '../../store/error-message';
import { useAppStore } from '../../store/store-context';
import type { PathCheckState } from './path-check-state';
import { PathStatus } from './PathStatus';
import type { Problem } from './problem';
import { TextField } from './TextField';
import './path-field.css';

interface PathFieldProps {
  label: string;
  field: string;
  value: string;
  onChange(value: string): void;
  purpose: FilePurpose;
  /** Whether this client has the host's file dialog (the desktop app): then a Browse… button. */
  nativePicker: boolean;
  problem?: Problem | undefined;
  /** The engine's check of the typed path; omitted for paths that are not checked. */
  check?: PathCheckState;
  /** Shown while there is nothing to say about the path (by default, how to type one). */
  idleHint?: string | undefined;
  placeholder?: string;
}

/**
 * A path typed by hand (a browser cannot pick files on the engine's computer), checked by the
 * engine as it is typed, plus a Browse… button where the host's file dialog exists.
 */
export function PathField({
  label,
  field,
  value,
  onChange,
  purpose,
  nativePicker,
  problem,
  check,
  idleHint,
  placeholder,
}: PathFieldProps) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const [pickFailure, setPickFailure] = useState<string | null>(null);

  const browse = async () => {
    setPickFailure(null);
    try {
      const { path } = await client.invoke('host.pickFile', { purpose });
      if (path !== null) onChange(path);
    } catch (error) {
      setPickFailure(errorMessage(error));
    }
  };

  const status = check === undefined || check.status === 'idle' ? null : <PathStatus check={check} />;
  const hint =
    pickFailure !== null
      ? format(t.wzBrowseFailed, { message: pickFailure })
      : (status ?? idleHint ?? (nativePicker ? undefined : t.wzTypePathHint));

  return (
    <TextField
      label={label}
      field={field}
      value={value}
      onChange={onChange}
      problem={problem}
      hint={hint}
      placeholder={placeholder}
      spellCheck={false}
      autoComplete="off"
      autoCapitalize="off"
      className="path-field"
      trailing={
        nativePicker && (
          <button type="button" className="button" onClick={() => void browse()}>
            {t.wzBrowse}
          </button>
        )
      }
    />
  );
}
