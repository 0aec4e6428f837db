import type { Preferences } from '../../../../shared/preferences';
import type { CreateVmParams } from '../../../../shared/vm-requests';
import { cloudInitParams } from './cloud-draft';
import { secureBootOn } from './firmware';
import { diskBytes, wholeNumber } from './step-validation';
import type { WizardDraft } from './wizard-draft';

/**
 * The `vm.create` request for a validated draft: only the chosen source's paths go in; Secure Boot
 * only with UEFI.
 */
export function createParams(
  draft: WizardDraft,
  name: string,
  accel: Preferences['defaultAccel'],
): CreateVmParams {
  const params: CreateVmParams = {
    name,
    memoryMiB: wholeNumber(draft.memoryMiB) ?? Number.NaN,
    cpus: wholeNumber(draft.cpus) ?? Number.NaN,
    network: draft.network,
    accel,
    firmware: draft.firmware,
    secureBoot: secureBootOn(draft),
    tpm: draft.tpm,
  };
  if (draft.os) params.os = { id: draft.os.id, name: draft.os.name, family: draft.os.family };
  const newDisk = () => {
    params.diskSizeBytes = diskBytes(draft.diskGiB) ?? Number.NaN;
  };
  switch (draft.source) {
    case 'iso':
      params.iso = draft.isoPath;
      newDisk();
      break;
    case 'cloud':
      // The image is the base of the new disk, grown to this size when that is larger.
      params.cloudInit = cloudInitParams(draft, name);
      newDisk();
      break;
    case 'import':
      params.importDisk = { path: draft.diskPath };
      break;
    case 'kernel':
      params.kernel = draft.kernelPath;
      if (draft.initrdPath !== '') params.initrd = draft.initrdPath;
      if (draft.cmdline.trim() !== '') params.cmdline = draft.cmdline.trim();
      newDisk();
      break;
    case 'empty':
      params.emptyCdrom = true;
      newDisk();
      break;
  }
  return params;
}
