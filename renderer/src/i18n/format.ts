/** Fills `{name}` placeholders: format('{vm}: {message}', { vm: 'a', message: 'b' }) → 'a: b'. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
