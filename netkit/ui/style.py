"""The app's small stylesheet: readable on a laptop (1280 px) and on a phone (420 px)."""

from __future__ import annotations

__all__ = ["STYLE", "LABEL_AUTO", "LABEL_90"]

# Widget label widths (ipywidgets' own style argument), defined once.
LABEL_AUTO = {"description_width": "initial"}
LABEL_90 = {"description_width": "90px"}

STYLE = """<style>
.netkit-app { max-width: 1180px; margin: 0 auto; }
.netkit-view { font-size: 14px; color: #1f2328; box-sizing: border-box; }
.netkit-view * { box-sizing: border-box; }
.netkit-header { border-bottom: 1px solid #d0d7de; padding: 4px 0 8px; margin-bottom: 6px;
  gap: 8px; }
.netkit-brand { font-size: 18px; }
.netkit-brand b { color: #0b57d0; }
.netkit-method { color: #3d444d; margin: 2px 0; line-height: 1.4; }
.netkit-where { color: #59636e; font-size: 12px; overflow-wrap: anywhere; }
.netkit-where code { font-size: 12px; background: #f6f8fa; padding: 0 3px; border-radius: 3px; }
.netkit-welcome, .netkit-profile-panel { background: #f3f7fc; border: 1px solid #c9dbf2;
  border-radius: 8px; padding: 8px 14px; margin: 6px 0 10px; }
.netkit-welcome-title { font-size: 16px; font-weight: 600; margin: 2px 0 4px; }
.netkit-demo-banner { border-left: 4px solid #8250df; padding: 2px 10px; margin: 4px 0 8px; }
.netkit-app-note { gap: 6px; margin: 2px 0 6px; }
.netkit-app-note .netkit-dismiss { background: transparent; }
.netkit-hint { color: #3d444d; margin: 4px 0; line-height: 1.4; }
.netkit-label { font-size: 13px; color: #3d444d; }
.netkit-view .widget-label, .netkit-view .widget-html, .netkit-view .widget-html-content {
  line-height: 1.4; white-space: normal; }
.netkit-contact-form .widget-inline-hbox, .netkit-profile .widget-inline-hbox {
  flex-direction: column; align-items: stretch; height: auto; }
.netkit-contact-form .widget-inline-hbox > .widget-label,
.netkit-profile .widget-inline-hbox > .widget-label {
  text-align: left; width: auto !important; max-width: none; padding: 0; font-size: 13px;
  color: #3d444d; }
.netkit-contact-form .widget-inline-hbox > input,
.netkit-contact-form .widget-inline-hbox > select,
.netkit-contact-form .widget-inline-hbox > textarea,
.netkit-profile .widget-inline-hbox > input, .netkit-profile .widget-inline-hbox > select,
.netkit-profile .widget-inline-hbox > textarea { width: 100%; flex: 0 0 auto; }
.netkit-contact-form .widget-inline-hbox > select,
.netkit-profile .widget-inline-hbox > select { height: var(--jp-widgets-inline-height, 28px); }
.netkit-contact-form .jupyter-widgets, .netkit-profile .jupyter-widgets,
.netkit-form-column .jupyter-widgets { margin-left: 0; margin-right: 0; }
.netkit-view .jupyter-widget-tagsinput { width: 100%; min-height: 30px; background: #fff;
  border: 1px solid var(--jp-border-color1, #bdbdbd); border-radius: 2px; padding: 1px 2px; }
.netkit-view .jupyter-widget-tagsinput input { border: none; outline: none; }
.netkit-profile-grid { column-gap: 16px; }
.netkit-form-column { background: #fafbfc; border: 1px solid #d0d7de; border-radius: 8px;
  padding: 6px 12px 10px; margin: 0 0 8px 12px; }
.netkit-form-title { margin: 4px 0; font-size: 15px; }
.netkit-pager { gap: 6px; margin: 2px 0 4px; }
.netkit-page-summary { margin-right: 6px; color: #3d444d; }
.netkit-search input { font-size: 15px; }
.netkit-row { border-bottom: 1px solid #eaeef2; padding: 3px 2px 5px; }
.netkit-row:hover { background: #f6f8fa; }
.netkit-row.netkit-row-selected { background: #eaf2fe; border-left: 3px solid #0b57d0; }
.netkit-phone-only { display: none !important; }
.jupyter-button.netkit-row-name { background: none; box-shadow: none; color: #0b57d0;
  font-weight: 600; padding: 0; height: auto; line-height: 1.5; text-align: left;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.jupyter-button.netkit-row-name:hover { text-decoration: underline; box-shadow: none; }
.netkit-row-detail { font-size: 13px; color: #3d444d; line-height: 1.4; }
.netkit-chain { color: #59636e; font-size: 12.5px; }
.netkit-tag { display: inline-block; background: #eef2f7; border-radius: 10px; padding: 0 7px;
  margin: 1px 2px; font-size: 12px; color: #24292f; }
.netkit-archived { background: #fff1e5; color: #8a4600; border-radius: 10px; padding: 0 7px;
  font-size: 12px; }
.netkit-message .widget-html-content { white-space: normal; }
.netkit-status { padding: 4px 0; }
.netkit-error .netkit-status { color: #b00020; }
.netkit-ok .netkit-status { color: #1b5e20; }
.netkit-note .netkit-status { color: #444; }
.netkit-h3 { margin: 4px 0; }
.netkit-h4 { margin: 12px 0 4px; }
.netkit-lead { margin: 2px 0 8px; color: #444; }
.netkit-muted { color: #555; }
.netkit-tight { margin: 2px 0; }
.netkit-hidden { display: none; }
.netkit-scroll { overflow-x: auto; }
.netkit-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.netkit-link-button { display: inline-block; padding: 5px 12px; border: 1px solid #1565c0;
  border-radius: 4px; color: #1565c0; text-decoration: none; }
.netkit-download { font-weight: 600; }
.netkit-copy { padding: 5px 12px; border: 1px solid #8c959f; border-radius: 4px;
  background: #f6f8fa; color: #1f2328; font: inherit; cursor: pointer; }
.netkit-alert { border-left: 4px solid #b00020; background: #fdecee; padding: 6px 10px;
  margin: 4px 0; color: #7a0014; }
.netkit-marked { margin: 6px 0; padding: 6px 8px; background: #fff; color: #1f2328;
  border: 1px solid #e3b4b8; border-radius: 4px; white-space: normal; }
.netkit-mark { background: #ffd8a8; color: #1f2328; padding: 0 2px; border-radius: 2px;
  outline: 1px solid #b35c00; }
.netkit-notice { background: #fff4e5; border: 1px solid #f0a020; border-radius: 6px;
  padding: 8px 12px; }
.netkit-card { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.netkit-preview-box { border: 1px solid #ccd; border-radius: 6px; padding: 8px 12px;
  margin: 6px 0; overflow-wrap: anywhere; }
.netkit-preview-box ul { margin: 4px 0; padding-left: 20px; }
.netkit-ask-ok { color: #1b5e20; }
.netkit-finding-warning { color: #8a4b00; }
.netkit-finding-note { color: #444; }
.netkit-ask-status { font-weight: 600; }
.netkit-status-draft { color: #555; } .netkit-status-sent { color: #1565c0; }
.netkit-status-replied { color: #2e7d32; } .netkit-status-introduced { color: #1b5e20; }
.netkit-status-declined { color: #6d4c41; } .netkit-status-no-reply { color: #777; }
.netkit-urgent { color: #b00020; }
.netkit-targets { border-collapse: collapse; font-size: 13px; }
.netkit-targets thead tr { text-align: left; }
.netkit-targets td, .netkit-targets th { padding: 2px 12px 2px 0; vertical-align: top; }
.netkit-targets tr.netkit-top { font-weight: 600; }
.netkit-targets tr.netkit-later { color: #666; }
.netkit-targets small { font-weight: 400; color: #555; }
.netkit-estimate-text { color: #1b5e20; font-weight: 600; padding: 4px 0; }
.netkit-over .netkit-estimate-text { color: #9a0000; }
.netkit-reminder-box { border: 2px solid #b26a00; padding: 6px; margin: 4px 0; }
.netkit-confirm { border: 2px solid #b00020; padding: 8px; margin: 6px 0; }
.netkit-script-item { border-bottom: 1px solid #eee; padding: 2px 0; }
.netkit-item { line-height: 1.3; }
.netkit-closing .netkit-item-text { font-weight: 600; }
.netkit-drafts ul { padding-left: 18px; margin: 4px 0; }
.netkit-draft { margin: 6px 0; }
.netkit-draft-text { white-space: pre-wrap; font-family: inherit; background: #f6f8fa;
  padding: 6px 8px; border-radius: 4px; margin: 4px 0; }
.netkit-match { border-left: 3px solid #b26a00; padding: 2px 8px; margin: 4px 0; }
.netkit-given-row { border-bottom: 1px solid #eaeef2; padding: 3px 0; gap: 6px; }
.netkit-headlines { display: flex; flex-wrap: wrap; gap: 8px; margin: 4px 0 8px; }
.netkit-headline { border: 1px solid #d0d7de; border-radius: 8px; padding: 6px 12px;
  min-width: 110px; }
.netkit-headline b { display: block; font-size: 20px; }
.netkit-headline span { color: #555; font-size: 12.5px; }
.netkit-chart { display: block; margin: 4px 0; }
.netkit-chart text { fill: currentColor; font-size: 12px; }
.netkit-chart .netkit-chart-axis { font-size: 11px; opacity: .8; }
.netkit-chart .netkit-chart-value { font-size: 12px; font-weight: 600; }
.netkit-s1 { fill: #3b7ddd; } .netkit-s2 { fill: #2e9e5b; } .netkit-s3 { fill: #9b6ad6; }
.netkit-s4 { fill: #d9822b; }
.netkit-s1-text { fill: #3b7ddd; } .netkit-s2-text { fill: #2e9e5b; }
.netkit-s3-text { fill: #9b6ad6; } .netkit-s4-text { fill: #d9822b; }
.netkit-goal { stroke: currentColor; stroke-dasharray: 5 4; opacity: .7; }
.netkit-chip { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px;
  margin: 0 2px; }
.netkit-met { --netkit-node: #2e9e5b; } .netkit-waiting { --netkit-node: #d9822b; }
.netkit-dead { --netkit-node: #8c959f; } .netkit-own { --netkit-node: #3b7ddd; }
.netkit-chip.netkit-met, .netkit-chip.netkit-waiting, .netkit-chip.netkit-dead,
.netkit-chip.netkit-own { border: 1px solid var(--netkit-node); }
.jupyter-button.netkit-node { border-left: 4px solid var(--netkit-node, #8c959f);
  margin: 2px 4px 2px 0; }
.netkit-level { border-bottom: 1px solid #eaeef2; padding: 4px 0; }
.netkit-branch { margin-top: 6px; }
.netkit-today-item { border-bottom: 1px solid #eaeef2; padding: 4px 0; gap: 6px; }
.netkit-today-what { line-height: 1.4; }
/* Dark themes (JupyterLab's, Voilà's --theme=dark): text and lines follow the theme. */
body[data-jp-theme-light="false"] .netkit-view { color: var(--jp-ui-font-color1, #e6edf3); }
body[data-jp-theme-light="false"] .netkit-muted, body[data-jp-theme-light="false"] .netkit-lead,
body[data-jp-theme-light="false"] .netkit-headline span,
body[data-jp-theme-light="false"] .netkit-chain, body[data-jp-theme-light="false"] .netkit-hint,
body[data-jp-theme-light="false"] .netkit-row-detail, body[data-jp-theme-light="false"]
.netkit-method { color: var(--jp-ui-font-color2, #c9d1d9); }
body[data-jp-theme-light="false"] .netkit-headline, body[data-jp-theme-light="false"]
.netkit-card { border-color: var(--jp-border-color1, #57606a); }
body[data-jp-theme-light="false"] .netkit-draft-text { background: var(--jp-layout-color2,
  #2d333b); }
body[data-jp-theme-light="false"] .netkit-ok .netkit-status { color: #56d364; }
body[data-jp-theme-light="false"] .netkit-link-button,
body[data-jp-theme-light="false"] .jupyter-button.netkit-row-name,
body[data-jp-theme-light="false"] .netkit-brand b { color: #79b8ff; border-color: #79b8ff; }
body[data-jp-theme-light="false"] .netkit-copy { background: #2d333b; color: #e6edf3;
  border-color: #768390; }
body[data-jp-theme-light="false"] .netkit-where code { background: #2d333b; color: #e6edf3; }
body[data-jp-theme-light="false"] .netkit-row, body[data-jp-theme-light="false"]
.netkit-today-item, body[data-jp-theme-light="false"] .netkit-level,
body[data-jp-theme-light="false"] .netkit-given-row { border-color: #373e47; }
body[data-jp-theme-light="false"] .netkit-row:hover,
body[data-jp-theme-light="false"] .netkit-row.netkit-row-selected { background: #2d333b; }
body[data-jp-theme-light="false"] .netkit-tag { background: #373e47; color: #e6edf3; }
body[data-jp-theme-light="false"] .netkit-alert { background: #3d1d20; color: #ffb3b0; }
body[data-jp-theme-light="false"] .netkit-marked { background: #22272e; color: #e6edf3;
  border-color: #6e3a3f; }
body[data-jp-theme-light="false"] .netkit-mark { background: #f0b35e; color: #111; }
body[data-jp-theme-light="false"] .netkit-notice { background: #3a2a12; color: #f0d8b0; }
body[data-jp-theme-light="false"] .netkit-error .netkit-status,
body[data-jp-theme-light="false"] .netkit-urgent { color: #ff7b72; }
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
  /* Five tabs fit a phone: each takes what its title needs. */
  .netkit-app .lm-TabBar-tab { flex: 1 1 auto !important; min-width: 0 !important;
    padding: 0 5px !important; font-size: 12.5px; }
}
@media (max-width: 600px) { .netkit-targets .nk-known { display: none; } }
</style>"""
