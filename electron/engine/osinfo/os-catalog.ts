import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OsEntry } from '../../../shared/os-info';
import { builtinOsList } from './builtin-os-list';
import { parseOsinfoXml, type OsRecord } from './osinfo-xml';

export const OSINFO_DIR = '/usr/share/osinfo';

/**
 * Operating systems from the osinfo-db installed on this machine (read once, on first use), or a
 * small built-in list when there is none. Detects an ISO's OS from its volume ID.
 */
export class OsCatalog {
  private records: Promise<OsRecord[]> | undefined;

  constructor(private readonly dir = OSINFO_DIR) {}

  async detect(volumeId: string): Promise<OsEntry | null> {
    const records = await this.load();
    // Newest first, so "Debian 11.5" prefers Debian 11 over an older release with a loose pattern.
    const match = records.find((record) => record.volumeIdPatterns.some((pattern) => pattern.test(volumeId)));
    return match ? this.withInheritedResources(match, records) : null;
  }

  async search(query: string, limit: number): Promise<OsEntry[]> {
    const records = await this.load();
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const hits = records.filter((record) => {
      const haystack =
        `${record.entry.name} ${record.entry.shortId} ${record.entry.vendor ?? ''}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
    // Names that start with the query first ("fedora 3" → Fedora 39 before Fedora Silverblue 37).
    const prefix = query.trim().toLowerCase();
    const rank = (record: OsRecord) => (record.entry.name.toLowerCase().startsWith(prefix) ? 0 : 1);
    return [...hits]
      .sort((a, b) => rank(a) - rank(b))
      .slice(0, limit)
      .map((record) => this.withInheritedResources(record, records));
  }

  private withInheritedResources(record: OsRecord, records: OsRecord[]): OsEntry {
    let recommended = record.entry.recommended;
    let parentId = record.derivesFrom;
    for (let depth = 0; parentId && depth < 5 && recommended.memoryMiB === null; depth++) {
      const parent = records.find((r) => r.entry.id === parentId);
      if (!parent) break;
      recommended = parent.entry.recommended;
      parentId = parent.derivesFrom;
    }
    return { ...record.entry, recommended };
  }

  private load(): Promise<OsRecord[]> {
    this.records ??= readOsinfoDb(join(this.dir, 'os')).then((records) =>
      records.length > 0 ? records : builtinOsList,
    );
    return this.records;
  }
}

async function readOsinfoDb(osDir: string): Promise<OsRecord[]> {
  let vendors: string[];
  try {
    vendors = await readdir(osDir);
  } catch {
    return [];
  }
  const files = (
    await Promise.all(
      vendors.map(async (vendor) =>
        (await readdir(join(osDir, vendor)).catch(() => [] as string[]))
          .filter((name) => name.endsWith('.xml'))
          .map((name) => join(osDir, vendor, name)),
      ),
    )
  ).flat();
  const records = (
    await Promise.all(files.map(async (file) => parseOsinfoXml(await readFile(file, 'utf8')).filter(Boolean)))
  ).flat();
  return records.sort((a, b) => b.entry.name.localeCompare(a.entry.name, 'en', { numeric: true }));
}
