import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, _electron, type Browser, type ElectronApplication, type Page } from 'playwright-core';
import { repoRoot, tempDir } from '../helpers/db';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // Date fields follow the browser's language, as the Electron app's --lang=nl-BE does.
  '--lang=nl-BE',
];

export type RunningApp = {
  page: Page;
  dataDir: string;
  /** Loads the app again (browser: the same URL with its token; Electron: reload). */
  reload: () => Promise<void>;
  screenshot: (name: string) => Promise<void>;
  close: () => Promise<void>;
};

export const screenshotDir = path.join(repoRoot, 'tests', '.tmp', 'screenshots');

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Browsermodus startte niet:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Browsermodus stopte (${code ?? 'signaal'}):\n${output}`));
    });
  });
}

async function startBrowserMode(dataDir: string): Promise<{ page: Page; url: string; browser: Browser; server: ChildProcess }> {
  const server = spawn(
    path.join(repoRoot, 'node_modules', '.bin', 'tsx'),
    [path.join(repoRoot, 'electron', 'web', 'index.ts'), '--data-dir', dataDir],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await waitForUrl(server);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({
    viewport: { width: 1360, height: 860 },
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
  });
  const page = await context.newPage();
  await page.goto(url);
  return { page, url, browser, server };
}

async function startElectron(dataDir: string): Promise<{ page: Page; app: ElectronApplication }> {
  const outDir = process.env.BLIKOPENER_OUT_DIR ?? path.join(repoRoot, 'out');
  const app = await _electron.launch({ args: [path.join(outDir, 'main', 'index.js'), `--data-dir=${dataDir}`], cwd: repoRoot });
  const page = await app.firstWindow();
  return { page, app };
}

/**
 * Starts the app on its own temp data folder. The target is browser mode in Debian's Chromium;
 * with E2E_TARGET=electron the same tests drive the real Electron app (where its binary exists).
 */
export async function startApp(options: { dataDir?: string } = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? tempDir('blikopener-e2e-');
  const shoot = async (page: Page, name: string) => {
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
  };
  if (process.env.E2E_TARGET === 'electron') {
    const { page, app } = await startElectron(dataDir);
    return {
      page,
      dataDir,
      reload: async () => {
        await page.reload();
      },
      screenshot: (name) => shoot(page, name),
      close: async () => {
        await app.close();
      },
    };
  }
  const { page, url, browser, server } = await startBrowserMode(dataDir);
  return {
    page,
    dataDir,
    reload: async () => {
      await page.goto(url);
    },
    screenshot: (name) => shoot(page, name),
    close: async () => {
      await browser.close();
      server.kill('SIGTERM');
      await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)));
    },
  };
}
