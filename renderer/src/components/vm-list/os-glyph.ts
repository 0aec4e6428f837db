import type { VmOs } from '../../../../shared/os-info';

export type OsGlyph = 'linux' | 'windows' | 'bsd' | 'other';

/** Which generic glyph stands for a VM's OS, from its osinfo family, else its id. */
export function osGlyph(os: VmOs | null | undefined): OsGlyph {
  if (!os) return 'other';
  const family = os.family?.toLowerCase() ?? '';
  const id = os.id.toLowerCase();
  if (family === 'linux' || /linux|debian|ubuntu|fedora|redhat|centos|suse|archlinux|alpine/.test(id))
    return 'linux';
  if (family.startsWith('win') || /microsoft\.com\/win|windows/.test(id)) return 'windows';
  if (family.endsWith('bsd') || /bsd/.test(id)) return 'bsd';
  return 'other';
}
