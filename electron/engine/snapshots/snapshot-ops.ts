import { VireoError } from '../../../shared/errors';
import type { Snapshot, SnapshotList } from '../../../shared/snapshots';
import type { VmConfig } from '../../../shared/vm-config';
import type { JobHandle } from '../jobs/job-manager';
import { imageSnapshots, snapshotImage, type ImageSnapshot } from '../qemu/qemu-img';
import type { QemuSession } from '../vm/qemu-session';
import type { GuestAgent } from '../agent/guest-agent';
import { liveDiskSnapshot } from './live-disk-snapshot';
import { waitForQmpJob } from './qmp-job';
import { snapshotImages, snapshotProblem } from './snapshot-rules';
import { SnapshotStore, withoutSnapshot, type SnapshotMeta } from './snapshot-store';

export interface SnapshotTarget {
  config: VmConfig;
  dataDir: string;
  /** The running QEMU, when there is one (running or paused). */
  session: QemuSession | undefined;
  /** Its guest agent, which can freeze the guest's file systems for a disk-only snapshot. */
  agent?: GuestAgent;
  qemuImg: string;
}

async function disksSnapshots(target: SnapshotTarget): Promise<Map<string, ImageSnapshot[]>> {
  const result = new Map<string, ImageSnapshot[]>();
  for (const disk of images(target).filter((d) => d.format === 'qcow2'))
    result.set(disk.id, await imageSnapshots(target.qemuImg, disk.path));
  return result;
}

/** The VM's snapshots: Vireo's metadata joined with what each qcow2 disk really holds. */
export async function listSnapshots(target: SnapshotTarget): Promise<SnapshotList> {
  const meta = await new SnapshotStore(target.dataDir).load();
  const onDisks = await disksSnapshots(target);
  const first = [...onDisks.values()][0] ?? [];
  const names = new Set([...meta.snapshots.map((s) => s.name), ...first.map((s) => s.name)]);
  const snapshots: Snapshot[] = [...names].map((name) => {
    const known = meta.snapshots.find((s) => s.name === name);
    const image = first.find((s) => s.name === name);
    const missing = [...onDisks].filter(([, list]) => !list.some((s) => s.name === name)).map(([id]) => id);
    return {
      name,
      description: known?.description ?? '',
      createdAt: known?.createdAt ?? new Date((image?.dateSec ?? 0) * 1000).toISOString(),
      parent: known?.parent ?? null,
      withMemory: known?.withMemory ?? (image?.vmStateBytes ?? 0) > 0,
      vmStateBytes: image?.vmStateBytes ?? null,
      problem: missing.length > 0 ? `missing from ${missing.map((id) => `“${id}”`).join(', ')}` : null,
    };
  });
  snapshots.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    snapshots,
    current: meta.current,
    problem: snapshotProblem(target.config, target.session !== undefined),
  };
}

function requireUsable(target: SnapshotTarget): void {
  const problem = snapshotProblem(target.config, target.session !== undefined);
  if (problem) throw new VireoError('UNSUPPORTED', problem);
}

/** QEMU ids must start with a letter; a client's job id may not. */
const qmpJobId = (job: JobHandle) => `vireo-${job.id}`;

/** Saves or loads a running VM's memory and disks as one QMP job, the memory in the first disk. */
async function memorySnapshotJob(
  session: QemuSession,
  command: 'snapshot-save' | 'snapshot-load',
  tag: string,
  devices: string[],
  job: JobHandle,
): Promise<void> {
  const id = qmpJobId(job);
  await session.qmp.execute(command, { 'job-id': id, tag, vmstate: devices[0] as string, devices });
  await waitForQmpJob(session.qmp, id, (f) => job.progress(f));
}

const images = (target: SnapshotTarget) => snapshotImages(target.config, target.dataDir);
const deviceIds = (target: SnapshotTarget) => images(target).map((disk) => disk.id);

/**
 * Takes a snapshot: of a running VM with its memory (QMP job) or of its disks only (a QMP
 * transaction, file systems frozen by the guest agent when there is one); of the disks of a
 * stopped one (qemu-img). Says how it went, for the VM's timeline.
 */
