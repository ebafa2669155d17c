"""The ask check: the common mistake is flagged, innocent look-alikes pass, habits get notes."""

import subprocess
import sys

import pytest
from ask_corpus import CORPUS
from conftest import ROOT, netkit_env

from netkit.askcheck import check_ask, has_mistake


def test_the_mistake_check_has_high_precision_and_recall_on_the_labelled_corpus():
    tp = fp = fn = 0
    wrong = []
    for label, message in CORPUS:
        predicted = has_mistake(check_ask(message))
        tp += predicted and label
        fp += predicted and not label
        fn += label and not predicted
        if predicted != label:
            wrong.append(message)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    bad = sum(label for label, _ in CORPUS)
    print(f"\nask corpus: {len(CORPUS)} asks ({bad} with the mistake); "
          f"precision {precision:.3f}, recall {recall:.3f}")
    assert len(CORPUS) >= 60
    assert precision >= 0.95 and recall >= 0.95, wrong


@pytest.mark.parametrize("message", [
    "Hi Ana, we met at the meetup. I'm not asking about jobs; who should I talk to?",
    "Ben, we worked together. Your sister used to be a hiring manager; would she chat?",
    "Chiara, from our old team: how did you get into this position? Who else should I ask?",
    "Dev, we studied together. I'm not looking for open positions, just advice. Who knows it?",
    "Eve, we met at the meetup. How is your company growing its team? Who leads that?",
    "Fay, we met at the fair. You're in a great position to see the field. Who should I meet?",
])
def test_innocent_look_alikes_pass(message):
    assert not has_mistake(check_ask(message))


@pytest.mark.parametrize("phrase", [
    "are you hiring", "any openings", "know of any roles", "put in a good word",
    "pass my CV along", "job leads", "opportunities on your team",
])
def test_each_common_phrasing_of_the_mistake_is_flagged(phrase):
    findings = check_ask(f"Hi Ana, we met at the meetup. Could you help: {phrase}?")
    mistakes = [f for f in findings if f.severity == "mistake"]
    assert mistakes and mistakes[0].why and mistakes[0].suggestion


@pytest.mark.parametrize("message", [
    # negation reaches to the end of its clause, and no further
    "Ana, we met at the meetup. I'm not after a referral, just advice: who should I meet?",
    "Ben, we met at the fair. I won't be sending a CV or anything like that. Who knows retail?",
    # third person and the past describe; they do not ask
    "Cy, we studied together. Your dad spent years recruiting nurses; would he chat about it?",
    "Di, we worked together. Thanks again for putting in a good word last year! Who else?",
    # the reader's own career, and hiring as a topic
    "Eve, we met at the fair. How did you land your first role in publishing? Who else?",
    "Fay, we met at the summit. How has hiring changed in design since AI tools arrived?",
    # other senses
    "Gus, we met at the gallery opening. What did you think of your positions on transit?",
    "Hal, we met at the meetup. You did a great job on the launch; who else worked on it?",
    # news and context are not asks
    "Ivy, we met at the fair. I got an interview at Lumen last week! Who knows the culture?",
    "Jo, we studied together. I'm between jobs and using the time to learn. Who should I meet?",
])
def test_judgement_calls_that_pass(message):
    assert not has_mistake(check_ask(message))


@pytest.mark.parametrize("message", [
    "Ana, we met at the meetup. I'm not sure whether you have any openings, but I thought I'd ask.",
    "Ben, we met at the fair. I heard your team needs a new analyst. I'd love to chat about it.",
    "Cy, we studied together. I'm looking for work. If you know of anything, please let me know.",
    "Di, we met at the fair. is their any open positons at your office? I would love to aply.",
    "Eve, we worked together. Please can you help me to find work in your company?",
    "Fay, we met at the summit. I wondered whether there might be an opportunity for me at Crane.",
    "Gus, we met at the meetup. I'd be so grateful for a referral to Lumen's data team.",
    "Hal, we studied together. Can I email you my CV?",
])
def test_judgement_calls_that_are_the_mistake(message):
    assert has_mistake(check_ask(message))


def test_the_excerpt_names_the_words_that_made_the_mistake():
    findings = check_ask("Ana, we met at the meetup. Could you keep me in mind for analyst roles?")
    excerpt = next(f.excerpt for f in findings if f.code == "job-ask")
    assert excerpt and excerpt in "could you keep me in mind for analyst roles?"


def test_a_negation_followed_by_but_is_still_the_mistake():
    assert has_mistake(check_ask("Ana, we met at the meetup. Not about jobs, but are you hiring?"))


def test_length_question_connection_and_about_me_findings():
    long_text = "Hi Ana, we met at the meetup. " + "You know the field well. " * 20 + "Who?"
    codes = {f.code: f.severity for f in check_ask(long_text)}
    assert codes["too-long"] == "warning"
    medium = "Hi Ana, we met at the meetup. " + "You know the field. " * 18 + "Who?"
    assert {f.code: f.severity for f in check_ask(medium)}.get("long") == "note"
    codes = {f.code for f in check_ask("I think I should tell you that I want my own advice.")}
    assert {"no-question", "no-connection", "about-me"} <= codes


def test_the_connection_is_recognised_from_how_you_know_them():
    contact = {"name": "Ana Abara", "how_known": "volunteering at the food bank"}
    message = "Hi Ana, the food bank shifts were fun! Who in energy should I meet?"
    assert "no-connection" not in {f.code for f in check_ask(message, contact)}
    assert "no-connection" in {f.code for f in check_ask(message)}


def test_a_good_ask_has_no_findings():
    good = "Hi Ana, we met at the meetup. You know energy well: who should I talk to?"
    assert check_ask(good) == []


def _check_ask_cli(text):
    return subprocess.run([sys.executable, "-m", "netkit", "check-ask"], input=text, text=True,
                          capture_output=True, env=netkit_env(ROOT / "unused.sqlite"), timeout=60)


def test_check_ask_cli_exits_1_on_the_mistake_and_0_otherwise():
    bad = _check_ask_cli("Hi Ana, we met at the meetup. Are you hiring?")
    assert bad.returncode == 1 and "job-ask" in bad.stdout and "try:" in bad.stdout
    good = _check_ask_cli("Hi Ana, we met at the meetup. Who should I talk to?")
    assert good.returncode == 0, good.stdout + good.stderr
    weak = _check_ask_cli("I want advice")
    assert weak.returncode == 0 and "no-question" in weak.stdout


def test_the_hold_out_asks_are_new_and_their_scores_are_reported():
    """Printed, not asserted: an honest estimate on asks the rules were not tuned on."""
    from ask_holdout import HOLDOUT

    assert len(HOLDOUT) >= 20 and not {m for _, m in HOLDOUT} & {m for _, m in CORPUS}
    tp = sum(has_mistake(check_ask(m)) and label for label, m in HOLDOUT)
    fp = sum(has_mistake(check_ask(m)) and not label for label, m in HOLDOUT)
    fn = sum(label and not has_mistake(check_ask(m)) for label, m in HOLDOUT)
    precision = tp / (tp + fp) if tp + fp else 1.0
    print(f"\nask hold-out: {len(HOLDOUT)} asks; precision {precision:.2f}, "
          f"recall {tp / (tp + fn):.2f}")
