/**
 * Token values. Text loses its quotes and its two escapes; percentages and numbers become numbers.
 * Money and dates stay as written: `values/money.ts` and `values/dates.ts` read them, so that a
 * malformed amount or an impossible date is reported with a message rather than silently changed.
 */
import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter } from 'langium';
import { unquote } from './values/text.js';

export class TenderValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'STRING': return unquote(input);
            case 'PERCENT': return Number(input.slice(0, -1));
            case 'NUMBER': return Number(input);
            case 'MONEY':
            case 'DATE':
                return input;
            default: return super.runConverter(rule, input, cstNode);
        }
    }
}
