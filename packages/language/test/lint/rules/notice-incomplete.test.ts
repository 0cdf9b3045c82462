import { describe, expect, test } from 'vitest';
import type { Tender } from '../../../src/generated/ast.js';
import { isModel, isTender } from '../../../src/generated/ast.js';
import { missingNoticeFacts } from '../../../src/law/notice-gaps.js';
import { languageErrors, lint, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

const INFO = 3;

/** Every fact a notice can ask for, given; `procedure` and `extra` vary by row. */
function complete(procedure: string, extra = ''): string {
    return `tender T {
    buyer "Anyborough Borough Council" {
        id "GB-PPON-PANY-2741-BRGH"
        type sub-central-government
        address "Town Hall", "Anyborough", "AN1 1AA"
        email "commissioning@anyborough.gov.uk"
        contact "Commissioning Team"
    }
    procedure ${procedure}
    cpv "85312000-9"
    region "UKF13"
    value £400,000 over 2 years excluding-vat £400,000
    submission {
        via "https://tenders.example.gov.uk"
        electronic yes
        documents with-notice
    }
    timeline {
        publish 2027-03-01
        bid-deadline 2027-04-19 12:00
    }
    contract {
        duration 2 years
        payment block 100%
    }
${extra}}
`;
}

/** A tender that gives nothing but its procedure (and, for a framework, an empty agreement). */
function bare(procedure: string, extra = ''): string {
    return `tender T {\n    buyer "Anyborough Borough Council"\n    procedure ${procedure}\n${extra}}\n`;
}

async function gapsOf(text: string) {
    const { document, diagnostics } = await lint(text);
    const root = document.parseResult.value;
    const tender = isModel(root) ? root.elements.find(isTender) as Tender : undefined;
    expect(languageErrors(diagnostics).map(d => d.message)).toEqual([]);
    const gaps = missingNoticeFacts(tender!);
    return {
        gaps,
        required: gaps.filter(g => g.basis === 'regulation').map(g => g.id),
        form: gaps.filter(g => g.basis === 'form').map(g => g.id),
        findings: withCode(diagnostics, 'notice-incomplete')
    };
}

const EVERY_NOTICE_REQUIRED = ['buyer-id', 'buyer-address', 'buyer-email', 'buyer-contact', 'region', 'value', 'cpv'];

describe('notice-incomplete: the facts each notice needs (the reference\'s table, row by row)', () => {
    test('open procedure: the authority, where, value, CPV, payment, the dates, and the form\'s fields', async () => {
        const { required, form, findings } = await gapsOf(bare('open'));
        expect(required).toEqual([...EVERY_NOTICE_REQUIRED, 'payment', 'publish', 'bid-deadline']);
        expect(form).toEqual(['buyer-type', 'submission-via', 'submission-electronic']);
        // one finding per missing fact, all information
        expect(findings).toHaveLength(required.length + form.length);
        expect(new Set(findings.map(f => f.severity))).toEqual(new Set([INFO]));
    });

    test('competitive flexible procedure: also its process (negotiation, rounds), and with a shortlist its criteria and participation deadline', async () => {
        const plain = await gapsOf(bare('competitive-flexible'));
        expect(plain.required).toEqual([...EVERY_NOTICE_REQUIRED, 'payment', 'publish', 'bid-deadline', 'negotiation', 'rounds']);
        const shortlist = await gapsOf(complete('competitive-flexible { negotiation may rounds "Two rounds" shortlist up-to 5 }'));
        expect(shortlist.required).toEqual(['shortlist-by', 'participation-deadline']);
        const timed = await gapsOf(complete('competitive-flexible { negotiation may rounds "Two rounds" shortlist up-to 5 by "the highest scores" }')
            .replace('publish 2027-03-01', 'publish 2027-03-01\n        participation-deadline 2027-03-26'));
        expect(timed.required).toEqual([]);
        expect(timed.form).toEqual(['participation-deadline-time']);
    });

    test('competitive flexible: the bid deadline is cited from reg 19(2)(g), as reg 19 takes reg 18 without (j)', async () => {
        const { gaps } = await gapsOf(bare('competitive-flexible'));
        expect(gaps.find(g => g.id === 'bid-deadline')!.citation).toBe('Procurement Regulations 2024 reg 19(2)(g)');
        const open = await gapsOf(bare('open'));
        expect(open.gaps.find(g => g.id === 'bid-deadline')!.citation).toBe('Procurement Regulations 2024 reg 18(2)(j)');
    });

    test('a framework: its term, suppliers, call-off method and users (reg 20(2)), and the reasons for a longer term (s47(3))', async () => {
        const { required } = await gapsOf(complete('open', '    framework-agreement {\n        open\n    }\n'));
        expect(required).toEqual(['framework-term', 'framework-suppliers', 'framework-call-off', 'framework-users']);
        const longer = await gapsOf(complete('open', '    framework-agreement {\n        term 6 years\n        suppliers unlimited\n        call-off competitive-selection\n        users "Anyborough"\n    }\n'));
        expect(longer.required).toEqual(['framework-longer-term']);
        // the longer-term reasons have their own rule (framework-term): notice-incomplete does not say it twice
        expect(longer.findings).toEqual([]);
    });

    test('direct award: the authority, where, value, CPV and the justification; no payment terms or dates (reg 26(2))', async () => {
        const { required, form } = await gapsOf(bare('direct-award'));
        expect(required).toEqual([...EVERY_NOTICE_REQUIRED, 'justification']);
        expect(form).toEqual(['buyer-type']);
        const given = await gapsOf(complete('direct-award { justification "Schedule 5 paragraph 5: only one supplier can provide the service" }'));
        expect(given.required).toEqual([]);
    });

    test('direct award: the form cited is the transparency notice\'s (UK5)', async () => {
        const { gaps } = await gapsOf(bare('direct-award'));
        expect(gaps.find(g => g.id === 'buyer-type')!.citation).toBe("Find a Tender's UK5 form (UK_CA_TYPE)");
        expect(gaps.find(g => g.id === 'value')!.citation).toBe('Procurement Regulations 2024 reg 26(2)(q)');
        expect(gaps.find(g => g.id === 'buyer-id')!.message).toContain('The transparency notice (UK5) must give');
    });

    test('a user choice direct award publishes no transparency notice (PA s44(3)): nothing is asked', async () => {
        const { gaps } = await gapsOf(bare('direct-award { justification "User choice: the resident has chosen this home (Schedule 5 paragraphs 15 to 17)" }'));
        expect(gaps).toEqual([]);
        const other = await gapsOf(bare('direct-award { justification "Schedule 5 paragraph 5: only one supplier" }'));
        expect(other.gaps.length).toBeGreaterThan(0);
    });

    test('framework call-off: no notice is published, so nothing is asked', async () => {
        const { gaps, findings } = await gapsOf(bare('framework-call-off'));
        expect(gaps).toEqual([]);
        expect(findings).toEqual([]);
    });

    test('a tender that gives every fact gives no finding, for each procedure with a notice', async () => {
        for (const procedure of ['open', 'competitive-flexible { negotiation none rounds "One round" }', 'direct-award { justification "Schedule 5 paragraph 5" }']) {
            const { gaps, findings } = await gapsOf(complete(procedure));
            expect(gaps.map(g => g.id), procedure).toEqual([]);
            expect(findings, procedure).toEqual([]);
        }
        const framework = await gapsOf(complete('open', '    framework-agreement {\n        term 4 years\n        suppliers up-to 6\n        call-off competitive-selection "Mini-competition"\n        users "Anyborough"\n    }\n'));
        expect(framework.gaps).toEqual([]);
    });
});

describe('notice-incomplete: findings', () => {
    test('each finding sits on the element that would hold the fact, and says which kind it is', async () => {
        const { text, ranges } = marked(`tender T {
    buyer <|"Anyborough Borough Council"|> { id "GB-PPON-PANY-2741-BRGH" type sub-central-government address "Town Hall", "AN1 1AA" email "a@b.gov.uk" }
    procedure open
    cpv "85312000-9"
    region "UKF13"
    value £400,000 excluding-vat £400,000
    submission { via "https://tenders.example.gov.uk" electronic yes }
    timeline { publish 2027-03-01 bid-deadline <|2027-04-19|> }
    contract { payment block 100% }
}`);
        const findings = withCode((await lint(text)).diagnostics, 'notice-incomplete');
        expect(findings.map(f => f.range)).toEqual(ranges);
        expect(findings[0].message).toBe('The tender notice (UK4) must give a contact for enquiries about the notice (PR 2024 reg 13(f)): '
            + 'add contact "..." to the buyer\'s details.');
        expect(findings[1].message).toBe("Find a Tender's UK4 form asks for the time of day of the bid deadline, though no regulation does: "
            + 'add the time after the date, e.g. 2027-04-19 12:00.');
        expect(findings[0].data).toMatchObject({ fact: 'buyer-contact', basis: 'regulation' });
        expect(findings[1].data).toMatchObject({ fact: 'bid-deadline-time', basis: 'form' });
    });

    test('payment terms are asked of every contract: a lot without payment lines of its own or the tender\'s', async () => {
        const text = complete('open').replace('    contract {\n        duration 2 years\n        payment block 100%\n    }\n',
            '    lot A "A" { value £200,000 contract { payment block 100% } }\n    lot B "B" { value £200,000 }\n');
        const { gaps } = await gapsOf(text);
        expect(gaps.map(g => `${g.id} ${g.where}`)).toEqual(['payment lot B']);
    });

    test('region and CPV may be given on every lot instead of the tender', async () => {
        const text = complete('open').replace('    cpv "85312000-9"\n    region "UKF13"\n', '')
            .replace('    contract {', '    lot A "A" { value £400,000 region "UKF13" cpv "85312000-9" }\n    contract {');
        expect((await gapsOf(text)).gaps).toEqual([]);
        const some = await gapsOf(text.replace('    contract {', '    lot B "B" { value £0 }\n    contract {'));
        expect(some.gaps.map(g => g.id)).toEqual(['region', 'cpv']);
    });

    test('a limit on lots won needs the way it is applied (reg 18(2)(p))', async () => {
        const { gaps } = await gapsOf(complete('open', '    lots { max-awarded 2 }\n'));
        expect(gaps.map(g => `${g.id} ${g.citation}`)).toEqual(['max-awarded-by Procurement Regulations 2024 reg 18(2)(p)(iii)']);
    });

    test('a joint buyer needs its own identifier, address and email', async () => {
        const { gaps } = await gapsOf(complete('open', '    joint-buyer "Eastcombe Borough Council" { id "GB-PPON-PECB-1193-BRGH" }\n'));
        expect(gaps.map(g => g.id)).toEqual(['joint-buyer-address', 'joint-buyer-email']);
    });

    test('quiet at stage analyse; the facts are still listed for publication', async () => {
        const text = bare('open').replace('tender T {', 'tender T {\n    stage analyse');
        const { gaps, findings } = await gapsOf(text);
        expect(findings).toEqual([]);
        expect(gaps.length).toBeGreaterThan(0);
    });

    test('quiet while the procedure is not given, and in Scotland (the table is the Procurement Act\'s)', async () => {
        expect((await gapsOf('tender T { buyer "Anyborough" }')).gaps).toEqual([]);
        expect((await gapsOf(bare('open').replace('procedure open', 'procedure open\n    jurisdiction scotland'))).gaps).toEqual([]);
    });
});

describe('notice-incomplete: the quick fix adds the construct with an empty value, never as a safe fix', () => {
    test('into the buyer\'s details: the text parses, and the finding moves onto the empty value to fill in', async () => {
        const source = complete('open').replace('        contact "Commissioning Team"\n', '');
        const { text, diagnostics, title } = await applyQuickFix(source, 'notice-incomplete');
        expect(title).toBe('Add contact "" (then fill it in)');
        expect(text).toContain('        email "commissioning@anyborough.gov.uk"\n        contact ""\n    }');
        expect(languageErrors(diagnostics)).toEqual([]);
        // an empty value is still to be filled in: the finding now sits on it, with nothing more to insert
        const [left] = withCode(diagnostics, 'notice-incomplete');
        expect(left.data).toMatchObject({ fact: 'buyer-contact' });
        expect(left.data).not.toHaveProperty('at');
        expect(text.split('\n')[left.range.start.line].slice(left.range.start.character, left.range.end.character)).toBe('""');
    });

    test('a buyer with no details gets a block', async () => {
        const source = complete('open').replace(/ \{\n        id [\s\S]*?\n    \}\n    procedure/, '\n    procedure');
        const { text, diagnostics } = await applyQuickFix(source, 'notice-incomplete');
        expect(text).toContain('    buyer "Anyborough Borough Council" {\n        id ""\n    }\n');
        expect(languageErrors(diagnostics)).toEqual([]);
    });

    test('a value of £0 (the fix\'s placeholder, or a starter\'s) is still to be filled in: the finding sits on it, with no fix', async () => {
        const { text, ranges } = marked(complete('open').replace('value £400,000 over 2 years excluding-vat £400,000', 'value <|£0|>'));
        const found = withCode((await lint(text)).diagnostics, 'notice-incomplete');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toContain('must give the estimated value (PR 2024 reg 18(2)(g)): fill in the value');
        expect(found[0].data).not.toHaveProperty('at');
    });

    test('no fix for a date or a time: any value would be a fact nobody gave', async () => {
        const source = complete('open').replace('bid-deadline 2027-04-19 12:00', 'bid-deadline 2027-04-19');
        await expect(applyQuickFix(source, 'notice-incomplete')).rejects.toThrow('no fix for notice-incomplete');
    });

    test('the fix is not safe (tender lint --fix leaves it alone)', async () => {
        const { document, services, diagnostics } = await lint(bare('open'));
        const { fixesFor } = await import('../../../src/lint/fixes.js');
        for (const finding of withCode(diagnostics, 'notice-incomplete')) {
            for (const proposal of fixesFor(services, document, finding)) {
                expect(proposal.safe).toBe(false);
            }
        }
    });
});
