/** A job id for a request this window starts (letters and digits, as the contract wants). */
export function randomJobId(): string {
  return `ui${crypto.randomUUID().replace(/-/g, '')}`;
}
