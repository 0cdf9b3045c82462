/**
 * Seeded random edits of the Anyborough tender (figures changed, words put in, elements removed,
 * copied under a new name, dates moved), a few at a time: whatever the edits, accepting every
 * tracked change gives the new version's document and rejecting them the old one's, and the
 * change list keeps to its schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { diffJson } from '../../src/diff/tender-diff.js';
import { REPO_ROOT } from '../helpers.js';
import { BASE, diffOf } from './diff-helpers.js';
import { checkAcceptReject } from './redline-checks.js';

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'packages', 'language', 'schemas', 'tender-diff.schema.json'), 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: true, strictTypes: false }).compile(schema);

function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
        s = (s * 1664525 + 1013904223) >>> 0;
        return s / 2 ** 32;
    };
}

type Edit = (text: string, next: () => number) => string;

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)];

/** Blocks of the form `    keyword Name ... {\n ... \n    }\n` at the tender's top level. */
function blocks(text: string, keyword: string): string[] {
    return [...text.matchAll(new RegExp(`^    ${keyword} \\w+[^\\n]*\\{[\\s\\S]*?\\n    }\\n`, 'gm'))].map(m => m[0]);
}

const EDITS: readonly Edit[] = [
    // A figure changed: a percentage or an amount.
    (text, next) => {
        const figures = [...text.matchAll(/\b(\d{1,2})%/g)];
        const figure = pick(figures, next);
        const value = Math.max(1, Math.min(99, Number(figure[1]) + (next() < 0.5 ? -5 : 5)));
        return text.slice(0, figure.index) + `${value}%` + text.slice((figure.index ?? 0) + figure[0].length);
    },
    // A word put into a text.
    (text, next) => {
        const texts = [...text.matchAll(/"([^"\n]{20,})"/g)];
        const chosen = pick(texts, next);
        const words = chosen[1].split(' ');
        words.splice(1 + Math.floor(next() * (words.length - 1)), 0, pick(['promptly', 'jointly', 'always', 'locally'], next));
        return text.slice(0, (chosen.index ?? 0) + 1) + words.join(' ') + text.slice((chosen.index ?? 0) + 1 + chosen[1].length);
    },
    // An element removed.
    (text, next) => {
        const element = pick([...blocks(text, 'outcome'), ...blocks(text, 'service'), ...blocks(text, 'risk'), ...blocks(text, 'lot')], next);
        return element ? text.replace(element, '') : text;
    },
    // An element copied under a new name, just after the original.
    (text, next) => {
        const element = pick([...blocks(text, 'outcome'), ...blocks(text, 'risk')], next);
        if (!element) return text;
        const copy = element.replace(/^( {4}\w+ )(\w+)/, (_, keyword: string, name: string) => `${keyword}${name}Again`).replace(/"([^"]+)"/, '"$1, again"');
        return text.replace(element, `${element}\n${copy}`);
    },
    // A date moved by a week.
    (text, next) => {
        const dates = [...text.matchAll(/(bid-deadline|award|contract-start|clarification-deadline) 2027-(\d\d)-(\d\d)/g)];
        const date = pick(dates, next);
        const day = Math.min(28, Number(date[3]) + 7);
        return text.replace(date[0], `${date[1]} 2027-${date[2]}-${String(day).padStart(2, '0')}`);
    }
];

describe('redlines of random edits', () => {
    for (let seed = 1; seed <= 12; seed++) {
        test(`seed ${seed}`, { timeout: 60_000 }, async () => {
            const next = random(seed);
            let text = BASE;
            const count = 1 + Math.floor(next() * 4);
            for (let i = 0; i < count; i++) text = pick(EDITS, next)(text, next);
            const diff = await diffOf(BASE, text);
            expect(validate(JSON.parse(diffJson(diff))), JSON.stringify(validate.errors)).toBe(true);
            await checkAcceptReject(diff);
        });
    }
});