export async function createSnapshot(
  target: SnapshotTarget,
  name: string,
  description: string,
  job: JobHandle,
  memory = true,
): Promise<string> {
  const problem = snapshotProblem(target.config, target.session !== undefined && memory);
  if (problem) throw new VireoError('UNSUPPORTED', problem);
  const store = new SnapshotStore(target.dataDir);
  const meta = await store.load();
  const existing = await listSnapshots(target);
  if (existing.snapshots.some((s) => s.name === name))
    throw new VireoError('CONFLICT', `a snapshot named “${name}” already exists`);
  const devices = deviceIds(target);
  const { session } = target;
  let how = session ? 'with memory' : 'of the disks';
  if (session && memory) {
    await memorySnapshotJob(session, 'snapshot-save', name, devices, job);
  } else if (session) {
    const frozen = await liveDiskSnapshot(session.qmp, devices, name, target.agent);
    how = frozen
      ? 'of the disks, file systems frozen by the guest agent'
      : 'of the disks, crash-consistent (no guest agent)';
  } else {
    const done: string[] = [];
    try {
      for (const disk of images(target)) {
        await snapshotImage(target.qemuImg, 'create', name, disk.path);
        done.push(disk.path);
        job.progress(done.length / devices.length);
      }
    } catch (error) {
      // All disks or none: take it back from the ones that got it.
      for (const path of done)
        await snapshotImage(target.qemuImg, 'delete', name, path).catch(() => undefined);
      throw error;
    }
  }
  const entry = {
    name,
    description,
    createdAt: new Date().toISOString(),
    parent: meta.current,
    withMemory: session !== undefined && memory,
  };
  await store.save({
    ...meta,
    current: name,
    snapshots: [...meta.snapshots.filter((s) => s.name !== name), entry],
  });
  return how;
}

/**
 * Goes back to a snapshot. A running VM needs one with memory (it resumes exactly there); a
 * stopped VM gets the disks back, and a snapshot with memory resumes at the next start.
 */
export async function revertSnapshot(target: SnapshotTarget, name: string, job: JobHandle): Promise<void> {
  requireUsable(target);
  const list = await listSnapshots(target);
  const snapshot = list.snapshots.find((s) => s.name === name);
  if (!snapshot) throw new VireoError('NOT_FOUND', `no snapshot named “${name}”`);
  if (snapshot.problem) throw new VireoError('INVALID_STATE', `snapshot “${name}” is ${snapshot.problem}`);
  const store = new SnapshotStore(target.dataDir);
  const meta = await store.load();
  const devices = deviceIds(target);
  const { session } = target;
  let resumeFrom: string | null = null;
  if (session) {
    if (!snapshot.withMemory)
      throw new VireoError(
        'INVALID_STATE',
        `“${name}” holds disks only, no memory: shut the VM down to revert to it`,
      );
    await memorySnapshotJob(session, 'snapshot-load', name, devices, job);
  } else {
    for (const [index, disk] of images(target).entries()) {
      await snapshotImage(target.qemuImg, 'apply', name, disk.path);
      job.progress((index + 1) / devices.length);
    }
    resumeFrom = snapshot.withMemory ? name : null;
  }
  await store.save({ ...meta, current: name, resumeFrom });
}

export async function deleteSnapshot(target: SnapshotTarget, name: string, job: JobHandle): Promise<void> {
  const list = await listSnapshots(target);
  if (!list.snapshots.some((s) => s.name === name))
    throw new VireoError('NOT_FOUND', `no snapshot named “${name}”`);
  const store = new SnapshotStore(target.dataDir);
  const meta: SnapshotMeta = await store.load();
  const { session } = target;
  const disks = images(target).filter((d) => d.format === 'qcow2');
  if (session) {
    await session.qmp.execute('snapshot-delete', {
      'job-id': qmpJobId(job),
      tag: name,
      devices: disks.map((d) => d.id),
    });
    await waitForQmpJob(session.qmp, qmpJobId(job), (f) => job.progress(f));
  } else {
    for (const [index, disk] of disks.entries()) {
      const has = (await imageSnapshots(target.qemuImg, disk.path)).some((s) => s.name === name);
      if (has) await snapshotImage(target.qemuImg, 'delete', name, disk.path);
      job.progress((index + 1) / disks.length);
    }
  }
  await store.save(withoutSnapshot(meta, name));
}

/** The memory snapshot the next start resumes from (after a revert while stopped), if any. */
export async function resumeFromSnapshot(dataDir: string): Promise<string | null> {
  return (await new SnapshotStore(dataDir).load()).resumeFrom;
}

/** Called once a start with -loadvm succeeded. */
export async function clearResumeFrom(dataDir: string): Promise<void> {
  const store = new SnapshotStore(dataDir);
  const meta = await store.load();
  if (meta.resumeFrom) await store.save({ ...meta, resumeFrom: null });
}
