"""Targets: the organisations you want to work for, the five to work on now, whether a name
is an organisation or an industry, and who could introduce you there."""

import pytest

from netkit.errors import NetkitError
from netkit.identity import org_key
from netkit.targets import Candidates, target_kind


def test_organisation_names_are_normalised_for_matching():
    assert org_key("Medora Labs, Inc.") == org_key("medora labs")
    assert org_key("Maple & Co.") == "maple and"


def test_targets_know_who_you_already_know_there_and_put_the_top_five_first(wb):
    for name, motivation in (("Medora Labs", 3), ("Sunfield Power", 5), ("Northwind Grid", 4),
                             ("Brightwell Health", 4), ("Quillstone", 2), ("Evercrest", 1)):
        wb.add_target_organization(name, motivation=motivation)
    wb.add_contact("Ana Abara", organization="Medora Labs, Inc.", warmth=3)
    wb.add_contact("Ben Becker", organization="medora labs")
    frame = wb.targets()
    medora = frame.set_index("name").loc["Medora Labs"]
    assert medora["known_contacts"] == 2 and medora["known_names"].startswith("Ana Abara")
    assert list(frame["name"][:2]) == ["Sunfield Power", "Medora Labs"]  # 3 + a warm way in
    assert frame["top"].sum() == 5 and not frame.set_index("name").loc["Evercrest", "top"]
    assert "Ask Ana Abara" in medora["next_step"]


def test_who_could_introduce_ranks_by_warmth_relevance_and_responsiveness(wb):
    wb.set_profile(focus="Product analytics in healthcare")
    warm_inside = wb.add_contact("Ana Abara", organization="Medora Labs", warmth=3,
                                 industry="Healthcare technology")
    cold_inside = wb.add_contact("Ben Becker", organization="Medora Labs", warmth=0)
    in_industry = wb.add_contact("Cy Costa", industry="healthcare technology", warmth=2,
                                 title="Head of Analytics")
    close_elsewhere = wb.add_contact("Di Dahl", industry="Retail", warmth=3)
    wb.add_contact("Ed Eng", industry="Retail", warmth=1)  # an acquaintance elsewhere
    wb.mark_ask_replied(wb.record_ask(in_industry, "Hi", sent_at="2026-11-02"),
                        replied_at="2026-11-03")
    frame = wb.who_could_introduce(target_organization="Medora Labs")
    assert frame["id"][0] == warm_inside and frame["why"][0] == "close · works at Medora Labs"
    # A cold contact inside still ranks, below a warm, quick-answering one in a fitting role;
    # a close friend elsewhere comes after all of them, as someone who knows people anywhere.
    assert list(frame["id"]) == [warm_inside, in_industry, cold_inside, close_elsewhere]
    assert list(frame["for_anyone"]) == [False, False, False, True]
    assert frame["why"].iloc[-1] == "close · knows people in many fields"
    frame = wb.who_could_introduce(target_industry="Healthcare technology")
    assert list(frame["id"]) == [in_industry, warm_inside, close_elsewhere]
    assert frame["why"][0] == ("warm · in healthcare technology · role close to your focus"
                               " · answers quickly")
    assert "Ed Eng" not in set(frame["name"])


def test_close_friends_elsewhere_rank_below_everyone_at_the_target(wb):
    friend = wb.add_contact("Fay Fox", organization="Northway Freight", warmth=3,
                            title="Founder")
    wb.mark_ask_replied(wb.record_ask(friend, "Hi", sent_at="2026-11-02"),
                        replied_at="2026-11-03")
    cold_inside = wb.add_contact("Gus Gray", organization="Sunfield Power", warmth=0)
    warm = wb.add_contact("Hal Hu", organization="Pine & Co", warmth=2)
    frame = wb.who_could_introduce(target_organization="Sunfield Power")
    # Fay scores higher (close, senior, answers quickly) but does not work there.
    assert frame.set_index("id").loc[friend, "score"] > frame.set_index("id").loc[
        cold_inside, "score"]
    assert list(frame["id"]) == [cold_inside, friend, warm]
    assert frame["why"][2] == "warm · knows people in many fields"
    assert len(wb.who_could_introduce(target_organization="Sunfield Power", limit=1)) == 1


