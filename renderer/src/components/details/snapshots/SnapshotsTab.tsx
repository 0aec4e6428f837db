import { useEffect, useState } from 'react';
import type { Job } from '../../../../../shared/jobs';
import type { Snapshot } from '../../../../../shared/snapshots';
import type { VmStatus } from '../../../../../shared/vm-state';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { useRequest } from '../use-request';
import { SnapshotConfirm } from './SnapshotConfirm';
import { snapshotTree, type SnapshotNode } from './snapshot-tree';
import { TakeSnapshotForm } from './TakeSnapshotForm';
import './snapshots.css';

type Pending = { action: 'revert' | 'delete'; snapshot: Snapshot };

/** The Snapshots tab: take one, see the tree with the current one marked, revert or delete. */
export function SnapshotsTab({ vm }: { vm: VmStatus }) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const reportError = useAppStore((state) => state.reportError);
  const list = useRequest(() => client.invoke('snapshot.list', { vm: vm.uuid }), `${vm.uuid}/${vm.state}`);
  const [job, setJob] = useState<Job | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const running = vm.pid !== null;

  useEffect(
    () =>
      client.on('job.updated', (update) => {
        if (update.vm !== vm.uuid) return;
        setJob(update.state === 'running' ? update : null);
      }),
    [client, vm.uuid],
  );

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      reportError(error, vm.uuid);
    } finally {
      list.reload();
    }
  };

  const confirm = () => {
    if (!pending) return;
    const { action, snapshot } = pending;
    setPending(null);
    void run(() =>
      client.invoke(action === 'revert' ? 'snapshot.revert' : 'snapshot.delete', {
        vm: vm.uuid,
        name: snapshot.name,
      }),
    );
  };

  const data = list.data;
  const busy = job !== null;
  const renderNode = (node: SnapshotNode) => {
    const { snapshot } = node;
    const current = snapshot.name === data?.current;
    return (
      <li key={snapshot.name} className="snapshots__item">
        <div className={`snapshots__row${current ? ' snapshots__row--current' : ''}`}>
          <div className="snapshots__what">
            <span className="snapshots__name">{snapshot.name}</span>
            {current && <span className="snapshots__here">{t.snCurrent}</span>}
            <span className="snapshots__meta">
              {new Date(snapshot.createdAt).toLocaleString()} ·{' '}
              {snapshot.withMemory ? t.snHoldsMemory : t.snHoldsDisks}
            </span>
            {snapshot.description && <span className="snapshots__description">{snapshot.description}</span>}
            {snapshot.problem && <span className="snapshots__problem">{snapshot.problem}</span>}
          </div>
          <button
            type="button"
            className="button"
            disabled={busy || snapshot.problem !== null}
            aria-label={format(t.snRevertTo, { name: snapshot.name })}
            onClick={() => setPending({ action: 'revert', snapshot })}
          >
            {t.snRevert}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            aria-label={format(t.snDeleteNamed, { name: snapshot.name })}
            onClick={() => setPending({ action: 'delete', snapshot })}
          >
            {t.snDelete}
          </button>
        </div>
        {node.children.length > 0 && <ul className="snapshots__children">{node.children.map(renderNode)}</ul>}
      </li>
    );
  };

  return (
    <div className="snapshots">
      {data?.problem ? (
        <p className="snapshots__notice" role="note">
          {data.problem}
        </p>
      ) : (
        <TakeSnapshotForm
          running={running}
          busy={busy}
          agent={vm.guestAgent === 'connected'}
          onTake={(name, description, memory) =>
            void run(() => client.invoke('snapshot.create', { vm: vm.uuid, name, description, memory }))
          }
        />
      )}
      {job && (
        <div className="snapshots__job" role="status">
          <span>{job.title}…</span>
          <progress max={1} value={job.progress ?? undefined} aria-label={job.title} />
        </div>
      )}
      {list.error && <p role="alert">{list.error}</p>}
      {data && data.snapshots.length === 0 && <p className="snapshots__empty">{t.snNone}</p>}
      {data && data.snapshots.length > 0 && (
        <ul className="snapshots__tree" aria-label={t.snListLabel}>
          {snapshotTree(data.snapshots).map(renderNode)}
        </ul>
      )}
      {pending && (
        <SnapshotConfirm
          action={pending.action}
          snapshot={pending.snapshot}
          vmName={vm.name}
          running={running}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  );
}
