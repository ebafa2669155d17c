"""The rules behind the ask check's "common mistake" finding (see ``ask_check`` for the why).

The check works on folded text (lower case, no accents, straight apostrophes), one sentence
at a time, in three steps:

1. **Other senses are blanked out.** Words that look like job words but are not a job for
   the writer — "the gallery opening", "your positions on open data", "how did you land
   your first role", "she was a hiring manager", "how has hiring changed" — have the job
   word replaced by underscores of the same length, so no later rule can see it.
2. **A request about employment.** A sentence is the mistake when it carries an
   employment object (a job, role, opening, vacancy, hiring, a CV being sent, a referral,
   a good word, an interview, a team needing someone, ...) AND is a request to the reader
   (a question, "could/would/can you", "please", "let me know", "keep me in mind", "if you
   hear of", "I'd be grateful if", an imperative such as "pass my CV on"). Specific shapes
   that are requests by themselves ("are you hiring", "any openings", "put in a good word",
   "attached my CV") are listed too.
3. **Negation is scoped to the clause.** A match is innocent when "not", "never", "no",
   "won't", "rather than", "instead of", ... comes before it in the same clause (clauses end
   at commas, semicolons, colons, dashes and "but"), so "I'm not after a referral, just
   advice" passes while "not about jobs, but are you hiring?" is still flagged. Hedges
   ("not sure if", "don't mind", "no pressure") are not negations.

``find_mistakes(text)`` returns ``(code, excerpt)`` pairs, ``code`` being ``job-ask`` or
``resume``; the excerpt is cut from the text given.
"""

from __future__ import annotations

import re

__all__ = ["find_mistakes"]

