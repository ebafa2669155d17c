"""The app's small stylesheet: readable on a laptop (1280 px) and on a phone (420 px), in a
light or dark theme.

Every colour is one of a few ``--nk-*`` variables, each taken from the host's theme
variables (JupyterLab's and Voilà's ``--jp-*``) with a light fallback, so text meets 4.5:1
contrast in JupyterLab light and dark and in ``netkit up`` and ``netkit up --theme dark``
(``tests/test_contrast_browser.py`` measures it). A coloured text is the theme's colour
mixed with 35% of its strongest text colour: darker in a light theme, lighter in a dark one.
"""

from __future__ import annotations

__all__ = ["STYLE", "TABLE_STYLE", "LABEL_AUTO", "LABEL_90"]

# Widget label widths (ipywidgets' own style argument), defined once.
LABEL_AUTO = {"description_width": "initial"}
LABEL_90 = {"description_width": "90px"}

# The palette: the only place a colour is written down.
_PALETTE = """
.netkit-view, .netkit-table {
  --nk-fg: var(--jp-ui-font-color1, rgba(0, 0, 0, .87));
  --nk-strong: var(--jp-ui-font-color0, #000);
  --nk-surface: var(--jp-layout-color1, #fff);
  --nk-muted: color-mix(in srgb, var(--nk-strong) 66%, var(--nk-surface));
  --nk-line: var(--jp-border-color2, #e0e0e0);
  --nk-border: var(--jp-border-color1, #bdbdbd);
  --nk-raised: color-mix(in srgb, var(--nk-strong) 3%, var(--nk-surface));
  --nk-hover: color-mix(in srgb, var(--nk-strong) 6%, var(--nk-surface));
  --nk-chip: color-mix(in srgb, var(--nk-strong) 12%, var(--nk-surface));
  --nk-panel: color-mix(in srgb, var(--jp-brand-color1, #1976d2) 7%, var(--nk-surface));
  --nk-panel-line: color-mix(in srgb, var(--jp-brand-color1, #1976d2) 30%, var(--nk-surface));
  --nk-accent: color-mix(in srgb, var(--jp-brand-color1, #1976d2) 65%, var(--nk-strong));
  --nk-good: color-mix(in srgb, var(--jp-success-color1, #388e3c) 65%, var(--nk-strong));
  --nk-warn: color-mix(in srgb, var(--jp-warn-color1, #f57c00) 65%, var(--nk-strong));
  --nk-bad: color-mix(in srgb, var(--jp-error-color1, #d32f2f) 65%, var(--nk-strong));
  --nk-warn-bg: color-mix(in srgb, var(--jp-warn-color1, #f57c00) 14%, var(--nk-surface));
  --nk-bad-bg: color-mix(in srgb, var(--jp-error-color1, #d32f2f) 12%, var(--nk-surface));
  --nk-bad-line: color-mix(in srgb, var(--jp-error-color1, #d32f2f) 45%, var(--nk-surface));
  --nk-mark: color-mix(in srgb, var(--jp-warn-color1, #f57c00) 35%, var(--nk-surface));
  /* Chart series: bars and lines in mid tones (3:1 against the page, as shapes need),
     the legend's squares, which are text, in the deeper --nk-sN-text. */
  --nk-h1: #3b7ddd; --nk-h2: #2e9e5b; --nk-h3: #9b6ad6; --nk-h4: #d9822b;
  --nk-s1: color-mix(in srgb, var(--nk-h1) 88%, var(--nk-strong));
  --nk-s2: color-mix(in srgb, var(--nk-h2) 88%, var(--nk-strong));
  --nk-s3: color-mix(in srgb, var(--nk-h3) 88%, var(--nk-strong));
  --nk-s4: color-mix(in srgb, var(--nk-h4) 88%, var(--nk-strong));
  --nk-s1-text: color-mix(in srgb, var(--nk-h1) 65%, var(--nk-strong));
  --nk-s2-text: color-mix(in srgb, var(--nk-h2) 65%, var(--nk-strong));
  --nk-s3-text: color-mix(in srgb, var(--nk-h3) 65%, var(--nk-strong));
  --nk-s4-text: color-mix(in srgb, var(--nk-h4) 65%, var(--nk-strong));
  --nk-s0: color-mix(in srgb, var(--nk-strong) 45%, var(--nk-surface));
  color: var(--nk-fg);
}
"""

