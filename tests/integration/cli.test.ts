import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/db';
import { dumpHash, rowCounts } from '../helpers/dump';

describe('the CLI', () => {
  it('seed creates, migrates and seeds on first use; --json prints only JSON', () => {
    const dir = tempDir();
    const first = runCli(['seed', '--data-dir', dir, '--json']);
    expect(first.status).toBe(0);
    const data = JSON.parse(first.stdout) as { seed: { inserted: number }; summary: { colleges: number; universities: number } };
    expect(data.seed.inserted).toBe(63);
    expect(data.summary).toMatchObject({ colleges: 13, universities: 5 });
    const second = runCli(['seed', '--data-dir', dir]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/0 nieuw, 63 al aanwezig/);
  });

  it('backup --out then restore FILE round-trips the data', () => {
    const dir = tempDir();
    expect(runCli(['seed', '--data-dir', dir]).status).toBe(0);
    const out = path.join(tempDir(), 'kopie.sqlite');
    const backup = runCli(['backup', '--data-dir', dir, '--out', out, '--json']);
    expect(backup.status).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ ok: true, file: out });
    const hash = dumpHash(out);
    expect(dumpHash(path.join(dir, 'blikopener.sqlite'))).toBe(hash);

    const again = runCli(['backup', '--data-dir', dir, '--out', out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/bestaat al/);

    const restore = runCli(['restore', out, '--data-dir', dir]);
    expect(restore.status).toBe(0);
    expect(restore.stdout).toMatch(/Teruggezet/);
    expect(rowCounts(path.join(dir, 'blikopener.sqlite'))).toEqual(rowCounts(out));
    expect(fs.readdirSync(path.join(dir, 'backups')).some((n) => n.endsWith('-pre-restore.sqlite'))).toBe(true);
  });

  it('check reports a healthy database', () => {
    const dir = tempDir();
    const res = runCli(['check', '--data-dir', dir, '--json']);
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ ok: true, problems: [], pendingMigrations: 0, tables: { colleges: 13 } });
  });

  it('explains wrong usage with a non-zero exit', () => {
    const unknown = runCli(['opkuisen', '--data-dir', tempDir()]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Onbekende opdracht: opkuisen/);
    const missing = runCli(['restore', '--data-dir', tempDir()]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Geef het bestand/);
    const absent = runCli(['restore', '/nergens/zo.sqlite', '--data-dir', tempDir(), '--json']);
    expect(absent.status).toBe(1);
    expect(JSON.parse(absent.stdout)).toMatchObject({ ok: false, error: expect.stringMatching(/bestaat niet/) });
  });
});
