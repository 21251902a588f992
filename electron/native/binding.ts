import path from 'node:path';

export type BindingSituation = {
  /** process.versions.electron: set when running inside Electron. */
  electronVersion: string | undefined;
  isPackaged: boolean;
  /** process.resourcesPath in a packaged app. */
  resourcesPath: string | undefined;
  /** Repository root in development. */
  appRoot: string;
  platform: NodeJS.Platform;
  arch: string;
  exists: (file: string) => boolean;
};

export const NATIVE_FILE = 'better_sqlite3.node';

/** Where `npm start` keeps the Electron-ABI build of better-sqlite3, apart from the Node-ABI one in node_modules. */
export function electronBindingCacheDir(appRoot: string, electronVersion: string, platform: string, arch: string): string {
  return path.join(appRoot, 'node_modules', '.cache', 'blikopener-electron-abi', `${electronVersion}-${platform}-${arch}`);
}

/**
 * Which better-sqlite3 binary to load. Node (tests, CLI, browser mode) uses the build in
 * node_modules; Electron needs one compiled for its own ABI, kept elsewhere so that `npm test` and
 * `npm start` never rebuild each other's binary. Returns undefined for "the default build".
 */
export function chooseNativeBinding(s: BindingSituation): string | undefined {
  if (!s.electronVersion) return undefined;
  const candidate = s.isPackaged
    ? path.join(s.resourcesPath ?? '', 'native', NATIVE_FILE)
    : path.join(electronBindingCacheDir(s.appRoot, s.electronVersion, s.platform, s.arch), NATIVE_FILE);
  if (!s.exists(candidate)) {
    throw new Error(
      s.isPackaged
        ? `De databankmodule ontbreekt in de installatie (${candidate}). Installeer Blikopener Desk opnieuw.`
        : `De databankmodule voor Electron ontbreekt (${candidate}). Start met 'npm start' of voer 'npm run prepare:electron-native' uit.`,
    );
  }
  return candidate;
}
