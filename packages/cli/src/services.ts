/** One set of language services for the whole process, on the real file system. */
import { NodeFileSystem } from 'langium/node';
import { createTenderServices, type TenderServices } from '@tender/language';

let services: TenderServices | undefined;

export function tenderServices(): TenderServices {
    services ??= createTenderServices(NodeFileSystem).Tender;
    return services;
}
