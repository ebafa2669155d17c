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

_ROLE = r"(?:role|roles|job|jobs|position|positions|opening|openings|vacancy|vacancies)"
_ORG = r"(?:team|company|firm|organi[sz]ation|group|department|office|place|side|org)"
# (code, pattern) on folded text with straight apostrophes. Order matters only for the excerpt.
_MISTAKE_PATTERNS: list[tuple[str, str]] = [
    ("job-ask", r"\b(?:are|is|be|'re|'s|was|were|currently|still|actively|start(?:ing)?)\s+"
                r"(?:\S+\s+){0,3}?hiring\b(?!\s+(?:managers?|process|panels?|committees?|"
                r"decisions?|practices?))"),
    ("job-ask", r"\bhiring\s+(?:for|now|right now|at the moment|currently|these days|this year)\b"),
    ("job-ask", r"\b(?:anyone|anybody|someone|companies|teams|places|firms|employers|who)\b"
                r"(?:\s+\S+){0,3}\s+(?:hiring|recruiting)\b(?!\s+(?:managers?|booth|process))"),
    ("job-ask", r"\bwho(?:'s| is)\s+(?:\S+\s+){0,2}hiring\b(?!\s+managers?\s+(?:at|in)\s)"),
    ("job-ask", r"\bwho(?:'s| is) the hiring manager\b"),
    ("job-ask", r"\b(?:to|with|meet|contact)\s+(?:the|your)\s+hiring manager\b"),
    ("job-ask", r"\b(?:recruiting|looking to hire|taking on new people|hire me)\b"
                r"(?!\s+(?:booth|events?|fair|for (?:volunteers|participants|members|the study)"
                r"|volunteers|participants|is|was|has been))"),
    ("job-ask", r"\b(?:vacancy|vacancies)\b"),
    ("job-ask", r"(?<!store )(?<!shop )(?<!site )(?<!clinic )(?<!office )(?<!branch )"
                r"(?<!restaurant )(?<!gallery )\bopenings\b"),
    ("job-ask", r"\b(?:job|jobs)\s+(?:openings?|leads?|opportunit(?:y|ies)|postings?|offers?)\b"),
    ("job-ask", r"\b(?:leads?|tips?)\s+on\s+(?:any\s+|a\s+)?"
                r"(?:jobs?|roles?|positions?|openings?)\b"),
    ("job-ask", r"\bopen\s+(?:roles?|positions?|reqs?|requisitions?|jobs?|headcount)\b"),
    ("job-ask", r"\b" + _ROLE + r"\s+(?:available|open|going)\b"),
    ("job-ask", r"\b(?:any|an?)\s+(?:\S+\s+){0,2}?(?:roles?|jobs?|positions?)\s+"
                r"(?:on|at|in|with|for)\s+(?:your|the|my|a|an)?\s*(?:\S+\s+){0,2}?"
                r"(?:" + _ORG + r"|[a-z]+\s+(?:labs|power|grid|health|bank|capital|insurance|"
                r"systems|digital|learning|renewables|co\.?|inc\.?))\b"),
    ("job-ask", r"\b(?:any|a)\s+(?:\S+\s+)?(?:roles?|jobs?|positions?|opportunit(?:y|ies))\s+"
                r"(?:at|on|with)\s+[a-z]"),
    ("job-ask", r"\bany\s+(?:open\s+|good\s+|new\s+)?(?:roles|jobs|positions)\b"),
    ("job-ask", r"\bknow\s+(?:of\s+)?(?:any|a)\s+(?:\S+\s+){0,2}?(?:roles?|jobs?|positions?|"
                r"openings?)\b"),
    ("job-ask", r"\b(?:chance|possibility)\s+of\s+(?:a|an)\s+(?:\S+\s+)?(?:role|job|position)\b"),
    ("job-ask", r"\b(?:opportunit(?:y|ies))\s+(?:on|at|in|with)\s+(?:your|the)\s+(?:\S+\s+)?"
                + _ORG + r"\b"),
    ("job-ask", r"\b(?:job|career|work|employment)\s+opportunit(?:y|ies)\b"),
    ("job-ask", r"\b(?:any|an)\s+opportunit(?:y|ies)\s+(?:at|on|with|in)\b"),
    ("job-ask", r"\b(?:get|find|land|help me get|help me find)\s+(?:me\s+)?(?:a|an)\s+"
                r"(?:\S+\s+)?(?:job|role|position)\b"),
    ("job-ask", r"\b(?:apply|applying)\s+(?:for|to)\b(?!\s+(?:\S+\s+)?(?:grants?|funding|"
                r"school|university|college|programs?|programmes?|a visa|visas|masters|phd|"
                r"fellowships?|scholarships?))"),
    ("job-ask", r"\bmy (?:job )?application\b"),
    ("job-ask", r"\brefer me\b(?!\s+to\s+(?:someone|somebody|anyone|anybody|a person|people|"
                r"a colleague|one of|a friend|an expert))"),
    ("job-ask", r"\b(?:employee|internal|job)\s+referrals?\b|\breferral (?:for|to) the\b"),
    ("job-ask", r"\bput (?:in )?a (?:good )?word in\b|\bput in a good word\b"),
    ("job-ask", r"\bput my name (?:forward|in)\b|\bput me forward\b"),
    ("job-ask", r"\b(?:recommend|nominate)\s+me\s+for\b"),
    ("job-ask", r"\b(?:be\s+)?a\s+reference\s+for\s+me\b"),
    ("job-ask", r"\b(?:introduce|connect|put)\s+me\s+(?:to|with|in touch with)\s+"
                r"(?:your|the|a|an|their)\s+(?:\S+\s+)?(?:recruiters?|hr|human resources|"
                r"talent (?:team|acquisition)|hiring managers?)\b"),
    ("job-ask", r"\bkeep me in mind\b|\bkeep an eye out for\b|\bif (?:anything|something)\s+"
                r"(?:\S+\s+)?(?:opens? up|comes? up|becomes? available)\b|\banything opens up\b"),
    ("job-ask", r"\b(?:join|work (?:for|on))\s+your\s+(?:\S+\s+)?" + _ORG + r"\b"),
    ("job-ask", r"\b(?:headcount|backfill|requisitions?)\b"),
    ("job-ask", r"\broom (?:for me )?(?:on|in) your\b|\btaking (?:on )?applications\b"),
    ("job-ask", r"\b(?:get|got) (?:me )?(?:an? )?interviews?\b|\bhelp me get in\b|"
                r"\bget my foot in the door\b"),
    ("job-ask", r"\b(?:have|has|got) anything (?:for|open|going)\b"),
    ("job-ask", r"\b(?:hiring|recruiting|talent) (?:team|department|people|folks)\b"),
    # Generic shapes: a job noun that is open or wanted, a team that takes people on, a
    # request to put you in front of whoever hires.
    ("job-ask", r"\b(?:any|open|available|internal|new)\s+(?:\S+\s+)?(?:slots?|spots?|postings?|"
                r"vacanc(?:y|ies)|reqs?|gigs?|contracts?)\b"),
    ("job-ask", r"\b(?:bring(?:ing)? on|tak(?:e|ing) on|add(?:ing)?|staffing up|looking for|"
                r"need(?:s|ing)?)\s+(?:any\s+|a\s+|an\s+|another\s+|more\s+|new\s+|"
                r"extra\s+)+(?:\S+\s+)?(?:analysts?|engineers?|developers?|designers?|"
                r"scientists?|managers?|hires?|staff|researchers?|coordinators?|associates?|"
                r"interns?)\b"),
    ("job-ask", r"(?<!how )(?<!why )\b(?:is|are)\s+(?:your|the|their)\s+(?:\S+\s+)?"
                r"(?:team|department|company|group|firm)\s+"
                r"(?:expanding|growing|building out|adding people)\b|"
                r"\bbe considered\b"),
    ("job-ask", r"\b(?:to|with|for)\s+(?:your|the|their)\s+(?:\S+\s+)?(?:recruiters?|"
                r"hr|human resources|hiring (?:manager|team)s?|talent (?:team|partners?))\b"),
    ("job-ask", r"\b(?:tell|mention me to|talk me up to)\s+(?:your|the)\s+(?:boss|manager|"
                r"director|team lead)\b|\bin front of (?:someone|the|your|a)\b"),
    ("job-ask", r"\b(?:a|the|that|this)\s+job\s+(?:at|with|on|in)\b.*\b(?:posted|open|"
                r"advertised|listed)\b|\bwhen (?:a|any) (?:job|role|position)s?\b"),
    ("job-ask", r"\b(?:anything|something) going\b|\bsomeone with my skills\b"),
    ("job-ask", r"\b(?:get|getting|got|be)\s+hired\b|\b(?:a|any)\s+place\s+for\s+"
                r"(?:me|someone like me)\b|\bsponsor me\b|\binternal transfer\b|"
                r"\b(?:be|as)\s+my\s+(?:referral|reference|referee)\b"),
    ("job-ask", r"\b(?:between jobs|out of work|unemployed|laid off)\b.*\b(?:anything|"
                r"something|any work)\b.*\?"),
    ("job-ask", r"\b(?:paid|salary|contract|freelance|part-time|full-time)\s+"
                r"(?:work|roles?|jobs?|positions?|gigs?|of course)\b"),
    ("job-ask", r"\b(?:flag|share|pass|send|forward)\s+my\s+(?:\S+\s+)?(?:profile|portfolio|"
                r"details|name|work samples?|application)\b"),
    ("resume", r"\b(?:curriculum vitae|cover letters?)\b"),
    ("resume", r"\b(?:my|attached|attaching|the attached|a copy of my)\s+(?:resume|resumes|"
               r"cv|cvs)\b"),
    ("resume", r"\b(?:resume|cv)\s+(?:attached|is attached|enclosed|along|to pass|to forward)\b"),
    ("resume", r"\b(?:send|sending|share|sharing|forward|forwarding|pass|passing|attach|"
               r"attaching|attached)\s+(?:you\s+)?(?:a|my|the|this)?\s*(?:cv|resume)\b"),
    ("resume", r"\b(?:attached|attaching|attach|enclosed) my\b"),
    ("resume", r"\b(?:forward|pass|send|share|sharing|sending|forwarding)\s+"
               r"(?:my|the attached|this)\s+(?:\S+\s+)?(?:resume|cv|"
               r"application|details|profile)\b"),
]
_MISTAKES = [(code, re.compile(pattern)) for code, pattern in _MISTAKE_PATTERNS]

