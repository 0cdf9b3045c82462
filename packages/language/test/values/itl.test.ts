/**
 * ITL 2021 region codes: every level named from ONS's lists (values/itl-2021-names.ts), each code
 * placed in its parents, and codes that have an ITL code's form but are not ITL 2021 codes said to be so.
 */
import { describe, expect, test } from 'vitest';
import { describeRegion, ITL1_NAMES, ITL2_NAMES, ITL3_NAMES } from '../../src/values/itl.js';

describe('the ITL 2021 lists', () => {
    test('are complete: 12 level-1 regions, 41 level-2 and 179 level-3 areas, each inside its parent', () => {
        expect(Object.keys(ITL1_NAMES)).toHaveLength(12);
        expect(Object.keys(ITL2_NAMES)).toHaveLength(41);
        expect(Object.keys(ITL3_NAMES)).toHaveLength(179);
        for (const code of Object.keys(ITL2_NAMES)) expect(ITL1_NAMES[code.slice(0, 3)], code).toBeDefined();
        for (const code of Object.keys(ITL3_NAMES)) expect(ITL2_NAMES[code.slice(0, 4)], code).toBeDefined();
        // every level-2 area has at least one level-3 area
        for (const code of Object.keys(ITL2_NAMES)) expect(Object.keys(ITL3_NAMES).some(c => c.startsWith(code)), code).toBe(true);
        for (const name of [...Object.values(ITL2_NAMES), ...Object.values(ITL3_NAMES)]) expect(name).toBe(name.trim());
    });
});

describe('describeRegion', () => {
    test('level 2: its name and its level-1 region', () => {
        const r = describeRegion('UKC1');
        expect(r.name).toBe('Tees Valley and Durham');
        expect(r.parents).toEqual([{ code: 'UKC', name: 'North East (England)' }]);
        expect(r.summary).toBe('UKC1: Tees Valley and Durham, an ITL level 2 area in North East (England) (UKC).');
        expect(describeRegion('UKI3').name).toBe('Inner London - West');
        expect(describeRegion('UKM6').name).toBe('Highlands and Islands');
        expect(describeRegion('UKN0').summary).toBe('UKN0: Northern Ireland, an ITL level 2 area in Northern Ireland (UKN).');
    });

    test('level 3: its name, its level-2 area and its level-1 region', () => {
        expect(describeRegion('UKF13').summary).toBe('UKF13: South and West Derbyshire, an ITL level 3 area in Derbyshire and Nottinghamshire (UKF1), East Midlands (England) (UKF).');
        expect(describeRegion('UKC14').name).toBe('Durham');
        expect(describeRegion('UKK24').name).toBe('Bournemouth, Christchurch and Poole');
        expect(describeRegion('UKN0A').summary).toBe('UKN0A: Derry City and Strabane, an ITL level 3 area in Northern Ireland (UKN0), Northern Ireland (UKN).');
        expect(describeRegion('UKM75').parents.map(p => p.code)).toEqual(['UKM7', 'UKM']);
    });

    test('level 1 and the whole UK, as before', () => {
        expect(describeRegion('UKF').summary).toBe('UKF: East Midlands (England), an ITL level 1 region.');
        expect(describeRegion('UK').summary).toBe('UK: the whole of the United Kingdom.');
    });

    test('a code of the right form that ITL 2021 does not have is said to be none, never named', () => {
        const level3 = describeRegion('UKF19');
        expect(level3.name).toBeNull();
        expect(level3.summary).toBe('UKF19: no ITL 2021 level 3 area has this code; by its form it is in Derbyshire and Nottinghamshire (UKF1), East Midlands (England) (UKF) (the ITL 2021 level 3 codes there are UKF11 to UKF16). Check the code: ITL 2025 codes differ in places.');
        // An ITL 2025 code (Tees Valley became TLC3 in 2025): no 2021 level-2 area UKC3.
        const level2 = describeRegion('UKC3');
        expect(level2.name).toBeNull();
        expect(level2.summary).toContain('no ITL 2021 level 2 area has this code; by its form it is in North East (England) (UKC) (the ITL 2021 level 2 codes there are UKC1 to UKC2)');
        expect(describeRegion('UKQ1').summary).toContain('none of the twelve level-1 regions');
        expect(describeRegion('ukf13').valid).toBe(false);
        expect(describeRegion('UKF1toString').valid).toBe(false);
    });
});
