/** The one line a user sees for a failure: a VireoError's message, never a stack trace. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  return String(error);
}
