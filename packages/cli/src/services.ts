/** One set of language services for the whole process, on the real file system behind the workspace boundary. */
import { BoundedNodeFileSystem } from '@tender/language/node';
import { createTenderServices, type TenderServices } from '@tender/language';

let services: TenderServices | undefined;

export function tenderServices(): TenderServices {
    services ??= createTenderServices(BoundedNodeFileSystem).Tender;
    return services;
}
