import type { CstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Outcome, Target } from '../../generated/ast.js';
import { isOutcome } from '../../generated/ast.js';
import type { DurationValue } from '../../values/duration.js';
import { durationInMonths, durationUnit, horizonOf, OUTCOME_HORIZONS } from '../../values/duration.js';
import { defineRule } from '../define-rule.js';
import { insertLinesAfter, insertLinesBefore, nodeAt } from '../fix-utils.js';
import { isHalfTyped } from '../outcome-facts.js';

type Horizon = (typeof OUTCOME_HORIZONS)[number];

/** An outcome without targets at each of 6 months, 2 years and 5 years. */
export default defineRule({
    meta: {
        id: 'outcome-horizons',
        severity: 'warning',
        category: 'outcomes',
        absence: 'node',
        description: 'An outcome has no target at one of the horizons: 6 months, 2 years and 5 years.',
        source: 'Outcome-based commissioning sets performance expectations at the start and follows change over the whole contract (NAO HC 86, 2015; GO Lab), with short, medium and long-term targets for population-level outcomes (domain.md section 10; docs/language.md section 1).',
        hasFix: true
    },
    create(context) {
        return {
            Outcome(node: Outcome) {
                // With no target at all, unmeasurable-outcome already asks for one.
                if (isHalfTyped(node, node.statement) || node.targets.length === 0) {
                    return;
                }
                const missing = missingHorizons(node);
                if (missing.length === 0) {
                    return;
                }
                const labels = missing.map(h => h.label);
                const list = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
                context.report({
                    node,
                    property: 'name',
                    message: `Outcome ${node.name} has no target at ${list}: add a target for each horizon (${OUTCOME_HORIZONS.map(h => h.label).join(', ')}).`
                });
            }
        };
    },
    fix({ document, range }) {
        const outcome = nodeAt(document, range.start, isOutcome);
        if (!outcome || outcome.targets.length === 0) {
            return [];
        }
        const missing = missingHorizons(outcome);
        if (missing.length === 0) {
            return [];
        }
        const placeholder = placeholderFor(outcome);
        // Missing targets go among the existing ones so that targets read in horizon order;
        // those sharing an anchor become one edit, since edits at one position could otherwise
        // be applied in either order.
        const groups: { cst: CstNode; before: boolean; lines: string[] }[] = [];
        for (const horizon of missing) {
            const anchor = anchorFor(outcome.targets, horizon);
            if (!anchor) continue;
            let group = groups.find(g => g.cst === anchor.cst && g.before === anchor.before);
            if (!group) {
                group = { ...anchor, lines: [] };
                groups.push(group);
            }
            group.lines.push(`target ${horizon.label} ${placeholder}`);
        }
        const edits: TextEdit[] = groups.map(group => group.before
            ? insertLinesBefore(document, group.cst, group.lines)
            : insertLinesAfter(document, group.cst, group.lines));
        return [{
            title: `Add targets at ${missing.map(h => h.label).join(', ')} (fill in the values)`,
            edits,
            safe: false,
            preferred: true
        }];
    }
});

function targetDuration(target: Target): DurationValue | undefined {
    const unit = durationUnit(target.horizon?.unit);
    return unit && typeof target.horizon.amount === 'number' ? { amount: target.horizon.amount, unit } : undefined;
}

function missingHorizons(outcome: Outcome): Horizon[] {
    const present = new Set<Horizon>();
    for (const target of outcome.targets) {
        const duration = targetDuration(target);
        const horizon = duration && horizonOf(duration);
        if (horizon) present.add(horizon);
    }
    return OUTCOME_HORIZONS.filter(h => !present.has(h));
}

/** Before the first target further out than the horizon, else after the last target. */
function anchorFor(targets: readonly Target[], horizon: Horizon): { cst: CstNode; before: boolean } | undefined {
    for (const target of targets) {
        const duration = targetDuration(target);
        if (duration && durationInMonths(duration) > horizon.months && target.$cstNode) {
            return { cst: target.$cstNode, before: true };
        }
    }
    const last = targets[targets.length - 1].$cstNode;
    return last ? { cst: last, before: false } : undefined;
}

/** A value of the same kind as the outcome's other figures, for the user to replace. */
function placeholderFor(outcome: Outcome): string {
    const measures = [outcome.baseline?.measure, ...outcome.targets.map(t => t.measure)];
    const numbers = measures.some(m => m?.number !== undefined);
    const percents = measures.some(m => m?.percent !== undefined);
    return numbers && !percents ? '0' : '0%';
}
