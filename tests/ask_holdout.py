"""Asks written AFTER the rules were last changed, and never used to tune them.

The corpus test prints the check's precision and recall on these as an honest estimate of
how it does on text it has not seen (the tuned corpus in ``ask_corpus.py`` carries the
≥ 0.95 target). Entries are ``(mistake, message)``.
"""

HOLDOUT: list[tuple[bool, str]] = [
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
]
