/**
 * Builds better-sqlite3 for Electron's ABI into node_modules/.cache, from a copy of its sources, so
 * the Node-ABI build that the tests and the CLI load is never replaced. Skips work when the build
 * for this Electron version already exists. Needs the Electron headers (downloaded by
 * @electron/rebuild), so it runs where the internet is reachable; CI never calls it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { rebuild } from '@electron/rebuild';
import { electronBindingCacheDir, NATIVE_FILE } from './binding';
import { findRepoRoot } from '../services/locations';

const root = findRepoRoot(import.meta.dirname);
const require = createRequire(path.join(root, 'package.json'));
const electronVersion = (require('electron/package.json') as { version: string }).version;
const target = electronBindingCacheDir(root, electronVersion, process.platform, process.arch);
const targetFile = path.join(target, NATIVE_FILE);

if (fs.existsSync(targetFile)) {
  console.log(`better-sqlite3 voor Electron ${electronVersion} staat klaar.`);
} else {
  console.log(`better-sqlite3 bouwen voor Electron ${electronVersion} (eenmalig)...`);
  const work = path.join(target, 'work');
  const moduleSource = path.dirname(require.resolve('better-sqlite3/package.json'));
  const moduleCopy = path.join(work, 'node_modules', 'better-sqlite3');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(moduleCopy), { recursive: true });
  fs.cpSync(moduleSource, moduleCopy, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });
  fs.writeFileSync(
    path.join(work, 'package.json'),
    JSON.stringify({ name: 'electron-abi-build', version: '1.0.0', dependencies: { 'better-sqlite3': '*' } }),
  );
  await rebuild({ buildPath: work, electronVersion, arch: process.arch, onlyModules: ['better-sqlite3'], force: true });
  fs.copyFileSync(path.join(moduleCopy, 'build', 'Release', NATIVE_FILE), targetFile);
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`Klaar: ${targetFile}`);
}

// The build `npm run dist` ships (electron-builder.yml): always the one for this machine's Electron.
const forDist = path.join(path.dirname(target), 'for-dist');
fs.mkdirSync(forDist, { recursive: true });
fs.copyFileSync(targetFile, path.join(forDist, NATIVE_FILE));
