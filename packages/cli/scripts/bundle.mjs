/**
 * Bundles the `tender` command with esbuild into dist/bundle/: one small entry (main.js) that
 * reads the arguments, and chunks loaded only by the commands that need them, so `tender
 * --version` loads a few kilobytes and `tender lint` never loads the DOCX, Handlebars or zip code.
 * Every dependency is inlined: the package has no runtime dependencies, and installs anywhere
 * (npm install -g, npm pack) without a build step. The shipped templates and schemas are copied
 * beside the chunks (dist/bundle/templates, dist/bundle/schemas).
 *
 * Bundles from the TypeScript sources of this package and of @tender/language (its generated
 * parser included), so it needs neither tsc's output nor a workspace at run time.
 *
 *   node scripts/bundle.mjs            one build (minified); `npm run build` and `npm pack` run it
 *   node scripts/bundle.mjs --watch    rebuild on change, unminified
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..');
const language = join(cli, '..', 'language');
const target = join(cli, 'dist', 'bundle');
const watch = process.argv.includes('--watch');
/**
 * A build goes to a folder of its own and replaces dist/bundle/ by renaming, so a `tender` that
 * runs meanwhile (tests, another terminal) finds the old bundle or the new one, never half of one.
 */
const out = watch ? target : join(cli, 'dist', `bundle-${process.pid}`);
const minify = !watch && !process.argv.includes('--no-minify');
const version = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8')).version;

/**
 * `@tender/language` and its subpaths (`/node`, `/starter`, ...) from their TypeScript sources:
 * the package's exports name dist/<path>.js, which is src/<path>.ts before tsc.
 */
const languageFromSources = {
    name: 'tender-language-sources',
    setup(build) {
        const exportsMap = JSON.parse(readFileSync(join(language, 'package.json'), 'utf8')).exports;
        build.onResolve({ filter: /^@tender\/language(\/.*)?$/ }, (args) => {
            const subpath = `.${args.path.slice('@tender/language'.length)}`;
            const target = exportsMap[subpath];
            const js = typeof target === 'string' ? target : target?.default;
            if (!js || !js.startsWith('./dist/') || !js.endsWith('.js')) {
                return { errors: [{ text: `@tender/language has no bundleable export ${subpath}` }] };
            }
            return { path: join(language, 'src', `${js.slice('./dist/'.length, -'.js'.length)}.ts`), sideEffects: false };
        });
        // The shipped command builds its parser in production mode: Chevrotain skips the grammar
        // self-checks at start-up (about 150 ms). The tests, which run the sources, keep them.
        build.onLoad({ filter: /[\\/]generated[\\/]module\.ts$/ }, (args) => {
            const text = readFileSync(args.path, 'utf8');
            if (!text.includes("mode: 'development'")) return undefined;
            return { contents: text.replace("mode: 'development'", "mode: 'production'"), loader: 'ts' };
        });
        // The language's modules only declare things (no module registers itself on import), so a
        // module none of whose exports a command uses is left out of that command's chunks: lint
        // does not load the writers that index.ts also exports.
        const sources = join(language, 'src') + sep;
        build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
            if (!args.importer.startsWith(sources)) return undefined;
            const ts = resolve(dirname(args.importer), `${args.path.slice(0, -'.js'.length)}.ts`);
            return existsSync(ts) ? { path: ts, sideEffects: false } : undefined;
        });
    }
};

/**
 * `import('./commands/lint.js')` in main.ts (and `import('./generate.js')` in commands/table.ts)
 * stay dynamic imports of the separately bundled command files.
 */
const commandsStayApart = {
    name: 'tender-commands-apart',
    setup(build) {
        build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
            if (args.kind !== 'dynamic-import') return undefined;
            const file = resolve(dirname(args.importer), args.path);
            if (dirname(file) !== join(cli, 'src', 'commands')) return undefined;
            return { path: `./commands/${basename(file)}`, external: true };
        });
    }
};

/** Every module under src/commands/ but the table is a command with a bundle of its own. */
const commands = readdirSync(join(cli, 'src', 'commands')).filter(f => f.endsWith('.ts') && f !== 'table.ts').map(f => f.slice(0, -3));

/**
 * Options shared by every bundle. `base` is where the bundle sits relative to dist/bundle/: the
 * language package finds its shipped templates from import.meta.url
 * (generate/templates/load-templates.ts: '../../../templates/'), so each bundle answers as if that
 * module sat at dist/bundle/lib/generate/templates/, which puts the templates at
 * dist/bundle/templates/, where copyAssets() puts them.
 * @returns {import('esbuild').BuildOptions}
 */
