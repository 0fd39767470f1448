<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>PortraitPresenter</name>
    <message>
        <location filename="../app/desktop/pages/PortraitPresenter.cpp" line="+17" />
        <source>%1%</source>
        <extracomment>A percentage figure; French puts a non-breaking space before %.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+139" />
        <source>%1% of U.S. workers are in occupations less exposed than this one (GPT-4 exposure, weighted by BLS May 2021 employment, %2 workers counted).</source>
        <translation>%1 % des actifs américains exercent un métier moins exposé que celui-ci (exposition GPT-4, pondérée par l’emploi BLS de mai 2021, %2 actifs comptés).</translation>
    </message>
    <message>
        <location line="-108" />
        <source>%1 · O*NET %2</source>
        <translation>%1 · O*NET %2</translation>
    </message>
    <message>
        <location line="+42" />
        <location line="+5" />
        <location line="+97" />
        <source>Automation potential</source>
        <translation>Potentiel d’automatisation</translation>
    </message>
    <message>
        <location line="-101" />
        <source>Time-weighted share of the role’s tasks AI could carry out</source>
        <translation>Part des tâches du rôle que l’IA pourrait accomplir, pondérée par le temps</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From the GPT-4 automation labels (T0–T4) of the role’s O*NET tasks, weighted by the role’s typical time on each.</source>
        <translation>D’après les étiquettes d’automatisation de GPT-4 (T0–T4) des tâches O*NET du rôle, pondérées par le temps qu’on y passe d’ordinaire.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Exposure (GPT-4)</source>
        <translation>Exposition (GPT-4)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share of the work AI could speed up by half or more</source>
        <translation>Part du travail que l’IA pourrait accélérer de moitié ou plus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From the GPT-4 exposure labels (E0–E2) of the role’s O*NET tasks.</source>
        <translation>D’après les étiquettes d’exposition de GPT-4 (E0–E2) des tâches O*NET du rôle.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A framing, not a forecast</source>
        <translation>Un ordre de grandeur, pas une prévision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The band of the scoring model (version %1) for this automation potential.</source>
        <translation>La tranche du modèle de calcul (version %1) pour ce potentiel d’automatisation.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Among all workers</source>
        <translation>Parmi tous les actifs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>of U.S. workers are in less exposed occupations</source>
        <translation>des actifs américains exercent un métier moins exposé</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Employment-weighted rank of this occupation’s GPT-4 exposure among all occupations (BLS May 2021 employment).</source>
        <translation>Rang de l’exposition GPT-4 de ce métier parmi tous les métiers, pondéré par l’emploi (BLS, mai 2021).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is the portrait of the role. Your own risk depends on your tasks, your tools and your experience, not only on your title: take the audit for a personal score.</source>
        <translation>Voici le portrait du rôle. Votre propre risque dépend de vos tâches, de vos outils et de votre expérience, pas seulement de votre intitulé : faites l’audit pour obtenir un score personnel.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Employment-weighted rank of this role’s own GPT-4 exposure among all occupations (BLS May 2021 employment).</source>
        <translation>Rang de l’exposition GPT-4 propre à ce métier parmi toutes les professions, pondéré par l’emploi (BLS, mai 2021).</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Each task with the share of it AI could carry out (GPT-4 automation label). Hover or focus a task for its O*NET links and labels.</source>
        <translation>Chaque tâche avec la part que l’IA pourrait en accomplir (étiquette d’automatisation de GPT-4). Survolez une tâche ou donnez-lui le focus pour voir ses liens O*NET et ses étiquettes.</translation>
    </message>
    <message>
        <location line="-77" />
        <source>How much of each skill’s work stays with people (0–100, higher is safer), most exposed first.</source>
        <translation>La part du travail de chaque compétence qui reste humaine (0–100, plus haut est plus sûr), les plus exposées d’abord.</translation>
    </message>
    <message>
        <location line="+118" />
        <source>Reaches: %1</source>
        <translation>Touche : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-155" />
        <source>Median wage (BLS, May 2021): %1</source>
        <translation>Salaire médian (BLS, mai 2021) : %1</translation>
    </message>
    <message>
        <location line="+136" />
        <source>Its closest O*NET occupation, %1 (%2), has an exposure of %3.</source>
        <translation>Son métier O*NET le plus proche, %1 (%2), a une exposition de %3.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Exposure, GPT-4 labels</source>
        <translation>Exposition, étiquettes GPT-4</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Exposure, human labels</source>
        <translation>Exposition, étiquettes humaines</translation>
    </message>
    <message>
        <location line="+4" />
        <source>AI applicability (Microsoft)</source>
        <translation>Applicabilité de l’IA (Microsoft)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The lenses measure different things: GPT-4 and human annotators labelled the same O*NET tasks for exposure and often disagree; automation potential asks whether AI could do a task with no one checking; Microsoft’s applicability score comes from what people actually ask Copilot.</source>
        <translation>Ces éclairages ne mesurent pas la même chose : GPT-4 et des annotateurs humains ont étiqueté l’exposition des mêmes tâches O*NET et divergent souvent ; le potentiel d’automatisation demande si l’IA pourrait accomplir une tâche sans que personne ne vérifie ; le score d’applicabilité de Microsoft vient de ce que les gens demandent réellement à Copilot.</translation>
    </message>
    <message>
        <location line="-127" />
        <source>Curated role</source>
        <translation>Rôle détaillé</translation>
    </message>
    <message>
        <location line="-23" />
        <location line="+23" />
        <source>O*NET occupation %1</source>
        <translation>Profession O*NET %1</translation>
    </message>
    <message>
        <location line="-22" />
        <source>An O*NET occupation described by the research figures alone; curated roles add a written analysis, tools and a roadmap.</source>
        <translation>Une profession O*NET décrite par les seules données de recherche ; les rôles détaillés y ajoutent une analyse rédigée, des outils et une feuille de route.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Share of the occupation’s tasks AI could carry out</source>
        <translation>Part des tâches du métier que l’IA pourrait accomplir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mean of the GPT-4 automation labels (T0–T4) of the occupation’s O*NET tasks.</source>
        <translation>Moyenne des étiquettes d’automatisation de GPT-4 (T0–T4) des tâches O*NET du métier.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>From the GPT-4 exposure labels (E0–E2) of the occupation’s O*NET tasks.</source>
        <translation>D’après les étiquettes d’exposition de GPT-4 (E0–E2) des tâches O*NET du métier.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>This is the portrait of the occupation. Your own risk depends on your tasks, your tools and your experience, not only on your title.</source>
        <translation>Voici le portrait du métier. Votre propre risque dépend de vos tâches, de vos outils et de votre expérience, pas seulement de votre intitulé.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Tasks by class (GPT-4 labels): %1 automated already, %2 needing human oversight, %3 safe for now.</source>
        <translation>Tâches par catégorie (étiquettes GPT-4) : %1 déjà automatisées, %2 sous supervision humaine, %3 à l’abri pour l’instant.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+34" />
        <source>How exposed a job is to AI, and what to do about it.</source>
        <translation>À quel point un métier est exposé à l’IA, et que faire.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Folder holding your personal data (default: %1).</source>
        <translation>Dossier de vos données personnelles (par défaut : %1).</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Language of the window: en or fr.</source>
        <translation>Langue de la fenêtre : en ou fr.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Diagnostic: quit as soon as the window has been painted once.</source>
        <translation>Diagnostic : quitter dès que la fenêtre a été dessinée une fois.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Diagnostic: save a PNG of every page into the folder, then quit.</source>
        <translation>Diagnostic : enregistrer un PNG de chaque page dans le dossier, puis quitter.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open this role (an id or an O*NET-SOC code) at start.</source>
        <translation>Ouvrir ce rôle (un identifiant ou un code O*NET-SOC) au démarrage.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+12" />
        <source>Outpace</source>
        <translation>Outpace</translation>
    </message>
    <message>
        <location line="-11" />
        <source>The data folder %1 cannot be created. Choose another one with --data-dir, or check its permissions.</source>
        <translation>Impossible de créer le dossier de données %1. Choisissez-en un autre avec --data-dir, ou vérifiez ses droits.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The built-in catalog is damaged; reinstall Outpace.

