/**
 * The page's one stylesheet, inline: readable on screen (and in the editor's preview, where it
 * takes the editor's colours in a dark theme), printable on A4 like the Word document.
 */
export const PAGE_CSS = `
:root {
  --ink: #1a1a1a; --muted: #595959; --accent: #1f3864; --rule: #8ea9c1; --paper: #ffffff;
  --header-fill: #dce6f1; --total-fill: #f2f2f2; --note-fill: #fff4ce; --note-rule: #b26a00;
  --track: #eef2f7; color-scheme: light;
}
/* In the editor's preview with a dark theme, the page takes the editor's colours. */
body.vscode-dark, body.vscode-high-contrast {
  --ink: var(--vscode-editor-foreground, #e0e0e0); --muted: #b4b4b4; --accent: #9cc3ff; --rule: #4b6584;
  --paper: var(--vscode-editor-background, #1e1e1e); --header-fill: #24364f; --total-fill: #2b2b2b;
  --note-fill: #3b3320; --note-rule: #e0a040; --track: #2f3b4a; color-scheme: dark;
}
* { box-sizing: border-box; }
html { font-size: 16px; }
body {
  margin: 0; background: var(--paper); color: var(--ink);
  font-family: Arial, "Liberation Sans", Helvetica, sans-serif; line-height: 1.45;
}
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
.running { max-width: 52rem; margin: 0 auto; padding: .75rem 1.5rem 0; display: flex; justify-content: space-between; color: var(--muted); font-size: .8rem; }
.cover { padding: 4rem 0 2rem; border-bottom: 2px solid var(--accent); margin-bottom: 2rem; }
.cover .kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 0 0 .5rem; }
.cover h1 { color: var(--accent); font-size: 2.1rem; line-height: 1.2; margin: 0 0 1.5rem; }
.facts { display: grid; grid-template-columns: 11rem 1fr; margin: 0; border-top: 2px solid var(--accent); }
.facts dt, .facts dd { margin: 0; padding: .4rem .25rem; border-bottom: 1px solid var(--rule); }
.facts dt { font-weight: bold; color: var(--muted); font-size: .9rem; }
nav.contents ol { list-style: none; padding-left: 0; }
nav.contents ol ol { padding-left: 2.5rem; }
nav.contents li { margin: .15rem 0; }
nav.contents a { color: var(--accent); text-decoration: none; }
nav.contents a:hover { text-decoration: underline; }
nav.contents .num { display: inline-block; min-width: 2.5rem; }
h2, h3, h4 { color: var(--accent); line-height: 1.25; }
h2 { font-size: 1.45rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; margin: 2.5rem 0 .75rem; }
h3 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1.05rem; font-style: italic; margin: 1.25rem 0 .4rem; }
.num { display: inline-block; min-width: 3rem; font-variant-numeric: tabular-nums; }
h2 .num, h3 .num, h4 .num { min-width: 3rem; }
p { margin: 0 0 .6rem; }
.clause { display: flex; gap: 0; }
.clause > .num { flex: 0 0 3rem; }
.clause.depth-2, .clause.depth-3 { padding-left: 3rem; }
.clause.depth-3 > .num { flex-basis: 3.5rem; }
.body.depth-1, .body.depth-2 { padding-left: 3rem; }
.body.depth-2 { padding-left: 6rem; }
.body.depth-3 { padding-left: 9rem; }
ul.items { margin: 0 0 .6rem; padding-left: 4.25rem; }
ul.items.depth-2 { padding-left: 7.25rem; }
ul.items.depth-3 { padding-left: 10.25rem; }
ul.items.depth-0 { padding-left: 1.25rem; }
ul.items li { margin: .1rem 0; }
blockquote { margin: .4rem 3rem .8rem 4.25rem; padding: .1rem 0 .1rem 1rem; border-left: 4px solid var(--rule); font-style: italic; color: #404040; }
blockquote.depth-2 { margin-left: 7.25rem; }
blockquote.depth-3 { margin-left: 10.25rem; }
blockquote p { margin: 0; }
figure { margin: 1.25rem 0 1.5rem; }
figcaption { font-weight: bold; color: var(--accent); font-size: .85rem; margin-bottom: .4rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .82rem; border-top: 1.5px solid var(--accent); border-bottom: 1.5px solid var(--accent); }
th, td { text-align: left; vertical-align: top; padding: .3rem .4rem; border-bottom: 1px solid var(--rule); }
thead th { background: var(--header-fill); color: var(--accent); vertical-align: bottom; hyphens: manual; overflow-wrap: normal; word-break: keep-all; border-bottom: 1.5px solid var(--accent); }
tbody th { font-weight: normal; }
td.right, th.right { text-align: right; font-variant-numeric: tabular-nums; }
tr.sub > th { padding-left: 1.4rem; }
tr.total > * { background: var(--total-fill); font-weight: bold; border-top: 1.5px solid var(--accent); }
.empty-table { font-style: italic; color: var(--muted); padding-left: 3rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem 1.5rem; }
.charts .chart-card { margin: 0; break-inside: avoid; }
.charts .chart-card figcaption { font-size: .8rem; font-weight: normal; color: var(--ink); }
svg.chart { max-width: 100%; height: auto; font-family: Arial, "Liberation Sans", Helvetica, sans-serif; }
svg.chart .ink { fill: var(--ink); }
svg.chart .muted { fill: var(--muted); }
svg.chart .accent { fill: var(--accent); }
svg.chart .grid { stroke: var(--rule); }
svg.chart .line { stroke: var(--accent); }
svg.chart .point { fill: var(--accent); stroke: var(--accent); }
svg.chart .point.baseline { fill: var(--paper); }
svg.chart .segment { stroke: var(--paper); }
svg.chart .unallocated { fill: var(--paper); stroke: var(--muted); }
svg.chart .track { fill: var(--track); }
.review-comment { margin: .2rem 0 .8rem 3rem; padding: .35rem .6rem; background: var(--note-fill); border-left: 4px solid var(--note-rule); font-size: .85rem; }
.review-comment .rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: bold; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 40rem) {
  .facts { grid-template-columns: 1fr; }
  .clause.depth-2, .clause.depth-3, .body.depth-2, .body.depth-3 { padding-left: 0; }
  ul.items, ul.items.depth-2, ul.items.depth-3 { padding-left: 1.25rem; }
  blockquote, blockquote.depth-2, blockquote.depth-3 { margin-left: 1rem; margin-right: 0; }
}
@media print {
  @page { size: A4; margin: 23mm 23mm 25mm; }
  html { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .running { display: none; }
  .cover { min-height: 230mm; border-bottom: none; padding-top: 45mm; break-after: page; }
  nav.contents { break-after: page; }
  h2, h3, h4, figcaption { break-after: avoid; }
  h2 { break-before: auto; }
  tr, blockquote, .clause, svg { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  .table-wrap { overflow: visible; }
}
`;

