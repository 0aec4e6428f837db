import { VireoError } from '../../../shared/errors';
import { exportVm } from '../bundle/export-vm';
import { importVm } from '../bundle/import-vm';
import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import { vmFiles } from '../paths';
import { VmInstance } from '../vm/vm-instance';

/** .vireo bundles: export a stopped VM, import one as a new VM. Both are cancellable jobs. */
export function bundleHandlers(engine: Engine): Pick<Handlers, 'vm.export' | 'vm.import'> {
  const qemuImg = async () => {
    const path = (await engine.capabilities()).qemuImg?.path;
    if (!path) throw new VireoError('QEMU_MISSING', 'qemu-img is needed for bundles');
    return path;
  };
  return {
    'vm.export': async ({ vm, path, compress, jobId }) => {
      const instance = engine.find(vm);
      return instance.operate('export', async () => {
        const config = instance.config;
        if (!config) throw new VireoError('INVALID_STATE', `“${instance.name}” has no readable config`);
        const options = { qemuImg: await qemuImg(), scratchDir: engine.paths.dataDir, compress };
        const title = `Exporting “${instance.name}”`;
        const { bytes } = await engine.jobs.run(
          { id: jobId, kind: 'export', vm: instance.uuid, title },
          (job) => exportVm(config, path, options, job),
        );
        instance.record('info', `exported to ${path}`);
        return { path, bytes };
      });
    },
    'vm.import': async ({ path, name, jobId }) => {
      const config = await engine.jobs.run(
        { id: jobId, kind: 'import', vm: null, title: `Importing ${path}` },
        (job) => importVm(path, { name }, { paths: engine.paths, existing: () => engine.configs() }, job),
      );
      const instance = new VmInstance(config.uuid, config, undefined, vmFiles(engine.paths, config.uuid));
      engine.track(instance);
      instance.record('info', `imported from ${path}`);
      engine.broadcast('vm.added', instance.status());
      return instance.status();
    },
  };
}