%1</source>
        <translation>Le catalogue intégré est endommagé ; réinstallez Outpace.

%1</translation>
    </message>
</context>
<context>
    <name>outpace::AuditPage</name>
    <message>
        <location filename="../app/desktop/pages/AuditPage.cpp" line="+35" />
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Monthly</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Weekly</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Daily</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Junior: learning the job, working under guidance</source>
        <translation>Junior : en apprentissage du métier, travaille avec un encadrement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mid-level: autonomous on most of the work</source>
        <translation>Confirmé : autonome sur l’essentiel du travail</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Senior: handles the hard cases, guides others</source>
        <translation>Senior : traite les cas difficiles, guide les autres</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lead: sets direction, owns decisions and trade-offs</source>
        <translation>Responsable : fixe le cap, porte les décisions et les arbitrages</translation>
    </message>
    <message>
        <location line="+157" />
        <source>How many hours do you spend on each task in a typical week? The role’s usual split is filled in; change what differs for you. Time outside these tasks goes under “Other work”.</source>
        <translation>Combien d’heures passez-vous sur chaque tâche au cours d’une semaine type ? La répartition habituelle du rôle est déjà saisie ; changez ce qui diffère pour vous. Le temps passé hors de ces tâches va dans « Autre travail ».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hours a week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Share of your time</source>
        <translation>Part de votre temps</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hours on each task</source>
        <translation>Heures sur chaque tâche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Which AI tools do you use for this work, and how often? The role’s tools come first.</source>
        <translation>Quels outils d’IA utilisez-vous pour ce travail, et à quelle fréquence ? Les outils du rôle viennent en premier.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>AI tool</source>
        <translation>Outil d’IA</translation>
    </message>
    <message>
        <location line="+0" />
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AI tools and how often you use them</source>
        <translation>Outils d’IA et fréquence d’utilisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How experienced are you in this role?</source>
        <translation>Quelle est votre expérience dans ce rôle ?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+86" />
        <source>Other work</source>
        <translation>Autre travail</translation>
    </message>
    <message>
        <location line="-67" />
        <location line="+20" />
        <source>Audit: %1</source>
        <translation>Audit : %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Hours a week on %1</source>
        <translation>Heures par semaine sur %1</translation>
    </message>
    <message>
        <location line="+54" />
        <source>How often you use %1</source>
        <translation>Fréquence d’utilisation de %1</translation>
    </message>
    <message>
        <location line="+39" />
        <location line="+4" />
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Total: %1 hours a week</source>
        <translation>Total : %1 heures par semaine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the hours of at least one task to get a score.</source>
        <translation>Saisissez les heures d’au moins une tâche pour obtenir un score.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Your score so far: %1</source>
        <translation>Votre score pour l’instant : %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your week</source>
        <translation>Votre semaine</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your AI tools</source>
        <translation>Vos outils d’IA</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your experience</source>
        <translation>Votre expérience</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Step %1 of %2: %3</source>
        <extracomment>The audit's step count: "Step 1 of 3: Your week".</extracomment>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>outpace::BattlefieldView</name>
    <message numerus="yes">
        <location filename="../app/desktop/widgets/BattlefieldView.cpp" line="+105" />
        <source>%1 (%n)</source>
        <extracomment>A battlefield column heading: its name and how many tasks it holds.</extracomment>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>No task of this role is here.</source>
        <translation>Aucune tâche de ce rôle ici.</translation>
    </message>
