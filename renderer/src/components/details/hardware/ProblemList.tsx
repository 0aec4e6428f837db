import { format } from '../../../i18n/format';
import { interpolate } from '../../../i18n/interpolate';
import { useMessages } from '../../../i18n/use-messages';
import { sectionTitle } from './section-titles';
import type { SectionId } from './sections';

export interface ListedProblem {
  field: string;
  section: SectionId | undefined;
  text: string;
}

interface ProblemListProps {
  problems: readonly ListedProblem[];
  onGoTo(section: SectionId): void;
}

/** Problems by section; each section name is a button that shows that section. */
export function ProblemList({ problems, onGoTo }: ProblemListProps) {
  const t = useMessages();
  return (
    <ul className="hw-problems">
      {problems.map(({ field, section, text }) => (
        <li key={field}>
          {section === undefined
            ? text
            : interpolate(t.hwProblemIn, {
                section: (
                  <button
                    type="button"
                    className="hw-link"
                    aria-label={format(t.hwGoTo, { section: sectionTitle(t, section) })}
                    onClick={() => onGoTo(section)}
                  >
                    {sectionTitle(t, section)}
                  </button>
                ),
                message: text,
              })}
        </li>
      ))}
    </ul>
  );
}