# Tables shown by netkit.ui.tables: left-aligned, wrapping, the full text. ``_T`` outranks
# JupyterLab's own rules for output tables (right-aligned, striped) and matches anywhere.
_T = ":is(.jp-RenderedHTMLCommon, body) table.netkit-table"
_TABLE_CSS = f"""
{_T} {{ border-collapse: collapse; margin: 4px 0 12px; table-layout: auto; font-size: 13px;
  color: var(--nk-fg); background: transparent; width: auto; max-width: 100%; }}
{_T} th, {_T} td {{ text-align: left; vertical-align: top; padding: 4px 14px 4px 0;
  white-space: normal; overflow-wrap: break-word; max-width: 32em; min-width: 4em;
  line-height: 1.4; border: none; color: var(--nk-fg); }}
{_T} thead th {{ font-weight: 600; border-bottom: 1px solid var(--nk-border); }}
{_T} tbody tr, {_T} tbody tr:nth-child(odd), {_T} tbody tr:nth-child(even) {{
  background: transparent; border-bottom: 1px solid var(--nk-line); }}
{_T} tbody tr:hover {{ background: var(--nk-hover); }}
{_T} td.netkit-number {{ text-align: right; white-space: nowrap; }}
{_T} th.netkit-number {{ text-align: right; }}
{_T} td.netkit-date {{ white-space: nowrap; }}
{_T} tr.netkit-group th {{ padding-top: 14px; font-size: 14px; background: transparent;
  border-bottom: 1px solid var(--nk-border); }}
{_T} caption {{ caption-side: bottom; text-align: left; color: var(--nk-muted);
  padding-top: 4px; }}
"""

# A table may be shown alone (no view above it in the notebook): it brings its own rules.
TABLE_STYLE = "<style>" + _PALETTE + _TABLE_CSS + "</style>"

