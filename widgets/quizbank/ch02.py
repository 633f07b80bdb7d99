"""Chapter 2 self-check: experimentation under hierarchy vs embedded innovation, and the vocabulary."""
from widgets.quiz import Question

QUESTIONS = [
    Question(
        "A county reports its reform as a new 'mechanism' (jizhi) rather than a 'system reform' (tizhi gaige). "
        "On Husain's reading, what does the word choice let it do?",
        ["Claim that it has replaced central policy",
         "Signal a different practice while claiming continuity with central policy",
         "Show that the practice has been codified nationally",
         "Ask the centre for a designated pilot"],
        1, "Mechanism-type words occupy a junior position to system and structure: they signal difference "
           "without grand claims to novelty and keep a claim to continuity with the overall policy framework.",
        "Husain 2015, §3.1, §4.5"),
    Question(
        "Which word does Husain say seems more often to denote a consolidated set of practices, or a more "
        "ambitious attempt to promote them?",
        ["tansuo (exploration)", "jingyan (experience)", "moshi (model)", "cuoshi (method)"],
        2, "Practices may be described as models (moshi), which seems to denote something more consolidated "
           "or more ambitiously promoted; many are described less ambitiously as explorations, experiences "
           "or methods.", "Husain 2015, §3.1, §3.3"),
    Question(
        "Why might an official call a new practice an 'exploration' (tansuo) or an 'experience' (jingyan)?",
        ["To show that it is already national law",
         "To signal that it is emergent and so limit the risk of claiming too much",
         "Because the LGIPP requires these words",
         "To show that it was copied from abroad"],
        1, "Words such as 'experience' and 'exploration' mark a practice as still emerging, which Husain "
           "suggests limits the risk of claiming too much.", "Husain 2015, §4.5, note 20 (citing Chen 2004)"),
    Question(
        "What does 'yin di zhi yi' express?",
        ["One size fits all", "Implementing according to local conditions",
         "The person leaves, the policy stops", "From point to surface"],
        1, "Central discourse insists that policy be fitted to local conditions (yin di zhi yi), because no "
           "single policy can suit everywhere (yi dao qie).", "Husain 2015, §3.1"),
    Question(
        "Yang (2011) calls many local reforms 'weiguan chuangxin'. What does the term underline?",
        ["That they are breakthrough innovations",
         "Their dependent and limited status as micro-innovations",
         "That they were designed by researchers",
         "That they have been discontinued"],
        1, "Micro-innovations (weiguan chuangxin) are complementary to, and refinements of, existing policy.",
        "Husain 2015, §3.1"),
    Question(
        "Which of these is NOT one of Husain's three criticisms of Heilmann?",
        ["His initially narrow focus on economic development and purposive trials",
         "His claim that sub-national innovation in social policy is not possible",
         "His discussion of the mechanisms that allow local innovation is inconclusive",
         "He exaggerates how many LGIPP award winners were discontinued"],
        3, "The three points are the narrow economic focus, the claim about social policy, and the "
           "inconclusive discussion of mechanisms. Heilmann is not criticised over the LGIPP.",
        "Husain 2015, §4.2"),
    Question(
        "In LGIPP surveys, what share of innovators named a farsighted local leader as the source of their "
        "innovation?",
        ["13 per cent", "7 per cent", "58 per cent", "92 per cent"],
        2, "58 per cent; studying advanced practice elsewhere was 13 per cent, and the six listed sources "
           "sum to 92 per cent, leaving 8 per cent not reported.", "Husain 2015, §3.6.3 (Chen and Yang 2009)"),
    Question(
        "Similar institutional forms appear in two places with no sign that one studied the other. Which "
        "form of learning is this in Yang's typology?",
        ["Systemic learning (tizhixing xuexi)", "Autonomous learning (zizhuxing xuexi)",
         "Unintentional learning (wuyishi xuexi)", "Cumulative learning"],
        2, "Unintentional learning: similar forms emerge without direct study or copying.", "Husain 2015, §3.3"),
]
