import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import { requireSession } from '../vm/vm-lifecycle';

type AgentHandlers = Pick<Handlers, 'agent.info'>;

/** The guest agent, as a source of facts about the guest. */
export function agentHandlers(engine: Engine): AgentHandlers {
  return {
    'agent.info': async ({ vm }) => {
      const instance = engine.find(vm);
      requireSession(instance);
      const agent = instance.guestAgent;
      if (!agent) return { state: 'none', os: null, hostname: null, interfaces: [], updatedAt: null };
      return agent.refresh();
    },
  };
}
