import { useId, useRef, useState } from 'react';
import type { UsbDevice } from '../../../../../shared/usb';
import type { VmConfig } from '../../../../../shared/vm-config';
import type { VmStatus } from '../../../../../shared/vm-state';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { FormIssue } from './FormIssue';
import { HostUsbList } from './HostUsbList';
import { UsbStickForm } from './UsbStickForm';
import { imageName } from './usb-devices';
import { useLiveRequest } from './use-live-request';

interface UsbSectionProps {
  uuid: string;
  /** The saved USB devices: usb.attach and usb.detach save at once (and plug live). */
  usb: readonly UsbDevice[];
  running: boolean;
  nativePicker: boolean;
  onSaved(saved: { status: VmStatus; config: VmConfig }): void;
}

/**
 * The VM's USB devices (host devices by vendor:product, image files as USB sticks) with Detach;
 * the host's devices with Attach; an image attached as a USB stick. A running VM gets each change
 * at once; the config keeps the devices for its next starts.
 */
export function UsbSection({ uuid, usb, running, nativePicker, onSaved }: UsbSectionProps) {
  const t = useMessages();
  const headingId = useId();
  const client = useAppStore((state) => state.client);
  const section = useRef<HTMLDivElement>(null);
  const detach = useLiveRequest();
  const [detaching, setDetaching] = useState<string | null>(null);

  const detachDevice = async (id: string) => {
    setDetaching(id);
    const done = await detach.run(() => client.invoke('usb.detach', { vm: uuid, id }), onSaved);
    setDetaching(null);
    if (done) {
      requestAnimationFrame(() =>
        section.current?.querySelector<HTMLButtonElement>('button:enabled')?.focus(),
      );
    }
  };
  const label = (device: UsbDevice) =>
    device.kind === 'host'
      ? device.label || `${device.vendorId}:${device.productId}`
      : imageName(device.path);

  return (
    <div ref={section} className="hw-block">
      {/* While it runs, the panel's note says changes reach the VM at once. */}
      {!running && <p className="hw-note">{t.hwUsbStopped}</p>}
      <section className="hw-block" aria-labelledby={headingId}>
        <h4 id={headingId} className="hw-subheading">
          {t.hwUsbAttached}
        </h4>
        {usb.length === 0 ? (
          <p className="hw-muted">{t.hwUsbNone}</p>
        ) : (
          <ul className="hw-items" aria-labelledby={headingId}>
            {usb.map((device) => (
              <li key={device.id} className="hw-item">
                <div className="hw-item__head">
                  <div className="hw-item__name">
                    <span className="hw-item__title">{label(device)}</span>
                    <span className="hw-tag">{device.id}</span>
                    {device.kind === 'storage' && device.readOnly && (
                      <span className="hw-tag">{t.hwUsbReadOnly}</span>
                    )}
                  </div>
                  <button
                    type="button"
                    className="button"
                    disabled={detach.busy}
                    aria-label={format(t.hwUsbDetachNamed, { device: label(device) })}
                    onClick={() => void detachDevice(device.id)}
                  >
                    {detaching === device.id ? t.hwUsbDetaching : t.hwUsbDetach}
                  </button>
                </div>
                <p className="hw-item__meta">
                  {device.kind === 'host' ? (
                    format(t.hwUsbHostDevice, { id: `${device.vendorId}:${device.productId}` })
                  ) : (
                    <>
                      {t.hwUsbStick} <code>{device.path}</code>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
        <FormIssue message={detach.issues.map((issue) => issue.message).join('; ') || undefined} />
      </section>
      <HostUsbList uuid={uuid} usb={usb} onSaved={onSaved} />
      <UsbStickForm uuid={uuid} nativePicker={nativePicker} onSaved={onSaved} />
    </div>
  );
}
