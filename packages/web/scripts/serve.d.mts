import type { Server } from 'node:http';
export declare const DIST: string;
export declare function serve(options?: { root?: string; port?: number; host?: string; tries?: number }): Promise<{ server: Server; url: string }>;
