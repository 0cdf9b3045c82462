/**
 * Builds Tender in the browser into packages/web/dist: one folder any web server can host.
 *
 *   dist/index.html            the page, with its content security policy (nothing leaves the page)
 *   dist/assets/app.css
 *   dist/assets/main.js        the page: CodeMirror 6, its LSP client, files and drafts
 *   dist/assets/worker.js      the tender language server (packages/language) in a Web Worker
 *   dist/assets/chunk-*.js     code loaded when first needed: the writers and the shipped templates
 *                              (preview, Generate), JSZip (zip files)
 *
 * The language package is bundled from its sources, as the VS Code extension's server is. Node's
 * modules stay out: `node:path`, `node:url` and `node:zlib` (deflate, from pako) are small shims, the templates loader reads the
 * bundled templates, and any other Node import fails the build. The examples, the shipped
 * templates and the keyword list (from the grammar Langium generated) are bundled, so a rebuild
 * picks up a changed grammar.
 *
 *   node scripts/build.mjs            one build (minified)
 *   node scripts/build.mjs --dev      unminified, with source maps
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const web = join(here, '..');
const repo = join(web, '..', '..');
const language = join(repo, 'packages', 'language');
const finalDist = join(web, 'dist');
/** Built beside dist/ and swapped in at the end: a page being served never sees half a build. */
const dist = join(web, 'dist-next');
const dev = process.argv.includes('--dev');

/** The examples one click away: every folder of examples/ with a .tender file (tender.config.json and templates too). */
function examples() {
    const root = join(repo, 'examples');
    const titles = {
        anyborough: 'Anyborough: support for adults facing multiple disadvantage',
        westhaven: 'Westhaven: accommodation for young people',
        northvale: 'Northvale: domestic abuse support',
        grants: 'Community grants',
        forms: 'Every form of the language'
    };
    const order = Object.keys(titles);
    return readdirSync(root)
        .filter(name => statSync(join(root, name)).isDirectory())
        .map(name => ({ id: name, title: titles[name] ?? name, files: folderFiles(join(root, name)) }))
        .filter(example => example.files.some(([path]) => path.endsWith('.tender')))
        .sort((a, b) => (order.indexOf(a.id) + 1 || 99) - (order.indexOf(b.id) + 1 || 99) || a.id.localeCompare(b.id));
}

function folderFiles(folder) {
    const files = [];
    const walk = dir => {
        for (const name of readdirSync(dir).sort()) {
            const path = join(dir, name);
            if (statSync(path).isDirectory()) walk(path);
            else if (/\.(tender|hbs)$|^tender\.config\.json$/.test(name)) files.push([relative(folder, path).split('\\').join('/'), readFileSync(path, 'utf8')]);
        }
    };
    walk(folder);
    return files;
}

function templates() {
    const folder = join(language, 'templates');
    return Object.fromEntries(readdirSync(folder).filter(n => n.endsWith('.hbs')).sort().map(n => [n, readFileSync(join(folder, n), 'utf8')]));
}

/** The keywords, from the TextMate grammar `langium generate` writes from the grammar. */
function keywords() {
    const grammar = JSON.parse(readFileSync(join(repo, 'packages', 'extension', 'syntaxes', 'tender.tmLanguage.json'), 'utf8'));
    const pattern = grammar.patterns.find(p => p.name?.startsWith('keyword') && typeof p.match === 'string');
    const match = pattern && /^\\b\((.*)\)\\b$/.exec(pattern.match);
    if (!match) throw new Error('packages/extension/syntaxes/tender.tmLanguage.json: no keyword pattern of the form \\b(...)\\b; run langium generate');
    return match[1].split('|').sort((a, b) => b.length - a.length || a.localeCompare(b));
}

const virtualModules = {
    'tender:templates': () => templates(),
    'tender:examples': () => examples(),
    'tender:keywords': () => keywords()
};

