import { fieldError } from '../../../shared/errors';
import type { NetworkConfig, VmConfig } from '../../../shared/vm-config';
import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import { describeForward, findForward } from '../vm/port-forwards';
import type { VmInstance } from '../vm/vm-instance';
import { updateVm } from './update-vm';

type ForwardHandlers = Pick<Handlers, 'forward.add' | 'forward.remove'>;

function userNetwork(vm: VmInstance): Extract<NetworkConfig, { mode: 'user' }> {
  const network = (vm.config as VmConfig | undefined)?.network;
  if (network?.mode !== 'user')
    throw fieldError(
      'INVALID_INPUT',
      ['vm'],
      `"${vm.name}" has no user-mode network card to forward ports to`,
    );
  return network;
}

/** Port forwards of a user-mode NIC, one at a time (the CLI's `vireo forward`). */
export function forwardHandlers(engine: Engine): ForwardHandlers {
  return {
    'forward.add': async ({ vm, forward }) => {
      const instance = engine.find(vm);
      const network = userNetwork(instance);
      const forwards = [...network.forwards, forward];
      return updateVm(
        engine,
        instance,
        { network: { ...network, forwards } },
        `port forward added: ${describeForward(forward)}`,
      );
    },
    'forward.remove': async ({ vm, protocol, hostPort }) => {
      const instance = engine.find(vm);
      const network = userNetwork(instance);
      const forward = findForward(network.forwards, protocol, hostPort);
      if (!forward)
        throw fieldError(
          'INVALID_INPUT',
          ['hostPort'],
          `"${instance.name}" forwards nothing from ${protocol} port ${hostPort}`,
        );
      const forwards = network.forwards.filter((f) => f !== forward);
      return updateVm(
        engine,
        instance,
        { network: { ...network, forwards } },
        `port forward removed: ${describeForward(forward)}`,
      );
    },
  };
}
