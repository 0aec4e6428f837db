import type { OsRecord } from './osinfo-xml';

const GiB = 2 ** 30;
const os = (
  id: string,
  shortId: string,
  name: string,
  family: string,
  memoryMiB: number,
  vcpus: number,
  diskGiB: number,
  volumeIds: RegExp[],
): OsRecord => ({
  entry: {
    id,
    shortId,
    name,
    vendor: null,
    family,
    recommended: { memoryMiB, vcpus, diskBytes: diskGiB * GiB },
    needs: id.startsWith('http://microsoft.com/win/11')
      ? { uefi: true, secureBoot: true, tpm: true }
      : { uefi: false, secureBoot: false, tpm: false },
  },
  derivesFrom: null,
  volumeIdPatterns: volumeIds,
});

/** A small list for machines without osinfo-db (Debian package osinfo-db, /usr/share/osinfo). */
export const builtinOsList: OsRecord[] = [
  os('http://debian.org/debian/12', 'debian12', 'Debian 12', 'linux', 2048, 2, 20, [/^Debian 12\./]),
  os('http://debian.org/debian/11', 'debian11', 'Debian 11', 'linux', 1024, 1, 20, [/^Debian 11\./]),
  os('http://ubuntu.com/ubuntu/24.04', 'ubuntu24.04', 'Ubuntu 24.04 LTS', 'linux', 4096, 2, 25, [
    /^Ubuntu.* 24\.04/,
  ]),
  os('http://fedoraproject.org/fedora/41', 'fedora41', 'Fedora Linux 41', 'linux', 2048, 2, 20, [
    /^Fedora-.*-41/,
  ]),
  os('http://alpinelinux.org/alpinelinux/3.20', 'alpinelinux3.20', 'Alpine Linux 3.20', 'linux', 512, 1, 2, [
    /^alpine-/,
  ]),
  os('http://archlinux.org/archlinux/rolling', 'archlinux', 'Arch Linux', 'linux', 1024, 1, 20, [
    /^ARCH_\d+/,
  ]),
  os('http://microsoft.com/win/11', 'win11', 'Microsoft Windows 11', 'winnt', 4096, 2, 64, [
    /^CCCOMA_X64FRE_/,
  ]),
  os('http://freebsd.org/freebsd/14.0', 'freebsd14.0', 'FreeBSD 14.0', 'bsd', 2048, 1, 20, [/^14_0_RELEASE/]),
  os('http://libosinfo.org/linux/2022', 'linux2022', 'Generic Linux 2022', 'linux', 2048, 2, 20, []),
];
