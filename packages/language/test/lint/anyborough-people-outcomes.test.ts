/**
 * The normative Anyborough examples, for the outcome, people, engagement, collaboration, contract
 * and risk rules: the first draft produces the findings docs/language.md section 4 lists, on the
 * right things; the finished tender has no error or warning from them.
 */
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTenderServices } from '../../src/tender-module.js';
import { loadTenders } from '../../src/workspace/load.js';
import { ANYBOROUGH, REPO_ROOT } from '../helpers.js';

const RULES = [
    'unmeasurable-outcome', 'outcome-horizons', 'outcome-baseline', 'service-level-outcome', 'unserved-outcome',
    'orphan-service', 'unmet-need', 'cohort-assets', 'no-service-user-engagement', 'engagement-level',
    'no-lead-organisation', 'bid-candy', 'contract-review', 'risk-mitigation'
];

async function load(name: string): Promise<LangiumDocument> {
    const { Tender } = createTenderServices(NodeFileSystem);
    Tender.workspace.WorkspaceRoots.setRoots([URI.file(REPO_ROOT)]);
    const [document] = await loadTenders(Tender, [join(ANYBOROUGH, name)]);
    return document;
}

/** `rule: the source text the finding covers`, for every finding of these rules. */
function findings(document: LangiumDocument): string[] {
    return (document.diagnostics ?? [])
        .filter(d => typeof d.code === 'string' && RULES.includes(d.code))
        .map(d => `${d.code}: ${document.textDocument.getText(d.range).split('\n')[0]}`);
}

describe('first-draft.tender', () => {
    let found: string[] = [];
    beforeAll(async () => {
        found = findings(await load('first-draft.tender'));
    });

    test.each([
        'no-service-user-engagement: engagement',
        'engagement-level: inform',
        'cohort-assets: VulnerableAdults',
        'service-level-outcome: Referrals',
        'service-level-outcome: Number of referrals processed',
        'outcome-horizons: Referrals',
        'unmeasurable-outcome: BetterLives',
        'outcome-baseline: Referrals',
        'outcome-baseline: BetterLives',
        'orphan-service: Outreach',
        'unserved-outcome: BetterLives',
        'unmet-need: MentalHealth',
        'unmet-need: Offending',
        'contract-review: contract',
        'risk-mitigation: ProviderFailure'
    ])('%s', expected => {
        expect(found).toContain(expected);
    });
});

describe('multiple-disadvantage.tender', () => {
    test('no error or warning from these rules', async () => {
        const document = await load('multiple-disadvantage.tender');
        const loud = (document.diagnostics ?? []).filter(d => typeof d.code === 'string' && RULES.includes(d.code) && (d.severity === 1 || d.severity === 2));
        expect(loud.map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`)).toEqual([]);
        // and no advice either: the finished tender is the model answer
        expect(findings(document)).toEqual([]);
    });
});
