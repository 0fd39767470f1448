<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CoverPage</name>
    <message>
        <location filename="../app/report/CoverPage.cpp" line="+10"/>
        <source>Automation potential of the role</source>
        <translation>Potentiel d’automatisation du métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk score at the role&apos;s default answers</source>
        <translation>Score de risque aux réponses par défaut du métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your personal risk score</source>
        <translation>Votre score de risque personnel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outpace report</source>
        <translation>Rapport Outpace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How exposed this work is to AI, and what to do about it</source>
        <translation>L’exposition de ce travail à l’IA, et que faire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prepared for</source>
        <translation>Établi pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit taken</source>
        <translation>Audit réalisé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring model</source>
        <translation>Modèle de score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure labels</source>
        <translation>Étiquettes d’exposition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>out of 100</source>
        <translation>sur 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon: %1 years (a framing, not a forecast)</source>
        <translation>Horizon&#xa0;: %1 ans (un repère, pas une prévision)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of workers are in less exposed occupations than this role.</source>
        <translation>%1 des actifs exercent un métier moins exposé que celui-ci.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything in this report was computed on this computer from public research data and, where there is one, the audit named above. The method and every source are at the end.</source>
        <translation>Tout ce rapport a été calculé sur cet ordinateur, à partir de données de recherche publiques et, s’il y en a un, de l’audit indiqué ci-dessus. La méthode et toutes les sources figurent à la fin.</translation>
    </message>
</context>
<context>
    <name>MethodSection</name>
    <message>
        <location filename="../app/report/MethodSection.cpp" line="+11"/>
        <source>Method and sources</source>
        <translation>Méthode et sources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each task of a role carries two research labels for the O*NET tasks it comes from: how much a large language model exposes it (E0, E1, E2) and how far an AI system can complete it alone (T0 to T4). The role&apos;s exposure and automation potential are the means of those labels over its tasks, weighted by time. Where a curated task departs from its labels, the report says so, with the reason.</source>
        <translation>Chaque tâche d’un métier porte deux étiquettes de recherche, issues des tâches O*NET dont elle provient&#xa0;: à quel point un grand modèle de langage l’expose (E0, E1, E2) et jusqu’où un système d’IA peut l’accomplir seul (T0 à T4). L’exposition et le potentiel d’automatisation du métier sont les moyennes de ces étiquettes sur ses tâches, pondérées par le temps. Lorsqu’une tâche rédigée par le projet s’écarte de ses étiquettes, le rapport le signale, avec la raison.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The personal risk score is the automation of your own week, multiplied by an experience factor and an AI-fluency factor, between 0 and 100. Peers are modelled: 20,000 workers drawn at random around the role&apos;s profile, the same on every computer.</source>
        <translation>Le score de risque personnel est l’automatisation de votre propre semaine, multipliée par un facteur d’expérience et un facteur de maîtrise de l’IA, entre 0 et 100. Les pairs sont modélisés&#xa0;: 20&#xa0;000 actifs tirés au hasard autour du profil du métier, les mêmes sur tous les ordinateurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The horizon is a framing of the score in years, not a forecast. Scoring model version: %1.</source>
        <translation>L’horizon traduit le score en années&#xa0;: c’est un repère, pas une prévision. Version du modèle de score&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1%2 (%3)</source>
        <translation>%1%2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typeface</source>
        <translation>Police de caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in DejaVu Sans, shipped with Outpace under its free licence (Bitstream Vera fonts with DejaVu changes in the public domain).</source>
        <translation>Composé en DejaVu Sans, fournie avec Outpace sous sa licence libre (polices Bitstream Vera, modifications DejaVu dans le domaine public).</translation>
    </message>
</context>
<context>
    <name>PdfInfo</name>
    <message>
        <location filename="../app/report/PdfInfo.cpp" line="+31"/>
        <source>the PDF has no trailer</source>
        <translation>le PDF n’a pas de section «&#xa0;trailer&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the PDF&apos;s trailer lacks /Size, /Root or /Info</source>
        <translation>il manque /Size, /Root ou /Info dans la section «&#xa0;trailer&#xa0;» du PDF</translation>
    </message>
