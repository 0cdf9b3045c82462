/**
 * Bundles the extension for VS Code with esbuild: the client (dist/extension.js) and the tender
 * language server with every dependency inlined (dist/server.js), both CommonJS for the extension
 * host's Node. Also copies the Anyborough example the walkthrough opens into examples/, and the
 * shipped document templates the server reads into templates/.
 *
 *   node scripts/bundle.mjs            one build (minified)
 *   node scripts/bundle.mjs --watch    rebuild on change, unminified, with source maps
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { editorGrammar } from './editor-grammar.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const extension = join(here, '..');
const repo = join(extension, '..', '..');
const watch = process.argv.includes('--watch');

/** VS Code 1.85 (the oldest this extension supports) runs extensions on Node 18. */
const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    minify: !watch,
    // Names stay in the client (its bundle's speed does not matter); the server's bundle drops them, below.
    keepNames: true,
    sourcemap: watch ? 'linked' : false,
    legalComments: 'none',
    logLevel: 'warning',
    // Langium and vscode-languageserver ship ES modules; prefer them so esbuild can drop what is unused.
    mainFields: ['module', 'main']
};

/**
 * The shipped server builds its parser in production mode, as the CLI's bundle does: Chevrotain
 * skips the grammar self-checks at start-up. The tests, which run the sources, keep them.
 */
const productionParser = {
    name: 'tender-production-parser',
    setup(build) {
        build.onLoad({ filter: /[\\/]generated[\\/]module\.ts$/ }, (args) => {
            const text = readFileSync(args.path, 'utf8');
            if (!text.includes("mode: 'development'")) return undefined;
            return { contents: text.replace("mode: 'development'", "mode: 'production'"), loader: 'ts' };
        });
    }
};

const builds = [
    {
        ...common,
        entryPoints: [join(extension, 'src', 'extension.ts')],
        outfile: join(extension, 'dist', 'extension.js'),
        external: ['vscode']
    },
    {
        ...common,
        entryPoints: [join(repo, 'packages', 'language', 'src', 'lsp', 'main.ts')],
        outfile: join(extension, 'dist', 'server.js'),
        plugins: [productionParser],
        // No keepNames in the server (as in the CLI's bundle): it wraps every function made at run
        // time in a call that redefines its name, closures included, and Langium's parser makes a
        // closure per alternative each time it tries a choice. With it the server spent ~40% more
        // CPU per edit than tsc's output (5,000-line tender: ~190-210 ms against ~130 ms; ~150 ms
        // without). Nothing in the server reads function or class names: tender/generate and
        // tender/preview, which once failed without them, pass in test/server-requests.test.ts.
        keepNames: false,
        // The language package finds its shipped Handlebars templates from import.meta.url
        // (generate/templates/load-templates.ts: '../../../templates/'). CommonJS has no
        // import.meta, so the bundle answers as if that module sat at dist/generate/templates/,
        // which puts the templates at <extension>/templates/, where copyTemplates() puts them.
        define: { 'import.meta.url': '__tenderImportMetaUrl' },
        banner: { js: 'var __tenderImportMetaUrl = require("url").pathToFileURL(require("path").join(__dirname, "generate", "templates", "load-templates.js")).href;' }
    }
];

/** The preview webview's script: plain browser code, loaded by nonce. */
builds.push({
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    entryPoints: [join(extension, 'src', 'webview', 'preview-script.ts')],
    outfile: join(extension, 'dist', 'preview.js')
});

function copyTemplates() {
    const target = join(extension, 'templates');
    rmSync(target, { recursive: true, force: true });
    cpSync(join(repo, 'packages', 'language', 'templates'), target, { recursive: true });
    // tender.config.json gets completion and checking from the same schema the CLI publishes.
    const schemas = join(extension, 'schemas');
    rmSync(schemas, { recursive: true, force: true });
    mkdirSync(schemas, { recursive: true });
    cpSync(join(repo, 'packages', 'language', 'schemas', 'tender.config.schema.json'), join(schemas, 'tender.config.schema.json'));
}

function copyExample() {
    const target = join(extension, 'examples', 'anyborough');
    rmSync(target, { recursive: true, force: true });
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(repo, 'examples', 'anyborough'), target, { recursive: true });
}

/**
 * The TextMate grammar VS Code uses (scripts/editor-grammar.mjs): Langium's, with whole hyphenated
 * keywords, every value token and declared names coloured, read from the built Tender grammar.
 */
async function writeEditorGrammar() {
    const generated = join(repo, 'packages', 'language', 'dist', 'generated', 'grammar.js');
    if (!existsSync(generated)) throw new Error(`${generated} is missing: build the language package first (npx tsc -b, or npm run build).`);
    const { TenderLanguageGrammar } = await import(pathToFileURL(generated).href);
    const langium = JSON.parse(readFileSync(join(extension, 'syntaxes', 'tender.tmLanguage.json'), 'utf8'));
    const grammar = editorGrammar(langium, TenderLanguageGrammar());
    writeFileSync(join(extension, 'syntaxes', 'tender-vscode.tmLanguage.json'), `${JSON.stringify(grammar, null, 2)}\n`);
}

rmSync(join(extension, 'dist'), { recursive: true, force: true });
await writeEditorGrammar();
copyExample();
copyTemplates();
if (watch) {
    for (const options of builds) {
        const context = await esbuild.context(options);
        await context.watch();
    }
    console.log('tender extension: watching for changes');
} else {
    const started = Date.now();
    await Promise.all(builds.map(options => esbuild.build(options)));
    console.log(`tender extension: bundled dist/extension.js, dist/server.js and dist/preview.js in ${Date.now() - started} ms`);
}
