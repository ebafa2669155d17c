"""The Workbook: the one door to a user's networking data, one SQLite file.

Every method is a one-line delegation to the module of the method that owns the rule
(contacts, asks, introductions, conversations, the interview script, follow-ups,
targets, metrics, transfer). Read the module to see everything a method touches; read
here to see everything a workbook can do.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import (
    asks,
    contacts,
    conversations,
    demo,
    followups,
    identity,
    introductions,
    messages,
    metrics,
    people,
    profile,
    responsiveness,
    targets,
    today,
    tree,
)
from .askcheck import mistakes
from .interview import questions, script, sheet
from .interview.script import OWN_CATEGORY
from .paths import default_workbook_path
from .store import Store
from .transfer import backup as backups
from .transfer import export as exports
from .transfer import importer

if TYPE_CHECKING:
    import pandas as pd
    from sqlite_utils import Database

    from .transfer.plan import ImportPlan

__all__ = ["Workbook", "open_workbook"]

Data = str | os.PathLike[str] | bytes | bytearray | memoryview


class Workbook:
    """One user's networking data, stored in one SQLite file.

    :param path: the workbook file; created (with its folder) when missing.
    :raises NetkitError: when the file exists but is not a netkit workbook.
    """

    def __init__(self, path: str | Path):
        self.store = Store(path)
        self.path = self.store.path

    # ----- the file ------------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        """The SQLite connection (read freely; write through the methods)."""
        return self.store.conn

    @property
    def db(self) -> Database:
        """A sqlite-utils ``Database`` over the same connection, for power users."""
        from sqlite_utils import Database

        return Database(self.store.conn)

    def atomic(self) -> AbstractContextManager[sqlite3.Connection]:
        """One transaction (nested blocks are savepoints): all of it happens, or none."""
        return self.store.atomic()

    def close(self) -> None:
        """Close the file. The workbook cannot be used afterwards."""
        self.store.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Workbook {self.path}>"

    def version(self) -> int:
        """A number that grows with every change to the workbook (the last event's)."""
        return int(self.store.one("SELECT coalesce(max(id), 0) FROM events"))

    def events(self, limit: int | None = None) -> pd.DataFrame:
        """The event log, newest first."""
        return self.store.events(limit)

    def get_setting(self, key: str, default: Any = None) -> Any:
        """A remembered setting, or ``default``."""
        return self.store.get_setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        """Remember a setting (any JSON value)."""
        self.store.set_setting(key, value)

    def backup(self, out: str | Path) -> Path:
        """Write a consistent copy of the whole workbook to ``out``."""
        return self.store.backup(out)

    def backup_bytes(self) -> bytes:
        """The whole workbook as the bytes of a backup file."""
        return backups.backup_bytes(self.store)

    def restore(self, data: Data, name: str | None = None) -> Path:
        """Replace this workbook with a backup; return where the previous one was saved."""
        return backups.restore(self.store, data, name)

    # ----- your profile and targets --------------------------------------------------------

    def profile(self) -> dict[str, Any]:
        """Your profile: name, focus, target industries and organisations, country, why you."""
        return profile.get_profile(self.store)

    def set_profile(self, **fields: Any) -> None:
        """Change your profile, with ``target_organizations`` too, in one transaction (see
        :func:`netkit.profile.set_profile` and :func:`netkit.targets.save_profile`)."""
        targets.save_profile(self.store, **fields)

    def set_target_organizations(self, names: Any) -> dict[str, int]:
        """Make your target organisations exactly ``names``: new ones added, removed ones
        archived, the others kept with their motivation and notes.

        :param names: a list of organisation names.
        :returns: how many were ``added``, ``kept``, ``restored`` and ``archived``.
        :raises NetkitError: for a list with an empty or unusable name; nothing is written.
        """
        return targets.set_target_organizations(self.store, names)

    def target_kind(self, text: str | None) -> str:
        """"organisation" or "industry": what a target you typed names (see
        :func:`netkit.targets.target_kind`).

        :param text: an organisation or industry, as typed.
        """
        return targets.target_kind(self.store, text)

    def add_business_days(self, start: date, days: int) -> date:
        """``start`` plus ``days`` business days where you live."""
        return profile.business_days_after(self.store, start, days)

    def add_target_organization(self, name: str, industry: str | None = None,
                                motivation: int = 3, notes: str | None = None) -> int:
        """Add an organisation you would like to work for (motivation 1–5)."""
        return targets.add_target_organization(self.store, name, industry, motivation, notes)

    def target_organizations(self) -> pd.DataFrame:
        """Your target organisations, most motivating first."""
        return targets.target_organizations(self.store)

    def targets(self) -> pd.DataFrame:
        """Target organisations ranked, with who you know there and the next step."""
        return targets.targets(self.store)

    def who_could_introduce(self, target_industry: str | None = None,
                            target_organization: str | None = None,
                            limit: int = 20) -> pd.DataFrame:
        """Contacts best placed to introduce you, best first, with why."""
        return targets.who_could_introduce(self.store, target_industry, target_organization,
                                           limit)

    def responsiveness(self, on: Any = None) -> pd.DataFrame:
        """How quickly each person you asked has answered, in kind words."""
        return responsiveness.responsiveness(self.store, on)

    def responsiveness_of(self, contact_id: int) -> str:
        """One contact's responsiveness label."""
        return responsiveness.responsiveness_of(self.store, contact_id)

    # ----- contacts ------------------------------------------------------------------------

    def add_contact(self, name: str, **fields: Any) -> int:
        """Add a contact and return its id (see :func:`netkit.contacts.add_contact`)."""
        return contacts.add_contact(self.store, name, **fields)

    def update_contact(self, contact_id: int, **fields: Any) -> None:
        """Change some of a contact's fields."""
        contacts.update_contact(self.store, contact_id, **fields)

    def archive_contact(self, contact_id: int) -> None:
        """Hide a contact from lists and searches (nothing is deleted)."""
        contacts.archive_contact(self.store, contact_id)

    def restore_contact(self, contact_id: int) -> None:
        """Bring an archived contact back."""
        contacts.restore_contact(self.store, contact_id)

    def contact(self, contact_id: int) -> dict[str, Any]:
        """One contact as a dict (tags as a list, chain_depth included)."""
        return contacts.get_contact(self.store, contact_id)

    def contacts(self, include_archived: bool = False, query: str | None = None) -> pd.DataFrame:
        """All contacts, one row each, with introduced_by and chain_depth."""
        return contacts.contacts(self.store, include_archived, query)

    def count_contacts(self, query: str | None = None, include_archived: bool = False) -> int:
        """How many contacts match ``query`` (all when None)."""
        return contacts.count_contacts(self.store, query, include_archived)

    def search_contacts(self, query: str | None = None, *, limit: int = 50, offset: int = 0,
                        include_archived: bool = False) -> pd.DataFrame:
        """One page of matching contacts, ordered by name."""
        return contacts.search_contacts(self.store, query, limit=limit, offset=offset,
                                        include_archived=include_archived)

    def industries(self, limit: int = 20) -> list[str]:
        """The industries your contacts work in, the most common first."""
        return contacts.industries(self.store, limit)

    def find_contacts(self, name: str, email: str | None = None,
                      profile_url: str | None = None,
                      organization: str | None = None) -> list[int]:
        """Ids of the contacts that are, or may be, this person (the identity rule)."""
        return contacts.find_contacts(self.store, name, email, profile_url, organization)

    def match_person(self, exclude: list[int] | None = None,
                     **fields: Any) -> list[identity.Match]:
        """Who is, or may be, the person these fields describe, strongest first."""
        return contacts.match_person(self.store, fields, exclude or ())

    def count_without_industry(self) -> int:
        """How many of your contacts have an organisation but no industry yet."""
        return contacts.count_without_industry(self.store)

    def organizations_without_industry(self, limit: int | None = None) -> pd.DataFrame:
        """Organisations where some of your contacts have no industry yet, the most such
        people first: ``organization``, ``people``, ``suggested`` (an industry the
        workbook already knows for it, or "").

        :param limit: at most this many organisations (all when None).
        """
        return contacts.organizations_without_industry(self.store, limit)

    def set_industry_by_organization(self, industries: dict[str, str]) -> dict[str, int]:
        """Give an industry to everyone at an organisation who has none yet, in one
        transaction; an industry someone already has is kept.

        :param industries: ``{organisation: industry}``; "GreenGrid Inc." and "GreenGrid"
            are one organisation; a blank industry leaves that organisation as it is.
        :returns: ``{organisation: how many people got the industry}``.
        :raises NetkitError: for an organisation none of your contacts works at, one
            organisation given two industries, or a value that is not text. Nothing is
            written then.
        """
        return contacts.set_industry_by_organization(self.store, industries)

    # ----- asks and introductions ----------------------------------------------------------

    def record_ask(self, contact_id: int, message: str, sent_at: Any = None,
                   **fields: Any) -> int:
        """Record an ask; ``sent_at`` set means sent (its follow-ups are scheduled)."""
        return asks.record_ask(self.store, contact_id, message, sent_at, **fields)

    def update_ask(self, ask_id: int, **fields: Any) -> None:
        """Change a draft's message, subject or targets."""
        asks.update_ask(self.store, ask_id, **fields)

    def not_a_job_ask(self, message: str, contact_id: int | None = None,
                      ask_id: int | None = None) -> int:
        """Say the check was wrong to flag ``message`` as a job ask (kept and counted in
        :meth:`stats` as ``check_disagreements``)."""
        return asks.record_disagreement(self.store, message, mistakes(message), contact_id,
                                        ask_id)

    def disagreements(self) -> pd.DataFrame:
        """Each time you said "this is not a job ask", newest first."""
        return asks.disagreements(self.store)

    def mark_ask_sent(self, ask_id: int, sent_at: Any = None, channel: str | None = None,
                      message: str | None = None) -> None:
        """Mark a draft as sent and schedule its follow-ups."""
        asks.mark_ask_sent(self.store, ask_id, sent_at, channel, message)

    def mark_ask_replied(self, ask_id: int, replied_at: Any = None) -> None:
        """They answered: the ask's follow-ups are cancelled."""
        asks.mark_ask_replied(self.store, ask_id, replied_at)

    def mark_ask_introduced(self, ask_id: int, name: str | None = None,
                            contact_id: int | None = None, check_back_on: Any = None,
                            kind: str = "warm introduction", on: Any = None,
                            names: list[dict[str, Any]] | None = None) -> int:
        """They promised introductions; a check-back is scheduled."""
        return asks.mark_ask_introduced(self.store, ask_id, name, contact_id, check_back_on,
                                        kind, on, names)

    def mark_ask_declined(self, ask_id: int, on: Any = None) -> None:
        """They said no: the ask is closed."""
        asks.mark_ask_declined(self.store, ask_id, on)

    def mark_ask_no_reply(self, ask_id: int, on: Any = None) -> None:
        """No answer even after the follow-up: the ask is closed."""
        asks.mark_ask_no_reply(self.store, ask_id, on)

    def ask(self, ask_id: int) -> dict[str, Any]:
        """One ask as a dict."""
        return asks.get_ask(self.store, ask_id)

    def asks(self) -> pd.DataFrame:
        """All asks with the contact's name, newest first."""
        return asks.asks(self.store)

    def introductions(self) -> pd.DataFrame:
        """Every introduction: who introduced whom, from what, and how far it came."""
        return introductions.introductions(self.store)

    def move_introduction(self, introduction_id: int, status: str) -> None:
        """Move an introduction on (details received, contacted, met, dead end)."""
        introductions.move_introduction(self.store, introduction_id, status)

    def given_names(self, include_done: bool = False) -> list[dict[str, Any]]:
        """The people you were given, each with its next step and where it can move."""
        return introductions.given_names(self.store, include_done)

    # ----- a person's page -----------------------------------------------------------------

    def path_to(self, contact_id: int) -> list[dict[str, Any]]:
        """Who led to this person, from your own list down to them."""
        return people.path_to(self.store, contact_id)

    def path_text(self, contact_id: int) -> str:
        """"You → Olga → Ben", and what it means, in one line."""
        return people.path_text(people.path_to(self.store, contact_id))

    def timeline(self, contact_id: int) -> list[dict[str, Any]]:
        """Everything that happened with one person, oldest first."""
        return people.timeline(self.store, contact_id)

    def last_in_touch(self, contact_id: int) -> date | None:
        """The last day the workbook knows you were in touch with this person, or None."""
        return people.last_in_touch(self.store, contact_id)

    def add_note(self, contact_id: int, text: str, on: Any = None) -> None:
        """Add a dated note to a contact (it counts as being in touch)."""
        people.add_note(self.store, contact_id, text, on)

    # ----- drafts ----------------------------------------------------------------------------

    def draft_thank_you(self, conversation_id: int) -> dict[str, str]:
        """The thank-you after a conversation (``to``, ``cc``, ``subject``, ``body``)."""
        return messages.thank_you(self.store, conversation_id)

    def draft_ask_for_names(self, conversation_id: int) -> dict[str, str]:
        """Two kind lines that ask for names, when you forgot to."""
        return messages.ask_for_names(self.store, conversation_id)

    def draft_write_to(self, introduction_id: int) -> dict[str, str]:
        """A first message to someone you were given, mentioning who suggested it."""
        return messages.write_to(self.store, introduction_id)

    def draft_for_followup(self, followup_id: int) -> dict[str, str] | None:
        """The draft that fits an open follow-up, or None."""
        return messages.for_followup(self.store, followup_id)

    # ----- conversations -------------------------------------------------------------------

    def schedule_conversation(self, contact_id: int, when: Any, **fields: Any) -> int:
        """Plan an informational interview and return its id."""
        return conversations.schedule_conversation(self.store, contact_id, when, **fields)

    def update_conversation(self, conversation_id: int, **fields: Any) -> None:
        """Reschedule, move or cancel a planned conversation."""
        conversations.update_conversation(self.store, conversation_id, **fields)

    def conversation(self, conversation_id: int) -> dict[str, Any]:
        """One conversation with its contact and preparation."""
        return conversations.get_conversation(self.store, conversation_id)

    def planned_conversations(self, contact_id: int | None = None) -> pd.DataFrame:
        """Conversations still ahead, soonest first."""
        return conversations.planned_conversations(self.store, contact_id)

    def conversations_to_log(self, on: Any = None) -> list[dict[str, Any]]:
        """Planned conversations whose time has come: they wait to be logged."""
        return conversations.conversations_to_log(self.store, on)

    def preparation(self, conversation_id: int) -> dict[str, Any]:
        """What you know, why you, and what you want to learn."""
        return conversations.preparation(self.store, conversation_id)

    def prepare_conversation(self, conversation_id: int, *, known: Any = None,
                             why_you: Any = None, learn: Any = None) -> None:
        """Save your preparation for a conversation."""
        conversations.prepare_conversation(self.store, conversation_id, known=known,
                                           why_you=why_you, learn=learn)

    def log_conversation(self, contact_id: int, when: Any, asked_for_names: bool,
                         names: list[dict[str, Any]] | None = None, **fields: Any) -> int:
        """Record a held conversation; each name becomes a contact introduced by them."""
        return conversations.log_conversation(self.store, contact_id, when, asked_for_names,
                                              names, **fields)

    def conversations(self) -> pd.DataFrame:
        """All conversations with how many names each gave."""
        return conversations.conversations(self.store)

    # ----- the question bank and the script ------------------------------------------------

    def questions(self, include_hidden: bool = False,
                  category: str | None = None) -> pd.DataFrame:
        """The question bank in conversation order."""
        return questions.questions(self.store, include_hidden, category)

    def question(self, question_id: int) -> dict[str, Any]:
        """One question as a dict."""
        return questions.get_question(self.store, question_id)

    def add_question(self, text: str, category: str, note: str | None = None,
                     minutes: float = 2) -> int:
        """Add your own question to the bank."""
        return questions.add_question(self.store, text, category, note, minutes)

    def edit_question(self, question_id: int, **fields: Any) -> int:
        """Change your own question (a built-in one becomes your copy)."""
        return questions.edit_question(self.store, question_id, **fields)

    def hide_question(self, question_id: int) -> None:
        """Hide a question from the bank."""
        questions.hide_question(self.store, question_id)

    def unhide_question(self, question_id: int) -> None:
        """Show a hidden question again."""
        questions.unhide_question(self.store, question_id)

    def script(self, conversation_id: int | None = None) -> pd.DataFrame:
        """The script in order, the closing questions last."""
        return script.script(self.store, conversation_id)

    def script_values(self, conversation_id: int | None = None) -> dict[str, Any]:
        """What the placeholders of a script are filled with."""
        return script.script_values(self.store, conversation_id)

    def script_budget(self, conversation_id: int | None = None) -> int:
        """Minutes planned for the conversation."""
        return script.script_budget(self.store, conversation_id)

    def script_estimate(self, conversation_id: int | None = None) -> dict[str, Any]:
        """How long the script runs against its budget, in one friendly line."""
        return script.script_estimate(self.store, conversation_id)

    def script_reminder(self, conversation_id: int | None = None) -> str | None:
        """A reminder to ask the closing questions when one was removed."""
        return script.script_reminder(self.store, conversation_id)

    def start_script(self, conversation_id: int | None = None) -> int:
        """Fill an empty script from your general script or the suggested one."""
        return script.start_script(self.store, conversation_id)

    def add_to_script(self, question_id: int, conversation_id: int | None = None) -> int:
        """Add a bank question before the closing questions."""
        return script.add_to_script(self.store, question_id, conversation_id)

    def add_own_question_to_script(self, text: str, category: str = OWN_CATEGORY,
                                   conversation_id: int | None = None,
                                   minutes: float = 2) -> int:
        """Add a question of your own to the bank and the script in one step."""
        return script.add_own_question_to_script(self.store, text, category, conversation_id,
                                                 minutes)

    def move_script_item(self, item_id: int, steps: int) -> None:
        """Move a question up or down (never past the closing questions)."""
        script.move_script_item(self.store, item_id, steps)

    def remove_from_script(self, item_id: int, confirm: bool = False) -> None:
        """Take a question out of the script."""
        script.remove_from_script(self.store, item_id, confirm)

    def reword_script_item(self, item_id: int, text: str | None) -> None:
        """Reword a question for this script only."""
        script.reword_script_item(self.store, item_id, text)

    def set_script_budget(self, minutes: int, conversation_id: int | None = None) -> None:
        """Plan 20 or 30 minutes."""
        script.set_script_budget(self.store, minutes, conversation_id)

    def render_sheet(self, conversation_id: int | None, fmt: str) -> str | bytes:
        """The printable sheet (``md``, ``html``) or the calendar event (``ics``)."""
        return sheet.render_sheet(self.store, conversation_id, fmt)

    def sheet_filename(self, conversation_id: int | None, fmt: str) -> str:
        """A friendly file name for the sheet, like ``interview-ana-castillo.html``."""
        return sheet.sheet_filename(self.store, conversation_id, fmt)

    # ----- follow-ups ----------------------------------------------------------------------

    def followups(self, include_done: bool = False) -> pd.DataFrame:
        """Open follow-ups, soonest first."""
        return followups.followups(self.store, include_done)

    def followups_due(self, on: date | None = None) -> int:
        """How many open follow-ups are due by ``on`` (today)."""
        return followups.followups_due(self.store, on)

    def complete_followup(self, followup_id: int) -> None:
        """Mark a follow-up done."""
        followups.complete_followup(self.store, followup_id)

    def due_list(self, on: Any = None) -> dict[str, pd.DataFrame]:
        """Follow-ups overdue, due today and this week."""
        return followups.due_list(self.store, on)

    def due_text(self, on: Any = None) -> str:
        """The due list as plain text."""
        return followups.due_text(self.store, on)

    # ----- traction ------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Your numbers: contacts, asks, names per conversation, chain depth, ..."""
        return metrics.stats(self.store)

    def figures(self, since: date | None = None, industry: str | None = None,
                weeks: int = 12) -> dict[str, Any]:
        """Everything the dashboard shows, as plain values."""
        return metrics.figures(self.store, since, industry, weeks)

    def funnel(self, since: date | None = None,
               industry: str | None = None) -> list[dict[str, Any]]:
        """Contacts → asks sent → introductions → conversations held → names given."""
        return metrics.funnel(self.store, since, industry)

    def weekly(self, weeks: int = 12, industry: str | None = None) -> list[dict[str, Any]]:
        """Your asks, conversations, thank-yous and names per week."""
        return metrics.weekly(self.store, weeks, industry=industry)

    def allies(self, limit: int = 5, since: date | None = None,
               industry: str | None = None) -> list[dict[str, Any]]:
        """The people who opened the most doors."""
        return metrics.allies(self.store, limit, since, industry)

    def weekly_goal(self) -> int:
        """Asks and conversations a week you aim for."""
        return metrics.weekly_goal(self.store)

    def set_weekly_goal(self, goal: int) -> None:
        """Set your weekly goal (1–50)."""
        metrics.set_weekly_goal(self.store, goal)

    def generations(self) -> list[dict[str, Any]]:
        """The referral tree, summed up per generation with its busiest introducers."""
        return tree.generations(self.store)

    def introduced_by(self, contact_id: int, limit: int = 50) -> list[dict[str, Any]]:
        """The people this contact introduced you to, with their status."""
        return tree.children(self.store, contact_id, limit)

    def next_actions(self, on: date | None = None, limit: int = 12,
                     suggest: bool = True) -> list[dict[str, Any]]:
        """Today: what to do next, best first, each one click from doing it (with
        ``suggest``, also who to ask next for each of your targets)."""
        return today.next_actions(self.store, on, limit, suggest)

    def due_counts(self, on: date | None = None) -> dict[str, int]:
        """How much waits today per tab: Dashboard (all of it), Ask (follow-ups), Log."""
        return today.due_counts(self.store, on)

    def fill_demo(self, contacts: int = 80, seed: int = 7) -> dict[str, int]:
        """Fill the workbook with a synthetic demo network (keeps your profile)."""
        return demo.fill_demo(self.store, contacts, seed)

    def has_demo(self) -> int:
        """How many made-up demo people the workbook holds (0 when none)."""
        return demo.has_demo(self.store)

    def remove_demo(self) -> dict[str, int]:
        """Take the demo out in one step: every made-up person and everything about them,
        the demo's targets and profile. Your own contacts stay. Returns counts removed
        (``contacts``, ``asks``, ``introductions``, ``conversations``, ``followups``)."""
        return demo.remove_demo(self.store)

    # ----- bringing people in, taking data out ---------------------------------------------

    def import_columns(self, data: Data, name: str | None = None) -> tuple[list[str], dict]:
        """A generic CSV's columns and the mapping remembered or guessed for them."""
        return importer.import_columns(self.store, data, name)

    def detect_import_format(self, data: Data, name: str | None = None) -> str:
        """linkedin, google, outlook, vcard or csv, from the content."""
        return importer.detect_import_format(self.store, data, name)

    def preview_import(self, data: Data, format: str | None = None,
                       mapping: dict[str, str] | None = None,
                       name: str | None = None) -> ImportPlan:
        """What importing a file would do; nothing is written."""
        return importer.preview_import(self.store, data, format, mapping, name)

    def apply_import(self, plan: ImportPlan, confirmed_near_misses: Iterable[int] = (),
                     progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
        """Write a previewed import in one transaction; return its counts."""
        return importer.apply_import(self.store, plan, confirmed_near_misses, progress)

    def import_file(self, path: Data, format: str | None = None,
                    mapping: dict[str, str] | None = None,
                    name: str | None = None) -> dict[str, int]:
        """Import a contacts file in one go; counts ``added``, ``merged``, ``skipped``."""
        return importer.import_file(self.store, path, format, mapping, name)

    def export(self, out: str | Path, format: str | None = None) -> Path:
        """Write an export (csv, xlsx, json, vcf, ics) to ``out``."""
        return exports.export_file(self.store, out, format)

    def export_bytes(self, format: str) -> bytes:
        """An export as bytes (for a download button)."""
        return exports.export_bytes(self.store, format)


def open_workbook(path: str | Path | None = None) -> Workbook:
    """Open (creating and migrating as needed) a workbook.

    :param path: the file; defaults to ``$NETKIT_WORKBOOK``, else ``netkit.sqlite`` in the
        user's data directory.
    :raises NetkitError: when the file exists but is not a netkit workbook.
    """
    return Workbook(path if path is not None else default_workbook_path())

