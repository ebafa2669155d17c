"""Specific shapes of the common mistake for the ask check (:mod:`.rules`).

``SHAPES`` is a list of ``(code, compiled pattern, flag)`` on folded sentences whose other
senses were blanked out. ``code`` is ``job-ask`` or ``resume``. ``flag`` is ``""`` (the
shape is the mistake by itself: "are you hiring", "put in a good word", "attached my CV"),
``"?"`` (only inside a request: "I applied to Lumen" is news, "could you check on my
application?" is the ask) or ``"!"`` (unless it states the writer's own situation: "your
team needs an analyst" is the mistake, "I'm looking for a designer to chat with" is not).
"""

from __future__ import annotations

import re

__all__ = ["SHAPES"]

# ---- specific shapes ------------------------------------------------------------------
_ROLE = r"(?:role|roles|job|jobs|position|positions|opening|openings|vacancy|vacancies)"
_ORG = r"(?:team|company|firm|organi[sz]ation|group|department|office|place|side|org)"
# (code, pattern) on folded text with straight apostrophes. Order matters only for the excerpt.
_SHAPE_PATTERNS: list[tuple[str, str]] = [
    # The question itself, in question order ("are you hiring?", "also, is your team still
    # hiring?"): news in statement order ("I saw your team is hiring") is the next shape's.
    ("job-ask", r"(?:^|(?<=[,:;] )|(?<=[,:;])|(?<=\balso )|(?<=\bso )|(?<=\band )|"
                r"(?<=\bbut )|(?<=\bbtw )|(?<=\bwondering )|(?<=\btell me ))(?:are|is)\s+"
                r"(?:you|u|ya|your|ur|they|the|\w+'s|[a-z]+)\s+(?:\S+\s+){0,3}?hiring\b(?!\s+(?:managers?|process|panels?|"
                r"committees?|decisions?|practices?))(?=[^.!]*\?)"),
    # The seed's own words: "do you know anyone who is hiring?" (the reader asked to name
    # employers for the writer; "my boss is hiring, know anyone?" puts the words the other
    # way round and is not this shape).
    ("job-ask", r"\bknow (?:of )?(?:anyone|anybody|someone|somebody|any (?:companies|firms|"
                r"places|teams|employers|businesses|shops|restaurants|hospitals|schools))"
                r"(?: (?:who|that|which)(?:'s| is| are|'re)?)?(?: (?:currently|still|actively|"
                r"now))? (?:hiring|recruiting|taking on|looking for (?:staff|people|workers))\b"
                r"(?=[^.!]*\?)"),
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
               r"attaching|attached)\s+(?:you\s+)?(?:(?:a|my|the|this|over|across)\s+)?"
               r"(?:\S+\s+)?(?:cv|resume)\b"),
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
    ("job-ask", r"(?<!you )(?<!you'd )(?<!you'll )\b(?:love|like|keen|happy|want|hoping|hope) to "
                r"(?:be (?:a )?part of|join|work (?:for|at))\b(?!\s+(?:you|us|them|in)\b)"
                r"(?!\s+(?:a|the|an|your|our) (?:\S+\s+)?(?:call|chat|coffee|meetup|webinar|"
                r"session|talk|event|walk|run|group|club|panel|workshop|discussion|conversation|"
                r"community|network|slack|list|choir|project|drinks|lunch|dinner|quiz|social))"
                r"(?!\s+(?:a|the|an|your|our) (?:\S+\s+)?(?:\S+\s+)?for (?:drinks|lunch|dinner|"
                r"coffee|a|the))"),
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
SHAPES = [(code.rstrip("?!"), re.compile(pattern), code[-1] if code[-1] in "?!" else "")
          for code, pattern in _SHAPE_PATTERNS]
