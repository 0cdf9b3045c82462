/**
 * Commands beyond lint and init (generate, diff) register here, so main.ts stays one list.
 */
import type { Command } from '../main.js';

export function commandTable(): Command[] {
    return [];
}
