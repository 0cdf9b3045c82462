import { describe, expect, test } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../src/lint/config.js';
import { lint, marked, withCode } from '../../helpers.js';

describe('social-value-weighting', () => {
    test('fires on the weight of a social value criterion below 10%, calling 10% a benchmark for a council, not a breach', async () => {
        const { text, ranges } = marked(`tender T {
    award-criteria {
        technical "Quality" weight 35%
        social-value "Social value" weight <|5%|>
        price "Price" weight 60%
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'social-value-weighting');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe('Social value weighs 5%, below 10%: consider weighting it at least 10%. PPN 002 makes 10% the minimum for central government; for a council it is the recognised benchmark, not a legal requirement.');
        expect(found[0].message).not.toMatch(/breach|unlawful|must/i);
    });

    test('fires on the award-criteria keyword when there is no social value criterion at all, in a lot\'s block too', async () => {
        const { text, ranges } = marked(`tender T {
    <|award-criteria|> { technical "Quality" weight 70% price "Price" weight 30% }
    lot A "A" {
        <|award-criteria|> { technical "Quality" weight 80% price "Price" weight 20% }
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'social-value-weighting');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toMatch(/^No social value criterion: add one weighted at least 10%\./);
        expect(found[1].message).toMatch(/^No social value criterion for lot A:/);
    });

    test('adds up several social value criteria before comparing', async () => {
        const { diagnostics } = await lint(`tender T {
    award-criteria {
        technical "Quality" weight 60%
        social-value "Local jobs" weight 6%
        social-value "Environment" weight 4%
        price "Price" weight 30%
    }
}`);
        expect(withCode(diagnostics, 'social-value-weighting')).toEqual([]);
    });

    test('stays quiet at the minimum, on an empty block, and while a social value weight is missing', async () => {
        for (const criteria of [
            'technical "Q" weight 60% social-value "S" weight 10% price "P" weight 30%',
            '',
            'technical "Q" weight 60% social-value "S" price "P" weight 30%'
        ]) {
            const { diagnostics } = await lint(`tender T { award-criteria { ${criteria} } }`);
            expect(withCode(diagnostics, 'social-value-weighting'), criteria).toEqual([]);
        }
    });

    test('reads the minimum from the configuration, and says where it comes from', async () => {
        const text = 'tender T { award-criteria { technical "Q" weight 58% social-value "S" weight 12% price "P" weight 30% } }';
        const stricter = withCode((await lint(text, { config: { thresholds: { ...DEFAULT_THRESHOLDS, minSocialValueWeight: 15 } } })).diagnostics, 'social-value-weighting');
        expect(stricter).toHaveLength(1);
        expect(stricter[0].message).toContain("This project's tender.config.json sets 15%");
        const off = withCode((await lint('tender T { award-criteria { technical "Q" weight 70% price "P" weight 30% } }',
            { config: { thresholds: { ...DEFAULT_THRESHOLDS, minSocialValueWeight: 0 } } })).diagnostics, 'social-value-weighting');
        expect(off, 'a minimum of 0 asks for no social value criterion').toEqual([]);
    });

    test('a Scottish tender hears the Scottish duties, never PPN 002 (domain.md section 8)', async () => {
        const criteria = 'award-criteria { technical "Q" weight 65% social-value "SV" weight 5% price "P" weight 30% }';
        const small = withCode((await lint(`tender T { jurisdiction scotland value £1,000,000 ${criteria} }`)).diagnostics, 'social-value-weighting');
        expect(small[0].message).toBe('Social value weighs 5%, below 10%: consider weighting it at least 10%. '
            + 'In Scotland: the sustainable procurement duty (Procurement Reform (Scotland) Act 2014 s9).');
        // from £4,000,000 excluding VAT, community benefit requirements too
        const large = withCode((await lint(`tender T { jurisdiction scotland value £4.8m excluding-vat £4m ${criteria} }`)).diagnostics, 'social-value-weighting');
        expect(large[0].message).toContain('the sustainable procurement duty and community benefits (Procurement Reform (Scotland) Act 2014 s9, s25)');
        const none = withCode((await lint('tender T { jurisdiction scotland award-criteria { technical "Q" weight 70% price "P" weight 30% } }')).diagnostics, 'social-value-weighting');
        expect(none[0].message).toMatch(/^No social value criterion: add one weighted at least 10%\. In Scotland: /);
        for (const d of [...small, ...large, ...none]) {
            expect(d.message).not.toMatch(/PPN/);
            expect(d.message.length).toBeLessThanOrEqual(200);
        }
    });

    test('no social value finding on a Scottish tender cites PPN 002', async () => {
        const text = `tender T {
    jurisdiction scotland
    value £50,000
    social-value { requirement "Local jobs" mandatory }
    lot A "A" { value £50,000 award-criteria { technical "Q" weight 90% social-value "SV" weight 2% price "P" weight 8% } }
}`;
        const { diagnostics } = await lint(text);
        const social = diagnostics.filter(d => typeof d.code === 'string' && d.code.startsWith('social-value'));
        expect(social.length).toBeGreaterThan(0);
        for (const d of social) expect(d.message, String(d.code)).not.toMatch(/PPN/);
    });
});
