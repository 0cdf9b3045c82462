/**
 * Token values. Text loses its quotes and its two escapes; percentages and numbers become numbers
 * (thousands commas dropped: `1,200` is 1200; a badly grouped `1,2000` is still 12000, and the
 * validator reports it). Money, dates and times of day stay as written: `values/money.ts` and `values/dates.ts` read them, so that a
 * malformed amount or an impossible date is reported with a message rather than silently changed.
 */
import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter } from 'langium';
import { unquote } from './values/text.js';
import { numberValue } from './values/number.js';

export class TenderValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'STRING': return unquote(input);
            case 'PERCENT': return numberValue(input.slice(0, -1));
            case 'NUMBER': return numberValue(input);
            case 'MONEY':
            case 'DATE':
            case 'TIME':
                return input;
            default: return super.runConverter(rule, input, cstNode);
        }
    }
}
