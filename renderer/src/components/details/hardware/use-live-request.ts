import { useCallback, useState } from 'react';
import { errorMessage } from '../../../store/error-message';
import { engineIssues } from './issue-fields';

/** A request's problem: the field it names (the last part of its path; '' for none) and the words. */
export interface RequestIssue {
  field: string;
  message: string;
}

/** The engine's problems with a request, each by the field it names; any other failure as one line. */
export function requestIssues(error: unknown): RequestIssue[] {
  const found = engineIssues(error);
  if (!found) return [{ field: '', message: errorMessage(error) }];
  return found.map((issue) => ({ field: String(issue.path.at(-1) ?? ''), message: issue.message }));
}

/** The messages of the issues about `fields`, joined; undefined when there are none. */
export function issueText(issues: readonly RequestIssue[], fields: readonly string[]): string | undefined {
  const messages = issues.filter((issue) => fields.includes(issue.field)).map((issue) => issue.message);
  return messages.length > 0 ? [...new Set(messages)].join('; ') : undefined;
}

/** The messages of the issues about none of `fields` (the form's general problem). */
export function otherIssueText(
  issues: readonly RequestIssue[],
  fields: readonly string[],
): string | undefined {
  const rest = issues.filter((issue) => !fields.includes(issue.field)).map((issue) => issue.field);
  return issueText(issues, rest);
}

/**
 * Runs a request that changes the VM at once (a vCPU added, a USB device attached, a folder
 * shared). Its failure stays next to the control that asked, not in the app's error area.
 */
export function useLiveRequest() {
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<readonly RequestIssue[]>([]);

  const run = useCallback(async <T>(request: () => Promise<T>, done: (result: T) => void) => {
    setBusy(true);
    setIssues([]);
    try {
      done(await request());
      return true;
    } catch (error) {
      setIssues(requestIssues(error));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const clear = useCallback(() => setIssues([]), []);
  return { busy, issues, run, clear };
}
