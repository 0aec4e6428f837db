import type {
  ContractClient,
  EventName,
  EventPayload,
  RequestName,
  RequestParams,
  RequestResult,
} from '../../../../shared/contract';
import { VireoError } from '../../../../shared/errors';
import { vmStatus } from '../../../../shared/testing/vm-status';
import type { VmStatus } from '../../../../shared/vm-state';

type Handler = (params: unknown) => Promise<unknown>;

/** A ContractClient for tests: answers from handlers you register, emits events you choose. */
export class FakeContractClient implements ContractClient {
  readonly calls: { name: RequestName; params: unknown }[] = [];
  private readonly handlers = new Map<RequestName, Handler>();
  private readonly listeners = new Map<EventName, Set<(payload: never) => void>>();

  constructor() {
    // Every app store subscribes to metrics on connect; tests that care replace this.
    this.handle('metrics.subscribe', () => ({ intervalMs: 1000 }));
  }

  handle<N extends RequestName>(
    name: N,
    handler: (params: RequestParams<N>) => RequestResult<N> | Promise<RequestResult<N>>,
  ): this {
    this.handlers.set(name, async (params) => handler(params as RequestParams<N>));
    return this;
  }

  invoke<N extends RequestName>(name: N, params: RequestParams<N>): Promise<RequestResult<N>> {
    this.calls.push({ name, params });
    const handler = this.handlers.get(name);
    if (!handler) return Promise.reject(new VireoError('INTERNAL', `the fake has no handler for ${name}`));
    return handler(params) as Promise<RequestResult<N>>;
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener as (payload: never) => void);
    return () => set.delete(listener as (payload: never) => void);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners.get(event) ?? [])
      (listener as (p: EventPayload<E>) => void)(payload);
  }

  callsOf(name: RequestName): unknown[] {
    return this.calls.filter((call) => call.name === name).map((call) => call.params);
  }

  close(): void {
    this.listeners.clear();
  }
}

/** A VM status: the shared stopped-VM fixture, with its own uuid and name. */
export function fakeVm(overrides: Partial<VmStatus> & Pick<VmStatus, 'uuid' | 'name'>): VmStatus {
  return vmStatus(overrides);
}

/** A promise you settle by hand, to hold a request in flight. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
} {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
