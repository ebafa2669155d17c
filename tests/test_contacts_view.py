"""The contacts view: search, page, add, edit, introduce, archive — driven like a user would."""

from __future__ import annotations

import pytest

from netkit.contacts import insert_contact
from netkit.ui.contacts import ContactsView


def _add_through_form(view: ContactsView, name: str, **fields) -> int:
    view.new.click()
    view.form.name.value = name
    for key, value in fields.items():
        getattr(view.form, key).value = value
    view.save.click()
    assert "netkit-error" not in view.message._dom_classes, view.message.text
    return view.editing


def test_an_empty_workbook_invites_you_to_add_the_first_person(wb):
    view = ContactsView(wb)
    assert view.total == 0
    assert len(view.rows) == 0
    assert "No contacts yet" in view.list_message.text
    assert view.previous.disabled and view.next.disabled
    assert view.previous.layout.display == "none"  # no paging buttons for one page


def test_a_contact_added_through_the_form_is_saved_with_every_field(wb):
    view = ContactsView(wb)
    contact_id = _add_through_form(
        view, "Ana Becker", email="ana@example.org", phone="+1 555 0100",
        organization="Brightwell Health", job_title="Data Analyst",
        industry="Healthcare technology", location="Chicago, IL",
        profile_url="www.linkedin.com/in/ana-becker", how_known="former colleague",
        warmth=3, tags=["mentor", "alumni"], notes="Runs the analytics meetup.",
    )
    saved = wb.contact(contact_id)
    assert saved["name"] == "Ana Becker"
    assert saved["email"] == "ana@example.org"
    assert saved["organization"] == "Brightwell Health"
    assert saved["title"] == "Data Analyst"
    assert saved["profile_url"] == "https://www.linkedin.com/in/ana-becker"
    assert saved["warmth"] == 3
    assert saved["tags"] == ["mentor", "alumni"]
    assert "Added Ana Becker" in view.message.text
    assert list(view.rows["name"]) == ["Ana Becker"]
    assert "1–1" in view.summary.value


def test_picking_a_row_loads_it_and_save_changes_it(wb):
    first = wb.add_contact("Ben Dahl", organization="Sunfield Power", tags=["meetup"])
    view = ContactsView(wb)
    view._rows[0].button.click()
    assert view.editing == first
    assert view.form.organization.value == "Sunfield Power"
    assert view.form.tags.value == ["meetup"]
    assert "netkit-row-selected" in view._rows[0]._dom_classes
    assert "netkit-form-open" in view.body._dom_classes  # a phone shows the form now
    view.form.organization.value = "Northwind Grid"
    view.save.click()
    assert wb.contact(first)["organization"] == "Northwind Grid"
    assert len(wb.contacts()) == 1
    assert "Saved Ben Dahl" in view.message.text


def test_search_ignores_case_and_accents_and_updates_as_you_type(wb):
    wb.add_contact("José García", organization="Medora Labs")
    wb.add_contact("Zoë Weiß", notes="met at the data meetup")
    wb.add_contact("Ivan Petrov")
    view = ContactsView(wb)
    assert view.search.continuous_update
    view.search.value = "JOSE garc"
    assert list(view.rows["name"]) == ["José García"]
    view.search.value = "zoe"
    assert list(view.rows["name"]) == ["Zoë Weiß"]
    view.search.value = "MEETUP"
    assert list(view.rows["name"]) == ["Zoë Weiß"]
    view.search.value = "nobody-like-this"
    assert view.total == 0
    assert "No one matches" in view.list_message.text
    view.search.value = ""
    assert view.total == 3


def test_a_long_list_is_paged_and_only_one_page_is_built(wb):
    with wb.atomic():
        for n in range(310):
            insert_contact(wb.store, {"name": f"Person {n:03d}", "organization": "Acme"})
    view = ContactsView(wb)
    assert view.total == 310
    assert len(view.rows) == 25
    assert "1–25" in view.summary.value and "310" in view.summary.value
    assert view.previous.disabled and not view.next.disabled
    assert view.next.layout.display is None
    view.next.click()
    assert view.page == 1
    assert view.rows["name"].iloc[0] == "Person 025"
    assert "26–50" in view.summary.value
    for _ in range(20):
        view.next.click()
    assert view.page == 12  # the last page, not beyond it
    assert len(view.rows) == 10
    assert view.next.disabled
    view.previous.click()
    assert view.page == 11
    # Every row widget shows at most one page: the rest are hidden, never built anew.
    assert len(view.list_box.children) == view.page_size
    view.search.value = "person 30"  # every word must match: 030, 130, 230, 300–309
    assert view.page == 0 and view.total == 13


