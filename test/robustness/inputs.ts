/**
 * Inputs that must never crash the parser, the linter or the CLI: each is named, and built from a
 * seeded generator so a failure can be reproduced exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from '../../bench/generate.mjs';
import { REPO_ROOT } from '../cli/run-cli.js';

export const EXAMPLE_PATH = join(REPO_ROOT, 'examples', 'anyborough', 'multiple-disadvantage.tender');
export const EXAMPLE = readFileSync(EXAMPLE_PATH, 'utf8');
export const FIRST_DRAFT = readFileSync(join(REPO_ROOT, 'examples', 'anyborough', 'first-draft.tender'), 'utf8');

/** The seeded generator the benchmarks use too: one home, in bench/generate.mjs. */
export { seeded };

const FRAGMENTS = [
    'tender', 'framework', 'market', 'grant', 'import', 'outcome', 'cohort', 'service', 'lot', 'lots', 'award-criteria',
    'technical', 'price', 'social-value', 'sub', 'weight', 'measures', 'timeline', 'publish', 'bid-deadline', 'value', 'over',
    'contract', 'review', 'every', 'payment', 'target', 'baseline', 'in', 'serves', 'contributes-to', 'delivers', 'addresses',
    'needs', 'need', 'provider', 'offers', 'no-lots', 'because', 'collaboration', 'joint-bids', 'welcome', 'models',
    '{', '}', '{', '}', ',', '.', '"', '"text"', '"un\\"closed', '\\', '//', '/*', '*/', '\n', '\r\n', '\t', ' ', ' ', ' ',
    '£2.4m', '€950k', '$3bn', '£1,00', '£1.005', '12.5%', '100%', '2027-03-01', '2027-02-30', '9999-99-99', '6 months', '1 year',
    '42', '3.14', 'Name', 'A.B', '_x', 'é', '😀', '\u0000', '\uFFFD', '\u200B', '\u2028', '-', '%', '£', '#'
];

/** A random mix of the language's own tokens and junk. */
export function randomTokens(random: () => number, count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) {
        text += FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
        if (random() < 0.6) text += ' ';
    }
    return text;
}

/** Random bytes, decoded the way the CLI reads a file (UTF-8, invalid sequences replaced). */
export function randomBytes(random: () => number, length: number): Buffer {
    const bytes = Buffer.alloc(length);
    for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
    return bytes;
}

/** Offsets at which to cut the example: every line end, and a seeded sample of others. */
export function prefixOffsets(text: string, sample: number, seed = 7): number[] {
    const random = seeded(seed);
    const offsets = new Set<number>([0, 1, text.length - 1]);
    for (let i = text.indexOf('\n'); i >= 0 && offsets.size < sample / 2; i = text.indexOf('\n', i + 1)) offsets.add(i);
    while (offsets.size < sample) offsets.add(Math.floor(random() * text.length));
    return [...offsets].sort((a, b) => a - b);
}

/** Named hostile inputs (text or raw bytes). */
export function hostileInputs(): Record<string, string | Buffer> {
    const random = seeded(2027);
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    return {
        'empty': '',
        'only-whitespace': ' \n\t\r\n  ',
        'nested-braces': `tender T ${'{'.repeat(10_000)}${'}'.repeat(10_000)}`,
        'unclosed-braces': `tender T ${'{'.repeat(10_000)}`,
        'closing-braces': '}'.repeat(10_000),
        'five-megabyte-string': `tender T {\n    purpose "${'People are supported to live well. '.repeat(150_000)}"\n}\n`,
        'five-megabyte-vague': `tender T {\n    purpose "${'A holistic, innovative and robust service going forward. '.repeat(90_000)}"\n}\n`,
        'five-megabyte-unterminated': `tender T {\n    purpose "${'a'.repeat(5_000_000)}`,
        'long-comment': `/*${' comment\n'.repeat(500_000)}*/\nframework F { need N }`,
        'long-line': `framework F { ${'need N'.repeat(1)} ${'x'.repeat(2_000_000)} }`,
        'long-name': `framework ${'N'.repeat(1_000_000)} { }`,
        'many-elements': Array.from({ length: 20_000 }, (_, i) => `framework F${i} { need N${i} }`).join('\n'),
        'crlf': EXAMPLE.replace(/\n/g, '\r\n'),
        'cr-only': EXAMPLE.replace(/\n/g, '\r'),
        'tabs': EXAMPLE.replace(/ {4}/g, '\t'),
        'bom': Buffer.concat([bom, Buffer.from(EXAMPLE)]),
        'nul-bytes': Buffer.from(EXAMPLE.replace(/purpose "/, 'purpose "\u0000\u0000').replace(/title/, 'ti\u0000tle')),
        'non-utf8': Buffer.concat([Buffer.from('tender T {\n    title "'), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xa1, 0xe2, 0x82]), Buffer.from('"\n    purpose "caf\xe9"\n}\n', 'latin1')]),
        'utf16': Buffer.from(`\ufeff${EXAMPLE}`, 'utf16le'),
        'random-bytes': randomBytes(random, 20_000),
        'random-tokens': randomTokens(random, 5_000),
        'absurd-numbers': `tender T {
    value £99999999999999999999bn over 99999999999 years
    lot A { value $${'9'.repeat(400)} }
    lots { max-per-bidder ${'9'.repeat(400)} }
    cohort C { size ${'9'.repeat(400)} people }
    outcome O { baseline ${'9'.repeat(400)}% in ${'9'.repeat(400)} target ${'9'.repeat(400)} years ${'9'.repeat(400)} }
    award-criteria { technical "Q" weight ${'9'.repeat(400)}% price "P" weight 0.000000000000000001% }
    contract { duration 0 days extension up-to 99999999999 years review every 0 days payment block 99999999999% }
    collaboration { formation-period 99999999999 weeks subcontract-share minimum 1000% }
    participation { minimum-turnover £99999999999999999999bn }
    funding { contributor "A" £9,999,999,999,999,999,999 contributor "B" £0.0000000000001 }
}`,
        'absurd-dates': `tender T {
    issued 0000-00-00
    timeline {
        market-engagement 9999-99-99
        publish 2027-02-29
        bid-deadline 2027-13-45
        award 0001-01-01
        contract-start 9999-12-31
    }
}`,
        'keywords-as-names': 'framework framework { need need need outcome }\ntender tender { outcome outcome "x" { serves cohort } cohort cohort { } lot lot "l" { services service } service service }\ngrant grant { }',
        'self-import': 'import "self-import.tender"\nframework F { need N }\ntender T { cohort C { needs N } }',
        'zero-width-and-bidi': 'tender T\u200B {\n    title "\u202Ereversed\u202C"\n    purpose "\u2028line\u2029separators"\n}',
        'suppression-noise': `${'// tender-disable-next-line\n'.repeat(5_000)}tender T { }`,
        'deep-qualified-name': `tender T { cohort C { needs ${Array.from({ length: 5_000 }, () => 'A').join('.')} } }`
    };
}

/** Two files that import each other. */
export const CYCLE = {
    'cycle-a.tender': 'import "cycle-b.tender"\nframework A { need FromA }\ntender T { cohort C { needs FromA, FromB } }',
    'cycle-b.tender': 'import "cycle-a.tender"\nframework B { need FromB }\ngrant G { addresses FromA }'
};
