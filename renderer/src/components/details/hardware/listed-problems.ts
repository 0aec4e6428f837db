import type { ListedProblem } from './ProblemList';
import type { FieldProblems, Problem } from './problems';
import { sectionIds, sectionOfField } from './sections';

/**
 * Problems as listed under the preview or Apply, in section order (general ones last), each named
 * by its control when the section holds several: "Guest port, rule 3: Enter a port…".
 */
export function listProblems(
  problems: FieldProblems,
  text: (problem: Problem) => string,
  label: (field: string) => string | undefined,
  named: (field: string, message: string) => string,
): ListedProblem[] {
  const order = (section: ListedProblem['section']) =>
    section === undefined ? sectionIds.length : sectionIds.indexOf(section);
  return Object.entries(problems)
    .map(([field, problem]) => {
      const where = label(field);
      const message = text(problem);
      return { field, section: sectionOfField(field), text: where ? named(where, message) : message };
    })
    .sort((a, b) => order(a.section) - order(b.section));
}

/** Problem sentences by field key, for the controls. */
export function problemTexts(
  problems: FieldProblems,
  text: (problem: Problem) => string,
): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, text(problem)]));
}
