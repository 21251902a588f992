import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isBase64, saveFileInput, toSaveFileName } from '../../electron/api/contract/files';
import { AppError } from '../../electron/services/errors';
import { suggestionFor, targetWithExtension } from '../../electron/services/files/save-file';
import { writeFileAtomically, writeFailureMessage, type WriteFs } from '../../electron/services/files/write-atomically';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'save-file-unit-'));
  dirs.push(dir);
  return dir;
}

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** The real file system with one call replaced, to simulate what a test machine cannot produce at will. */
function failing(call: keyof WriteFs, code: string): WriteFs {
  return {
    ...fs,
    [call]: () => {
      throw errno(code);
    },
  };
}

function caught(run: () => void): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const bytes = new TextEncoder().encode('kolom;waarde\nA;1\n');

describe('writing a saved file atomically', () => {
  it('writes the bytes and leaves no temp file behind', () => {
    const dir = folder();
    const target = path.join(dir, 'organisaties.csv');
    writeFileAtomically(target, bytes);
    expect(fs.readFileSync(target, 'utf8')).toBe('kolom;waarde\nA;1\n');
    expect(fs.readdirSync(dir)).toEqual(['organisaties.csv']);
  });

  it('replaces an existing file completely (the dialog already asked to overwrite)', () => {
    const dir = folder();
    const target = path.join(dir, 'rapport.xlsx');
    fs.writeFileSync(target, 'een veel langere oude inhoud die niet mag blijven hangen');
    writeFileAtomically(target, bytes);
    expect(fs.readFileSync(target, 'utf8')).toBe('kolom;waarde\nA;1\n');
  });

  it('a full disk: a clear message, no half-written file, the old file untouched', () => {
    const dir = folder();
    const target = path.join(dir, 'rapport.xlsx');
    fs.writeFileSync(target, 'oud');
    const error = caught(() => writeFileAtomically(target, bytes, failing('writeSync', 'ENOSPC')));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('De schijf is vol: rapport.xlsx kon niet bewaard worden. Maak ruimte vrij en probeer opnieuw.');
    expect(fs.readdirSync(dir)).toEqual(['rapport.xlsx']);
    expect(fs.readFileSync(target, 'utf8')).toBe('oud');
  });

  it('a file open in Excel (Windows refuses the replace): says so, removes the temp file, keeps the old one', () => {
    const dir = folder();
    const target = path.join(dir, 'agenda.xlsx');
    fs.writeFileSync(target, 'oud');
    for (const code of ['EBUSY', 'EPERM']) {
      const error = caught(() => writeFileAtomically(target, bytes, failing('renameSync', code)));
      expect(error.message).toMatch(/^agenda\.xlsx is geopend in een ander programma \(Excel\?\)/);
      expect(fs.readdirSync(dir)).toEqual(['agenda.xlsx']);
      expect(fs.readFileSync(target, 'utf8')).toBe('oud');
    }
  });

  it('a folder without write rights: names the folder, writes nothing', () => {
    const dir = folder();
    const target = path.join(dir, 'export.csv');
    const error = caught(() => writeFileAtomically(target, bytes, failing('openSync', 'EACCES')));
    expect(error.message).toBe(`Kan export.csv niet bewaren: geen schrijfrechten in ${dir}. Kies een andere map.`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a folder that disappeared, or a folder chosen as the file', () => {
    const dir = folder();
    expect(caught(() => writeFileAtomically(path.join(dir, 'weg', 'x.csv'), bytes)).message).toBe(
      `De map ${path.join(dir, 'weg')} bestaat niet (meer). Kies een bestaande map.`,
    );
    fs.mkdirSync(path.join(dir, 'map.xlsx'));
    expect(caught(() => writeFileAtomically(path.join(dir, 'map.xlsx'), bytes)).message).toBe(
      'map.xlsx is een map, geen bestand. Kies een bestandsnaam.',
    );
    expect(fs.readdirSync(dir)).toEqual(['map.xlsx']);
  });

  it('a write that makes no progress fails instead of looping, and cleans up', () => {
    const dir = folder();
    const stuck = { ...fs, writeSync: () => 0 } as WriteFs;
    expect(caught(() => writeFileAtomically(path.join(dir, 'x.csv'), bytes, stuck)).message).toMatch(
      /x\.csv kon niet bewaard worden \(EIO\)/,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a bug (not a file-system error) is not dressed up as a user message', () => {
    const dir = folder();
    const broken = {
      ...fs,
      fsyncSync: () => {
        throw new TypeError('kapot');
      },
    } as WriteFs;
    expect(() => writeFileAtomically(path.join(dir, 'x.csv'), bytes, broken)).toThrow(TypeError);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('every message is Dutch and names the file', () => {
    for (const code of ['EROFS', 'EDQUOT', 'ENAMETOOLONG', 'EXDEV']) {
      expect(writeFailureMessage(errno(code), '/data/rapport.xlsx', 'write')).toContain('rapport.xlsx');
    }
  });
});

describe('what the dialog suggests and where the file lands', () => {
  it('a filter per extension', () => {
    expect(suggestionFor('organisaties-2026-11-26.xlsx')).toEqual({
      fileName: 'organisaties-2026-11-26.xlsx',
      filterName: 'Excel-werkmap',
      extensions: ['xlsx'],
    });
    expect(suggestionFor('gegevens.JSON').extensions).toEqual(['json']);
    expect(suggestionFor('kaart.odt').filterName).toBe('ODT-bestand');
  });

  it('adds a missing extension, but never overwrites a file the dialog did not ask about', () => {
    expect(targetWithExtension('/docs/rapport.xlsx', 'xlsx', () => false)).toBe('/docs/rapport.xlsx');
    expect(targetWithExtension('/docs/rapport.XLSX', 'xlsx', () => false)).toBe('/docs/rapport.XLSX');
    expect(targetWithExtension('/docs/rapport', 'xlsx', () => false)).toBe('/docs/rapport.xlsx');
    const error = caught(() => targetWithExtension('/docs/rapport', 'xlsx', (f) => f === '/docs/rapport.xlsx'));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Er bestaat al een bestand rapport.xlsx');
  });
});

describe('the file name and content the contract accepts', () => {
  const parse = (fileName: string, contentBase64 = 'QQ==') => saveFileInput.safeParse({ fileName, contentBase64 });

  it('refuses paths: a file name is never a place', () => {
    for (const name of ['../rapport.xlsx', 'map/rapport.xlsx', 'C:\\Users\\x\\rapport.xlsx', '..', '/etc/passwd.txt']) {
      const result = parse(name);
      expect(result.success, name).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['fileName']);
    }
  });

  it('makes Windows-unsafe characters harmless and needs an extension', () => {
    expect(parse('Agenda: dag 1 <definitief>?.xlsx').data?.fileName).toBe('Agenda_ dag 1 _definitief__.xlsx');
    expect(parse('.verborgen.csv').data?.fileName).toBe('verborgen.csv');
    expect(parse('zonder-extensie').error?.issues[0]?.message).toBe('De bestandsnaam heeft een extensie nodig (bv. .xlsx).');
  });

  it('the renderer makes any suggested name acceptable before asking', () => {
    for (const name of ['agenda a/b.xlsx', 'x\\y.csv', '\u0007bel.json', '...csv.csv']) {
      expect(parse(toSaveFileName(name)).success, name).toBe(true);
    }
    expect(toSaveFileName('agenda a/b.xlsx')).toBe('agenda a-b.xlsx');
  });

  it('accepts only padded standard base64', () => {
    expect(isBase64(Buffer.from('héllo wereld').toString('base64'))).toBe(true);
    expect(isBase64('')).toBe(true);
    for (const bad of ['QQ', 'Q===', 'QQ=A', 'QQ==QQ==', 'ab-_', 'QQ== ']) expect(isBase64(bad), bad).toBe(false);
    expect(parse('a.csv', 'niet base64!').error?.issues[0]?.message).toBe('De inhoud van het bestand is ongeldig.');
  });
});
