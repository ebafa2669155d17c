"""The import and export views, driven like a person would: upload, look, confirm, download."""

import base64
import re
from datetime import datetime

import contact_files as cf
import pytest

from netkit.ui.transfer import ExportView, ImportView, TransferView


def uploaded(name: str, data: bytes) -> tuple:
    """A FileUpload value as ipywidgets 8 sets it."""
    return (
        {
            "name": name,
            "type": "text/csv",
            "size": len(data),
            "content": memoryview(data),
            "last_modified": datetime(2026, 2, 8, 12, 0),
        },
    )


def test_uploading_linkedin_shows_the_preview_and_confirm_imports(wb):
    view = ImportView(wb)
    view.upload.value = uploaded("Connections.csv", cf.linkedin(3, hidden=2))
    assert "From Connections.csv (LinkedIn): 5 new" in view.preview_html.value
    assert "hidden profile" in view.preview_html.value
    assert not view.confirm.disabled and wb.count_contacts() == 0
    view.confirm.click()
    assert wb.count_contacts() == 5
    assert "5 added" in view.message.text and "netkit-ok" in view.message._dom_classes
    assert view.preview_html.value == "" and view.confirm.disabled


def test_cancel_writes_nothing(wb):
    view = ImportView(wb)
    view.upload.value = uploaded("Connections.csv", cf.linkedin(3))
    view.cancel.click()
    assert wb.count_contacts() == 0 and "Nothing was imported" in view.message.text


def test_a_bad_upload_is_shown_in_place_and_nothing_is_written(demo_wb):
    view = ImportView(demo_wb)
    before = cf.dump(demo_wb)
    view.upload.value = uploaded("holiday.png", b"\x89PNG\r\n\x1a\n\x00\x00binary")
    assert "netkit-error" in view.message._dom_classes
    assert re.match(r"holiday.png, line \d+: this is a binary file", view.message.text)
    assert view.confirm.disabled
    assert cf.dump(demo_wb) == before


def test_preview_text_from_the_file_is_escaped(wb):
    view = ImportView(wb)
    view.upload.value = uploaded("x.csv", b"Name,Company\n<script>alert(1)</script>,<b>Acme</b>\n")
    assert "<script>" not in view.preview_html.value
    view.confirm.click()
    assert wb.contacts().loc[0, "name"] == "<script>alert(1)</script>"


def test_the_csv_mapping_is_guessed_and_a_correction_changes_the_preview(wb):
    view = ImportView(wb)
    view.upload.value = uploaded("list.csv", b"Who,Employer,Mail\nPia Lund,Acme,pia@example.org\n")
    assert "netkit-error" in view.message._dom_classes  # "Who" is not recognised as a name
    picks = {d.column: d for d in view.mapping_box.children[1:]}
    assert picks["Employer"].value == "organization" and picks["Who"].value == ""
    picks["Who"].value = "name"
    assert "1 new" in view.preview_html.value
    view.confirm.click()
    assert wb.contacts().loc[0, "name"] == "Pia Lund"
    # remembered for the next file with the same columns
    view.upload.value = uploaded("list2.csv", b"Who,Employer,Mail\nOla Berg,Acme,ola@example.org\n")
    assert "1 new" in view.preview_html.value


def test_possible_duplicates_can_be_ticked_to_merge(wb):
    known = wb.add_contact("Dmitri ONeil", organization="Harbor Health")
    view = ImportView(wb)
    view.upload.value = uploaded("c.csv", cf.linkedin(1))
    boxes = view.same_box.children[1:]
    assert len(boxes) == 1 and "looks like your contact Dmitri ONeil" in boxes[0].description
    boxes[0].value = True
    view.confirm.click()
    assert wb.count_contacts() == 5
    assert wb.contact(known)["title"] == "Nurse Manager, ICU"


def test_the_progress_bar_moves_during_a_long_import(wb, monkeypatch):
    view = ImportView(wb)
    people = [(f"P{i}", f"T{i}", "Org", "X", "", f"s{i}") for i in range(4500)]
    view.upload.value = uploaded("big.csv", cf.linkedin(3, people=people, hidden=0))
    seen = []
    view.progress.observe(lambda change: seen.append(change["new"]), names="value")
    view.confirm.click()
    assert wb.count_contacts() == 4500
    assert len(seen) >= 2 and seen[-1] == view.progress.max


def _link(view) -> tuple[str, bytes]:
    match = re.search(r'download="([^"]+)" href="data:[^;]+;base64,([^"]+)"', view.link.value)
    return match[1], base64.b64decode(match[2])


@pytest.mark.parametrize("format", ["csv", "xlsx", "json", "vcf"])
def test_each_export_button_offers_a_download(demo_wb, format):
    view = ExportView(demo_wb)
    button = next(
        b
        for b in view.children[2].children + view.children[1].children
        if f"netkit-export-{format}" in b._dom_classes
    )
    button.click()
    name, data = _link(view)
    assert name.endswith("." + format) and len(data) > 100


def test_backup_download_and_restore_upload(demo_wb):
    view = ExportView(demo_wb)
    view.backup_button.click()
    name, data = _link(view)
    assert name.startswith("netkit-backup-") and data.startswith(b"SQLite format 3")
    count = demo_wb.count_contacts()
    demo_wb.add_contact("After Backup")
    view.restore_upload.value = uploaded(name, data)
    assert view.restore_confirm.layout.display == "flex"
    view.restore_confirm.click()
    assert "Restored from" in view.message.text
    assert demo_wb.count_contacts() == count


