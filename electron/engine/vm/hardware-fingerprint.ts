import { createHash } from 'node:crypto';
import type { VmConfig } from '../../../shared/vm-config';

/**
 * What a running QEMU was started with, as far as a restart would change it: every config field
 * except those applied live (name, description, OS, the CD-ROM's media).
 */
export function hardwareFingerprint(config: VmConfig): string {
  const {
    name: _name,
    description: _description,
    os: _os,
    createdAt: _createdAt,
    cdrom,
    ...hardware
  } = config;
  const drive = cdrom ? { ...cdrom, path: null } : null;
  return createHash('sha256')
    .update(JSON.stringify({ ...hardware, cdrom: drive }))
    .digest('hex');
}
