/**
 * Moved to src/law/thresholds.ts (the law of a tender lives below lint/). Kept only so that
 * model/resolve.ts, which another change owns, keeps building until it imports from ../law/; do
 * not import this file in new code.
 */
export * from '../../law/thresholds.js';
