import { stat } from 'node:fs/promises';
import { fieldError } from '../../../shared/errors';
import type { VmConfig } from '../../../shared/vm-config';
import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import { updateVm } from './update-vm';

type ShareHandlers = Pick<Handlers, 'share.add' | 'share.remove'>;

/** Shared folders; QEMU 7.2 cannot add a 9p export to a running VM, so they count from its next start. */
export function shareHandlers(engine: Engine): ShareHandlers {
  return {
    'share.add': async ({ vm, share }) => {
      const instance = engine.find(vm);
      const isFolder = await stat(share.hostPath).then(
        (s) => s.isDirectory(),
        () => false,
      );
      if (!isFolder)
        throw fieldError('INVALID_INPUT', ['share', 'hostPath'], `${share.hostPath} is not a folder`);
      const shares = [...((instance.config as VmConfig | undefined)?.shares ?? []), share];
      return updateVm(engine, instance, { shares }, `folder shared as "${share.tag}": ${share.hostPath}`);
    },
    'share.remove': async ({ vm, tag }) => {
      const instance = engine.find(vm);
      const shares = (instance.config as VmConfig | undefined)?.shares ?? [];
      if (!shares.some((s) => s.tag === tag))
        throw fieldError('INVALID_INPUT', ['tag'], `"${instance.name}" shares no folder as "${tag}"`);
      return updateVm(
        engine,
        instance,
        { shares: shares.filter((s) => s.tag !== tag) },
        `folder "${tag}" no longer shared`,
      );
    },
  };
}