def test_who_could_introduce_uses_the_profile_when_no_target_is_given(demo_wb):
    frame = demo_wb.who_could_introduce()
    matching = frame[~frame["for_anyone"]]
    assert len(matching) > 0 and matching["score"].is_monotonic_decreasing
    assert frame["for_anyone"].is_monotonic_increasing  # those who match come first
    assert frame["why"].str.len().gt(0).all()


def test_your_target_organisations_become_exactly_the_list_you_give(wb):
    kept = wb.add_target_organization("Medora Labs", "Healthcare technology", 5,
                                      "Their analytics team is growing")
    wb.add_target_organization("Quillstone", motivation=2)
    counts = wb.set_target_organizations(["medora labs, inc.", "Sunfield Power",
                                          "Sunfield Power Ltd"])
    assert counts == {"added": 1, "kept": 1, "restored": 0, "archived": 1}
    frame = wb.target_organizations()
    assert list(frame["name"]) == ["Medora Labs", "Sunfield Power"]  # most motivating first
    medora = frame.set_index("name").loc["Medora Labs"]
    assert medora["id"] == kept and medora["motivation"] == 5
    assert medora["notes"] == "Their analytics team is growing"
    assert wb.profile()["target_organizations"] == ["Medora Labs", "Sunfield Power"]
    # Removed rows are kept (archived) and come back as they were.
    assert wb.conn.execute("SELECT count(*) FROM target_organizations").fetchone()[0] == 3
    assert wb.set_target_organizations(["Quillstone"]) == {
        "added": 0, "kept": 0, "restored": 1, "archived": 2}
    assert wb.target_organizations().iloc[0]["motivation"] == 2
    assert list(wb.targets()["name"]) == ["Quillstone"]


def test_one_name_with_a_comma_is_one_organisation(wb):
    wb.set_target_organizations("Medora Labs, Inc.")
    assert list(wb.target_organizations()["name"]) == ["Medora Labs, Inc."]


@pytest.mark.parametrize("names, message", [
    (["Sunfield Power", "  "], "Organisation number 2 has no name"),
    (["Sunfield Power", "!!!"], "needs a letter or a digit"),
    (["x" * 201], "longer than 200 characters"),
    ([["Sunfield"]], "Organisation number 1 must be text"),
    (42, "must be a list of names"),
])
def test_a_bad_list_of_organisations_changes_nothing(wb, names, message):
    wb.add_target_organization("Medora Labs")
    events = len(wb.events())
    with pytest.raises(NetkitError, match=message):
        wb.set_target_organizations(names)
    assert list(wb.target_organizations()["name"]) == ["Medora Labs"]
    assert len(wb.events()) == events


def test_the_profile_and_its_organisations_are_saved_together_or_not_at_all(wb):
    wb.set_profile(focus="Data analyst", target_organizations=["Sunfield Power"])
    assert wb.profile()["target_organizations"] == ["Sunfield Power"]
    with pytest.raises(NetkitError):
        wb.set_profile(focus="Nurse", country="Atlantis", target_organizations=["Medora Labs"])
    assert wb.profile()["focus"] == "Data analyst"
    assert wb.profile()["target_organizations"] == ["Sunfield Power"]
    with pytest.raises(NetkitError):
        wb.set_profile(focus="Nurse", target_organizations=["Medora Labs", ""])
    assert wb.profile()["focus"] == "Data analyst"


def test_a_typed_name_is_an_organisation_when_it_names_one_you_know_of(wb):
    wb.set_profile(target_industries=["Renewable energy"])
    wb.add_target_organization("Sunfield Power")
    wb.add_contact("Ivo Ilic", organization="Northway Freight", industry="Logistics")
    wb.add_contact("Jo Jones", organization="Power", industry="Power")
    for text in ("Sunfield Power", "sunfield power ltd", "Northway Freight"):
        assert wb.target_kind(text) == "organisation", text
    for text in ("Renewable energy", "logistics", "Power", "Acme Corp", "", None):
        assert wb.target_kind(text) == "industry", text  # "Power" is an industry you know
    read = Candidates(wb.store)
    assert [target_kind(read, t) for t in ("Sunfield Power", "Logistics", "Freight")] == [
        "organisation", "industry", "industry"]
