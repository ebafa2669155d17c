"""The app's small stylesheet: readable on a laptop (1280 px) and on a phone (420 px)."""

from __future__ import annotations

__all__ = ["STYLE"]

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
@media (max-width: 640px) {
  .netkit-form-column { margin-left: 0; }
  .netkit-phone-only { display: inline-block !important; }
  /* On a phone the form opens above the list, and only when you add or pick someone. */
  .netkit-contacts-body:not(.netkit-form-open) > .netkit-form-column { display: none !important; }
  .netkit-contacts-body.netkit-form-open > .netkit-form-column { order: -1; margin-bottom: 10px; }
  .netkit-view { font-size: 13.5px; }
}
</style>"""
