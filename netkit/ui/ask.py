"""The Ask tab: where to start, who could introduce you, the ask composer with its live
check, sending, the asks you sent, and the follow-ups that are due."""

from __future__ import annotations

import re
from urllib.parse import quote

import ipywidgets as widgets

from ..askcheck import TEMPLATES, check_ask, fill_template, subject_line, word_count
from ..askcheck.templates import default_target
from ..asks import CHANNELS
from ..dates import today
from ..text import escape, mid_sentence
from .common import View, guarded, heading
from .followups_panel import AskListPanel, DuePanel

__all__ = ["AskView"]

SEARCH_LIMIT = 20
# The "Ask about" buttons and what fill_template calls each kind.
_KIND_OF = {"industry": "industry", "organisation": "organisation", "kind of role": "role"}
_BUTTON_OF = {kind: button for button, kind in _KIND_OF.items()}
_WRAP = widgets.Layout(flex_flow="row wrap", align_items="center", gap="4px 8px")


class AskView(View):
    """Targets, "who could introduce me?", the composer and the follow-ups, for one workbook."""

    def __init__(self, wb):
        self.wb = wb
        self.contact_id: int | None = None
        self.draft_id: int | None = None
        super().__init__(wb, styled=True)

        # Targets and "who could introduce me?"
        self.targets_html = widgets.HTML()
        self.open_profile = widgets.Button(
            description="Add them in your profile", icon="user",
            layout=widgets.Layout(width="auto", display="none"))
        self.open_profile.add_class("netkit-open-profile")
        self._on_profile = None
        self.who_target = widgets.Combobox(placeholder="an industry or organisation",
                                           ensure_option=False,
                                           layout=widgets.Layout(width="min(100%, 360px)"))
        self.who_button = widgets.Button(description="Find people", button_style="primary")
        self.who_box = widgets.VBox()

        # The composer
        self.search = widgets.Text(placeholder="Type a name, organisation or industry",
                                   description="Write to", continuous_update=True,
                                   layout=widgets.Layout(width="min(100%, 420px)"))
        self.picker = widgets.Select(options=[], rows=5,
                                     layout=widgets.Layout(width="min(100%, 420px)"))
        self.kind = widgets.ToggleButtons(options=["industry", "organisation", "kind of role"],
                                          description="Ask about",
                                          style={"button_width": "110px"})
        self.target = widgets.Combobox(placeholder="e.g. Renewable energy", ensure_option=False,
                                       continuous_update=False,
                                       layout=widgets.Layout(width="min(100%, 320px)"))
        self._auto_target = True  # "Ask about" holds netkit's suggestion, not what you typed
        self._setting_target = False
        self.template = widgets.Dropdown(
            options=[(title, key) for key, (title, _) in TEMPLATES.items()],
            description="Template", layout=widgets.Layout(width="min(100%, 360px)"))
        self.use_template = widgets.Button(description="Start from this template",
                                           layout=widgets.Layout(width="auto"))
        self.subject = widgets.Text(description="Subject",
                                    layout=widgets.Layout(width="min(100%, 520px)"))
        self.text = widgets.Textarea(placeholder="Pick someone and a template, then make it "
                                     "your own.", continuous_update=True,
                                     layout=widgets.Layout(width="100%", height="150px"))
        self.mistake = widgets.HTML()
        self.disagree = widgets.Button(
            description="This is not a job ask", icon="comment",
            tooltip="Tell netkit the check got this one wrong; it is kept and counted, and "
                    "you can send the ask.", layout=widgets.Layout(width="auto"))
        self.disagree.add_class("netkit-not-a-job-ask")
        self.disputed: str | None = None  # the text the user said is not a job ask
        self.apply_line = widgets.Button(
            description="Use the suggested line", icon="magic",
            tooltip="Replace the marked sentence with the suggested one",
            layout=widgets.Layout(width="auto"))
        self.apply_line.add_class("netkit-apply-line")
        self._suggested: tuple[str, str] | None = None  # (excerpt, better line)
        self._findings: list = []
        self._held_back = False  # the message line says the ask still asks about a job
        self.findings = widgets.HTML()
        self.links = widgets.HTML()
        self.channel = widgets.Dropdown(options=CHANNELS, value="email", description="Sent by",
                                        layout=widgets.Layout(width="220px"))
        self.send_button = widgets.Button(description="I sent it", button_style="success",
                                          icon="check")

        self.draft_button = widgets.Button(description="Save as draft")

        self.asks_panel = AskListPanel(wb, self.message, on_change=self.refresh,
                                       on_open=self.open_draft)
        self.due_panel = DuePanel(wb, self.message, on_change=self.refresh)

        self.children = (*self.children, *[
            heading("Where to start", "Your target organisations, the five to work on now "
                    "first. Knowing someone there already is the warmest way in."),
            self.targets_html, self.open_profile,
            heading("Who could introduce me?", "People you know, ranked by how well you know "
                    "them, how close they are to where you want to go, and how they answered "
                    "before."),
            widgets.HBox([self.who_target, self.who_button], layout=_WRAP),
            self.who_box,
            heading("Write your ask", "Ask for an introduction or for advice — never whether "
                    "anyone is hiring. The check below reads along as you type."),
            self.search, self.picker,
            widgets.HBox([self.kind, self.target], layout=_WRAP),
            widgets.HBox([self.template, self.use_template], layout=_WRAP),
            self.subject, self.text, self.mistake,
            widgets.HBox([self.apply_line, self.disagree], layout=_WRAP), self.findings,
            heading("Send it"),
            self.links,
            widgets.HBox([self.channel, self.send_button, self.draft_button], layout=_WRAP),
            self.message,
            heading("Your asks", "Record what happened; an answer cancels the reminders."),
            self.asks_panel,
            heading("Follow-ups due", "No answer after 3 business days? Ask a second person "
                    "there. After 7, follow up once with the first."),
            self.due_panel,
        ])
        self.add_class("netkit-ask")
        self.layout = widgets.Layout(max_width="980px", padding="0 8px")
        self.when_clicked(self.who_button, self._find)
        self.when_clicked(self.open_profile, self._open_profile)
        self.when_changed(self.target, self._target_typed)
        self.when_changed(self.search, self._search)
        self.when_changed(self.picker, self._picked)
        self.when_clicked(self.use_template, self._fill)
        self.when_changed(self.text, self._check)
        self.when_changed(self.subject, self._update_links)
        self.when_clicked(self.send_button, self._send_ask)
        self.when_clicked(self.disagree, self._not_a_job_ask)
        self.when_clicked(self.apply_line, self._apply_line)
        self.when_clicked(self.draft_button, self._save_draft)
        self.refresh()
        self._search()
        self._check()

    @property
    def on_log(self):
        """Set by the app: open the Log tab on a conversation (from the due list)."""
        return self.due_panel.on_log

    @on_log.setter
    def on_log(self, action) -> None:
        self.due_panel.on_log = action

    @property
    def on_profile(self):
        """Set by the app: open "Your profile" (offered while there are no target
        organisations yet)."""
        return self._on_profile

    @on_profile.setter
    def on_profile(self, action) -> None:
        self._on_profile = action
        if "netkit-targets-empty" in self.targets_html.value:
            self.targets_html.value = _no_targets(action is not None)
        self._show_open_profile()

    def _show_open_profile(self) -> None:
        empty = "netkit-targets-empty" in self.targets_html.value
        self.open_profile.layout.display = None if empty and self._on_profile else "none"

    @guarded()
    def _open_profile(self, _=None) -> None:
        if self._on_profile:
            self._on_profile()

    # ----- targets and "who could introduce me?" ----------------------------------------------

    def refresh(self) -> None:
        """Re-read targets, asks and follow-ups from the workbook."""
        targets = self.wb.targets()
        profile = self.wb.profile()
        options = list(dict.fromkeys(list(profile["target_industries"]) + list(targets["name"])))
        self.who_target.options = options
        if not self.who_target.value and options:
            # The first organisation to work on (else your first industry): one click away.
            self.who_target.value = str(targets["name"].iloc[0]) if len(targets) else options[0]
        self.target.options = options
        self._suggest_target()
        self.targets_html.value = _targets_table(targets, self._on_profile is not None)
        self._show_open_profile()
        self.asks_panel.refresh()
        self.due_panel.refresh()

    @guarded()
    def _find(self, _=None) -> None:
        self.message.clear()
        target = (self.who_target.value or "").strip()
        if not target:
            self.message.error("Type an industry or an organisation first.")
            return
        organisation = self.wb.target_kind(target) == "organisation"
        if organisation:
            frame = self.wb.who_could_introduce(target_organization=target, limit=10)
        else:
            frame = self.wb.who_could_introduce(target_industry=target, limit=10)
        where = _where(target, organisation)
        if frame.empty:
            self.who_box.children = [widgets.HTML(
                f"<p>Nobody on your list is {escape(where)} yet, and nobody is marked warm "
                "or close. People who know you well can introduce you to anyone: mark them "
                "warm or close under Contacts, then look again.</p>")]
            return
        rows: list[widgets.Widget] = []
        for row in frame.itertuples():
            if row.for_anyone and not any("netkit-for-anyone" in w._dom_classes for w in rows):
                lead = ("These people know you well and know people in many fields: ask "
                        f"them who they know {where}." if not rows else
                        "And people who know you well, with friends in many fields: ask them "
                        f"who they know {where}.")
                note = widgets.HTML(f"<p class='netkit-hint'>{escape(lead)}</p>")
                note.add_class("netkit-for-anyone")
                rows.append(note)
            button = widgets.Button(description="Write to them",
                                    layout=widgets.Layout(width="130px"))
            self.when_clicked(button, lambda _b, cid=int(row.id), t=target: self._write_to(cid, t))
            detail = " · ".join(x for x in (row.title, row.organization) if isinstance(x, str))
            rows.append(widgets.HBox([
                widgets.HTML(f"<b>{escape(row.name)}</b> <span class='netkit-muted'>"
                             f"{escape(detail)}</span><br><small>{escape(row.why)}</small>",
                             layout=widgets.Layout(width="min(100%, 560px)")),
                button], layout=_WRAP))
        self.who_box.children = rows

    def find_for(self, target: str | None) -> None:
        """Show who could introduce you to ``target`` (an industry or organisation)."""
        if target:
            self.who_target.value = target
            self._find()

    def write_about(self, contact_id: int, target: str | None) -> None:
        """Start an ask to this person, about ``target`` when given."""
        if target:
            self._write_to(contact_id, target)
        else:
            self.pick_contact(contact_id)

    def _write_to(self, contact_id: int, target: str) -> None:
        self.pick_contact(contact_id)
        kind = self.wb.target_kind(target)
        self._set_target(target, kind, chosen=True)
        if kind == "organisation":
            self.template.value = "organisation"
        elif self.template.value in ("organisation", "role"):
            self.template.value = "introduction"
        self._fill()
        self.text.focus()  # the browser brings the drafted ask into view, ready to edit

    def _set_target(self, target: str | None, kind: str, chosen: bool = False) -> None:
        """Put ``target`` (of ``kind``) in "Ask about"; ``chosen`` when the user chose it."""
        self._setting_target = True
        try:
            self.target.value = target or ""
            self.kind.value = _BUTTON_OF.get(kind, "industry")
        finally:
            self._setting_target = False
        self._auto_target = not chosen

    def _suggest_target(self) -> None:
        """Unless you typed one, ask about what this person is closest to (or your first
        target)."""
        if self._auto_target:
            self._set_target(*default_target(self._contact() or {}, self.wb.profile()))

    def _target_typed(self, change) -> None:
        if self._setting_target:
            return
        self._auto_target = not (change["new"] or "").strip()
        if self.kind.value != "kind of role" and (change["new"] or "").strip():
            self.kind.value = _BUTTON_OF[self.wb.target_kind(change["new"])]

    # ----- the composer -----------------------------------------------------------------------

    def _search(self, _=None) -> None:
        frame = self.wb.search_contacts(self.search.value or None, limit=SEARCH_LIMIT)
        options = [(_label(row), int(row.id)) for row in frame.itertuples()]
        if self.contact_id is not None and self.contact_id not in [v for _, v in options]:
            current = self.wb.contact(self.contact_id)
            options.insert(0, (_label_dict(current), self.contact_id))
        self.picker.options = options
        self.picker.value = self.contact_id if self.contact_id is not None else None

    def pick_contact(self, contact_id: int) -> None:
        """Choose whom the ask is for (also used by "Write to them")."""
        self.contact_id = int(contact_id)
        self.draft_id = None
        self._search()
        self._suggest_target()
        self._update_links()

    def open_draft(self, ask_id: int) -> None:
        """Load a saved draft back into the composer."""
        ask = self.wb.ask(ask_id)
        self.pick_contact(ask["contact_id"])
        self.draft_id = int(ask_id)
        for kind, column in (("organisation", "target_organization"),
                             ("role", "target_role"), ("industry", "target_industry")):
            if ask[column]:
                self._set_target(ask[column], kind, chosen=True)
                break
        self.subject.value = ask["subject"] or ""
        self.text.value = ask["message"] or ""
        self.message.note("Draft opened: edit it, then send it.")

    def _picked(self, change) -> None:
        if change["new"] is not None and change["new"] != self.contact_id:
            self.contact_id = int(change["new"])
            self.draft_id = None
            self._suggest_target()
            self._update_links()
            self._check()

    def _contact(self) -> dict | None:
        return self.wb.contact(self.contact_id) if self.contact_id is not None else None

    @guarded()
    def _fill(self, _=None) -> None:
        contact = self._contact()
        if contact is None:
            self.message.error("Pick the person you are writing to first.")
            return
        self.message.clear()
        profile = self.wb.profile()
        contact = {**contact, "last_in_touch": self.wb.last_in_touch(contact["id"])}
        target = (self.target.value or "").strip() or None
        kind = _KIND_OF[self.kind.value]
        if self.template.value == "role" and kind != "role":
            target = None  # the role template then speaks of the contact's own kind of role
        self.text.value = fill_template(self.template.value, contact, profile, target, kind)
        about, about_kind = (target, kind) if target else default_target(contact, profile)
        self.subject.value = subject_line(about, about_kind)

    def _mistakes(self) -> list:
        """The common-mistake findings for the text as it stands (none once the user said
        this very text is not a job ask)."""
        if self.text.value == self.disputed:
            return []
        return [f for f in self._findings if f.severity == "mistake"]

    def _check(self, _=None) -> None:
        contact = self._contact()
        self._findings = check_ask(self.text.value, contact,
                                   (self.target.value or "").strip() or None)
        mistakes = self._mistakes()
        self.disagree.layout.display = None if mistakes else "none"
        self.apply_line.layout.display = None if mistakes else "none"
        if mistakes:
            first = mistakes[0]
            # With another question left, the marked sentence only needs to go; otherwise
            # the better line takes its place.
            rest = _replace_sentence(self.text.value, first.excerpt, "")
            better = "" if "?" in rest else first.suggestion
            self._suggested = (first.excerpt, better)
            self.apply_line.description = ("Take out the marked sentence" if not better
                                           else "Use the suggested line")
            parts = "; ".join(f"“{escape(f.excerpt)}”" for f in mistakes)
            self.mistake.value = (
                "<div role='alert' class='netkit-alert'>"
                f"<b>This asks about a job: {parts}.</b> {escape(first.why)}"
                f"<div class='netkit-marked'>{_marked(self.text.value, mistakes)}</div>"
                f"Try instead: <i>{escape(first.suggestion)}</i></div>")
            self.mistake.add_class("netkit-ask-mistake")
            self.mistake.add_class("netkit-error")
            self.mistake.layout.display = None
        else:
            self._suggested = None
            self.mistake.value = ""
            self.mistake.remove_class("netkit-ask-mistake")
            self.mistake.remove_class("netkit-error")
            self.mistake.layout.display = "none"
            if self._held_back:  # the error about this ask no longer applies
                self.message.clear()
                self._held_back = False
        others = [f for f in self._findings if f.severity != "mistake"]
        words = word_count(self.text.value)
        if not self.text.value.strip():
            self.findings.value = ""
        elif not others and not mistakes:
            self.findings.value = (f"<div class='netkit-ask-ok'>✓ Looks "
                                   f"good: {words} words, connection first, one clear question."
                                   "</div>")
        elif others:
            items = "".join(
                f"<li class='netkit-finding-{escape(f.severity)}'><b>{escape(f.severity)}:</b> "
                f"{escape(f.why)} <i>Try: {escape(f.suggestion)}</i></li>" for f in others)
            self.findings.value = (f"<div class='netkit-ask-findings'><small>{words} words"
                                   f"</small><ul class='netkit-tight'>{items}</ul></div>")
        else:
            self.findings.value = ""
        self._update_links()

    @guarded()
    def _apply_line(self, _=None) -> None:
        if not self._suggested:
            return
        excerpt, better = self._suggested
        self.text.value = _replace_sentence(self.text.value, excerpt, better)
        self.message.note("The suggested line is in; make it your own." if better else
                          "The marked sentence is out; your other question stays.")

    def _update_links(self, _=None) -> None:
        contact = self._contact()
        body = self.text.value or ""
        if contact is None or not body.strip():
            self.send_button.disabled = True
            self.draft_button.disabled = contact is None or not body.strip()
            self.links.value = "<p class='netkit-muted'>Write your ask above to send it.</p>"
            return
        ready = bool(body.strip()) and not self._mistakes()
        self.send_button.disabled = not ready
        self.draft_button.disabled = not body.strip()
        if self._mistakes():
            self.links.value = ("<p class='netkit-muted'>Change the marked part first (or, if "
                                "the check is wrong, say “This is not a job ask”); then the "
                                "e-mail link and Copy appear here.</p>")
            return
        email = contact.get("email") or ""
        href = (f"mailto:{quote(email, safe='@')}?subject={quote(self.subject.value or '')}"
                f"&body={quote(body)}")
        no_email = "" if email else (" <small>(no e-mail address saved: add the recipient "
                                     "in your e-mail app)</small>")
        self.links.value = (
            "<div class='netkit-actions'>"
            f"<a class='netkit-mailto netkit-link-button' href='{escape(href)}' target='_blank'>"
            f"✉ Open in your e-mail app</a>{no_email}"
            f"<button class='netkit-copy' type='button' data-text='{escape(body)}' "
            "onclick='navigator.clipboard.writeText(this.dataset.text).then(() => "
            "{this.textContent = \"Copied\"})'>Copy the text</button>"
            "<small class='netkit-muted'>Then click “I sent it” below, with how you sent it "
            "(e-mail, LinkedIn, phone…).</small></div>")

    def _ask_fields(self) -> dict:
        target = (self.target.value or "").strip() or None
        column = {"industry": "target_industry", "organisation": "target_organization",
                  "kind of role": "target_role"}[self.kind.value]
        return {column: target, "subject": self.subject.value or None}

    def _ready(self) -> bool:
        if self.contact_id is None:
            self.message.error("Pick the person you are writing to first.")
            return False
        if not self.text.value.strip():
            self.message.error("Write the ask first (or start from a template).")
            return False
        return True

    @guarded()
    def _save_draft(self, _=None) -> None:
        if not self._ready():
            return
        if self.draft_id is None:
            self.draft_id = self.wb.record_ask(self.contact_id, self.text.value,
                                               **self._ask_fields())
        else:
            self.wb.update_ask(self.draft_id, message=self.text.value, **self._ask_fields())
        self.message.ok("Saved as a draft. It is in your asks below.")
        self.refresh()

    @guarded()
    def _not_a_job_ask(self, _=None) -> None:
        self.wb.not_a_job_ask(self.text.value, contact_id=self.contact_id,
                              ask_id=self.draft_id)
        self.disputed = self.text.value
        self.message.ok("Thanks — noted. The check will not hold this ask back; what you "
                        "said is counted in your numbers to make the check better.")
        self._check()

    @guarded()
    def _send_ask(self, _=None) -> None:
        if not self._ready():
            return
        if self._mistakes():  # the live check's findings for this very text
            self.message.error("This ask still asks about a job. Change the marked part "
                               "first, then mark it sent.")
            self._held_back = True
            return
        if self.draft_id is None:
            ask_id = self.wb.record_ask(self.contact_id, self.text.value,
                                        status="draft", **self._ask_fields())
        else:
            ask_id = self.draft_id
        self.wb.mark_ask_sent(ask_id, channel=self.channel.value, message=self.text.value)
        frame = self.wb.followups()
        mine = frame[frame["ask_id"] == ask_id]
        dates = "; ".join(f"{row.kind}: {row.due_on:%a %d %b}" for row in mine.itertuples())
        name = self.wb.contact(self.contact_id)["name"]
        self.message.ok(f"Sent to {name}. Reminders set — {dates}.")
        self.draft_id = None
        self.text.value = ""
        self.subject.value = ""
        self.refresh()