/** Node's modules in the browser: shims for path and url, the templates loader swapped, anything else refused. */
const browserPlugin = {
    name: 'tender-browser',
    setup(build) {
        build.onResolve({ filter: /^tender:/ }, args => ({ path: args.path, namespace: 'tender-virtual' }));
        build.onLoad({ filter: /.*/, namespace: 'tender-virtual' }, args => ({
            contents: `export default ${JSON.stringify(virtualModules[args.path]())};`,
            loader: 'js'
        }));
        build.onResolve({ filter: /^(node:)?path$/ }, () => ({ path: join(web, 'src', 'shims', 'path.ts') }));
        build.onResolve({ filter: /^(node:)?url$/ }, () => ({ path: join(web, 'src', 'shims', 'url.ts') }));
        build.onResolve({ filter: /^(node:)?zlib$/ }, () => ({ path: join(web, 'src', 'shims', 'zlib.ts') }));
        build.onResolve({ filter: /load-templates\.js$/ }, args => args.importer.includes(join('language', 'src'))
            ? { path: join(web, 'src', 'shims', 'load-templates.ts') }
            : undefined);
        // docx's Packer.toBuffer asks JSZip for a Node Buffer, which a browser has not: the DOCX
        // writer's modules get an ArrayBuffer instead (JSZip reads either).
        build.onLoad({ filter: /generate[\\/]docx[\\/][^\\/]+\.ts$/ }, args => {
            const source = readFileSync(args.path, 'utf8');
            if (!source.includes('Packer.toBuffer(')) return undefined;
            return { contents: source.replaceAll('Packer.toBuffer(', 'Packer.toArrayBuffer('), loader: 'ts' };
        });
        build.onResolve({ filter: /^node:|^(fs|child_process|os|crypto|stream|util|events)$/ }, args => ({
            errors: [{ text: `${args.path} is a Node module and cannot run in the browser (imported by ${relative(repo, args.importer)}); keep it out of the web bundle` }]
        }));
    }
};

const common = {
    bundle: true,
    platform: 'browser',
    format: 'esm',
    splitting: true,
    target: 'es2022',
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    legalComments: 'none',
    logLevel: 'warning',
    mainFields: ['browser', 'module', 'main'],
    conditions: ['browser'],
    chunkNames: '[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"', 'process.cwd': 'tenderProcessCwd' },
    inject: [join(web, 'src', 'shims', 'process-cwd.ts')],
    plugins: [browserPlugin],
    metafile: true
};

const started = Date.now();
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'assets'), { recursive: true });
const [page, worker] = await Promise.all([
    esbuild.build({ ...common, entryPoints: { main: join(web, 'src', 'app', 'main.ts') }, outdir: join(dist, 'assets') }),
    esbuild.build({ ...common, entryPoints: { worker: join(web, 'src', 'worker', 'worker.ts') }, outdir: join(dist, 'assets', 'worker') })
]);
cpSync(join(web, 'src', 'index.html'), join(dist, 'index.html'));
cpSync(join(web, 'src', 'app.css'), join(dist, 'assets', 'app.css'));

/** Which files load with the page and which only when needed, for the bench and the size check. */
function loading(metafile) {
    const initial = new Set();
    const outputs = metafile.outputs;
    const visit = file => {
        if (initial.has(file)) return;
        initial.add(file);
        for (const imported of outputs[file].imports) {
            if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
        }
    };
    for (const file of Object.keys(outputs)) if (/(^|\/)(main|worker)\.js$/.test(file)) visit(file);
    const all = Object.keys(outputs).filter(f => f.endsWith('.js'));
    const rel = f => relative(dist, join(process.cwd(), f)).split('\\').join('/');
    return { initial: all.filter(f => initial.has(f)).map(rel), lazy: all.filter(f => !initial.has(f)).map(rel) };
}
const pageFiles = loading(page.metafile);
const workerFiles = loading(worker.metafile);
const manifest = { initial: [...pageFiles.initial, ...workerFiles.initial], lazy: [...pageFiles.lazy, ...workerFiles.lazy] };
writeFileSync(join(dist, 'assets', 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
if (process.argv.includes('--metafile')) {
    writeFileSync(join(web, 'meta-page.json'), JSON.stringify(page.metafile));
    writeFileSync(join(web, 'meta-worker.json'), JSON.stringify(worker.metafile));
}
if (!existsSync(join(dist, 'assets', 'worker', 'worker.js'))) throw new Error('no worker bundle');
rmSync(finalDist, { recursive: true, force: true });
renameSync(dist, finalDist);
console.log(`tender web: built packages/web/dist (${manifest.initial.length} files on load, ${manifest.lazy.length} when needed) in ${Date.now() - started} ms`);
