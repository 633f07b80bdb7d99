"""Chapter 4 self-check: bureaucrats as policy entrepreneurs in Nanguo."""
from widgets.quiz import Question

QUESTIONS = [
    Question(
        "Why, according to Zhu and Xiao, could the bureaucrats of the SSDNC afford to take risks?",
        ["They had been promised promotion by the mayor",
         "Their department was marginal, so failure would cost them little while success could win "
         "attention and power",
         "The central government had designated Nanguo as a pilot site",
         "The Bureau of Finance guaranteed any deficit"],
        1, "A marginal department threatened with merger had little to lose and much to gain, and its low "
           "profile gave it more freedom of action than other government departments had.",
        "Zhu & Xiao 2015, § Policy entrepreneurs in the SSDNC"),
    Question(
        "What contribution rate did Nanguo's new programmes (BHI and HIHC) charge, and what was normal "
        "in other cities?",
        ["8 % in Nanguo, 2 % elsewhere",
         "2 % of last year's average salary in Nanguo, normally 8 % elsewhere",
         "1.5 % in Nanguo, 8 % elsewhere",
         "The same rate everywhere"],
        1, "The paper gives 2 % of the previous year's average salary against a usual 8 %. (The 'less than "
           "1.5 %' figure is a different measure: the fee as a share of employers' wage spending.)",
        "Zhu & Xiao 2015, § Design new programs"),
    Question(
        "In Mr. Zhao's 'pizza theory', which layers are the wide 'crust'?",
        ["Only supplementary health insurance",
         "Social medical aid and basic health insurance (the first and second levels)",
         "Basic health insurance and supplementary health insurance",
         "All three layers equally"],
        1, "The first (social medical aid) and second (basic health insurance) levels secure wide coverage "
           "of basic needs and justice, like a pizza's crust; supplementary insurance is the topping for "
           "higher demands.", "Zhu & Xiao 2015, Table 2 and note 3"),
    Question(
        "Which three municipal bureaus did the SSDNC build an interest-based coalition with?",
        ["Finance; Industry and Commerce Administration; Local Taxation",
         "Health; Civil Affairs; Education",
         "Human Resources; Public Security; Planning",
         "Finance; Health; Land Resources"],
        0, "Finance was assured the insurance would pay for itself; the other two gained revenue from "
           "collecting contributions and verification services.", "Zhu & Xiao 2015, § Make alliances"),
    Question(
        "Which programme does the prose launch in 2000 for workers of private firms (mainly migrants), "
        "although Table 1's 2000 row does not name it?",
        ["Local Citizen Health Insurance (LCHI)",
         "Health Insurance for Hospital Care (HIHC)",
         "General Outpatient Health Security",
         "Health Insurance for Critical Illness (HICI)"],
        1, "Table 1 lists 'BHI and HICI' for 2000; the prose says the HICI was renamed BHI and the new HIHC "
           "covered private-firm workers, mainly migrants. The data keep both readings and flag the "
           "discrepancy.", "Zhu & Xiao 2015, Table 1 and § Methods"),
    Question(
        "How do Zhu and Xiao contrast innovation pushed by bureaucrats with innovation launched by top "
        "leaders?",
        ["Bureaucrats' innovation is top-down and quick; leaders' is bottom-up and slow",
         "Bureaucrats build political feasibility step by step from the bottom up; leader-initiated, "
         "top-down innovation can flourish only for a short period",
         "There is no difference",
         "Leaders' innovations always spread nationally"],
        1, "Bureaucrats cannot take the final decision, so they lower the political risk gradually through "
           "alliances, framing and effective implementation.", "Zhu & Xiao 2015, § Results"),
    Question(
        "Where does He's research project draw its cases from?",
        ["Guangdong and Jiangsu", "Zhejiang and Hubei", "Nanguo only", "Four cities in four provinces"],
        1, "The project uses a compound comparative design with multiple cases from Zhejiang and Hubei "
           "provinces.", "He, GRF summary, para. 5"),
]
