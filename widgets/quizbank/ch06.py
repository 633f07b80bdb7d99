"""Chapter 6 self-check: who innovates, why, and how ideas travel (the frameworks compared)."""
from widgets.quiz import Question

QUESTIONS = [
    Question(
        "Which framework holds that local innovation is built into the ordinary working of government: the "
        "centre sets a direction and applies pressure (yali) through targets, but leaves the means loosely "
        "specified, so localities must find their own?",
        ["Heilmann's experimentation under hierarchy", "Husain's embedded innovation",
         "Almén's local leaders", "Chen's bureaucratic coalitions"],
        1, "Husain calls sub-national innovation 'systemically embedded': vertical pressure to implement plus "
           "loosely specified means force local agency, and it is not voluntaristic or external to the state.",
        "Husain 2015, Abstract; §4.4"),
    Question(
        "Heilmann (2008b), as Husain presents him, ruled out sub-national innovation in one kind of policy. "
        "Which, and what did Husain say?",
        ["Economic policy; Husain agreed", "Social policy; Husain said this is wrong",
         "Environmental policy; Husain did not comment", "Fiscal policy; Husain agreed"],
        1, "Focused on economic policy, Heilmann argued that local governments do not innovate where they do not "
           "benefit directly, ruling out social policy; Husain answers 'This is wrong', and Nanguo's health "
           "insurance and He's welfare project are further counter-examples.", "Husain 2015, §4.2"),
    Question(
        "In Zhu and Xiao's Nanguo case, what mainly drove the bureaucrats of the Social Security Department?",
        ["Promotion of the city's party secretary",
         "Raising their department's rank and winning administrative resources",
         "Orders from a central pilot programme",
         "Pressure from foreign investors"],
        1, "The department was marginal and threatened with merger; success could bring it attention, rank and "
           "resources, and with little to lose it had freedom to act.",
        "Zhu & Xiao 2015, Abstract; § Policy entrepreneurs in the SSDNC: bureaucrats and incentives"),
    Question(
        "According to Chen, when is a city's international-commerce coalition most likely to be cohesive?",
        ["When FDI is a large share of GDP",
         "When foreign firms make a large share of the city's exports",
         "When the city is inland",
         "When the party secretary came from a science background"],
        1, "Where foreign firms and exporters overlap, international-commerce bureaucrats see foreign firms as "
           "their long-term clients and unite against the new policy; the overall FDI level does not explain "
           "the variation.", "Chen 2017, §2(c); §5"),
    Question(
        "Almén and Husain both explain why many local innovations fade. Which mechanism do they share?",
        ["Foreign firms withdraw their investment",
         "A new leader arrives and drops an innovation that was never institutionalised",
         "The centre always cancels local experiments after five years",
         "Local residents vote the innovation down"],
        1, "Leaders are rotated every few years; an innovation tied to its champion often fades when the "
           "champion leaves (ren zou zheng xi, in the Chinese analyses Husain reviews, e.g. Gao 2008) "
           "unless rules, structures and incentives carry it.",
        "Almén 2013, paras 4–5; Husain 2015, §3.4"),
    Question(
        "What does He's research project set out to add to the literature?",
        ["A survey of prize-winning local leaders",
         "A study of mid-level technocrats in social-welfare innovation, with cases from Zhejiang and Hubei",
         "A regression across 244 prefecture-level cities",
         "A history of central pilot programmes"],
        1, "Most studies look at macro institutions or senior leaders; the project studies the middle and lower "
           "ranks of the bureaucracy with a qualitative 'compound comparative research design'.",
        "He, GRF summary, paras 3–5"),
]
