/**
 * Every property of every element in docs/language.md section 3 parses into the AST it should.
 */
import { describe, expect, test } from 'vitest';
import type { Framework, Grant, Market, Tender } from '../../src/generated/ast.js';
import { FRAMEWORK } from '../helpers.js';
import { only, parse } from './parse-helpers.js';

describe('framework', () => {
    test('title, owner, needs and population outcomes with indicators', async () => {
        const parsed = await parse(`framework Northvale {
    title "Northvale Strategy"
    owner "Northvale Board"
    need Homelessness "Homeless or at risk"
    need Isolation
    outcome SafeHomes "More residents live safely" {
        indicator "Repeat incidents per 1,000 households"
        indicator "Households in settled accommodation"
    }
    outcome Fewer "Fewer crises"
    outcome NoText
}`);
        expect(parsed.languageErrors).toEqual([]);
        const framework = only<Framework>(parsed, 'Framework');
        expect(framework.name).toBe('Northvale');
        expect(framework.title).toBe('Northvale Strategy');
        expect(framework.owner).toBe('Northvale Board');
        expect(framework.needs.map(n => [n.name, n.text])).toEqual([['Homelessness', 'Homeless or at risk'], ['Isolation', undefined]]);
        expect(framework.outcomes.map(o => [o.name, o.text, o.indicators])).toEqual([
            ['SafeHomes', 'More residents live safely', ['Repeat incidents per 1,000 households', 'Households in settled accommodation']],
            ['Fewer', 'Fewer crises', []],
            ['NoText', undefined, []]
        ]);
    });

    test('needs and outcomes may come in any order, between title and owner', async () => {
        const parsed = await parse(`framework F {
    outcome O "o"
    need A "a"
    owner "Board"
    need B "b"
    title "T"
}`);
        expect(parsed.syntaxErrors).toEqual([]);
        const framework = only<Framework>(parsed, 'Framework');
        expect(framework.needs.map(n => n.name)).toEqual(['A', 'B']);
        expect([framework.title, framework.owner]).toEqual(['T', 'Board']);
    });
});

describe('market', () => {
    test('providers with every kind, income, offers and areas', async () => {
        const kinds = ['charity', 'social-enterprise', 'community-group', 'housing-association', 'public', 'private'];
        const providers = kinds.map((kind, i) => `    provider P${i} "Provider ${i}" {
        kind ${kind}
        income £${i + 1}00,000
        offers Homelessness${i % 2 ? ', MentalHealth' : ''}
        areas "North"${i % 2 ? ', "South"' : ''}
    }`).join('\n');
        const parsed = await parse(`import "framework.tender"\nmarket Local {\n${providers}\n    provider Bare\n    provider Named "Only a name"\n}`,
            { files: { 'framework.tender': FRAMEWORK } });
        expect(parsed.languageErrors).toEqual([]);
        const market = only<Market>(parsed, 'Market');
        expect(market.providers.map(p => p.kind)).toEqual([...kinds, undefined, undefined]);
        expect(market.providers[1]).toMatchObject({ name: 'P1', displayName: 'Provider 1', income: '£200,000', areas: ['North', 'South'] });
        expect(market.providers[1].offers.map(r => [r.$refText, r.ref?.name])).toEqual([['Homelessness', 'Homelessness'], ['MentalHealth', 'MentalHealth']]);
        expect(market.providers[6]).toMatchObject({ name: 'Bare', offers: [], areas: [] });
        expect(market.providers[6].displayName).toBeUndefined();
        expect(market.providers[7].displayName).toBe('Only a name');
    });

    test('a provider kind outside the list is a syntax error', async () => {
        const parsed = await parse('market M { provider P { kind charity-shop } }');
        expect(parsed.syntaxErrors.length).toBeGreaterThan(0);
    });
});