function common(base) {
    return {
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        minify,
        keepNames: false,
        legalComments: 'none',
        logLevel: 'warning',
        sourcemap: watch ? 'linked' : false,
        mainFields: ['module', 'main'],
        define: {
            TENDER_VERSION: JSON.stringify(version),
            'import.meta.url': '__tenderModuleUrl'
        },
        banner: {
            // CommonJS dependencies (Handlebars, JSZip) require Node's built-ins; ES modules have no require.
            js: [
                'import { createRequire as __tenderCreateRequire } from "node:module";',
                'const require = __tenderCreateRequire(import.meta.url);',
                `const __tenderModuleUrl = new URL(${JSON.stringify(`${base}lib/generate/templates/load-templates.js`)}, import.meta.url).href;`
            ].join('\n')
        }
    };
}

/**
 * main.js reads the arguments and imports only the command asked for: separate bundles rather
 * than shared chunks, because esbuild's code splitting puts everything the language package's
 * index re-exports into one chunk every command loads (the writers into lint).
 * @type {import('esbuild').BuildOptions[]}
 */
const builds = [
    { ...common('./'), entryPoints: [join(cli, 'src', 'main.ts')], outfile: join(out, 'main.js'), plugins: [commandsStayApart] },
    ...commands.map(name => ({
        ...common('../'),
        entryPoints: [join(cli, 'src', 'commands', `${name}.ts`)],
        outfile: join(out, 'commands', `${name}.js`),
        plugins: [languageFromSources]
    }))
];

function copyAssets() {
    cpSync(join(language, 'templates'), join(out, 'templates'), { recursive: true });
    cpSync(join(language, 'schemas'), join(out, 'schemas'), { recursive: true });
}

/**
 * The shipped templates precompiled (templates/precompiled.json): each template as Handlebars'
 * compiler writes it, with the SHA-256 of its text, made by the engine's own code bundled from the
 * sources. `tender generate` renders from them instead of running the compiler (about 0.15 s);
 * a template whose text or compiler differs is compiled when loaded, as without the file.
 */
async function precompileShipped() {
    const templates = join(language, 'src', 'generate', 'templates');
    const result = await esbuild.build({
        stdin: {
            contents: `export { precompileTemplates } from ${JSON.stringify(join(templates, 'engine.ts'))};\n`
                + `export { loadTemplates, sha256, PRECOMPILED_FILE } from ${JSON.stringify(join(templates, 'load-templates.ts'))};\n`,
            resolveDir: language,
            loader: 'ts'
        },
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        write: false,
        logLevel: 'warning',
        plugins: [languageFromSources],
        banner: { js: 'import { createRequire as __tenderCreateRequire } from "node:module";\nconst require = __tenderCreateRequire(import.meta.url);' }
    });
    const script = join(out, `precompile-${process.pid}.mjs`);
    writeFileSync(script, result.outputFiles[0].text);
    try {
        const { precompileTemplates, loadTemplates, sha256, PRECOMPILED_FILE } = await import(pathToFileURL(script).href);
        const folder = join(out, 'templates');
        writeFileSync(join(folder, PRECOMPILED_FILE), JSON.stringify(precompileTemplates(loadTemplates({ shipped: folder }), sha256)));
    } finally {
        rmSync(script, { force: true });
    }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
copyAssets();
if (watch) {
    for (const options of builds) {
        const context = await esbuild.context(options);
        await context.watch();
    }
    console.log('tender cli: watching for changes');
} else {
    const started = Date.now();
    const metafile = process.argv.includes('--metafile');
    try {
        const results = await Promise.all(builds.map(options => esbuild.build({ ...options, metafile })));
        await precompileShipped();
        if (metafile) writeFileSync(join(cli, 'dist', 'bundle-meta.json'), JSON.stringify(results.map(r => r.metafile)));
        const old = `${target}-old-${process.pid}`;
        if (existsSync(target)) renameSync(target, old);
        renameSync(out, target);
        rmSync(old, { recursive: true, force: true });
    } finally {
        rmSync(out, { recursive: true, force: true });
    }
    console.log(`tender cli: bundled dist/bundle/ (main.js and ${commands.map(c => `commands/${c}.js`).join(', ')}) in ${Date.now() - started} ms`);
}
