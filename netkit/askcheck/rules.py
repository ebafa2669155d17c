"""The rules behind the ask check's "common mistake" finding (the why is in :mod:`.check`).

The check works on folded text (lower case, no accents, straight apostrophes), one sentence
at a time, in three steps:

1. **Other senses are blanked out** (``senses``). Words that look like job words but
   are not a job for the writer — "the gallery opening", "your positions on open data",
   "how did you land your first role", "she was a hiring manager", "how has hiring
   changed" — have the job word replaced by underscores, so no later rule can see it.
2. **A request about employment.** A sentence is the mistake when it carries an
   employment object (a job, role, opening, vacancy, hiring, a referral, a good word, an
   interview, a team needing someone, HR as a recipient, ...) AND is a request to the
   reader (a question, "could/would/can you", "please", "let me know", "if you hear of",
   "I'd be grateful if", an imperative such as "pass my CV on") — unless the object sits
   in a clause that only states the writer's own situation ("I'm exploring product
   roles, so who should I talk to?") or the sentence asks for an introduction to a person.
   Shapes that are the mistake by themselves ("are you hiring", "put in a good word",
   "attached my CV") are listed in ``shapes``. Saying you are job hunting turns a
   vague request ("let me know if there's anything") into the mistake.
3. **Negation is scoped to the clause** (``senses``). A match is innocent when "not",
   "never", "no", "won't", "rather than", ... comes before it in the same clause (clauses
   end at commas, semicolons, colons, dashes and "but"), so "I'm not after a referral,
   just advice" passes while "not about jobs, but are you hiring?" is still flagged.
   Hedges ("not sure if", "don't mind", "no pressure") are not negations.

``find_mistakes(text)`` returns ``(code, excerpt)`` pairs, ``code`` being ``job-ask`` or
``resume``.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from .senses import blank_other_senses, negated
from .shapes import SHAPES

__all__ = ["find_mistakes", "rule_hits", "sentences"]

# ---- step 2: a request about employment ------------------------------------------------
# Employment objects: words that, in a request, can only be about a job for the writer
# (their other senses were blanked out in step 1).
_PEOPLE = (r"(?:hand|hands|people|person|help|folks|staff|grads|graduates|trainees?|interns?|"
           r"juniors?|contractors?|freelancers?|temps?|someone|somebody|anyone|anybody|"
           r"new starters?|\w+(?:ers|ists|ants|ors|ians)|analysts?|engineers?|developers?|"
           r"designers?|assistants?|testers?|drivers?|nurses?|accountants?|bookkeepers?|"
           r"researchers?|writers?|coordinators?|associates?|managers?|clerks?|admins?|"
           r"(?:data|ops|product|design|marketing|sales|finance|it|tech) (?:person|people|folks|"
           r"hires?))")
_EMPLOYMENT = re.compile(
    r"\b(?:jobs?|roles?|positions?|openings?|vacan(?:t|cy|cies)|hir(?:e|es|ed|ing)|"
    r"recruit(?:s|ed|ing|ment)?|employment|headcount|"
    r"(?:analyst|data|design|freelance|contract|"
    r"paid|writing|dev|consulting|part-time|temp) gigs?|gigs? (?:for me|at|with your)|"
    r"internships?|placements?|"
    r"graduate schemes?|grad schemes?|(?:graduate|grad|trainee|summer|new|spring|autumn|fall) "
    r"intakes?|postdocs?|postdoctoral|studentships?|phd (?:places?|"
    r"positions?|posts?)|traineeships?|apprenticeships?|pupillage|"
    r"freelance (?:work|gigs?|projects?|roles?|contracts?)|(?:take|takes|taking) (?:on )?(?:any |"
    r"more |new )?(?:grads|graduates|juniors|interns|trainees|apprentices|career changers|"
    r"people like me|new starters)|"
    r"contract work|paid work|(?:a|an|your|employee|internal|job|any|the) referrals?|"
    r"referees?|vouch(?:ing)? for me|good word|foot in the door|"
    r"take me on|taking me on|a chance on (?:me|a|someone)|hat in the ring|"
    r"my name (?:in|forward|on)|(?:hr|human resources|talent (?:team|acquisition|partners?))"
    r"(?!\s+(?:software|tech|analytics|data|policy|policies|systems?|trends?|practices?|"
    r"function|as a))|"
    r"careers (?:site|page|portal)|(?:my|an?|speculative|job) (?:\S+ )?applications?\b|"
    r"applications? (?:to|for|from me)|(?:an?|job) offer (?:from|at|with)|get an offer|"
    r"room for (?:a|an|another|one more|someone|me)\b|"
    r"opportunit(?:y|ies) (?:at|with|on|for me|for someone|in your (?:team|company|firm|org))|"
    r"(?:is there|are there|have|has|got) (?:any|some) "
    r"(?:\S+ )?work\b|(?:any|some) work (?:for me|going|available|on|at|with your)|"
    r"(?:suitable|vacant|open|new|analyst|junior|senior|permanent|temporary|entry-level|"
    r"\w+ist|\w+er|\w+or) post\b(?!\s+(?:about|on|from))|\ba post (?:in|at|with)|"
    r"(?:get|getting|land|landing|secure|securing|arrange|arranging|an|my|me an) (?:\S+ )?"
    r"interviews? (?:with|at|for) (?!me\b|us\b|my (?:podcast|research|project|study|thesis|"
    r"article|blog))|interview (?:with|at) (?:your|the) (?:\S+ )?(?:team|company|firm)|"
    r"(?:get|getting|got|land|landing|secure|securing) (?:me )?an? (?:\S+ )?interview\b|"
    r"(?:a|an|any|the|that) (?:\S+ )?(?:posting|advert|ad|listing) (?:at|for|on|with)|"
    r"(?:spot|place|slot|seat|room|space) for (?:me|someone like me)\b|"
    r"(?:help me|for me to|me to|could i|can i|i could|i can|get me|find me) (?:to )?(?:find|get|"
    r"land|secure)? ?(?:a |an |some )?(?:new |paid )?work\b(?! (?:done|out|through|on|with))|"
    r"(?:work|working) (?:in|at|for) (?:your|the) (?:company|firm|team|place|office|"
    r"organi[sz]ation)|search(?:es|ing)? (?:new )?(?:people|staff|workers|employees|someone)\b|"
    r"(?:join|joining) (?:your|the|\w+'s) (?:\S+ )?(?:team|company|firm|department|group|"
    r"squad|staff|practice|studio|lab)(?! (?:for|at|on) (?:a |the )?(?:drinks|lunch|dinner|"
    r"coffee|call|quiz|meeting|session|event|walk|run|social))|"
    r"speculative (?:cv|application|letter|email)|"
    r"(?:expand|expanding|expands|grow|growing|grows|build|building|builds|scale|scaling|"
    r"scales)(?: up| out)? (?:its|their|the|your|his|her) (?:\S+ )?(?:team|department|squad|staff|"
    r"headcount)\b|(?:taking|take|takes|bring|brings|bringing) (?:\S+ )?(?:people|staff|anyone|"
    r"someone|grads|"
    r"graduates|juniors|interns|trainees|apprentices|new starters) on\b|"
    r"(?:need|needs|needing|want|wants|after|seeking|looking for|take on|taking on|takes on|"

    r"could use|can use|"
    r"bring on|bringing on|budget for|funding for|money for)\s+"
    r"(?:(?:a|an|another|any|more|new|extra|some|junior|"
    r"senior)\s+)*(?:\S+\s+)?" + _PEOPLE + r"\b|"
    r"(?:anyone|anybody|someone|somebody)\s+(?:\S+\s+)?(?:needing|wanting|looking for|"
    r"who needs|who wants))\b")
# A request to the reader. A question mark anywhere in the sentence also counts.
_REQUEST = re.compile(
    r"\b(?:could|would|can|will|might|may|should|do|does|did|is|are|have|has) (?:you|u|i|ya|"
    r"they|we|your|ur|there|it|the|anyone)\b|\bplease\b|\bpls\b|\bplz\b|\bkindly\b|"
    r"\blet me know\b|\btell me\b|\bkeep me\b|\bkeep (?:an eye|your eyes?|your ears?)\b|"
    r"\bif (?:you|u) (?:\S+ )?(?:hear|come across|see|spot|know|notice|learn|get wind)\b|"
    r"\b(?:i'd|i would|i'll|i will) (?:\S+ )?(?:be (?:\S+ )?grateful|appreciate|love it if|"
    r"be glad if|be happy to send)\b|\bgrateful if\b|\bappreciate it if\b|\bany chance\b|"
    r"\bany (?:idea|way|tips)\b|\bhappy to (?:send|share|forward)\b|\bsend it my way\b|"
    r"\bheads[- ]up\b|\bwonder(?:ing|ed)? (?:if|whether)\b|"
    r"\bhoping you\b|\b(?:i'd|i would) (?:really )?(?:love|like) to (?:speak|talk|chat|meet|"
    r"connect|get in touch|be introduced|be put in touch)\b|"
    r"\b(?:thanks|thank you) (?:in advance )?for (?:any|anything|considering|"
    r"your help|passing|forwarding|sharing|keeping)\b|"
    r"\bif (?:you|u) (?:can|could|would|might|have time|don't mind|are able|"
    r"get a chance)\b|\bhelp me (?:to )?(?:find|get|land|secure)\b|\b(?:be|am|'d be) (?:\S+ ){0,2}"
    r"(?:grateful|greatful|thankful|thankfull|obliged|appreciative)\b|"
    r"\bif (?:so|possible|anything)\b|\b(?:i'd|i would|i'll|i will) be (?:keen|"
    r"interested|up for it|glad to help)\b|\bcount me in\b|"
    r"^(?:\S+, )?(?:pass|send|forward|share|flag|keep|tell|mention|recommend|refer|put|check|"
    r"consider|ask|let)\b")
_ASK_SHAPE = re.compile(r"\?")


def _request(sentence: str) -> bool:
    return bool(_ASK_SHAPE.search(sentence) or _REQUEST.search(sentence))


_SENTENCE = re.compile(r"(?<=[.!?;:\u2014])\s+|\n+|\s+[-\u2013\u2014]\s+")
# The employment object is not the writer's when the sentence asks for an introduction to a
# person or for who else to talk to: "someone on your team who does the hiring" is a person.
_INTRODUCTION = re.compile(r"\bintroduc\w*\b|\bput me in touch\b|\bconnect me with\b|"
                           r"\bwho else\b|\blearn (?:about|how|more|from)\b")


# Saying you are job hunting is context; it turns a vague request ("let me know if they have
# anything", "open to anything") into the mistake.
_JOB_CONTEXT = re.compile(
    r"\b(?:job[- ]hunting|job[- ]seeking|search(?:ing)? (?:for )?(?:a )?(?:new )?(?:job|work|"
    r"position|role)|looking for (?:my next|a new|a|new) (?:\S+ )?(?:role|job|"
    r"position|post|challenge|opportunity)|between jobs|out of work|laid off|made redundant|"
    r"on the (?:job )?market|seeking (?:employment|work)|looking for (?:paid |new |full-time |"
    r"part-time |steady |some )?work|after a (?:new )?(?:post|job|role)|"
    r"my next (?:role|job|position|post|challenge)|unemployed|lost my job)\b")
_VAGUE_ASK = re.compile(
    r"\b(?:anything|something)\b(?!\s+(?:else|you'd recommend|you would recommend|you "
    r"recommend|to read|worth reading|i should (?:read|know|learn|ask)|interesting|useful|about|"
    r"on (?!your|the)|like that|i can do to (?:learn|prepare)|you wish))")
_CLAUSE = re.compile(r"[,;:()]|\s-\s|\b(?:but|so|and|because|as)\b")
# "I heard your team needs an analyst" reports news about the reader: not the writer's own.
_SELF_STATEMENT = re.compile(
    r"^\s*(?:i'm|i am|i've|i have|i was|i'll|i|my)\b(?!\s+(?:(?:just |also )?(?:heard|hear|saw|"
    r"see|noticed|notice|read|understand|gather|believe|think|was told|learned|learnt|"
    r"have heard|'ve heard|have seen|'ve seen)\b))")


def _context_only(sentence: str, start: int, end: int) -> bool:
    """True when the match sits in a clause that states the writer's own situation and
    asks nothing ("I'm exploring product roles, so who should I talk to?")."""
    cuts = [m.end() for m in _CLAUSE.finditer(sentence[:start])]
    begin = cuts[-1] if cuts else 0
    if cuts and re.match(r"\s*\w+ing\b", sentence[begin:]):
        # "I'm ... and looking for ...": the subject is in the clause before
        begin = cuts[-2] if len(cuts) > 1 else 0
    after = _CLAUSE.search(sentence, end)
    clause = sentence[begin:after.start() if after else len(sentence)]
    if not _SELF_STATEMENT.search(clause) or _REQUEST.search(clause):
        return False
    return bool(after) or "?" not in clause


# Spelling slips in the employment words ("positons", "referal", "oportunity", "aply",
# "hirring") are read as the word meant: one letter missing or one too many, for words that
# are not themselves ordinary words (the list below holds the near neighbours that are).
_KEYS = ("position", "positions", "vacancy", "vacancies", "opportunity", "opportunities",
         "recruiting", "recruitment", "recruiter", "application", "applications", "referral",
         "internship", "internships", "openings", "interview", "apply", "hiring", "resume",
         "employment", "headcount")
_REAL_WORDS = {"opening", "presume", "presumed", "resumed", "resumes", "applied", "applies",
               "interviews", "referrals", "recruiters", "positioned", "hirings", "vacant"}
_TOKEN = re.compile(r"[a-z]{4,}")


def _fix_slips(text: str) -> str:
    def fix(match: re.Match) -> str:
        word = match.group(0)
        if word in _KEYS or word in _REAL_WORDS:
            return word
        for key in _KEYS:
            if abs(len(key) - len(word)) == 1 and Indel.distance(word, key) == 1:
                return key
        return word
    return _TOKEN.sub(fix, text)


def sentences(text: str) -> list[str]:
    """Split folded text into sentences (also at semicolons, colons and dashes)."""
    return [s for s in _SENTENCE.split(text) if s.strip()]


def rule_hits(text: str) -> list[tuple[str, str, str]]:
    """Every rule that fires on folded ``text``: ``(code, excerpt, rule)`` in the order
    found, where ``rule`` names the rule (``shape N`` for the N-th of ``SHAPES``,
    ``employment`` for a request about an employment object, ``vague`` for a vague request
    from someone job hunting), each rule once. The model weighs each rule by how often it
    was right (:mod:`.model`)."""
    hits: dict[str, tuple[str, str, str]] = {}
    text = _fix_slips(text or "")
    hunting = _JOB_CONTEXT.search(text)
    for original in sentences(text):
        sentence = blank_other_senses(original)
        asking = _request(sentence)
        # The specific shapes first: their excerpt ("are you hiring") reads better than the
        # bare employment word ("hiring").
        for index, (code, pattern, flag) in enumerate(SHAPES):
            rule = f"shape {index}"
            if rule in hits or (flag == "?" and not asking):
                continue
            for match in pattern.finditer(sentence):
                if flag and _context_only(sentence, match.start(), match.end()):
                    continue
                if not negated(sentence, match.end()):
                    hits[rule] = (code, original[match.start():match.end()], rule)
                    break
        if asking and not _INTRODUCTION.search(sentence):
            if "employment" not in hits:
                for match in _EMPLOYMENT.finditer(sentence):
                    if not negated(sentence, match.end()) \
                            and not _context_only(sentence, match.start(), match.end()):
                        hits["employment"] = ("job-ask", original[match.start():match.end()],
                                              "employment")
                        break
            vague = hunting and _VAGUE_ASK.search(sentence)
            if "vague" not in hits and vague and not negated(sentence, vague.end()):
                hits["vague"] = ("job-ask", original[vague.start():vague.end()], "vague")
    return list(hits.values())


def find_mistakes(text: str) -> list[tuple[str, str]]:
    """``(code, excerpt)`` for each kind of the common mistake in folded ``text``.

    ``code`` is ``job-ask`` or ``resume``, at most one of each, in the order found (the
    first of :func:`rule_hits` of each code); the excerpt is cut from the text with spelling
    slips in employment words corrected ("positons" shows as "positions"). Empty text gives
    an empty list.
    """
    found: dict[str, str] = {}
    for code, excerpt, _ in rule_hits(text):
        found.setdefault(code, excerpt)
    return list(found.items())