# ---- step 1: other senses -------------------------------------------------------------
_J = r"(?:roles?|jobs?|positions?|posts?|careers?|work|placements?|internships?|apprenticeships?)"
# (pattern, group to blank): group "w" when present, else the whole match.
_OTHER_SENSES = [
    # openings that are events or launches
    r"\b(?:gallery|store|shop|site|clinic|office|branch|restaurant|cafe|studio|museum|bakery|"
    r"exhibition|grand|official|saturday|sunday|weekend|late|show|season|library|park)\s+"
    r"(?P<w>openings?)\b",
    r"\b(?P<w>opening)\s+(?:of|new|a|an|the|its|their|our|night|remarks?|hours|ceremony|"
    r"party|act|speech|keynote|session|talk|line|move)\b",
    r"\b(?P<w>openings?)\s+(?:of|at the (?:museum|gallery)|night)\b",
    # positions as opinions, places and abilities
    r"\b(?P<w>positions?)\s+(?:on|about|regarding|towards?)\b",
    r"\bin (?:a|an|the) (?:\S+\s+)?(?P<w>position) to\b",
    r"\b(?P<w>position(?:ing)?)\s+(?:yourself|myself|themselves|himself|herself|ourselves|"
    r"the|it|them)\b",
    r"\b(?:strong|good|great|unique|tough|difficult|awkward|financial|market|cash)\s+"
    r"(?P<w>position)\b",
    # roles as parts played
    r"\b(?:the|a|an|its|big|key|central|important|growing)\s+(?P<w>role)\s+(?:of|in|that|"
    r"data|ai|it|they|policy)\b",
    r"\b(?P<w>roles?) model", r"\bplay(?:s|ed|ing)? (?:a|an|the|no) (?:\S+\s+)?(?P<w>role)\b",
    # the reader's own (or a third person's) job and career, and how they got it
    r"\b(?:your|his|her|their|my (?:current|old|previous|last|first))\s+"
    r"(?:(?!(?:have|has|had|got|need|needs|offer|offers|any|is|are|for|with|at|in|on|to)\b)"
    r"\S+\s+){0,2}?"
    r"(?P<w>" + _J + r")\b",
    r"\b(?:how|when|why|what made) (?:did |do |has |have )?(?:you|she|he|they)\s+"
    r"(?P<w>[^?.;]*)",
    r"\b(?:when|after|before|since) (?:you|she|he|they) (?P<w>[^?.;,]*)",
    r"\b(?:you|she|he|they|who|we)\s+(?:\S+\s+)?(?:(?:was|were|used to be|worked as|served as|"
    r"spent \S+ years as) (?:a|an|the)\s+)(?P<w>[^?.;,]*)",
    r"\b(?:sat|sit|sits|served|serve|been) on (?:\S+\s+)?(?P<w>(?:hiring|interview|"
    r"recruiting|selection) (?:panels?|committees?|boards?))",
    r"\b(?:you|she|he|they|who)\s+(?:\S+\s+)?(?P<w>(?:hired|recruited|interviewed|employed|"
    r"ran|led|used to run|used to lead)\b[^?.;,]*)",
    r"\b(?:hired|recruited|interviewed|employed)\s+(?:you|him|her|them)\b",
    r"\b(?:enjoy|enjoying|love|loving|like|liking|miss|leave|leaving|left|quit|still in|"
    r"start|started|starting|settling into|settled into) (?:the|your|that|this|same|the same) "
    r"(?:\S+\s+)?(?P<w>(?:job|role|position|post))\b",
    r"\b(?P<w>openings?)\s+(?:do|does|did)\s+(?:you|they)\s+see\b",
    r"\b(?:see|seeing|spot|spotting|many|new|market)\s+(?:any\s+)?(?P<w>openings?)\s+for\b"
    r"(?!\s+(?:me|a|an|someone|people|juniors?|grads))",
    r"\b(?:talk|piece|article|essay|post|paper|research|webinar|panel|slides|book|podcast|"
    r"thread|newsletter|report|study|survey)s? (?:on|about) (?:\S+ ){0,2}(?P<w>(?:hiring|"
    r"recruit\w*|jobs?|careers?|roles?|interviews?))",
    r"\b(?P<w>(?:hiring|recruiting|recruitment))\s+(?:trends?|practices?|bias|data|tools?|"
    r"market|landscape|research|law|rules?|stories)\b",
    r"\b(?:how|why) (?:did|does|do|has|have|is|was|were) (?:\S+ ){1,3}?(?:decide|choose|come|"
    r"manage|handle|go about|approach|plan|grow|growing|expand|expanding|build|building|scale|"
    r"scaling|hire|hiring|recruit|recruiting|find|finding|onboard|onboarding)\b(?P<w>[^?.;]*)",
    r"(?<!any )(?<!making )(?<!make )\b(?:new|recent|your|their|our|his|her|junior|senior|"
    r"first|best|good|bad|great) (?P<w>hires)\b",
    r"\b(?:spent (?:\S+ )?years|used to|years ago|back then|had been|in the (?:\d+s|"
    r"nineties|eighties|seventies))\s+(?P<w>[^?.;,]*)",
    r"\b(?P<w>roles?) (?:you|she|he|they|we|i|it|data|ai) (?:played|play|plays|had|have)\b",
    r"\bhow (?:\S+ ){1,2}?(?P<w>(?:recruit|recruits|hire|hires|interview|interviews|onboard|"
    r"find|finds|choose|chooses|select|selects|train|trains|promote|promotes)\b[^?.;]*)",
    r"\b(?:someone|people|anyone|candidates|graduates|grads|newcomers|those|students|"
    r"career changers)\s+(?:\S+\s+)?(?P<w>(?:applying|who apply|who are applying|looking for "
    r"(?:work|jobs?|roles?)|starting out|new to)\b[^?.;]*)",
    r"\b(?:tell me about|describe|explain|understand|learn about|hear about|hear how|"
    r"understand how|compare) (?:\S+ ){0,3}?(?<!open )(?P<w>(?:roles|jobs|positions|careers|"
    r"hiring|recruit\w*))\b(?!\s+(?:\S+\s+)?(?:open|available|going|for me|coming up))",
    r"\b(?:in|into|to|reach|reaching|hold|holding|held) (?:leadership|senior|management|"
    r"executive|top|board|technical|similar|junior|entry-level|leading) (?P<w>positions|roles)\b",
    r"\b(?:different|various|several|many|multiple|a few|other|varied) (?P<w>roles|jobs|"
    r"positions)\b",
    r"\b(?:in|on|into) the (?P<w>job|role)\b(?! (?:at|with|on|for)\b)",
    r"\b(?:the|this|that) new (?P<w>job|role|position)\b",
    r"\b(?:teams|companies|firms|organi[sz]ations|hospitals|schools|startups|everyone|"
    r"industries|sectors|businesses|charities|councils|industry|sector|field|world|country|"
    r"economy|profession|nhs|government) (?:\S+ )?(?P<w>(?:need|needs|want|"
    r"wants)\b[^?.;]*)",
    r"\b(?:work|works|worked|working|career|careers|job|jobs|role|background|experience|"
    r"move|moving|switch|switching|exploring|interest) in(?:to)? (?P<w>(?:hr|human resources|"
    r"recruitment|recruiting|"
    r"staffing|talent acquisition))\b",
    r"\b(?P<w>opening) in (?:my|your|the) (?:diary|calendar|schedule)\b",
    r"\b(?:great|good|nice|brilliant|amazing|fantastic|excellent|wonderful|fine|terrific|"
    r"superb|decent|lovely|solid|top|stellar|cracking|such a) (?P<w>job)\b",
    r"\b(?P<w>roles?)\s+(?:does|do|did|will|would|can|could|should|might)\s+(?:\S+\s+){1,3}?"
    r"play\b",
    r"\b(?P<w>hir(?:e|ing)) (?:a |the )?(?:car|van|bike|venue|room|hall|boat|equipment|kit|"
    r"minibus|coach)\b",
    r"\bin (?:a|the) (?:similar|same|different|lucky|fortunate|privileged|better|weird|tricky|"
    r"funny|rare|comparable) (?P<w>position|role)\b",
    r"\bhow (?:\S+ ){0,2}?(?P<w>(?:hiring managers?|recruiters?|interviewers?|employers?|hr|"
    r"human resources)\b"
    r"[^?.;]*)",
    r"\b(?:fit for|suited to|suited for|good at|succeed in|succeeds in|thrive in|thrives in|"
    r"do well in|does well in|excel in|excels in) (?:\S+ ){0,2}?(?P<w>roles|jobs|positions|"
    r"careers)\b",
    r"\b(?P<w>(?:employment|recruitment|recruiting|hiring|staffing))\s+(?:law|lawyers?|"
    r"tribunals?|rights|rates?|data|statistics|figures|policy|policies|industry|agency|"
    r"agencies|sector|consultants?|consultancy|software|tech|platforms?|tools?)\b",
    # thanks for a past favour is not a new ask
    r"\b(?:thanks|thank you) (?:again |so much |very much )?for (?!any\b|anything\b|"
    r"considering\b|passing\b|forwarding\b|sharing\b|keeping\b|looking\b|your help\b)"
    r"(?P<w>[^.?!;]*)",
    # the field as a topic: trends and how hiring works in general
    r"\b(?:how|why|where|what)\s+(?:has|have|is|are|does|do|did|was|were|'s)\s+(?P<w>(?:hiring|"
    r"headcount|recruit\w*|the job market|jobs?|careers?)\b[^?.;]*)",
    r"\b(?P<w>(?:hiring|recruit\w*|the job market))\s+(?:has|have|is|are|was|were|'s|seems?|"
    r"looks?|feels?|in (?:your|the|this|that) (?:field|industry|sector|area|space))\b",
    r"\b(?:what|which)\s+(?:do|does|did|would)\s+(?P<w>(?:hiring managers?|recruiters?|"
    r"interviewers?|employers?|managers?)[^?.;]*)",
    r"\b(?:which|what)\s+(?:\S+\s+)?(?P<w>(?:roles|jobs|positions|careers))\b"
    r"(?!\s+(?:are|is)?\s*(?:open|available|going|vacant|coming up))",
    r"\b(?:kinds?|types?|sorts?) of (?P<w>(?:roles?|jobs?|positions?|work|careers?))\b",
    r"\b(?P<w>(?:job|career)[ -](?:hunting|hunters?|search(?:ing)?|seekers?|changers?|"
    r"changes?|paths?|fairs?|talks?|advice|market|titles?|descriptions?|families|"
    r"satisfaction|security))\b",
    # people described by their job: introductions are the right ask
    r"\b(?:someone|somebody|anyone|anybody|people|person|colleagues?|friends?|folks|one) "
    r"(?:\S+\s+){0,2}?(?:in|with|who (?:has|holds|works in))\s+(?:a|an|the|that|those|one of "
    r"those|similar|such)?\s*(?:\S+\s+)?(?P<w>(?:roles?|jobs?|positions?))\b",
    r"\b(?:someone|somebody|anyone|anybody|people|colleagues?) (?:\S+\s+)?in (?:one of )?"
    r"(?P<w>them|those)\b",
    # other words
    r"\b(?P<w>opportunit(?:y|ies))\s+to\s+(?:learn|help|chat|meet|talk|hear|speak|connect|"
    r"catch|work together|collaborate|volunteer|contribute|present|share)\b",
    r"\b(?P<w>resum(?:e|ed|ing))\s+(?:our|the|my|it|work|chatting|talking|classes|evening|"
    r"studies|training|where)\b", r"\bhave (?P<w>resumed)\b",
    r"\b(?:your|a|the|this|that|linkedin|blog|recent)\s+(?P<w>posts?)\s+(?:about|on|from|"
    r"was|is)\b",
    r"\b(?P<w>recruit\w*)\s+(?:for\s+)?(?:volunteers|participants|members|players|"
    r"subjects|for the (?:study|trial|survey)|booth|events?|fair)\b",
    r"\b(?P<w>refer)\s+(?:me\s+)?to\s+(?:someone|somebody|anyone|anybody|a person|people|"
    r"a colleague|one of|a friend|an expert|the (?:paper|report|docs?|book))\b",
    r"\b(?P<w>references?)\s+(?:to|on|about|books?|materials?|for learning|list)\b",
]
_OTHER = [re.compile(p) for p in _OTHER_SENSES]


