import type { ApiResponse, MethodName } from '../../electron/api/contract';

/** What the Electron preload exposes through contextBridge. Absent in browser mode. */
type BlikopenerBridge = {
  call(method: MethodName, input: unknown): Promise<ApiResponse<unknown>>;
};

declare global {
  // Augmenting the global Window requires an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    blikopener?: BlikopenerBridge;
  }
}

export {};
