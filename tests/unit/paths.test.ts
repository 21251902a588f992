import { describe, expect, it } from 'vitest';
import { dataPaths, defaultDataDir } from '../../electron/services/paths';

describe('the data folder', () => {
  it('matches Electron userData on each platform', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\an\\AppData\\Roaming' }, 'C:\\Users\\an')).toBe(
      'C:\\Users\\an\\AppData\\Roaming\\Blikopener Desk',
    );
    expect(defaultDataDir('darwin', {}, '/Users/an')).toBe('/Users/an/Library/Application Support/Blikopener Desk');
    expect(defaultDataDir('linux', {}, '/home/an')).toBe('/home/an/.config/Blikopener Desk');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/an')).toBe('/cfg/Blikopener Desk');
  });

  it('holds the database and the backups folder', () => {
    expect(dataPaths('/data')).toEqual({
      dataDir: '/data',
      databaseFile: '/data/blikopener.sqlite',
      backupsDir: '/data/backups',
    });
  });
});
