import type { FilePurpose } from '../../../../../shared/host';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { useFieldIds } from './field-ids';
import { FieldMessages } from './FieldMessages';
import { pathDetails } from './path-details';
import { usePathCheck } from './use-path-check';

interface PathFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  purpose: FilePurpose;
  /** The host's file picker is offered when the client has one (the desktop app). */
  nativePicker: boolean;
  error?: string | undefined;
  disabled?: boolean;
}

/**
 * A path on the engine's host: typed (web mode), or picked with the desktop app's file dialog.
 * Leaving the field asks the engine what is there and shows it, or why it cannot be used.
 */
export function PathField({
  label,
  value,
  onChange,
  purpose,
  nativePicker,
  error,
  disabled,
}: PathFieldProps) {
  const t = useMessages();
  const ids = useFieldIds();
  const client = useAppStore((state) => state.client);
  const reportError = useAppStore((state) => state.reportError);
  const { state, check } = usePathCheck(purpose, value);

  const pick = async () => {
    try {
      const { path } = await client.invoke('host.pickFile', { purpose });
      if (path === null) return;
      onChange(path);
      check(path);
    } catch (failure) {
      reportError(failure);
    }
  };

  let shownError = error;
  let hint: string | undefined;
  if (shownError === undefined && state.kind === 'done' && !state.check.ok)
    shownError = state.check.problem ?? undefined;
  if (shownError === undefined && state.kind === 'failed') shownError = state.message;
  if (state.kind === 'checking') hint = t.hwPathChecking;
  if (state.kind === 'done' && state.check.ok) {
    const details = pathDetails(state.check, (id) => format(t.hwPathVolume, { id }));
    if (details) hint = format(t.hwPathFound, { details });
  }

  return (
    <div className="hw-field">
      <label className="hw-field__label" htmlFor={ids.input}>
        {label}
      </label>
      <div className="hw-path">
        <input
          id={ids.input}
          type="text"
          className="hw-input hw-input--mono hw-input--wide"
          value={value}
          disabled={disabled}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
          onBlur={() => check(value)}
          aria-invalid={shownError !== undefined ? true : undefined}
          aria-describedby={ids.describedBy(hint !== undefined, shownError !== undefined)}
        />
        {nativePicker && (
          <button type="button" className="button" disabled={disabled} onClick={() => void pick()}>
            {t.hwBrowse}
          </button>
        )}
      </div>
      <FieldMessages ids={ids} hint={hint} error={shownError} />
      {/* A typed path keeps a line for its hint, so the check that leaving the field starts does
          not move the buttons below while they are being clicked. */}
      {hint === undefined && shownError === undefined && value !== '' && (
        <p className="hw-field__hint hw-field__hint--reserved" aria-hidden="true" />
      )}
    </div>
  );
}
