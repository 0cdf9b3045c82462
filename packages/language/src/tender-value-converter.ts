/**
 * Token values. Text loses its quotes and its two escapes; percentages and numbers become numbers
 * (thousands commas dropped: `1,200` is 1200; a badly grouped `1,2000` is still 12000, and the
 * validator reports it). Money, dates and times of day stay as written: `values/money.ts` and `values/dates.ts` read them, so that a
 * malformed amount or an impossible date is reported with a message rather than silently changed.
 */
import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter, GrammarUtils } from 'langium';
import { unquote } from './values/text.js';
import { numberValue } from './values/number.js';

/** The names Langium's runConverter converts by rule name, and the rule types it converts. */
const CONVERTED_NAMES = new Set(['INT', 'STRING', 'ID']);
const CONVERTED_TYPES = new Set(['number', 'boolean', 'bigint', 'date']);

export class TenderValueConverter extends DefaultValueConverter {
    /**
     * Rules whose value Langium's runConverter gives back as written (a data type rule of text,
     * such as Name and QualifiedName): it decides so from the rule's name upper-cased and from the
     * rule's type looked up in the grammar, at every value; here once per rule.
     */
    private readonly asWritten = new Map<GrammarAST.AbstractRule, boolean>();

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'STRING': return unquote(input);
            case 'PERCENT': return numberValue(input.slice(0, -1));
            case 'NUMBER': return numberValue(input);
            case 'MONEY':
            case 'DATE':
            case 'TIME':
                return input;
            default: {
                let asWritten = this.asWritten.get(rule);
                if (asWritten === undefined) {
                    asWritten = !CONVERTED_NAMES.has(rule.name.toUpperCase()) && !CONVERTED_TYPES.has(GrammarUtils.getRuleType(rule)?.toLowerCase() ?? '');
                    this.asWritten.set(rule, asWritten);
                }
                return asWritten ? input : super.runConverter(rule, input, cstNode);
            }
        }
    }
}
