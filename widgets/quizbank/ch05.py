"""Chapter 5 self-check: foreign capital and bureaucratic coalitions (Chen 2017)."""
from widgets.quiz import Question

CASES = [
    Question(
        "Which of these city agencies belongs to the domestic technology camp rather than to international commerce?",
        ["Foreign Economic and Trade Bureau (FETB)",
         "Bureau of Investment Promotion (BIP)",
         "Economic and Technology Development Zone (ETDZ) Committee",
         "High Tech Development Zone (HTDZ) Committee"],
        3, "The domestic technology group is the Bureau of Science and Technology, the Economic and Information "
           "Commission and the HTDZ Committee; FETB, BIP and the ETDZ Committee run international commerce.",
        "Chen 2017, §4 and Table 2"),
    Question(
        "Before 2007, what income tax rates did foreign and domestic firms pay?",
        ["15% for foreign firms, 33% for domestic firms",
         "25% for both",
         "33% for foreign firms, 15% for domestic firms",
         "No tax for foreign firms, 25% for domestic firms"],
        0, "Foreign firms paid 15%, less than half the 33% charged to domestic firms; after 2007 both pay 25%.",
        "Chen 2017, §4 and note 13"),
    Question(
        "In Chen's argument, what does a high export share of foreign firms mainly shape?",
        ["The bargaining power of the international-commerce coalition",
         "The cohesiveness of the international-commerce coalition",
         "The city's FDI/GDP ratio",
         "The weights of the cadre evaluation targets"],
        1, "When foreign firms are the city's exporters, international-commerce bureaucrats serve only foreign "
           "clients and see the new paradigm as a shared threat, so they act together. Concentration in large "
           "firms shapes bargaining power.", "Chen 2017, §2(c) and Figure 1"),
    Question(
        "Ningbo and Shenzhen had about the same FDI dependence as Suzhou and Wuxi. What differed?",
        ["Their FDI/GDP ratio was twice as high",
         "Foreign firms did a much smaller share of their exports (28% and 40% vs about 75% and 60%)",
         "They received no FDI before 2000",
         "They are not prefecture-level cities"],
        1, "With FDI at about 7–9% of GDP in all four (§3), the difference was the composition of foreign firms: "
           "foreign firms did a much smaller share of exports in Ningbo and Shenzhen.", "Chen 2017, §3 and §5"),
    Question(
        "According to Table 3, which case city provided the LEAST government support for domestic technology on all "
        "four measures?",
        ["Shenzhen", "Ningbo", "Wuxi", "Suzhou"],
        3, "Suzhou has the lowest value on every measure and Shenzhen the highest. One sentence in §6 reads as if "
           "the order were the other way round; the table and the argument agree with each other.",
        "Chen 2017, Table 3 and §6"),
]
"""Lesson 5.1: paradigms, agencies, the argument, the four cities."""

REGRESSION = [
    Question(
        "What is the dependent variable of the regressions in Table 6?",
        ["S&T expense as a percentage of GDP",
         "The log odds of S&T expense as a share of total city budgetary expense, 2007–2010 average",
         "The number of authorized invention patents",
         "FDI as a percentage of GDP"],
        1, "City government S&T expense as a share of total budgetary expense, averaged over 2007–2010 and "
           "transformed to the natural log of the odds.", "Chen 2017, §7, Tables 5 and 6"),
    Question(
        "Why does model (6) of Table 6 measure the predictors over 2001–2005?",
        ["To test for multicollinearity",
         "To address reverse causality: support after 2006 cannot have shaped foreign firms before 2006",
         "To add provincial fixed effects",
         "Because 2007–2010 data were missing"],
        1, "Chen asks whether government support could have changed the export share and size of foreign firms, "
           "and re-estimates with predictors measured before the policy shift.", "Chen 2017, §7 and Table 6 note"),
    Question(
        "In Table 6, the export share of foreign firms (a ratio, read on a 0–1 scale) has a coefficient of "
        "−0.414 in model (1). "
        "What does an increase of 0.1 in the export share go with, other variables held constant?",
        ["A fall of 0.0414 in the log odds of the S&T share of city expense",
         "A fall of 41.4 percentage points in the S&T share",
         "A fall of 4.14 percentage points in the S&T share",
         "A rise of 0.414 in the log odds"],
        0, "The coefficient is on the log-odds scale: 0.1 × (−0.414) = −0.0414, i.e. the odds are multiplied by about "
           "0.96. From a 2% share that is about 1.92%. The minus sign is inferred from the prose (§7), because the "
           "extraction lost minus signs.", "Chen 2017, §7, Tables 5 and 6"),
    Question(
        "What does Table 6 show for FDI/GDP in models (1)–(5)?",
        ["A large negative, significant coefficient",
         "A small coefficient that is not statistically significant",
         "A large positive, significant coefficient",
         "Nothing: FDI/GDP is not in the models"],
        1, "FDI/GDP is small (0.0188 as printed in model (1), standard error 0.0313) and carries no stars: the overall "
           "level of foreign investment is not what matters. (In model (6) it is printed 0.0752 with two stars, a "
           "tension with the text.)", "Chen 2017, §7 and Table 6"),
    Question(
        "Chen notes that Ningbo and Shenzhen lie in provinces often seen as resisting central policy, yet implemented "
        "the new paradigm more. Which alternative explanation does this answer?",
        ["A region's long-term tradition of implementing or resisting central policies",
         "The Maoist-era legacies of collective or private ownership",
         "The backgrounds of party secretaries",
         "The overall level of FDI dependence"],
        0, "If compliance traditions drove the outcome, Jiangsu's Suzhou and Wuxi should have implemented more; the "
           "opposite happened. What matters is how regions interpret policies under local constraints.",
        "Chen 2017, §7"),
]
"""Lesson 5.2: Table 4, the regression, alternative explanations."""

QUESTIONS = CASES + REGRESSION
