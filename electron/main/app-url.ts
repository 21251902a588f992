/**
 * True when a URL belongs to the app itself: the bundled renderer (file://) or, in development,
 * the electron-vite dev server. Anything else may not navigate the window nor call the API.
 */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl) {
    try {
      if (new URL(url).origin === new URL(devServerUrl).origin) return true;
    } catch {
      return false;
    }
  }
  return url.startsWith('file://');
}
