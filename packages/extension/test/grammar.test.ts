/**
 * The TextMate grammar VS Code colours tenders with (written by scripts/bundle.mjs from Langium's):
 * hyphenated keywords are whole keywords, values have colours of their own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_ROOT } from './vsix.js';

interface Pattern { readonly name?: string; readonly match?: string }
const grammar = JSON.parse(readFileSync(join(EXTENSION_ROOT, 'syntaxes', 'tender-vscode.tmLanguage.json'), 'utf8')) as { patterns: Pattern[]; scopeName: string };

/** The scopes the top-level match patterns give a line, as [text, scope] in order (first pattern wins, as in TextMate). */
function tokens(line: string): [string, string][] {
    const found: [string, string][] = [];
    let position = 0;
    while (position < line.length) {
        let best: { index: number; text: string; name: string } | undefined;
        for (const pattern of grammar.patterns) {
            if (!pattern.match || !pattern.name) continue;
            const regex = new RegExp(pattern.match, 'g');
            regex.lastIndex = position;
            const match = regex.exec(line);
            if (match && match[0] && (!best || match.index < best.index)) {
                best = { index: match.index, text: match[0], name: pattern.name };
            }
        }
        if (!best) break;
        found.push([best.text, best.name]);
        position = best.index + best.text.length;
    }
    return found;
}

describe('the editor grammar', () => {
    it('is the one package.json names, for source.tender', () => {
        const manifest = JSON.parse(readFileSync(join(EXTENSION_ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: { path: string; scopeName: string }[] } };
        expect(manifest.contributes.grammars).toEqual([{ language: 'tender', scopeName: 'source.tender', path: './syntaxes/tender-vscode.tmLanguage.json' }]);
        expect(grammar.scopeName).toBe('source.tender');
    });

    it('colours hyphenated keywords whole', () => {
        expect(tokens('    award-criteria {')).toEqual([['award-criteria', 'keyword.control.tender']]);
        expect(tokens('minimum-turnover £6,000,000')).toEqual([['minimum-turnover', 'keyword.control.tender'], ['£6,000,000', 'constant.numeric.money.tender']]);
        expect(tokens('contributes-to SettledAccommodation')).toEqual([['contributes-to', 'keyword.control.tender']]);
        expect(tokens('joint-bids not-accepted')).toEqual([['joint-bids', 'keyword.control.tender'], ['not-accepted', 'keyword.control.tender']]);
    });

    it('leaves names that contain keywords alone', () => {
        expect(tokens('outcome PlanForAward "x"')).toEqual([['outcome', 'keyword.control.tender']]);
        expect(tokens('needs Open_Access')).toEqual([['needs', 'keyword.control.tender']]);
    });

    it('colours dates, money, percentages, numbers and durations', () => {
        expect(tokens('bid-deadline 2027-04-19')).toEqual([['bid-deadline', 'keyword.control.tender'], ['2027-04-19', 'constant.numeric.date.tender']]);
        expect(tokens('value £2.4m over 5 years')).toEqual([
            ['value', 'keyword.control.tender'], ['£2.4m', 'constant.numeric.money.tender'], ['over', 'keyword.control.tender'],
            ['5', 'constant.numeric.tender'], ['years', 'keyword.control.tender']
        ]);
        expect(tokens('weight 12.5%')).toEqual([['weight', 'keyword.control.tender'], ['12.5%', 'constant.numeric.percent.tender']]);
    });
});