STYLE = ("<style>" + _PALETTE + _TABLE_CSS + """
.netkit-app { max-width: 1180px; margin: 0 auto; }
.netkit-view { font-size: 14px; box-sizing: border-box; }
.netkit-view * { box-sizing: border-box; }
.netkit-view :is(input, textarea)::placeholder { color: var(--nk-muted); opacity: 1; }
.netkit-view textarea { font-family: inherit; }
.netkit-view .jupyter-widget-Collapse-header { color: var(--nk-fg); }
.netkit-view .jupyter-widgets.widget-tab > .lm-TabBar .lm-TabBar-tab { color: var(--nk-fg); }
.netkit-view .jupyter-button.mod-success { background-color:
  color-mix(in srgb, var(--jp-success-color1, #388e3c) 70%, var(--nk-strong)); }
.netkit-view .jupyter-button.mod-warning { background-color:
  color-mix(in srgb, var(--jp-warn-color1, #f57c00) 70%, var(--nk-strong)); }
.netkit-view .jupyter-button.mod-danger { background-color:
  color-mix(in srgb, var(--jp-error-color1, #d32f2f) 70%, var(--nk-strong)); }
.netkit-view .jupyter-button.mod-info { background-color:
  color-mix(in srgb, var(--jp-info-color1, #0097a7) 70%, var(--nk-strong)); }
.netkit-header { border-bottom: 1px solid var(--nk-line); padding: 4px 0 8px;
  margin-bottom: 6px; gap: 8px; }
.netkit-brand { font-size: 18px; }
.netkit-brand b { color: var(--nk-accent); }
.netkit-method { color: var(--nk-muted); margin: 2px 0; line-height: 1.4; }
.netkit-where { color: var(--nk-muted); font-size: 12px; overflow-wrap: anywhere; }
.netkit-where code { font-size: 12px; background: var(--nk-hover); color: var(--nk-fg);
  padding: 0 3px; border-radius: 3px; }
.netkit-welcome, .netkit-profile-panel { background: var(--nk-panel);
  border: 1px solid var(--nk-panel-line); border-radius: 8px; padding: 8px 14px;
  margin: 6px 0 10px; }
.netkit-welcome-title { font-size: 16px; font-weight: 600; margin: 2px 0 4px; }
.netkit-demo-banner { border-left: 4px solid var(--nk-accent); padding: 2px 10px;
  margin: 4px 0 8px; }
.netkit-app-note { gap: 6px; margin: 2px 0 6px; }
.netkit-app-note .netkit-dismiss { background: transparent; color: var(--nk-fg); }
.netkit-hint { color: var(--nk-muted); margin: 4px 0; line-height: 1.4; }
.netkit-label { font-size: 13px; color: var(--nk-muted); }
.netkit-view .widget-label, .netkit-view .widget-html, .netkit-view .widget-html-content {
  line-height: 1.4; white-space: normal; }
.netkit-contact-form .widget-inline-hbox, .netkit-profile .widget-inline-hbox {
  flex-direction: column; align-items: stretch; height: auto; }
.netkit-contact-form .widget-inline-hbox > .widget-label,
.netkit-profile .widget-inline-hbox > .widget-label {
  text-align: left; width: auto !important; max-width: none; padding: 0; font-size: 13px;
  color: var(--nk-muted); }
.netkit-contact-form .widget-inline-hbox > input,
.netkit-contact-form .widget-inline-hbox > select,
.netkit-contact-form .widget-inline-hbox > textarea,
.netkit-profile .widget-inline-hbox > input, .netkit-profile .widget-inline-hbox > select,
.netkit-profile .widget-inline-hbox > textarea { width: 100%; flex: 0 0 auto; }
.netkit-contact-form .widget-inline-hbox > select,
.netkit-profile .widget-inline-hbox > select { height: var(--jp-widgets-inline-height, 28px); }
.netkit-contact-form .jupyter-widgets, .netkit-profile .jupyter-widgets,
.netkit-form-column .jupyter-widgets { margin-left: 0; margin-right: 0; }
.netkit-view .jupyter-widget-tagsinput { width: 100%; min-height: 30px;
  background: var(--jp-widgets-input-background-color, #fff);
  border: 1px solid var(--jp-border-color1, #bdbdbd); border-radius: 2px; padding: 1px 2px; }
.netkit-view .jupyter-widget-tagsinput input { border: none; outline: none;
  background: transparent; color: var(--nk-fg); }
.netkit-profile-grid { column-gap: 16px; }
.netkit-form-column { background: var(--nk-raised); border: 1px solid var(--nk-line);
  border-radius: 8px; padding: 6px 12px 10px; margin: 0 0 8px 12px; }
.netkit-form-title { margin: 4px 0; font-size: 15px; color: var(--nk-fg); }
.netkit-pager { gap: 6px; margin: 2px 0 4px; }
.netkit-page-summary { margin-right: 6px; color: var(--nk-muted); }
.netkit-search input { font-size: 15px; }
.netkit-row { border-bottom: 1px solid var(--nk-line); padding: 3px 2px 5px; }
.netkit-row:hover { background: var(--nk-hover); }
.netkit-row.netkit-row-selected { background: var(--nk-panel);
  border-left: 3px solid var(--nk-accent); }
.netkit-phone-only { display: none !important; }
.jupyter-button.netkit-row-name { background: none; box-shadow: none; color: var(--nk-accent);
  font-weight: 600; padding: 0; height: auto; line-height: 1.5; text-align: left;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.jupyter-button.netkit-row-name:hover { text-decoration: underline; box-shadow: none; }
.netkit-row-detail { font-size: 13px; color: var(--nk-muted); line-height: 1.4; }
.netkit-chain { color: var(--nk-muted); font-size: 12.5px; }
.netkit-tag { display: inline-block; background: var(--nk-chip); border-radius: 10px;
  padding: 0 7px; margin: 1px 2px; font-size: 12px; color: var(--nk-fg); }
.netkit-archived { background: var(--nk-warn-bg); color: var(--nk-warn); border-radius: 10px;
  padding: 0 7px; font-size: 12px; }
.netkit-message .widget-html-content { white-space: normal; }
.netkit-status { padding: 4px 0; }
.netkit-error .netkit-status { color: var(--nk-bad); }
.netkit-ok .netkit-status { color: var(--nk-good); }
.netkit-note .netkit-status { color: var(--nk-muted); }
.netkit-h3 { margin: 4px 0; }
.netkit-h4 { margin: 12px 0 4px; }
.netkit-lead { margin: 2px 0 8px; color: var(--nk-muted); }
.netkit-muted { color: var(--nk-muted); }
.netkit-tight { margin: 2px 0; }
.netkit-hidden { display: none; }
.netkit-scroll { overflow-x: auto; }
.netkit-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.netkit-link-button { display: inline-block; padding: 5px 12px;
  border: 1px solid var(--nk-accent); border-radius: 4px; color: var(--nk-accent);
  text-decoration: none; }
.netkit-download { font-weight: 600; }
.netkit-copy { padding: 5px 12px; border: 1px solid var(--nk-border); border-radius: 4px;
  background: var(--nk-raised); color: var(--nk-fg); font: inherit; cursor: pointer; }
.netkit-alert { border-left: 4px solid var(--nk-bad); background: var(--nk-bad-bg);
  padding: 6px 10px; margin: 4px 0; color: var(--nk-bad); }
.netkit-marked { margin: 6px 0; padding: 6px 8px; background: var(--nk-surface);
  color: var(--nk-fg); border: 1px solid var(--nk-bad-line); border-radius: 4px;
  white-space: normal; }
.netkit-mark { background: var(--nk-mark); color: var(--nk-fg); padding: 0 2px;
  border-radius: 2px; outline: 1px solid var(--nk-warn); }
.netkit-notice { background: var(--nk-warn-bg); color: var(--nk-fg);
  border: 1px solid var(--nk-warn); border-radius: 6px; padding: 8px 12px; }
.netkit-card { border: 1px solid var(--nk-line); border-radius: 6px; padding: 8px 12px;
  margin: 8px 0; }
.netkit-preview-box { border: 1px solid var(--nk-line); border-radius: 6px; padding: 8px 12px;
  margin: 6px 0; overflow-wrap: anywhere; }
.netkit-preview-box ul { margin: 4px 0; padding-left: 20px; }
.netkit-ask-ok { color: var(--nk-good); }
.netkit-finding-warning { color: var(--nk-warn); }
.netkit-finding-note { color: var(--nk-muted); }
.netkit-ask-status { font-weight: 600; }
.netkit-status-draft, .netkit-status-declined, .netkit-status-no-reply { color: var(--nk-muted); }
.netkit-status-sent { color: var(--nk-accent); }
.netkit-status-replied, .netkit-status-introduced { color: var(--nk-good); }
.netkit-urgent { color: var(--nk-bad); }
.netkit-targets { border-collapse: collapse; font-size: 13px; }
.netkit-targets thead tr { text-align: left; }
.netkit-targets td, .netkit-targets th { padding: 2px 12px 2px 0; vertical-align: top; }
.netkit-targets tr.netkit-top { font-weight: 600; }
.netkit-targets tr.netkit-later { color: var(--nk-muted); }
.netkit-targets small { font-weight: 400; color: var(--nk-muted); }
.netkit-estimate-text { color: var(--nk-good); font-weight: 600; padding: 4px 0; }
.netkit-over .netkit-estimate-text { color: var(--nk-bad); }
.netkit-reminder-box { border: 2px solid var(--nk-warn); padding: 6px; margin: 4px 0; }
.netkit-confirm { border: 2px solid var(--nk-bad); padding: 8px; margin: 6px 0; }
.netkit-script-item { border-bottom: 1px solid var(--nk-line); padding: 2px 0; }
.netkit-item { line-height: 1.3; }
.netkit-closing .netkit-item-text { font-weight: 600; }
.netkit-drafts ul { padding-left: 18px; margin: 4px 0; }
.netkit-draft { margin: 6px 0; }
.netkit-draft-text { white-space: pre-wrap; font-family: inherit; background: var(--nk-raised);
  color: var(--nk-fg); padding: 6px 8px; border-radius: 4px; margin: 4px 0; }
.netkit-match { border-left: 3px solid var(--nk-warn); padding: 2px 8px; margin: 4px 0; }
.netkit-given-row { border-bottom: 1px solid var(--nk-line); padding: 3px 0; gap: 6px; }
.netkit-headlines { display: flex; flex-wrap: wrap; gap: 8px; margin: 4px 0 8px; }
.netkit-headline { border: 1px solid var(--nk-line); border-radius: 8px; padding: 6px 12px;
  min-width: 110px; }
.netkit-headline b { display: block; font-size: 20px; }
.netkit-headline span { color: var(--nk-muted); font-size: 12.5px; }
.netkit-chart { display: block; margin: 4px 0; }
.netkit-chart text { fill: currentColor; font-size: 12px; }
.netkit-chart .netkit-chart-axis { font-size: 11px; fill: var(--nk-muted); }
.netkit-chart .netkit-chart-value { font-size: 12px; font-weight: 600; }
.netkit-s1 { fill: var(--nk-s1); } .netkit-s1-text { fill: var(--nk-s1-text); }
.netkit-s2 { fill: var(--nk-s2); } .netkit-s2-text { fill: var(--nk-s2-text); }
.netkit-s3 { fill: var(--nk-s3); } .netkit-s3-text { fill: var(--nk-s3-text); }
.netkit-s4 { fill: var(--nk-s4); } .netkit-s4-text { fill: var(--nk-s4-text); }
.netkit-goal { stroke: currentColor; stroke-dasharray: 5 4; opacity: .7; }
.netkit-chip { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px;
  margin: 0 2px; }
.netkit-met { --netkit-node: var(--nk-s2); } .netkit-waiting { --netkit-node: var(--nk-s4); }
.netkit-dead { --netkit-node: var(--nk-s0); } .netkit-own { --netkit-node: var(--nk-s1); }
.netkit-chip.netkit-met, .netkit-chip.netkit-waiting, .netkit-chip.netkit-dead,
.netkit-chip.netkit-own { border: 1px solid var(--netkit-node); }
.jupyter-button.netkit-node { border-left: 4px solid var(--netkit-node, var(--nk-s0));
  margin: 2px 4px 2px 0; }
.netkit-level { border-bottom: 1px solid var(--nk-line); padding: 4px 0; }
.netkit-branch { margin-top: 6px; }
.netkit-today-item { border-bottom: 1px solid var(--nk-line); padding: 4px 0; gap: 6px; }
.netkit-today-what { line-height: 1.4; }
.netkit-ask textarea { font-family: inherit; font-size: 14px; line-height: 1.45; }
.netkit-ask .widget-html-content { line-height: 1.45; }
/* Inputs with a label shrink on a phone instead of running past the edge. */
.netkit-prepare .widget-inline-hbox { max-width: calc(100% - 6px) !important; min-width: 0; }
.netkit-prepare .widget-inline-hbox input, .netkit-prepare .widget-inline-hbox select,
.netkit-prepare .widget-inline-hbox textarea { min-width: 0; width: auto; flex: 1 1 auto; }
@media (max-width: 640px) {
  .netkit-form-column { margin-left: 0; }
  .netkit-phone-only { display: inline-block !important; }
  /* On a phone the form opens above the list, and only when you add or pick someone. */
  .netkit-contacts-body:not(.netkit-form-open) > .netkit-form-column { display: none !important; }
  .netkit-contacts-body.netkit-form-open > .netkit-form-column { order: -1; margin-bottom: 10px; }
  .netkit-view { font-size: 13.5px; }
  /* A long button label wraps rather than being cut off. */
  .netkit-view .jupyter-button:not(.netkit-row-name) { white-space: normal; height: auto;
    min-height: var(--jp-widgets-inline-height, 28px); max-width: 100%; }
  /* Five tabs fit a phone: each takes what its title needs. */
  .netkit-app .lm-TabBar-tab { flex: 1 1 auto !important; min-width: 0 !important;
    padding: 0 5px !important; font-size: 12.5px; }
}
@media (max-width: 600px) { .netkit-targets .nk-known { display: none; } }
</style>""")
