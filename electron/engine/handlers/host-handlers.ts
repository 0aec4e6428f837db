import { VireoError } from '../../../shared/errors';
import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import { bridgeProblem, hostBridges } from '../host/bridge-check';
import { hostInfo } from '../host/host-info';
import { checkPath } from '../host/path-check';
import { readIsoVolumeId } from '../osinfo/iso-volume-id';

type HostHandlers = Pick<
  Handlers,
  | 'engine.info'
  | 'engine.capabilities'
  | 'engine.hostInfo'
  | 'host.pickFile'
  | 'host.checkPath'
  | 'host.bridges'
  | 'osinfo.detect'
  | 'osinfo.search'
  | 'preferences.get'
  | 'preferences.set'
>;

/** The engine and the host it runs on: capabilities, files, OS catalogue, preferences. */
export function hostHandlers(engine: Engine): HostHandlers {
  return {
    'engine.info': async () => engine.info,
    'engine.capabilities': async () => engine.capabilities(true),
    'engine.hostInfo': async () =>
      hostInfo(engine.paths.dataDir, (await engine.preferences.load()).diskFolder),
    'host.pickFile': async () => {
      throw new VireoError('UNSUPPORTED', 'this client has no file picker: type the path instead');
    },
    'host.checkPath': async ({ path, purpose }) =>
      checkPath(path, purpose, (await engine.capabilities()).qemuImg?.path),
    'host.bridges': async () =>
      Promise.all((await hostBridges()).map(async (name) => ({ name, problem: await bridgeProblem(name) }))),
    'osinfo.detect': async ({ isoPath }) => {
      const volumeId = await readIsoVolumeId(isoPath).catch(() => null);
      return { volumeId, os: volumeId === null ? null : await engine.osCatalog.detect(volumeId) };
    },
    'osinfo.search': async ({ query, limit }) => engine.osCatalog.search(query, limit),
    'preferences.get': async () => engine.preferences.load(),
    'preferences.set': async ({ changes }) => {
      const next = await engine.preferences.update(changes);
      engine.broadcast('preferences.changed', next);
      engine.metrics.configure(next.metricsIntervalSec * 1000, next.metricsHistoryMinutes);
      if (changes.qemuSystemPath !== undefined || changes.qemuImgPath !== undefined)
        void engine.capabilities(true);
      return next;
    },
  };
}
