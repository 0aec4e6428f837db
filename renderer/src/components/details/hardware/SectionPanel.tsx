import type { GuestAgentState } from '../../../../../shared/guest-agent';
import type { HostInfo } from '../../../../../shared/host';
import type { VmConfig } from '../../../../../shared/vm-config';
import type { VmStatus } from '../../../../../shared/vm-state';
import { useMessages } from '../../../i18n/use-messages';
import { AdvancedSection } from './AdvancedSection';
import { AgentSection } from './AgentSection';
import { BootSection } from './BootSection';
import { CdromSection } from './CdromSection';
import { CpuSection } from './CpuSection';
import { DisksSection } from './DisksSection';
import { DisplaySection } from './DisplaySection';
import { FirmwareSection } from './FirmwareSection';
import { KernelSection } from './KernelSection';
import { MemorySection } from './MemorySection';
import { NetworkSection } from './NetworkSection';
import { runningNote } from './running-note';
import type { SectionProps } from './section-props';
import { sectionTitle } from './section-titles';
import type { SectionId } from './sections';
import { SerialSection } from './SerialSection';
import { SharesSection } from './SharesSection';
import { UsbSection } from './UsbSection';
import type { DiskInfoState } from './use-disk-info';

interface SectionPanelProps extends SectionProps {
  section: SectionId;
  idPrefix: string;
  uuid: string;
  baseline: VmConfig;
  /** The VM has a QEMU process: say which changes wait for the next start. */
  running: boolean;
  /** Whether the running guest's clipboard agent is connected; undefined while not running. */
  clipboardAgent: boolean | undefined;
  /** The running guest's qemu-ga; undefined while not running. */
  guestAgent: GuestAgentState | undefined;
  /** Disks may be added or removed now (stopped; or running, hot-plugged). */
  canAddRemoveDisks: boolean;
  /** The form is read-only (the VM's state allows no edit, or Apply is running). */
  locked: boolean;
  hostInfo: HostInfo | null;
  diskInfo: DiskInfoState;
  onSaved(saved: { status: VmStatus; config: VmConfig }): void;
}

/** The chosen section's form, under its title; a running VM's restart (or live) note first. */
export function SectionPanel(props: SectionPanelProps) {
  const { section, idPrefix, running, locked, hostInfo } = props;
  const t = useMessages();
  const nativePicker = hostInfo?.nativeFilePicker ?? false;
  const note = running ? t[runningNote(section, props.baseline.network.mode)] : undefined;
  return (
    <div
      role="tabpanel"
      id={`${idPrefix}-panel`}
      aria-labelledby={`${idPrefix}-tab-${section}`}
      className="hw-panel"
    >
      <h3 className="hw-panel__title">{sectionTitle(t, section)}</h3>
      {note && <p className="hw-callout">{note}</p>}
      <fieldset className="hw-panel__form" disabled={locked}>
        <legend className="visually-hidden">{sectionTitle(t, section)}</legend>
        {renderSection(props, nativePicker)}
      </fieldset>
    </div>
  );
}

function renderSection(props: SectionPanelProps, nativePicker: boolean) {
  const common: SectionProps = { draft: props.draft, update: props.update, errors: props.errors };
  switch (props.section) {
    case 'cpu':
      return (
        <CpuSection
          {...common}
          uuid={props.uuid}
          saved={props.baseline.cpu}
          live={props.running}
          onSaved={props.onSaved}
        />
      );
    case 'memory':
      return (
        <MemorySection
          {...common}
          hostMemoryMiB={props.hostInfo?.totalMemoryMiB ?? null}
          uuid={props.uuid}
          saved={props.baseline}
          live={props.running}
          onSaved={props.onSaved}
        />
      );
    case 'boot':
      return <BootSection {...common} />;
    case 'disks':
      return (
        <DisksSection
          {...common}
          uuid={props.uuid}
          canAddRemove={props.canAddRemoveDisks}
          hotplug={props.running}
          diskInfo={props.diskInfo}
          freeDiskBytes={props.hostInfo?.freeDiskBytes ?? null}
          nativePicker={nativePicker}
          onSaved={props.onSaved}
        />
      );
    case 'cdrom':
      return <CdromSection {...common} savedPath={props.baseline.cdrom?.path} nativePicker={nativePicker} />;
    case 'network':
      return <NetworkSection {...common} />;
    case 'display':
      return <DisplaySection {...common} clipboardAgent={props.clipboardAgent} />;
    case 'serial':
      return <SerialSection {...common} />;
    case 'usb':
      return (
        <UsbSection
          uuid={props.uuid}
          usb={props.baseline.usb}
          running={props.running}
          nativePicker={nativePicker}
          onSaved={props.onSaved}
        />
      );
    case 'shares':
      return (
        <SharesSection
          uuid={props.uuid}
          shares={props.baseline.shares}
          running={props.running}
          onSaved={props.onSaved}
        />
      );
    case 'agent':
      return <AgentSection {...common} agent={props.baseline.guestAgent ? props.guestAgent : undefined} />;
    case 'firmware':
      return (
        <FirmwareSection
          {...common}
          uuid={props.uuid}
          savedFirmware={props.baseline.firmware}
          running={props.running}
        />
      );
    case 'kernel':
      return <KernelSection {...common} nativePicker={nativePicker} />;
    case 'advanced':
      return <AdvancedSection {...common} />;
  }
}
