/**
 * The Word redline: for each pair with a known edit, the tracked changes (w:ins / w:del runs,
 * paragraph marks and table rows) with their text; accepting every change gives the new version's
 * document and rejecting every change the old one's; ids, author and date as Word expects.
 */
import { describe, expect, test } from 'vitest';
import { compareVersions, writeDiff } from '../../src/diff/tender-diff.js';
import type { KnownEdit } from './diff-helpers.js';
import {
    BASE, DATE_MOVED, diffOf, edit, FORMATTING_ONLY, LOT_ADDED, OUTCOME_RENAMED, SENTENCE_REWORDED, versionOf, WEIGHTING_CHANGED
} from './diff-helpers.js';
import { checkAcceptReject, listed, OPTIONS, redline } from './redline-checks.js';
import { trackedChanges } from './redline-reader.js';

const EXPECTED: readonly (readonly [KnownEdit, readonly string[]])[] = [
    [WEIGHTING_CHANGED, [
        // The award criteria table, then each criterion's heading and clause.
        'del run "55%"', 'ins run "50%"', 'del run "30%"', 'ins run "35%"',
        'del run "55%"', 'ins run "50%"', 'del run "55%"', 'ins run "50%"',
        'del run "30%"', 'ins run "35%"', 'del run "30%"', 'ins run "35%"'
    ]],
    [LOT_ADDED, [
        // The services table: the service is in two lots now; the services section says so.
        'ins run "; Peer mentoring"',
        'del run "lot"', 'ins run "lots"', 'ins run "” and “Peer mentoring"',
        // "divided into 4 lots"
        'del run "3"', 'ins run "4"',
        // The lots table: a whole new row, and the totals.
        'ins row', 'ins paragraph', 'ins run "4"', 'ins paragraph', 'ins run "Peer mentoring"', 'ins paragraph', 'ins run "Recovery and peer support"',
        'ins paragraph', 'ins run "£100,000"', 'ins paragraph', 'ins run "4.17%"',
        'del run "£2,400,000"', 'ins run "£2,500,000"', 'del run "100%"', 'ins run "104.17%"',
        // The lot's own section: every paragraph new, marks and all.
        // (In a redline the numbers are text, so a new clause's number is inserted with it.)
        'ins paragraph', 'ins run "5.5"', 'ins run "Lot 4: Peer mentoring"',
        'ins paragraph', 'ins run "5.5.1"', 'ins run "The estimated value of this lot is £100,000, 4.17% of the value of the contract."',
        'ins paragraph', 'ins run "5.5.2"', 'ins run "It covers the service “Recovery and peer support”."',
        'ins paragraph', 'ins run "5.5.3"', 'ins run "It delivers the outcomes “People recover from drug and alcohol dependence” and “People stay well and out of crisis”."'
    ]],
    // The document never prints an outcome's name (it prints its statement), so it reads the same.
    [OUTCOME_RENAMED, []],
    [DATE_MOVED, [
        // The days the timetable allows consortia to form, the timeline table, the bid deadline
        // clause (and its period), the instructions.
        'del run "49"', 'ins run "56"', 'del run "19"', 'ins run "26"', 'del run "19"', 'ins run "26"', 'del run "49"', 'ins run "56"', 'del run "19"', 'ins run "26"'
    ]],
    [SENTENCE_REWORDED, ['del run "Access to a"', 'ins run "A"', 'del run "4"', 'ins run "6"', 'ins run " of referral"']],
    // Moved outcomes, risks and properties, other spacing: nothing to track.
    [FORMATTING_ONLY, []]
];

describe('the Word redline of each known edit', () => {
    for (const [known, expected] of EXPECTED) {
        test(`${known.name}: tracked changes, and accepting or rejecting them all gives either version`, { timeout: 60_000 }, async () => {
            const diff = await diffOf(BASE, known.apply(BASE));
            const pkg = await redline(diff);
            if (known === FORMATTING_ONLY) {
                // Nothing in the tender changed; a moved outcome only takes a new clause number,
                // which the redline shows (numbers are text in a redline).
                expect(listed(pkg).every(change => /^(del|ins) run "\d+(\.\d+)*"$/.test(change))).toBe(true);
            } else {
                expect(listed(pkg)).toEqual(expected);
            }
            await checkAcceptReject(diff, known !== FORMATTING_ONLY);
        });
    }
});

