import type { PathCheck } from '../../../../shared/host';

/** Where the engine's check of one typed path stands. */
export type PathCheckState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'checked'; check: PathCheck }
  /** The check itself failed (engine unreachable, unsupported): says nothing about the file. */
  | { status: 'failed'; message: string };

export const idleCheck: PathCheckState = { status: 'idle' };
export const checkingCheck: PathCheckState = { status: 'checking' };
