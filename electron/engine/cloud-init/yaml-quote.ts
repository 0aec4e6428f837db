/**
 * A string as a YAML double-quoted scalar that no content can break out of. Like JSON.stringify,
 * but everything outside printable ASCII is escaped too: YAML 1.1 (PyYAML, which cloud-init
 * uses) treats U+0085, U+2028 and U+2029 as line breaks and rejects DEL and C1 controls, all of
 * which JSON leaves raw.
 */
export function yamlQuote(value: string): string {
  let quoted = '"';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') quoted += `\\${char}`;
    else if (code >= 0x20 && code <= 0x7e) quoted += char;
    else if (code <= 0xffff) quoted += `\\u${code.toString(16).padStart(4, '0')}`;
    else quoted += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return `${quoted}"`;
}
