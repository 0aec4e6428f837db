import type { Columns } from '../../../metrics/columns';

const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The columns as CSV: an ISO time, then one column per series (empty where there is no value). */
export function toCsv(columns: Columns, headers: ReadonlyArray<{ key: string; label: string }>): string {
  const lines = [['time', ...headers.map((h) => h.label)].map(cell).join(',')];
  columns.t.forEach((t, index) => {
    const values = headers.map(({ key }) => {
      const value = columns.series[key]?.[index];
      return value === null || value === undefined ? '' : String(Math.round(value * 1000) / 1000);
    });
    lines.push([new Date(t).toISOString(), ...values].join(','));
  });
  return `${lines.join('\n')}\n`;
}
