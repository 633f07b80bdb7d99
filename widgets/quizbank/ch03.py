"""Chapter 3 self-check: local leaders, rotation and the sustainability of innovations."""
from widgets.quiz import Question

QUESTIONS = [
    Question(
        "What happened to the town and county election experiments of the late 1990s and early 2000s?",
        ["They became national law in 2012",
         "They were merged into the cadre evaluation system",
         "They were ended by order from the centre in 2006",
         "They are still spreading"],
        2, "In 2006 the centre ordered an end to these political experiments; attention turned to "
           "non-electoral participation such as participatory budgeting.", "Almén 2013, para. 2"),
    Question(
        "What does 'ren zou zheng xi' describe?",
        ["A new leader replaces a predecessor's innovation with new ways of doing things, so the old one dies",
         "A pilot rolled out from one point to the whole country",
         "A prize for the best local innovation",
         "Citizens supervising the local budget"],
        0, "When the leadership changes, new leaders tend to want to show their own calibre and institute new "
           "ways of doing things, which often ends earlier innovations; it is blamed on too little "
           "institutionalisation (zhiduhua).", "Husain 2015, §3.4"),
    Question(
        "Of innovations awarded the Local Government Innovation Prize, about how many were later discontinued "
        "in their place of origin?",
        ["Almost none", "Around one third", "Around two thirds", "All of them within five years"],
        1, "Around one third (Chen and Huang 2010, as reported by Husain). No time horizon is given, which is "
           "why the chapter's widget shows it only as a reference line.", "Husain 2015, §3.4"),
    Question(
        "In surveys of local innovators, what is the most common way (around 40 per cent) of knowing that an "
        "innovation has succeeded?",
        ["Approval from the superior level of government", "A rise in GDP",
         "A vote of the people's congress", "A newspaper report"],
        0, "Around 40 per cent say they know through approval from their superior level of government — a sign "
           "that judging legitimacy is spread through the system, not only at the centre.", "Husain 2015, §3.5"),
    Question(
        "Why does Almén doubt that the Wenling model will work everywhere, despite the 2012 endorsement?",
        ["It is unconstitutional",
         "Wenling's leaders refused to share it",
         "The centre withdrew its support in 2013",
         "It grew out of the city's relative wealth, and poorer areas lack the same dynamics"],
        3, "Central embrace does not guarantee successful implementation everywhere: the deliberative meetings "
           "developed because of Wenling's relative wealth.", "Almén 2013, para. 6"),
    Question(
        "What is the counter-argument of Yang and of Bao and Sun about sustainability?",
        ["Innovations should never be allowed to end",
         "Only centrally designed pilots are worth sustaining",
         "How far an innovation spreads, and the knowledge it adds, matter more than whether it survives where "
         "it began",
         "Rotation of leaders should be stopped"],
        2, "Yang argues the degree of propagation shows an innovation's potential; Bao and Sun see innovation as "
           "accumulating useful knowledge, which matters more than survival in one place.", "Husain 2015, §3.4"),
]