</context>
<context>
    <name>PortraitSection</name>
    <message>
        <location filename="../app/report/PortraitSection.cpp" line="+45"/>
        <source>The role: %1</source>
        <translation>Le métier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automation potential</source>
        <translation>Potentiel d’automatisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure (%1)</source>
        <translation>Exposition (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon (a framing)</source>
        <translation>Horizon (un repère)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workers in less exposed jobs</source>
        <translation>Actifs dans des métiers moins exposés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its closest O*NET occupation, %1 (%2), has an exposure of %3%4.</source>
        <translation>Son métier O*NET le plus proche, %1 (%2), a une exposition de %3%4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, above %1 of workers</source>
        <translation>, au-dessus de %1 des actifs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the figures mean</source>
        <translation>Ce que disent les chiffres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skill resilience</source>
        <translation>Résilience des compétences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How well each skill of the role holds up, from 0 (every task using it exposed and automatable) to 100 (none); most exposed first.</source>
        <translation>La tenue de chaque compétence du métier, de 0 (toutes les tâches qui la mobilisent sont exposées et automatisables) à 100 (aucune)&#xa0;; les plus exposées d’abord.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resilience</source>
        <translation>Résilience</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Task battlefield</source>
        <translation>Le terrain des tâches</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The published task counts of this occupation in each class. Import the research label set to see each task.</source>
        <translation>Le nombre de tâches publié pour ce métier dans chaque classe. Importez le jeu d’étiquettes de recherche pour voir chaque tâche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exposure labels by %1; automation levels by GPT-4. &quot;AI can do&quot; is how much of the task an AI system could complete with no person involved.</source>
        <translation>Étiquettes d’exposition&#xa0;: %1&#xa0;; niveaux d’automatisation&#xa0;: GPT-4. «&#xa0;Faisable par l’IA&#xa0;» indique la part de la tâche qu’un système d’IA pourrait accomplir sans intervention humaine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tasks below are the original O*NET statements, in English.</source>
        <translation>Les tâches ci-dessous sont les énoncés originaux d’O*NET, en anglais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AI can do</source>
        <translation>Faisable par l’IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of the week</source>
        <translation>Part de la semaine</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>* Where this portrait departs from the research labels, and why:</source>
        <translation>* Là où ce portrait s’écarte des étiquettes de recherche, et pourquoi&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>AI tools moving in</source>
        <translation>Les outils d’IA qui arrivent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reaches: %1.</source>
        <translation>Touche&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Among all workers</source>
        <translation>Parmi l’ensemble des actifs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of workers are in less exposed occupations than this role&apos;s exposure of %2.</source>
        <translation>%1 des actifs exercent un métier moins exposé que ce métier, dont l’exposition est de %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This role: %1</source>
        <translation>Ce métier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure of the occupation (%1)</source>
        <translation>Exposition du métier (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of all workers (BLS employment)</source>
        <translation>Part de l’ensemble des actifs (emploi BLS)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deep analysis</source>
        <translation>Analyse approfondie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Market signal</source>
        <translation>Signal du marché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median wage (BLS, May 2021): %1%2</source>
        <translation>Salaire médian (BLS, mai 2021)&#xa0;: %1%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> or more</source>
        <translation> ou plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Research lenses</source>
        <translation>Regards de la recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lens</source>
        <translation>Regard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../app/report/ReportCharts.cpp" line="+162"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours of learning (right scale)</source>
        <translation>Heures d’apprentissage (échelle de droite)</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../app/report/ReportDocument.cpp" line="+46"/>
        <source>Outpace report: %1</source>
        <translation>Rapport Outpace&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outpace</source>
        <translation>Outpace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: how exposed the work is to AI, and a plan to adapt</source>
        <translation>%1&#xa0;: l’exposition du travail à l’IA, et un plan pour s’adapter</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the page is too small for the report</source>
        <translation>la page est trop petite pour le rapport</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>could not start drawing the report</source>
        <translation>impossible de commencer à dessiner le rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outpace · %1</source>
        <translation>Outpace · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outpace %1 · scoring model %2 · computed on this computer</source>
        <translation>Outpace %1 · modèle de score %2 · calculé sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not start page %1 of the report</source>
        <translation>impossible de commencer la page %1 du rapport</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+3"/>
        <source>could not write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <location filename="../app/report/ReportFonts.cpp" line="+32"/>
        <source>the report&apos;s font %1 could not be loaded; the program is incomplete</source>
        <translation>la police du rapport %1 n’a pas pu être chargée&#xa0;; le programme est incomplet</translation>
    </message>
</context>
<context>
    <name>ResultSection</name>
    <message>
        <location filename="../app/report/ResultSection.cpp" line="+19"/>
        <source>Result at the role&apos;s default answers</source>
        <translation>Résultat aux réponses par défaut du métier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your result</source>
        <translation>Votre résultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No audit was given, so this is the score of the role&apos;s typical week: its time split, mid-level experience and no AI tools. Take the audit in Outpace for your own.</source>
        <translation>Aucun audit n’a été fourni&#xa0;: voici donc le score de la semaine type du métier, avec sa répartition du temps, un niveau d’expérience intermédiaire et aucun outil d’IA. Faites l’audit dans Outpace pour obtenir le vôtre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+61"/>
        <location line="+13"/>
        <location line="+24"/>
        <source>Personal risk score</source>
        <translation>Score de risque personnel</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Exposure of your week</source>
        <translation>Exposition de votre semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automation of your week</source>
        <translation>Automatisation de votre semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modelled peers safer than you</source>
        <translation>Pairs modélisés moins exposés que vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon: %1 years (a framing, not a forecast). Experience: %2; AI fluency: %3.</source>
        <translation>Horizon&#xa0;: %1 ans (un repère, pas une prévision). Expérience&#xa0;: %2&#xa0;; maîtrise de l’IA&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the figures mean</source>
        <translation>Ce que disent les chiffres</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to learn first</source>
        <translation>Ce qu’il faut apprendre d’abord</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where the score comes from</source>
        <translation>D’où vient le score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each task adds its share of your week times how much of it AI can do, with your experience and AI fluency applied. The parts add up to the score.</source>
        <translation>Chaque tâche apporte sa part de votre semaine multipliée par la part que l’IA peut en faire, après application de votre expérience et de votre maîtrise de l’IA. La somme des parts donne le score.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+4"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Before and after your experience and AI fluency</source>
        <translation>Avant et après votre expérience et votre maîtrise de l’IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Among your peers</source>
        <translation>Parmi vos pairs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 modelled peers are safer than you (your percentile: %3).</source>
        <translation>%1 des %2 pairs modélisés sont moins exposés que vous (votre centile&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You use no AI tool while most modelled peers do: with the role&apos;s tools used as often as by a typical peer, your score would be %1.</source>
        <translation>Vous n’utilisez aucun outil d’IA, alors que la plupart des pairs modélisés le font&#xa0;: avec les outils du métier utilisés aussi souvent que par un pair type, votre score serait de %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You: %1</source>
        <translation>Vous&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modelled peers</source>
        <translation>Pairs modélisés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your skills</source>
        <translation>Vos compétences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resilience of each skill over your own week, most exposed first; higher is safer.</source>
        <translation>La résilience de chaque compétence sur votre propre semaine, les plus exposées d’abord&#xa0;; plus elle est haute, plus elle est sûre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (not in your week)</source>
        <translation>%1 (absente de votre semaine)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resilience</source>
        <translation>Résilience</translation>
    </message>
</context>
<context>
    <name>RoadmapSection</name>
    <message>
        <location filename="../app/report/RoadmapSection.cpp" line="+20"/>
        <source>Adaptation roadmap</source>
        <translation>Feuille de route d’adaptation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role&apos;s plan in three phases. Start it in Outpace to mark steps done, check in each week and see your progress here.</source>
        <translation>Le plan du métier en trois phases. Démarrez-le dans Outpace pour cocher les étapes faites, faire le point chaque semaine et retrouver ici vos progrès.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+48"/>
        <source>Phase %1: %2</source>
        <translation>Phase %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Quick actions: start this week</source>
        <translation>Actions rapides&#xa0;: à commencer cette semaine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your roadmap</source>
        <translation>Votre feuille de route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started on %1. %2 of %3 steps done (%4). Weeks in a row with a check-in: %5.</source>
        <translation>Démarré le %1. %2 étapes faites sur %3 (%4). Semaines consécutives avec un point hebdomadaire&#xa0;: %5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new audit is due (the last one was on %1).</source>
        <translation>Un nouvel audit est à faire (le dernier date du %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next audit due on %1.</source>
        <translation>Prochain audit prévu le %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Whole plan</source>
        <translation>Plan entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps done (%)</source>
        <translation>Étapes faites (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress week by week</source>
        <translation>Les progrès semaine après semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of the plan&apos;s steps done by the end of each week, against the plan&apos;s pace, with the hours of learning reported at each check-in.</source>
        <translation>La part des étapes du plan faites à la fin de chaque semaine, comparée au rythme prévu, avec les heures d’apprentissage déclarées à chaque point hebdomadaire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quick actions this week</source>
        <translation>Actions rapides de la semaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-ins</source>
        <translation>Points hebdomadaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No weekly check-in yet.</source>
        <translation>Aucun point hebdomadaire pour l’instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps done</source>
        <translation>Étapes faites</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit history</source>
        <translation>Historique des audits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Automation</source>
        <translation>Automatisation</translation>
    </message>
</context>
</TS>
