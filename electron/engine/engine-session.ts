import { isRequestName, requests, type EventName, type EventPayload } from '../../shared/contract';
import { VireoError } from '../../shared/errors';

export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** What every engine session needs from the engine. */
export interface SessionHost {
  handle(name: string, params: unknown, session: EngineSession): Promise<unknown>;
  detachSession(session: EngineSession): void;
}

/**
 * One client of the engine (a control-socket connection, a window, a browser tab): it receives
 * broadcast events, plus the serial output of the VMs it subscribed to.
 */
export class EngineSession {
  private closed = false;

  constructor(
    private readonly host: SessionHost,
    readonly send: EventSink,
  ) {}

  /** Validates the request against the contract, then runs it. */
  async invoke(name: unknown, params: unknown): Promise<unknown> {
    if (!isRequestName(name))
      throw new VireoError('INVALID_INPUT', `unknown request ${JSON.stringify(name)}`);
    const parsed = requests[name].params.parse(params ?? {});
    return this.host.handle(name, parsed, this);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.host.detachSession(this);
  }
}