_NEGATION = re.compile(
    r"\b(?:not|never|no|rather than|instead of|without|avoid|avoids|isn't|aren't|won't|"
    r"wouldn't|don't|doesn't|am not|i'm not)\b"
)
_BUT = re.compile(r"\b(?:but|however|though|although|still)\b")
_SENTENCE = re.compile(r"(?<=[.!?;:\u2014])\s+|\n+|\s+[-\u2013\u2014]\s+")
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


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s.strip()]


def _negated(sentence: str, start: int) -> bool:
    """A negation before the match in the same sentence, with no "but" in between."""
    before = sentence[:start]
    negations = list(_NEGATION.finditer(before))
    if not negations:
        return False
    last = negations[-1]
    return not _BUT.search(before[last.end():])


def word_count(message: str) -> int:
    """Words in the message (contractions count as one)."""
    return len(_WORD.findall(message or ""))


def _field(connection: dict | None, target: str | None) -> str:
    if target:
        return target
    if connection:
        return connection.get("industry") or connection.get("organization") or "your field"
    return "your field"


# The generic layer: a job term and a request for one in the same sentence. It catches
# phrasings no specific pattern lists ("is there an opening for an analyst", "taking on
# grads", "budget for a contractor"), and stays quiet when the job word is about the
# reader's own work ("your role", "hiring is slow", "what does an analyst do").
_JOB_TERM = re.compile(
    r"\b(?:jobs?|roles?|positions?|openings?|vacan(?:t|cy|cies)|offers?|contractors?|"
    r"contract work|applications?|apply|hire|hired|hires|hiring|recruit\w*|grads|graduates|"
    r"internships?|interns|headcount|hat in the ring|work (?:in|at|for) your|out of work|"
    r"employ(?:ed|ment|er)?)\b")
