/**
 * An opt-in trace of where an edit's time goes in the language server, for profiling:
 * `TENDER_LSP_TRACE=1` in the server's environment writes one line per build to the server's log
 * (console.error, which the connection sends as window/logMessage: the editor's output channel for
 * the server), e.g.
 *
 *   tender-trace: build 7 1 doc: wait 10.6 | parse 33.0/32.1 | index 0.9/0.9 | scopes 3.8/3.6 | link 11.8/11.0 | refs 5.7/5.5 | validate 46.9/45.0 (lint 17.7/17.0) | publish 0.1/0.1 | end 0.1/0.0 | total 113.2 ms, cpu 98.3 ms, gc 20.2 ms
 *
 * Each figure is wall/CPU milliseconds (CPU time is what a busy machine inflates least). `wait` runs
 * from the first edit of a burst to the start of its build (the coalescing of document-updates.ts),
 * each phase to the end of that phase of Langium's builder, `publish` to the moment the diagnostics
 * were handed to the connection. Off, nothing is measured. No Node imports:
 * the browser's worker runs the same server (and has no environment, so no trace).
 */

interface TraceProcess {
    env?: Record<string, string | undefined>;
    cpuUsage?: () => { user: number; system: number };
}

const host = (globalThis as { process?: TraceProcess }).process;

/** Whether the trace is on (read once, when the server starts). */
export const TRACE_ENABLED = Boolean(host?.env?.TENDER_LSP_TRACE && host.env.TENDER_LSP_TRACE !== '0');

class BuildTrace {
    private firstEdit: number | undefined;
    private started: number | undefined;
    private last = 0;
    private lastCpu = 0;
    private cpuAtStart = 0;
    private gcMs = 0;
    private gcAtStart = 0;
    private builds = 0;
    private documents = 0;
    private readonly phases: Array<[string, number, number | undefined]> = [];
    private lintMs = 0;
    private lintCpuMs = 0;

    constructor() {
        try {
            const Observer = (globalThis as { PerformanceObserver?: new (callback: (list: { getEntries(): Array<{ duration: number }> }) => void) => { observe(options: { entryTypes: string[] }): void } }).PerformanceObserver;
            new Observer!(list => {
                for (const entry of list.getEntries()) this.gcMs += entry.duration;
            }).observe({ entryTypes: ['gc'] });
        } catch {
            // no garbage collection entries here: the trace leaves gc out
        }
    }

    /** An edit reached the server (the first of a burst counts). */
    edit(): void {
        this.firstEdit ??= performance.now();
    }

    /** A build starts (Langium's update, after the coalescing wait). */
    buildStarted(documents: number): void {
        const now = performance.now();
        this.started = now;
        this.last = now;
        this.phases.length = 0;
        this.lintMs = 0;
        this.lintCpuMs = 0;
        this.documents = documents;
        this.cpuAtStart = cpuMs();
        this.lastCpu = this.cpuAtStart;
        this.gcAtStart = this.gcMs;
        if (this.firstEdit !== undefined) this.phases.push(['wait', now - this.firstEdit, undefined]);
        this.firstEdit = undefined;
    }

    /** A phase of the build ended. */
    phase(name: string): void {
        if (this.started === undefined) return;
        const now = performance.now();
        const cpu = cpuMs();
        this.phases.push([name, now - this.last, cpu - this.lastCpu]);
        this.last = now;
        this.lastCpu = cpu;
    }

    /** Starts timing the lint rules (part of validate); call the function returned when they are done. */
    lintStarted(): () => void {
        const started = performance.now();
        const cpu = cpuMs();
        return () => {
            this.lintMs += performance.now() - started;
            this.lintCpuMs += cpuMs() - cpu;
        };
    }

    /** The build ended (its diagnostics written, or it was cancelled). */
    buildEnded(outcome: string): void {
        if (this.started === undefined) return;
        this.phase(outcome);
        const wait = this.phases.find(([name]) => name === 'wait')?.[1] ?? 0;
        const total = performance.now() - this.started + wait;
        const figures = (ms: number, cpu: number | undefined) => `${ms.toFixed(1)}${cpu === undefined ? '' : `/${cpu.toFixed(1)}`}`;
        const parts = this.phases.map(([name, ms, cpu]) => `${name} ${figures(ms, cpu)}${name === 'validate' ? ` (lint ${figures(this.lintMs, this.lintCpuMs)})` : ''}`);
        const gc = this.gcMs - this.gcAtStart;
        console.error(`tender-trace: build ${++this.builds} ${this.documents} doc${this.documents === 1 ? '' : 's'}: ${parts.join(' | ')} | total ${total.toFixed(1)} ms, cpu ${(cpuMs() - this.cpuAtStart).toFixed(1)} ms, gc ${gc.toFixed(1)} ms`);
        this.started = undefined;
    }
}

function cpuMs(): number {
    const usage = host?.cpuUsage?.();
    return usage ? (usage.user + usage.system) / 1000 : 0;
}

/** The trace, or undefined when it is off. */
export const buildTrace: BuildTrace | undefined = TRACE_ENABLED ? new BuildTrace() : undefined;
