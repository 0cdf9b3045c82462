/**
 * Reserved contracts: to supported employment providers (PA s32) and to public service mutuals
 * (PA s33), and which light touch services are reservable to mutuals (the CPV codes marked "R" in
 * column 3 of PR 2024 Schedule 1). Codes read from the text of SI 2024/692 as made (legislation.gov.uk,
 * mirrored in legalize-dev/legalize-uk `uk/uksi-2024-692.md`, Open Government Licence v3.0); later
 * amendments to the schedule were not checked (docs/domain.md 12.4).
 */
import { cpvDigits } from './provider-selection-regime.js';

export type Reservation = 'supported-employment' | 'public-service-mutual';

export const RESERVATION_SOURCES: Record<Reservation, string> = {
    'supported-employment': 'Procurement Act 2023 s32',
    'public-service-mutual': 'Procurement Act 2023 s33'
};

/** Either reservation is made only through a competitive flexible procedure [PA s32(1), s33(2)]. */
export const RESERVATION_PROCEDURE = {
    procedure: 'competitive-flexible',
    source: { 'supported-employment': 'Procurement Act 2023 s32(1)', 'public-service-mutual': 'Procurement Act 2023 s33(2)' }
} as const;

/** A contract reserved to mutuals has a maximum term of five years or less [PA s33(1)(b)]. */
export const MUTUAL_MAXIMUM_TERM = { years: 5, months: 60, source: 'Procurement Act 2023 s33(1)(b)' } as const;

/** The services must be reservable light touch services [PA s33(1)(a); PR 2024 reg 42(2) and Sch 1]. */
export const RESERVABLE_SOURCE = 'Procurement Regulations 2024 Sch 1 (column 3, "R")';

/**
 * The CPV codes PR 2024 Schedule 1 marks "R" (reservable), eight digits without the check digit.
 * Light touch codes without the mark (e.g. 75231240 probation, 79611000 job search, 80000000
 * education and training) are not reservable.
 */
export const RESERVABLE_CODES: ReadonlySet<string> = new Set([
    // Health, social and related services
    '79622000', '79624000', '79625000',
    '85000000', '85100000', '85110000', '85111000', '85111100', '85111200', '85111300', '85111310', '85111320',
    '85111400', '85111500', '85111600', '85111700', '85111800', '85111810', '85111820', '85111900', '85112000',
    '85112100', '85112200', '85120000', '85121000', '85121100', '85121200', '85121210', '85121220', '85121230',
    '85121231', '85121232', '85121240', '85121250', '85121251', '85121252', '85121270', '85121271', '85121280',
    '85121281', '85121282', '85121283', '85121290', '85121291', '85121292', '85121300', '85130000', '85131000',
    '85131100', '85131110', '85140000', '85141000', '85141100', '85141200', '85141210', '85141211', '85141220',
    '85142000', '85142100', '85142200', '85142300', '85142400', '85143000', '85144000', '85144100', '85145000',
    '85146000', '85146100', '85146200', '85147000', '85148000', '85149000', '85150000', '85160000', '85170000',
    '85171000', '85172000', '85200000', '85210000', '85300000', '85310000', '85311000', '85311100', '85311200',
    '85311300', '85312000', '85312100', '85312110', '85312120', '85312200', '85312300', '85312310', '85312320',
    '85312330', '85312400', '85312500', '85312510', '85320000', '85321000', '85322000', '85323000', '98133000',
    '98133100',
    // Administrative social, educational, healthcare and cultural services
    '75121000', '75122000', '80110000', '80300000', '80310000', '80320000', '80330000', '80340000', '80420000',
    '80430000', '80511000', '80520000', '80521000', '80522000', '80590000', '92500000', '92510000', '92511000',
    '92512000', '92512100', '92520000', '92521000', '92521100', '92521200', '92521210', '92521220', '92522000',
    '92522100', '92522200', '92530000', '92531000', '92532000', '92533000', '92534000', '92600000', '92610000',
    '92620000', '92621000', '92622000',
    // Other community, social and personal services
    '98133110',
    // Other administrative services and government services
    '75123000'
]);

/** Whether a CPV code is reservable to public service mutuals; undefined when it is not a CPV code. */
export function isReservable(code: string): boolean | undefined {
    const digits = cpvDigits(code);
    return digits === undefined ? undefined : RESERVABLE_CODES.has(digits);
}
