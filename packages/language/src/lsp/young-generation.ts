/**
 * The language server's young generation keeps its first size (1 MB a half) rather than growing
 * to V8's 16 MB: a long-lived server gains little from a large one, and it was about 30 MB of its
 * resident memory. Imported first by main.ts, so that it applies before the other modules run.
 * On 100 open tenders the shipped server (the extension's bundle, dist/server.js) peaked at
 * 245-260 MB before and 205-232 MB after. tsc's output (packages/language/dist/lsp/main.js, as
 * ES modules) loads every module before this one runs and has grown its young generation by
 * then, so it gains little.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--semi-space-growth-factor=1');