const fullTender = `import "framework.tender"

tender Full {
    title "Full tender"
    reference "REF-1"
    buyer "Council"
    version "2.1"
    stage do
    jurisdiction wales
    procedure competitive-flexible
    regime light-touch
    cpv "85000000-9" "Health and social work services"
    cpv "85312000-9"
    value £2.4m over 5 years
    issued 2027-03-01
    funding {
        contributor "Council" £1,500,000
        contributor "Board" £900k
        contributor "Someone yet to say"
    }
    purpose "People have a home."
    engagement {
        level empower
        service-users "Workshops"
        providers "A market event"
        commissioners "A joint group"
    }
    cohort Adults {
        description "Adults aged 18 or over"
        size 420 people per year
        areas "North", "South"
        needs Homelessness, MentalHealth
        assets "Friends", "Skills"
        persona Sam {
            age 30
            area "North"
            story "Sam's story"
            says "I want a home."
        }
        persona Jo { says "Hello" }
    }
    cohort Families { size 40 families }
    outcome Home "People have a home" {
        serves Adults, Families
        contributes-to SettledAccommodation, FewerCrises
        indicator "Share in settled accommodation"
        baseline 18% in 2026
        target 6 months 30%
        target 2 years 55%
        target 5 years 75%
        evidence "Housing register"
    }
    service Housing "Housing-led support" {
        description "Tenancies"
        addresses Homelessness, MentalHealth
        delivers Home
    }
    lot HousingLot "Housing" {
        value £1.2m
        services Housing
        areas "North", "South"
        award-criteria {
            technical "Quality" weight 70%
            price "Price" weight 30%
        }
    }
    lots { max-per-bidder 2 }
    no-lots because "One integrated service"
    award-criteria {
        technical "Quality" weight 60% {
            sub "Approach" weight 40% measures Home
            sub "Partnership" weight 20%
        }
        social-value "Social value" weight 10%
        price "Price" weight 25%
        other "Presentation" weight 5%
    }
    social-value {
        policy "Social Value Policy"
        requirement "Volunteering hours" mandatory
        requirement "Local jobs"
    }
    collaboration {
        joint-bids accepted
        models co-location, informal-network, alliance-contract, joint-venture, lead-provider, prime-subcontractor, external-lead, new-legal-entity
        lead-organisation optional
        risk-sharing jointly-and-severally-liable, memorandum-of-understanding, partnership-agreement, non-disclosure-agreement, service-level-agreement
        formation-period 8 weeks
        subcontract-share minimum 25%
    }
    participation {
        minimum-turnover £250,000
        insurance "Public liability"
        insurance "Employer's liability"
        accreditation "CQC registration"
        requirement "Two references"
    }
    timeline {
        market-engagement 2027-01-11
        planned-procurement-notice 2027-01-18
        publish 2027-03-01
        participation-deadline 2027-03-29
        clarification-deadline 2027-04-05
        bid-deadline 2027-04-19
        award 2027-06-01
        contract-start 2027-10-01
    }
    contract {
        duration 3 years
        extension up-to 2 years
        review every 12 months "A joint review"
        payment block 70%
        payment outcomes 20%
        payment spot-purchase 10%
    }
    risk Failure "A provider fails" {
        likelihood low
        impact high
        mitigation "Step-in rights"
    }
    risk Bare
}`;

