"""Asks written AFTER the rules were last changed, and never used to tune them.

The corpus test prints the check's precision and recall on these as an honest estimate of
how it does on text it has not seen (the tuned corpus in ``ask_corpus.py`` carries the
≥ 0.95 target). Entries are ``(mistake, message)``.
"""

HOLDOUT: list[tuple[bool, str]] = [
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
]