</context>
<context>
    <name>outpace::ComparePage</name>
    <message>
        <location filename="../app/desktop/pages/ComparePage.cpp" line="+77" />
        <source>Compare roles</source>
        <translation>Comparer des rôles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up to four curated roles side by side, with the figures of their portraits. Choose “None” to leave a place empty.</source>
        <translation>Jusqu’à quatre rôles détaillés côte à côte, avec les chiffres de leurs portraits. Choisissez « Aucun » pour laisser une place vide.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Role &amp;%1:</source>
        <translation>Rôle &amp;%1 :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role %1 to compare</source>
        <translation>Rôle %1 à comparer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Figures of the compared roles</source>
        <translation>Chiffres des rôles comparés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart of the compared roles’ figures</source>
        <translation>Graphique des chiffres des rôles comparés</translation>
    </message>
    <message>
        <location line="+28" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Automation potential</source>
        <translation>Potentiel d’automatisation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Exposure, GPT-4 labels</source>
        <translation>Exposition, étiquettes GPT-4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exposure, human labels</source>
        <translation>Exposition, étiquettes humaines</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Workers in less exposed occupations</source>
        <translation>Actifs dans des métiers moins exposés</translation>
    </message>
    <message>
        <location line="+17" />
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
</context>
<context>
    <name>outpace::MainWindow</name>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="+248" />
        <source>About Outpace</source>
        <translation>À propos d’Outpace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Outpace %1&lt;/h3&gt;&lt;p&gt;How exposed a job is to AI, where you stand, and how to adapt.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: no account, no network.&lt;/p&gt;&lt;p&gt;Research figures: Eloundou et al. (2023) GPTs are GPTs labels, O*NET, the U.S. Bureau of Labor Statistics (May 2021), and Microsoft's AI applicability scores.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Outpace %1&lt;/h3&gt;&lt;p&gt;À quel point un métier est exposé à l’IA, où vous en êtes, et comment vous adapter.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur : ni compte, ni réseau.&lt;/p&gt;&lt;p&gt;Données de recherche : étiquettes « GPTs are GPTs » d’Eloundou et al. (2023), O*NET, le Bureau of Labor Statistics américain (mai 2021) et les scores d’applicabilité de l’IA de Microsoft.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Outpace</source>
        <translation>Outpace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Current page</source>
        <translation>Page affichée</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Find a role…</source>
        <translation>&amp;Trouver un rôle…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Audit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Take the audit</source>
        <translation>&amp;Faire l’audit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save the audit</source>
        <translation>&amp;Enregistrer l’audit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Outpace</source>
        <translation>À &amp;propos d’Outpace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>My result</source>
        <translation>Mon résultat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No role chosen yet: type a job title to begin.</source>
        <translation>Aucun rôle choisi pour l’instant : tapez un intitulé de poste pour commencer.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message>
        <location line="+124" />
        <source>No result</source>
        <translation>Pas de résultat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outpace could not score these answers:

