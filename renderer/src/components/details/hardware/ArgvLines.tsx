import { argvLines, changedLines } from './format-argv';

interface ArgvLinesProps {
  argv: readonly string[];
  /** The saved config's argv: lines it lacks are highlighted (<mark>). */
  saved: readonly string[] | null;
}

/** The command, one option per line with shell continuations; wrapped lines hang under their option. */
export function ArgvLines({ argv, saved }: ArgvLinesProps) {
  const lines = argvLines(argv);
  const changed = changedLines(lines, saved === null ? null : argvLines(saved));
  return lines.map((line, index) => {
    const text = index < lines.length - 1 ? `${line} \\` : line;
    return (
      <span key={index} className="hw-preview__line">
        {changed.has(index) ? <mark className="hw-preview__changed">{text}</mark> : text}
      </span>
    );
  });
}
