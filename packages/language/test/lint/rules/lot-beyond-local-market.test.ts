import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { FRAMEWORK, lint, lintWithFramework, marked, withCode } from '../../helpers.js';
import { servicesWithFiles } from '../memory-fs.js';

const MARKET = `import "framework.tender"
market Local {
    provider Small "Small Charity" { kind charity offers Homelessness }
    provider Peer "Peer Support" { kind charity offers MentalHealth, SocialIsolation }
}`;

const SERVICES = `
    service Housing "Housing" { addresses Homelessness }
    service Recovery "Recovery" { addresses SubstanceMisuse, MentalHealth }
    service Wellbeing "Wellbeing" { addresses MentalHealth, SocialIsolation }`;

describe('lot-beyond-local-market', () => {
    test('fires on a lot no provider can deliver alone when joint bids are not accepted, naming the nearest provider', async () => {
        const { text, ranges } = marked(`import "framework.tender"
import "market.tender"
tender T {${SERVICES}
    lot <|Big|> "Housing and recovery" { services Housing, Recovery }
    lot Calm "Wellbeing" { services Wellbeing }
    collaboration { joint-bids not-accepted }
}`);
        const found = withCode((await lintWithFramework(text, { files: { 'market.tender': MARKET } })).diagnostics, 'lot-beyond-local-market');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe('No local provider offers every need lot Big addresses (Homelessness, SubstanceMisuse, MentalHealth), and joint bids are not accepted: accept them, or split the lot. Nearest: Small Charity, 1 of 3.');
    });

    test('treats a tender without lots as one lot, and sees a market in the tender\'s own file', async () => {
        const { text, ranges } = marked(`import "framework.tender"
market Local {
    provider Small "Small Charity" { offers Homelessness }
}
tender <|T|> {${SERVICES}
    collaboration { joint-bids not-accepted }
}`);
        const found = withCode((await lintWithFramework(text)).diagnostics, 'lot-beyond-local-market');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toContain('every need the contract (it has no lots) addresses');
    });

    test('sees a market imported through another file', async () => {
        const { diagnostics } = await lintWithFramework(`import "shared.tender"
tender T {${SERVICES}
    lot Big "Big" { services Housing, Recovery }
    collaboration { joint-bids not-accepted }
}`, { files: { 'market.tender': MARKET, 'shared.tender': 'import "market.tender"\nimport "framework.tender"' } });
        expect(withCode(diagnostics, 'lot-beyond-local-market')).toHaveLength(1);
    });

    test('stays quiet when joint bids are welcome or accepted, or nothing is said about them', async () => {
        for (const collaboration of ['collaboration { joint-bids welcome }', 'collaboration { joint-bids accepted }', 'collaboration { models lead-provider }', '']) {
            const { diagnostics } = await lintWithFramework(`import "framework.tender"
import "market.tender"
tender T {${SERVICES}
    lot Big "Big" { services Housing, Recovery }
    ${collaboration}
}`, { files: { 'market.tender': MARKET } });
            expect(withCode(diagnostics, 'lot-beyond-local-market'), collaboration).toEqual([]);
        }
    });

    test('stays quiet when one provider offers every need, with no market in sight, and for a lot whose services address nothing', async () => {
        const fits = await lintWithFramework(`import "framework.tender"
import "market.tender"
tender T {${SERVICES}
    lot Calm "Wellbeing" { services Wellbeing }
    lot Empty "Empty"
    collaboration { joint-bids not-accepted }
}`, { files: { 'market.tender': MARKET } });
        expect(withCode(fits.diagnostics, 'lot-beyond-local-market')).toEqual([]);
        const noMarket = await lintWithFramework(`import "framework.tender"
tender T {${SERVICES}
    lot Big "Big" { services Housing, Recovery }
    collaboration { joint-bids not-accepted }
}`);
        expect(withCode(noMarket.diagnostics, 'lot-beyond-local-market')).toEqual([]);
    });

    test('the Anyborough market: no provider offers all four needs of a key worker lot', async () => {
        const { diagnostics } = await lintWithFramework(`import "framework.tender"
import "market.tender"
tender T {
    service KeyWorker "Key worker" { addresses Homelessness, SubstanceMisuse, MentalHealth, Offending }
    lot KeyWorkerLot "Key worker" { services KeyWorker }
    collaboration { joint-bids not-accepted }
}`);
        const [finding] = withCode(diagnostics, 'lot-beyond-local-market');
        // four needs and a long name do not fit in 200 characters: the needs are left to the lot itself
        expect(finding.message).toBe('No local provider offers every need lot KeyWorkerLot addresses, and joint bids are not accepted: accept them, or split the lot. Nearest: National Care Group, 3 of 4.');
        expect(finding.message.length).toBeLessThanOrEqual(200);
        expect(withCode((await lint('tender T { collaboration { joint-bids not-accepted } }')).diagnostics, 'lot-beyond-local-market')).toEqual([]);
    });

    test('follows a change to an imported file while the tender\'s own text is unchanged', async () => {
        // The tender names a need the framework does not declare yet; when the framework gains it,
        // Langium relinks the tender without a new text version, and the finding must follow.
        const folder = 'file:///memory/project';
        const { services, fs } = await servicesWithFiles({
            [`${folder}/framework.tender`]: FRAMEWORK,
            [`${folder}/market.tender`]: MARKET,
            [`${folder}/tender.tender`]: `import "framework.tender"
import "market.tender"
tender T {
    service Housing "Housing" { addresses Homelessness, Gambling }
    lot Housing "Housing" { services Housing }
    collaboration { joint-bids not-accepted }
}`
        });
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(`${folder}/tender.tender`))!;
        expect(withCode(document.diagnostics ?? [], 'lot-beyond-local-market'), 'only Homelessness resolves, and Small offers it').toEqual([]);
        const version = document.textDocument.version;
        fs.write(`${folder}/framework.tender`, FRAMEWORK.replace('need Homelessness', 'need Gambling "Harmful gambling"\n    need Homelessness'));
        await services.shared.workspace.DocumentBuilder.update([URI.parse(`${folder}/framework.tender`)], []);
        expect(document.textDocument.version, 'the tender itself did not change').toBe(version);
        const [finding] = withCode(document.diagnostics ?? [], 'lot-beyond-local-market');
        expect(finding?.message).toContain('(Homelessness, Gambling)');
    });
});