def _label(row) -> str:
    detail = " · ".join(x for x in (row.organization, row.industry) if isinstance(x, str) and x)
    return f"{row.name} — {detail}" if detail else row.name


def _label_dict(row: dict) -> str:
    detail = " · ".join(x for x in (row.get("organization"), row.get("industry"))
                        if isinstance(x, str) and x)
    return f"{row['name']} — {detail}" if detail else row["name"]


def _where(target: str, organisation: bool) -> str:
    """"at Sunfield Power", "in renewable energy"."""
    return (f"at {mid_sentence(target, proper=True)}" if organisation
            else f"in {mid_sentence(target)}")


def _no_targets(can_open: bool) -> str:
    """Where to add target organisations (the button below opens the profile, when the
    app offers it)."""
    how = ("Click “Add them in your profile” below" if can_open else
           "Open “Your profile” at the top of the page")
    return ("<p class='netkit-muted netkit-targets-empty'>No target organisations yet. "
            f"{how}, type the places you would love to work under “Organisations you want "
            "to work for” and save: netkit then shows whom you already know there.</p>")


def _targets_table(frame, can_open: bool = False) -> str:
    if frame.empty:
        return _no_targets(can_open)
    rows = []
    for row in frame.itertuples():
        rank = "netkit-top" if row.top else "netkit-later"
        star = "★ " if row.top else ""
        known = (f"{row.known_contacts} ({escape(row.known_names)})" if row.known_contacts
                 else "nobody yet")
        rows.append(
            f"<tr class='{rank}'><td>{star}{escape(row.name)}<br>"
            f"<small>{escape(row.industry or '')}</small></td>"
            f"<td title='motivation {int(row.motivation)} of 5'>{'●' * int(row.motivation)}</td>"
            f"<td class='nk-known'>{known}</td><td>{escape(row.next_step)}</td></tr>")
    return (
        "<div class='netkit-scroll'><table class='netkit-targets'><thead><tr><th>Organisation</th>"
        "<th>Motivation</th><th class='nk-known'>You know</th><th>Next step</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
        f"<small class='netkit-muted'>★ the five to work on now ({today():%d %b}).</small>")


