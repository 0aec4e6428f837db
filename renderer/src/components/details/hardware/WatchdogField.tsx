import type { WatchdogAction } from './draft';
import { useMessages } from '../../../i18n/use-messages';
import type { SectionProps } from './section-props';
import { SelectField } from './SelectField';

type Model = 'none' | 'i6300esb';

/** An emulated i6300esb watchdog, or none; and what QEMU does when the guest stops feeding it. */
export function WatchdogField({ draft, update, errors }: SectionProps) {
  const t = useMessages();
  const { watchdog } = draft;
  const error = errors['watchdog'];
  return (
    <fieldset className="hw-group">
      <legend className="hw-group__legend">{t.hwWatchdog}</legend>
      <div className="hw-row">
        <SelectField<Model>
          label={t.hwWatchdogModel}
          value={watchdog.enabled ? 'i6300esb' : 'none'}
          choices={[
            { value: 'none', label: t.hwWatchdogNone },
            { value: 'i6300esb', label: t.hwWatchdogI6300esb },
          ]}
          onChange={(model) =>
            update((d) => ({ ...d, watchdog: { ...d.watchdog, enabled: model !== 'none' } }))
          }
          error={error}
        />
        {watchdog.enabled && (
          <SelectField<WatchdogAction>
            label={t.hwWatchdogAction}
            value={watchdog.action}
            choices={[
              { value: 'reset', label: t.hwWatchdogReset },
              { value: 'shutdown', label: t.hwWatchdogShutdown },
              { value: 'poweroff', label: t.hwWatchdogPoweroff },
              { value: 'pause', label: t.hwWatchdogPause },
              { value: 'none', label: t.hwWatchdogNothing },
            ]}
            onChange={(action) => update((d) => ({ ...d, watchdog: { ...d.watchdog, action } }))}
          />
        )}
      </div>
      <p className="hw-field__hint hw-group__hint">{t.hwWatchdogHint}</p>
    </fieldset>
  );
}
