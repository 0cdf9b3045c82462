/**
 * International Territorial Level (ITL) codes, as Find a Tender writes them (`UKF13`), and
 * organisation identifiers with their scheme prefix (`GB-PPON-...`), for hover and the outputs.
 *
 * ITL 2021 (Office for National Statistics, "International Territorial Levels (ITL)", in use from
 * 1 January 2021; published under the Open Government Licence v3.0). ONS writes the codes `TLC`,
 * `TLF13`; Find a Tender and OCDS keep the NUTS-style `UK` prefix (`UKC`, `UKF13`) with the same
 * letters and digits. Only the twelve level-1 names are bundled here: a level-2 or level-3 code is
 * checked by its form and placed in its level-1 region, not named.
 */

/** ITL 2021 level 1: the nine English regions, Wales, Scotland and Northern Ireland. */
export const ITL1_NAMES: Readonly<Record<string, string>> = {
    UKC: 'North East (England)',
    UKD: 'North West (England)',
    UKE: 'Yorkshire and The Humber',
    UKF: 'East Midlands (England)',
    UKG: 'West Midlands (England)',
    UKH: 'East of England',
    UKI: 'London',
    UKJ: 'South East (England)',
    UKK: 'South West (England)',
    UKL: 'Wales',
    UKM: 'Scotland',
    UKN: 'Northern Ireland'
};

export const ITL_SOURCE = 'ONS, International Territorial Levels (ITL) 2021; Open Government Licence v3.0';

/** The form of an ITL code: `UK` alone, or `UK`, a letter and up to three letters or digits. */
export const ITL_CODE = /^UK([A-Z][A-Z0-9]{0,3})?$/;

export interface RegionDescription {
    readonly code: string;
    readonly valid: boolean;
    /** 0 for `UK`, 1 for `UKF`, 2 for `UKF1`, 3 for `UKF13`. */
    readonly level: number | null;
    /** The level-1 region's name, when the code's letter is one of the twelve. */
    readonly region: string | null;
    /** One sentence for a hover. */
    readonly summary: string;
}

export function describeRegion(written: string): RegionDescription {
    const code = written.trim();
    if (!ITL_CODE.test(code)) {
        return { code, valid: false, level: null, region: null, summary: `"${code}" is not an ITL code: write \`UK\` for the whole of the UK, or UK, a letter and up to three letters or digits, e.g. "UKF13".` };
    }
    if (code === 'UK') return { code, valid: true, level: 0, region: 'United Kingdom', summary: 'UK: the whole of the United Kingdom.' };
    const level = code.length - 2;
    const region = ITL1_NAMES[code.slice(0, 3)] ?? null;
    if (!region) {
        return { code, valid: true, level, region: null, summary: `${code}: ITL level ${level} by its form, but ${code.slice(0, 3)} is none of the twelve level-1 regions (UKC to UKN).` };
    }
    return {
        code, valid: true, level, region,
        summary: level === 1 ? `${code}: ${region}, an ITL level 1 region.` : `${code}: an ITL level ${level} area in ${region} (checked by its form; the area's own name is not bundled).`
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