describe('tracked changes as Word and LibreOffice want them', () => {
    test('unique ids, the author from reviewAuthor (else Tender), the new version’s date; revisions tracked from here on', { timeout: 60_000 }, async () => {
        const newer = edit(LOT_ADDED.apply(WEIGHTING_CHANGED.apply(BASE)), 'issued 2027-03-01', 'issued 2027-03-15');
        const diff = await diffOf(BASE, newer);
        const byDefault = trackedChanges((await redline(diff)).document);
        expect(byDefault.length).toBeGreaterThan(30);
        expect(new Set(byDefault.map(c => c.id)).size).toBe(byDefault.length);
        expect(new Set(byDefault.map(c => c.author))).toEqual(new Set(['Tender']));
        expect(new Set(byDefault.map(c => c.date))).toEqual(new Set(['2027-03-15T00:00:00Z']));
        const pkg = await redline(diff, { reviewAuthor: 'Legal <Team> & Co' });
        expect(new Set(trackedChanges(pkg.document).map(c => c.author))).toEqual(new Set(['Legal <Team> & Co']));
        expect(pkg.part('word/settings.xml')).toContain('<w:trackRevisions/>');
        // Run marks sit where the schema puts them: first in a paragraph mark's properties, last in a row's.
        expect(pkg.document).not.toContain('w:rPrChange');
        for (const match of pkg.document.matchAll(/<w:trPr>([\s\S]*?)<\/w:trPr>/g)) {
            expect(match[1]).toMatch(/^(<w:(cantSplit|tblHeader)\/>)*(<w:(ins|del) [^>]*\/>)?$/);
        }
        for (const match of pkg.document.matchAll(/<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*?<w:rPr>(<w:(?:ins|del) [^>]*\/>)/g)) {
            expect(match[1]).toMatch(/^<w:(ins|del) w:id="\d+" w:author="[^"]*" w:date="[^"]*"\/>$/);
        }
    });

    test('a removed lot: its row and its section struck out where they were, and accepting or rejecting gives either version', { timeout: 60_000 }, async () => {
        const diff = await diffOf(LOT_ADDED.apply(BASE), BASE);
        const changes = trackedChanges((await redline(diff)).document);
        expect(changes.filter(c => c.scope === 'row').map(c => c.type)).toEqual(['del']);
        expect(changes.filter(c => c.type === 'del' && c.scope === 'run').map(c => c.text)).toContain('Lot 4: Peer mentoring');
        // What is left says three lots again.
        expect(changes.filter(c => c.type === 'ins').map(c => c.text)).toEqual(['lot', '3', '£2,400,000', '100%']);
        await checkAcceptReject(diff);
    });

    test('tables that come and go, a table renumbered, a section that is gone, a cover fact added', { timeout: 60_000 }, async () => {
        // The old version has no risks section, no lots table; the new one has no timeline table.
        const older = BASE.replace(/    risk ProviderFailure [\s\S]*?\n    }\n\n    risk UnmeasurableValue [\s\S]*?\n    }\n/, '')
            .replace(/    lot \w+ [\s\S]*?\n    }\n\n/g, '').replace(/    lots \{[\s\S]*?\n    }\n/, '')
            .replace('    version "1.0"\n', '');
        const newer = BASE.replace(/    timeline \{[\s\S]*?\n    }\n/, '');
        const diff = await diffOf(older, newer);
        const pkg = await redline(diff);
        const changes = trackedChanges(pkg.document);
        expect(changes.filter(c => c.scope === 'row' && c.type === 'ins').length).toBeGreaterThan(5);
        expect(changes.filter(c => c.scope === 'row' && c.type === 'del').length).toBeGreaterThan(5);
        expect(changes.some(c => c.type === 'ins' && c.text === 'Version')).toBe(true);
        // The lots table comes in before the award criteria table, which becomes table 4.
        const caption = pkg.body.find(b => b.kind === 'paragraph' && b.style === 'Caption' && /Award criteria and weightings/.test(b.text));
        expect(caption && trackedChanges(caption.xml).map(c => `${c.type} ${c.text}`)).toEqual(['del 3', 'ins 4']);
        expect(changes.some(c => c.type === 'del' && c.text === 'Table 4: Timeline')).toBe(true);
        await checkAcceptReject(diff);
    });

    test('a renamed criterion is reworded in place; an outcome replaced by another is struck out and the other put in', { timeout: 60_000 }, async () => {
        const renamed = edit(BASE, 'price "Price" weight 30%', 'price "Price and value for money" weight 30%');
        const criterion = listed(await redline(await diffOf(BASE, renamed)));
        // The table row and the heading, word by word; the clause under it does not name the title.
        expect(criterion).toEqual(['ins run " and value for money"', 'ins run " and value for money"']);

        const replaced = edit(BASE, /    outcome WorkAndLearning "[^"]*" \{[\s\S]*?\n    }\n/,
            '    outcome Volunteering "People volunteer in their community" {\n        serves AdultsFacingMultipleDisadvantage\n        contributes-to GoodWork\n'
            + '        indicator "Share of the cohort volunteering at least monthly"\n        baseline 9% in 2026\n        target 6 months 12%\n        target 2 years 25%\n        target 5 years 40%\n    }\n')
            .replace(/delivers WorkAndLearning/, 'delivers Volunteering').replace('measures WorkAndLearning', 'measures Volunteering');
        const diff = await diffOf(BASE, replaced);
        expect(diff.changes.filter(c => c.path.startsWith('outcomes[')).map(c => `${c.kind} ${c.path}`)).toEqual(['added outcomes[Volunteering]', 'removed outcomes[WorkAndLearning]']);
        const changes = trackedChanges((await redline(diff)).document);
        const runs = (type: 'ins' | 'del') => changes.filter(c => c.type === type && c.scope === 'run').map(c => c.text);
        // The outcome's own section: heading and clauses whole, not one outcome reworded into the other.
        expect(runs('del')).toContain('People are in work, volunteering or learning');
        expect(runs('ins')).toContain('People volunteer in their community');
        expect(runs('del')).toContain('It is measured by this indicator: Share of the cohort in paid work, volunteering or accredited learning. The baseline is 9% in 2026.');
        // And its row of the outcomes table, whole.
        expect(changes.filter(c => c.scope === 'row').map(c => c.type)).toEqual(['del', 'ins']);
        await checkAcceptReject(diff);
    });

    test('the same pair gives the same bytes', { timeout: 60_000 }, async () => {
        const diff = await diffOf(BASE, DATE_MOVED.apply(SENTENCE_REWORDED.apply(BASE)));
        const a = await writeDiff(diff, 'docx', OPTIONS);
        const b = await writeDiff(await diffOf(BASE, DATE_MOVED.apply(SENTENCE_REWORDED.apply(BASE))), 'docx', OPTIONS);
        expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    });
});

