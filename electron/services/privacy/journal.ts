import fs from 'node:fs';
import path from 'node:path';

/**
 * The erasure journal lives in a file beside the database, not only inside it: restoring an older
 * backup brings back the erased people, and this file says who must be erased again.
 */
export type JournalEntry = { contactId: number; at: string; actor: string; reason: string };

export function journalFile(dataDir: string): string {
  return path.join(dataDir, 'erasures.json');
}

export function readJournal(dataDir: string): JournalEntry[] {
  const file = journalFile(dataDir);
  if (!fs.existsSync(file)) return [];
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { erasures?: JournalEntry[] };
  return Array.isArray(parsed.erasures) ? parsed.erasures : [];
}

/** Appends through a temp file and a rename: the journal is never half-written. */
export function appendJournal(dataDir: string, entry: JournalEntry): void {
  const entries = readJournal(dataDir);
  if (entries.some((e) => e.contactId === entry.contactId)) return;
  entries.push(entry);
  const file = journalFile(dataDir);
  const tmp = `${file}.tmp`;
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(
    tmp,
    JSON.stringify({ about: 'Gewiste contactpersonen (AVG). Niet verwijderen.', erasures: entries }, null, 2),
  );
  fs.renameSync(tmp, file);
}
