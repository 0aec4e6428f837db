import { useMessages } from '../../../i18n/use-messages';
import { useFieldIds } from './field-ids';
import { FieldMessages } from './FieldMessages';
import type { SectionProps } from './section-props';
import { WatchdogField } from './WatchdogField';

/**
 * The watchdog; extra QEMU arguments, one per line, passed verbatim: the warning says so before
 * the field.
 */
export function AdvancedSection(props: SectionProps) {
  const { draft, update, errors } = props;
  const t = useMessages();
  const ids = useFieldIds();
  const error = errors['extraArgs'];
  return (
    <>
      <WatchdogField {...props} />
      <div className="hw-field">
        <p className="hw-callout hw-callout--warning" id={ids.hint}>
          {t.hwExtraArgsWarning}
        </p>
        <label className="hw-field__label" htmlFor={ids.input}>
          {t.hwExtraArgs}
        </label>
        <textarea
          id={ids.input}
          className="hw-input hw-input--mono hw-textarea"
          rows={8}
          spellCheck={false}
          autoComplete="off"
          wrap="off"
          value={draft.extraArgs}
          onChange={(event) => update((d) => ({ ...d, extraArgs: event.target.value }))}
          aria-invalid={error !== undefined ? true : undefined}
          aria-describedby={ids.describedBy(true, error !== undefined)}
        />
        <FieldMessages ids={ids} error={error} />
      </div>
    </>
  );
}
