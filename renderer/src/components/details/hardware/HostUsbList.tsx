import { useId, useState } from 'react';
import type { HostUsbDeviceInfo, UsbDevice } from '../../../../../shared/usb';
import type { VmConfig } from '../../../../../shared/vm-config';
import type { VmStatus } from '../../../../../shared/vm-state';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { useRequest } from '../use-request';
import { FormIssue } from './FormIssue';
import { hostDeviceName, isAttached } from './usb-devices';
import { useLiveRequest } from './use-live-request';

interface HostUsbListProps {
  uuid: string;
  usb: readonly UsbDevice[];
  onSaved(saved: { status: VmStatus; config: VmConfig }): void;
}

/** The USB devices plugged into the engine's host, each with Attach (or why it cannot be). */
export function HostUsbList({ uuid, usb, onSaved }: HostUsbListProps) {
  const t = useMessages();
  const headingId = useId();
  const client = useAppStore((state) => state.client);
  const devices = useRequest(() => client.invoke('host.usbDevices', {}), uuid);
  const attach = useLiveRequest();
  const [attaching, setAttaching] = useState<string | null>(null);
  // The device last tried: a refusal is shown under it.
  const [tried, setTried] = useState<string | null>(null);

  const attachDevice = async (device: HostUsbDeviceInfo) => {
    setAttaching(device.id);
    setTried(device.id);
    await attach.run(
      () =>
        client.invoke('usb.attach', {
          vm: uuid,
          device: { kind: 'host', bus: device.bus, address: device.address },
        }),
      onSaved,
    );
    setAttaching(null);
  };

  const list = devices.data ?? [];
  const refusal = attach.issues.map((issue) => issue.message).join('; ') || undefined;
  return (
    <section className="hw-block" aria-labelledby={headingId} aria-busy={devices.loading}>
      <div className="hw-block__head">
        <h4 id={headingId} className="hw-subheading">
          {t.hwUsbHost}
        </h4>
        <button type="button" className="button" disabled={devices.loading} onClick={devices.reload}>
          {t.hwUsbRefresh}
        </button>
      </div>
      {devices.error !== undefined && <p className="hw-field__error">{devices.error}</p>}
      {devices.data === undefined && devices.loading && <p className="hw-muted">{t.hwUsbLooking}</p>}
      {devices.data !== undefined && list.length === 0 && <p className="hw-muted">{t.hwUsbHostNone}</p>}
      {list.length > 0 && (
        <ul className="hw-items" aria-labelledby={headingId}>
          {list.map((device) => {
            const name = hostDeviceName(device) ?? t.hwUsbUnknown;
            const attached = isAttached(device, usb);
            const hintId = `${headingId}-${device.id}`;
            return (
              <li key={device.id} className="hw-item">
                <div className="hw-item__head">
                  <div className="hw-item__name">
                    <span className="hw-item__title">{name}</span>
                    {attached && <span className="hw-tag">{t.hwUsbIsAttached}</span>}
                  </div>
                  <button
                    type="button"
                    className="button"
                    disabled={attach.busy || attached || !device.accessible}
                    aria-label={format(t.hwUsbAttachNamed, { device: name })}
                    aria-describedby={device.accessible ? undefined : hintId}
                    onClick={() => void attachDevice(device)}
                  >
                    {attaching === device.id ? t.hwUsbAttaching : t.hwUsbAttach}
                  </button>
                </div>
                <p className="hw-item__meta">
                  {format(t.hwUsbHostWhere, {
                    id: `${device.vendorId}:${device.productId}`,
                    bus: device.bus,
                    address: device.address,
                  })}
                </p>
                {!device.accessible && (
                  <p id={hintId} className="hw-field__hint">
                    {device.hint ?? t.hwUsbNotAccessible}
                  </p>
                )}
                {tried === device.id && <FormIssue message={refusal} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
