import { useMessages } from '../../../i18n/use-messages';
import { CheckField } from './CheckField';
import type { HardwareDraft, VideoModel } from './draft';
import type { SectionProps } from './section-props';
import { SelectField } from './SelectField';

interface DisplaySectionProps extends SectionProps {
  /** Whether the running guest's clipboard agent is connected; undefined while the VM is not running. */
  clipboardAgent: boolean | undefined;
}

/** The VNC server (Vireo's console), the shared clipboard through it, and the emulated video card. */
export function DisplaySection({ draft, update, errors, clipboardAgent }: DisplaySectionProps) {
  const t = useMessages();
  const { display } = draft;
  const setDisplay = (patch: Partial<HardwareDraft['display']>) =>
    update((d) => ({ ...d, display: { ...d.display, ...patch } }));
  const sharing = display.vnc && display.clipboard;
  return (
    <>
      <CheckField
        label={t.hwVnc}
        checked={display.vnc}
        onChange={(vnc) => setDisplay({ vnc })}
        hint={t.hwVncHint}
        error={errors['display.vnc']}
      />
      <div className="hw-field">
        <CheckField
          label={t.hwClipboard}
          checked={display.clipboard}
          // Kept as set while VNC is off: turning VNC back on restores it.
          disabled={!display.vnc}
          onChange={(clipboard) => setDisplay({ clipboard })}
          hint={display.vnc ? t.hwClipboardHint : t.hwClipboardNeedsVnc}
          error={errors['display.clipboard']}
        />
        {sharing && clipboardAgent !== undefined && (
          <p className="hw-field__hint hw-check-status" role="status">
            <span
              className={`hw-check-status__dot${clipboardAgent ? ' hw-check-status__dot--on' : ''}`}
              aria-hidden="true"
            />
            {clipboardAgent ? t.hwClipboardAgentOn : t.hwClipboardAgentOff}
          </p>
        )}
      </div>
      <SelectField<VideoModel>
        label={t.hwVideo}
        value={display.vga}
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
