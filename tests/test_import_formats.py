"""Every real-world contacts file a job seeker has on disk comes in, detected by content."""

import contact_files as cf
import pytest

from netkit import NetkitError


def names(wb):
    return set(wb.contacts()["name"])


@pytest.mark.parametrize("generation", [1, 2, 3])
@pytest.mark.parametrize(
    "bom,crlf,excel", [(False, True, False), (True, True, True), (True, False, False)]
)
def test_every_generation_of_linkedin_connections_comes_in(
    wb, tmp_path, generation, bom, crlf, excel
):
    path = cf.write(
        tmp_path,
        "export.txt",
        cf.linkedin(generation, bom=bom, crlf=crlf, excel_dates=excel, hidden=2),
    )
    counts = wb.import_file(path)
    assert counts == {**counts, "added": 5, "merged": 0, "skipped": 2}
    frame = wb.contacts().set_index("name")
    assert "Bo Lindqvist" in frame.index and "Eun-ji Park 🌱" in frame.index
    assert frame.loc["Bo Lindqvist", "organization"] == "Bluefin Analytics, Inc."
    assert frame.loc["Bo Lindqvist", "title"] == 'Head of "Growth"'
    assert frame.loc["Bo Lindqvist", "email"] == "bo@example.org"
    assert frame.loc["Ana Pérez", "connected_on"] == "2026-02-08"
    assert set(frame["source"]) == {"linkedin"}
    if generation == 3:
        assert (
            frame.loc["Chloé Dubois", "profile_url"] == "https://www.linkedin.com/in/chloe-dubois"
        )


def test_the_linkedin_preview_counts_hidden_profiles_as_skipped_with_a_reason(wb, tmp_path):
    plan = wb.preview_import(cf.write(tmp_path, "c.csv", cf.linkedin(3, hidden=3)))
    assert plan.format == "linkedin"
    assert plan.counts["skipped"] == 3
    assert "hidden profile" in " ".join(plan.lines())
    assert wb.count_contacts() == 0  # a preview writes nothing


@pytest.mark.parametrize("legacy", [False, True])
def test_google_contacts_current_and_legacy_come_in_with_labels_and_multiline_notes(
    wb, tmp_path, legacy
):
    path = cf.write(tmp_path, "google.csv", cf.google(legacy))
    plan = wb.preview_import(path)
    assert plan.format == "google"
    wb.apply_import(plan)
    frame = wb.contacts().set_index("name")
    if legacy:
        farah = frame.loc["Farah Haddad"]
        assert farah["email"] == "farah@example.org"
        assert farah["organization"] == "Meridian Bank" and farah["title"] == "Risk Analyst"
        assert farah["notes"].startswith("Met at the meetup.\nLikes climbing.")
        assert "farah.h@example.net" in farah["notes"]
        assert farah["tags"] == "Mentors"
    else:
        gustavo = frame.loc["Gustavo Reyes"]
        assert gustavo["notes"] == 'Knows everyone in freight.\n"Call Tuesdays"'
        assert gustavo["tags"] == "Freight, Mentors"
        assert gustavo["profile_url"] == "https://www.linkedin.com/in/gustavo-reyes"
        assert gustavo["location"] == "12 Dock St Portland, OR"
        assert "Nameless Org" not in frame.index
        assert plan.counts["skipped"] == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("reverse", [False, True])
def test_outlook_exports_in_any_encoding_and_column_order_map_referred_by(
    wb, tmp_path, encoding, reverse
):
    path = cf.write(tmp_path, "contacts.CSV", cf.outlook(encoding, reverse))
    counts = wb.import_file(path)
    assert counts["added"] == 4 and counts["referrals_created"] == 1
    frame = wb.contacts().set_index("name")
    assert frame.loc["Hana Novák", "tags"] == "School, Mentor"
    assert frame.loc["Hana Novák", "notes"] == "Café chat in May"
    assert frame.loc["Ines Costa", "introduced_by_name"] == "Hana Novák"
    assert frame.loc["Ines Costa", "chain_depth"] == 1
    assert frame.loc["Jonas Weber", "introduced_by_name"] == "Karl Ödegaard"
    assert frame.loc["Karl Ödegaard", "source"] == "referral"