%1</source>
        <translation>Outpace n’a pas pu calculer le score de ces réponses :

%1</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The newest good backup is %1; you can restore it with outpace-cli restore.</source>
        <translation>La sauvegarde valide la plus récente est %1 ; vous pouvez la rétablir avec outpace-cli restore.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The audit was not saved</source>
        <translation>L’audit n’a pas été enregistré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outpace could not save this audit in %1.

%2</source>
        <translation>Outpace n’a pas pu enregistrer cet audit dans %1.

%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Audit saved.</source>
        <translation>Audit enregistré.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Choose a role first.</source>
        <translation>Choisissez d’abord un rôle.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The audit is available for curated roles; choose the curated role closest to this occupation.</source>
        <translation>L’audit est proposé pour les rôles détaillés ; choisissez le rôle détaillé le plus proche de cette profession.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Finish the audit first.</source>
        <translation>Terminez d’abord l’audit.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The French translation could not be loaded; Outpace stays in English. Reinstalling the program should bring it back.</source>
        <translation>Impossible de charger la traduction française ; Outpace reste en anglais. Réinstaller le programme devrait la rétablir.</translation>
    </message>
</context>
<context>
    <name>outpace::PortraitPage</name>
    <message>
        <location filename="../app/desktop/pages/PortraitPage.cpp" line="+91" />
        <source>Take the audit for your own score →</source>
        <translation>Faire l’audit pour votre propre score →</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take the audit</source>
        <translation>Faire l’audit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task battlefield</source>
        <translation>Champ de bataille des tâches</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skill resilience</source>
        <translation>Résistance des compétences</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skill resilience chart: higher is safer, most exposed first</source>
        <translation>Graphique de résistance des compétences : plus haut est plus sûr, les plus exposées d’abord</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Among all workers</source>
        <translation>Parmi tous les actifs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart of all U.S. workers by the exposure of their occupation</source>
        <translation>Graphique de tous les actifs américains selon l’exposition de leur métier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AI tools moving in</source>
        <translation>Les outils d’IA qui arrivent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AI tools to learn</source>
        <translation>Outils d’IA à apprendre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deep analysis</source>
        <translation>Analyse approfondie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Market signal</source>
        <translation>Signal du marché</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Research lenses</source>
        <translation>Éclairages de la recherche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Research lenses chart: the same role through each source</source>
        <translation>Graphique des éclairages : le même rôle vu par chaque source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Similar roles</source>
        <translation>Rôles proches</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Resilience (0–100, higher is safer)</source>
        <translation>Résistance (0–100, plus haut est plus sûr)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Exposure of the occupation (%)</source>
        <translation>Exposition du métier (%)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>% of workers</source>
        <translation>% des actifs</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Open the portrait of %1</source>
        <translation>Ouvrir le portrait de %1</translation>
    </message>