def _spans(text: str, excerpts: list[str]) -> list[tuple[int, int]]:
    """Where each excerpt stands in ``text`` (any case), overlapping ones merged."""
    found = []
    for excerpt in excerpts:
        words = [re.escape(w) for w in excerpt.split()]
        if not words:
            continue
        match = re.search(r"\W+".join(words), text, re.IGNORECASE)
        if match:
            found.append((match.start(), match.end()))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _marked(text: str, findings: list) -> str:
    """The ask as HTML with the words each finding names marked (all text escaped)."""
    out, last = [], 0
    for start, end in _spans(text, [f.excerpt for f in findings]):
        out.append(escape(text[last:start]))
        out.append(f"<mark class='netkit-mark'>{escape(text[start:end])}</mark>")
        last = end
    out.append(escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


def _replace_sentence(text: str, excerpt: str, better: str) -> str:
    """``text`` with the sentence holding ``excerpt`` replaced by ``better`` (added at the
    end when the excerpt cannot be found)."""
    spans = _spans(text, [excerpt])
    if not spans:
        return f"{text.rstrip()} {better}"
    start, end = spans[0]
    before = max(text.rfind(mark, 0, start) for mark in (".", "?", "!", "\n"))
    after = [i for i in (text.find(mark, end) for mark in (".", "?", "!", "\n")) if i != -1]
    head = text[:before + 1]
    tail = text[min(after) + 1:] if after else ""
    joined = f"{head.rstrip()} {better}".rstrip() if head.strip() else better
    return re.sub(r"[ \t]+", " ", f"{joined} {tail.lstrip()}".strip()) if tail.strip() \
        else joined
