import { useMessages } from '../../../i18n/use-messages';
import { CheckField } from './CheckField';
import type { HardwareDraft } from './draft';
import { PathField } from './PathField';
import type { SectionProps } from './section-props';
import { TextField } from './TextField';

interface KernelSectionProps extends SectionProps {
  nativePicker: boolean;
}

/** A kernel (and initrd, arguments) QEMU loads from the host; off keeps the values for later. */
export function KernelSection({ draft, update, errors, nativePicker }: KernelSectionProps) {
  const t = useMessages();
  const { kernel } = draft;
  const setKernel = (patch: Partial<HardwareDraft['kernel']>) =>
    update((d) => ({ ...d, kernel: { ...d.kernel, ...patch } }));
  const off = !kernel.enabled;
  return (
    <>
      <CheckField
        label={t.hwKernelEnable}
        checked={kernel.enabled}
        onChange={(enabled) => setKernel({ enabled })}
        hint={t.hwKernelHint}
      />
      <PathField
        label={t.hwKernelPath}
        value={kernel.kernel}
        onChange={(path) => setKernel({ kernel: path })}
        purpose="kernel"
        nativePicker={nativePicker}
        disabled={off}
        error={errors['directKernel.kernel']}
      />
      <PathField
        label={t.hwInitrdPath}
        value={kernel.initrd}
        onChange={(initrd) => setKernel({ initrd })}
        purpose="initrd"
        nativePicker={nativePicker}
        disabled={off}
        error={errors['directKernel.initrd']}
      />
      <TextField
        label={t.hwKernelCmdline}
        value={kernel.cmdline}
        onChange={(cmdline) => setKernel({ cmdline })}
        disabled={off}
        mono
        size="wide"
        spellCheck={false}
        error={errors['directKernel.cmdline']}
      />
    </>
  );
}
