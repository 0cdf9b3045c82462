/**
 * Safe fixes never change the law: `tender lint --fix` and the editor's "fix all" apply only fixes
 * a rule marks safe, and no safe fix rewrites the wording of a text. An audit over every example:
 * each safe fix of a structural rule only inserts (contract-review's review line), never inside a
 * text; the only safe edits inside texts are vague-language's drop-in word swaps, never on legal
 * drafting; and a tender full of legal drafting comes out of "fix all" with every term intact.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { createTenderServices } from '../../src/tender-module.js';
import { loadTenders } from '../../src/workspace/load.js';
import { applyEdits, CURLY_QUOTES_FIX, describeFix, safeFixes } from '../../src/lint/fixes.js';
import { unquote } from '../../src/values/text.js';
import { EXAMPLES, lint } from '../helpers.js';

/** Where the texts ("...") of a document are, as offset ranges. */
function textSpans(document: LangiumDocument): { start: number; end: number }[] {
    const text = document.textDocument.getText();
    return [...text.matchAll(/"(?:\\.|[^"\\])*"|\u201C[^\u201D"]*[\u201D"]/g)].map(m => ({ start: m.index, end: m.index + m[0].length }));
}

function exampleFiles(): string[] {
    const files: string[] = [];
    for (const folder of readdirSync(EXAMPLES)) {
        for (const name of readdirSync(join(EXAMPLES, folder))) {
            if (name.endsWith('.tender')) files.push(join(EXAMPLES, folder, name));
        }
    }
    return files.sort();
}

/** Terms of legal drafting (model public service contracts, the Procurement Act): never rewritten by a safe fix. */
const LEGAL_TERMS = [
    'shall comply with', 'must comply with', 'shall ensure', 'shall procure', 'reasonable endeavours', 'best endeavours',
    'all reasonable endeavours', 'indemnify', 'warrants', 'in accordance with', 'prior to', 'in the event that',
    'notwithstanding', 'subject to', 'commence', 'terminate', 'without prejudice to', 'including without limitation'
];

const LEGAL_TENDER = `tender Legal {
    purpose "The Provider shall comply with the Data Protection Act 2018 and shall ensure that personal data is processed in accordance with the UK GDPR."
    service Support "Support" {
        description "The Provider shall use all reasonable endeavours to commence the service prior to 1 April 2027, and best endeavours to keep it running."
    }
    risk Failure "In the event that the Provider fails, the Council may terminate the contract without prejudice to its other rights." {
        likelihood low
        impact high
        mitigation "The Provider shall indemnify the Council and warrants that, notwithstanding clause 4 and subject to clause 7, it shall procure insurance, including without limitation public liability; it must comply with the Care Act 2014."
    }
    contract {
        duration 3 years
    }
}
`;

describe('every rule\'s safe fixes, over every example', () => {
    test('structural fixes only insert, never inside a text; word swaps only inside texts, never on legal drafting', async () => {
        const services = createTenderServices(NodeFileSystem).Tender;
        const documents = await loadTenders(services, exampleFiles());
        const seen = new Set<string>();
        for (const document of documents) {
            const spans = textSpans(document);
            const inText = (offset: number) => spans.some(s => offset > s.start && offset < s.end);
            for (const fix of safeFixes(services, document)) {
                seen.add(fix.ruleId);
                for (const edit of fix.edits) {
                    const start = document.textDocument.offsetAt(edit.range.start);
                    const end = document.textDocument.offsetAt(edit.range.end);
                    if (fix.ruleId === CURLY_QUOTES_FIX) {
                        // the whole text, its value unchanged: only the quotes change
                        const replaced = document.textDocument.getText(edit.range);
                        expect(replaced.startsWith('\u201C')).toBe(true);
                        expect(unquote(edit.newText)).toBe(unquote(replaced));
                    } else if (fix.ruleId === 'vague-language') {
                        expect(inText(start), `${document.uri.path}: ${fix.title}`).toBe(true);
                        const replaced = document.textDocument.getText(edit.range).toLowerCase();
                        for (const term of LEGAL_TERMS) expect(term.includes(replaced) || replaced.includes(term), `${fix.title}`).toBe(false);
                    } else {
                        expect(end, `${fix.ruleId} in ${document.uri.path} removes text`).toBe(start);
                        expect(inText(start), `${fix.ruleId} in ${document.uri.path} edits inside a text`).toBe(false);
                    }
                }
            }
        }
        // the audit saw the documented safe fix (first-draft.tender has a contract with no review),
        // and no other rule's: a rule that starts offering a safe fix is checked here first
        expect(seen).toContain('contract-review');
        expect(seen).toContain(CURLY_QUOTES_FIX); // every-form.tender has a title in Word's quotes
        expect([...seen].filter(id => id !== 'contract-review' && id !== 'vague-language' && id !== CURLY_QUOTES_FIX)).toEqual([]);
    });
});

describe('a tender full of legal drafting', () => {
    test('"fix all" changes nothing in its texts, and every change it makes is described', async () => {
        const { document, services } = await lint(LEGAL_TENDER);
        const fixes = safeFixes(services, document);
        const after = applyEdits(document, fixes.flatMap(f => f.edits));
        for (const term of LEGAL_TERMS) {
            expect(after.toLowerCase().split(term).length, term).toBe(LEGAL_TENDER.toLowerCase().split(term).length);
        }
        // the texts are exactly as written; only the review line is added
        const texts = (source: string) => source.match(/"(?:\\.|[^"\\])*"/g);
        expect(texts(after)).toEqual(texts(LEGAL_TENDER));
        const changes = fixes.flatMap(fix => describeFix(document, fix));
        expect(changes.map(c => `${c.ruleId}: ${c.old} -> ${c.new}`)).toEqual(['contract-review:  -> review every 12 months']);
    });
});