def test_the_introducer_picker_searches_and_the_list_shows_the_chain(wb):
    with wb.atomic():
        for n in range(200):
            insert_contact(wb.store, {"name": f"Filler {n}"})
    ana = wb.add_contact("Ana Becker", organization="Brightwell Health")
    view = ContactsView(wb)
    view.new.click()
    view.form.name.value = "Chiara Rossi"
    view.form.introduced_by.query.value = "becker"
    options = view.form.introduced_by.choice.options
    assert len(options) <= view.form.introduced_by.limit + 1
    assert ("Ana Becker — Brightwell Health", ana) in options
    assert view.form.introduced_by.value == ana
    view.save.click()
    chiara = view.editing
    assert wb.contact(chiara)["introduced_by"] == ana
    # One generation deeper: introduced by Chiara.
    view.new.click()
    view.form.name.value = "Dev Iyer"
    view.form.introduced_by.query.value = "chiara"
    view.save.click()
    view.search.value = "dev iyer"
    row = view.rows.iloc[0]
    assert row["chain_depth"] == 2 and row["introduced_by_name"] == "Chiara Rossi"
    detail = view._rows[0].detail.value
    assert "introduced by <b>Chiara Rossi</b>" in detail and "2 introductions" in detail


def test_picking_nobody_clears_the_introducer(wb):
    ana = wb.add_contact("Ana Becker")
    ben = wb.add_contact("Ben Dahl", introduced_by=ana)
    view = ContactsView(wb)
    view.select(ben)
    assert view.form.introduced_by.value == ana
    view.form.introduced_by.choice.label = view.form.introduced_by.choice.options[0][0]
    view.save.click()
    assert wb.contact(ben)["chain_depth"] == 0


def test_an_introduction_that_would_loop_is_refused_in_place(wb):
    ana = wb.add_contact("Ana Becker")
    ben = wb.add_contact("Ben Dahl", introduced_by=ana)
    view = ContactsView(wb)
    view.select(ana)
    view.form.introduced_by.query.value = "ben dahl"
    assert view.form.introduced_by.value == ben
    events = len(wb.events())
    view.save.click()
    assert "netkit-error" in view.message._dom_classes
    assert "circle" in view.message.text
    assert wb.contact(ana)["introduced_by"] is None or wb.contact(ana)["chain_depth"] == 0
    assert len(wb.events()) == events


def test_the_picker_never_offers_the_contact_as_their_own_introducer(wb):
    ana = wb.add_contact("Ana Becker")
    view = ContactsView(wb)
    view.select(ana)
    view.form.introduced_by.query.value = "ana"
    assert ana not in [value for _, value in view.form.introduced_by.choice.options]


@pytest.mark.parametrize("field, value, words", [
    ("email", "ana-at-example", "not an e-mail address"),
    ("profile_url", "not a url", "not a web address"),
    ("name", "   ", "needs a name"),
])
def test_bad_input_is_shown_in_place_and_nothing_is_written(wb, field, value, words):
    view = ContactsView(wb)
    view.new.click()
    view.form.name.value = "Ana Becker"
    getattr(view.form, field).value = value
    events = len(wb.events())
    view.save.click()
    assert "netkit-error" in view.message._dom_classes
    assert words in view.message.text
    assert wb.count_contacts(include_archived=True) == 0
    assert len(wb.events()) == events
    assert view.editing is None