def blank_other_senses(sentence: str) -> str:
    """Replace job words used in another sense with underscores of the same length."""
    chars = list(sentence)
    for pattern in _OTHER:
        for match in pattern.finditer(sentence):
            start, end = match.span("w") if "w" in pattern.groupindex else match.span()
            if start >= 0:
                chars[start:end] = ["_" if ch != " " else " " for ch in sentence[start:end]]
    return "".join(chars)


# ---- step 3: clauses and negation ------------------------------------------------------
_HEDGES = re.compile(
    r"\b(?:not sure|not certain|no idea|don't know|do not know|don't mind|do not mind|"
    r"wouldn't mind|would not mind|not too|not much|not to (?:be|bother|impose|pester)|"
    r"no pressure|no worries|no rush|no obligation|not a problem|no problem|don't hesitate|"
    r"not only|if not|or not|whether or not|not quite|not long|no longer|not yet|never mind|"
    r"can't wait|cannot wait|no matter)\b")
_NEGATION = re.compile(
    r"\b(?:not|never|no|nor|neither|rather than|instead of|without|avoid|avoids|avoiding|"
    r"isn't|aren't|won't|wouldn't|don't|doesn't|didn't|am not|i'm not|nothing to do with|"
    r"can't|cannot|couldn't|shouldn't|haven't|hasn't|wasn't|weren't|nobody|none|"
    r"far from|the last thing|no interest)\b")
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:but|however|though|although|yet|"
                         r"still|so)\b")


