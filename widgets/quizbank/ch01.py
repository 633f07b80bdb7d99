"""Chapter 1 self-check: innovation under hierarchy."""
from widgets.quiz import Question

QUESTIONS = [
    Question(
        "In this course (following Husain 2015), what makes something an 'innovation'?",
        ["It has never been tried anywhere before",
         "A new idea is generated, put into use and spreads",
         "The central government has approved it",
         "It wins a national prize"],
        1, "Husain defines innovation as the generation, putting into use and spread of new ideas; "
           "newness is relative.", "Husain 2015, §1–2"),
    Question(
        "Which level of government is not formally part of the state structure?",
        ["Township", "County", "Village", "Prefecture (city)"],
        2, "Villages sit below townships and are not technically part of the state.", "Husain 2015, note 4"),
    Question(
        "On a Table 9 target, the compared cities range from 10 to 50. What does a city with 10 score?",
        ["0", "40", "60", "100"],
        2, "The lowest city on a target scores 60 and the highest 100.", "Chen 2017, Table 9"),
    Question(
        "What does Almén say about innovation and the cadre evaluation system?",
        ["Innovation is the heaviest-weighted target",
         "Innovation is not strictly part of it, but a success helps a leader's image",
         "Innovation leads automatically to promotion",
         "Innovation is forbidden by it"],
        1, "Innovations are not strictly part of the system and do not automatically lead to promotion, "
           "but they can attract the attention of higher-level leaders.", "Almén 2013"),
    Question(
        "Which explanation expects innovations to follow the rhythm of leaders' careers?",
        ["The tradition of policy experimentation", "The promotion tournament",
         "Neither", "Both equally"],
        1, "If leaders innovate to win promotion, innovations should follow their terms; studies describe "
           "pioneering practices as marked by 'political periodicity', and Husain links the career motive to "
           "the 'cyclicality' of local innovation.",
        "Zhu & Xiao 2015, literature review (citing Wu et al. 2007; He 2007); Husain 2015, §3.2 (LGIPP)"),
]