def test_archive_hides_a_contact_and_restore_brings_it_back(wb):
    ana = wb.add_contact("Ana Becker")
    wb.add_contact("Ben Dahl")
    view = ContactsView(wb)
    view.select(ana)
    assert view.restore.layout.display == "none"
    view.archive.click()
    assert "Archived Ana Becker" in view.message.text
    assert list(view.rows["name"]) == ["Ben Dahl"]
    assert view.archive.layout.display == "none" and view.restore.layout.display is None
    view.show_archived.value = True
    assert list(view.rows["name"]) == ["Ana Becker", "Ben Dahl"]
    assert "archived" in view._rows[0].detail.value
    view.restore.click()
    view.show_archived.value = False
    assert list(view.rows["name"]) == ["Ana Becker", "Ben Dahl"]
    assert [e for e in wb.events()["action"]][:2] == ["restore", "archive"]


def test_new_empties_the_form_for_the_next_person(wb):
    ana = wb.add_contact("Ana Becker", email="ana@example.org", tags=["mentor"])
    view = ContactsView(wb)
    view.select(ana)
    view.new.click()
    assert view.editing is None
    assert view.form.name.value == "" and view.form.email.value == ""
    assert view.form.tags.value == [] and view.form.introduced_by.value is None
    assert view.save.description == "Add contact"
    view.back.click()
    assert "netkit-form-open" not in view.body._dom_classes
    assert not any("netkit-row-selected" in row._dom_classes for row in view._rows)


def test_names_and_tags_are_escaped_in_the_list(wb):
    evil = "<script>alert(1)</script>"
    bad = wb.add_contact(evil, organization="<b>Acme</b>", tags=["<img src=x>"])
    wb.add_contact("Ana Becker", introduced_by=bad)
    view = ContactsView(wb)
    html = "".join(row.detail.value for row in view._rows) + view.form.title.value
    view.select(bad)
    html += view.form.title.value
    assert "<script>" not in html and "<img" not in html and "<b>Acme" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Acme&lt;/b&gt;" in html
    # The name button shows the text as text (ipywidgets never renders it as HTML).
    assert evil in [row.button.description for row in view._rows]


def test_adding_someone_you_already_have_warns_but_still_adds(wb):
    jose = wb.add_contact("José García", organization="Medora Labs")
    view = ContactsView(wb)
    view.new.click()
    view.form.name.value = "jose garcia"
    view.save.click()
    assert (f"A contact named José García already exists at Medora Labs (number {jose}"
            in view.message.text)
    assert "both are kept" in view.message.text
    assert wb.count_contacts() == 2


def test_the_list_comes_first_and_the_form_and_the_import_panel_are_folded(demo_wb):
    view = ContactsView(demo_wb)
    assert view.total == 80 and len(view.rows) == 25
    assert not view.form_open and view.form_column.layout.display == "none"
    assert not view.transfer_open and view.transfer_panel.layout.display == "none"
    assert view.industry_step.bar.layout.display == "none"  # every demo person has one
    order = list(view.children)
    assert order.index(view.transfer_panel) < order.index(view.body)
    view.new.click()
    assert view.form_open and view.form_column.layout.display is None
    assert "Add a contact" in view.form.title.value
    view.back.click()
    assert not view.form_open
    view._rows[0].button.click()
    assert view.form_open and view.editing == int(view.rows["id"].iloc[0])
    view.back.click()
    assert not view.form_open and view.editing is None


def test_the_import_panel_opens_and_folds_with_one_button(demo_wb):
    view = ContactsView(demo_wb)
    view.transfer_button.click()
    assert view.transfer_open and view.transfer_panel.layout.display is None
    assert view.transfer_button.description == "Close import · export"
    view.transfer_button.click()
    assert not view.transfer_open


def test_an_empty_workbook_opens_the_form_and_the_import_until_people_arrive(wb):
    view = ContactsView(wb)
    assert view.form_open and view.transfer_open
    wb.fill_demo(80)  # e.g. "Load the demo" on the welcome
    view.refresh()
    assert view.total == 80
    assert not view.form_open and not view.transfer_open


def test_the_first_person_added_by_hand_stays_in_the_form(wb):
    view = ContactsView(wb)
    _add_through_form(view, "Ana Becker")
    assert view.form_open and view.total == 1
    assert "Editing Ana Becker" in view.form.title.value
