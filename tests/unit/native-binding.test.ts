import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseNativeBinding, electronBindingCacheDir, type BindingSituation } from '../../electron/native/binding';

const base: BindingSituation = {
  electronVersion: undefined,
  isPackaged: false,
  resourcesPath: undefined,
  appRoot: '/repo',
  platform: 'linux',
  arch: 'x64',
  exists: () => true,
};

describe('choosing the better-sqlite3 binary', () => {
  it('Node (tests, CLI, browser mode) uses the default build in node_modules', () => {
    expect(chooseNativeBinding(base)).toBeUndefined();
  });

  it('Electron in development uses the Electron-ABI copy kept apart per version, platform and arch', () => {
    const chosen = chooseNativeBinding({ ...base, electronVersion: '41.7.1' });
    expect(chosen).toBe(path.join('/repo/node_modules/.cache/blikopener-electron-abi/41.7.1-linux-x64', 'better_sqlite3.node'));
    expect(electronBindingCacheDir('/repo', '41.7.1', 'win32', 'x64')).toContain('41.7.1-win32-x64');
  });

  it('a packaged app uses the copy shipped in its resources', () => {
    const chosen = chooseNativeBinding({
      ...base,
      electronVersion: '41.7.1',
      isPackaged: true,
      resourcesPath: '/opt/app/resources',
    });
    expect(chosen).toBe(path.join('/opt/app/resources', 'native', 'better_sqlite3.node'));
  });

  it('says how to fix a missing Electron build instead of loading the wrong ABI', () => {
    expect(() => chooseNativeBinding({ ...base, electronVersion: '41.7.1', exists: () => false })).toThrow(/npm start/);
    expect(() =>
      chooseNativeBinding({ ...base, electronVersion: '41.7.1', isPackaged: true, resourcesPath: '/x', exists: () => false }),
    ).toThrow(/opnieuw/);
  });
});
