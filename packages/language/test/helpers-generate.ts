/** Helpers for the output tests: the example files that hold tenders. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, REPO_ROOT, lint } from './helpers.js';

export { REPO_ROOT, lint };

/** Every .tender file under examples/ that declares a tender. */
export function exampleFiles(folder = EXAMPLES): string[] {
    if (!existsSync(folder)) return [];
    return readdirSync(folder).sort().flatMap(name => {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) return exampleFiles(path);
        return name.endsWith('.tender') && /^\s*tender\s+[A-Za-z_]/m.test(readFileSync(path, 'utf8')) ? [path] : [];
    });
}
