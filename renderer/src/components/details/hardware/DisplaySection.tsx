import { useMessages } from '../../../i18n/use-messages';
import { CheckField } from './CheckField';
import type { HardwareDraft, VideoModel } from './draft';
import type { SectionProps } from './section-props';
import { SelectField } from './SelectField';

/** The VNC server (Vireo's console) and the emulated video card. */
export function DisplaySection({ draft, update, errors }: SectionProps) {
  const t = useMessages();
  const setDisplay = (patch: Partial<HardwareDraft['display']>) =>
    update((d) => ({ ...d, display: { ...d.display, ...patch } }));
  return (
    <>
      <CheckField
        label={t.hwVnc}
        checked={draft.display.vnc}
        onChange={(vnc) => setDisplay({ vnc })}
        hint={t.hwVncHint}
        error={errors['display.vnc']}
      />
      <SelectField<VideoModel>
        label={t.hwVideo}
        value={draft.display.vga}
        choices={[
          { value: 'std', label: t.hwVideoStd },
          { value: 'virtio', label: t.hwVideoVirtio },
          { value: 'qxl', label: t.hwVideoQxl },
          { value: 'cirrus', label: t.hwVideoCirrus },
          { value: 'none', label: t.hwVideoNone },
        ]}
        onChange={(vga) => setDisplay({ vga })}
        error={errors['display.vga']}
      />
    </>
  );
}
