#!/usr/bin/env node
// Runs the bundled command (dist/bundle/, written by `npm run build`, which `npm ci` runs, and by
// `npm pack`): a small entry that loads each command's code only when that command runs.
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
