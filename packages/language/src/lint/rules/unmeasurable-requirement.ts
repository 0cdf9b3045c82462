import type { AstNode } from 'langium';
import type { Service, Tender } from '../../generated/ast.js';
import { defineRule } from '../define-rule.js';
import type { RuleContext } from '../define-rule.js';

/**
 * What makes a requirement checkable: something a contract manager could hold the provider to.
 * Each pattern is one kind of check (the rule's page lists them with examples). A requirement with
 * none of them states an obligation nobody could show was met or missed.
 */
const CHECKABLE: readonly { readonly kind: string; readonly pattern: RegExp }[] = [
    // how much: digits, amounts, shares, number words
    { kind: 'number', pattern: /\d|[£€$%]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|half|twice|double|single|no more than|no fewer than|at least|at most|maximum|minimum)\b/i },
    // by when, for how long
    { kind: 'time', pattern: /\b(?:within|before|until|no later than|hours?|days?|weeks?|months?|years?|working days?|overnight|weekends?|evenings?|24\/7|at all times|out of hours|same day|next day|on arrival|on referral|at discharge|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december)\b/i },
    // how often
    { kind: 'frequency', pattern: /\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|once|twice|every (?:day|week|month|quarter|year|visit|contact|session|shift)|each (?:day|week|month|quarter|year|visit|contact|session|shift)|per (?:day|week|month|quarter|year|person))\b/i },
    // to what standard: a named standard, regulator, qualification, registration or law
    { kind: 'standard', pattern: /\b(?:[A-Z]{2,}[a-z]?|Act)\b/ },
    // a body or scheme named in capitals mid-sentence: "Disclosure and Barring Service", "Care Quality Commission"
    { kind: 'standard', pattern: /(?<=\S\s+)[A-Z][a-z]+(?:\s+(?:and\s+|of\s+|for\s+)?[A-Z][a-z]+)+/ },
    { kind: 'standard', pattern: /\b(?:standards?|regulations?|accredit\w*|registered|registration|qualifi\w*|certif\w*|licen[cs]\w*|level \d|compliant|enhanced check|reasonable adjustments?)\b/i },
    // against a named document
    { kind: 'document', pattern: /\b(?:polic(?:y|ies)|plans?|protocols?|procedures?|strateg(?:y|ies)|guidance|guidelines|specification|schedule|appendix|annex|clause|section|records?|reports?|logs?|registers?|assessments?|agreements?)\b/i },
    // by whom: a named role
    { kind: 'role', pattern: /\b(?:report(?:s|ed|ing)? to|named|designated|key ?worker|support worker|social worker|(?:case|link) ?worker|manager|co-?ordinator|(?:safeguarding|clinical|service|team) lead|officer|practitioner|nurse|doctor|GP|psychologist|psychiatrist|therapist|clinician|supervisor|director|commissioner|mentor|advocate|navigator|trustee|chair)s?\b/i }
];

/** The kinds of check a requirement's text gives (empty when it gives none). */
export function checksIn(text: string): string[] {
    return [...new Set(CHECKABLE.filter(check => check.pattern.test(text)).map(check => check.kind))];
}

/** A requirement line (of a service, or of the tender) that states an obligation with nothing to check it against. */
export default defineRule({
    meta: {
        id: 'unmeasurable-requirement',
        severity: 'info',
        category: 'plain-language',
        description: 'A requirement states an obligation with nothing that could be checked: no number, time, frequency, standard, named document or role.',
        source: 'Procurement Act 2023 s21(6): requirements must be sufficiently clear and specific; performance must be measurable to be managed (s52; domain.md sections 5.2, 9 and 10).'
    },
    create(context) {
        return {
            Service(service: Service) {
                check(context, service, service.requirements);
            },
            Tender(tender: Tender) {
                check(context, tender, tender.requirements);
            }
        };
    }
});

function check(context: RuleContext, node: AstNode, requirements: readonly string[]): void {
    requirements.forEach((text, index) => {
        // a text still being typed (a word or two) is left alone
        if (text === undefined || text.trim().split(/\s+/).length < 3) return;
        if (checksIn(text).length > 0) return;
        context.report({
            node,
            property: 'requirements',
            index,
            message: 'This requirement gives nothing to check it against: say how much, by when, how often, to what standard or who, '
                + 'e.g. "Respond to referrals within 5 working days".'
        });
    });
}
