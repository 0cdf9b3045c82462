import { describe, expect, test } from 'vitest';
import { fixesFor } from '../../../src/lint/fixes.js';
import { FRAMEWORK, languageErrors, lint, marked, withCode } from '../../helpers.js';
import { applyQuickFix } from '../fix-helpers.js';

describe('cohort-assets', () => {
    test('fires on the name of a cohort with no assets, as info', async () => {
        const { text, ranges } = marked(`tender T {
    cohort <|VulnerableAdults|> {
        description "Vulnerable adults with complex needs"
    }
}`);
        const found = withCode((await lint(text)).diagnostics, 'cohort-assets');
        expect(found.map(d => d.range)).toEqual(ranges);
        expect(found[0].message).toBe('Cohort VulnerableAdults lists no assets: add the strengths its people bring (assets "Peer networks and friendships"), not only their needs.');
        expect(found[0].severity).toBe(3);
    });

    test('stays quiet on a cohort that lists assets', async () => {
        const { diagnostics } = await lint(`tender T { cohort A { assets "Peer networks", "Caring experience" } }`);
        expect(withCode(diagnostics, 'cohort-assets')).toEqual([]);
    });

    test('the fix inserts assets "" after the needs line, indented like it, before the personas', async () => {
        const source = `import "framework.tender"
tender T {
    cohort Adults {
        description "Adults"
        needs Homelessness,
            MentalHealth // both at once
        persona Sam { age 30 }
    }
}`;
        const { text, diagnostics, title } = await applyQuickFix(source, 'cohort-assets', { files: { 'framework.tender': FRAMEWORK } });
        expect(title).toBe('Add an assets line (fill in the strengths)');
        expect(text).toBe(`import "framework.tender"
tender T {
    cohort Adults {
        description "Adults"
        needs Homelessness,
            MentalHealth // both at once
        assets ""
        persona Sam { age 30 }
    }
}`);
        expect(languageErrors(diagnostics)).toEqual([]);
        expect(withCode(diagnostics, 'cohort-assets')).toEqual([]);
    });

    test('the fix works on an empty cohort and on a one-line cohort', async () => {
        const empty = await applyQuickFix(`tender T {
\tcohort A {
\t}
}`, 'cohort-assets');
        expect(empty.text).toBe(`tender T {
\tcohort A {
\t\tassets ""
\t}
}`);
        expect(withCode(empty.diagnostics, 'cohort-assets')).toEqual([]);
        const oneLine = await applyQuickFix(`tender T { cohort A { description "d" } }`, 'cohort-assets');
        expect(oneLine.text).toBe(`tender T { cohort A { description "d" assets "" } }`);
        expect(languageErrors(oneLine.diagnostics)).toEqual([]);
        expect(withCode(oneLine.diagnostics, 'cohort-assets')).toEqual([]);
    });

    test('the fix is not safe: tender lint --fix leaves it to the user', async () => {
        const { document, services, diagnostics } = await lint(`tender T { cohort A { } }`);
        const [finding] = withCode(diagnostics, 'cohort-assets');
        expect(fixesFor(services, document, finding).map(f => f.safe)).toEqual([false]);
    });
});