def test_restoring_something_else_is_refused_in_place(demo_wb):
    view = ExportView(demo_wb)
    before = demo_wb.count_contacts()
    view.restore_upload.value = uploaded("notes.txt", b"hello")
    view.restore_confirm.click()
    assert "netkit-error" in view.message._dom_classes and "notes.txt" in view.message.text
    assert demo_wb.count_contacts() == before


def test_on_binder_the_view_says_data_is_thrown_away_next_to_the_backup(wb, monkeypatch):
    assert not any("netkit-binder-notice" in c._dom_classes for c in ExportView(wb).children)
    monkeypatch.setenv("BINDER_SERVICE_HOST", "10.0.0.1")
    view = ExportView(wb)
    notice = next(c for c in view.children if "netkit-binder-notice" in c._dom_classes)
    assert "thrown away when you close this tab" in notice.value
    assert view.children.index(notice) + 1 == next(
        i for i, c in enumerate(view.children) if view.backup_button in getattr(c, "children", ())
    )


def test_the_transfer_view_holds_both_and_tells_others_when_data_changed(wb):
    view = TransferView(wb)
    assert "netkit-import" in view.importer._dom_classes
    assert "netkit-export" in view.exporter._dom_classes
    calls = []
    view.on_change(lambda: calls.append(wb.count_contacts()))
    view.importer.upload.value = uploaded("c.csv", cf.linkedin(3))
    assert calls == []
    view.importer.confirm.click()
    assert calls == [5]


def test_the_backup_button_is_a_quiet_one(wb):
    assert ExportView(wb).backup_button.button_style == ""  # not the loudest on the page


def test_after_an_import_the_panel_folds_and_industries_are_asked_by_organisation(wb):
    from netkit.ui.contacts import ContactsView

    view = ContactsView(wb)
    assert view.transfer_open and view.form_open  # an empty workbook: both ways in
    view.transfer.importer.upload.value = uploaded(
        "Connections.csv", cf.linkedin(3, people=cf.COLLEAGUES, hidden=0))
    view.transfer.importer.confirm.click()
    assert not view.transfer_open and view.transfer_panel.layout.display == "none"
    assert not view.form_open  # the list comes first now
    assert "6 added" in view.notice.text and "netkit-ok" in view.notice._dom_classes
    assert view.total == 6 and len(view.rows) == 6
    step = view.industry_step
    assert step.is_open
    labels = [row.label.value for row in step.rows]
    assert "<b>3 people</b> at <b>GreenGrid Inc.</b>" in labels[0]
    assert "<b>2 people</b> at <b>Sunfield Power</b>" in labels[1]
    step.rows[0].industry.value = "Renewable energy"
    step.save.click()
    assert "Industry saved for 3 people (3 at GreenGrid Inc.)" in step.message.text
    assert [row.organization for row in step.rows] == ["Sunfield Power", "Brightwell Health"]
    grid = wb.contacts().query("organization.str.startswith('GreenGrid')")
    assert set(grid["industry"]) == {"Renewable energy"}
    view.search.value = "renewable"
    assert sorted(view.rows["name"]) == ["Kai Moe", "Ola Berg", "Pia Lund"]
    # The answer is offered again for the next organisation, and for the form.
    assert "Renewable energy" in step.rows[0].industry.options
    assert "Renewable energy" in view.form.industry.options


def test_saving_the_last_organisations_closes_the_step(wb):
    from netkit.ui.contacts import ContactsView

    wb.add_contact("Pia Lund", organization="GreenGrid")
    wb.add_contact("Ola Berg", organization="GreenGrid", industry="Utilities")
    view = ContactsView(wb)
    step = view.industry_step
    assert not step.is_open and step.bar.layout.display is None
    assert "1 person" in step.summary.value and "no industry yet" in step.summary.value
    step.start.click()
    assert [row.industry.value for row in step.rows] == ["Utilities"]  # what Ola has
    step.save.click()
    assert wb.count_without_industry() == 0
    assert not step.is_open and step.bar.layout.display == "none"
    assert "Industry saved for 1 person" in step.message.text


def test_saving_with_nothing_typed_says_so_and_writes_nothing(wb):
    from netkit.ui.industry_step import IndustryStep

    wb.add_contact("Pia Lund", organization="GreenGrid")
    step = IndustryStep(wb)
    step.start.click()
    before = cf.dump(wb)
    step.save.click()
    assert "Type an industry" in step.message.text and cf.dump(wb) == before


def test_an_organisation_gone_since_the_rows_were_shown_is_refused_in_place(wb):
    from netkit.ui.industry_step import IndustryStep

    pia = wb.add_contact("Pia Lund", organization="GreenGrid")
    wb.add_contact("Sol Ruiz", organization="Sunfield Power")
    step = IndustryStep(wb)
    step.start.click()
    wb.archive_contact(pia)  # in another tab, say
    before = cf.dump(wb)
    for row in step.rows:
        row.industry.value = "Energy"
    step.save.click()
    assert "netkit-error" in step.message._dom_classes
    assert "GreenGrid" in step.message.text and cf.dump(wb) == before


def test_restoring_into_an_empty_workbook_keeps_the_panel_open_to_say_so(wb, tmp_path):
    import netkit
    from netkit.ui.contacts import ContactsView

    with netkit.open_workbook(tmp_path / "old.sqlite") as old:
        old.fill_demo(80)
        backup = old.backup_bytes()
    view = ContactsView(wb)
    assert view.transfer_open
    exporter = view.transfer.exporter
    exporter.restore_upload.value = uploaded("netkit-backup.sqlite", backup)
    exporter.restore_confirm.click()
    assert "Restored from netkit-backup.sqlite" in exporter.message.text
    assert view.transfer_open and view.total == 80
