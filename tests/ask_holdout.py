"""Asks written BEFORE the rules were rewritten (the second hold-out), and never used to tune them.

The first hold-out was read while the rules were rewritten, so it moved into
``ask_corpus.py``. These were written before the rewrite and kept aside: the corpus test
prints the check's precision and recall on them as an honest estimate of how it does on
text it has not seen. Entries are ``(mistake, message)``.
"""

HOLDOUT: list[tuple[bool, str]] = [
    (True, "Hi Amara, we met at the gardening club. I'm hunting for work in HR admin. Might "
           "your company need a hand?"),
    (True, "Bo, we were in the same rowing crew. Could you check your intranet for any "
           "internal vacancies that might suit me?"),
    (True, "Hi Cass, lovely chatting at the quiz night. I'd be grateful if you could mention "
           "my name to your line manager; I'd love to join your team."),
    (True, "Dev, from the old call centre days: is Sutton Logistics after drivers at the "
           "moment? Asking for myself!"),
    (True, "Hi Emre, we met at the accelerator demo day. Could I ask you to be one of my "
           "references for a job I'm applying to?"),
    (True, "Fleur, we studied law together. Would your chambers consider a pupillage "
           "application from me?"),
    (True, "Gil, great to see you at the marathon. Let me know if any contract roles turn up "
           "at Veridian."),
    (True, "Hi Hanne, we met at the meetup. I'm keen to get into Ostrava Games as a tester. "
           "Any tips on getting through their hiring process, or could you pass my name on?"),
    (True, "Ike, we go to the same climbing wall. Do you know if the lab is looking for a "
           "research assistant?"),
    (True, "Hi Jada, it's been ages since school. I have attached my CV and would appreciate "
           "your thoughts on whether Northfield would take me on."),
    (False, "Hi Kris, we met at the quiz night. Not asking for a job or a reference at all. "
            "How did you get into game design, and who should I talk to?"),
    (False, "Lia, from the rowing crew: you once mentioned you sat on interview panels at the "
            "council. What makes a conversation memorable for you?"),
    (False, "Hi Mac, we met at the demo day. I saw your company is opening a studio in "
            "Glasgow, congratulations! Who's leading it? I'd love to hear the story."),
    (False, "Nia, we studied law together. What's your position on the new legal aid "
            "reforms? Who else has strong views?"),
    (False, "Hi Otto, great to see you at the marathon. How did your role change when "
            "Veridian went remote? Who else went through that?"),
    (False, "Pam, we met at the meetup. I'm trying to understand how indie studios are "
            "funded. Could you introduce me to someone who has pitched to publishers?"),
    (False, "Hi Rui, from the climbing wall: you were a recruiter before you moved into "
            "product, right? What did that teach you about teams?"),
    (False, "Sia, we met at the school fete. I don't want to send you my CV or ask for "
            "anything like that; I'd just value twenty minutes on how you moved into nursing "
            "management."),
    (False, "Hi Teo, we worked at the call centre together. How is hiring in logistics "
            "looking these days, from where you sit? Who else would have a view?"),
    (False, "Uma, it's been ages since school! You run the Saturday openings at the museum "
            "now; what's that like? Who else works there I could meet?"),
]
