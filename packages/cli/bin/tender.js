#!/usr/bin/env node
// Runs the bundled command (dist/bundle/, written by `npm run build`, which `npm ci` runs, and by
// `npm pack`): a small entry that loads each command's code only when that command runs.
// `tender lint` is a short process: with V8's default budget, its optimising compiler works on
// background threads on code that will not run long enough to repay it (a fifth of the CPU time
// of linting one element or 20,000 lines). A larger budget makes V8 optimise only code that
// runs longer. Set before any of the command's code is loaded; other commands keep the default.
if (process.argv[2] === 'lint') {
    (await import('node:v8')).setFlagsFromString('--interrupt-budget=500000');
}

let main;
try {
    ({ main } = await import('../dist/bundle/main.js'));
} catch (error) {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('bundle')) {
        process.stderr.write('tender: the command is not built yet: run npm run build in the clone (npm ci runs it)\n');
        process.exit(2);
    }
    throw error;
}

main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (error) => {
        process.stderr.write(`tender: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
    }
);
