"""The ask check: flag the common mistake (asking about jobs) and the habits of a weak ask.

``check_ask(message, connection=None)`` returns a list of :class:`Finding`. Severity
``mistake`` is the common mistake — asking about hiring, openings, vacancies,
positions, job leads, a referral for a job, or sending a resume/CV. ``warning`` and
``note`` are about length, the closing question, stating the connection first, and
writing more about yourself than about the other person.

Judgement calls (each has an example in ``tests/ask_corpus.py``):

- **Negation.** A job word after "not", "never", "rather than", "instead of",
  "without", "avoid" in the same sentence is innocent ("I'm not asking about jobs",
  "rather than ask about openings") — unless a "but" follows the negation, because
  "this isn't about jobs, but are you hiring?" is still the mistake.
- **"hiring"** is the mistake as something happening now ("are you hiring", "who's
  hiring", "hiring for analysts"); as a noun for a person or a process ("a hiring
  manager", "hiring panels") it is innocent — but asking *who the hiring manager is*, or
  to be put in touch with them, is the mistake.
- **"position"** is the mistake only as a job to fill ("open position", "positions
  available", "a position at Medora"); "how did you get into this position?", "in a
  great position to see" and the verb "position yourself" are innocent.
- **"role"** is the mistake when it is a vacancy ("any roles", "open roles", "recommend
  me for a role", "refer me for the research role"); "your current role", "how you came
  to your role" are innocent.
- **"refer"** is innocent when it points at a person to learn from ("refer me to someone
  who knows the field" is an introduction in other words); "refer me" for a job, "an
  employee referral", "put in a good word" and "put my name forward" are the mistake.
- **"opportunity"** is the mistake for work ("job opportunities", "opportunities on your
  team", "any opportunity at Brightpath"); "thank you for the opportunity to help" is innocent.
- **Resume/CV**: attaching, sending or passing on a resume, CV or cover letter is the
  mistake. "resume" as the verb ("resume our chat") is innocent, and so is a bare "CV"
  that is not yours or being sent ("exploring CV and robotics" means computer vision).
- **"apply"** for or to something is the mistake, except for grants, funding, schools,
  programmes, visas, fellowships and scholarships.
- **"openings"** of stores, shops, sites, clinics, offices, branches, restaurants and
  galleries are events, not vacancies; **"recruiting"** volunteers or participants is not
  a job ask.
- **"recruiter"/HR** is the mistake as a request ("introduce me to your recruiter");
  mentioning that someone ran a recruiting booth is innocent.
- **"opening"** in the singular is innocent ("the opening of the new library"); plural
  "openings", "job opening" and "anything opens up" are the mistake.
- **The generic layer**: a job word ("job", "role", "opening", "hire", "contractor", ...)
  and a request ("is there", "any", "for me", "could you", ...) in one sentence is the
  mistake, unless the sentence is about the reader's own work or the field ("your role",
  "hiring is slow", "what does an analyst do", "how did you ...", "who else").
- Saying you are job hunting is context, not the mistake by itself; "keep me in mind"
  and "if anything comes up" turn it into a job request, so they are flagged.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from .ask_rules import find_mistakes
from .text import fold

__all__ = ["Finding", "check_ask", "has_mistake", "word_count", "SEVERITIES",
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

    def as_dict(self) -> dict:
        return asdict(self)


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


def _mistakes(text: str, field: str) -> list[Finding]:
    findings = []
    for code, excerpt in find_mistakes(text):
        why, suggest = (_RESUME_WHY, _RESUME_SUGGEST) if code == "resume" else (_JOB_WHY,
                                                                                _JOB_SUGGEST)
        findings.append(Finding(code, "mistake", why, suggest.format(field=field), excerpt))
    return findings


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
    findings = _mistakes(text, field)
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
