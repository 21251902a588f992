import { describe, expect, it } from 'vitest';
import { autoBackupsToPrune, parseBackupName } from '../../electron/services/backup/backup-files';
import type { BackupInfo } from '../../electron/api/contract';
import { brusselsDate } from '../../electron/services/time';

const auto = (iso: string): BackupInfo => ({ name: iso, kind: 'auto', createdAt: iso, sizeBytes: 1 });

describe('backup file names', () => {
  it('reads kind and time from our names and ignores other files', () => {
    expect(parseBackupName('blikopener-20261126-101500-manual.sqlite')).toEqual({
      kind: 'manual',
      createdAt: '2026-11-26T10:15:00.000Z',
    });
    expect(parseBackupName('blikopener-20261126-101500-pre-restore-2.sqlite')).toEqual({
      kind: 'pre-restore',
      createdAt: '2026-11-26T10:15:00.000Z',
    });
    expect(parseBackupName('blikopener-20261126-101500-weird.sqlite')).toBeNull();
    expect(parseBackupName('notes.txt')).toBeNull();
  });
});

describe('thinning automatic backups', () => {
  it('keeps the newest 14 and the newest of every older month', () => {
    const days = Array.from({ length: 70 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString());
    const pruned = new Set(autoBackupsToPrune(days.map(auto)));
    const kept = days.filter((d) => !pruned.has(d));
    expect(kept).toHaveLength(14 + 1);
    expect(kept).toContain('2026-01-31T00:00:00.000Z');
    expect(kept.slice(-14)[0]).toBe('2026-02-26T00:00:00.000Z');
  });

  it('never prunes manual or safety backups', () => {
    const list: BackupInfo[] = Array.from({ length: 30 }, (_, i) => ({
      ...auto(new Date(Date.UTC(2026, 0, 1 + i)).toISOString()),
      kind: 'manual',
    }));
    expect(autoBackupsToPrune(list)).toEqual([]);
  });
});

describe('Brussels dates', () => {
  it('turns at midnight Brussels time, not UTC', () => {
    expect(brusselsDate(new Date('2026-11-26T22:59:00Z'))).toBe('2026-11-26');
    expect(brusselsDate(new Date('2026-11-26T23:01:00Z'))).toBe('2026-11-27');
    expect(brusselsDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(brusselsDate(new Date('2026-07-01T22:01:00Z'))).toBe('2026-07-02');
  });
});
