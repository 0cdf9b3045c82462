/**
 * The Health Care Services (Provider Selection Regime) Regulations 2023 (docs/domain.md section 7):
 * who it binds, which CPV codes of its Schedule 1 domain.md lists, and when it, not the Procurement
 * Act 2023, governs. domain.md lists examples of Schedule 1 codes, not the whole schedule: a code
 * missing here may still be in it.
 */

const PSR = 'Health Care Services (Provider Selection Regime) Regulations 2023';

export interface ScheduleOneCode {
    /** The eight digits of the CPV code, without the check digit. */
    readonly code: string;
    readonly label: string;
    /** A limit on when the code counts, as Schedule 1 states it. */
    readonly only?: string;
}

/** PSR Sch 1 codes listed in domain.md section 7; specific codes, never whole CPV divisions. */
export const SCHEDULE_1_CODES: readonly ScheduleOneCode[] = [
    { code: '85100000', label: 'health services' },
    { code: '85121270', label: 'psychiatrist or psychologist services' },
    { code: '85312330', label: 'family planning services, for sexual and reproductive health' },
    { code: '85312500', label: 'rehabilitation services', only: 'for tackling substance misuse or for mental or physical rehabilitation' },
    { code: '85323000', label: 'community health services delivered to individuals' }
];

/** Where the codes come from, after "Schedule 1 of the". */
export const SCHEDULE_1_SOURCE = PSR;

/** Relevant authorities: they alone are bound by the PSR [PSR reg 1, reg 3(1)]. */
export const RELEVANT_AUTHORITIES = {
    list: 'NHS England, integrated care boards, NHS trusts and foundation trusts, local authorities and combined authorities',
    source: 'PSR reg 1 and reg 3(1)'
} as const;

/** When the PSR governs a procurement that mixes health care services with other things. */
export const MIXED_PROCUREMENT = {
    text: 'health care services are the main subject-matter by estimated lifetime value and the rest cannot reasonably be contracted separately',
    source: 'PSR reg 3(2)–(4)'
} as const;

/** The Procurement Act 2023 does not apply to procurement the PSR regulates. */
export const PROCUREMENT_ACT_DISAPPLIED = { source: 'Procurement Act 2023 s120; Procurement Regulations 2024 reg 43' } as const;

/** The PSR has no value threshold. */
export const NO_VALUE_THRESHOLD = { source: 'NHS SBS, "Procurement Regulations" (domain.md section 7)' } as const;

/** The PSR covers the health service in England only. */
export const PSR_JURISDICTION = 'england';

/**
 * The eight digits of a CPV code written `85323000` or `85323000-9` (spaces allowed around), or
 * undefined when it is not a CPV code.
 */
export function cpvDigits(code: string): string | undefined {
    const match = /^\s*(\d{8})(?:\s*-\s*\d)?\s*$/.exec(code);
    return match?.[1];
}

/** The Schedule 1 entry for a CPV code, when domain.md lists it. */
export function scheduleOneCode(code: string): ScheduleOneCode | undefined {
    const digits = cpvDigits(code);
    return digits === undefined ? undefined : SCHEDULE_1_CODES.find(entry => entry.code === digits);
}

/** Names that mark an integrated care board, a relevant authority that commissions health care. */
export function namesIntegratedCareBoard(text: string): boolean {
    return /\bintegrated\s+care\s+board\b|\bICB\b/i.test(text);
}
