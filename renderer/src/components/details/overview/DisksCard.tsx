import { formatSize } from '../../../../../shared/size';
import type { DiskInfo } from '../../../../../shared/vm-details';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import type { Messages } from '../../../i18n/en';
import { useAppStore } from '../../../store/store-context';
import { LoadProblem } from '../LoadProblem';
import { useRequest } from '../use-request';
import { Card } from './Card';

/** "20 GiB (1.2 GiB used)", or what is known of it. */
export function diskSize(disk: DiskInfo, t: Messages): string {
  if (disk.virtualSizeBytes === null) return t.mwDiskSizeUnknown;
  const virtual = formatSize(disk.virtualSizeBytes);
  if (disk.actualSizeBytes === null) return virtual;
  return format(t.mwDiskSize, { virtual, used: formatSize(disk.actualSizeBytes) });
}

/** The VM's disks with their sizes, from vm.disks (reloaded when the VM's state changes). */
export function DisksCard({ uuid, refreshKey }: { uuid: string; refreshKey: string }) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const disks = useRequest(() => client.invoke('vm.disks', { vm: uuid }), `${uuid}:${refreshKey}`);
  return (
    <Card title={t.mwDisks}>
      {disks.error ? (
        <LoadProblem message={disks.error} onRetry={disks.reload} />
      ) : !disks.data ? (
        <p className="overview-card__muted">{t.mwLoading}</p>
      ) : disks.data.length === 0 ? (
        <p className="overview-card__muted">{t.mwNoDisks}</p>
      ) : (
        <ul className="disk-list">
          {disks.data.map((disk) => (
            <li key={disk.id} className="disk-list__item">
              <div className="disk-list__head">
                <strong>{disk.id}</strong>
                <span className="mw-tag">{disk.bus}</span>
                <span className="mw-tag">{disk.format}</span>
                {disk.readOnly && <span className="mw-tag">{t.mwReadOnly}</span>}
                <span className="disk-list__size">{diskSize(disk, t)}</span>
              </div>
              <code className="disk-list__path">{disk.path}</code>
              {disk.backingChain.length > 0 && (
                <p className="disk-list__based">
                  {t.mwDiskBasedOn} <code>{disk.backingChain.join(' ← ')}</code>
                </p>
              )}
              {disk.problem && <p className="disk-list__problem">{disk.problem}</p>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
