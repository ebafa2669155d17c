"""Targets: the five to work on now, and who could introduce you there."""

from netkit.identity import org_key


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
    wb.add_contact("Di Dahl", industry="Retail", warmth=3)
    wb.mark_ask_replied(wb.record_ask(in_industry, "Hi", sent_at="2026-11-02"),
                        replied_at="2026-11-03")
    frame = wb.who_could_introduce(target_organization="Medora Labs")
    assert frame["id"][0] == warm_inside and frame["why"][0] == "close · works at Medora Labs"
    # A cold contact inside still ranks, below a warm, quick-answering one in a fitting role.
    assert list(frame["id"]) == [warm_inside, in_industry, cold_inside]
    frame = wb.who_could_introduce(target_industry="Healthcare technology")
    assert list(frame["id"]) == [in_industry, warm_inside]
    assert frame["why"][0] == ("warm · in healthcare technology · role close to your focus"
                               " · answers quickly")
    assert "Di Dahl" not in set(frame["name"])


def test_who_could_introduce_uses_the_profile_when_no_target_is_given(demo_wb):
    frame = demo_wb.who_could_introduce()
    assert len(frame) > 0 and frame["score"].is_monotonic_decreasing
    assert frame["why"].str.len().gt(0).all()
