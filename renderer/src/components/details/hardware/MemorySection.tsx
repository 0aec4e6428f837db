import { MEMORY_MIB_MIN, type VmConfig } from '../../../../../shared/vm-config';
import type { VmStatus } from '../../../../../shared/vm-state';
import { formatSize } from '../../../../../shared/size';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { CheckField } from './CheckField';
import { suggestedMaxMemoryMiB, type HardwareDraft } from './draft';
import { LiveMemory } from './LiveMemory';
import { wholeNumberIn } from './numbers';
import type { SectionProps } from './section-props';
import { TextField } from './TextField';

interface MemorySectionProps extends SectionProps {
  hostMemoryMiB: number | null;
  uuid: string;
  /** The saved memory and its room: what the running VM has. */
  saved: Pick<VmConfig, 'memoryMiB' | 'memoryHotplug'>;
  /** The VM runs (or is paused): memory can be added now, up to its maximum. */
  live: boolean;
  onSaved(saved: { status: VmStatus; config: VmConfig }): void;
}

/**
 * Memory in MiB, with the host's total for scale; room to add memory while the VM runs (and, while
 * it runs with room, adding it); the balloon that reports the guest's use.
 */
export function MemorySection(props: MemorySectionProps) {
  const { draft, update, errors, hostMemoryMiB, uuid, saved, live, onSaved } = props;
  const t = useMessages();
  const { memoryHotplug } = draft;
  const setHotplug = (patch: Partial<HardwareDraft['memoryHotplug']>) =>
    update((d) => ({ ...d, memoryHotplug: { ...d.memoryHotplug, ...patch } }));
  const host =
    hostMemoryMiB === null
      ? ''
      : ` ${format(t.hwMemoryHost, { total: formatSize(hostMemoryMiB * 2 ** 20) })}`;

  const enableHotplug = (enabled: boolean) => {
    if (!enabled) return setHotplug({ enabled });
    // A maximum below the memory as typed would be refused: offer one with room instead.
    const memory = wholeNumberIn(draft.memoryMiB, MEMORY_MIB_MIN, Number.MAX_SAFE_INTEGER);
    const max = wholeNumberIn(memoryHotplug.maxMiB, MEMORY_MIB_MIN, Number.MAX_SAFE_INTEGER);
    if (memory !== undefined && (max === undefined || max <= memory)) {
      return setHotplug({ enabled, maxMiB: String(suggestedMaxMemoryMiB(memory)) });
    }
    setHotplug({ enabled });
  };

  return (
    <>
      <TextField
        label={t.hwMemory}
        value={draft.memoryMiB}
        onChange={(memoryMiB) => update((d) => ({ ...d, memoryMiB }))}
        inputMode="numeric"
        size="small"
        hint={format(t.hwMemoryHint, { min: MEMORY_MIB_MIN }) + host}
        error={errors['memoryMiB']}
      />
      <CheckField
        label={t.hwMemoryHotplug}
        checked={memoryHotplug.enabled}
        onChange={enableHotplug}
        hint={t.hwMemoryHotplugHint}
        error={errors['memoryHotplug']}
      />
      {memoryHotplug.enabled && (
        <div className="hw-row hw-row--indent">
          <TextField
            label={t.hwMemoryMax}
            value={memoryHotplug.maxMiB}
            onChange={(maxMiB) => setHotplug({ maxMiB })}
            inputMode="numeric"
            size="small"
            error={errors['memoryHotplug.maxMiB']}
          />
          <TextField
            label={t.hwMemorySlots}
            value={memoryHotplug.slots}
            onChange={(slots) => setHotplug({ slots })}
            inputMode="numeric"
            size="small"
            hint={t.hwMemorySlotsHint}
            error={errors['memoryHotplug.slots']}
          />
        </div>
      )}
      <CheckField
        label={t.hwBalloon}
        checked={draft.memoryBalloon}
        onChange={(memoryBalloon) => update((d) => ({ ...d, memoryBalloon }))}
        hint={t.hwBalloonHint}
        error={errors['memoryBalloon']}
      />
      {live && saved.memoryHotplug && (
        <LiveMemory
          uuid={uuid}
          memoryMiB={saved.memoryMiB}
          maxMiB={saved.memoryHotplug.maxMiB}
          onSaved={onSaved}
        />
      )}
    </>
  );
}
