import { useId, useMemo } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { EmptyState } from '../empty/EmptyState';
import { VmRow } from './VmRow';
import './vm-table.css';
import './state-badge.css';

/** The machines, by name, virt-manager style: one row each, actions at the end. */
export function VmTable() {
  const t = useMessages();
  const headingId = useId();
  const vms = useAppStore((state) => state.vms);
  const loaded = useAppStore((state) => state.vmsLoaded);
  const sorted = useMemo(() => [...vms].sort((a, b) => a.name.localeCompare(b.name)), [vms]);

  return (
    <section className="machines" aria-labelledby={headingId}>
      <h2 id={headingId} className="machines__heading">
        {t.machinesHeading}
        {loaded && vms.length > 0 && (
          <span className="machines__count" aria-hidden="true">
            {vms.length}
          </span>
        )}
      </h2>
      {!loaded ? (
        <p className="machines__loading">{t.loading}</p>
      ) : sorted.length === 0 ? (
        <EmptyState />
      ) : (
        <div className="vm-table__frame">
          <table className="vm-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t.columnName}</th>
                <th scope="col">{t.columnState}</th>
                <th scope="col" className="vm-table__number">
                  {t.columnVcpus}
                </th>
                <th scope="col" className="vm-table__number">
                  {t.columnMemory}
                </th>
                <th scope="col" className="vm-table__actions">
                  {t.columnActions}
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((vm) => (
                <VmRow key={vm.uuid} vm={vm} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