describe('tender', () => {
    test('every property parses, with no syntax or language error', async () => {
        const parsed = await parse(fullTender, { files: { 'framework.tender': FRAMEWORK } });
        expect(parsed.syntaxErrors).toEqual([]);
        expect(parsed.languageErrors).toEqual([]);
    });

    test('the header properties', async () => {
        const t = only<Tender>(await parse(fullTender, { files: { 'framework.tender': FRAMEWORK } }), 'Tender');
        expect(t).toMatchObject({
            name: 'Full', title: 'Full tender', reference: 'REF-1', buyer: 'Council', version: '2.1', stage: 'do',
            jurisdiction: 'wales', procedure: 'competitive-flexible', regime: 'light-touch', issued: '2027-03-01', purpose: 'People have a home.'
        });
        expect(t.cpvs.map(c => [c.code, c.label])).toEqual([['85000000-9', 'Health and social work services'], ['85312000-9', undefined]]);
        expect(t.value).toMatchObject({ amount: '£2.4m', term: { amount: 5, unit: 'years' } });
        expect(t.funding?.contributors.map(c => [c.who, c.amount])).toEqual([['Council', '£1,500,000'], ['Board', '£900k'], ['Someone yet to say', undefined]]);
        expect(t.engagement).toMatchObject({ level: 'empower', serviceUsers: 'Workshops', providers: 'A market event', commissioners: 'A joint group' });
    });

    test('cohorts and personas', async () => {
        const t = only<Tender>(await parse(fullTender, { files: { 'framework.tender': FRAMEWORK } }), 'Tender');
        const [adults, families] = t.cohorts;
        expect(adults).toMatchObject({ name: 'Adults', description: 'Adults aged 18 or over', areas: ['North', 'South'], assets: ['Friends', 'Skills'] });
        expect(adults.size).toMatchObject({ count: 420, unit: 'people', perYear: true });
        expect(adults.needs.map(n => n.ref?.name)).toEqual(['Homelessness', 'MentalHealth']);
        expect(adults.personas.map(p => [p.name, p.age, p.area, p.story, p.says])).toEqual([
            ['Sam', 30, 'North', "Sam's story", 'I want a home.'],
            ['Jo', undefined, undefined, undefined, 'Hello']
        ]);
        expect(families.size).toMatchObject({ count: 40, unit: 'families', perYear: false });
    });

    test('outcomes with baseline and targets', async () => {
        const t = only<Tender>(await parse(fullTender, { files: { 'framework.tender': FRAMEWORK } }), 'Tender');
        const [home] = t.outcomes;
        expect(home).toMatchObject({ name: 'Home', statement: 'People have a home', indicator: 'Share in settled accommodation', evidence: 'Housing register' });
        expect(home.serves.map(r => r.ref?.name)).toEqual(['Adults', 'Families']);
        expect(home.contributesTo.map(r => r.ref?.name)).toEqual(['SettledAccommodation', 'FewerCrises']);
        expect(home.baseline).toMatchObject({ measure: { percent: 18 }, year: 2026 });
        expect(home.targets.map(x => `${x.horizon.amount} ${x.horizon.unit} ${x.measure?.percent}%`)).toEqual(['6 months 30%', '2 years 55%', '5 years 75%']);
    });

    test('services and lots, a lot with its own award criteria', async () => {
        const t = only<Tender>(await parse(fullTender, { files: { 'framework.tender': FRAMEWORK } }), 'Tender');
        const [housing] = t.services;
        expect(housing).toMatchObject({ name: 'Housing', title: 'Housing-led support', description: 'Tenancies' });
        expect(housing.addresses.map(r => r.ref?.name)).toEqual(['Homelessness', 'MentalHealth']);
        expect(housing.delivers.map(r => r.ref)).toEqual([t.outcomes[0]]);
        const [lot] = t.lots;
        expect(lot).toMatchObject({ name: 'HousingLot', title: 'Housing', value: '£1.2m', areas: ['North', 'South'] });
        expect(lot.services.map(r => r.ref)).toEqual([housing]);
        expect(lot.awardCriteria?.criteria.map(c => [c.kind, c.title, c.weight])).toEqual([['technical', 'Quality', 70], ['price', 'Price', 30]]);
        expect(t.lotRules?.maxPerBidder).toBe(2);
        expect(t.noLots?.reason).toBe('One integrated service');
    });

    test('award criteria with sub-criteria and measures', async () => {
        const t = only<Tender>(await parse(fullTender, { files: { 'framework.tender': FRAMEWORK } }), 'Tender');
        const criteria = t.awardCriteria!.criteria;
        expect(criteria.map(c => [c.kind, c.title, c.weight])).toEqual([
            ['technical', 'Quality', 60], ['social-value', 'Social value', 10], ['price', 'Price', 25], ['other', 'Presentation', 5]
        ]);
        expect(criteria[0].subCriteria.map(s => [s.title, s.weight, s.measures.map(m => m.ref?.name)])).toEqual([
            ['Approach', 40, ['Home']], ['Partnership', 20, []]
        ]);
    });

    test('social value, collaboration with every model and risk-sharing arrangement, participation', async () => {
        const t = only<Tender>(await parse(fullTender, { files: { 'framework.tender': FRAMEWORK } }), 'Tender');
        expect(t.socialValue?.policy).toBe('Social Value Policy');
        expect(t.socialValue?.requirements.map(r => [r.text, r.mandatory])).toEqual([['Volunteering hours', true], ['Local jobs', false]]);
        expect(t.collaboration).toMatchObject({
            jointBids: 'accepted',
            models: ['co-location', 'informal-network', 'alliance-contract', 'joint-venture', 'lead-provider', 'prime-subcontractor', 'external-lead', 'new-legal-entity'],
            leadOrganisation: 'optional',
            riskSharing: ['jointly-and-severally-liable', 'memorandum-of-understanding', 'partnership-agreement', 'non-disclosure-agreement', 'service-level-agreement'],
            formationPeriod: { amount: 8, unit: 'weeks' },
            subcontractShare: 25
        });
        expect(t.participation).toMatchObject({
            minimumTurnover: '£250,000', insurance: ['Public liability', "Employer's liability"], accreditations: ['CQC registration'], requirements: ['Two references']
        });
    });

    test('timeline, contract and risks', async () => {
        const t = only<Tender>(await parse(fullTender, { files: { 'framework.tender': FRAMEWORK } }), 'Tender');
        expect(t.timeline).toMatchObject({
            marketEngagement: '2027-01-11', plannedProcurementNotice: '2027-01-18', publish: '2027-03-01', participationDeadline: '2027-03-29',
            clarificationDeadline: '2027-04-05', bidDeadline: '2027-04-19', award: '2027-06-01', contractStart: '2027-10-01'
        });
        expect(t.contract).toMatchObject({
            duration: { amount: 3, unit: 'years' },
            extension: { upTo: { amount: 2, unit: 'years' } },
            review: { every: { amount: 12, unit: 'months' }, text: 'A joint review' }
        });
        expect(t.contract?.payments.map(p => [p.mechanism, p.share])).toEqual([['block', 70], ['outcomes', 20], ['spot-purchase', 10]]);
        expect(t.risks.map(r => [r.name, r.text, r.likelihood, r.impact, r.mitigation])).toEqual([
            ['Failure', 'A provider fails', 'low', 'high', 'Step-in rights'],
            ['Bare', undefined, undefined, undefined, undefined]
        ]);
    });

    test.each([
        ['stage', ['analyse', 'plan', 'do', 'review']],
        ['jurisdiction', ['england', 'wales', 'northern-ireland', 'scotland']],
        ['procedure', ['open', 'competitive-flexible', 'direct-award', 'framework-call-off']],
        ['regime', ['standard', 'light-touch']]
    ] as const)('every %s keyword', async (property, values) => {
        for (const value of values) {
            const t = only<Tender>(await parse(`tender T { ${property} ${value} }`), 'Tender');
            expect(t[property], value).toBe(value);
        }
    });

    test('every engagement level, joint-bids answer, payment mechanism and risk level', async () => {
        for (const level of ['inform', 'consult', 'involve', 'collaborate', 'empower']) {
            expect(only<Tender>(await parse(`tender T { engagement { level ${level} } }`), 'Tender').engagement?.level).toBe(level);
        }
        for (const answer of ['welcome', 'accepted', 'not-accepted']) {
            expect(only<Tender>(await parse(`tender T { collaboration { joint-bids ${answer} lead-organisation required } }`), 'Tender').collaboration?.jointBids).toBe(answer);
        }
        for (const unit of ['people', 'households', 'families', 'places']) {
            expect(only<Tender>(await parse(`tender T { cohort C { size 3 ${unit} } }`), 'Tender').cohorts[0].size?.unit).toBe(unit);
        }
        const risk = only<Tender>(await parse('tender T { risk R { likelihood medium impact low } }'), 'Tender').risks[0];
        expect([risk.likelihood, risk.impact]).toEqual(['medium', 'low']);
    });

    test('a value without a term', async () => {
        const t = only<Tender>(await parse('tender T { value £500k }'), 'Tender');
        expect(t.value).toMatchObject({ amount: '£500k' });
        expect(t.value?.term).toBeUndefined();
    });
});

