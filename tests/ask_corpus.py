"""A labelled corpus of asks, written for netkit's tests (synthetic people and organisations).

Each entry is ``(mistake, message)``: ``mistake`` is True when the ask makes the common
mistake (asks about hiring, openings, vacancies, positions, job leads, referrals for a
job, or sends a resume/CV). Innocent look-alikes are deliberately included.

The sections are in the order they were written; each probe after the first says how the
rules did on it before they were changed, so the history of the tuning is visible. The
rules were rewritten (request + employment object, other senses blanked out, clause-level
negation) from the section "the old hold-out" on; ``ask_holdout.py`` holds asks written
before that rewrite and never used to tune it.
"""

CORPUS: list[tuple[bool, str]] = [
    # ----- the common mistake, in its many phrasings --------------------------------------
    (True, "Hi Ana, hope you're well! Quick question: are you hiring at Brightwell right now?"),
    (True, "Hey Ben, it's been ages since the data meetup. Is your team hiring? I'd love to "
           "join."),
    (True, "Hi Chiara, we worked together at Harbor Lane. Do you know if Medora Labs is hiring "
           "analysts at the moment?"),
    (True, "Dev, great seeing you at the reunion. Any openings on your team these days?"),
    (True, "Hi Elif, I hope the new job is going well. Do you know of any roles in healthcare "
           "technology that might suit me?"),
    (True, "Farah, thanks again for the coffee last month. Would you be willing to put in a "
           "good word for me with your manager?"),
    (True, "Hi Gus, I've attached my resume. Could you pass it along to whoever handles "
           "recruiting at Sunfield?"),
    (True, "Hana, we met at the volunteering day. Could you pass my CV along to your HR team?"),
    (True, "Hi Ivan! Since we studied together I thought of you first: do you have any job "
           "leads in renewable energy?"),
    (True, "Jun, long time no see. Are there any opportunities on your team for someone with "
           "my background?"),
    (True, "Hi Kofi, I'm applying for the product analyst position at Pulsepoint. Could you "
           "refer me?"),
    (True, "Lena, as a fellow alumna, could you give me an employee referral for the data role "
           "at Northwind Grid?"),
    (True, "Hi Mateo, do you know anyone who is hiring in financial services?"),
    (True, "Nadia, hope all is well. Any vacancies at Evercrest Insurance I should know about?"),
    (True, "Hi Omar, I saw an open position on your careers page. Could you tell me who the "
           "hiring manager is so I can reach out?"),
    (True, "Priya, we met at the analytics meetup. I'm job hunting. Please keep me in mind if "
           "anything opens up at Medora?"),
    (True, "Hi Quinn, it was great working with you at Urban Pantry. Would you keep an eye out "
           "for analyst jobs for me?"),
    (True, "Rosa, our kids are on the same football team! Is Brightwell taking on new people "
           "this year? Any chance you could recommend me for a role?"),
    (True, "Hi Sven, I'm sending my CV in case anything comes up at Tidewater. Thanks!"),
    (True, "Tariq, from our old team at Quillstone: do you know of job openings in energy "
           "trading?"),
    (True, "Hi Uma, we met through Jonas. Is there any chance of a position at Cardinal Clinic "
           "Systems for me?"),
    (True, "Víctor, it's Sam from the running club. Does your company have positions available "
           "for data analysts?"),
    (True, "Hi Wen, I hope you don't mind me asking: is Sunfield Power recruiting right now? "
           "I'm looking for my next role."),
    (True, "Ximena, good to reconnect after the conference. Could you forward my résumé to the "
           "recruiter on your team?"),
    (True, "Hi Yusuf, we sat next to each other in stats class! Do you know any companies that "
           "are hiring product analysts?"),
    (True, "Zoë, we volunteered together at the food bank. Could you help me get a job at "
           "Maple & Co.?"),
    (True, "Hi Aisling, I'm not asking for much: just, are you hiring?"),
    (True, "Bruno, I know this isn't about jobs for you, but is your team hiring?"),
    (True, "Hi Carmen, we met at the Chicago meetup. Who's hiring in healthcare tech these "
           "days, in your view?"),
    (True, "Dmitri, from the old Harbor Lane days: any leads on jobs in the public sector?"),
    (True, "Hi Esther, we worked on the grant project together. Would you introduce me to your "
           "recruiter? I'd like to apply for an analyst role."),
    (True, "Felipe, it's been a while since Madison. Do you have any open roles on the data "
           "team?"),
    (True, "Hi Greta, we met at the alumni dinner. Please find my CV attached; I'd love any "
           "opportunity at Brightpath Learning."),
    (True, "Hiro, we played five-a-side together. Could you put my name forward for the "
           "analyst vacancy?"),
    (True, "Hi Inés, we met at Ana's birthday. Can you let me know if there are any job "
           "opportunities at Evercrest?"),
    (True, "Jonas, since we were on the same project: would you be a reference for me for a "
           "job at Medora? Also, is anyone hiring there?"),
    (True, "Hi Kiri, we met at the UX night. I'm applying to Pulsepoint. Could you refer me "
           "for the research role?"),
    (True, "Lucía, from our book club: is the City of Riverton looking to hire analysts?"),
    # ----- good asks, including innocent look-alikes --------------------------------------
    (False, "Hi Ana, it was lovely to catch up at the data meetup. I'm exploring healthcare "
            "technology and would value hearing how people there see the field. Is there "
            "someone you'd feel comfortable introducing me to for a short chat?"),
    (False, "Hey Ben, we worked together at Harbor Lane Bank. I'm not asking about jobs, just "
            "advice: who in renewable energy would you suggest I talk to?"),
    (False, "Hi Chiara, as a former colleague you know how much I like data work. You mentioned "
            "your sister used to be a hiring manager at Medora Labs; do you think she would "
            "share how her old team works over a 20-minute call?"),
    (False, "Dev, it was great seeing you at the reunion. You've built a great career in "
            "product; how did you get into this position? And who else should I talk to?"),
    (False, "Hi Elif, we met volunteering at the food bank. I'm learning about the renewable "
            "energy industry. Who do you know there who enjoys talking shop?"),
    (False, "Farah, thanks for the coffee last month. You know so many people in financial "
            "services. Would you be willing to introduce me to one or two of them?"),
    (False, "Hi Gus, from our university days: I'm curious how Sunfield Power is doing after "
            "the merger. Could you put me in touch with someone there who'd share their view?"),
    (False, "Hana, we met at the meetup in March. I'm not looking for open positions; I'd like "
            "to understand your field. Who would you recommend I speak with?"),
    (False, "Hi Ivan, we studied together at Lakeside. What trends are you seeing in "
            "education technology, and is there a colleague you'd suggest I ask as well?"),
    (False, "Jun, long time no see since the grant project. I'd love your advice on "
            "healthcare analytics. Could you introduce me to someone on your team who does "
            "this work?"),
    (False, "Hi Kofi, we were neighbours on Elm Street. I'm exploring product analytics in "
            "healthcare. Is there anyone at Pulsepoint you'd be happy to introduce me to?"),
    (False, "Lena, as a fellow alumna of Lakeside, I'd love to hear about your path from "
            "teaching into policy. Would you have 20 minutes in the next few weeks?"),
    (False, "Hi Mateo, we met at the gym. You've been in financial services for years; "
            "who would you say I should talk to about where the industry is heading?"),
    (False, "Nadia, thanks again for introducing me to Omar last spring. Could you suggest "
            "one more person in insurance who likes to talk about their work?"),
    (False, "Hi Omar, your colleague Nadia suggested I reach out. What do you enjoy most "
            "about working at Evercrest, and would you be open to a short call?"),
    (False, "Priya, we met at the analytics meetup. I've been reading about how clinics use "
            "data. Who do you know in clinical informatics that I could learn from?"),
    (False, "Hi Quinn, great working with you at Urban Pantry. You always knew the right "
            "people. Is there someone in retail analytics you'd introduce me to?"),
    (False, "Rosa, our kids are on the same football team! You work in renewable energy, "
            "right? Could you introduce me to a colleague who'd share what the work is like?"),
    (False, "Hi Sven, we met at the energy conference. I'd love to learn how Tidewater "
            "approaches grid forecasting. Would you have time for a short chat?"),
    (False, "Tariq, from our old team at Quillstone. You mentioned you once sat on hiring "
            "panels. What do you think makes someone credible in energy trading?"),
    (False, "Hi Uma, Jonas suggested I contact you. I'm curious about clinical systems. Could "
            "you tell me how you came to your role, and who else I might speak with?"),
    (False, "Víctor, it's Sam from the running club. You know the Milwaukee tech scene well. "
            "Who are two people I should meet to understand it better?"),
    (False, "Hi Wen, we met at the sustainability panel. This isn't a job request: I'm "
            "trying to learn how grid operators think about data. Who would you suggest?"),
    (False, "Ximena, good to reconnect after the conference. What's changing in your industry "
            "right now, and who else do you think I should talk to?"),
    (False, "Hi Yusuf, we sat next to each other in stats class. I remember you love talking "
            "about dashboards. Would you introduce me to someone in healthcare analytics?"),
    (False, "Zoë, we volunteered together at the food bank. I'm learning about retail "
            "operations. May I ask you a few questions about your work over coffee?"),
    (False, "Hi Aisling, we met through the alumni network. Rather than ask about openings, "
            "I'd love your perspective: who shapes the public sector data world here?"),
    (False, "Bruno, it's been a while since our Madison days. You're in a great position to "
            "see where fintech is going. Who do you think I should talk to next?"),
    (False, "Hi Carmen, we met at the Chicago meetup. I'd love to hear what your team is "
            "working on. Could we talk for 20 minutes next week?"),
    (False, "Dmitri, from the old Harbor Lane days. You always gave great advice. Is there "
            "someone in the public sector you'd be comfortable introducing me to?"),
    (False, "Hi Esther, we worked on the grant project together. I'm not after a referral or "
            "a job, only insight. Who in education research should I get to know?"),
    (False, "Felipe, it's been a while since Madison. How has your move into product gone, "
            "and is there anyone in your network I should talk to?"),
    (False, "Hi Greta, we met at the alumni dinner. What would you tell someone starting to "
            "explore learning design? Could you point me to one person to talk to?"),
    (False, "Hiro, we played five-a-side together. I'm learning how hospitals buy software. "
            "Do you know anyone in procurement who'd be open to a quick call?"),
    (False, "Hi Inés, we met at Ana's birthday. I'd love to hear how you moved from "
            "consulting to your current role. Would you have time for a coffee?"),
    (False, "Jonas, since we were on the same project, you know my work. Could you introduce "
            "me to a product manager in healthcare technology? What should I ask them?"),
    (False, "Hi Kiri, we met at the UX night. Your talk on research ops stuck with me. Who "
            "else in UX research do you think I should learn from?"),
    (False, "Lucía, from our book club: you've worked with the City of Riverton. Who there "
            "would enjoy talking about transit data with a curious newcomer?"),
    (False, "Hi Malik, we met at the career fair where you ran the recruiting booth. What did "
            "you learn about what makes analysts stand out? Who else should I ask?"),
    (False, "Noor, my former manager at Brightwell. You know I avoid asking people about open "
            "roles. Could you introduce me to someone in health data policy instead?"),
    (False, "Hi Olga, we met at the opening of the new library. I'm curious about civic tech. "
            "Who do you know in that space who likes to talk shop?"),
    (False, "Pablo, it was good to catch up at the reunion. I'd like to resume our chat about "
            "energy storage. Could you introduce me to one of your engineers?"),
    (False, "Hi Renée, we worked together at Maple & Co. Thank you for the opportunity to help "
            "with your survey last year. Who in retail research should I talk to next?"),
    (False, "Sade, we met through volunteering. Could you refer me to someone who knows the "
            "healthcare data world? I'd value their perspective."),
    (False, "Hi Tomás, as a fellow Lakeside grad, how did you position yourself when you moved "
            "into analytics? Would you share the story over a short call?"),
    # ----- written after the first version of the rules, to probe it (it caught 2 of
    # the 8 mistakes below at first; the rules were then widened) -----------------------
    (True, "Hi Sam, we met at the meetup. Quick one: does Brightwell have anything for a "
           "data analyst?"),
    (True, "Ana, great working with you last year. Is there room on your team for another "
           "analyst?"),
    (True, "Ben, from our old team: could you send my details to your talent acquisition team?"),
    (True, "We met at the meetup. Are they taking applications at Sunfield?"),
    (True, "Hi Chiara, we studied together. Do you know if any positions are opening up soon?"),
    (True, "Dev, we met at the gym. I'd love to work at Medora. Could you help me get in?"),
    (True, "Hi Elif, would you mind sharing my LinkedIn profile with your hiring team?"),
    (True, "Farah, long time no see! Any chance you could get me an interview at Northwind?"),
    (False, "Gus, we met at the fair. You were a recruiter for years, so you know the field. "
            "Who should I talk to?"),
    (False, "Hana, as a former colleague: what positions do people in your field usually start "
            "in? Who could tell me more?"),
    (False, "Ivan, we worked together at Quillstone. I'm not after a job at your company, only "
            "your perspective. Who else should I ask?"),
    (False, "Hi Jun, we met at the panel. How did hiring change in your industry during the "
            "pandemic? Who else saw it up close?"),
    (False, "Kofi, it's been a while! I read that Medora is expanding into Europe. How is the "
            "team finding it?"),
    (False, "Lena, we met at the alumni night. Your job sounds fascinating. What does a typical "
            "week look like?"),
    # ----- a second probe, after the first widening (four false alarms among the first
    # four below; narrowed for grants, store openings, computer vision, volunteers) ------
    (False, "Mia, we met at the meetup. How do you apply for research grants in your field? "
            "Who else knows?"),
    (False, "Ana, we worked together. You've led so many store openings; who else in retail "
            "ops should I meet?"),
    (False, "Ben, from our lab days: I'm exploring CV and robotics. Who works on computer "
            "vision at Medora?"),
    (False, "Cy, we met at the gala. You ran recruiting for volunteers at the food bank; who "
            "else should I ask?"),
    (True, "Di, we met at the meetup. Could I send you a CV to pass on?"),
    (True, "Eve, we worked together. My CV is attached in case it helps."),
    (True, "Fay, from our old team: I'm applying to Medora Labs next week. Could you put me "
           "forward?"),
    # ----- a third probe, first kept aside as a hold-out (the rules then caught 3 of its 10
    # mistakes, with no false alarms); the rules were widened to generic shapes after it ------
    (True, "Hi Noor, we met at the hackathon. Does your employer have any analyst slots "
           "this quarter?"),
    (True, "Olga, great to see you at the picnic! Is Medora bringing on any new analysts?"),
    (True, "Hey Pablo, we worked together at Urban Pantry. Would you flag my profile to your "
           "hiring manager?"),
    (True, "Renée, we met through Ana. Could you let me know when a job at Sunfield is "
           "posted?"),
    (True, "Hi Sade, from our choir: are there any internal postings at Brightwell I could "
           "go for?"),
    (True, "Tomás, long time! Could you get my application in front of someone at Evercrest?"),
    (True, "Ulla, we studied together. I'm looking for work in energy. Do you know anyone "
           "looking for an analyst?"),
    (True, "Vera, we met at the workshop. Is your department expanding its team? I'd love to "
           "be considered."),
    (True, "Wiremu, from the old office: could you tell your boss about me for the open "
           "analyst spot?"),
    (True, "Yara, we met at the conference. Would you share my portfolio with your "
           "recruiters?"),
    (False, "Hi Zeynep, we met at the hackathon. How did your team decide to move into "
            "renewables? Who else watched that happen?"),
    (False, "Aisling, from our choir: I'd love to hear how you went from nursing to health "
            "data. Would you have 20 minutes?"),
    (False, "Bruno, we worked together at Urban Pantry. Who would you call first if you "
            "wanted to understand grid storage?"),
    (False, "Carmen, we met through Ana. Your post about clinic workflows was great. Who "
            "else thinks about this?"),
    (False, "Dmitri, great to see you at the picnic! Which teams at Medora do the most "
            "interesting data work, in your view?"),
    (False, "Esther, we studied together. I'm not job hunting through you, promise. Who are "
            "the people to know in ed tech?"),
    (False, "Felipe, long time! You interviewed a lot of candidates at your last job; what "
            "impressed you most? Who else should I ask?"),
    (False, "Greta, we met at the workshop. What do new analysts in your field wish they had "
            "known? Could you connect me with one?"),
    (False, "Hiro, from the old office: your company's open data portal is impressive. Who "
            "built it? I'd love to learn from them."),
    (False, "Inés, we met at the conference. What roles exist in climate data that outsiders "
            "rarely hear about? Who could tell me more?"),
    # ----- a fourth probe, also first a hold-out (7 of 12 mistakes caught, no false
    # alarms); then "get hired", "a place for me", "be my referral", "paid work" were added --
    (True, "Hi Jonas, we met at the climate meetup. Would Northwind have a place for someone "
           "like me?"),
    (True, "Kiri, from our design course: can you check whether your studio needs a junior "
           "researcher?"),
    (True, "Lucía, we worked together at Maple. I'd love to join Brightwell. Who makes the "
           "hiring decisions there?"),
    (True, "Malik, great to see you at the 10k! I'm between jobs. Do you have anything I "
           "could help with at your firm, paid of course?"),
    (True, "Noor, from our old book club: could you mention me to your team lead for the "
           "upcoming data role?"),
    (True, "Olga, we met at the alumni mixer. Are there any jobs going at the transit "
           "authority?"),
    (True, "Pablo, we studied stats together. Could you sponsor me for an internal transfer "
           "to your team? I'd apply right away."),
    (True, "Renée, we met at the gallery. I'm hoping to get hired at Tidewater. Could you "
           "help?"),
    (True, "Sade, long time no see. Would you be my referral at Pulsepoint?"),
    (True, "Tomás, from the running club: my resume's below, does anything at your company "
           "fit?"),
    (True, "Ulla, we met at the panel. Could you let me know about any upcoming openings in "
           "your group?"),
    (True, "Vera, we worked on the survey together. What are my chances of landing a role at "
           "Medora?"),
    (False, "Hi Wen, we met at the climate meetup. What surprised you most when you joined "
            "Northwind? Who else should I hear from?"),
    (False, "Ximena, from our design course: your studio's research is inspiring. Could you "
            "introduce me to the person who leads it?"),
    (False, "Yusuf, we worked together at Maple. How is the team handling the new "
            "regulations? Who else is close to it?"),
    (False, "Zoë, great to see you at the 10k! You know everyone in logistics. Who should I "
            "talk to about how warehouses use data?"),
    (False, "Aisling, from our old book club: what's a typical career path in your field? "
            "Would you share yours over coffee?"),
    (False, "Bruno, we met at the alumni mixer. The transit authority's new app is great; who "
            "worked on it? I'd love to hear the story."),
    (False, "Carmen, we studied stats together. You were always good at finding the right "
            "people. Who in biostatistics should I meet?"),
    (False, "Dmitri, we met at the gallery. What's the hardest part of your role as a "
            "curator? Who else could I ask about museum data?"),
    (False, "Esther, long time no see. Your team is growing fast, congratulations! How do "
            "you keep the culture? Who else thinks about that?"),
    (False, "Felipe, from the running club: which companies in your field are doing the most "
            "interesting analytics work? Who should I talk to there?"),
    (False, "Greta, we met at the panel. Hiring is hard in your field, you said. What makes "
            "a team work well? Who else should I ask?"),
    (False, "Hiro, we worked on the survey together. Now that I'm moving into health data, "
            "who are the two people you'd want me to meet?"),
    # ----- a fifth probe, first a hold-out (3 of 12 mistakes caught and one false alarm);
    # then the generic layer (a job term plus a request in one sentence) was added -----------
    (True, "Hello Ines, we were on the same volunteer team. I would like to work in your "
           "company. Can you say me if there is vacant place?"),
    (True, "Hey Jun!! Saw your post from the offsite, looks fun. Any chance your team needs "
           "another pair of hands? Happy to send over my CV."),
    (True, "Kofi, we met at the alumni run. I've been out of work since March and I'm open "
           "to anything. Who at your company should I send an application to?"),
    (True, "Lena, it's Sam from the old lab. Is Brightwell doing any hiring for product "
           "people this spring?"),
    (True, "Mateo, we met at the fintech night. Is there an opening for an analyst at "
           "Quillstone?"),
    (True, "Nadia, from our cycling group: I'd like to throw my hat in the ring for the data "
           "lead job at your place. Could you help?"),
    (True, "Omar, we worked together years ago. What would it take for me to get an offer "
           "from Evercrest?"),
    (True, "Priya, we met at the meetup. Could you pass my name to whoever is recruiting at "
           "Medora?"),
    (True, "Quinn, great catching up last week. If your team has budget for a contractor, "
           "I'd be keen. Thoughts?"),
    (True, "Rosa, from the football parents' group: do you know of anything going at "
           "Sunfield for someone with my skills?"),
    (True, "Sven, we met at the conference. Would you consider recommending me to your "
           "manager for the vacant analyst post?"),
    (True, "Tariq, we were classmates. Is your company taking on grads at the moment?"),
    (False, "Hello Uma, we were on the same volunteer team. I would like to learn how your "
            "company uses data. Can you say me who to talk with?"),
    (False, "Hey Víctor!! Saw your post from the offsite, looks fun. What's your team "
            "working on these days? Who should I meet to learn more?"),
    (False, "Wen, we met at the alumni run. I've been reading about grid storage. Who at "
            "your company knows it best, and may I mention you?"),
    (False, "Ximena, it's Sam from the old lab. How has product work at Brightwell changed "
            "since the merger? Who else saw it?"),
    (False, "Yusuf, we met at the fintech night. What does an analyst at Quillstone actually "
            "do all day? Could you introduce me to one?"),
    (False, "Zoë, from our cycling group: you have a great eye for talent. Who are the sharpest "
            "people you know in retail data?"),
    (False, "Aisling, we worked together years ago. What would you do differently if you "
            "started your career in insurance today?"),
    (False, "Ben, we met at the meetup. You mentioned Medora's recruiting is slow this year. "
            "How are teams coping? Who should I ask?"),
    (False, "Chiara, great catching up last week. Your team's budget talk was eye-opening. "
            "Who else thinks about public spending like that?"),
    (False, "Dev, from the football parents' group: what is going on at Sunfield with the "
            "new wind farm? Who could tell me more?"),
    (False, "Elif, we met at the conference. Would you consider introducing me to your "
            "manager? I'd love her view on clinical informatics."),
    (False, "Farah, we were classmates. How is your company handling new grads' first year? "
            "Who leads that work?"),
    # ----- the old hold-out (tests/ask_holdout.py before the rewrite; read while rewriting
    # the rules, so it is corpus now) ---------------------------------------------------------
    (True, "Hi Gus, we met at the robotics fair. Do you reckon Medora would take a chance "
           "on a career changer like me?"),
    (True, "Hana, we were in the same MBA cohort. Would you be open to vouching for me with "
           "your VP? There's a strategy opening I'm eyeing."),
    (True, "Ivan, from the old climbing gym! I just got laid off. Is Sunfield looking for "
           "people right now?"),
    (True, "Jun, we met at the data summit. I noticed a senior analyst posting at your "
           "company. Could you get me an intro to whoever owns it?"),
    (True, "Kofi, it's Sam from the lab. Any idea if your department has headcount opening "
           "up next year?"),
    (True, "Lena, we worked on the census project. I'd be grateful if you could forward my "
           "LinkedIn to your talent team."),
    (True, "Mateo, we met through Priya. Can I list you as someone who can speak to my work "
           "when I apply to Brightwell?"),
    (True, "Nadia, from our neighbourhood association: is there any work at your firm for a "
           "bookkeeper?"),
    (True, "Omar, great to reconnect at the wedding. Does Evercrest ever hire people without "
           "an insurance background?"),
    (True, "Priya, we studied together. Could you keep your ears open for analyst gigs for "
           "me?"),
    (True, "Quinn, we met at the climbing gym. Is there a way for me to interview with your "
           "team?"),
    (True, "Rosa, we worked together at Urban Pantry. Please let me know if you hear of "
           "anyone needing a data person."),
    (False, "Hi Sven, we met at the robotics fair. You took a chance on a career change "
            "yourself; what helped most? Who else did it?"),
    (False, "Tariq, we were in the same MBA cohort. Your VP's talk on strategy was great. "
            "Could you introduce me to someone on her team?"),
    (False, "Uma, from the old climbing gym! How is Sunfield handling the new solar "
            "subsidies? Who would know the details?"),
    (False, "Víctor, we met at the data summit. Your team's posting about data ethics was "
            "thoughtful. Who wrote it? I'd love to talk to them."),
    (False, "Wen, it's Sam from the lab. What's your department's biggest challenge next "
            "year, in your view? Who else should I hear from?"),
    (False, "Ximena, we worked on the census project. Who in your network knows public "
            "health data best? I'd be grateful for a name."),
    (False, "Yusuf, we met through Priya. May I mention your name when I reach out to people "
            "at Brightwell for advice?"),
    (False, "Zoë, from our neighbourhood association: what is bookkeeping like in a big firm "
            "compared to a small one?"),
    (False, "Aisling, great to reconnect at the wedding. People without an insurance "
            "background often do well at Evercrest, you said. Why is that?"),
    (False, "Ben, we studied together. Which podcasts or newsletters keep you current on "
            "analytics? Who else do you follow?"),
    (False, "Chiara, we met at the climbing gym. How did you prepare for your first "
            "interview in product? Who helped you?"),
    (False, "Dev, we worked together at Urban Pantry. Do you know anyone who loves talking "
            "about supply chain data? I'd buy the coffee."),
    # ----- a sixth probe, written for the principled rewrite (request + employment object,
    # clause-level negation): indirect, polite, British/American, non-native, typos -----------
    (True, "Hi Bea, lovely to bump into you at the school gate. I'd be ever so grateful if you "
           "could let me know should anything suitable come up at Harlow & Finch."),
    (True, "Cal, we did the coding bootcamp together. if u hear of any junior dev roles pls "
           "let me know!!"),
    (True, "Dear Mr Okafor, we met at the chamber breakfast. I am seeking employment in "
           "logistics and would appreciate it if you could consider me for any suitable post."),
    (True, "Hi Dana, it's Lee from the allotment. Would your firm be open to taking on a "
           "trainee this autumn?"),
    (True, "Eli, great to see you at the reunion. Can I use you as a referee on my "
           "applications?"),
    (True, "Hey Fran, we met at the hackathon. I'm on the market again. Does Kestrel need "
           "any data folks?"),
    (True, "Gio, from the Saturday league: I've just uploaded my resume to your careers site. "
           "Could you nudge the recruiter?"),
    (True, "Hi Hal, we worked together at Bramble. Would you vouch for me with the panel at "
           "Orchid Health?"),
    (True, "Isla, we sat on the PTA together. Is there any way to get my foot in the door at "
           "the council?"),
    (True, "Jax, good catching up at the pub. Who should I speak to about getting an "
           "interview at Lumen?"),
    (True, "Hi Kemi, we met at the women in data dinner. Do you think your manager would be "
           "interested in my profile? I can send it across."),
    (True, "Leo, we studied economics together. Is Fernhill growing the analytics team? If "
           "so, I'd love to throw my name in."),
    (True, "Hi Mira, since we met at the conference I've been thinking about Quayside. Are "
           "they looking for anyone with a stats background?"),
    (True, "Nico, great seeing you at Ana's wedding. I'd really appreciate it if you could "
           "pass my details to whoever does the hiring."),
    (True, "Hello Oona, we were in the same Spanish class. I search a job as accountant, "
           "maybe your company need someone?"),
    (True, "Pete, from the cricket club: any chance of some freelance work with your agency? "
           "Happy to share my portfolio."),
    (True, "Hi Rae, we met through Tom. Could you tell me if Alderway has any graduate "
           "schemes open?"),
    (True, "Sol, we worked on the audit together. Would you be willing to write me a "
           "recommendation for the analyst post at Pinecrest?"),
    (True, "Hi Tia, good to see you at the 5k. I'm trying to get into Marlowe. Do you know "
           "who's in charge of recruitment there?"),
    (True, "Uri, we met at the meetup. Let me know if your team ever needs a contractor, "
           "I'm available from June."),
    (True, "Hey Val, long time! Is there a vacancy in your departement? I would be greatful "
           "for any information."),
    (True, "Wes, from our old flat share: could you ask around at Copperleaf to see if anyone "
           "wants a junior designer?"),
    (True, "Hi Xan, we met at the product meetup. I'm keen to explore opportunities at "
           "Halcyon. Could we chat about how I might fit in there?"),
    (True, "Yve, we volunteered at the shelter together. Would you mind if I sent you my CV, "
           "just in case?"),
    (True, "Zane, we were at uni together. Do you know if they're taking on staff at the "
           "depot?"),
    (True, "Hi Amir, we met at the careers talk. Could you introduce me to the hiring manager "
           "for the ops role?"),
    (True, "Bex, great to catch up. Would Sorrel consider someone like me for an entry-level "
           "position?"),
    (True, "Hi Cora, we did yoga teacher training together. I hear Lindenwood is recruiting; "
           "could you give me a heads-up when they advertise?"),
    (True, "Drew, from our old team at Vantage: I'm looking for my next challenge. If you "
           "come across anything suitable, please send it my way."),
    (True, "Hi Effie, we met at the parents' evening. Would it be possible to shadow your "
           "team with a view to applying later?"),
    (True, "helo Fen, we meet in the Python course last year. Please if your company have "
           "open position for junior, can you tell me? thank you"),
    (True, "Gita, gr8 to see u at the reunion. any chance ur lot are hiring grads?"),
    (True, "Hi Hamza, we worked together at Tessellate. I'm after a new post in finance; do "
           "let me know if Greyfriars has anything."),
    (True, "Ines, we met through the food bank. Is it worth me sending Pinecrest a "
           "speculative application, and could you flag it internally?"),
    (True, "Joss, good to catch up at the match. Could you see if there's room for a junior "
           "at Norland?"),
    (False, "Hi Gale, we met at the meetup. Not looking for a job here, honestly; I'd love to "
            "hear how your team uses forecasting. Who else should I ask?"),
    (False, "Hugo, from the Saturday league: I won't be sending a CV or anything like that. "
            "I just want to understand the wine trade. Who would you talk to?"),
    (False, "Hi Ida, we worked at Bramble together. What's your honest take on how hiring has "
            "changed in design since AI tools arrived? Who else is thinking about it?"),
    (False, "Jem, we met at the gallery opening in May. Who do you know in arts funding who'd "
            "enjoy a chat?"),
    (False, "Hi Kai, we studied together. Your positions on open data in the council debate "
            "were brilliant. Who shaped your thinking?"),
    (False, "Lou, from our choir: I saw Fernhill is opening new offices in Leeds. How is the "
            "move going? Who's leading it?"),
    (False, "Hi Mo, it was great to meet at the conference. You mentioned your mother was a "
            "recruiter in the nineties; do you think she'd share what the industry was like?"),
    (False, "Nell, we met at the book launch. How did you land your first role in publishing? "
            "Who else could I ask?"),
    (False, "Hi Ozzy, great to see you at the barbecue. Which roles on a product team work "
            "most closely with data scientists? Could you introduce me to someone in one of "
            "them?"),
    (False, "Pia, we worked on the charity run. I'm not after a referral, just curious: who in "
            "sustainability would you recommend I speak with?"),
    (False, "Hi Quincy, we met at the meetup. Would you be willing to introduce me to someone "
            "in a data engineering role at Lumen, purely to learn about their work?"),
    (False, "Reza, we were flatmates in Bristol. How does your company decide which projects "
            "get funded? Who would explain it to me?"),
    (False, "Hi Suki, we met at the hackathon. What made you apply to Kestrel in the first "
            "place? And who else there loves talking shop?"),
    (False, "Hi Una, we met at the nursing conference. What do hiring managers in community "
            "health tend to value that outsiders miss? Who else could I ask?"),
    (False, "Vic, it's been a while since the bootcamp! I've resumed my evening classes in UX. "
            "Who in UX research would you suggest I talk to?"),
    (False, "Hi Wyn, we met at the café opening on King Street. Your bakery looks amazing. Who "
            "taught you the business side?"),
    (False, "Xavi, from the Lisbon trip: I have no interest in switching jobs right now, I "
            "only want to learn about fintech. Who's worth meeting?"),
    (False, "Hi Yasmin, we worked together at Orchid. You must have interviewed hundreds of "
            "people as a manager; what stands out in a conversation? Who else should I ask?"),
    (False, "Zac, we met at the alumni night. Could you put me in touch with someone who "
            "moved from teaching into analytics? I'd love to hear how they made the jump."),
    (False, "Hi Ada, we met at the meetup. The role of data in public health fascinates me. "
            "Who are the people I should read or talk to?"),
    (False, "Ben, long time since Madison! Your team's expansion into Asia sounds exciting. "
            "How are you handling time zones? Who else is working on it?"),
    (False, "Hi Cleo, from our old running group. I'm reading up on hospital procurement and "
            "would be grateful for a name or two of people to talk to. Could you help?"),
    (False, "Dara, we met at the careers fair. Your talk on job hunting for career changers "
            "was so useful! Who else gives advice like that?"),
    (False, "Kit, we met through the food bank. I'm curious how Pinecrest thinks about "
            "volunteering days. Who runs that?"),
    (False, "Hi Lars, we met at the robotics fair. Please don't worry, I'm not fishing for a "
            "position. Could you point me to one person who knows warehouse automation?"),
    (False, "Maya, we were in the same cohort. She was the hiring manager who built your data "
            "team, wasn't she? I'd love to hear how she chose the first projects. Could you "
            "introduce us?"),
    # ----- a seventh probe, written while widening the rewrite (first run: 10 of 70 wrong;
    # they led to the reader's-own-job, topic-of-a-talk and new-hires senses, 'could use
    # a ...', 'taking people on', 'a spot for me', 'if you can help me find job') -------------
    (False, "Hi Ana, we met at the meetup. I'm looking for a role in product, so who "
            "would you suggest I talk to?"),
    (False, "Hi Bo, we worked together. What does a typical day in your job look like?"),
    (False, "Cam, we met at the fair. Do you enjoy the job at Medora?"),
    (False, "Dee, from the choir: how many people are on your team now? Who leads the "
            "data side?"),
    (False, "Ed, we met at the conference. Which job titles should I search for on "
            "LinkedIn to find people doing grid forecasting?"),
    (False, "Fi, we studied together. Do you know anyone in a senior position at Halden"
            " who'd share how they plan budgets?"),
    (False, "Gus, we met at the meetup. What was the interview like when you joined? "
            "Who else could I ask?"),
    (False, "Hal, great to see you. I read your piece on remote hiring; what surprised "
            "you? Who else writes about it?"),
    (False, "Ivy, we met at the meetup. Any chance you could introduce me to someone on"
            " the analytics team?"),
    (False, "Jo, we worked together at Lumen. What skills matter most for analysts in "
            "your team?"),
    (False, "Kay, we met at the bootcamp. Would you be open to a 20-minute chat about "
            "how you moved from retail to UX?"),
    (False, "Lee, from the running club: I'm switching careers into data. Could you "
            "introduce me to two people who made the same move?"),
    (False, "Max, we met at the panel. What's the best way to learn the jargon in your "
            "industry? Who should I ask?"),
    (False, "Ned, we met at the fair. Is your company growing its presence in Asia? How"
            " is that going?"),
    (False, "Ola, we studied together. What do you look for when you hire analysts? I'd"
            " love to understand it."),
    (False, "Pat, we met at the meetup. Could you recommend a good book on supply "
            "chains?"),
    (False, "Quin, from the gym: what are the most useful references for learning SQL?"),
    (False, "Ros, we worked together. Any tips for someone starting out in climate "
            "policy? Who should I meet?"),
    (False, "Sam, we met at the conference. I'm not looking for work through you; I'd "
            "just love your view on fintech. Who else should I ask?"),
    (False, "Tom, we met at the meetup. I'm in between jobs right now and using the "
            "time to learn. Who are the people to know in logistics?"),
    (False, "Uli, from our old team: I'd love to hear about your new position at "
            "Clearwater. How is it going?"),
    (False, "Vik, we met at the fair. How do people usually get their first job in game"
            " design? Who could tell me more?"),
    (False, "Wil, we studied together. Are there any good meetups for data people in "
            "Leeds?"),
    (False, "Xia, we met at the conference. What openings do you see for AI in public "
            "health?"),
    (False, "Yan, we met at the workshop. Do you have any advice for a career changer? "
            "Who else has made the jump?"),
    (False, "Zed, from the choir: I'm curious what the hiring process taught you about "
            "your team. Who else could share?"),
    (False, "Abe, we met at the summit. I don't need a job or a referral; could you "
            "introduce me to someone in policy?"),
    (False, "Bea, we met at the meetup. The new positions your party took on housing "
            "were bold. Who drafted them?"),
    (False, "Cy, we met at the fair. Your team's open house was great. Who organised "
            "it?"),
    (False, "Dot, we worked together. Are you still in the same role? I'd love to catch"
            " up and hear who you're working with."),
    (False, "Eve, great to catch up. Could you share the slides from your talk on "
            "hiring trends? Who else spoke?"),
    (True, "Fay, we met at the meetup. Any roles going on your side?"),
    (True, "Gil, we met at the fair. Could you let me know if Halden is hiring?"),
    (True, "Hoa, we met at the fair. I'd appreciate it if you could share my CV with "
           "your manager."),
    (True, "Ian, from the choir: is there any chance Halden would need a data analyst "
           "soon?"),
    (True, "Jen, we worked together. Would your manager be open to a chat about a role "
           "for me?"),
    (True, "Kim, we met at the summit. Are there positions open in your department?"),
    (True, "Liv, we met at the meetup. Know anyone who could use a UX writer? That's "
           "me!"),
    (True, "Mo, we studied together. I'm applying for the analyst job at Lumen; any "
           "tips on getting an interview?"),
    (True, "Nat, we met at the conference. Could you be my reference for the Lumen "
           "application?"),
    (True, "Oz, we worked at Bramble. Is your team planning to grow next year? I'd love"
           " to be part of it."),
    (True, "Pia, we met at the gym. Could you introduce me to your HR manager so I can "
           "ask about openings?"),
    (True, "Rex, we met at the meetup. I'm job hunting, so if you hear of anything, "
           "please think of me."),
    (True, "Sol, we met at the fair. Do you have any openings for a junior designer?"),
    (True, "Tess, from our old team: is Halden looking to hire this year?"),
    (True, "Uma, we met at the bootcamp. Would you be able to refer me internally?"),
    (True, "Val, we met at the summit. Do you think there might be a spot for me on "
           "your team?"),
    (True, "Wen, we worked together. Could I send you my resume to look over and pass "
           "along if there's a fit?"),
    (True, "Xu, we met at the fair. I would be very thankfull if you can help me find "
           "job in your company."),
    (True, "Yas, from the choir: please let me know if anything comes up in your team."),
    (True, "Zoe, we met at the meetup. Is Halden still recruiting for the data team?"),
    (True, "Hi Aldo, we met at the meetup. Would you happen to know whether Corvid Labs"
           " is expanding its data team?"),
    (True, "Bree, great to see you. I've just finished my masters and I'm looking for "
           "something in analytics. Does your company take graduates?"),
    (True, "Hi Cato, long time! Would you be comfortable recommending me to the team at"
           " Halden?"),
    (True, "Dina, we met at the conference. I'm applying to Lumen next month, would you"
           " mind putting in a word?"),
    (True, "Hi Emil, we worked together. Is there a chance Halden could use someone "
           "like me on a temporary basis?"),
    (True, "Faye, from our choir: could you pass this along to the right person at "
           "Halden? My CV and cover note are below."),
    (True, "Hi Gabe, we met at the fair. I was wondering if there are any vacancies "
           "coming up in your team."),
    (True, "Hana, good to catch up! I'd love to work at Halden one day. What's the best"
           " way in, and could you help?"),
    (True, "Hi Ilya, we met through Sara. Who handles recruitment for junior analysts "
           "at your place?"),
    (True, "Jojo, great to see you at the 10k. any jobs at your place?? lol but "
           "seriously"),
    (True, "Hi Kurt, we met at the meetup. I'm trying to get hired in UX. Can you help "
           "me?"),
    (True, "Lana, we studied together. Could you let your recruiter know I'm interested"
           " in the analyst opening?"),
    (True, "Hi Milo, we met at the summit. Would it be possible for you to forward my "
           "portfolio to your creative director?"),
    (True, "Noa, we met at the meetup. Are you guys taking people on at the moment?"),
    (True, "Hi Otis, from the old office: if a position comes up at Halden, would you "
           "let me know?"),
    (True, "Peg, we met at the summit. I'd be so grateful for a referral to Lumen's "
           "data team."),
    (True, "Hi Quade, we met at the bootcamp. Does Halden offer internships for career "
           "changers?"),
    (True, "Rita, we worked together. Do you reckon your boss would take me on as a "
           "junior?"),
    (True, "Hi Saul, we met at the fair. I'm keen to land a job at Lumen; could you "
           "point me to the hiring manager?"),
    (True, "Tova, from the choir: could you ask whether your team needs a part-time "
           "bookkeeper?"),
    (False, "Hi Ugo, we met at the meetup. I'm not looking to be hired; I'd just love "
            "to learn how your team runs experiments. Who should I talk to?"),
    (False, "Vera, we worked together. You hired me at Bramble years ago and I still "
            "use what you taught me. Who else should I learn from in fintech?"),
    (False, "Hi Walt, we met at the fair. I loved your take on the hiring manager's "
            "point of view in your post. Who else writes like that?"),
    (False, "Xena, we met at the summit. What's the role of a product owner at Halden, "
            "compared to a product manager? Could you introduce me to one?"),
    (False, "Hi Yuri, we met at the meetup. Your company's new office opening in Cork "
            "sounds exciting. Who's running the project there?"),
    (False, "Zara, we studied together. Could you share your position on the new data "
            "law? Who else has a view?"),
    (False, "Hi Amos, we met at the meetup. Not looking for job leads, promise! Who in "
            "clinical trials would you call for advice?"),
    (False, "Bina, long time! I'm starting a new job next month and want to learn more "
            "about the industry. Who should I meet?"),
    (False, "Hi Cole, we met at the fair. How did Halden decide to open new positions "
            "in the Leeds office? Who made the call?"),
    (False, "Dora, we worked together. I resumed running after the injury, thanks for "
            "the tips! Who's a good physio in town?"),
    (False, "Hi Eli, we met at the summit. What kinds of jobs do people with a stats "
            "degree end up in? Who could tell me more?"),
    (False, "Flo, we met at the meetup. I've accepted a role at Corvid, so I'm set, but"
            " I'd love to meet people in the wider industry. Who should I talk to?"),
    (False, "Hi Gert, we met at the fair. Do you know any recruiters who'd be willing "
            "to chat about how the market is changing?"),
    (False, "Hope, from our choir: could you introduce me to someone at Halden who's "
            "been through a career change? I'd love their story."),
    (False, "Hi Ivo, we met at the meetup. How does Lumen support staff who want to "
            "move into data? Who runs that programme?"),
    (False, "Jade, we studied together. I'd rather not ask about jobs; could you tell "
            "me who the interesting people in biotech are?"),
    (False, "Hi Kip, we met at the summit. I've attached a short article I wrote on "
            "grid storage; would you tell me who else would enjoy it?"),
    (False, "Lex, we worked together. Would you be willing to be interviewed for my "
            "podcast on career changes?"),
    (False, "Hi Mae, we met at the meetup. Thanks for the reference to that paper on "
            "retention! Who else is researching it?"),
    (False, "Nate, from the bootcamp: how does your team onboard new hires? I'm curious"
            " how it compares to ours."),
    # ----- an eighth probe, mostly innocent look-alikes (first run: 15 of 78 wrong; they
    # led to third-person and past senses, 'how firms recruit', learning about roles, a
    # bare 'my CV' being context, interviews the reader gives, 'in the job') ----------------
    (False, "Hi Amy, we met at the data meetup. To be clear, I'm not asking you for a "
            "job. I'd love to hear how you think about forecasting. Who else should I "
            "talk to?"),
    (False, "Bob, we worked together at Crane. This isn't a request for a referral; I "
            "just want to learn about the payments industry. Could you introduce me to "
            "someone there?"),
    (False, "Hi Cara, we studied together. I promise I won't send you my CV! I'm "
            "curious about careers in conservation. Who would you suggest I speak to?"),
    (False, "Dan, from the book club: no job requests here, just curiosity. Who knows "
            "the most about urban farming in your circle?"),
    (False, "Hi Ella, we met at the conference. I'm not job hunting through my network;"
            " I only want to understand the sector better. Who would you suggest?"),
    (False, "Finn, we worked at Crane together. I'm not after a position at your "
            "company, I'd just value an introduction to someone in risk. Would you be "
            "open to that?"),
    (False, "Hi Gwen, we met at the hackathon. Your former boss was the hiring manager "
            "for the data team, I think. What was it like working with her?"),
    (False, "Hank, we were neighbours. Your dad spent years recruiting nurses for the "
            "hospital; does he enjoy retirement? I'd love to hear his stories about the"
            " NHS."),
    (False, "Hi Iris, we met at the meetup. How did you get into your current position "
            "at Northwave? Who helped you along the way?"),
    (False, "Jack, from the Python course: how did you land your role at Crane? I'd "
            "love to hear the story over coffee."),
    (False, "Hi Kate, we met at the summit. How has hiring changed in cybersecurity "
            "over the last five years? Who else would have a view?"),
    (False, "Liam, we studied together. What's the job market like for designers right "
            "now, in your opinion? Who should I ask for a second opinion?"),
    (False, "Hi Mona, we met at the gallery opening last week. What did you think of "
            "the sculptures? Who else from the art world should I meet?"),
    (False, "Nils, from the choir: I loved the positions you took in the debate on "
            "transport. Who else thinks like you?"),
    (False, "Hi Oda, we met at the launch. Congratulations on the opening of your new "
            "offices in Bristol! Who's leading the team there?"),
    (False, "Pete, we worked together. Are you happy in your role these days? I'd love "
            "to catch up and hear who you're working with."),
    (False, "Hi Rhea, we met at the workshop. What was your first job after university,"
            " and how did it shape you? Would you share over coffee?"),
    (False, "Seb, we met at the alumni dinner. I'm curious about the recruitment "
            "industry itself, how agencies work. Could you introduce me to someone who "
            "runs one?"),
    (False, "Hi Tara, we met at the fair. Your team's approach to interviewing "
            "candidates sounded thoughtful. Who designed it?"),
    (False, "Ugo, long time! I saw you got promoted to head of product, "
            "congratulations! What changed most in your role?"),
    (False, "Hi Vi, we met at the meetup. What does your job involve day to day? Could "
            "you introduce me to a colleague with a different role?"),
    (False, "Wade, we studied law together. What is your view on how firms recruit "
            "trainees these days? Who else has written about it?"),
    (False, "Hi Xiu, we met at the meetup. I'm curious how your company decides on "
            "salaries and job levels. Who would know?"),
    (False, "Yael, from the running club: you interviewed me for my first job years "
            "ago, and I still remember your advice. Who else should I learn from now?"),
    (False, "Hi Zoe, we met at the conference. I'm putting together a reading list on "
            "workplace design; any references you'd recommend?"),
    (False, "Adam, we met at the hackathon. Your opening talk was excellent! Who else "
            "speaks on open source sustainability?"),
    (False, "Hi Beth, we worked together at Crane. My resume of the past year: a new "
            "baby, a new city, and a new interest in health tech! Who should I talk to "
            "about it?"),
    (False, "Carl, from the choir: I know you've hired lots of engineers over the "
            "years. What do you think makes a team gel? Who else should I ask?"),
    (False, "Hi Dee, we met at the summit. What opportunities do you see for small "
            "charities using AI? Who else is thinking about it?"),
    (False, "Eli, we worked together. Do you remember the role you played in the Halden"
            " launch? I'd love to hear the full story."),
    (False, "Hi Fern, we met at the meetup. Which positions on a football pitch does "
            "your son play? Ha, sorry, wrong thread! Actually: who in sports analytics "
            "should I meet?"),
    (False, "Hi Hedy, we met at the meetup. No need to forward anything to HR or anyone"
            " like that; I'm just curious who in your network knows about ed tech."),
    (False, "Ian, we met at the fair. Could you tell me how you prepared for your "
            "interview at Northwave? I'm curious how the process felt from the inside."),
    (False, "Hi Jill, we met at the conference. What kind of person thrives in a role "
            "like yours? Who else could describe it?"),
    (False, "Kyle, we worked at Crane. I'd love to learn from people who switched from "
            "finance to climate jobs. Who do you know who made that move?"),
    (False, "Hi Lori, we met at the summit. What advice would you give someone applying"
            " for their first data job? I'm preparing and would value your view."),
    (False, "Mark, from the choir: would you be a sounding board for my career change? "
            "Twenty minutes over coffee would mean a lot."),
    (False, "Hi Nina, we met at the meetup. How do companies like yours find good "
            "analysts, in your experience? Who else should I ask?"),
    (False, "Otto, we met at the fair. I'm not asking for a job or a reference, just "
            "your honest take on fintech. Could we talk for 15 minutes?"),
    (False, "Hi Ana, we met at the meetup. Could you tell me about the different roles "
            "on your team and how they work together?"),
    (False, "Ben, we worked together at Crane. I'm exploring a move into HR. Who do you"
            " know in people operations who'd enjoy a chat?"),
    (False, "Hi Cass, we met at the meetup. I'm curious about recruitment as a career. "
            "Do you know any recruiters who love their work?"),
    (False, "Dan, from the choir: how many women are in leadership positions at Halden "
            "now? Who drove that change?"),
    (False, "Hi Eve, we studied together. I'm researching how people reach senior "
            "positions in nursing. Could you introduce me to a ward manager?"),
    (False, "Fay, we met at the fair. I just read about Halden's new apprenticeship "
            "programme; how is it going? Who runs it?"),
    (False, "Hi Gil, we met at the conference. What's one thing you wish you'd known "
            "before your first week in the job?"),
    (False, "Hal, we worked together. Do you still do interviews for the graduate "
            "programme? What do the best candidates do differently?"),
    (False, "Hi Ivy, from the running club: I loved your post about leaving your job to"
            " start a bakery. How did you find the courage?"),
    (False, "Jon, we met at the meetup. How did you find the move from teaching to an "
            "analyst role? Who else made the same jump?"),
    (False, "Hi Kay, we met at the summit. Would you describe what a product manager "
            "does at Northwave? I'd love to understand the role."),
    (False, "Lou, we studied together. I'd like to understand what jobs exist in the "
            "energy transition beyond engineering. Who could explain?"),
    (False, "Hi Max, we met at the meetup. Is it normal in your industry to work in a "
            "few different roles before specialising? Who else could tell me?"),
    (False, "Ned, from our old team: what are the biggest challenges for new analysts "
            "in their first year? Who else could I ask?"),
    (False, "Hi Ola, we met at the fair. Your company's graduate scheme gets great "
            "reviews; what makes it work? Who designed it?"),
    (False, "Pam, we worked at Crane together. I'm writing an article on remote jobs "
            "and would love your perspective. Could we talk?"),
    (False, "Hi Quin, we met at the conference. Are there any professional associations"
            " for data people in health you'd recommend?"),
    (False, "Ros, from the book club: is there anyone at Northwave who worked on the "
            "new app? I'd love to ask them about it."),
    (False, "Hi Sam, we met at the meetup. Can you recommend any courses for learning "
            "product analytics? Who else should I ask?"),
    (False, "Tim, we studied together. Would you be willing to do a mock interview with"
            " me, just for practice? No pressure at all."),
    (False, "Hi Uma, we met at the fair. I'm reading about job design in warehouses and"
            " the role automation plays. Who studies this?"),
    (False, "Val, long time! Are you still working at Halden? How is the new job "
            "treating you?"),
    (False, "Hi Wes, we met at the hackathon. I've started my own consulting practice "
            "and would love to meet others who went independent. Who do you know?"),
    (False, "Xan, we met at the meetup. My position is that data teams need more "
            "designers; do you agree? Who else argues this?"),
    (False, "Hi Yara, from our old team: do you know anyone who's worked both in "
            "hospital admin and in tech? I'd love to hear how the two compare."),
    (True, "Zed, we met at the fair. Could you tell me about the open roles on your "
           "team?"),
    (True, "Hi Abe, we studied together. I'm interested in roles at Halden; could you "
           "tell me who to contact?"),
    (True, "Bea, from the choir: I'd love to hear about any job openings at Northwave."),
    (True, "Hi Cy, we met at the meetup. Are there positions at Crane for someone "
           "changing careers?"),
    (True, "Dot, we worked together. Would you be able to help me get a position in "
           "your department?"),
    # ----- a ninth probe, longer and more natural messages (first run: all 12 innocent
    # passed, 7 of 10 mistakes caught; then 'express my interest', postdocs and 'I'd love
    # a job at your ...' were added) ------------------------------------------------------
    (False, "Hi Priya, it's Tom from the Leeds half marathon. I've been thinking about "
            "a move from teaching into learning design, and you know that world well. "
            "I'm not looking for a job at this stage, just trying to understand the "
            "landscape. Would you be up for a quick call, or could you point me to "
            "someone?"),
    (False, "Dear Ruth, we met at the charity auction in March. I've spent ten years in"
            " retail management and I'm curious about the logistics industry. Who would"
            " you recommend I talk to first?"),
    (False, "Hey Marco! Long time since the Erasmus year. I'm now working in a lab and "
            "thinking about science communication. Do you know anyone who writes about "
            "science for a living? I'd love to ask them how they started."),
    (False, "Hi Joan, we were on the same jury at the film festival. Your career path "
            "from journalism to policy fascinates me. What was the hardest part of the "
            "switch?"),
    (False, "Hi Kenji, we met at the open day. I know your team had a tough year with "
            "layoffs; I hope you're okay. Who else in the games industry do you think I"
            " should talk to about how studios are adapting?"),
    (False, "Morning Dave, it's Lucy, we shared an office at Pemberton. I've decided to"
            " explore the charity sector and I'd value your honest view. Who are the "
            "people you'd call if you were me?"),
    (False, "Hello Mrs Adeyemi, we met at the parent council. My background is "
            "accounting and I'm keen to learn about public sector finance. Would you be"
            " willing to introduce me to a colleague at the council?"),
    (False, "Hi Stefan, we met at the climbing wall. You said your sister is a "
            "recruiter at a big consultancy; would she be open to telling me how "
            "consultancies think about career changers?"),
    (False, "Hi Mei, we met at the AI ethics meetup. I'm not asking for a reference or "
            "anything, just advice. Is there one book or person that shaped how you "
            "think about this?"),
    (False, "Hi Ravi, great to see you at Sunita's wedding. I'm trying to understand "
            "what product managers actually do day to day. Would you mind if I asked "
            "you a few questions over video?"),
    (False, "Hi Olu, we met at the careers evening at our old school. You spoke about "
            "hiring apprentices at your garage; I loved that. How did you decide to "
            "start the scheme?"),
    (False, "Hi Clara, it's been ages since uni. I'm reading up on fashion "
            "sustainability and saw you spoke at a panel on it. Who else was on that "
            "panel that I could reach out to?"),
    (True, "Hi Patrick, we met at the cycling club. I'm finishing my contract at "
           "Millbrook in June and wondered if your company might have anything for an "
           "experienced project coordinator?"),
    (True, "Hello Sara, we were neighbours on Elm Road. I'm looking to get back into "
           "nursing after a career break. Would your hospital consider returners? If "
           "so, who should I send my details to?"),
    (True, "Hi Bilal, we met at the investor breakfast. I'm exploring my next move in "
           "finance and I'd really value it if you could put me forward for anything "
           "suitable at Kestrel Capital."),
    (True, "Hi Ingrid, we studied design together. I've seen that Lumen is expanding "
           "its design team. Would you be happy to introduce me to the design director "
           "so I can express my interest?"),
    (True, "Hey Tom, from five-a-side! Quick one, does your lot need any more "
           "electricians? I'm after some steady work."),
    (True, "Hi Lucia, we met at the book fair. Is there any possibility of an "
           "internship at your publishing house this summer?"),
    (True, "Hi Fergus, we met through Anna. I'm planning to apply to Harlow's graduate "
           "programme and would love to use your name in my application. Would that be "
           "okay?"),
    (True, "Hello Dr Chen, we met at the symposium. I'm seeking a postdoc in your "
           "field; might your group have funding for a postdoctoral researcher next "
           "year?"),
    (True, "Hi Ama, great meeting you at the meetup. Can I ask whether your firm has "
           "any openings for paralegals? I'd be happy to send my CV."),
    (True, "Hi Jude, it's Mark from the gym. I'd love a job at your brewery, even part-"
           "time. Who do I need to talk to?"),
    # ----- a tenth probe (first run: 3 of 18 innocent and 7 of 15 mistakes wrong; then the
    # vague 'anything' needed a job-hunting context AND an availability shape, and 'someone
    # like me', 'a good fit for', 'careers at', 'available immediately', intakes were added) ---
    (False, "Hi Ayo, we met at the meetup. I was laid off last month. Is there anything"
            " you'd recommend reading to get up to speed on fintech?"),
    (False, "Bram, we worked together. I have an opening in my diary next Tuesday; "
            "would you have time for a coffee and to tell me who I should meet in "
            "fintech?"),
    (False, "Hi Cleo, we met at the fair. You did a brilliant job on the Halden "
            "rebrand; who else worked on it with you?"),
    (False, "Dev, from the choir: I'm in a similar position to where you were five "
            "years ago. How did you decide where to focus? Who helped you?"),
    (False, "Hi Edie, we met at the summit. What role does data play in how your "
            "charity chooses projects? Who could tell me more?"),
    (False, "Fritz, we met at the meetup. Would you mind if I asked how hiring managers"
            " at your company think about career changers? I'm trying to understand the"
            " field."),
    (False, "Hi Gia, we studied together. Since I was made redundant I've been learning"
            " about climate tech. Is there someone you'd suggest I talk to?"),
    (False, "Hugh, we met at the conference. Great job on the keynote! Do you know "
            "anyone who works on battery recycling?"),
    (False, "Hi Isa, from the running club. I'm between jobs and using the time to "
            "learn. Could you recommend any podcasts about the energy sector?"),
    (False, "Jay, we met at the meetup. We need to hire a van for the choir trip; do "
            "you know a good place? Also, who in logistics should I talk to about fleet"
            " data?"),
    (True, "Hi Kai, we met at the fair. Do you think Halden would be open to someone "
           "like me?"),
    (True, "Lin, we worked together. Would you mind having a look at my LinkedIn and "
           "telling me if I'd be a good fit for Halden?"),
    (True, "Hi Mat, we met at the meetup. Any idea who I should contact about careers "
           "at Halden?"),
    (True, "Neve, from the choir: I'm available immediately if your team needs support "
           "on the data side."),
    (True, "Hi Oli, we studied together. What's the best way to get hired at Northwave?"
           " Could you help?"),
    (True, "Pax, we met at the summit. Do you ever take on people without a degree?"),
    (True, "Hi Quy, we met at the fair. I'm looking for work in marketing. If you know "
           "of anything, please let me know."),
    (True, "Rae, from our old team: could you find out if there's budget for a new "
           "analyst at Crane this year?"),
    (True, "Hi Sid, we met at the meetup. I'd love to be considered if anything opens "
           "up in your department."),
    (True, "Tara, we studied together. Could you forward my application to the right "
           "people at Lumen?"),
    (False, "Hi Una, we met at the meetup. What kind of person is a good fit for "
            "product roles, in your experience? Who else could I ask?"),
    (False, "Vic, we worked together. The careers service at our old uni was useless, "
            "ha! Who do you turn to for advice these days?"),
    (False, "Hi Wyn, we met at the summit. I'd love to learn how your team decided to "
            "build an in-house data function. Who led that?"),
    (False, "Xi, from the bootcamp: thank you for the job-hunting tips last year, they "
            "worked! I'm now exploring health tech. Who should I meet?"),
    (False, "Hi Yuki, we met at the fair. I've got a new role at Crane starting in May,"
            " so I'm set. I'd love to broaden my network in fintech though; who do you "
            "know?"),
    (False, "Zach, we studied together. Did you ever consider working abroad? I'm "
            "weighing it up and would love your perspective."),
    (False, "Hi Abi, we met at the meetup. If you have any contacts in water utilities,"
            " I'd be grateful for an introduction."),
    (False, "Bo, we worked together. My manager left and I'm rethinking my career. "
            "Could we chat about how you handled a similar moment?"),
    (True, "Hi Cal, we met at the summit. Could you check whether Lumen has any roles "
           "that would suit my background?"),
    (True, "Di, from the choir: do you know if Halden has a graduate intake this year?"),
    (True, "Hi Em, we met at the fair. My contract ends soon; is there any chance Crane"
           " could keep me in mind for upcoming projects as a freelancer?"),
    (True, "Flo, we studied together. I hear you're building a team. I'd love to be on "
           "it!"),
    (True, "Hi Gus, we met at the meetup. I applied to Northwave last week. Could you "
           "check on my application?"),
    # ----- an eleventh probe, news versus asks (first run: 3 of 22 wrong; then shapes such
    # as 'applying for', 'my application', 'freelance work' and 'your recruiter' only count
    # inside a request, and gigs and contracts need a job sense) ------------------------------
    (False, "Hi Ali, we met at the fair. I'm applying for analyst jobs at the moment, "
            "so I'd love to understand the field better. Who should I talk to?"),
    (False, "Bel, we worked together. I spoke with your recruiter at the careers fair "
            "last year and she was lovely. How is the team doing?"),
    (False, "Hi Cai, from the choir: I got an interview at Lumen last week, which was "
            "exciting! Do you know anyone there who could tell me about the culture?"),
    (False, "Dov, we met at the meetup. I've been doing freelance work for years and "
            "want to understand agencies better. Who would you suggest I talk to?"),
    (False, "Hi Eno, we studied together. How does your HR team use analytics to plan? "
            "I'm curious about people analytics as a field."),
    (False, "Fox, we met at the summit. I'm interested in employment law as a career. "
            "Could you introduce me to a lawyer in your network?"),
    (False, "Hi Gem, we met at the jazz night. Are you playing any gigs this summer? "
            "I'd love to come and also ask you about music tech."),
    (False, "Hal, we met at the meetup. I applied to a few companies in fintech last "
            "month and realised I know too little. Who could explain the landscape to "
            "me?"),
    (False, "Hi Ira, we worked together. You once told me how you were hired at Crane "
            "through a friend; what made that work? Who else has a similar story?"),
    (False, "Jin, we met at the conference. I'm curious how startups find their first "
            "employees. Who could tell me?"),
    (True, "Hi Kes, we met at the fair. I applied for the ops role at Crane; could you "
           "find out where my application is?"),
    (True, "Lor, we worked together. Do you have any freelance work going at the "
           "agency?"),
    (True, "Hi Mia, we met at the meetup. Could you pass my details to your HR team?"),
    (True, "Nik, from the choir: would you let me use your name in my application to "
           "Lumen?"),
    (True, "Hi Oma, we met at the summit. I've been freelancing for years; would your "
           "team need a contract designer this spring?"),
    (False, "Hi Pip, we met at the meetup. I'm looking for a product manager who'd be "
            "happy to chat about their work. Could you help?"),
    (False, "Quill, we worked together. Did Crane win any new contracts this year? I "
            "heard the bid was huge."),
    (False, "Hi Ros, we met at the summit. Are there any spots left on the workshop you"
            " mentioned? And who else is going?"),
    (False, "Sky, we studied together. Our industry needs more engineers who understand"
            " policy, don't you think? Who's working on that?"),
    (False, "Hi Tam, from the choir: I'm putting together a panel and looking for a "
            "designer to speak. Could you suggest someone?"),
    (True, "Uri, we met at the fair. Is Crane adding more engineers this year? I'd be "
           "keen."),
    (True, "Hi Vee, we worked together. Is your company looking for new analysts at the"
           " moment?"),
    # ----- a twelfth probe, negation and thanks (first run: 2 of 12 wrong; then thanks for
    # a past favour became innocent and 'thanks for any leads' a request) ---------------------
    (False, "Hi Ama, we worked together. Thanks again for putting in a good word for me"
            " at Crane last year; I love the job! Now I'm curious about climate tech. "
            "Who should I meet?"),
    (False, "Ben, we met at the meetup. I've attached my notes from your talk, thank "
            "you! Who else should I hear on this topic?"),
    (False, "Hi Cat, we studied together. I know you can't help with jobs and I'm not "
            "asking. Who are the people to know in biotech?"),
    (False, "Dom, we met at the fair. The last thing I want is to ask you for a job. "
            "I'd just love your view on the sector. Could we talk?"),
    (False, "Hi Eve, from the choir: I'd never ask you to refer me, don't worry. Who in"
            " health policy would you call for a chat?"),
    (False, "Fin, we met at the summit. I don't want to ask you for a job, just for "
            "advice. Would you have 15 minutes?"),
    (True, "Hi Gia, we met at the meetup. I don't know if your team is hiring, but I'd "
           "love to be considered."),
    (True, "Hal, we worked together. I'm not sure whether you have any openings, but I "
           "thought I'd ask."),
    (True, "Hi Ivo, we studied together. I have attached my CV. Would you share it with"
           " your manager?"),
    (True, "Joy, we met at the fair. Attached is my portfolio, in case your studio is "
           "looking for illustrators."),
    (True, "Kit, we met at the meetup. Thanks for any leads you can share on analyst "
           "jobs!"),
    (True, "Hi Lux, we worked together. Thank you for considering passing my CV to your"
           " manager."),
    # ----- a thirteenth probe, after checking which narrowings went too far (first run: 1 of
    # 11 wrong; 'I heard your team needs ...' is news about the reader, not the writer's own
    # situation) ------------------------------------------------------------------------------
    (False, "Hi Ana, we met at the meetup. I've been updating my CV and realised how "
            "little I know about logistics. Who could explain the industry to me?"),
    (False, "Ben, we worked together. My CV is mostly retail, so I'd love to hear from "
            "people who moved into tech. Who do you know?"),
    (False, "Hi Cy, we studied together. I'm applying for analyst jobs at the moment, "
            "so I'd love to learn how the field works. Could you introduce me to one or"
            " two people?"),
    (False, "Dee, we met at the fair. How does your HR team think about remote work? "
            "I'm researching it for a course."),
    (True, "Hi Eli, we worked together. Can I email you my CV?"),
    (True, "Fay, we met at the meetup. I could drop my resume over if that helps?"),
    (True, "Hi Gus, from the choir: I heard your team needs a new analyst. I'd love to "
           "chat about it."),
    (True, "Hal, we met at the summit. I've applied for the data role at Crane and "
           "would love your support."),
    (True, "Hi Ivy, we met at the fair. I'd love to speak with your recruiter about the"
           " open role."),
    (True, "Jo, we studied together. I was made redundant last week. Is there anything "
           "at your place?"),
    (True, "Hi Kay, we worked together. Is there someone in HR I could reach out to at "
           "Halden?"),
    # ----- a fourteenth probe: other senses of vouch, headcount, placement, recruiting --------
    (False, "Hi Max, we met at the fair. Can you vouch for the data bootcamp you did? "
            "I'm weighing it up."),
    (False, "Nia, we worked together. How is headcount planning done at a company your "
            "size? I'm studying operations."),
    (False, "Hi Oz, we studied together. How was your placement at Crane? I'm curious "
            "what the work was like."),
    (False, "Pia, from the choir: are you still recruiting volunteers for the charity "
            "run? Count me in for that! Also, who do you know in events?"),
    (True, "Hi Quin, we met at the meetup. Could you vouch for me with your manager?"),
    # ----- a fifteenth probe, non-native writing, typos and indirect asks (first run: 7 of
    # 10 mistakes missed; then spelling slips in employment words are read as meant, and
    # 'find work', 'joining the team', 'search people', 'bringing people on' were added) ----
    (True, "Hi Ana, we meet on the conference last year. I am searching new job in "
           "marketing, do you know some company who search people?"),
    (True, "Hello Ben, we was in same class at university. Please can you help me to "
           "find work in your company, I am hard worker."),
    (True, "Hi Cy, from the choir: is their any open positons at your office? I would "
           "love to aply."),
    (True, "Dee, we worked together. Would it be too cheeky to ask if Crane has room "
           "for one more analyst?"),
    (True, "Hi Eli, we met at the meetup. I wondered whether there might be an "
           "opportunity for me to join Crane's data team in some capacity."),
    (True, "Fay, we studied together. I know it's a long shot, but if your team ever "
           "expands, I'd love to throw my hat in."),
    (True, "Hi Gus, we met at the summit. Do you have a sense of whether Lumen might be"
           " bringing people on in the new year?"),
    (True, "Hal, we met at the fair. Could you see if your boss would meet me about "
           "joining the team?"),
    (True, "Hi Ivy, we worked together. I'm ready for my next step and Halden looks "
           "perfect. Could you help me get my application noticed?"),
    (True, "Jo, we met at the meetup. Who would be the right person at Crane to send a "
           "speculative CV to?"),
    (False, "Hi Kay, we meet on the conference last year. I am learning about marketing"
            " analytics. Do you know some people who could explain me how it works?"),
    (False, "Lu, we was in same class at university. Please can you tell me about your "
            "work in the company? I am very curious about logistic."),
    (False, "Hi Mo, from the choir: I know it's a long shot, but would you introduce me"
            " to the head of your research lab? I'd love to hear about their projects."),
    (False, "Ned, we studied together. Would it be too cheeky to ask for 20 minutes of "
            "your time to hear how you built your career?"),
    (False, "Hi Oli, we met at the summit. Do you have a sense of where the industry is"
            " going in the new year? Who else should I ask?"),
    (False, "Hi Pam, we met at the meetup. It's hard to find work in this field, isn't "
            "it? How did you manage it? Who else should I ask?"),
    (False, "Rob, we studied together. Would you like to join the team for drinks after"
            " the quiz on Friday? Also, who do you know in retail?"),
    (False, "Hi Sue, we met at the fair. Could you help me search for people who work "
            "in battery research? I'd love to talk to one or two."),
    (True, "Hi Tod, we met at the summit. Could you help me find work at Crane?"),
]
