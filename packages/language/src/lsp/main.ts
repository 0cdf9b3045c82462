/**
 * The language server: `node dist/lsp/main.js --stdio`.
 *
 * The tender server of server.ts (also run in the browser's worker) on a Node connection, with
 * the requests that write files (tender-requests.ts). Errors that escape a request or a build are
 * logged; the server keeps going.
 */
import './young-generation.js';
import { BoundedNodeFileSystem } from '../node/file-system.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createTenderServices } from '../tender-module.js';
import { startTenderServer } from './server.js';
import { TenderRequests } from './tender-requests.js';

process.on('uncaughtException', error => {
    console.error(`tender: uncaught error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
});
process.on('unhandledRejection', reason => {
    console.error(`tender: unhandled rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
});

const connection = createConnection(ProposedFeatures.all);
const services = createTenderServices({ connection, ...BoundedNodeFileSystem });
// The preview's HTML and tender pack generation for the editor (protocol.ts).
new TenderRequests(services.Tender).register(connection);
startTenderServer(connection, services);
