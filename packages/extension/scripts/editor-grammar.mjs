/**
 * The TextMate grammar VS Code colours tenders with, before the language server's semantic tokens
 * arrive (and where they never do: a diff view, a file opened without the server). It is Langium's
 * (syntaxes/tender.tmLanguage.json, generated from the grammar, never edited) with these changes,
 * each read from the Tender grammar itself so that nothing here is a second copy of it:
 *
 * - keywords are tried longest first and must not touch a hyphen, so `award-criteria` is one
 *   keyword rather than `award` then `-criteria`;
 * - every value token of language 1.1 gets a scope of its own, its pattern being the grammar's
 *   terminal (DATE, TIME, MONEY, PERCENT, NUMBER) kept off the letters and digits around it: dates,
 *   times of day (`12:00`), money with thousands (`£1,200,000`, `£2.4m`), percentages, numbers with
 *   thousands (`1,200`), and durations (a number then one of the DurationUnit words, `6 months`);
 * - the name after a keyword that declares one (`need region`, `cohort people`) is a name, even
 *   when it is also a keyword (language 1.1: any keyword but the five element keywords may be a name).
 */
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';

/** Not a letter, digit or underscore: the edges of a value token, so `lot_1` holds no number. */
const BEFORE = '(?<![A-Za-z0-9_])';
const AFTER = '(?![A-Za-z0-9_])';
/** Keywords may contain hyphens: a keyword's edges are none of these. */
const EDGE = '[A-Za-z0-9_-]';

/** The scope of each value terminal, in the order TextMate must try them at one position. */
const VALUE_SCOPES = [
    ['DATE', 'constant.numeric.date.tender'],
    ['TIME', 'constant.numeric.time.tender'],
    ['MONEY', 'constant.numeric.money.tender'],
    ['PERCENT', 'constant.numeric.percent.tender']
];

function terminalSource(grammar, name) {
    const rule = grammar.rules.find(r => GrammarAST.isTerminalRule(r) && r.name === name);
    if (!rule) throw new Error(`The Tender grammar has no terminal ${name}; update scripts/editor-grammar.mjs`);
    return GrammarUtils.terminalRegex(rule).source;
}

function keywordsOf(rule) {
    return AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(k => k.value).toArray();
}

/** Keywords immediately followed by `name=Name` in some rule: `need`, `cohort`, `outcome`, `lot`, ... */
function declaringKeywords(grammar) {
    const found = new Set();
    for (const node of AstUtils.streamAllContents(grammar)) {
        if (!GrammarAST.isAssignment(node) || node.feature !== 'name') continue;
        const group = node.$container;
        if (!GrammarAST.isGroup(group)) continue;
        const before = group.elements[group.elements.indexOf(node) - 1];
        if (GrammarAST.isKeyword(before)) found.add(before.value);
    }
    return [...found];
}

const longestFirst = (a, b) => b.length - a.length || a.localeCompare(b);

/**
 * @param {object} langium the TextMate grammar `langium generate` writes (parsed JSON; not changed)
 * @param {object} grammar the Tender grammar (Langium's Grammar AST)
 * @returns {object} the grammar VS Code uses
 */
export function editorGrammar(langium, grammar) {
    const result = structuredClone(langium);
    let rewritten = 0;
    for (const pattern of result.patterns) {
        const match = typeof pattern.match === 'string' ? /^\\b\((.*)\)\\b$/.exec(pattern.match) : null;
        if (match && pattern.name?.startsWith('keyword')) {
            const words = match[1].split('|').sort(longestFirst);
            pattern.match = `(?<!${EDGE})(${words.join('|')})(?!${EDGE})`;
            rewritten++;
        }
    }
    if (rewritten !== 1) {
        throw new Error(`syntaxes/tender.tmLanguage.json: expected one keyword pattern of the form \\b(...)\\b from Langium, found ${rewritten}; update scripts/editor-grammar.mjs`);
    }
    const durationRule = grammar.rules.find(r => GrammarAST.isParserRule(r) && r.name === 'DurationUnit');
    if (!durationRule) throw new Error('The Tender grammar has no DurationUnit rule; update scripts/editor-grammar.mjs');
    const units = keywordsOf(durationRule).sort(longestFirst);
    const number = terminalSource(grammar, 'NUMBER');
    const declaring = declaringKeywords(grammar).sort(longestFirst);
    const name = terminalSource(grammar, 'ID');
    const values = [
        // Before the keywords, so that the keyword of a declaration and its name are one match.
        {
            name: 'meta.declaration.tender',
            match: `(?<!${EDGE})(${declaring.join('|')})\\s+(${name})${AFTER}`,
            captures: { 1: { name: 'keyword.control.tender' }, 2: { name: 'entity.name.type.tender' } }
        },
        ...VALUE_SCOPES.map(([terminal, scope]) => ({ name: scope, match: `${BEFORE}(?:${terminalSource(grammar, terminal)})${AFTER}` })),
        // A duration before a plain number: at the same position TextMate takes the first pattern.
        {
            name: 'constant.numeric.duration.tender',
            match: `${BEFORE}(?:${number})\\s+(?:${units.join('|')})(?!${EDGE})`
        },
        { name: 'constant.numeric.tender', match: `${BEFORE}(?:${number})${AFTER}` }
    ];
    const keywords = result.patterns.findIndex(p => p.name?.startsWith('keyword'));
    result.patterns.splice(keywords, 0, ...values);
    return result;
}
