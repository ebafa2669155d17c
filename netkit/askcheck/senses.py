"""Other senses of job words, and clause-level negation, for the ask check (:mod:`.rules`).

``blank_other_senses(sentence)`` replaces job words that are not a job for the writer
("the gallery opening", "your positions on open data", "how did you land your first
role", "she was a hiring manager", "how has hiring changed") with underscores of the same
length, so no rule sees them and excerpts still line up with the text. ``negated(sentence,
end)`` says whether a negation comes before ``end`` in the same clause.
"""

from __future__ import annotations

import re

__all__ = ["blank_other_senses", "negated"]

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
