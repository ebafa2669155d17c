"""A BLIND evaluation set for the ask check.

These messages were written without seeing the rules in netkit (or any
existing corpus in tests/), from a plain description of the method only:
the right ask requests an introduction to people in an industry or
organisation for a short informational chat; the common mistake is asking
the contact about hiring, openings, vacancies, job leads, referrals,
references, vouching, passing on a CV, "keep me in mind", and so on, in
any phrasing.

Each entry is (message, has_mistake). All people and organisations are
invented.

Use this set ONLY to MEASURE the check. Do not tune the rules against it:
once a rule is changed to fix a miss here, the set stops being blind and
its numbers stop meaning anything. Add new tuning examples elsewhere.
"""

BLIND = [
    # ---------------------------------------------------------------
    # With the common mistake (True)
    # ---------------------------------------------------------------
    ("Hi Priya, hope you're well! I've just finished my MSc in "
     "environmental engineering and I'm looking for work. Does Harrowgate "
     "Water have any openings at the moment? It would be great to hear "
     "from you. Cheers, Tom", True),

    ("Hey Marcus, long time no see since the Delford hackathon. I'm job "
     "hunting again after the layoffs at Quillsoft. If you hear of anything "
     "on your side, keep me in mind? Thanks man", True),

    ("Dear Mrs. Okonkwo,\n\nI hope this email finds you well. I am writing "
     "because I am actively seeking a position in hospital administration. "
     "I have attached my CV and would be very grateful if you could pass it "
     "on to anyone at St. Albery's who is recruiting.\n\nKind regards,\n"
     "Funmi Adeyemi", True),

    ("Hi Jess, hope the move went smoothly! Quick one: is your company "
     "growing its team this year? I've been freelancing in events for a "
     "while and I'd love to be considered if so. x", True),

    ("Hello Mr Brandt, we met at the Linz logistics fair last spring. I am "
     "very interesting to work in your company, is there some vacancy for "
     "supply chain planner? I can send you my CV. Best regards, Oleksandr",
     True),

    ("Rob! Any chance of getting my foot in the door at Pembury Capital? "
     "I'd take pretty much anything on the analyst side. Let me know, "
     "beers on me next time.", True),

    ("Hi Daniela, I saw the analyst opening at Corvin Health on their "
     "careers page and was hoping you'd be my reference for it. You "
     "supervised my internship so you know my work better than anyone. "
     "Thank you so much! Ana", True),

    ("Hi Sam, I've been out of work for a few months now and it's getting "
     "tough. Could you forward my profile to HR at Brightwell? I think I'd "
     "be a great fit for their marketing team. Thanks, Leah", True),

    ("Morning Kiran, hope the new role is treating you well. Does your team "
     "need someone like me? I've got five years of QA automation behind me "
     "and I'm available straight away. Cheers, Dev", True),

    ("Hi Aunt Ruth, hope you and Gerald are keeping well. Mum mentioned you "
     "still know lots of people at the council. Would you mind putting in a "
     "good word for me? I've applied for the planning officer post and it "
     "would mean a lot. Love, Ellie", True),

    ("Hey Chris, just a heads up that I'm back on the market after the "
     "contract ended. Let me know if anything comes up at Tidewater! "
     "Cheers, Anna", True),

    ("Dear Professor Lindqvist,\n\nI hope your sabbatical is going well. I "
     "am finishing my PhD in materials science and am now looking for "
     "industry jobs. Could you refer me to your contacts at Nordal Alloys "
     "for any R&D roles they might have?\n\nWith thanks,\nHenrik Aas", True),

    ("Hi Grace,\n\nIt was lovely catching up at Mia's wedding, and thank you "
     "again for the lift home. As I mentioned, I'm hoping to move into UX "
     "research. I'm wondering whether you know of any roles going at the "
     "moment, either at Fenwick or elsewhere? I've attached my portfolio "
     "and CV in case they're useful.\n\nWarmly,\nOlu", True),

    ("Hiya Pete, I know you're mates with the head of ops at Carraway "
     "Freight. Could you ask him if they're hiring warehouse supervisors at "
     "the Thurrock site? Ta, Gaz", True),

    ("Hi Min-jun, I'm trying to transition from teaching into instructional "
     "design. Would you be willing to refer me for the open instructional "
     "designer role at Oakridge Courseware? I'd really appreciate it. "
     "Best, Claire", True),

    ("hi jamal sorry to bother u, do u know if there are any jobs going at "
     "ur hospital for a pharmacy tech? i just got certfied and cant find "
     "anything anywhere. thx", True),

    ("Hello Ms. Ferreira,\n\nThank you again for the career talk at Westbrook "
     "College last month. I wanted to ask whether your firm takes on "
     "graduate trainees, and if so, who I should send my application to?\n\n"
     "Kind regards,\nYusuf Demir", True),

    ("Hey Lauren! So good to see you at the reunion. I'm thinking of moving "
     "to Denver and I'm looking for a sales job out there. If your company "
     "ever needs reps I'd be super keen, could you keep me in mind? Talk "
     "soon, Brie", True),

    ("Hi Tomasz, I hope you don't mind me reaching out. I'm applying for the "
     "data engineer position at Kestrel Analytics and noticed you work "
     "there. Would you be able to vouch for me with the hiring manager? We "
     "worked together on the Vistula project in 2019. Thanks, Agnieszka",
     True),

    ("Dear Uncle Femi, Good afternoon sir. I trust you are doing well. "
     "Please I am humbly asking if you can help me get a job in your bank, "
     "any position is ok, I have finished my national service. I will send "
     "my CV to your email. God bless, Tunde", True),

    ("Hi Nora, hope things are good at the studio! I wanted to ask, are you "
     "guys taking on any junior animators? I can send over my reel and CV "
     "whenever suits. Thanks! Felix", True),

    ("Hey Ahmed, hope all's well. I'm after a new gig in cybersecurity, SOC "
     "analyst or something similar. If you spot any leads on your end, "
     "would you mind sending them my way? Cheers, Rhys", True),

    ("Hi Beatrice, I'm exploring a move into renewable energy policy and "
     "would love an intro to a couple of people at the Greenfield Institute "
     "for a short chat about how they got into the field. Also, if you hear "
     "of any openings there, please do let me know! Thanks so much, Marco",
     True),

    ("Hi Oliver, I'd be grateful for twenty minutes of your time. I'm keen "
     "to learn about the aerospace sector, and to be honest I'm hoping you "
     "might know whether Stratline are recruiting graduate engineers this "
     "autumn. Best, Harriet", True),

    ("Hello Sunita, I hope you had a lovely Diwali. I've attached my resume. "
     "Could you have a look and let me know if there's a fit anywhere at "
     "Meridian Pharma? Many thanks, Arjun", True),

    ("Yo Jake, you still at Ironhollow Games? Any chance you could get me an "
     "interview there? I've been grinding Unity for two years lol and I "
     "think I'm ready.", True),

    ("Dear Dr. Moreau,\n\nI am reaching out because I recently completed my "
     "nursing degree and am seeking employment. I was wondering if your "
     "clinic has any positions available for newly qualified nurses. I "
     "would be happy to come in for a chat at your convenience.\n\n"
     "Yours sincerely,\nCamille Petit", True),

    ("Hi Ben, hope the family's good. Quick favour: I'm up for the "
     "operations manager job at Harlow & Finch and they've asked for two "
     "references. Would you be one of them? Cheers, Martin", True),

    ("Hi Zara, saw on LinkedIn you've just joined Orbis Fintech, congrats!! "
     "I'm actually looking to jump ship from banking. Do they have much "
     "going in compliance? Would be amazing if you could flag my name to "
     "the recruiter. x Hannah", True),

    ("Good evening Mr. Watanabe, I am grateful for your support during my "
     "exchange program. Now I am searching job in Japan in the field of "
     "mechanical design. If there is opportunity in your company, please "
     "kindly consider me. I attach my résumé. Respectfully, Lucas Oliveira",
     True),

    ("Hey Siobhán, I'm desperate to get into publishing, been applying "
     "everywhere with no luck. Could you put my name forward for the "
     "editorial assistant vacancy at Hartwell Books? I'd owe you big time. "
     "Niamh", True),

    ("Hi Kevin, it's been ages! I'm wrapping up my contract at Delmar and "
     "looking for what's next in product management. Any chance your org is "
     "hiring PMs at the moment? Happy to send my CV over. Best, Yuki", True),

    ("Hi Mariam, so sorry to hear about the restructure at your place, hope "
     "you're OK. On my side I'm still looking. Would you mind keeping an eye "
     "out for any roles in HR business partnering and passing my details "
     "along? Thanks lovely, Jo", True),

    ("Dear Mr Castellano,\n\nYour former colleague Irene Salas suggested I "
     "contact you. I am a qualified quantity surveyor relocating to "
     "Valencia and am looking for a job. Would you know of any firms that "
     "are hiring at the moment? I would be most grateful for any "
     "pointers.\n\nYours faithfully,\nPatrick Doyle", True),

    ("hey bro, can u ask ur manager if they need anyone on the night shift "
     "at the depot? i'm free from next week. thx", True),

    ("Hi Elena, I hope this finds you well. I'm making a career change into "
     "data journalism. I wondered if you could introduce me to someone at "
     "the Coastal Herald: I'd love to apply for their open data reporter "
     "role and an inside contact would really help my application stand "
     "out. Best wishes, Sophie", True),

    ("Hi Rahul, I know you're well connected in the Bangalore startup scene. "
     "I'm a backend dev with 6 yrs exp. Could you refer me to any companies "
     "that are hiring right now? Thanks a ton, Vikram", True),

    ("Dear Gwen,\n\nI hope you're keeping well and that the new office in "
     "Cardiff has settled down. It's been nearly three years since we worked "
     "together on the Penrhos flood survey, and I've thought of you often. "
     "Since then I've finished my chartered status and spent a year on "
     "contract with a small consultancy, which wound up in March. I've been "
     "reflecting a lot on where I want to go next, and hydrology still feels "
     "like home. I know Afon Consulting has been winning a lot of the "
     "catchment work lately. If your team is ever short-handed, or you hear "
     "of something suitable, I'd be really grateful if you could mention me "
     "to whoever handles recruitment. I'm happy to travel.\n\nWith warm "
     "wishes,\nIeuan", True),

    # ---------------------------------------------------------------
    # Without the mistake (False): plain good asks
    # ---------------------------------------------------------------
    ("Hi Priya, hope you're well! I'm starting to explore the water industry "
     "after my MSc. Would you be willing to introduce me to one or two "
     "people at Harrowgate Water? I'd love a 20-minute chat to hear how they "
     "see the sector and what advice they'd give someone starting out. "
     "Thanks so much, Tom", False),

    ("Hey Marcus, long time! I'm thinking about moving from fintech into "
     "climate tech. Do you know anyone in that world who might be up for a "
     "quick coffee? I'm keen to understand what the work actually looks "
     "like day to day. Cheers, Dev", False),

    ("Dear Mrs. Okonkwo,\n\nI hope you are well. I am researching careers in "
     "hospital administration and would greatly value the perspective of "
     "people working in the field. Would you feel comfortable introducing "
     "me to a colleague at St. Albery's who might spare fifteen minutes for "
     "a conversation?\n\nKind regards,\nFunmi", False),

    ("Hi Aunt Ruth, hope you and Gerald are keeping well. Mum says you know "
     "a lot of people in local government. I'm curious about urban planning "
     "as a career. Would you be able to put me in touch with someone who'd "
     "be happy to chat about what it's like? Love, Ellie", False),

    ("Hello Mr Brandt, we met at the Linz logistics fair. I am wanting to "
     "learn more how supply chain planning is working in automotive sector. "
     "Could you maybe introduce me to someone in your network for a short "
     "talk? I would be very thankful. Best regards, Oleksandr", False),

    ("hi jamal, hope ur good! i just got my pharmacy tech certification and "
     "im trying to figure out hospital vs retail. do u know anyone in "
     "hospital pharmacy who'd be ok with a quick call to tell me what its "
     "realy like? thx", False),

    ("Hi Nora, hope the studio's thriving! I'm trying to get a feel for how "
     "animation studios differ from games companies. Would you mind "
     "connecting me with one or two animators you rate, just for an "
     "informal chat? Thanks! Felix", False),

    ("Dear Professor Lindqvist,\n\nI am in the final year of my PhD and "
     "trying to understand what R&D careers in industry involve. Would you "
     "be willing to introduce me to one of your contacts at Nordal Alloys? "
     "A short conversation about their path, and what they wish they'd "
     "known earlier, would be enormously helpful.\n\nWith thanks,\nHenrik",
     False),

    ("Hi Grace, lovely catching up at Mia's wedding! As I mentioned, I'm "
     "considering UX research. Could you introduce me to a couple of "
     "researchers you know? I'd love to ask how they got started and which "
     "skills matter most. Warmly, Olu", False),

    ("Dear Ms. Hartley, thank you for your kind words at the volunteers' "
     "dinner. I'm a career changer from hospitality and I'm drawn to the "
     "charity sector. Might you introduce me to a fundraiser you trust, so "
     "I can hear how they approach the work and what they'd recommend I "
     "read? Best wishes, Raj", False),

    ("Hiya Pete, you know the ops lot at Carraway Freight, don't you? I'm "
     "thinking about going into logistics management and would love a "
     "natter with someone who's actually done it. Could you introduce me? "
     "Ta, Gaz", False),

    ("Dear Uncle Femi, Good afternoon sir. I hope you are well. I am "
     "thinking about a career in banking and I want to understand it well "
     "before deciding. Please could you connect me with one of your "
     "colleagues who can advise me? I will be very grateful. God bless, "
     "Tunde", False),

    ("Hey Ahmed, I'm trying to figure out whether SOC work or pentesting "
     "suits me better. You know loads of people in cyber, could you "
     "introduce me to someone from each side? Just keen to hear what their "
     "weeks look like. Cheers, Rhys", False),

    ("Dear Mr Castellano,\n\nIrene Salas suggested I contact you. I'm a "
     "quantity surveyor relocating to Valencia and keen to understand the "
     "local construction market. Would you be kind enough to introduce me "
     "to a colleague or two for an informal chat?\n\nYours faithfully,\n"
     "Patrick Doyle", False),

    ("Hi Mr. Adebayo, my father speaks very highly of you. I'm a final-year "
     "law student weighing up commercial against public law. Could you "
     "introduce me to a lawyer or two in your network for a short "
     "conversation about their work? With gratitude, Kemi", False),

    ("Hello Marguerite,\n\nI hope the spring term is going well and that "
     "the new lab is finally up and running. I'm writing because I've "
     "reached a bit of a crossroads. After six years in secondary school "
     "science teaching I've become increasingly interested in science "
     "communication, particularly museum work, but I honestly don't know "
     "what the day-to-day looks like, which skills carry over, or whether "
     "people tend to come in from teaching at all. You mentioned once that "
     "you'd collaborated with the education team at the Thornbury Science "
     "Centre. Would you feel comfortable introducing me to someone there? "
     "I'd only ask for twenty minutes of their time to hear about their "
     "path and any advice they have. Thank you so much for considering "
     "it.\n\nBest wishes,\nOwain", False),

    # ---------------------------------------------------------------
    # Without the mistake (False): tricky, contain job-ish words
    # ---------------------------------------------------------------
    ("Hi Kiran, I want to be upfront: I'm not asking about jobs. I'm just "
     "trying to understand the QA automation field better. Would you "
     "introduce me to someone on your side for a quick chat? Cheers, Dev",
     False),

    ("Hi Ben, your sister Claire was a hiring manager in retail banking for "
     "years, wasn't she? I'd love to hear her take on how the industry has "
     "changed. Would you be happy to introduce us over coffee sometime? "
     "Cheers, Martin", False),

    ("Hey Lauren! Great to see you at the reunion. I've always wondered, how "
     "did you get into your current position at Summit Outdoor? I'm weighing "
     "up a move into outdoor retail and would love to hear your story, and "
     "maybe meet one or two of your colleagues. Brie", False),

    ("Hi Tomasz, I'd love to hear how your team's roles are organised at "
     "Kestrel: who does pipelines, who does modelling, and so on. I'm trying "
     "to understand data engineering as a field. Could you introduce me to "
     "a colleague who'd be up for a 15-minute chat? Thanks, Agnieszka",
     False),

    ("Hi Mariam, just to be clear, I won't send a CV, I'd just like to "
     "learn. I'm curious about HR business partnering and wondered if you "
     "could connect me with someone who does it, for a short conversation "
     "about the work. Thanks lovely, Jo", False),

    ("Hi Siobhán! Are you going to any of the gallery openings in Temple Bar "
     "this month? I'm trying to learn more about the arts admin world and "
     "would love to be introduced to a curator or two if you know any. "
     "Niamh", False),

    ("Hi Beatrice, I've been reading about the different positions people "
     "take on carbon pricing and I'm fascinated. Would you introduce me to "
     "someone at the Greenfield Institute so I can hear how policy people "
     "think it through? Thanks, Marco", False),

    ("Hi Oliver, I'm keen to learn about aerospace and would be grateful for "
     "an introduction to an engineer or two at Stratline. I'd love to ask "
     "them about hiring trends in the sector over the last decade, and how "
     "the skills in demand have shifted, purely for my own understanding. "
     "Best, Harriet", False),

    ("Dear Dr. Moreau,\n\nI have just finished my nursing degree and am "
     "trying to decide between community and hospital nursing. Could you "
     "put me in touch with a nurse at your clinic who'd be willing to share "
     "their experience over a brief call? I'm not looking for a job there, "
     "just perspective.\n\nYours sincerely,\nCamille Petit", False),

    ("Hi Sunita, hope you had a lovely Diwali. My CV is a mess at the moment "
     "so I'm not sending anything like that, I'd just value a conversation. "
     "Could you introduce me to someone in regulatory affairs at Meridian "
     "Pharma? Many thanks, Arjun", False),

    ("Hi Kevin, it's been ages! I'm exploring product management. You "
     "mentioned a while back that your old boss had hired dozens of PMs "
     "over the years. I'd love to hear what she thinks makes a good one. "
     "Would you introduce us? Best, Yuki", False),

    ("Hey Rob, I've been reading about private equity and I'm curious about "
     "the analyst job itself, what people actually do all day. Do you know "
     "anyone at Pembury Capital who'd be happy to tell me about it over "
     "coffee? Cheers, Dan", False),

    ("Hi Zara, congrats on joining Orbis Fintech!! How are you finding the "
     "role so far? I'm curious about compliance in fintech vs. banking, "
     "would you mind introducing me to someone on the compliance side for a "
     "quick chat? x Hannah", False),

    ("Good evening Mr. Watanabe, thank you for your support during my "
     "exchange. I am interested to understand the mechanical design "
     "industry in Japan. Could you kindly introduce me to an engineer who "
     "can share some advices? I do not ask for employment, only for "
     "learning. Respectfully, Lucas Oliveira", False),

    ("Hi Rahul, I'm a backend dev curious about the Bangalore startup scene. "
     "Openings of new offices there seem to be everywhere lately and I'd "
     "love to understand why. Could you intro me to a founder or two who'd "
     "chat for 15 mins? Thanks a ton, Vikram", False),

    ("Hi Elena, I'm moving into data journalism. I recently read your piece "
     "on how reporting roles at the Coastal Herald were split between desk "
     "and field, fascinating. Could you introduce me to one of the data "
     "reporters there? I'd love to ask them about the craft. Best, Sophie",
     False),

    ("Hi Min-jun, I'm moving from teaching to instructional design. I've "
     "been advised to speak to people in the field before applying "
     "anywhere. Would you be willing to introduce me to someone at Oakridge "
     "Courseware for a short informational chat? Best, Claire", False),

    ("Hi Chris, I'm not after a referral or anything like that, I'd just "
     "love an intro to someone in your marine insurance team to understand "
     "what underwriters actually do. 20 mins max! Cheers, Anna", False),

    ("Hello Ms Ferreira, thank you for the career talk at Westbrook College. "
     "You mentioned that your firm's graduate intake has doubled since 2015, "
     "which I found fascinating. Would you be able to introduce me to a "
     "recent graduate there so I can hear about their first year? Kind "
     "regards, Yusuf Demir", False),

    ("Hey Jake, still at Ironhollow Games? I'm curious how indie studios "
     "decide what to build next. Would you mind putting me in touch with "
     "one of your designers for a quick chat? No agenda, just learning, and "
     "I promise I won't pitch my game lol.", False),

    ("Hi Hannah, I'm updating my CV this weekend and realised I don't really "
     "understand what 'stakeholder management' means in consulting. Would "
     "you introduce me to a consultant friend of yours for a 15-min chat "
     "about it? Thanks!", False),

    ("Hi Jess, I'm researching the events industry. Would you introduce me "
     "to one or two planners you know? I'd like to understand which "
     "positions people take on sustainability in events, and how they "
     "built their careers. x", False),

    ("Dear Ms. Hartley, I'm a career changer from hospitality interested in "
     "the charity sector. I know vacancies there are advertised publicly, so "
     "I'm not asking about those. I'd really just value an introduction to "
     "someone in fundraising, to hear how they approach the work. Best "
     "wishes, Raj", False),
]
