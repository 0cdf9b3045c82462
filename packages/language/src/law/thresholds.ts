/**
 * Value thresholds: Procurement Act 2023 Schedule 1 as in force for procurements commenced from
 * 1 January 2026 (docs/domain.md section 3.1), VAT included, and Scotland's regulated contract
 * threshold (section 8). Only figures that domain.md states appear here, each with its source.
 */
import type { Money } from '../values/money.js';
import type { BuyerType, Jurisdiction, Regime } from './time-limits.js';

export interface Threshold {
    /** What the threshold is, in a commissioner's words. */
    readonly name: string;
    readonly amount: Money;
    readonly source: string;
}

const gbp = (pounds: number): Money => ({ minor: pounds * 100, currency: 'GBP' });
const SCHEDULE_1 = 'Procurement Act 2023 Sch 1';

/** When the Schedule 1 figures below apply, and what the value must include. */
export const THRESHOLDS_IN_FORCE = {
    from: '2026-01-01',
    label: 'from 1 January 2026',
    vatSource: 'Procurement Act 2023 s123(2)'
} as const;

/** PA Sch 1 row 8: light touch contracts that are not utilities contracts or concessions. */
export const LIGHT_TOUCH: Threshold = {
    name: 'light touch contract threshold',
    amount: gbp(663_540),
    source: `${SCHEDULE_1} row 8`
};

/** PA Sch 1 row 12: goods and services, sub-central authorities, local authorities included. */
export const SUB_CENTRAL_SERVICES: Threshold = {
    name: 'services threshold for a council (sub-central authority)',
    amount: gbp(207_720),
    source: `${SCHEDULE_1} row 12`
};

/** PA Sch 1 row 11: goods and services, central government. */
export const CENTRAL_SERVICES: Threshold = {
    name: 'services threshold for central government',
    amount: gbp(135_018),
    source: `${SCHEDULE_1} row 11`
};

/** PA Sch 1 row 6: utilities contracts that are not works or light touch contracts. */
export const UTILITIES: Threshold = {
    name: 'utilities contract threshold',
    amount: gbp(415_440),
    source: `${SCHEDULE_1} row 6`
};

/** PA Sch 1 row 5: light touch utilities contracts. */
export const LIGHT_TOUCH_UTILITIES: Threshold = {
    name: 'light touch utilities contract threshold',
    amount: gbp(884_720),
    source: `${SCHEDULE_1} row 5`
};

/** Procurement Reform (Scotland) Act 2014 s3(2): regulated contracts for goods and services. */
export const SCOTLAND_REGULATED_SERVICES: Threshold = {
    name: 'regulated contract threshold for goods and services in Scotland',
    amount: gbp(50_000),
    source: 'Procurement Reform (Scotland) Act 2014 s3(2)'
};

/** A contract is a public contract only at or above its Schedule 1 threshold [PA s3(2); domain.md 1]. */
export const PUBLIC_CONTRACT = { source: 'Procurement Act 2023 s3(2)' } as const;

/**
 * The PSVA duty to consider social value covers light touch contracts valued at or above the
 * general services thresholds (£207,720 for a council), in England and Wales; Welsh devolved
 * authorities are exempt [PSVA s1(16)–(17), s1(11), s4(4); domain.md 6].
 */
export const SOCIAL_VALUE_ACT_LIGHT_TOUCH = {
    threshold: SUB_CENTRAL_SERVICES,
    duty: 'duty to consider how the procurement might improve the economic, social and environmental well-being of the area',
    source: 'Public Services (Social Value) Act 2012 s1(16)–(17)',
    extent: ['england', 'wales'] as readonly Jurisdiction[],
    exemption: 'Welsh devolved authorities are exempt (s1(11), s4(4))'
} as const;

/** A council's best value duty [Local Government Act 1999 s3; domain.md 9.4]. */
export const BEST_VALUE_DUTY = {
    text: 'best value duty to secure continuous improvement in economy, efficiency and effectiveness',
    source: 'Local Government Act 1999 s3'
} as const;

/**
 * The threshold a services tender is measured against. A council is a sub-central authority (the
 * default); a central government buyer has its own services threshold; a public undertaking or a
 * private utility is a contracting authority only for utilities contracts (PA s2(1)(b)), so its
 * thresholds are the utilities rows. Concessions and works are outside the language.
 */
export function contractThreshold(jurisdiction: Jurisdiction, regime: Regime, buyerType: BuyerType = 'sub-central-government'): Threshold {
    if (jurisdiction === 'scotland') {
        return SCOTLAND_REGULATED_SERVICES;
    }
    const utilities = buyerType === 'public-undertaking' || buyerType === 'private-utility';
    if (regime === 'light-touch') {
        return utilities ? LIGHT_TOUCH_UTILITIES : LIGHT_TOUCH;
    }
    if (utilities) {
        return UTILITIES;
    }
    return buyerType === 'central-government' ? CENTRAL_SERVICES : SUB_CENTRAL_SERVICES;
}

/** True below the threshold, false at or above it, undefined when the currencies differ. */
export function isBelowThreshold(value: Money, threshold: Threshold): boolean | undefined {
    if (value.currency !== threshold.amount.currency) {
        return undefined;
    }
    return value.minor < threshold.amount.minor;
}
