/** A whole number typed in a field ("  12 " → 12), or undefined for anything else ("1.5", "", "1e3"). */
export function parseWholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,15}$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** A positive decimal typed in a field ("20", "1.5"), or undefined. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,9}(\.\d{1,6})?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** Whole number within [min, max], or undefined. */
export function wholeNumberIn(text: string, min: number, max: number): number | undefined {
  const value = parseWholeNumber(text);
  return value !== undefined && value >= min && value <= max ? value : undefined;
}