def test_referred_by_links_to_a_contact_you_already_have(wb, tmp_path):
    hana = wb.add_contact("Hana Novak", organization="Elsewhere")
    wb.import_file(cf.write(tmp_path, "o.csv", cf.outlook("utf-16")))
    ines = wb.contacts().set_index("name").loc["Ines Costa"]
    assert ines["introduced_by"] == hana


@pytest.mark.parametrize(
    "text,expected",
    [
        (cf.VCARD_21, {"Jürgen Müller", "Kenji Sato"}),
        (cf.VCARD_30, {"Lena Okafor", "Mateo Rossi"}),
        (cf.VCARD_40, {"Nia Mensah", "Oskar Berg"}),
    ],
)
def test_vcards_of_every_version_come_in_one_contact_per_card(wb, tmp_path, text, expected):
    counts = wb.import_file(cf.write(tmp_path, "people.dat", text))
    assert names(wb) == expected
    assert counts["added"] == 2


def test_vcard_details_quoted_printable_charsets_folding_and_org_units(wb, tmp_path):
    wb.import_file(cf.write(tmp_path, "a.vcf", cf.VCARD_21 + cf.VCARD_30 + cf.VCARD_40))
    frame = wb.contacts().set_index("name")
    assert frame.loc["Jürgen Müller", "organization"] == "Café Verlag"
    assert (
        frame.loc["Jürgen Müller", "notes"]
        == "Long note that goes on and on over a soft line break"
    )
    assert frame.loc["Lena Okafor", "notes"] == "Writes about energy markets"
    assert frame.loc["Lena Okafor", "tags"] == "Press, Energy"
    assert frame.loc["Lena Okafor", "organization"] == "Vantage Media"
    assert frame.loc["Nia Mensah", "location"] == "Accra, Ghana"
    assert frame.loc["Kenji Sato", "phone"] == "+81 555 0104"
    assert wb.preview_import(cf.write(tmp_path, "b.vcf", cf.VCARD_40)).skipped == [
        (13, "no name (no FN or N)")
    ]


def test_the_format_comes_from_the_content_not_the_file_name(wb, tmp_path):
    assert wb.preview_import(cf.write(tmp_path, "cards.csv", cf.VCARD_30)).format == "vcard"
    assert wb.preview_import(cf.write(tmp_path, "x.vcf", cf.linkedin(1))).format == "linkedin"
    assert wb.preview_import(cf.write(tmp_path, "y.txt", cf.outlook("utf-16"))).format == "outlook"
    assert wb.preview_import(cf.write(tmp_path, "z.csv", cf.google(True))).format == "google"


def test_a_forced_format_that_does_not_fit_is_one_clear_error(wb, tmp_path):
    path = cf.write(tmp_path, "g.csv", cf.google())
    with pytest.raises(NetkitError, match=r"g\.csv, line 1: no LinkedIn header"):
        wb.import_file(path, format="linkedin")
    with pytest.raises(NetkitError, match="not a format"):
        wb.import_file(path, format="excel")


def test_any_csv_maps_columns_by_guess_and_remembers_the_users_correction(wb, tmp_path):
    data = "Full Name;Employer;Role;Mail\nPia Lund;Acme;CTO;pia@example.org\n".replace(";", ",")
    path = cf.write(tmp_path, "list.csv", data)
    columns, mapping = wb.import_columns(path)
    assert mapping == {
        "Full Name": "name",
        "Employer": "organization",
        "Role": "title",
        "Mail": "email",
    }
    corrected = {**mapping, "Role": "industry"}
    wb.import_file(path, mapping=corrected)
    assert wb.contacts().loc[0, "industry"] == "CTO"
    # The same header again: the correction is remembered.
    other = cf.write(
        tmp_path, "list2.csv", data.replace("Pia Lund", "Ola Berg").replace("pia@", "ola@")
    )
    assert wb.import_columns(other)[1]["Role"] == "industry"
    assert wb.preview_import(other).mapping["Role"] == "industry"


def test_a_csv_without_a_name_column_is_refused(wb, tmp_path):
    path = cf.write(tmp_path, "n.csv", "Employer,Role\nAcme,CTO\n")
    with pytest.raises(NetkitError, match=r"n\.csv, line 1: no column holds names"):
        wb.import_file(path)