/** Added to a redline's page (`tender diff`): tracked changes as Word shows them, and the summary of changes. */
export const REDLINE_CSS = `
:root { --ins: #0b6e2e; --ins-fill: #e3f2e6; --del: #a4161a; --del-fill: #fbe4e4; }
body.vscode-dark, body.vscode-high-contrast { --ins: #7ee2a0; --ins-fill: #1d3a26; --del: #ff9b9b; --del-fill: #4a2224; }
ins { color: var(--ins); background: var(--ins-fill); text-decoration: underline; text-decoration-thickness: 1px; }
del { color: var(--del); background: var(--del-fill); text-decoration: line-through; }
.inserted, .deleted { border-left: 3px solid var(--ins); padding-left: .5rem; margin-left: -.8rem; }
.deleted { border-left-color: var(--del); }
tr.inserted > *:first-child { box-shadow: inset 3px 0 0 var(--ins); }
tr.deleted > *:first-child { box-shadow: inset 3px 0 0 var(--del); }
tr.inserted, tr.deleted, dt.inserted, dt.deleted, dd.inserted, dd.deleted { border-left: none; padding-left: inherit; margin-left: 0; }
.preface { padding: 2rem 0 1.5rem; border-bottom: 2px solid var(--accent); margin-bottom: 2rem; }
.preface h1 { color: var(--accent); font-size: 1.8rem; margin: 0 0 1rem; }
.preface .kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 0 0 .5rem; }
.preface h2 { font-size: 1.15rem; border-bottom: none; margin: 1.5rem 0 .4rem; padding: 0; }
.preface ul.items { padding-left: 1.25rem; }
.preface .lawful { color: var(--ins); font-weight: bold; }
.preface .unlawful { color: var(--del); font-weight: bold; }
@media print { .preface { break-after: page; border-bottom: none; } }
`;
