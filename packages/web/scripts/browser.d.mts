import type { BrowserContext } from 'playwright-core';
export declare const CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export declare const WEB_ROOT: string;
export declare function chromiumMissing(): string | undefined;
export declare function ensureBuilt(): void;
export declare function launchChromium(profile?: string): Promise<{ context: BrowserContext; profile: string }>;
