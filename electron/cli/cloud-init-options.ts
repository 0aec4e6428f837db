import { readFile } from 'node:fs/promises';
import { badInput } from './cli-errors';
import { absolutePath } from './parse-args';

export interface CloudInitCliOptions {
  name: string;
  cloudImage?: string;
  sha256?: string;
  hostname?: string;
  user?: string;
  password?: string;
  sshKey: string[];
  package: string[];
}

/** --cloud-image and its companions, as vm.create's cloudInit. */
export async function cloudInitOptions(options: CloudInitCliOptions) {
  const image = options.cloudImage as string;
  const isUrl = /^https?:\/\//.test(image);
  const keys = await Promise.all(
    options.sshKey.map(async (file) => {
      try {
        return (await readFile(absolutePath(file), 'utf8')).trim();
      } catch (error) {
        throw badInput(`--ssh-key ${file}: ${(error as Error).message}`);
      }
    }),
  );
  if (!options.user && (options.password !== undefined || keys.length > 0))
    throw badInput('--password and --ssh-key need --user');
  return {
    image: {
      ...(isUrl ? { url: image } : { path: absolutePath(image) }),
      ...(options.sha256 ? { sha256: options.sha256 } : {}),
    },
    hostname: options.hostname ?? defaultHostname(options.name),
    ...(options.user
      ? {
          user: {
            name: options.user,
            ...(options.password !== undefined ? { password: options.password } : {}),
            sshAuthorizedKeys: keys,
          },
        }
      : {}),
    packages: options.package,
  };
}

/** "My Ubuntu VM" → "my-ubuntu-vm" (a hostname is letters, digits and hyphens). */
function defaultHostname(name: string): string {
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
  return label || 'vireo-guest';
}
