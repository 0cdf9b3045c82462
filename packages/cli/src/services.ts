/** One set of language services for the whole process, on the real file system behind the workspace boundary. */
import { BoundedNodeFileSystem } from '@tender/language/node';
import { createTenderServices, type TenderServices } from '@tender/language';

let services: TenderServices | undefined;

export function tenderServices(): TenderServices {
    services ??= createTenderServices(BoundedNodeFileSystem).Tender;
    return services;
}

/**
 * Lets the services and every document they built go: `tender generate` calls it once the
 * tenders are resolved, so the writers run without the syntax trees (about 180 MB for the
 * 20,000-line tender) held beside them. The next tenderServices() makes new ones.
 */
export function releaseTenderServices(): void {
    services = undefined;
}