def negated(sentence: str, end: int) -> bool:
    """True when a negation comes before ``end`` (the end of a match, so "i'm not after a
    job" counts) in the same clause."""
    before = _HEDGES.sub(lambda m: "_" * len(m.group(0)), sentence[:end])
    ends = list(_CLAUSE_END.finditer(before))
    clause = before[ends[-1].end():] if ends else before
    return bool(_NEGATION.search(clause))


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
    r"(?:expand|expanding|expands|grow|growing|grows|build|building|builds|scale|scaling|"
    r"scales)(?: up| out)? (?:its|their|the|your|his|her) (?:\S+ )?(?:team|department|squad|staff|"
    r"headcount)\b|(?:taking|take|takes) (?:\S+ )?(?:people|staff|anyone|someone|grads|"
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
    r"\bheads[- ]up\b|\bwonder(?:ing)? (?:if|whether)\b|"
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


# ---- specific shapes ------------------------------------------------------------------
_ROLE = r"(?:role|roles|job|jobs|position|positions|opening|openings|vacancy|vacancies)"
_ORG = r"(?:team|company|firm|organi[sz]ation|group|department|office|place|side|org)"
# (code, pattern) on folded text with straight apostrophes. Order matters only for the excerpt.
_SHAPE_PATTERNS: list[tuple[str, str]] = [
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
    ("job-ask", r"\b(?:apply|applying|applied|put in an application)\s+(?:for|to)\s+(?:the|a|an|"
                r"your)\s+(?:\S+\s+){0,3}?(?:role|job|position|post|vacancy|opening|internship|"
                r"graduate (?:scheme|programme|program)|team)\b"),
    ("job-ask?", r"\b(?:apply|applying)\s+(?:for|to)\b(?!\s+(?:\S+\s+)?(?:grants?|funding|"
                r"school|university|college|programs?|programmes?|a visa|visas|masters|phd|"
                r"fellowships?|scholarships?))"),
    ("job-ask?", r"\bmy (?:job )?application\b"),
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
    ("job-ask?", r"\b(?:get|got) (?:me )?(?:an? )?interviews?\b|\bhelp me get in\b|"
                r"\bget my foot in the door\b"),
    ("job-ask", r"\b(?:have|has|got) anything (?:for|open|going)\b"),
    ("job-ask", r"\b(?:hiring|recruiting|talent) (?:team|department|people|folks)\b"),
    # Generic shapes: a job noun that is open or wanted, a team that takes people on, a
    # request to put you in front of whoever hires.
    ("job-ask?", r"\b(?:any|open|available|internal|new)\s+(?:\S+\s+)?(?:slots?|spots?|"
                 r"postings?|vacanc(?:y|ies)|reqs?)\b(?!\s+(?:left|on the (?:course|trip|bus)))"),
    ("job-ask!", r"\b(?:bring(?:ing)? on|tak(?:e|ing) on|add(?:ing)?|staffing up|looking for|"
                r"need(?:s|ing)?)\s+(?:any\s+|a\s+|an\s+|another\s+|more\s+|new\s+|"
                r"extra\s+)+(?:\S+\s+)?(?:analysts?|engineers?|developers?|designers?|"
                r"scientists?|managers?|hires?|staff|researchers?|coordinators?|associates?|"
                r"interns?)\b"),
    ("job-ask", r"(?<!how )(?<!why )\b(?:is|are)\s+(?:your|the|their)\s+(?:\S+\s+)?"
                r"(?:team|department|company|group|firm)\s+"
                r"(?:expanding|growing|building out|adding people)\b"
                r"(?!\s+(?:its|their|into|in|the|our|a|an|market|presence|business|revenue)\b)|"
                r"\bbe considered\b"),
    ("job-ask?", r"\b(?:to|with|for)\s+(?:your|the|their)\s+(?:\S+\s+)?(?:recruiters?|"
                r"hr|human resources|hiring (?:manager|team)s?|talent (?:team|partners?))\b"),
    ("job-ask", r"\b(?:tell|mention me to|talk me up to)\s+(?:your|the)\s+(?:boss|manager|"
                r"director|team lead)\b|\bin front of (?:someone|the|your|a)\b"),
    ("job-ask?", r"\b(?:a|the|that|this)\s+job\s+(?:at|with|on|in)\b.*\b(?:posted|open|"
                r"advertised|listed)\b|\bwhen (?:a|any) (?:job|role|position)s?\b"),
    ("job-ask", r"\b(?:anything|something) going\b|\bsomeone with my skills\b"),
    ("job-ask", r"\b(?:get|getting|got|be)\s+hired\b|\b(?:a|any)\s+place\s+for\s+"
                r"(?:me|someone like me)\b|\bsponsor me\b|\binternal transfer\b|"
                r"\b(?:be|as)\s+my\s+(?:referral|reference|referee)\b"),
    ("job-ask", r"\b(?:between jobs|out of work|unemployed|laid off)\b.*\b(?:anything|"
                r"something|any work)\b.*\?"),
    ("job-ask?", r"\b(?:paid|salary|contract|freelance|part-time|full-time)\s+"
                r"(?:work|roles?|jobs?|positions?|gigs?|of course)\b"),
    ("job-ask", r"\b(?:flag|share|pass|send|forward)\s+my\s+(?:\S+\s+)?(?:profile|portfolio|"
                r"details|name|work samples?|application)\b"),
    ("resume", r"\b(?:curriculum vitae|cover letters?)\b"),
    ("resume", r"\b(?:attached|attaching|the attached|a copy of my)\s+(?:resume|resumes|"
               r"cv|cvs)\b"),
    # "my CV" in a message is nearly always an offer to send it; describing it ("my CV is all
    # retail", "updating my CV") is context
    ("resume", r"(?<!updating )(?<!updated )(?<!update )(?<!rewriting )(?<!rewrote )"
               r"(?<!polishing )\bmy (?:resume|cv|cvs)\b(?! of\b)(?!'s? (?:all|mostly|full|a bit|"
               r"quite|very|too|thin|light|heavy|short|long))"
               r"(?! (?:is|was|looks|reads|has|shows) (?:all|mostly|full|a bit|quite|very|too|"
               r"thin|light|heavy|short|long|rather))"),
    ("resume", r"\bmy (?:\S+ )?(?:resume|cv)(?:'s| is| are)?\s+(?:attached|below|enclosed|here|"
               r"included|in (?:the )?attachment|for you|with you|to you)\b|"
               r"\b(?:look at|look over|review|check|glance at|have a look at|take a look at|"
               r"read|find|here's|here is|below is|see|share|upload(?:ed)?|submit(?:ted)?|"
               r"send you|sent you|sending you|show you) (?:\S+ )?my (?:\S+ )?(?:resume|cv|cvs)\b|"
               r"\bmy (?:\S+ )?(?:resume|cv)\b[^.?!]{0,30}\b(?:attached|below|enclosed)\b|"
               r"\b(?:resume|cv) in (?:the )?attachment\b"),
    ("resume", r"\b(?:resume|cv)\s+(?:attached|is attached|enclosed|along|to pass|to forward)\b"),
    ("resume", r"\b(?:send|sending|share|sharing|forward|forwarding|pass|passing|attach|"
               r"attaching|attached)\s+(?:you\s+)?(?:a|my|the|this)?\s*(?:cv|resume)\b"),
    ("resume", r"\b(?:attached|attaching|attach|enclosed) my (?:\S+ )?(?:resume|cv|portfolio|"
               r"cover (?:letter|note)|application|work samples?)\b"),
    ("resume", r"\b(?:forward|pass|send|share|sharing|sending|forwarding)\s+"
               r"(?:my|the attached|this)\s+(?:\S+\s+)?(?:resume|cv|"
               r"application|details|profile)\b"),
]

