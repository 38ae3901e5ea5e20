import type { PlatformApi } from '../../../shared/platform/api';
import { browserPlatform } from './browserPlatform';

/** The desktop shell's API when the preload provided one, else the browser's. */
export function getPlatform(): PlatformApi {
  return (typeof window !== 'undefined' && window.zonewright) || browserPlatform;
}
