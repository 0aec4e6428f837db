import { spawnSync } from 'node:child_process';

/** PyYAML is the parser cloud-init itself uses; undefined when this host has no python3 with it. */
const pythonHasYaml = spawnSync('python3', ['-c', 'import yaml'], { stdio: 'ignore' }).status === 0;

export const yamlParser = pythonHasYaml
  ? (text: string): unknown => {
      const script = 'import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin.read())))';
      const result = spawnSync('python3', ['-c', script], { input: text, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`PyYAML rejected it: ${result.stderr}`);
      return JSON.parse(result.stdout);
    }
  : undefined;

/**
 * Without a YAML parser, the shape seedFiles writes: "key:" openers, and "key: value" or
 * "- value" lines whose value is a JSON string (a YAML double-quoted scalar) or a boolean.
 */
export function looksLikeSeedYaml(text: string): boolean {
  return text
    .split('\n')
    .filter((line) => line !== '' && line !== '#cloud-config')
    .every((line) => {
      const match = /^ *(?:- )?(?:[a-z_-]+:)? ?(.*)$/.exec(line);
      const value = match?.[1] ?? '';
      if (value === '' || value === 'true' || value === 'false') return true;
      try {
        return typeof JSON.parse(value) === 'string';
      } catch {
        return false;
      }
    });
}
