import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../api/contract/system';
import { backupKinds } from '../../api/contract/system';

const NAME = /^blikopener-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z-]+?)(?:-(\d+))?\.sqlite$/;

export function parseBackupName(name: string): { kind: BackupKind; createdAt: string } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const kind = m[7] as BackupKind;
  if (!backupKinds.includes(kind)) return null;
  const createdAt = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z`;
  return { kind, createdAt };
}

export function backupStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\..+$/, '').replace('T', '-');
}

/** A fresh file name for a backup of this kind at this instant; never one that already exists. */
export function newBackupName(dir: string, kind: BackupKind, at: Date): string {
  const base = `blikopener-${backupStamp(at)}-${kind}`;
  let name = `${base}.sqlite`;
  for (let i = 2; fs.existsSync(path.join(dir, name)); i += 1) name = `${base}-${i}.sqlite`;
  return name;
}

/** Backups in the folder, newest first. Files that are not ours are left out (and left alone). */
export function listBackupFiles(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of fs.readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const stat = fs.statSync(path.join(dir, name));
    if (!stat.isFile()) continue;
    out.push({ name, kind: parsed.kind, createdAt: parsed.createdAt, sizeBytes: stat.size });
  }
  return out.sort((a, b) =>
    a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : b.createdAt.localeCompare(a.createdAt),
  );
}

/**
 * Which automatic backups to delete: the newest `keepLast` stay, and of the older ones the newest
 * of each calendar month stays. Manual and safety backups are never pruned.
 */
export function autoBackupsToPrune(
  backups: BackupInfo[],
  keepLast = 14,
  monthOf: (iso: string) => string = (iso) => iso.slice(0, 7),
): string[] {
  const autos = backups.filter((b) => b.kind === 'auto').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keptMonths = new Set<string>();
  const prune: string[] = [];
  autos.forEach((b, i) => {
    const month = monthOf(b.createdAt);
    if (i < keepLast) {
      keptMonths.add(month);
      return;
    }
    if (keptMonths.has(month)) prune.push(b.name);
    else keptMonths.add(month);
  });
  return prune;
}
