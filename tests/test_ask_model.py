"""The ask check's model: reproducible from the corpus, blind sets kept apart, a flag the
rules cannot name still explained, and "this is not a job ask" kept and counted."""

import json
import re
import subprocess
import sys
from collections import Counter

import pytest
from conftest import ROOT, netkit_env

import netkit
from netkit.askcheck import check_ask, has_mistake, mistakes
from netkit.askcheck.model import MODEL_FILE, load, read, terms
from netkit.askcheck.rules import rule_hits
from netkit.askcheck.training import CORPUS, fit, load_examples

VOICES = {"plain", "spanish", "indian", "nigerian", "chinese", "german", "french", "trades",
          "hospitality", "student", "texting", "career-changer"}
SHIPPED = json.loads((ROOT / "netkit" / "data" / MODEL_FILE).read_text(encoding="utf-8"))


def test_the_corpus_is_large_varied_and_apart_from_the_blind_sets():
    train = load_examples(CORPUS / "train")
    blind = load_examples(CORPUS / "blind")
    labels = Counter(e.job for e in train)
    assert labels[True] >= 600 and labels[False] >= 600
    for voice in VOICES:  # hundreds in all, and each voice with both labels
        mine = Counter(e.job for e in train if e.voice == voice)
        assert mine[True] >= 30 and mine[False] >= 30, voice
    assert len(blind) >= 200
    assert {e.voice for e in blind} == VOICES
    assert not {e.text for e in train} & {e.text for e in blind}
    assert len({e.text for e in train}) == len(train)


def test_the_shipped_model_is_what_the_corpus_gives():
    model = fit(load_examples(CORPUS / "train"), SHIPPED["c"], SHIPPED["threshold"])
    shipped = load()
    assert model.bias == shipped.bias and model.idf == shipped.idf
    assert model.weights == shipped.weights


def test_terms_are_words_pairs_letter_runs_and_the_rules():
    found = terms("Are you hiring? Are you?")
    assert found["w are"] == 2 and found["w you hiring"] == 1 and found["c hir"] == 1
    fired = {"r " + rule for *_, rule in rule_hits("are you hiring? are you?")}
    assert fired and {t for t in found if t[0] == "r"} == fired
    assert not [t for t in terms("How has hiring changed in your field?") if t[0] == "r"]
    assert not terms("")


def test_a_long_friendly_message_does_not_drown_its_one_job_line():
    model = load()
    line = "Is your team hiring?"
    news = " ".join(["We had a lovely time in Porto, the kids loved the beach."] * 6)
    short, long = model.vector(terms(line)), model.vector(terms(news + " " + line))
    words = [v for t, v in long.items() if t[0] == "w"]
    assert abs(sum(v * v for v in words) - 1.0) < 1e-9  # each block has unit length
    rules = [t for t in short if t[0] == "r"]
    assert rules and all(short[t] == long[t] for t in rules)


@pytest.mark.parametrize("message", [
    "hey bro ur kitchen need anyone on weekends? i can start whenever",
    "Good evening sir, kindly consider me if any vacancy arise in your esteemed organisation.",
])
def test_a_flag_the_rules_cannot_name_still_says_which_words(message):
    found = [f for f in check_ask(message) if f.severity == "mistake"]
    assert found, message
    assert found[0].excerpt and found[0].excerpt in message
    assert found[0].why.endswith(".") and found[0].suggestion


def test_the_model_reads_a_whole_message_and_a_good_ask_passes():
    good = ("Hi Ana, we met at the Leeds meetup. I'm exploring renewable energy and would "
            "love to hear how you got into it. Who else do you think I should talk to?")
    assert not read(good).flagged and not has_mistake(check_ask(good))
    assert 0.0 <= read(good).probability < load().threshold


def test_saying_not_a_job_ask_is_kept_counted_and_refused_when_nothing_was_flagged(wb):
    ana = wb.add_contact("Ana Abara")
    flagged = "Ana, we met at the fair. Is your team hiring? I'd love to know how you hire."
    assert mistakes(flagged)
    number = wb.not_a_job_ask(flagged, contact_id=ana)
    row = wb.disagreements().iloc[0]
    assert row["id"] == number and row["message"] == flagged and row["contact_id"] == ana
    assert row["code"] == "job-ask" and row["excerpt"]
    assert wb.stats()["check_disagreements"] == 1
    before = wb.disagreements()
    with pytest.raises(netkit.NetkitError, match="nothing to disagree"):
        wb.not_a_job_ask("Ana, we met at the fair. Who else should I talk to?")
    with pytest.raises(netkit.NetkitError):
        wb.not_a_job_ask(flagged, contact_id=999)
    assert wb.disagreements().equals(before)


def test_netkit_stats_shows_the_disagreements(tmp_path):
    path = tmp_path / "w.sqlite"
    with netkit.open_workbook(path) as wb:
        wb.not_a_job_ask("Are you hiring?")
    out = subprocess.run([sys.executable, "-m", "netkit", "stats"], capture_output=True,
                         text=True, env=netkit_env(path), timeout=60)
    assert out.returncode == 0, out.stderr
    assert re.search(r"^check disagreements +1$", out.stdout, re.M), out.stdout


def test_the_composer_lets_the_user_overrule_a_flag_and_send(wb):
    from netkit.ui.ask import AskView

    ana = wb.add_contact("Ana Abara", email="ana@example.org", how_known="the choir")
    view = AskView(wb)
    view.pick_contact(ana)
    view.text.value = "Hi Ana, from the choir! Who should I meet in nursing?"
    assert view.disagree.layout.display == "none"
    view.text.value = "Hi Ana, from the choir! Do you know anyone hiring nurses?"
    assert view.disagree.layout.display is None
    assert "netkit-ask-mistake" in view.mistake._dom_classes
    view.disagree.click()
    assert wb.stats()["check_disagreements"] == 1
    assert "netkit-ask-mistake" not in view.mistake._dom_classes
    assert view.disagree.layout.display == "none"
    view.send_button.click()
    assert wb.asks().iloc[0]["status"] == "sent"
    view.text.value += " Or any openings?"  # a changed message is checked again
    assert "netkit-ask-mistake" in view.mistake._dom_classes