describe('grant', () => {
    test('buyer, value over a term, needs addressed, eligibility', async () => {
        const parsed = await parse(`import "framework.tender"
grant Arts "Arts for recovery" {
    buyer "Council"
    value £60,000 over 1 year
    addresses SocialIsolation, Anyborough.MentalHealth
    eligibility "Small charities"
}`, { files: { 'framework.tender': FRAMEWORK } });
        expect(parsed.languageErrors).toEqual([]);
        const grant = only<Grant>(parsed, 'Grant');
        expect(grant).toMatchObject({ name: 'Arts', title: 'Arts for recovery', buyer: 'Council', eligibility: 'Small charities' });
        expect(grant.value).toMatchObject({ amount: '£60,000', term: { amount: 1, unit: 'year' } });
        expect(grant.addresses.map(r => r.ref?.name)).toEqual(['SocialIsolation', 'MentalHealth']);
    });
});

describe('files', () => {
    test('imports, then elements of every kind in one file', async () => {
        const parsed = await parse(`import "a.tender"
import "sub/b.tender"
framework F { need N }
market M { provider P { offers N } }
tender T { }
grant G { addresses N }`, { files: { 'a.tender': '', 'sub/b.tender': '' } });
        expect(parsed.languageErrors).toEqual([]);
        expect(parsed.model.imports.map(i => i.path)).toEqual(['a.tender', 'sub/b.tender']);
        expect(parsed.model.elements.map(e => `${e.$type} ${e.name}`)).toEqual(['Framework F', 'Market M', 'Tender T', 'Grant G']);
    });

    test('an empty file and a file of comments parse', async () => {
        expect((await parse('')).syntaxErrors).toEqual([]);
        expect((await parse('// nothing yet\n/* still\n nothing */\n')).syntaxErrors).toEqual([]);
    });

    test('line and block comments anywhere between tokens, and comment markers inside text kept', async () => {
        const parsed = await parse(`// a line comment
tender /* between keyword and name */ T { // after the brace
    title /* before the value */ "A // not a comment /* nor this */"
    /* a block comment
       over several lines */
    reference "R" // trailing
}`);
        expect(parsed.syntaxErrors).toEqual([]);
        const t = only<Tender>(parsed, 'Tender');
        expect(t.title).toBe('A // not a comment /* nor this */');
        expect(t.reference).toBe('R');
    });

    test('an import after an element is a syntax error: imports come first', async () => {
        const parsed = await parse('tender T { }\nimport "a.tender"');
        expect(parsed.syntaxErrors.length).toBeGreaterThan(0);
    });
});
