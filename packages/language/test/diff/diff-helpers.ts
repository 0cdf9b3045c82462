/**
 * Pairs of tenders with known edits, for the diff tests: the Anyborough example and versions of
 * it with one kind of edit each, resolved as `tender diff` resolves them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTender } from '../../src/generated/ast.js';
import type { Model } from '../../src/generated/ast.js';
import type { DiffVersion, TenderDiff } from '../../src/diff/tender-diff.js';
import { compareVersions } from '../../src/diff/tender-diff.js';
import { diffVersionOf } from '../../src/diff/versions.js';
import { ANYBOROUGH, FRAMEWORK, lintWithFramework } from '../helpers.js';

export const BASE = readFileSync(join(ANYBOROUGH, 'multiple-disadvantage.tender'), 'utf8');

/** Replaces `from` once, failing loudly when the text is not there (so an edit never silently does nothing). */
export function edit(text: string, from: string | RegExp, to: string): string {
    const found = typeof from === 'string' ? text.includes(from) : from.test(text);
    if (!found) throw new Error(`edit: ${String(from)} is not in the text`);
    return text.replace(from, to);
}

export async function versionOf(text: string, source: string, framework = FRAMEWORK): Promise<DiffVersion> {
    const { document } = await lintWithFramework(text, { files: { 'framework.tender': framework } });
    const tender = (document.parseResult.value as Model).elements.find(isTender);
    if (!tender) throw new Error('no tender in the text');
    return diffVersionOf(source, tender);
}

export async function diffOf(oldText: string, newText: string, framework?: { old?: string; new?: string }): Promise<TenderDiff> {
    return compareVersions(await versionOf(oldText, 'old.tender', framework?.old), await versionOf(newText, 'new.tender', framework?.new));
}

/** The edits issue 7 names, each a function of the example's text, with the change list it must give. */
export interface KnownEdit {
    readonly name: string;
    readonly apply: (text: string) => string;
}

export const WEIGHTING_CHANGED: KnownEdit = {
    name: 'a weighting changed',
    apply: text => edit(edit(text, 'technical "Quality of the support model" weight 55%', 'technical "Quality of the support model" weight 50%'),
        'price "Price" weight 30%', 'price "Price" weight 35%')
};

export const LOT_ADDED: KnownEdit = {
    name: 'a lot added',
    apply: text => edit(text, '    lots {\n', '    lot PeerLot "Peer mentoring" {\n        value £100,000\n        services RecoveryAndPeerSupport\n    }\n\n    lots {\n')
};

export const OUTCOME_RENAMED: KnownEdit = {
    name: 'an outcome renamed',
    apply: text => text.replace(/\bSettledHome\b/g, 'StableHome')
};

export const DATE_MOVED: KnownEdit = {
    name: 'a date moved',
    apply: text => edit(text, 'bid-deadline 2027-04-19', 'bid-deadline 2027-04-26')
};

export const SENTENCE_REWORDED: KnownEdit = {
    name: 'a sentence reworded',
    apply: text => edit(text, 'Access to a self-contained tenancy within 4 weeks, with tenancy support',
        'A self-contained tenancy within 6 weeks of referral, with tenancy support')
};

/**
 * Only formatting: no indentation, elements and properties moved, comments added, money and
 * durations written another way, a long text broken over lines.
 */
export const FORMATTING_ONLY: KnownEdit = {
    name: 'only formatting changed',
    apply: text => {
        let out = text.replace(/^ {4}/gm, '\t').replace(/^\t {4}/gm, '\t\t');
        // Move the outcome Recovery after Stability, and the risk blocks before the contract.
        const recovery = /\toutcome Recovery [\s\S]*?\n\t}\n\n/.exec(out)![0];
        out = out.replace(recovery, '');
        out = edit(out, '\toutcome NoReturnToPrison', `${recovery}\toutcome NoReturnToPrison`);
        const risks = /\trisk ProviderFailure [\s\S]*?\n\t}\n\n\trisk UnmeasurableValue [\s\S]*?\n\t}\n/.exec(out)![0];
        out = out.replace(risks, '');
        out = edit(out, '\tcontract {', `${risks}\n\tcontract {`);
        // Properties in another order, other ways of writing the same amount.
        out = edit(out, '\tvalue £2,400,000 over 5 years excluding-vat £2,400,000   // social care: exempt from VAT\n', '');
        out = edit(out, '\tissued 2027-03-01\n', '\tissued 2027-03-01 // the date of this version\n\tvalue £2.4m over 5 years excluding-vat £2.4m\n');
        out = edit(out, 'value £1,100,000', 'value £1.1m');
        out = edit(out, 'minimum-turnover £250,000', 'minimum-turnover £250k');
        out = edit(out, '"Adults in Anyborough who are homeless, misusing drugs or alcohol, living with mental ill-health or leaving prison, often all at once, get one joined-up offer of support.',
            '"Adults in Anyborough who are homeless, misusing drugs or alcohol, living with mental ill-health\n\t\tor leaving prison, often all at once,   get one joined-up offer of support.');
        return `/* Reformatted by hand. */\n${out}`;
    }
};
