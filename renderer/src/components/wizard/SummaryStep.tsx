import { useId, type ReactNode } from 'react';
import { formatSize } from '../../../../shared/size';
import type { Messages } from '../../i18n/en';
import { format } from '../../i18n/format';
import { interpolate } from '../../i18n/interpolate';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { cloudImageKind, keyLines, packageNames } from './cloud-draft';
import { secureBootOn } from './firmware';
import { sourceLabels } from './step-titles';
import { diskBytes } from './step-validation';
import type { Wizard } from './use-wizard';
import type { WizardDraft } from './wizard-draft';
import './summary-step.css';

function storage(t: Messages, draft: WizardDraft): ReactNode {
  if (draft.source === 'import') return interpolate(t.wzSumImport, { path: <code>{draft.diskPath}</code> });
  const size = formatSize(diskBytes(draft.diskGiB) ?? 0);
  if (draft.source === 'cloud') {
    return (
      <>
        {format(t.wzSumCloudDisk, { size })}
        <br />
        {t.wzSumCloudSeed}
      </>
    );
  }
  const newDisk = format(t.wzSumNewDisk, { size });
  if (draft.source !== 'empty') return newDisk;
  return (
    <>
      {newDisk}
      <br />
      {t.wzSumEmptyCdrom}
    </>
  );
}

function firmware(t: Messages, draft: WizardDraft): string {
  if (draft.firmware === 'bios') return t.wzFirmwareBios;
  return secureBootOn(draft) ? t.wzSumUefiSecureBoot : t.wzFirmwareUefi;
}

/** The cloud image's rows: where it comes from, and the answers (never the password itself). */
function cloudRows(t: Messages, draft: WizardDraft, hostname: string): [string, ReactNode][] {
  const location = draft.cloudImage.trim();
  const rows: [string, ReactNode][] = [
    [
      t.wzSumCloudImage,
      <>
        <code>{location}</code>
        {cloudImageKind(location) === 'url' && (
          <>
            <br />
            {t.wzSumCloudDownload}
          </>
        )}
      </>,
    ],
  ];
  const sha256 = draft.cloudSha256.trim();
  if (sha256 !== '') rows.push([t.wzSumSha256, <code key="sha">{sha256.toLowerCase()}</code>]);
  rows.push([t.wzSumHostname, hostname]);
  const user = draft.cloudUser.trim();
  rows.push([
    t.wzSumUser,
    user === ''
      ? t.wzSumUserNone
      : format(t.wzSumUserDetail, {
          name: user,
          password: draft.cloudPassword === '' ? t.wzSumPasswordNotSet : t.wzSumPasswordSet,
          keys: keyLines(draft.cloudKeys).length,
        }),
  ]);
  const packages = packageNames(draft.cloudPackages);
  rows.push([t.wzSumPackages, packages.length === 0 ? t.wzSumPackagesNone : packages.join(' ')]);
  return rows;
}

/** Step 4: what will be created, whether to customize first, and (in the footer) Create. */
export function SummaryStep({ wizard }: { wizard: Wizard }) {
  const t = useMessages();
  const hintId = useId();
  const accel = useAppStore((state) => state.preferences.defaultAccel);
  const { draft } = wizard;
  const accelLabels = { auto: t.wzAccelAuto, kvm: t.wzAccelKvm, tcg: t.wzAccelTcg };

  const rows: [string, ReactNode][] = [
    [t.wzSumName, wizard.name],
    [t.wzSumSource, sourceLabels(t)[draft.source]],
  ];
  if (draft.source === 'iso') rows.push([t.wzIsoPath, <code key="iso">{draft.isoPath}</code>]);
  if (draft.source === 'cloud') rows.push(...cloudRows(t, draft, wizard.hostname));
  if (draft.source === 'kernel') {
    rows.push([t.wzSumKernel, <code key="kernel">{draft.kernelPath}</code>]);
    if (draft.initrdPath !== '') rows.push([t.wzSumInitrd, <code key="initrd">{draft.initrdPath}</code>]);
    if (draft.cmdline.trim() !== '')
      rows.push([t.wzSumCmdline, <code key="cmdline">{draft.cmdline.trim()}</code>]);
  }
  rows.push(
    [t.wzSumOs, draft.os?.name ?? t.wzOsGeneric],
    [t.wzSumMemory, format(t.wzSumMiB, { value: draft.memoryMiB.trim() })],
    [t.wzSumCpus, draft.cpus.trim()],
    [t.wzSumStorage, storage(t, draft)],
    [t.wzSumNetwork, draft.network === 'user' ? t.wzNetworkUser : t.wzNetworkNone],
    [t.wzSumFirmware, firmware(t, draft)],
    [t.wzSumTpm, draft.tpm ? t.wzSumTpmOn : t.wzSumTpmOff],
    [t.wzSumAccel, accelLabels[accel]],
  );

  return (
    <div className="form-stack">
      <p className="wizard__intro">{t.wzSummaryIntro}</p>
      <dl className="summary">
        {rows.map(([term, value]) => (
          <div key={term} className="summary__row">
            <dt className="summary__term">{term}</dt>
            <dd className="summary__value">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="summary__customize">
        <input
          id={`${hintId}-customize`}
          type="checkbox"
          className="summary__checkbox"
          checked={draft.customize}
          aria-describedby={hintId}
          disabled={wizard.busy}
          onChange={(event) => wizard.setCustomize(event.target.checked)}
        />
        <label htmlFor={`${hintId}-customize`} className="summary__checkbox-label">
          {t.wzCustomize}
        </label>
        <p id={hintId} className="summary__checkbox-hint">
          {t.wzCustomizeHint}
        </p>
      </div>
    </div>
  );
}
