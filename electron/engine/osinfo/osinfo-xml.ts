import { XMLParser } from 'fast-xml-parser';
import type { OsEntry } from '../../../shared/os-info';

/** One OS from an osinfo-db XML file, with what detection and the wizard need. */
export interface OsRecord {
  entry: OsEntry;
  derivesFrom: string | null;
  /** Volume-ID patterns of its x86 install media. */
  volumeIdPatterns: RegExp[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) =>
    ['os', 'media', 'resources', 'short-id', 'name', 'vendor', 'family', 'derives-from'].includes(name),
});

type Node = Record<string, unknown>;
const text = (value: unknown): string | null => {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return String((value as Node)['#text']);
  return null;
};
const array = (value: unknown): Node[] =>
  Array.isArray(value) ? (value as Node[]) : value ? [value as Node] : [];
/** osinfo-db carries translations beside the original (xml:lang); take the original. */
const untranslated = (value: unknown): string | null => {
  const original = array(value).find((item) => typeof item !== 'object' || !('@xml:lang' in item));
  return text(original);
};
const x86 = (arch: unknown) => arch === undefined || arch === 'all' || arch === 'x86_64' || arch === 'i686';

function recommended(os: Node): OsEntry['recommended'] {
  const pick = (key: string) => {
    for (const level of ['recommended', 'minimum']) {
      for (const resources of array(os.resources).filter((r) => x86(r['@arch']))) {
        const value = text(array(resources[level])[0]?.[key]);
        if (value !== null) return Number(value);
      }
    }
    return null;
  };
  const ram = pick('ram');
  const storage = pick('storage');
  return {
    memoryMiB: ram === null ? null : Math.round(ram / 2 ** 20),
    vcpus: pick('n-cpus'),
    diskBytes: storage,
  };
}

/** Windows 11 refuses to install without Secure Boot and a TPM 2.0; osinfo-db says only "no BIOS". */
const SECURE_BOOT_AND_TPM = /^http:\/\/microsoft\.com\/win\/1[1-9]/;

function needs(os: Node): OsEntry['needs'] {
  const firmware = array(os.firmware).filter((f) => x86(f['@arch']));
  const biosUnsupported = firmware.some((f) => f['@type'] === 'bios' && f['@supported'] === 'false');
  const secureBootFeature = firmware.some((f) =>
    array(f.feature).some((feature) => feature['@name'] === 'secure-boot' && feature['@enabled'] !== 'no'),
  );
  const windowsRule = SECURE_BOOT_AND_TPM.test(String(os['@id']));
  return {
    uefi: biosUnsupported || secureBootFeature || windowsRule,
    secureBoot: secureBootFeature || windowsRule,
    tpm: windowsRule,
  };
}

function volumeIdPatterns(os: Node): RegExp[] {
  const patterns: RegExp[] = [];
  for (const media of array(os.media).filter((m) => x86(m['@arch']))) {
    const volumeId = text(array(media.iso)[0]?.['volume-id']);
    if (volumeId === null) continue;
    try {
      patterns.push(new RegExp(volumeId));
    } catch {
      // A pattern in a regex dialect JavaScript does not speak: that medium is not detected.
    }
  }
  return patterns;
}

/** Parses one osinfo-db file (one or more <os> elements). */
export function parseOsinfoXml(xml: string): OsRecord[] {
  const doc = parser.parse(xml) as { libosinfo?: Node };
  return array(doc.libosinfo?.os).map((os) => {
    const shortIds = array(os['short-id'])
      .map(text)
      .filter((id): id is string => id !== null);
    return {
      entry: {
        id: String(os['@id']),
        shortId: shortIds[0] ?? String(os['@id']),
        name: untranslated(os.name) ?? shortIds[0] ?? String(os['@id']),
        vendor: untranslated(os.vendor),
        family: untranslated(os.family),
        recommended: recommended(os),
        needs: needs(os),
      },
      derivesFrom: text(array(os['derives-from'])[0]?.['@id']),
      volumeIdPatterns: volumeIdPatterns(os),
    };
  });
}
