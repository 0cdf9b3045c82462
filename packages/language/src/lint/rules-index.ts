/**
 * The docs index of the rule catalogue (docs/rules/README.md), built from the rules' metadata so it
 * can never disagree with them. `npm run docs:rules` writes it; a test fails while it is stale.
 */
import type { Rule, RuleCategory } from './define-rule.js';

const AREAS: readonly { readonly category: RuleCategory; readonly title: string; readonly about: string }[] = [
    { category: 'plain-language', title: 'Plain language', about: 'Specifications and criteria written precisely, not in "fluffy language".' },
    { category: 'award-criteria', title: 'Award criteria and weightings', about: 'Weights that add up, social value weighted properly, price kept in proportion, quality linked to outcomes.' },
    { category: 'lots', title: 'Lots', about: 'Contracts split into lots that small and medium providers can win.' },
    { category: 'participation', title: 'Conditions of participation', about: 'Conditions proportionate to the contract, not barriers to small providers.' },
    { category: 'funding', title: 'Funding', about: 'Pooled budgets that add up.' },
    { category: 'outcomes', title: 'Outcomes', about: 'Population-level outcomes, measurable, with baselines and targets at every horizon, each delivered by a service.' },
    { category: 'people', title: 'People at the centre', about: 'Cohorts described by their needs and their assets, every need met.' },
    { category: 'engagement', title: 'Engagement', about: 'Service users, providers and the market involved before the tender.' },
    { category: 'collaboration', title: 'Collaboration and joint bids', about: 'Small charities invited to bid together, fairly.' },
    { category: 'timeline', title: 'Timeline', about: 'Dates in order and periods long enough in law and in practice.' },
    { category: 'contract', title: 'Contract and risk', about: 'Review points, mitigated risks, payment shares that add up, a value that covers the whole term, key performance indicators and framework terms.' },
    { category: 'law', title: 'Which law applies', about: 'Thresholds, the regime that governs the procurement, reserved contracts, and what the notice must state.' }
];

export function buildRulesIndex(rules: readonly Rule[]): string {
    const lines: string[] = [
        '# Lint rules',
        '',
        '<!-- Generated from the rules\' metadata by `npm run docs:rules`; do not edit by hand. -->',
        '',
        `${rules.length} rules check a tender as it is typed. Each has a stable id (the diagnostic code), a default`,
        'severity that `tender.config.json` can change or turn off (see [configuration](../configuration.md)), and a page',
        'saying what it checks, why, with its source, and how to fix it.',
        ''
    ];
    const known = new Set(AREAS.map(a => a.category));
    const uncategorised = rules.filter(r => !known.has(r.meta.category));
    if (uncategorised.length > 0) {
        throw new Error(`rules without a docs area: ${uncategorised.map(r => r.meta.id).join(', ')}`);
    }
    for (const area of AREAS) {
        const inArea = rules.filter(r => r.meta.category === area.category);
        if (inArea.length === 0) continue;
        lines.push(`## ${area.title}`, '', area.about, '', '| rule | default | quick fix | checks |', '|---|---|---|---|');
        for (const rule of inArea) {
            lines.push(`| [\`${rule.meta.id}\`](${rule.meta.id}.md) | ${rule.meta.severity} | ${rule.meta.hasFix ? 'yes' : ''} | ${rule.meta.description.replace(/\|/g, '\\|')} |`);
        }
        lines.push('');
    }
    return lines.join('\n');
}