_JOB_REQUEST = re.compile(
    r"\b(?:is there|are there|any|anything|something|going|available|open|vacant|taking on|"
    r"take on|budget for|for me|someone like me|my skills|recommend me|consider me|get an?|"
    r"land|send|keen|would like to|want to|i'd like to|hoping to|open to|chances?|"
    r"what would it take|who should i|help me|put me|could you|can you|would you|do you know)\b")
_INNOCENT_FRAME = re.compile(
    r"\b(?:your|their|his|her|my current|current)\s+(?:\S+\s+)?(?:role|job|position|work)\b|"
    r"\b(?:role|job) as\b|\b(?:hiring|recruiting|recruitment)(?:'s| is| was| has| in)\b|"
    r"\bwhat (?:does|do|did|is|are)\b|\bhow (?:did|do|does|is|are|has)\b|\bcareer\b|"
    r"\bintroduc\w*\b|\bwho else\b|\blearn\b|\bin a (?:\S+\s+)?position to\b|"
    r"\b(?:kind|type|sort) of (?:role|job|work)\b|\bsomeone in\b")


def _generic_job_ask(sentence: str) -> re.Match | None:
    term = _JOB_TERM.search(sentence)
    if not term or _INNOCENT_FRAME.search(sentence):
        return None
    request = _JOB_REQUEST.search(sentence)
    return term if request else None


def _mistakes(text: str, field: str) -> list[Finding]:
    findings: dict[str, Finding] = {}
    for sentence in _sentences(text):
        generic = _generic_job_ask(sentence)
        if generic and "job-ask" not in findings and not _negated(sentence, generic.start()):
            findings["job-ask"] = Finding("job-ask", "mistake", _JOB_WHY,
                                          _JOB_SUGGEST.format(field=field), generic.group(0))
        for code, pattern in _MISTAKES:
            if code in findings:
                continue
            for match in pattern.finditer(sentence):
                if _negated(sentence, match.start()):
                    continue
                if code == "resume":
                    findings[code] = Finding(code, "mistake", _RESUME_WHY,
                                             _RESUME_SUGGEST.format(field=field), match.group(0))
                else:
                    findings[code] = Finding(code, "mistake", _JOB_WHY,
                                             _JOB_SUGGEST.format(field=field), match.group(0))
                break
    return list(findings.values())


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
