import type { PlatformApi } from '../../../shared/platform/api';

declare global {
  interface Window {
    /** The desktop shell's preload exposes the platform API here; absent in a plain browser. */
    zonewright?: PlatformApi;
  }
}

export {};
