import type { CloudInitParams } from '../../../../shared/vm-requests';
import type { WizardDraft } from './wizard-draft';

const HOSTNAME_MAX = 63;

/**
 * A host name made from the VM's name: lowercase ASCII letters and digits, anything else a single
 * hyphen, none first or last, at most 63 characters ("Web Server 2" → "web-server-2"); "vm" when
 * nothing is left (a name in another script).
 */
export function suggestHostname(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = ascii.slice(0, HOSTNAME_MAX).replace(/-+$/, '');
  return cut === '' ? 'vm' : cut;
}

/** The host name the VM will get: typed, or made from the VM's name. */
export function hostnameOf(draft: Pick<WizardDraft, 'hostname' | 'hostnameEdited'>, name: string): string {
  return draft.hostnameEdited ? draft.hostname : suggestHostname(name);
}

/** A URL (anything starting with a scheme, "https:") is downloaded; anything else is a local path. */
export function cloudImageKind(text: string): 'url' | 'path' {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(text.trim()) ? 'url' : 'path';
}

export interface Line {
  /** 1-based, counting blank lines, as the user sees them. */
  number: number;
  text: string;
}

/** The non-blank lines of the SSH keys box, trimmed: one key each. */
export function keyLines(text: string): Line[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ number: index + 1, text: line.trim() }))
    .filter((line) => line.text !== '');
}

/** Package names as typed: separated by spaces (commas are forgiven). */
export function packageNames(text: string): string[] {
  return text.split(/[\s,]+/).filter((name) => name !== '');
}

/** The `cloudInit` of a `vm.create` request for a validated draft. */
export function cloudInitParams(draft: WizardDraft, name: string): CloudInitParams {
  const location = draft.cloudImage.trim();
  const sha256 = draft.cloudSha256.trim();
  const image: CloudInitParams['image'] =
    cloudImageKind(location) === 'url' ? { url: location } : { path: location };
  if (sha256 !== '') image.sha256 = sha256.toLowerCase();
  const params: CloudInitParams = {
    image,
    hostname: hostnameOf(draft, name).trim(),
    packages: packageNames(draft.cloudPackages),
  };
  const user = draft.cloudUser.trim();
  if (user !== '') {
    params.user = { name: user, sshAuthorizedKeys: keyLines(draft.cloudKeys).map((line) => line.text) };
    if (draft.cloudPassword !== '') params.user.password = draft.cloudPassword;
  }
  return params;
}