describe('internal risks in tender diff', () => {
    test('an internal risk is in the redline, marked "not for publication"', { timeout: 60_000 }, async () => {
        const newer = edit(BASE, '    risk UnmeasurableValue', '    risk BudgetCut "The council may cut the budget in 2028" {\n        likelihood low\n        impact medium\n        internal\n    }\n\n    risk UnmeasurableValue');
        const pkg = await redline(await diffOf(BASE, newer));
        const risks = pkg.tables.find(t => t.rows[0]?.[0]?.text === 'Risk' && t.rows.some(r => r[0].text.includes('The council may cut the budget in 2028')));
        expect(risks?.rows.find(r => r[0].text.includes('The council may cut the budget in 2028'))?.[0].text).toBe('The council may cut the budget in 2028 (not for publication)');
    });
});

describe('the summary page', () => {
    test('lists the changes that matter legally and says whether the bid window is lawful', { timeout: 60_000 }, async () => {
        // Standard regime: the tendering period has a statutory minimum, and the new deadline breaks it.
        const older = edit(BASE, 'regime light-touch', 'regime standard').replace('procedure competitive-flexible', 'procedure open');
        let newer = WEIGHTING_CHANGED.apply(LOT_ADDED.apply(older));
        newer = edit(newer, 'bid-deadline 2027-04-19', 'bid-deadline 2027-03-20');
        newer = edit(newer, 'minimum-turnover £250,000', 'minimum-turnover £300,000');
        newer = edit(newer, /    outcome WorkAndLearning [\s\S]*?\n    }\n/, '').replace(/, WorkAndLearning|delivers WorkAndLearning\n|measures WorkAndLearning/g, '');
        const diff = await diffOf(older, newer);
        const pkg = await redline(diff);
        const end = pkg.body.findIndex(b => b.kind === 'paragraph' && b.xml.includes('<w:sectPr'));
        const preface = pkg.body.slice(0, end + 1);
        const text = preface.map(b => b.kind === 'paragraph' ? b.text : b.rows.map(r => r.map(c => c.text).join(' | ')).join('\n')).join('\n');
        expect(text).toContain('What changed in ANY-ASC-2027-003');
        expect(text).toContain('Lot 4 “Peer mentoring” added | — | Peer mentoring, £100,000');
        expect(text).toContain('Weighting of award criterion “Quality of the support model” | 55% | 50%');
        expect(text).toContain('Bid deadline | 19 April 2027 | 20 March 2027');
        expect(text).toContain('Tendering period of 19 days (2027-03-01 to 2027-03-20): shorter than the law allows; the minimum for an open procedure under the standard regime is 25 days (Procurement Act 2023 s54(4) row 7), so the earliest lawful deadline is 2027-03-26. Before: lawful (49 days).');
        expect(text).toMatch(/Minimum turnover \(clause 9\.\d\) \| £250,000 \| £300,000/);
        expect(text).toContain('Outcome “People are in work, volunteering or learning” removed');
        expect(text).not.toMatch(/WorkAndLearning|PeerLot/);
        expect(text).toMatch(/\d+ other changes? \(wording/);
        // Nothing on the summary page is a tracked change: it is not part of the tender.
        expect(preface.some(b => /<w:(ins|del) /.test(b.xml))).toBe(false);
    });

    test('names lots, outcomes and conditions by title and clause number, never internal names; versions by file name, not the command line\'s paths', { timeout: 60_000 }, async () => {
        let newer = edit(BASE, 'lot HousingLot "Housing-led support"', 'lot HousingLot "Housing-led support and tenancy sustainment"');
        newer = edit(newer, 'insurance "Public liability cover of £5,000,000"', 'insurance "Public liability cover of £10,000,000"');
        newer = edit(newer, 'accreditation "Registration', 'requirement "A named safeguarding lead"\n        accreditation "Registration');
        const diff = compareVersions(await versionOf(BASE, '../../drafts/old/multiple-disadvantage.tender'), await versionOf(newer, 'git:v1.1:tenders/multiple-disadvantage.tender'));
        const pkg = await redline(diff);
        const end = pkg.body.findIndex(b => b.kind === 'paragraph' && b.xml.includes('<w:sectPr'));
        const text = pkg.body.slice(0, end + 1).map(b => b.kind === 'paragraph' ? b.text : b.rows.map(r => r.map(c => c.text).join(' | ')).join('\n')).join('\n');
        expect(text).toContain('Title of lot 2 | Housing-led support | Housing-led support and tenancy sustainment');
        expect(text).toMatch(/Insurance \(clause 9\.\d+\) \| Public liability cover of £5,000,000 \| Public liability cover of £10,000,000/);
        expect(text).toMatch(/Requirement \(clause 9\.\d+\) added \| — \| A named safeguarding lead/);
        expect(text).toContain('Compared: multiple-disadvantage.tender (before) and multiple-disadvantage.tender at revision v1.1 (after).');
        expect(text).not.toMatch(/HousingLot|\.\.\/|drafts|Requirement \d|Insurance \d/);
        // The clause the summary cites is the clause that says it in the document.
        const cited = /Insurance \(clause (9\.\d+)\)/.exec(text)?.[1];
        // In a redline the number is text, written before the clause.
        expect(pkg.paragraphs.some(p => p.style === 'Clause' && p.text.startsWith(`${cited}\tInsurance: Public liability cover of`))).toBe(true);
        expect(cited).toBeDefined();
    });
});
