/**
 * Providers are guarded so that one failing request answers with an empty result and a line in the
 * log, never with a crash or an error pop-up while the commissioner types. Cancellation and
 * deliberate answers to the user (a ResponseError, e.g. "not a valid name" on rename) pass through.
 */
import { isOperationCancelled } from 'langium';
import { ResponseError } from 'vscode-languageserver';

/** What each provider method answers when it fails. */
const EMPTY: Readonly<Record<string, () => unknown>> = {
    getCompletion: () => ({ isIncomplete: false, items: [] }),
    semanticHighlight: () => ({ data: [] }),
    semanticHighlightRange: () => ({ data: [] }),
    semanticHighlightDelta: () => ({ data: [] }),
    formatDocument: () => [],
    formatDocumentRange: () => [],
    formatDocumentOnType: () => [],
    getSymbols: () => [],
    getFoldingRanges: () => [],
    findReferences: () => [],
    getCodeActions: () => [],
    getDocumentHighlight: () => [],
    getCodeLens: () => [],
    provideCodeLens: () => []
};

/** Wraps every method of a provider so that a thrown error or a rejected promise gives an empty answer. */
export function guarded<T extends object>(provider: T, area: string): T {
    return new Proxy(provider, {
        get(target, property, receiver) {
            const value = Reflect.get(target, property, receiver);
            if (typeof value !== 'function' || typeof property !== 'string' || property === 'constructor') {
                return value;
            }
            return (...args: unknown[]) => {
                const fail = (error: unknown) => {
                    if (isOperationCancelled(error) || error instanceof ResponseError) throw error;
                    logFailure(area, property, error);
                    return EMPTY[property]?.();
                };
                try {
                    const result = (value as (...a: unknown[]) => unknown).apply(target, args);
                    if (result instanceof Promise) {
                        return result.catch(fail);
                    }
                    return result;
                } catch (error) {
                    return fail(error);
                }
            };
        }
    });
}

const logged = new Map<string, number>();

function logFailure(area: string, method: string, error: unknown): void {
    // The same failure repeated on every keystroke would flood the log: say it a few times.
    const key = `${area}.${method}`;
    const count = (logged.get(key) ?? 0) + 1;
    logged.set(key, count);
    if (count <= 3 || count % 100 === 0) {
        const detail = error instanceof Error ? error.stack ?? error.message : String(error);
        console.error(`tender: ${key} failed (${count}): ${detail}`);
    }
}
