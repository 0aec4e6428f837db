import { z } from 'zod';
import { VireoError } from '../../../../shared/errors';
import { errorMessage } from '../../store/error-message';

export interface EngineIssue {
  path: string[];
  message: string;
}

const issuesSchema = z.array(z.object({ path: z.array(z.string()), message: z.string() }));

/** The field-level issues of an INVALID_INPUT error (the engine's zod issues), else none. */
export function issuesOf(error: unknown): EngineIssue[] {
  if (!(error instanceof VireoError) || error.code !== 'INVALID_INPUT') return [];
  const parsed = issuesSchema.safeParse(error.details?.['issues']);
  return parsed.success ? parsed.data : [];
}

export interface MappedError<F extends string> {
  /** One message per field (the first issue of each). */
  fields: Partial<Record<F, string>>;
  /** What no field could take: shown for the whole form, or null. */
  general: string | null;
}

/**
 * Puts an engine error's issues on the form's fields: `fieldOf` names the field of an issue path
 * (or undefined), `messageOf` may reword a placed issue's message. Issues without a field, and
 * errors without issues, become the general message.
 */
export function mapEngineError<F extends string>(
  error: unknown,
  fieldOf: (path: readonly string[]) => F | undefined,
  messageOf: (issue: EngineIssue) => string = (issue) => issue.message,
): MappedError<F> {
  const fields: Partial<Record<F, string>> = {};
  const unplaced: string[] = [];
  for (const issue of issuesOf(error)) {
    const field = fieldOf(issue.path);
    if (field === undefined)
      unplaced.push(issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message);
    else fields[field] ??= messageOf(issue);
  }
  const placed = Object.keys(fields).length > 0;
  if (!placed && unplaced.length === 0) return { fields, general: errorMessage(error) };
  return { fields, general: unplaced.length > 0 ? unplaced.join('; ') : null };
}
