import { MEMORY_MIB_MIN } from '../../../../../shared/vm-config';
import { formatSize } from '../../../../../shared/size';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import type { SectionProps } from './section-props';
import { CheckField } from './CheckField';
import { TextField } from './TextField';

interface MemorySectionProps extends SectionProps {
  hostMemoryMiB: number | null;
}

/** Memory in MiB, with the host's total for scale, and the balloon that reports the guest's use. */
export function MemorySection({ draft, update, errors, hostMemoryMiB }: MemorySectionProps) {
  const t = useMessages();
  const host =
    hostMemoryMiB === null
      ? ''
      : ` ${format(t.hwMemoryHost, { total: formatSize(hostMemoryMiB * 2 ** 20) })}`;
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
        label={t.hwBalloon}
        checked={draft.memoryBalloon}
        onChange={(memoryBalloon) => update((d) => ({ ...d, memoryBalloon }))}
        hint={t.hwBalloonHint}
        error={errors['memoryBalloon']}
      />
    </>
  );
}
