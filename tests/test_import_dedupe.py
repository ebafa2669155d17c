"""The same person from two files becomes one contact; the preview says what would change."""

import contact_files as cf
import pytest

from netkit import NetkitError


def test_reimporting_the_same_file_adds_nothing(wb, tmp_path):
    path = cf.write(tmp_path, "Connections.csv", cf.linkedin(3))
    first = wb.import_file(path)
    again = wb.import_file(path)
    assert first["added"] == 5
    assert again["added"] == 0 and again["merged"] == 5 and again["updated"] == 0
    assert wb.count_contacts() == 5


@pytest.mark.parametrize(
    "maker",
    [
        lambda: cf.linkedin(1),
        lambda: cf.google(),
        lambda: cf.google(True),
        lambda: cf.outlook("cp1252"),
        lambda: cf.VCARD_21 + cf.VCARD_30,
    ],
)
def test_reimporting_any_format_adds_nothing(wb, tmp_path, maker):
    path = cf.write(tmp_path, "f", maker())
    wb.import_file(path)
    before = wb.count_contacts()
    assert wb.import_file(path)["added"] == 0
    assert wb.count_contacts() == before


def test_the_same_person_from_linkedin_and_google_becomes_one_contact(wb, tmp_path):
    wb.import_file(cf.write(tmp_path, "li.csv", cf.linkedin(3)))
    plan = wb.preview_import(cf.write(tmp_path, "g.csv", cf.google(legacy=True)))
    # Bo is matched by e-mail, though Google spells the company without ", Inc.".
    bo = next(m for m in plan.merges if m.name == "Bo Lindqvist")
    assert bo.via == "same e-mail"
    assert bo.changes == {"phone": (None, "+46 555 0101")}
    assert plan.counts["added"] == 1 and plan.counts["merged"] == 1
    # the preview says it in words: no "(1 gain details)"
    assert "1 already in your workbook (1 will get new details)" in plan.summary()
    assert "gain" not in " ".join(plan.lines())
    wb.apply_import(plan)
    frame = wb.contacts()
    assert (frame["name"] == "Bo Lindqvist").sum() == 1
    assert frame.set_index("name").loc["Bo Lindqvist", "phone"] == "+46 555 0101"


def test_name_and_organisation_match_when_there_is_no_email(wb, tmp_path):
    ana = wb.add_contact("ana perez", organization="Northwind Labs Inc")
    plan = wb.preview_import(cf.write(tmp_path, "li.csv", cf.linkedin(3)))
    merge = next(m for m in plan.merges if m.contact_id == ana)
    assert merge.via == "same name and organisation"
    assert merge.changes["title"] == (None, "Data Engineer")
    assert "Would change:" in plan.lines()


def test_your_own_values_are_kept_and_the_difference_is_shown(wb, tmp_path):
    wb.add_contact("Bo Lindqvist", email="bo@example.org", title="Founder")
    plan = wb.preview_import(cf.write(tmp_path, "li.csv", cf.linkedin(3)))
    merge = next(m for m in plan.merges if m.name == "Bo Lindqvist")
    assert merge.kept["title"] == ("Founder", 'Head of "Growth"')
    wb.apply_import(plan)
    assert wb.contacts().set_index("name").loc["Bo Lindqvist", "title"] == "Founder"


def test_near_misses_are_added_unless_the_user_confirms_they_are_the_same(wb, tmp_path):
    known = wb.add_contact("Dmitri ONeil", organization="Harbor Health")
    chloe = wb.add_contact("Chloé Dubois", organization="Another Firm")
    plan = wb.preview_import(cf.write(tmp_path, "li.csv", cf.linkedin(1)))
    misses = {m.contact_id: m for m in plan.near_misses}
    assert misses[known].reason == "similar name at the same organisation"
    assert misses[chloe].reason == "same name, different organisation"
    counts = wb.apply_import(plan, confirmed_near_misses=[misses[known].number])
    assert counts["added"] == 4 and counts["merged"] == 1
    frame = wb.contacts().set_index("id")
    assert frame.loc[known, "title"] == "Nurse Manager, ICU"
    assert len(frame) == 6  # Chloé (not confirmed) was added as a separate person


def test_confirming_a_number_that_is_not_a_near_miss_is_refused(wb, tmp_path):
    plan = wb.preview_import(cf.write(tmp_path, "li.csv", cf.linkedin(1)))
    with pytest.raises(NetkitError, match="not one of the possible duplicates"):
        wb.apply_import(plan, confirmed_near_misses=[7])
    assert wb.count_contacts() == 0


def test_a_preview_goes_stale_when_the_workbook_changes(wb, tmp_path):
    plan = wb.preview_import(cf.write(tmp_path, "li.csv", cf.linkedin(1)))
    wb.add_contact("Someone Else")
    with pytest.raises(NetkitError, match="changed since this preview"):
        wb.apply_import(plan)
    assert wb.count_contacts() == 1


def test_duplicate_rows_inside_one_file_become_one_contact(wb, tmp_path):
    data = "Name,Email,Phone\nPia Lund,pia@example.org,\nPIA LUND,pia@example.org,+45 555\n"
    counts = wb.import_file(cf.write(tmp_path, "d.csv", data))
    assert counts["added"] == 1 and counts["merged"] == 1
    assert wb.contacts().loc[0, "phone"] == "+45 555"


def test_an_import_is_one_event_in_the_log(wb, tmp_path):
    before = len(wb.events())
    wb.import_file(cf.write(tmp_path, "li.csv", cf.linkedin(3)))
    events = wb.events(limit=len(wb.events()) - before)
    assert list(events["action"]) == ["import"]
    assert '"added": 5' in events.loc[0, "data"]


def test_an_introducer_named_later_in_the_same_file_is_linked_not_doubled(wb, tmp_path):
    data = (
        "Name,Company,Introduced by\n"
        "Ines Costa,Solace Games,Hana Novák\n"
        "Hana Novák,Riverbend Schools,\n"
    )
    counts = wb.import_file(cf.write(tmp_path, "chain.csv", data))
    assert counts["added"] == 2 and counts["referrals_created"] == 0
    frame = wb.contacts().set_index("name")
    assert frame.loc["Ines Costa", "introduced_by_name"] == "Hana Novák"
    assert frame.loc["Ines Costa", "chain_depth"] == 1


def test_introducers_that_would_go_round_in_a_circle_are_left_out_with_a_note(wb, tmp_path):
    data = "Name,Introduced by\nAda One,Bea Two\nBea Two,Ada One\n"
    plan = wb.preview_import(cf.write(tmp_path, "loop.csv", data))
    assert any("circle" in w for w in plan.warnings)
    wb.apply_import(plan)
    frame = wb.contacts().set_index("name")
    assert frame["introduced_by"].notna().sum() == 1
    assert frame["chain_depth"].max() == 1


def test_a_bad_email_in_one_row_is_left_out_with_a_note_and_the_person_kept(wb, tmp_path):
    plan = wb.preview_import(cf.write(tmp_path, "e.csv", "Name,Email\nPia Lund,not-an-address\n"))
    assert "e.csv, line 2" in plan.warnings[0]
    wb.apply_import(plan)
    assert wb.contacts().loc[0, "email"] is None
