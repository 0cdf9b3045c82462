/**
 * The law of a tender, in one place below the lint rules: the legal facts (thresholds, time limits,
 * the Provider Selection Regime, reserved contracts, duties, what notices state), each with its
 * source in docs/domain.md, and the legal situation of a tender worked out once per tender. Rules,
 * hints, lenses, writers and `tender diff` read it; it reads nothing of lint/.
 */
export * from './thresholds.js';
export * from './time-limits.js';
export * from './provider-selection-regime.js';
export * from './reserved-contracts.js';
export * from './duties.js';
export * from './notices.js';
export * from './timeline.js';
export * from './situation.js';
export * from './contracts.js';
export * from './kpi-duty.js';
export * from './notice-gaps.js';
