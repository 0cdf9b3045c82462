/**
 * Word numbering for the invitation to tender: one multi-level list shared by headings and
 * clauses (heading 4, heading 4.2, clause 4.2.1), so Word keeps every number stable and citable
 * when a reviewer inserts a clause, and bullets indented to the text they belong to.
 */
import type { ILevelsOptions, INumberingOptions } from 'docx';
import { AlignmentType, LevelFormat, LevelSuffix } from 'docx';
import { NUMBER_LEVELS } from '../content/build-content.js';
import { textIndent } from './styles.js';

export const CLAUSE_NUMBERING = 'tender-clauses';
export const BULLET_NUMBERING = 'tender-bullets';

/** Where the text of a numbered heading or clause at `level` starts, and how far its number hangs. */
export function numberIndent(level: number): { left: number; hanging: number } {
    return { left: level <= 1 ? 720 : 720 * level, hanging: 720 };
}

function clauseLevel(level: number): ILevelsOptions {
    const text = Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join('.');
    const { left } = numberIndent(level);
    return {
        level,
        format: LevelFormat.DECIMAL,
        text,
        alignment: AlignmentType.LEFT,
        suffix: LevelSuffix.TAB,
        isLegalNumberingStyle: true,
        style: { paragraph: { indent: { left, hanging: 720 } } }
    };
}

function bulletLevel(level: number): ILevelsOptions {
    const left = textIndent(level) + 360;
    return {
        level,
        format: LevelFormat.BULLET,
        text: level % 2 === 0 ? '\u2022' : '\u2013',
        alignment: AlignmentType.LEFT,
        suffix: LevelSuffix.TAB,
        style: { paragraph: { indent: { left, hanging: 360 } } }
    };
}

export function numberingOptions(): INumberingOptions {
    return {
        config: [
            { reference: CLAUSE_NUMBERING, levels: Array.from({ length: NUMBER_LEVELS }, (_, level) => clauseLevel(level)) },
            { reference: BULLET_NUMBERING, levels: Array.from({ length: NUMBER_LEVELS }, (_, level) => bulletLevel(level)) }
        ]
    };
}
