/**
 * A seeded generator of synthetic tenders for the benchmarks: a framework file and a tender of
 * about the requested number of lines that imports it. The tenders are realistic and valid: every
 * reference resolves, weights add up, lot values and funding add up to the tender value, the
 * timeline is in order with a lawful bid window, every service is in a lot and every outcome has
 * a baseline, targets at each horizon and a population outcome. The prose is long, and a few of
 * its sentences use vague words (as real drafts do), so vague-language has something to find.
 *
 *   import { generateTender } from './generate.mjs';
 *   const { framework, tender, lines } = generateTender({ lines: 5_000, seed: 1 });
 */

/** Mulberry32: small, fast, and the same sequence on every machine. */
export function seeded(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const NEEDS = [
    ['Homelessness', 'Homeless, sofa surfing or at risk of losing their home'],
    ['SubstanceMisuse', 'Harmful use of drugs or alcohol'],
    ['MentalHealth', 'Mental ill-health, including anxiety and depression'],
    ['Offending', 'Recent offending or release from prison'],
    ['Employment', 'Out of work and without qualifications'],
    ['SocialIsolation', 'Few trusted relationships or social contacts'],
    ['DomesticAbuse', 'Living with or escaping domestic abuse'],
    ['DebtAndBenefits', 'Problem debt or benefits stopped'],
    ['PhysicalHealth', 'Long-term physical illness or disability'],
    ['CaringDuties', 'Caring for a family member without support']
];

const POPULATION_OUTCOMES = [
    ['SettledAccommodation', 'More residents live in settled, secure accommodation', 'Adults in settled accommodation per 1,000 adults at risk'],
    ['RecoveryFromAddiction', 'More residents recover from drug and alcohol dependence', 'Share of people leaving treatment free of dependence'],
    ['FewerCrises', 'Fewer residents reach crisis point', 'Emergency mental health presentations per 1,000 adults'],
    ['ReducedReoffending', 'Fewer residents reoffend', 'Proven reoffending rate within 12 months of release'],
    ['GoodWork', 'More residents are in good work or learning', 'Adults in paid work, volunteering or accredited learning'],
    ['SaferHomes', 'More residents live free from abuse', 'Repeat incidents of domestic abuse per 1,000 households'],
    ['FinancialResilience', 'More residents are financially secure', 'Households in problem debt per 1,000 households']
];

const AREAS = ['Mossvale', 'Eastgate', 'Old Town', 'Riverside', 'Northfield', 'Hillcrest'];

const SUBJECTS = ['Each person', 'The key worker', 'The provider', 'The partnership', 'Every team', 'The service', 'Peer mentors', 'The lead organisation'];
const VERBS = ['agrees', 'reviews', 'records', 'shares', 'plans', 'arranges', 'checks', 'explains'];
const OBJECTS = [
    'a support plan with the person within 10 working days of the first meeting',
    'progress against each outcome with the person every 8 weeks',
    'referrals from housing, probation and the crisis team on the same day',
    'case records with the commissioner each quarter under the data sharing agreement',
    'a named contact for each person who moves between services',
    'the support with the person before any change of worker',
    'transport and childcare so that each person can attend appointments',
    'what has changed for each person in words the person has chosen'
];
const VAGUE = [
    'The service will take a holistic approach',
    'Providers will offer robust support where possible',
    'Partners will work together going forward',
    'Bidders should propose innovative ways of working',
    'Support will be high quality'
];

function pick(random, list) {
    return list[Math.floor(random() * list.length)];
}

/** A paragraph of `sentences` plain sentences; about one in `vagueEvery` is vague. */
function prose(random, sentences, vagueEvery = 12) {
    const parts = [];
    for (let i = 0; i < sentences; i++) {
        if (random() < 1 / vagueEvery) {
            parts.push(`${pick(random, VAGUE)}.`);
        } else {
            parts.push(`${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}.`);
        }
    }
    return parts.join(' ');
}

function money(pounds) {
    return `£${pounds.toLocaleString('en-GB')}`;
}

/** The framework every generated tender imports. */
export function generateFramework() {
    const lines = [
        '// Synthetic place-wide outcomes framework for the benchmarks.',
        '',
        'framework Benchmark {',
        '    title "Benchmark Health and Wellbeing Strategy"',
        '    owner "Benchmark Health and Wellbeing Board"',
        ''
    ];
    for (const [name, text] of NEEDS) lines.push(`    need ${name} "${text}"`);
    lines.push('');
    for (const [name, text, indicator] of POPULATION_OUTCOMES) {
        lines.push(`    outcome ${name} "${text}" {`, `        indicator "${indicator}"`, '    }');
    }
    lines.push('}', '');
    return lines.join('\n');
}

/**
 * The tender for given counts of outcomes (services deliver two each, lots hold four services).
 * @param {{ outcomes: number, seed: number, proseSentences?: number }} options
 */
function tenderWith(options) {
    const random = seeded(options.seed);
    const outcomeCount = Math.max(2, options.outcomes);
    const serviceCount = Math.max(1, Math.ceil(outcomeCount / 2));
    const lotCount = Math.max(1, Math.ceil(serviceCount / 4));
    const cohortCount = Math.max(1, Math.ceil(outcomeCount / 25));
    const out = [];
    const push = (...lines) => { for (const line of lines) out.push(line); };

    const lotValues = Array.from({ length: lotCount }, () => (12 + Math.floor(random() * 80)) * 10_000);
    const total = lotValues.reduce((a, b) => a + b, 0);
    const council = Math.round(total * 0.6 / 10_000) * 10_000;
    const board = Math.round(total * 0.25 / 10_000) * 10_000;
    const police = total - council - board;
    const smallestLot = Math.min(...lotValues);

    push(
        '// A synthetic tender for the benchmarks (bench/generate.mjs).',
        '',
        'import "framework.tender"',
        '',
        'tender Benchmark2027 {',
        '    title "Integrated support for adults facing multiple disadvantage"',
        '    reference "BENCH-2027-001"',
        '    buyer "Benchmark Borough Council"',
        '    stage plan',
        '    procedure competitive-flexible',
        '    regime light-touch',
        '    cpv "85000000-9" "Health and social work services"',
        `    value ${money(total)} over 5 years`,
        '    issued 2027-03-01',
        '    version "1.0"',
        '',
        '    funding {',
        `        contributor "Benchmark Borough Council" ${money(council)}`,
        `        contributor "Benchmark Integrated Care Board" ${money(board)}`,
        `        contributor "Benchmark Police and Crime Commissioner" ${money(police)}`,
        '    }',
        '',
        `    purpose "${prose(random, options.proseSentences ?? 40)}"`,
        '',
        '    engagement {',
        '        level collaborate',
        '        service-users "Six co-design workshops with 40 people with lived experience"',
        '        providers "A preliminary market engagement event and three provider forums"',
        '        notice "2026/S 000-012345"',
        '        commissioners "A joint commissioning group of the council, the board and the commissioner"',
        '    }',
        ''
    );

    const needsOfCohort = (c) => [NEEDS[c % NEEDS.length][0], NEEDS[(c + 3) % NEEDS.length][0], NEEDS[(c + 6) % NEEDS.length][0]];
    for (let c = 0; c < cohortCount; c++) {
        push(
            `    cohort People${c} {`,
            `        description "${prose(random, 2, 1000)}"`,
            `        size ${50 + Math.floor(random() * 400)} people per year`,
            `        areas ${[pick(random, AREAS), pick(random, AREAS)].filter((a, i, all) => all.indexOf(a) === i).map(a => `"${a}"`).join(', ')}`,
            `        needs ${needsOfCohort(c).join(', ')}`,
            '        assets "Peer networks and friendships", "Skills from work and caring"',
            '',
            `        persona Person${c} {`,
            `            age ${19 + Math.floor(random() * 60)}`,
            `            area "${pick(random, AREAS)}"`,
            `            story "${prose(random, 6, 1000)}"`,
            '            says "I want support that stays with me."',
            '        }',
            '    }',
            ''
        );
    }

    for (let o = 0; o < outcomeCount; o++) {
        const cohort = Math.min(cohortCount - 1, Math.floor(o / 25));
        const [population] = POPULATION_OUTCOMES[o % POPULATION_OUTCOMES.length];
        const baseline = 10 + Math.floor(random() * 30);
        push(
            `    outcome Outcome${o} "People in cohort ${cohort} see change ${o}" {`,
            `        serves People${cohort}`,
            `        contributes-to ${population}`,
            `        indicator "Share of the cohort whose situation ${o} improved for at least 6 months"`,
            `        baseline ${baseline}% in 2026`,
            `        target 6 months ${baseline + 5}%`,
            `        target 2 years ${baseline + 15}%`,
            `        target 5 years ${baseline + 30}%`,
            '        evidence "Provider case records matched with council data each quarter"',
            '    }',
            ''
        );
    }

    for (let s = 0; s < serviceCount; s++) {
        const delivered = [2 * s, 2 * s + 1].filter(o => o < outcomeCount);
        // every need of the cohort its outcomes serve, so that no need goes unmet
        const cohort = Math.min(cohortCount - 1, Math.floor(delivered[0] / 25));
        push(
            `    service Service${s} "Support service ${s}" {`,
            `        description "${prose(random, 5)}"`,
            `        addresses ${needsOfCohort(cohort).join(', ')}`,
            `        delivers ${delivered.map(o => `Outcome${o}`).join(', ')}`,
            '    }',
            ''
        );
    }

    for (let l = 0; l < lotCount; l++) {
        const services = [];
        for (let s = 4 * l; s < Math.min(serviceCount, 4 * l + 4); s++) services.push(`Service${s}`);
        push(
            `    lot Lot${l} "Support lot ${l}" {`,
            `        value ${money(lotValues[l])}`,
            `        services ${services.join(', ')}`,
            `        areas "${pick(random, AREAS)}"`
        );
        if (l % 10 === 0) {
            const measured = services.map(s => `Outcome${2 * Number(s.slice('Service'.length))}`);
            push(
                '        award-criteria {',
                '            technical "Quality of the support model" weight 60% {',
                `                sub "How support is built around each person" weight 30% measures ${measured.join(', ')}`,
                `                sub "How outcomes will be evidenced" weight 30% measures ${measured[0]}`,
                '            }',
                '            social-value "Social value" weight 10%',
                '            price "Price" weight 30%',
                '        }'
            );
        }
        push('    }', '');
    }

    push('    lots {', '        max-per-bidder 3', '    }', '');

    // Five technical sub-criteria share the outcomes between them.
    const measuresOf = (k) => Array.from({ length: outcomeCount }, (_, o) => o).filter(o => o % 5 === k).map(o => `Outcome${o}`);
    push('    award-criteria {', '        technical "Quality of the support model" weight 55% {');
    for (let k = 0; k < 5; k++) {
        const measures = measuresOf(k);
        push(`            sub "Approach ${k + 1}" weight 11%${measures.length ? ` measures ${measures.join(', ')}` : ''}`);
    }
    push(
        '        }',
        '        social-value "Social value" weight 15% {',
        '            sub "Local employment and volunteering" weight 10%',
        '            sub "Involving people with lived experience" weight 5%',
        '        }',
        '        price "Price" weight 30%',
        '        assessment {',
        '            scale 0 to 4',
        '            mark 0 "No response, or a response that does not answer the question"',
        '            mark 2 "A response that meets the requirement with minor gaps"',
        '            mark 4 "A response that meets the requirement in full, with evidence"',
        '            price "lowest tendered price divided by tendered price, times the price weight"',
        '            no-pass-marks',
        '        }',
        '    }',
        '',
        '    social-value {',
        '        policy "Benchmark Social Value Policy 2025"',
        '        requirement "At least 2,000 volunteering hours a year by local residents"',
        '    }',
        '',
        '    collaboration {',
        '        joint-bids welcome',
        '        models lead-provider, alliance-contract, prime-subcontractor',
        '        lead-organisation required',
        '        risk-sharing partnership-agreement',
        '        formation-period 6 weeks',
        '        subcontract-share minimum 25%',
        '    }',
        '',
        '    participation {',
        `        minimum-turnover ${money(smallestLot)}`,
        '        insurance "Public liability cover of £5,000,000"',
        '    }',
        '',
        '    timeline {',
        '        market-engagement 2027-01-11',
        '        publish 2027-03-01',
        '        clarification-deadline 2027-03-29',
        '        bid-deadline 2027-04-19',
        '        award 2027-06-01',
        '        contract-start 2027-10-01',
        '    }',
        '',
        '    contract {',
        '        duration 3 years',
        '        extension up-to 2 years',
        '        review every 12 months "A joint review of outcomes, costs and terms"',
        '        payment block 80%',
        '        payment outcomes 20%',
        '    }',
        ''
    );
    const risks = Math.max(1, Math.ceil(outcomeCount / 20));
    for (let r = 0; r < risks; r++) {
        push(
            `    risk Risk${r} "Risk ${r} to delivery" {`,
            `        likelihood ${pick(random, ['low', 'medium', 'high'])}`,
            `        impact ${pick(random, ['low', 'medium', 'high'])}`,
            `        mitigation "${prose(random, 2, 1000)}"`,
            '    }',
            ''
        );
    }
    push('}', '');
    return out.join('\n');
}

function lineCount(text) {
    let count = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    return count;
}

/**
 * A framework and a tender of about `lines` lines (within a few per cent).
 * @param {{ lines: number, seed?: number }} options
 * @returns {{ framework: string, tender: string, lines: number, outcomes: number }}
 */
export function generateTender(options) {
    const seed = options.seed ?? 1;
    // about 20 lines per outcome once services, lots and criteria are counted; then correct
    let outcomes = Math.max(2, Math.round(options.lines / 20));
    let tender = tenderWith({ outcomes, seed });
    for (let i = 0; i < 4; i++) {
        const lines = lineCount(tender);
        if (Math.abs(lines - options.lines) / options.lines < 0.01) break;
        outcomes = Math.max(2, Math.round(outcomes * options.lines / lines));
        tender = tenderWith({ outcomes, seed });
    }
    return { framework: generateFramework(), tender, lines: lineCount(tender), outcomes };
}

/**
 * A tender whose purpose is `megabytes` of prose (for the vague-language scan): one text, one in
 * twelve sentences vague.
 * @param {{ megabytes: number, seed?: number }} options
 */
export function generateLongProse(options) {
    const random = seeded(options.seed ?? 1);
    const target = Math.round(options.megabytes * 1024 * 1024);
    const parts = [];
    let length = 0;
    while (length < target) {
        const sentence = prose(random, 1);
        parts.push(sentence);
        length += sentence.length + 1;
    }
    const text = parts.join(' ');
    return { tender: `tender LongProse {\n    purpose "${text}"\n}\n`, characters: text.length };
}
