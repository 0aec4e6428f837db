import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';

type MetricsHandlers = Pick<Handlers, 'metrics.subscribe' | 'metrics.unsubscribe' | 'metrics.history'>;

/** Live metrics to subscribers, and their history. */
export function metricsHandlers(engine: Engine): MetricsHandlers {
  return {
    'metrics.subscribe': async (_params, session) => {
      engine.metrics.subscribe(session, (tick) => session.send('metrics.tick', tick));
      return { intervalMs: engine.metrics.sampler.interval };
    },
    'metrics.unsubscribe': async (_params, session) => {
      engine.metrics.unsubscribe(session);
      return {};
    },
    'metrics.history': async ({ vm, range }) =>
      engine.metrics.history(vm === undefined ? null : engine.find(vm).uuid, range),
  };
}
