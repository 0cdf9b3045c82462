/**
 * International Territorial Level (ITL) codes, as Find a Tender writes them (`UKF13`), and
 * organisation identifiers with their scheme prefix (`GB-PPON-...`), for hover and the outputs.
 *
 * ITL 2021 (Office for National Statistics, "International Territorial Levels (ITL)", in use from
 * 1 January 2021; published under the Open Government Licence v3.0). ONS writes the codes `TLC`,
 * `TLF13`; Find a Tender and OCDS keep the NUTS-style `UK` prefix (`UKC`, `UKF13`) with the same
 * letters and digits. The names of all three levels, with their source, are in itl-2021-names.ts.
 */
import { ITL1_NAMES, ITL2_NAMES, ITL3_NAMES } from './itl-2021-names.js';

export { ITL1_NAMES, ITL2_NAMES, ITL3_NAMES } from './itl-2021-names.js';

export const ITL_SOURCE = 'ONS, International Territorial Levels (ITL) 2021; Open Government Licence v3.0';

/** The form of an ITL code: `UK` alone, or `UK`, a letter and up to three letters or digits. */
export const ITL_CODE = /^UK([A-Z][A-Z0-9]{0,3})?$/;

/** An ITL 2021 area: its code and name. */
export interface ItlArea {
    readonly code: string;
    readonly name: string;
}

export interface RegionDescription {
    readonly code: string;
    /** The code has the form of an ITL code. */
    readonly valid: boolean;
    /** 0 for `UK`, 1 for `UKF`, 2 for `UKF1`, 3 for `UKF13`. */
    readonly level: number | null;
    /** The level-1 region's name, when the code's letter is one of the twelve. */
    readonly region: string | null;
    /** The area's own name, when the code is an ITL 2021 code (any level). */
    readonly name: string | null;
    /** The areas that contain it, nearest first (level 2, then level 1), as named in ITL 2021. */
    readonly parents: readonly ItlArea[];
    /** One sentence for a hover. */
    readonly summary: string;
}

const NAMES_BY_LEVEL: readonly Readonly<Record<string, string>>[] = [{}, ITL1_NAMES, ITL2_NAMES, ITL3_NAMES];

/** The ITL 2021 name of a code of level 1 to 3, or undefined. */
export function itlName(code: string): string | undefined {
    const names = NAMES_BY_LEVEL[code.length - 2];
    return names && Object.prototype.hasOwnProperty.call(names, code) ? names[code] : undefined;
}

export function describeRegion(written: string): RegionDescription {
    const code = written.trim();
    const none = { name: null, parents: [] };
    if (!ITL_CODE.test(code)) {
        return { code, valid: false, level: null, region: null, ...none, summary: `"${code}" is not an ITL code: write \`UK\` for the whole of the UK, or UK, a letter and up to three letters or digits, e.g. "UKF13".` };
    }
    if (code === 'UK') return { code, valid: true, level: 0, region: 'United Kingdom', ...none, summary: 'UK: the whole of the United Kingdom.' };
    const level = code.length - 2;
    const region = itlName(code.slice(0, 3)) ?? null;
    if (!region) {
        return { code, valid: true, level, region: null, ...none, summary: `${code}: ITL level ${level} by its form, but ${code.slice(0, 3)} is none of the twelve level-1 regions (UKC to UKN).` };
    }
    const parents: ItlArea[] = [];
    for (let length = code.length - 1; length >= 3; length--) {
        const parent = code.slice(0, length);
        const parentName = itlName(parent);
        if (parentName) parents.push({ code: parent, name: parentName });
    }
    const name = itlName(code) ?? null;
    if (level === 1) {
        return { code, valid: true, level, region, name, parents, summary: `${code}: ${region}, an ITL level 1 region.` };
    }
    const within = parents.map(p => `${p.name} (${p.code})`).join(', ');
    if (name) {
        return { code, valid: true, level, region, name, parents, summary: `${code}: ${name}, an ITL level ${level} area in ${within}.` };
    }
    const siblings = Object.keys(NAMES_BY_LEVEL[level]).filter(c => c.startsWith(code.slice(0, level === 3 ? 4 : 3)));
    const range = siblings.length > 0 ? ` (the ITL 2021 level ${level} codes there are ${siblings[0]} to ${siblings[siblings.length - 1]})` : '';
    return {
        code, valid: true, level, region, name: null, parents,
        summary: `${code}: no ITL 2021 level ${level} area has this code; by its form it is in ${within}${range}. Check the code: ITL 2025 codes differ in places.`
    };
}

/** Identifier schemes (org-id.guide) a UK contracting authority is commonly identified by. */
export const IDENTIFIER_SCHEMES: Readonly<Record<string, string>> = {
    'GB-PPON': 'Public Procurement Organisation Number, assigned by the Central Digital Platform (the identifier the Procurement Act 2023 notices use)',
    'GB-COH': 'Companies House company number',
    'GB-CHC': 'Charity Commission for England and Wales registered charity number',
    'GB-SC': 'Scottish Charity Regulator charity number',
    'GB-NIC': 'Charity Commission for Northern Ireland charity number',
    'GB-EDU': 'Department for Education unique reference number (URN) in Get Information About Schools',
    'GB-NHS': 'NHS Organisation Data Service code',
    'GB-LAE': 'Local authority in England (register of local authorities)',
    'GB-LAS': 'Local authority in Scotland',
    'GB-PLA': 'Principal local authority in Wales',
    'GB-LANI': 'Local authority in Northern Ireland',
    'GB-GOR': 'Government Organisation Register',
    'GB-MPR': 'Mutuals Public Register (Financial Conduct Authority)',
    'GB-UKPRN': 'UK Register of Learning Providers number'
};

export interface IdentifierDescription {
    readonly scheme: string | null;
    readonly identifier: string | null;
    readonly schemeName: string | null;
    readonly summary: string;
}

/** An `id`: the scheme is its first two hyphen-separated parts, the rest the identifier. */
export function describeIdentifier(written: string): IdentifierDescription {
    const id = written.trim();
    const parts = id.split('-');
    if (parts.length < 3 || parts.some(p => p.length === 0)) {
        return { scheme: null, identifier: null, schemeName: null, summary: `"${id}" has no scheme prefix: write the scheme then the identifier, e.g. "GB-PPON-PMRV-7341-TLNB" or "GB-COH-01234567".` };
    }
    const scheme = `${parts[0]}-${parts[1]}`;
    const identifier = parts.slice(2).join('-');
    const schemeName = IDENTIFIER_SCHEMES[scheme] ?? null;
    return {
        scheme, identifier, schemeName,
        summary: schemeName ? `${scheme}: ${schemeName}; identifier ${identifier}.` : `${scheme}: a scheme this editor does not know (see org-id.guide); identifier ${identifier}.`
    };
}