# Shapes that are requests about a job by themselves, added with the rewrite.
_SHAPE_PATTERNS += [
    ("job-ask", r"\bvouch(?:ing)? for me\b|\b(?:a|my|as a|as my|one of my) (?:\S+ )?"
                r"(?:referees?|references)\b(?!\s+(?:to|on|about|books?))|"
                r"\breference for me\b|\bwrite me a (?:reference|recommendation)\b|"
                r"\bletter of recommendation\b|\brecommendation for the\b"),
    ("job-ask", r"\b(?:speak|vouch|attest) to my work\b|\bthrow my (?:hat|name) in\b|"
                r"\bkeep (?:your |an )?(?:ears?|eyes?) (?:open|out|peeled)\b|"
                r"\bsend (?:it|them|anything) my way\b|\b(?:anything|something) suitable\b"),
    ("job-ask", r"\btake (?:a chance|a punt|a gamble) on (?:me|someone like me|a career)|"
                r"\btake me on\b|\b(?:consider|considering) (?:me|someone like me)\b"),
    ("job-ask", r"\b(?:with a view to|in order to|so i can|so that i can) (?:\S+ )?"
                r"(?:apply|applying|get hired|join)\b|\bi'd (?:love|like) to join\b"),
    ("job-ask", r"\b(?:is|are) (?:\S+\s+){0,3}(?:looking for|after|seeking) (?:people|staff|"
                r"drivers|anyone|someone|new people|more people)\b"),
    ("job-ask", r"\b(?:need|needs|needing) (?:a hand|another pair of hands|someone|an extra)\b"),
    ("job-ask", r"\b(?:uploaded|submitted|sent in) my (?:resume|cv|application)\b|"
                r"\bnudge (?:the|your) (?:recruiter|hr|hiring)\b"),
    ("job-ask", r"\b(?:i|we) search (?:a|for a) (?:job|work|position)\b|"
                r"\bseeking (?:employment|work|a (?:new )?(?:role|job|position|post))\b"),
    ("resume", r"\battached (?:is |are )?(?:my|a copy of my) (?:\S+ )?(?:resume|cv|portfolio|"
               r"cover (?:letter|note)|application|work samples?|details)\b"),
    ("job-ask", r"\b(?:saw|noticed|spotted|came across|found|seen) (?:a|an|the|your|that) "
                r"(?:\S+\s+){0,3}?(?:posting|vacancy|job ad|advert|listing|"
                r"open (?:role|position))\b"),
    ("job-ask", r"\b(?:explore|exploring|pursue|pursuing|discuss|discussing) (?:\S+ )?"
                r"opportunit(?:y|ies) (?:at|with)\b|\bhow i (?:might|could|would|'d) fit in\b"),
    ("job-ask", r"\b(?:love|like|keen|happy|want|hoping|hope) to be on (?:it|your team|the team|"
                r"that team|board)\b"),
    ("job-ask", r"\b(?:love|like|keen|happy|want|hoping|hope) to (?:be (?:a )?part of|join|"
                r"work (?:for|at))\b(?!\s+(?:you|us|them|in)\b)"
                r"(?!\s+(?:a|the|an|your|our) (?:\S+\s+)?(?:call|chat|coffee|meetup|webinar|"
                r"session|talk|event|walk|run|group|club|panel|workshop|discussion|conversation|"
                r"community|network|slack|list|choir|project))"),
    ("job-ask", r"\b(?:team|department|group|squad|unit)\s+(?:\S+\s+){0,2}?(?:planning|going|"
                r"set|about|looking|likely|expected|hoping) to (?:grow|expand)\b"
                r"(?!\s+(?:its|their|into|in|the|our|a|an)\b)"),
    ("job-ask", r"\brecommend(?:ing)? me (?:to|for) (?:the|your|a|an) (?:\S+\s+)?(?:team|manager|"
                r"boss|company|firm|hiring|recruiters?|hr|director|lead|role|job|position|post)\b"),
    ("job-ask", r"\b(?:interested in|keen on|eyeing|have my eye on|my eye on) (?:\S+ ){0,2}?"
                r"(?:roles?|jobs?|positions?|openings?|opportunit(?:y|ies)|working) "
                r"(?:at|with|on|in your)\b"),
    ("job-ask", r"\b(?:express|expressing|register|registering|show|showing) (?:my |an |our )?"
                r"interest\b|\b(?:i'd|i would|i|i'm|i am) (?:\S+ )?(?:love|like|want|hope for|"
                r"after|seeking) (?:a|an|any) (?:\S+ )?(?:job|role|position|post|internship|"
                r"placement|contract) (?:at|with|on|in) (?:your|the team|there)\b"),
    ("job-ask", r"\b(?:open to|consider|considering|interested in|take|hire|use|room for) "
                r"(?:someone|a person|people|somebody) like me\b|\b(?:i'd|i would|i'm|i am|i|me|my "
                r"\S+) (?:\S+ ){0,2}?(?:a |an )?(?:good |great |strong |decent |right )?fit "
                r"(?:for|at|with|in) (?!you\b)|\bcareers? (?:at|with) "
                r"(?!your\b)"),
    ("job-ask", r"\bavailable (?:immediately|to start|for (?:work|hire|contracts?))\b|"
                r"\bcan start (?:immediately|right away|straight away|next|on)\b"),
    ("job-ask", r"\bput(?:ting|s)? (?:in )?a (?:good |kind )?word\b|"
                r"\ba (?:good )?word in for me\b"),
    ("job-ask", r"\b(?:use|mention|drop|list|put) your name (?:in|on|as|when i apply)\b"),
    ("job-ask", r"\binterested in (?:me|my (?:profile|cv|resume|background|experience|skills|"
                r"application))\b"),
]
# A code ending in "?" marks a shape that is only the mistake inside a request ("I applied
# to Lumen last week" is news; "could you check on my application?" is the ask).
# A code ending in "!" marks a shape that is the mistake unless it is the writer's own
# situation ("your team needs an analyst" is; "I'm looking for a designer to chat with" is not).
_SHAPES = [(code.rstrip("?!"), re.compile(pattern), code[-1] if code[-1] in "?!" else "")
           for code, pattern in _SHAPE_PATTERNS]
