import { useMessages } from '../../i18n/use-messages';
import { ChosenOs } from './ChosenOs';
import { DetectionStatus } from './DetectionStatus';
import { OsSearch } from './OsSearch';
import type { Wizard } from './use-wizard';
import './os-step.css';

/** Step 2: the OS, detected from an ISO's volume ID, or searched for and chosen by hand. */
export function OsStep({ wizard }: { wizard: Wizard }) {
  const t = useMessages();
  const { draft, problems } = wizard;
  const iso = draft.source === 'iso';
  return (
    <div className="form-stack">
      <p className="wizard__intro">{iso ? t.wzOsIntroIso : t.wzOsIntroOther}</p>
      {iso && <DetectionStatus detection={wizard.detection} />}
      <ChosenOs os={draft.os} origin={draft.osOrigin} onClear={() => wizard.chooseOs(null)} />
      <OsSearch onChoose={wizard.chooseOs} problem={problems.os} />
    </div>
  );
}
