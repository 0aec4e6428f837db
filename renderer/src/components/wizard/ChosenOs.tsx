import type { OsEntry } from '../../../../shared/os-info';
import { useMessages } from '../../i18n/use-messages';
import { needsText } from './firmware';
import { recommendationText } from './os-recommendation';
import type { OsOrigin } from './wizard-draft';

interface ChosenOsProps {
  os: OsEntry | null;
  origin: OsOrigin;
  onClear(): void;
}

/** The OS the VM will get (or generic), where it came from, what it recommends and needs. */
export function ChosenOs({ os, origin, onClear }: ChosenOsProps) {
  const t = useMessages();
  const recommendation = os ? recommendationText(t, os) : null;
  const needs = needsText(t, os);
  return (
    <section className="chosen-os" aria-label={t.wzOsChosen}>
      <div className="chosen-os__text">
        <p className="chosen-os__caption">{t.wzOsChosen}</p>
        <p className="chosen-os__name">
          {os ? os.name : t.wzOsGeneric}
          {origin === 'detected' && <span className="chosen-os__tag">{t.wzOsFromIso}</span>}
        </p>
        <p className="chosen-os__detail">{os ? (recommendation ?? os.id) : t.wzOsGenericHint}</p>
        {needs !== null && <p className="chosen-os__detail">{needs}</p>}
      </div>
      {os && (
        <button type="button" className="button" onClick={onClear}>
          {t.wzOsClear}
        </button>
      )}
    </section>
  );
}