_SENTENCE = re.compile(r"(?<=[.!?;:\u2014])\s+|\n+|\s+[-\u2013\u2014]\s+")
# The employment object is not the writer's when the sentence asks for an introduction to a
# person or for who else to talk to: "someone on your team who does the hiring" is a person.
_INTRODUCTION = re.compile(r"\bintroduc\w*\b|\bput me in touch\b|\bconnect me with\b|"
                           r"\bwho else\b|\blearn (?:about|how|more|from)\b")


# Saying you are job hunting is context; it turns a vague request ("let me know if they have
# anything", "open to anything") into the mistake.
_JOB_CONTEXT = re.compile(
    r"\b(?:job[- ]hunting|job[- ]seeking|looking for (?:my next|a new|a|new) (?:\S+ )?(?:role|job|"
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


def sentences(text: str) -> list[str]:
    """Split folded text into sentences (also at semicolons, colons and dashes)."""
    return [s for s in _SENTENCE.split(text) if s.strip()]


def find_mistakes(text: str) -> list[tuple[str, str]]:
    """``(code, excerpt)`` for each kind of the common mistake in folded ``text``.

    ``code`` is ``job-ask`` or ``resume``, at most one of each, in the order found. Empty
    text gives an empty list.
    """
    found: dict[str, str] = {}
    hunting = _JOB_CONTEXT.search(text or "")
    for original in sentences(text or ""):
        sentence = blank_other_senses(original)
        if "job-ask" not in found and _request(sentence) \
                and not _INTRODUCTION.search(sentence):
            for match in _EMPLOYMENT.finditer(sentence):
                if not negated(sentence, match.end()) \
                        and not _context_only(sentence, match.start(), match.end()):
                    found["job-ask"] = original[match.start():match.end()]
                    break
            vague = hunting and _VAGUE_ASK.search(sentence)
            if "job-ask" not in found and vague and not negated(sentence, vague.end()):
                found["job-ask"] = original[vague.start():vague.end()]
        asking = _request(sentence)
        for code, pattern, flag in _SHAPES:
            if code in found or (flag == "?" and not asking):
                continue
            for match in pattern.finditer(sentence):
                if flag and _context_only(sentence, match.start(), match.end()):
                    continue
                if not negated(sentence, match.end()):
                    found[code] = original[match.start():match.end()]
                    break
    return list(found.items())
