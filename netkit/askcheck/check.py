"""The ask check: flag the common mistake (asking about jobs) and the habits of a weak ask.

``check_ask(message, connection=None)`` returns a list of :class:`Finding`. Severity
``mistake`` is the common mistake — asking about hiring, openings, vacancies,
positions, job leads, a referral for a job, or sending a resume/CV. ``warning`` and
``note`` are about length, the closing question, stating the connection first, and
writing more about yourself than about the other person.

Judgement calls (each has examples in ``tests/ask_corpus.py``; the rules themselves are in
``rules``, ``senses`` and ``shapes``):

- **The principle.** The mistake is a *request to the reader* (a question, "could you",
  "please", "let me know", "if you hear of", "I'd be grateful if", an imperative) that
  concerns *employment for the writer*: a job, role, position, opening, vacancy,
  opportunity at an organisation, hiring, recruiting, headcount, a team growing or
  needing someone, a CV/resume/portfolio being sent or passed on, a referral, a
  reference, a good word, vouching, an interview, a foot in the door, HR or a recruiter
  as the recipient of the writer's profile. A few shapes are the mistake even as
  statements ("I've attached my CV", "I'd love to join your team", "I saw a posting at
  your company", "your team needs an analyst").
- **Negation is per clause.** "I'm not asking about jobs", "not after a referral", "I
  won't send a CV", "rather than ask about openings" pass; a "but" ends the clause, so
  "this isn't about jobs, but are you hiring?" is still the mistake. "Not sure if", "don't
  mind", "no pressure" are hedges, not negations ("I'm not sure whether you have any
  openings" is the mistake).
- **Third person and the past are descriptions.** "She was a hiring manager", "you
  interviewed hundreds of people", "your dad spent years recruiting nurses", "you hired
  me years ago", "thanks for putting in a good word last year" pass.
- **The reader's own career is a good question.** "How did you get into your role?",
  "what made you apply to Kestrel?", "how is the new job?", "your position on the new
  law" pass.
- **Hiring as a topic passes; hiring as an availability check does not.** "How has hiring
  changed in your field?", "what do hiring managers value?", "how does your company find
  good analysts?", "a talk on hiring trends" are insight about the field, so they pass.
  "Is your team hiring?", "who's hiring?", "is your team growing?" and "is your company
  growing its team?" are flagged (they ask about room for the writer); "how is your
  company growing its team?" passes (a how-question about their work).
- **Other senses.** Gallery, café, store and office openings, "opening new offices", an
  opening in a diary, positions as opinions, "in a position to", "the role of data",
  "the role you played", "a great job on the launch", "resume our chat", hiring a van,
  recruiting volunteers, references to papers, "refer me to someone who knows the field"
  (an introduction in other words), "can you vouch for the bootcamp" all pass.
- **People described by a job are introductions.** "Someone in a data engineering
  role", "anyone in senior positions", "a recruiter who'd chat about the market",
  "moving into HR" pass; the writer is asking to meet a person. "Introduce me to your
  recruiter / the hiring manager for the ops role" is the mistake: a gatekeeper to a job.
- **Saying you are job hunting is context**, not the mistake by itself ("I'm between
  jobs and using the time to learn. Who should I meet?"). It turns a vague request into
  the mistake: "I'm looking for work; if you know of anything, let me know."
- **News is not an ask.** "I applied to a few fintech companies last month", "I got an
  interview at Lumen", "I've done freelance work for years" pass; "could you check on my
  application?" does not. Applying for *a specific* vacancy ("I've applied for the data
  role at Crane") is flagged even as a statement: written to an insider, it asks for help.
- **"My CV"** is nearly always an offer to send it and is flagged, except when it is
  described ("my CV is mostly retail", "updating my CV"). "CV" alone can mean computer
  vision.
- **"apply"** for grants, funding, schools, programmes, visas, fellowships and
  scholarships is not a job ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import fold
from .model import read
from .rules import rule_hits

__all__ = ["Finding", "check_ask", "has_mistake", "mistakes", "word_count", "SEVERITIES",
           "LONG_WORDS", "TOO_LONG_WORDS"]

SEVERITIES = ("mistake", "warning", "note")
TOO_LONG_WORDS = 100
LONG_WORDS = 75
CONNECTION_WINDOW_WORDS = 25
# "I'm exploring X, I'd love..." with one "you" is not self-centred; three or more "I"s
# outnumbering "you" is where a reader starts to notice.
ABOUT_ME_MIN = 3


@dataclass(frozen=True)
class Finding:
    """One thing the check noticed: ``code``, ``severity`` (mistake/warning/note), ``why``
    (one sentence), ``suggestion`` (a better line), ``excerpt`` (the words that triggered it)."""

    code: str
    severity: str
    why: str
    suggestion: str
    excerpt: str = ""


_JOB_WHY = ("Asking about jobs puts people on the spot and usually ends the conversation; "
            "asking for introductions and insight keeps it going.")
_JOB_SUGGEST = ("Is there someone in {field} you'd feel comfortable introducing me to for a "
                "20-minute chat about their work?")
_RESUME_WHY = ("Sending a resume turns a friendly ask into a job application, which most "
               "people can only forward or ignore.")
_RESUME_SUGGEST = ("Leave the resume out; ask instead: who in {field} would you suggest I "
                   "talk to?")

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_FIRST = {"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"}
_SECOND = {"you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll", "u"}
_CONNECTION_CUES = re.compile(
    r"\b(?:we (?:met|worked|studied|sat|played|volunteered|were|used to)|met (?:at|through|"
    r"in|on)|worked together|work(?:ed)? with you|since (?:we|our|the)|from (?:our|the)|our "
    r"(?:old|time|days|kids|team|project|mutual)|it's been|been a while|long time|"
    r"last (?:time|month|week|year)|good to (?:see|catch|reconnect)|great (?:to see|seeing|"
    r"working)|lovely to|catch(?:ing)? up|as (?:a |my )?(?:fellow|former)|fellow|former|"
    r"classmate|colleague|neighbou?rs?|alumn|suggested i|mentioned you|thanks (?:again )?for|"
    r"thank you for|it's \w+ from|remember)\b"
)
_STOPWORDS = {"a", "an", "the", "at", "in", "of", "on", "from", "and", "or", "to", "with",
              "via", "my", "our", "your", "we", "for", "by", "met"}


def _normalise(text: str) -> str:
    return fold(text).replace("\u2019", "'").replace("\u2018", "'")


def word_count(message: str) -> int:
    """Words in the message (contractions count as one)."""
    return len(_WORD.findall(message or ""))


def _field(connection: dict | None, target: str | None) -> str:
    if target:
        return target
    if connection:
        return connection.get("industry") or connection.get("organization") or "your field"
    return "your field"


def _mistakes(raw: str, text: str, field: str) -> list[Finding]:
    """The common mistake: the model decides (it weighs the rules' findings with the words
    around them); the rules, where they fired, name the words and the kind."""
    hits = rule_hits(text)
    reading = read(raw, [rule for *_, rule in hits])
    if not reading.flagged:
        return []
    first: dict[str, str] = {}
    for code, excerpt, _ in hits:
        first.setdefault(code, excerpt)
    found = list(first.items()) or [("job-ask", reading.excerpt)]
    findings = []
    for code, excerpt in found:
        why, suggest = (_RESUME_WHY, _RESUME_SUGGEST) if code == "resume" else (_JOB_WHY,
                                                                                _JOB_SUGGEST)
        findings.append(Finding(code, "mistake", why, suggest.format(field=field), excerpt))
    return findings


def _names(text: str, target: str) -> bool:
    """Whether folded ``text`` names ``target`` (any of its longer words will do)."""
    words = [w for w in _WORD.findall(_normalise(target)) if len(w) > 3] \
        or _WORD.findall(_normalise(target))
    return any(re.search(rf"\b{re.escape(w)}", text) for w in words)


def _states_connection(text: str, connection: dict | None) -> bool:
    opening = " ".join(_WORD.findall(text)[:CONNECTION_WINDOW_WORDS])
    if _CONNECTION_CUES.search(opening):
        return True
    if connection:
        how = _normalise(connection.get("how_known") or "")
        words = [w for w in _WORD.findall(how) if w not in _STOPWORDS and len(w) > 2]
        if words and any(re.search(rf"\b{re.escape(w)}", opening) for w in words):
            return True
    return False


def check_ask(message: str, connection: dict | None = None,
              target: str | None = None) -> list[Finding]:
    """Check an ask and return what could be better, most serious first.

    :param message: the text of the ask (any length; empty gives one ``empty`` warning).
    :param connection: the contact as a dict (``how_known``, ``industry``, ``organization``
        are used to recognise the connection and to word suggestions), or None.
    :param target: what the ask is for (an industry or organisation), used in suggestions.
    """
    raw = message or ""
    if not raw.strip():
        return [Finding("empty", "warning", "There is nothing to check yet.",
                        "Start with how you know them, then ask who they could introduce you to.")]
    text = _normalise(raw)
    field = _field(connection, target)
    findings = _mistakes(raw, text, field)
    words = word_count(raw)
    if words > TOO_LONG_WORDS:
        findings.append(Finding(
            "too-long", "warning",
            f"At {words} words it is long for a busy person; under {TOO_LONG_WORDS} gets read, "
            f"under {LONG_WORDS} is better.",
            "Keep three things: how you know them, what you are exploring, and one question."))
    elif words > LONG_WORDS:
        findings.append(Finding(
            "long", "note", f"At {words} words it is fine, but under {LONG_WORDS} reads faster.",
            "Cut background the reader already knows about you."))
    if target and not _names(text, target):
        findings.append(Finding(
            "no-target", "note",
            f"It does not say what you are exploring, so the reader cannot think of whom to "
            f"introduce you to in {target}.",
            f"Say it in one line, like: I'm exploring {target} and would love to learn from "
            "someone who works in it."))
    if "?" not in raw:
        findings.append(Finding(
            "no-question", "warning",
            "Without a question the reader does not know what you hope they will do.",
            f"End with a question, like: who in {field} would you suggest I talk to?"))
    if not _states_connection(text, connection):
        how = (connection or {}).get("how_known")
        first = ((connection or {}).get("name") or "").split(" ")[0] or "there"
        line = (f"Hi {first}, we know each other from {how}." if how
                else f"Hi {first}, we met at ... (say how you know each other).")
        findings.append(Finding(
            "no-connection", "warning",
            "Saying first how you know each other tells the reader why you are writing to them.",
            line))
    tokens = [w.replace("\u2019", "'") for w in _WORD.findall(text)]
    mine = sum(t in _FIRST for t in tokens)
    yours = sum(t in _SECOND for t in tokens)
    if mine > yours and mine >= ABOUT_ME_MIN:
        findings.append(Finding(
            "about-me", "note",
            f"It says “I/me/my” {mine} times and “you/your” {yours} times; people answer "
            "messages that are about them.",
            "Mention something about their work: “You know the people in ... better than anyone.”"))
    order = {severity: n for n, severity in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: order[f.severity])


def has_mistake(findings: list[Finding]) -> bool:
    """True when the findings include the common mistake."""
    return any(f.severity == "mistake" for f in findings)


def mistakes(message: str) -> list[tuple[str, str]]:
    """``(code, excerpt)`` of each common-mistake finding in ``message`` (empty when none)."""
    return [(f.code, f.excerpt) for f in check_ask(message) if f.severity == "mistake"]
