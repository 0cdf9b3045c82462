import { expect, test } from 'vitest';
import { docsUrlFor, LANGUAGE_CHECKS } from '../../src/validation/tender-validator.js';
import { ruleDocsUrl } from '../../src/lint/docs.js';

test('a rule links to its page, a language check to its section of the reference, anything else to nothing', () => {
    expect(docsUrlFor('weights-sum')).toBe(ruleDocsUrl('weights-sum'));
    const syntax = LANGUAGE_CHECKS.find(c => c.id === 'syntax-error');
    expect(docsUrlFor('syntax-error')).toBe(syntax?.helpUri);
    expect(docsUrlFor('syntax-error')).not.toContain('/rules/');
    expect(docsUrlFor('no-such-code')).toBeUndefined();
});
