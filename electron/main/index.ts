import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { createRouter } from '../api/router';
import { chooseNativeBinding } from '../native/binding';
import { ensureDailyBackup } from '../services/backup/backups';
import { openAppContext, type AppContext } from '../services/context';
import { sweepTempDirsAtStart } from '../services/files/temp-dirs';
import { appLocations, findRepoRoot } from '../services/locations';
import { defaultDataDir } from '../services/paths';
import { registerApiChannel } from './ipc';
import { installMenu } from './menu';
import { chooseSaveTarget } from './save-dialog';
import { applySecurityPolicy } from './security';

const DAILY_CHECK_MS = 60 * 60 * 1000;

// Date fields follow the browser locale: Belgian Dutch shows them as dd/mm/yyyy.
app.commandLine.appendSwitch('lang', 'nl-BE');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;

function dataDirFromArgs(): string {
  const flag = process.argv.find((a) => a.startsWith('--data-dir='));
  return flag ? path.resolve(flag.slice('--data-dir='.length)) : defaultDataDir();
}

function openContext(): AppContext {
  const root = app.isPackaged ? process.resourcesPath : findRepoRoot(import.meta.dirname);
  const nativeBinding = chooseNativeBinding({
    electronVersion: process.versions.electron,
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appRoot: root,
    platform: process.platform,
    arch: process.arch,
    exists: fs.existsSync,
  });
  return openAppContext({
    dataDir: dataDirFromArgs(),
    ...appLocations(root, app.getVersion()),
    ...(nativeBinding ? { nativeBinding } : {}),
    host: {
      // Only files the attachments service vetted (a copy, with a viewer-safe extension) get here.
      openWithSystemViewer: (file) => shell.openPath(file),
      // The files service writes to the chosen path itself (temp file + rename); the dialog only asks.
      chooseSaveTarget,
    },
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Blikopener Desk',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would otherwise open links in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(path.join(import.meta.dirname, '../renderer/index.html'));
  return win;
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  applySecurityPolicy(devServerUrl);
  installMenu(process.platform === 'darwin');

  let ctx: AppContext;
  try {
    ctx = openContext();
  } catch (error) {
    dialog.showErrorBox('Blikopener Desk kan niet starten', error instanceof Error ? error.message : String(error));
    app.quit();
    return;
  }
  const dailyBackup = () => {
    try {
      if (ctx.state().kind === 'open') ensureDailyBackup(ctx);
    } catch (error) {
      console.error('Automatische back-up mislukt', error);
    }
  };
  dailyBackup();
  sweepTempDirsAtStart();
  const timer = setInterval(dailyBackup, DAILY_CHECK_MS);

  registerApiChannel(createRouter(ctx, { logError: (method, error) => console.error(`[${method}]`, error) }), devServerUrl);
  let win = createWindow();

  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    clearInterval(timer);
    ctx.close();
  });
}

void start();