</context>
<context>
    <name>outpace::ReportActions</name>
    <message>
        <location filename="../app/desktop/ReportActions.cpp" line="+58" />
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See the report of this role page by page before printing it</source>
        <translation>Voir le rapport de ce rôle page par page avant de l’imprimer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the report of this role</source>
        <translation>Imprimer le rapport de ce rôle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the report of this role as a PDF file</source>
        <translation>Enregistrer le rapport de ce rôle dans un fichier PDF</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The report could not be made</source>
        <translation>Le rapport n’a pas pu être établi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outpace could not gather what the report of this role shows:

%1</source>
        <translation>Outpace n’a pas pu réunir ce que montre le rapport de ce rôle :

%1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The report was not exported</source>
        <translation>Le rapport n’a pas été exporté</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

Choose another folder or name, or check that the disk is not full and that you may write there.</source>
        <translation>%1

Choisissez un autre dossier ou un autre nom, ou vérifiez que le disque n’est pas plein et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Report written to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Outpace report - %1.pdf</source>
        <extracomment>The suggested file name of an exported report; %1 is the role.</extracomment>
        <translation>Rapport Outpace - %1.pdf</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Report sent to the printer (1 page).</source>
        <translation>Rapport envoyé à l’imprimante (1 page).</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Report sent to the printer (%n pages).</source>
        <translation>
            <numerusform>Rapport envoyé à l’imprimante (%n page).</numerusform>
            <numerusform>Rapport envoyé à l’imprimante (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Print preview of the report</source>
        <translation>Aperçu avant impression du rapport</translation>
    </message>
    <message>
        <location line="-45" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Printing the report…</source>
        <translation>Impression du rapport…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The report was not printed</source>
        <translation>Le rapport n’a pas été imprimé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

Check the printer, then try again.</source>
        <translation>%1

Vérifiez l’imprimante, puis réessayez.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The preview is incomplete</source>
        <translation>L’aperçu est incomplet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

The pages shown may be missing parts of the report.</source>
        <translation>%1

Il peut manquer des parties du rapport dans les pages affichées.</translation>
    </message>
</context>
<context>
    <name>outpace::ResultPage</name>
    <message>
        <location filename="../app/desktop/pages/ResultPage.cpp" line="+35" />
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mid-level</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+99" />
        <source>&amp;Save this audit</source>
        <translation>&amp;Enregistrer cet audit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What makes up your score</source>
        <translation>Ce qui compose votre score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each task adds its share of your time multiplied by how much of it AI could carry out; your experience and your fluency with AI tools then move the total. The parts add up to your score.</source>
        <translation>Chaque tâche apporte sa part de votre temps multipliée par ce que l’IA pourrait en accomplir ; votre expérience et votre maîtrise des outils d’IA font ensuite varier le total. Les parts s’additionnent pour donner votre score.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Breakdown of your score</source>
        <translation>Décomposition de votre score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Among your modelled peers</source>
        <translation>Parmi vos pairs modélisés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Histogram of the modelled peers’ scores with yours marked</source>
        <translation>Histogramme des scores des pairs modélisés, avec le vôtre marqué</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What if…</source>
        <translation>Et si…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Try a change; the score below is computed again at once. Nothing is saved.</source>
        <translation>Essayez un changement : le score ci-dessous est recalculé aussitôt. Rien n’est enregistré.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Move hours from:</source>
        <translation>&amp;Déplacer des heures de :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;to:</source>
        <translation>&amp;vers :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use a &amp;tool every day:</source>
        <translation>Utiliser un &amp;outil chaque jour :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E&amp;xperience:</source>
        <translation>E&amp;xpérience :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hours to move</source>
        <translation>Heures à déplacer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task to move hours from</source>
        <translation>Tâche d’où déplacer des heures</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task to move hours to</source>
        <translation>Tâche vers laquelle déplacer des heures</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AI tool to use every day</source>
        <translation>Outil d’IA à utiliser chaque jour</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Experience level for the what-if</source>
        <translation>Niveau d’expérience pour la simulation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your battlefield</source>
        <translation>Votre champ de bataille</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your skills</source>
        <translation>Vos compétences</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your skills’ resilience: higher is safer, most exposed first</source>
        <translation>Résistance de vos compétences : plus haut est plus sûr, les plus exposées d’abord</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your saved audits</source>
        <translation>Vos audits enregistrés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your score over your saved audits</source>
        <translation>Votre score au fil de vos audits enregistrés</translation>
    </message>
    <message>
        <location line="+57" />
        <location line="+1" />
        <source>Other work</source>
        <translation>Autre travail</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <location line="+46" />
        <source>With these changes your score would be %1 (%2).</source>
        <translation>Avec ces changements, votre score serait de %1 (%2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What if</source>
        <translation>Et si</translation>
    </message>
    <message>
        <location line="+9" />
        <source>My result: %1</source>
        <translation>Mon résultat : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your personal risk score: %1 out of 100</source>
        <translation>Votre score de risque personnel : %1 sur 100</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scoring model version %1, from your answers</source>
        <translation>Modèle de calcul version %1, d’après vos réponses</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1% of your working time goes to work AI could carry out (your personal automation potential); your experience and your use of AI tools adjust it to this score.</source>
        <translation>%1 % de votre temps de travail va à des tâches que l’IA pourrait accomplir (votre potentiel d’automatisation personnel) ; votre expérience et votre usage des outils d’IA l’ajustent pour donner ce score.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>% of peers</source>
        <translation>% des pairs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1% of modelled peers are safer than you. The peers are %2 simulated %3 whose time split, experience and tool use are drawn around this role’s profile: a model, not a survey.</source>
        <translation>%1 % des pairs modélisés sont plus à l’abri que vous. Ces pairs sont %2 %3 simulés, dont la répartition du temps, l’expérience et l’usage des outils sont tirés autour du profil de ce rôle : un modèle, pas une enquête.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1% of your time</source>
        <translation>%1 % de votre temps</translation>
    </message>
    <message>
        <location line="+37" />
        <source>One audit saved.</source>
        <translation>Un audit enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n audits saved.</source>
        <translation>
            <numerusform>%n audit enregistré.</numerusform>
            <numerusform>%n audits enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-63" />
        <source>Your score</source>
        <translation>Votre score</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Points of score</source>
        <translation>Points de score</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Personal risk score</source>
        <translation>Score de risque personnel</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 (not in your week)</source>
        <translation>%1 (absente de votre semaine)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Resilience (0–100, higher is safer)</source>
        <translation>Résistance (0–100, plus haut est plus sûr)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No audit of this role is saved yet. Save this one to follow your score over time; the chart appears from the second saved audit.</source>
        <translation>Aucun audit de ce rôle n’est encore enregistré. Enregistrez celui-ci pour suivre votre score dans le temps ; le graphique apparaît à partir du deuxième audit enregistré.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One audit saved, on %1 (score %2). The chart appears from the second one.</source>
        <translation>Un audit enregistré, le %1 (score %2). Le graphique apparaît à partir du deuxième.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>outpace::RoleSearchPage</name>
    <message>
        <location filename="../app/desktop/pages/RoleSearchPage.cpp" line="+130" />
        <source>Choose a role</source>
        <translation>Choisir un rôle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type a job title in English or French, or an O*NET code. Curated roles come first; every O*NET occupation can be opened too. Use the arrow keys and Enter to open one.</source>
        <translation>Tapez un intitulé de poste en français ou en anglais, ou un code O*NET. Les rôles détaillés viennent en premier ; chaque profession O*NET peut aussi être ouverte. Les flèches et Entrée suffisent pour en ouvrir un.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Find a role…</source>
        <translation>Trouver un rôle…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find a role</source>
        <translation>Trouver un rôle</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sector filter</source>
        <translation>Filtre par secteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+8" />
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 · curated role · O*NET %2</source>
        <extracomment>The detail line of a curated role in the search results: its sector and O*NET code.</extracomment>
        <translation>%1 · rôle détaillé · O*NET %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>O*NET occupation %1</source>
        <translation>Profession O*NET %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Recent roles</source>
        <translation>Rôles récents</translation>
    </message>
    <message>
        <location line="+34" />
        <source>No role or occupation matches “%1”. Try a shorter word, or the O*NET code.</source>
        <translation>Aucun rôle ni aucune profession ne correspond à « %1 ». Essayez un mot plus court, ou le code O*NET.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No curated role of this sector matches “%1”. Choose “All sectors” to search every occupation.</source>
        <translation>Aucun rôle détaillé de ce secteur ne correspond à « %1 ». Choisissez « Tous les secteurs » pour chercher parmi toutes les professions.</translation>
    </message>
</context>
</TS>