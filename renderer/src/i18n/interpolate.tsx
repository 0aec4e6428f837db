import { Fragment, type ReactNode } from 'react';

/**
 * Fills `{name}` placeholders with React nodes, so markup (a <code>, a <strong>) can sit inside a
 * translated sentence wherever each language puts it.
 */
export function interpolate(template: string, values: Readonly<Record<string, ReactNode>>): ReactNode {
  const parts = template.split(/\{(\w+)\}/);
  return parts.map((part, index) =>
    index % 2 === 0 ? (
      part
    ) : (
      <Fragment key={index}>{Object.hasOwn(values, part) ? values[part] : `{${part}}`}</Fragment>
    ),
  );
}
