import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
        testTimeout: 30_000,
        hookTimeout: 60_000,
        // Test files run in child processes: the CLI, language server and editor tests start real
        // processes of their own and must not share a worker's state.
        pool: 'forks',
        poolOptions: {
            forks: {
                // Two at a time on any machine: vitest's default is one fewer than the cores, which on
                // a 2-core machine runs the suite one file after another (11 to 15 minutes). Most
                // test time is waiting on the processes a test starts, so two overlap well; more
                // only make each slower under load.
                minForks: 1,
                maxForks: 2
            }
        },
        // A worker whose test waited on a slow process finishes its last report before it is stopped.
        teardownTimeout: 30_000,
        reporters: ['default']
    }
});
