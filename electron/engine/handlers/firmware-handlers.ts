import { VireoError } from '../../../shared/errors';
import { isActive } from '../../../shared/vm-state';
import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import { ensureNvram, uefiFirmwareFor } from '../vm/uefi-nvram';
import { requireConfig } from '../vm/vm-lifecycle';

type FirmwareHandlers = Pick<Handlers, 'vm.resetNvram'>;

export function firmwareHandlers(engine: Engine): FirmwareHandlers {
  return {
    'vm.resetNvram': async ({ vm }) => {
      const instance = engine.find(vm);
      return instance.operate('edit', async () => {
        const config = requireConfig(instance);
        if (isActive(instance.state))
          throw new VireoError('INVALID_STATE', `shut "${instance.name}" down to reset its UEFI variables`);
        const firmware = await uefiFirmwareFor(config);
        if (!firmware)
          throw new VireoError(
            'INVALID_STATE',
            `"${instance.name}" boots with BIOS: it has no UEFI variables`,
          );
        const qemuImg = (await engine.capabilities()).qemuImg?.path;
        if (!qemuImg) throw new VireoError('QEMU_MISSING', 'qemu-img is needed to reset the UEFI variables');
        await ensureNvram(instance.files, firmware, qemuImg, true);
        instance.record('info', 'UEFI variables reset to the firmware’s defaults');
        return instance.status();
      });
    },
  };
}
