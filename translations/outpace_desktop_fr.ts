<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>PortraitPresenter</name>
    <message>
        <location filename="../app/desktop/pages/PortraitPresenter.cpp" line="+17"/>
        <source>%1%</source>
        <extracomment>A percentage figure; French puts a non-breaking space before %.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%1% of U.S. workers are in occupations less exposed than this one (GPT-4 exposure, weighted by BLS May 2021 employment, %2 workers counted).</source>
        <translation>%1&#xa0;% des actifs américains exercent un métier moins exposé que celui-ci (exposition GPT-4, pondérée par l’emploi BLS de mai 2021, %2&#xa0;actifs comptés).</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>%1 · O*NET %2</source>
        <translation>%1 · O*NET %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+5"/>
        <location line="+97"/>
        <source>Automation potential</source>
        <translation>Potentiel d’automatisation</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Time-weighted share of the role’s tasks AI could carry out</source>
        <translation>Part des tâches du rôle que l’IA pourrait accomplir, pondérée par le temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the GPT-4 automation labels (T0–T4) of the role’s O*NET tasks, weighted by the role’s typical time on each.</source>
        <translation>D’après les étiquettes d’automatisation de GPT-4 (T0–T4) des tâches O*NET du rôle, pondérées par le temps qu’on y passe d’ordinaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exposure (GPT-4)</source>
        <translation>Exposition (GPT-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the work AI could speed up by half or more</source>
        <translation>Part du travail que l’IA pourrait accélérer de moitié ou plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the GPT-4 exposure labels (E0–E2) of the role’s O*NET tasks.</source>
        <translation>D’après les étiquettes d’exposition de GPT-4 (E0–E2) des tâches O*NET du rôle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A framing, not a forecast</source>
        <translation>Un ordre de grandeur, pas une prévision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The band of the scoring model (version %1) for this automation potential.</source>
        <translation>La tranche du modèle de calcul (version %1) pour ce potentiel d’automatisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Among all workers</source>
        <translation>Parmi tous les actifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of U.S. workers are in less exposed occupations</source>
        <translation>des actifs américains exercent un métier moins exposé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employment-weighted rank of this occupation’s GPT-4 exposure among all occupations (BLS May 2021 employment).</source>
        <translation>Rang de l’exposition GPT-4 de ce métier parmi tous les métiers, pondéré par l’emploi (BLS, mai 2021).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the portrait of the role. Your own risk depends on your tasks, your tools and your experience, not only on your title: take the audit for a personal score.</source>
        <translation>Voici le portrait du rôle. Votre propre risque dépend de vos tâches, de vos outils et de votre expérience, pas seulement de votre intitulé&#xa0;: faites l’audit pour obtenir un score personnel.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Employment-weighted rank of this role’s own GPT-4 exposure among all occupations (BLS May 2021 employment).</source>
        <translation>Rang de l’exposition GPT-4 propre à ce métier parmi toutes les professions, pondéré par l’emploi (BLS, mai 2021).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Each task with the share of it AI could carry out (GPT-4 automation label). Hover or focus a task for its O*NET links and labels.</source>
        <translation>Chaque tâche avec la part que l’IA pourrait en accomplir (étiquette d’automatisation de GPT-4). Survolez une tâche ou donnez-lui le focus pour voir ses liens O*NET et ses étiquettes.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>How much of each skill’s work stays with people (0–100, higher is safer), most exposed first.</source>
        <translation>La part du travail de chaque compétence qui reste humaine (0–100, plus haut est plus sûr), les plus exposées d’abord.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Reaches: %1</source>
        <translation>Touche&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Median wage (BLS, May 2021): %1</source>
        <translation>Salaire médian (BLS, mai 2021)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Its closest O*NET occupation, %1 (%2), has an exposure of %3.</source>
        <translation>Son métier O*NET le plus proche, %1 (%2), a une exposition de %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exposure, GPT-4 labels</source>
        <translation>Exposition, étiquettes GPT-4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exposure, human labels</source>
        <translation>Exposition, étiquettes humaines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AI applicability (Microsoft)</source>
        <translation>Applicabilité de l’IA (Microsoft)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lenses measure different things: GPT-4 and human annotators labelled the same O*NET tasks for exposure and often disagree; automation potential asks whether AI could do a task with no one checking; Microsoft’s applicability score comes from what people actually ask Copilot.</source>
        <translation>Ces éclairages ne mesurent pas la même chose&#xa0;: GPT-4 et des annotateurs humains ont étiqueté l’exposition des mêmes tâches O*NET et divergent souvent&#xa0;; le potentiel d’automatisation demande si l’IA pourrait accomplir une tâche sans que personne ne vérifie&#xa0;; le score d’applicabilité de Microsoft vient de ce que les gens demandent réellement à Copilot.</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Curated role</source>
        <translation>Rôle détaillé</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>O*NET occupation %1</source>
        <translation>Profession O*NET %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>An O*NET occupation described by the research figures alone; curated roles add a written analysis, tools and a roadmap.</source>
        <translation>Une profession O*NET décrite par les seules données de recherche&#xa0;; les rôles détaillés y ajoutent une analyse rédigée, des outils et une feuille de route.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Share of the occupation’s tasks AI could carry out</source>
        <translation>Part des tâches du métier que l’IA pourrait accomplir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of the GPT-4 automation labels (T0–T4) of the occupation’s O*NET tasks.</source>
        <translation>Moyenne des étiquettes d’automatisation de GPT-4 (T0–T4) des tâches O*NET du métier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the GPT-4 exposure labels (E0–E2) of the occupation’s O*NET tasks.</source>
        <translation>D’après les étiquettes d’exposition de GPT-4 (E0–E2) des tâches O*NET du métier.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is the portrait of the occupation. Your own risk depends on your tasks, your tools and your experience, not only on your title.</source>
        <translation>Voici le portrait du métier. Votre propre risque dépend de vos tâches, de vos outils et de votre expérience, pas seulement de votre intitulé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tasks by class (GPT-4 labels): %1 automated already, %2 needing human oversight, %3 safe for now.</source>
        <translation>Tâches par catégorie (étiquettes GPT-4)&#xa0;: %1 déjà automatisées, %2 sous supervision humaine, %3 à l’abri pour l’instant.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+49"/>
        <source>How exposed a job is to AI, and what to do about it.</source>
        <translation>À quel point un métier est exposé à l’IA, et que faire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder holding your personal data (default: %1).</source>
        <translation>Dossier de vos données personnelles (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Language of the window: en or fr.</source>
        <translation>Langue de la fenêtre&#xa0;: en ou fr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnostic: quit as soon as the window has been painted once.</source>
        <translation>Diagnostic&#xa0;: quitter dès que la fenêtre a été dessinée une fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnostic: save a PNG of every page into the folder, then quit.</source>
        <translation>Diagnostic&#xa0;: enregistrer un PNG de chaque page dans le dossier, puis quitter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this role (an id or an O*NET-SOC code) at start.</source>
        <translation>Ouvrir ce rôle (un identifiant ou un code O*NET-SOC) au démarrage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+15"/>
        <source>Outpace</source>
        <translation>Outpace</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The data folder %1 cannot be created. Choose another one with --data-dir, or check its permissions.</source>
        <translation>Impossible de créer le dossier de données %1. Choisissez-en un autre avec --data-dir, ou vérifiez ses droits.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The built-in catalog is damaged; reinstall Outpace.

%1</source>
        <translation>Le catalogue intégré est endommagé&#xa0;; réinstallez Outpace.

%1</translation>
    </message>
</context>
<context>
    <name>outpace::AuditPage</name>
    <message>
        <location filename="../app/desktop/pages/AuditPage.cpp" line="+35"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Junior: learning the job, working under guidance</source>
        <translation>Junior&#xa0;: en apprentissage du métier, travaille avec un encadrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mid-level: autonomous on most of the work</source>
        <translation>Confirmé&#xa0;: autonome sur l’essentiel du travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Senior: handles the hard cases, guides others</source>
        <translation>Senior&#xa0;: traite les cas difficiles, guide les autres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead: sets direction, owns decisions and trade-offs</source>
        <translation>Responsable&#xa0;: fixe le cap, porte les décisions et les arbitrages</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>How many hours do you spend on each task in a typical week? The role’s usual split is filled in; change what differs for you. Time outside these tasks goes under “Other work”.</source>
        <translation>Combien d’heures passez-vous sur chaque tâche au cours d’une semaine type&#xa0;? La répartition habituelle du rôle est déjà saisie&#xa0;; changez ce qui diffère pour vous. Le temps passé hors de ces tâches va dans «&#xa0;Autre travail&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours a week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of your time</source>
        <translation>Part de votre temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours on each task</source>
        <translation>Heures sur chaque tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which AI tools do you use for this work, and how often? The role’s tools come first.</source>
        <translation>Quels outils d’IA utilisez-vous pour ce travail, et à quelle fréquence&#xa0;? Les outils du rôle viennent en premier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI tool</source>
        <translation>Outil d’IA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI tools and how often you use them</source>
        <translation>Outils d’IA et fréquence d’utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How experienced are you in this role?</source>
        <translation>Quelle est votre expérience dans ce rôle&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+86"/>
        <source>Other work</source>
        <translation>Autre travail</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+20"/>
        <source>Audit: %1</source>
        <translation>Audit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Hours a week on %1</source>
        <translation>Heures par semaine sur %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>How often you use %1</source>
        <translation>Fréquence d’utilisation de %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+4"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: %1 hours a week</source>
        <translation>Total&#xa0;: %1 heures par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the hours of at least one task to get a score.</source>
        <translation>Saisissez les heures d’au moins une tâche pour obtenir un score.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your score so far: %1</source>
        <translation>Votre score pour l’instant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your week</source>
        <translation>Votre semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your AI tools</source>
        <translation>Vos outils d’IA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your experience</source>
        <translation>Votre expérience</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2: %3</source>
        <extracomment>The audit&apos;s step count: &quot;Step 1 of 3: Your week&quot;.</extracomment>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>outpace::BackupsPanel</name>
    <message>
        <location filename="../app/desktop/pages/BackupsPanel.cpp" line="+28"/>
        <source>Daily, automatic</source>
        <translation>Quotidienne, automatique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on request</source>
        <translation>Faite à la demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No backup yet. Outpace makes one each day it opens your data; Back up now makes one at once.</source>
        <translation>Aucune sauvegarde pour l’instant. Outpace en fait une chaque jour où il ouvre vos données&#xa0;; «&#xa0;Sauvegarder maintenant&#xa0;» en fait une tout de suite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backed up to %1.</source>
        <translation>Sauvegarde enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Replace your personal data with the backup %1? The data you have now is kept aside in the backups folder first, so nothing is lost.</source>
        <translation>Remplacer vos données personnelles par la sauvegarde %1&#xa0;? Vos données actuelles sont d’abord mises de côté dans le dossier des sauvegardes&#xa0;: rien n’est perdu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup was not restored: %1</source>
        <translation>La sauvegarde n’a pas été restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored %1.</source>
        <translation>%1 restaurée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1. The data it replaced is kept in %2.</source>
        <translation>%1 restaurée. Les données qu’elle remplace sont conservées dans %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outpace backs up your data each day it opens it, and before an import or a restore. Restoring one keeps the data you have now aside first.</source>
        <translation>Outpace sauvegarde vos données chaque jour où il les ouvre, ainsi qu’avant une importation ou une restauration. Restaurer une sauvegarde met d’abord vos données actuelles de côté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the chosen backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
</context>
<context>
    <name>outpace::BattlefieldView</name>
    <message numerus="yes">
        <location filename="../app/desktop/widgets/BattlefieldView.cpp" line="+105"/>
        <source>%1 (%n)</source>
        <extracomment>A battlefield column heading: its name and how many tasks it holds.</extracomment>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No task of this role is here.</source>
        <translation>Aucune tâche de ce rôle ici.</translation>
    </message>
</context>
<context>
    <name>outpace::CheckInDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/CheckInDialog.cpp" line="+113"/>
        <source>This roadmap could not be read: %1</source>
        <translation>Impossible de lire cette feuille de route&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This week (%1)</source>
        <translation>Cette semaine (%1)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The reflection is %1 characters long; keep it under %2, a few sentences on the week.</source>
        <translation>Votre bilan fait %1 caractères&#xa0;; restez sous %2&#xa0;: quelques phrases sur la semaine suffisent.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The step could not be saved: %1</source>
        <translation>Impossible d’enregistrer l’étape&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The check-in was not saved: %1</source>
        <translation>Le point hebdomadaire n’a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weekly check-in</source>
        <translation>Point hebdomadaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How did your week on the %1 roadmap go? A minute now keeps your streak and your progress chart true.</source>
        <translation>Comment s’est passée votre semaine sur la feuille de route %1&#xa0;? Une minute maintenant, et votre série comme votre graphique de progression restent fidèles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Week:</source>
        <translation>&amp;Semaine&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already checked in for this week; saving changes that check-in.</source>
        <translation>Vous avez déjà fait le point pour cette semaine&#xa0;; enregistrer le modifie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours spent learning:</source>
        <translation>&amp;Heures d’apprentissage&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours spent learning</source>
        <translation>Heures d’apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation>&#xa0;h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steps done this week (tick what you finished):</source>
        <translation>É&amp;tapes faites cette semaine (cochez ce que vous avez terminé)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps done this week</source>
        <translation>Étapes faites cette semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reflection (what went well, what got in the way):</source>
        <translation>&amp;Bilan (ce qui a marché, ce qui a freiné)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save check-in</source>
        <translation>&amp;Enregistrer le point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>outpace::ComparePage</name>
    <message>
        <location filename="../app/desktop/pages/ComparePage.cpp" line="+77"/>
        <source>Compare roles</source>
        <translation>Comparer des rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to four curated roles side by side, with the figures of their portraits. Choose “None” to leave a place empty.</source>
        <translation>Jusqu’à quatre rôles détaillés côte à côte, avec les chiffres de leurs portraits. Choisissez «&#xa0;Aucun&#xa0;» pour laisser une place vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role &amp;%1:</source>
        <translation>Rôle &amp;%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role %1 to compare</source>
        <translation>Rôle %1 à comparer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures of the compared roles</source>
        <translation>Chiffres des rôles comparés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of the compared roles’ figures</source>
        <translation>Graphique des chiffres des rôles comparés</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Automation potential</source>
        <translation>Potentiel d’automatisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exposure, GPT-4 labels</source>
        <translation>Exposition, étiquettes GPT-4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure, human labels</source>
        <translation>Exposition, étiquettes humaines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workers in less exposed occupations</source>
        <translation>Actifs dans des métiers moins exposés</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
</context>
<context>
    <name>outpace::MainWindow</name>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="+366"/>
        <source>About Outpace</source>
        <translation>À propos d’Outpace</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outpace</source>
        <translation>Outpace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current page</source>
        <translation>Page affichée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a role…</source>
        <translation>&amp;Trouver un rôle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take the audit</source>
        <translation>&amp;Faire l’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the audit</source>
        <translation>&amp;Enregistrer l’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roadmap</source>
        <translation>&amp;Feuille de route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start my roadmap for this role</source>
        <translation>&amp;Démarrer ma feuille de route pour ce métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check in for the week…</source>
        <translation>Faire le &amp;point de la semaine…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Outpace</source>
        <translation>À &amp;propos d’Outpace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My result</source>
        <translation>Mon résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+297"/>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Settings and data</source>
        <translation>Réglages et données</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No role chosen yet: type a job title to begin.</source>
        <translation>Aucun rôle choisi pour l’instant&#xa0;: tapez un intitulé de poste pour commencer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <location line="+197"/>
        <source>No result</source>
        <translation>Pas de résultat</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Outpace could not score these answers:

%1</source>
        <translation>Outpace n’a pas pu calculer le score de ces réponses&#xa0;:

%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The newest good backup is %1; you can restore it with outpace-cli restore.</source>
        <translation>La sauvegarde valide la plus récente est %1&#xa0;; vous pouvez la rétablir avec outpace-cli restore.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit was not saved</source>
        <translation>L’audit n’a pas été enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outpace could not save this audit in %1.

%2</source>
        <translation>Outpace n’a pas pu enregistrer cet audit dans %1.

%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit saved.</source>
        <translation>Audit enregistré.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose a role first.</source>
        <translation>Choisissez d’abord un rôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit is available for curated roles; choose the curated role closest to this occupation.</source>
        <translation>L’audit est proposé pour les rôles détaillés&#xa0;; choisissez le rôle détaillé le plus proche de cette profession.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish the audit first.</source>
        <translation>Terminez d’abord l’audit.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The roadmap could not be started: %1</source>
        <translation>Impossible de démarrer la feuille de route&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your roadmap for %1, as you left it.</source>
        <translation>Votre feuille de route pour %1, telle que vous l’avez laissée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadmap started for %1.</source>
        <translation>Feuille de route démarrée pour %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Weekly check-in</source>
        <translation>Point hebdomadaire</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Your plans could not be read: %1</source>
        <translation>Impossible de lire vos plans&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A check-in belongs to a roadmap, and you have none yet. Open a role&apos;s portrait and choose Start my roadmap.</source>
        <translation>Un point hebdomadaire se rattache à une feuille de route, et vous n’en avez pas encore. Ouvrez le portrait d’un métier et choisissez «&#xa0;Démarrer ma feuille de route&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check-in saved.</source>
        <translation>Point hebdomadaire enregistré.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This audit could not be scored again: %1</source>
        <translation>Impossible de recalculer le score de cet audit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your data is open again.</source>
        <translation>Vos données sont de nouveau ouvertes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The French translation could not be loaded; Outpace stays in English. Reinstalling the program should bring it back.</source>
        <translation>Impossible de charger la traduction française&#xa0;; Outpace reste en anglais. Réinstaller le programme devrait la rétablir.</translation>
    </message>
</context>
<context>
    <name>outpace::PortraitPage</name>
    <message>
        <location filename="../app/desktop/pages/PortraitPage.cpp" line="+96"/>
        <source>Take the audit for your own score →</source>
        <translation>Faire l’audit pour votre propre score →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the audit</source>
        <translation>Faire l’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my roadmap →</source>
        <translation>Ouvrir ma feuille de route →</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start my roadmap →</source>
        <translation>Démarrer ma feuille de route →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my roadmap</source>
        <translation>Ouvrir ma feuille de route</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start my roadmap</source>
        <translation>Démarrer ma feuille de route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task battlefield</source>
        <translation>Champ de bataille des tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill resilience</source>
        <translation>Résistance des compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill resilience chart: higher is safer, most exposed first</source>
        <translation>Graphique de résistance des compétences&#xa0;: plus haut est plus sûr, les plus exposées d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Among all workers</source>
        <translation>Parmi tous les actifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of all U.S. workers by the exposure of their occupation</source>
        <translation>Graphique de tous les actifs américains selon l’exposition de leur métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI tools moving in</source>
        <translation>Les outils d’IA qui arrivent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI tools to learn</source>
        <translation>Outils d’IA à apprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep analysis</source>
        <translation>Analyse approfondie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market signal</source>
        <translation>Signal du marché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research lenses</source>
        <translation>Éclairages de la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research lenses chart: the same role through each source</source>
        <translation>Graphique des éclairages&#xa0;: le même rôle vu par chaque source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar roles</source>
        <translation>Rôles proches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Resilience (0–100, higher is safer)</source>
        <translation>Résistance (0–100, plus haut est plus sûr)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exposure of the occupation (%)</source>
        <translation>Exposition du métier (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of workers</source>
        <translation>% des actifs</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the portrait of %1</source>
        <translation>Ouvrir le portrait de %1</translation>
    </message>
</context>
<context>
    <name>outpace::ProfilesPanel</name>
    <message>
        <location filename="../app/desktop/pages/ProfilesPanel.cpp" line="+54"/>
        <location line="+75"/>
        <location line="+57"/>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Name of the new profile:</source>
        <translation>Nom du nouveau profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+79"/>
        <source>Rename the profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>New name for %1:</source>
        <translation>Nouveau nom pour %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for the first profile:</source>
        <translation>Nouveau nom pour le premier profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The profiles could not be read: %1</source>
        <translation>Impossible de lire les profils&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first profile</source>
        <translation>Le premier profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — in use</source>
        <translation>%1 — en cours d’utilisation</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The profile was not added: %1</source>
        <translation>Le profil n’a pas été ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile %1 added. Switch to it to audit and plan for that person.</source>
        <translation>Profil %1 ajouté. Passez-y pour faire l’audit et la feuille de route de cette personne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile was not renamed: %1</source>
        <translation>Le profil n’a pas été renommé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is now called %2.</source>
        <translation>%1 s’appelle désormais %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch profile</source>
        <translation>Changer de profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outpace could not switch to %1: %2</source>
        <translation>Outpace n’a pas pu passer au profil %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now using the profile %1: its audits, plans and check-ins are the ones shown.</source>
        <translation>Profil %1 en cours d’utilisation&#xa0;: ce sont ses audits, ses plans et ses points hebdomadaires qui s’affichent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Remove the profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Remove the profile %1 with all its audits, plans and check-ins? A backup of all your data is taken first, so it can be restored from the Backups tab.</source>
        <translation>Supprimer le profil %1 avec tous ses audits, ses plans et ses points hebdomadaires&#xa0;? Toutes vos données sont d’abord sauvegardées&#xa0;: vous pourrez les restaurer depuis l’onglet Sauvegardes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile was kept: %1</source>
        <translation>Le profil a été conservé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile %1 removed. The backup taken just before is %2.</source>
        <translation>Profil %1 supprimé. La sauvegarde faite juste avant est %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each profile keeps its own audits, roadmaps and check-ins, so one computer can follow several people. The profile in use is in bold.</source>
        <translation>Chaque profil garde ses propres audits, feuilles de route et points hebdomadaires&#xa0;: un même ordinateur peut ainsi suivre plusieurs personnes. Le profil en cours d’utilisation est en gras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the chosen profile</source>
        <translation>Renommer le profil choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use this profile</source>
        <translation>&amp;Utiliser ce profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the chosen profile</source>
        <translation>Utiliser le profil choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen profile</source>
        <translation>Supprimer le profil choisi</translation>
    </message>
</context>
<context>
    <name>outpace::ProgressChart</name>
    <message>
        <location filename="../app/desktop/charts/ProgressChart.cpp" line="+39"/>
        <source>Hours learning</source>
        <translation>Heures d’apprentissage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ISO week</source>
        <translation>Semaine ISO</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Steps done (%)</source>
        <translation>Étapes faites (%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 % done, %3 % planned, %4 h</source>
        <extracomment>One week of the progress chart for a screen reader: week, share done, share planned, hours.</extracomment>
        <translation>%1&#xa0;: %2&#xa0;% fait, %3&#xa0;% prévu, %4&#xa0;h</translation>
    </message>
</context>
<context>
    <name>outpace::RecoveryDialog</name>
    <message>
        <location filename="../app/desktop/dialogs/RecoveryDialog.cpp" line="+61"/>
        <source>%1
%2</source>
        <extracomment>A good backup in the list: when it was made, then the name of its file on a line of its own.</extracomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your data in %1 is open in another Outpace window, or in outpace-cli. Only one program at a time may change it, so that nothing is lost. Close the other window and choose Try again, or start Outpace with --data-dir to use another folder.</source>
        <translation>Vos données dans %1 sont ouvertes dans une autre fenêtre d’Outpace, ou par outpace-cli. Un seul programme à la fois peut les modifier, pour que rien ne se perde. Fermez l’autre fenêtre puis choisissez «&#xa0;Réessayer&#xa0;», ou lancez Outpace avec --data-dir pour utiliser un autre dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data file in %1 is damaged: part of it cannot be read, so Outpace will not write into it.</source>
        <translation>Votre fichier de données dans %1 est endommagé&#xa0;: une partie est illisible, alors Outpace n’y écrira pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file where Outpace keeps your data (in %1) is not an Outpace database: something else was saved under its name.</source>
        <translation>Le fichier où Outpace garde vos données (dans %1) n’est pas une base Outpace&#xa0;: autre chose a été enregistré sous son nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your data in %1 was written by a newer version of Outpace. This version cannot read it without risk; install the newer version, or go back to a backup made by this one.</source>
        <translation>Vos données dans %1 ont été écrites par une version plus récente d’Outpace. Cette version ne peut pas les lire sans risque&#xa0;: installez la version plus récente, ou revenez à une sauvegarde faite par celle-ci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your data file in %1 is missing or empty, while backups of it exist. Outpace does not start afresh on its own: restore a backup below.</source>
        <translation>Votre fichier de données dans %1 est absent ou vide, alors que des sauvegardes existent. Outpace ne repart pas de zéro de lui-même&#xa0;: restaurez une sauvegarde ci-dessous.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your data in %1 could not be opened: the folder or the file cannot be read or written. Check its permissions and the free space on the disk.</source>
        <translation>Impossible d’ouvrir vos données dans %1&#xa0;: le dossier ou le fichier ne peut être ni lu ni écrit. Vérifiez ses droits d’accès et l’espace libre sur le disque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a backup in the list first.</source>
        <translation>Choisissez d’abord une sauvegarde dans la liste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This backup could not be restored: %1</source>
        <translation>Impossible de restaurer cette sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data is still in use elsewhere.</source>
        <translation>Les données sont encore utilisées ailleurs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your data could not be opened</source>
        <translation>Impossible d’ouvrir vos données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file was not deleted: it is kept as %1, should you or someone helping you want to look at it.</source>
        <translation>Le fichier n’a pas été supprimé&#xa0;: il est conservé sous le nom %1, si vous ou quelqu’un qui vous aide voulez l’examiner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good &amp;backups, newest first. Restoring one brings back your data as it was then:</source>
        <translation>&amp;Sauvegardes intactes, de la plus récente à la plus ancienne. En restaurer une rend vos données telles qu’elles étaient alors&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no good backup to restore. If you close this window, Outpace starts with empty data; the refused file stays where it was kept.</source>
        <translation>Aucune sauvegarde intacte à restaurer. Si vous fermez cette fenêtre, Outpace repart de données vides&#xa0;; le fichier refusé reste là où il a été mis de côté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good backups</source>
        <translation>Sauvegardes intactes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the chosen backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try again</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>outpace::ReportActions</name>
    <message>
        <location filename="../app/desktop/ReportActions.cpp" line="+58"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the report of this role page by page before printing it</source>
        <translation>Voir le rapport de ce rôle page par page avant de l’imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report of this role</source>
        <translation>Imprimer le rapport de ce rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report of this role as a PDF file</source>
        <translation>Enregistrer le rapport de ce rôle dans un fichier PDF</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The report could not be made</source>
        <translation>Le rapport n’a pas pu être établi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outpace could not gather what the report of this role shows:

%1</source>
        <translation>Outpace n’a pas pu réunir ce que montre le rapport de ce rôle&#xa0;:

%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report was not exported</source>
        <translation>Le rapport n’a pas été exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Choose another folder or name, or check that the disk is not full and that you may write there.</source>
        <translation>%1

Choisissez un autre dossier ou un autre nom, ou vérifiez que le disque n’est pas plein et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report written to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Outpace report - %1.pdf</source>
        <extracomment>The suggested file name of an exported report; %1 is the role.</extracomment>
        <translation>Rapport Outpace - %1.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report sent to the printer (1 page).</source>
        <translation>Rapport envoyé à l’imprimante (1&#xa0;page).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Report sent to the printer (%n pages).</source>
        <translation>
            <numerusform>Rapport envoyé à l’imprimante (%n&#xa0;page).</numerusform>
            <numerusform>Rapport envoyé à l’imprimante (%n&#xa0;pages).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print preview of the report</source>
        <translation>Aperçu avant impression du rapport</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Printing the report…</source>
        <translation>Impression du rapport…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report was not printed</source>
        <translation>Le rapport n’a pas été imprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Check the printer, then try again.</source>
        <translation>%1

Vérifiez l’imprimante, puis réessayez.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The preview is incomplete</source>
        <translation>L’aperçu est incomplet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The pages shown may be missing parts of the report.</source>
        <translation>%1

Il peut manquer des parties du rapport dans les pages affichées.</translation>
    </message>
</context>
<context>
    <name>outpace::ResearchPanel</name>
    <message>
        <location filename="../app/desktop/pages/ResearchPanel.cpp" line="+47"/>
        <source>Tab-separated files (*.tsv);;All files (*)</source>
        <translation>Fichiers séparés par des tabulations (*.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelling… the data stays as it was.</source>
        <translation>Annulation en cours… les données restent telles qu’elles étaient.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the label set file (full_labelset.tsv) first: it holds the tasks of every occupation.</source>
        <translation>Choisissez d’abord le fichier des étiquettes (full_labelset.tsv)&#xa0;: il contient les tâches de chaque profession.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a file that can be read. Check the name, or choose it with Browse.</source>
        <translation>%1 n’est pas un fichier lisible. Vérifiez le nom, ou choisissez-le avec «&#xa0;Parcourir&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing… you can keep using Outpace meanwhile.</source>
        <translation>Importation en cours… vous pouvez continuer à utiliser Outpace.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import was cancelled; the research data is as it was before.</source>
        <translation>L’importation a été annulée&#xa0;; les données de recherche sont restées telles quelles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import had already finished when you cancelled it, so it was kept.</source>
        <translation>L’importation était déjà terminée quand vous l’avez annulée&#xa0;: elle est donc conservée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: %1 tasks of %2 occupations.</source>
        <translation>Importé&#xa0;: %1 tâches de %2 professions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occupations with their wages and employment: %1.</source>
        <translation>Professions avec leurs salaires et effectifs&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Occupations with an applicability score: %1.</source>
        <translation>Professions avec un score d’applicabilité&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every occupation can now be audited.</source>
        <translation>Chaque profession peut désormais faire l’objet d’un audit.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The built-in figures cover every occupation. Importing the public research files adds each occupation&apos;s own tasks, so any occupation can be audited, not only the curated roles. The files stay where they are; their content goes into your data folder.</source>
        <translation>Les chiffres intégrés couvrent toutes les professions. Importer les fichiers de recherche publics ajoute les tâches propres à chacune&#xa0;: toute profession peut alors faire l’objet d’un audit, pas seulement les métiers décrits par Outpace. Les fichiers restent où ils sont&#xa0;; leur contenu rejoint votre dossier de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Label set (full_labelset.tsv):</source>
        <translation>&amp;Étiquettes (full_labelset.tsv)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;BLS wages (national_May2021_dl.csv, optional):</source>
        <translation>&amp;Salaires BLS (national_May2021_dl.csv, facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;AI applicability (soc_ai_applicability_scores.csv, optional):</source>
        <translation>&amp;Applicabilité de l’IA (soc_ai_applicability_scores.csv, facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label set file</source>
        <translation>Fichier des étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLS wages file</source>
        <translation>Fichier des salaires BLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI applicability file</source>
        <translation>Fichier d’applicabilité de l’IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the label set file</source>
        <translation>Choisir le fichier des étiquettes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the BLS wages file</source>
        <translation>Choisir le fichier des salaires BLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the AI applicability file</source>
        <translation>Choisir le fichier d’applicabilité de l’IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the research files</source>
        <translation>Importer les fichiers de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import progress</source>
        <translation>Avancement de l’importation</translation>
    </message>
</context>
<context>
    <name>outpace::ResultPage</name>
    <message>
        <location filename="../app/desktop/pages/ResultPage.cpp" line="+35"/>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mid-level</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>&amp;Save this audit</source>
        <translation>&amp;Enregistrer cet audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What makes up your score</source>
        <translation>Ce qui compose votre score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each task adds its share of your time multiplied by how much of it AI could carry out; your experience and your fluency with AI tools then move the total. The parts add up to your score.</source>
        <translation>Chaque tâche apporte sa part de votre temps multipliée par ce que l’IA pourrait en accomplir&#xa0;; votre expérience et votre aisance avec les outils d’IA font ensuite varier le total. Les parts s’additionnent pour donner votre score.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breakdown of your score</source>
        <translation>Décomposition de votre score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Among your modelled peers</source>
        <translation>Parmi vos pairs modélisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram of the modelled peers’ scores with yours marked</source>
        <translation>Histogramme des scores des pairs modélisés, avec le vôtre marqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What if…</source>
        <translation>Et si…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try a change; the score below is computed again at once. Nothing is saved.</source>
        <translation>Essayez un changement&#xa0;: le score ci-dessous est recalculé aussitôt. Rien n’est enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move hours from:</source>
        <translation>&amp;Déplacer des heures de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;to:</source>
        <translation>&amp;vers&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a &amp;tool every day:</source>
        <translation>Utiliser un &amp;outil chaque jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xperience:</source>
        <translation>E&amp;xpérience&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours to move</source>
        <translation>Heures à déplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task to move hours from</source>
        <translation>Tâche d’où déplacer des heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task to move hours to</source>
        <translation>Tâche vers laquelle déplacer des heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI tool to use every day</source>
        <translation>Outil d’IA à utiliser chaque jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience level for the what-if</source>
        <translation>Niveau d’expérience pour la simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your battlefield</source>
        <translation>Votre champ de bataille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your skills</source>
        <translation>Vos compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your skills’ resilience: higher is safer, most exposed first</source>
        <translation>Résistance de vos compétences&#xa0;: plus haut est plus sûr, les plus exposées d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved audits</source>
        <translation>Vos audits enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your score over your saved audits</source>
        <translation>Votre score au fil de vos audits enregistrés</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+1"/>
        <source>Other work</source>
        <translation>Autre travail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>With these changes your score would be %1 (%2).</source>
        <translation>Avec ces changements, votre score serait de %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What if</source>
        <translation>Et si</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My result: %1</source>
        <translation>Mon résultat&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your personal risk score: %1 out of 100</source>
        <translation>Votre score de risque personnel&#xa0;: %1 sur 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring model version %1, from your answers</source>
        <translation>Modèle de calcul version %1, d’après vos réponses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% of your working time goes to work AI could carry out (your personal automation potential); your experience and your use of AI tools adjust it to this score.</source>
        <translation>%1&#xa0;% de votre temps de travail va à des tâches que l’IA pourrait accomplir (votre potentiel d’automatisation personnel)&#xa0;; votre expérience et votre usage des outils d’IA l’ajustent pour donner ce score.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>% of peers</source>
        <translation>% des pairs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% of modelled peers are safer than you. The peers are %2 simulated %3 whose time split, experience and tool use are drawn around this role’s profile: a model, not a survey.</source>
        <translation>%1&#xa0;% des pairs modélisés sont plus à l’abri que vous. Ces pairs sont %2&#xa0;%3 simulés, dont la répartition du temps, l’expérience et l’usage des outils sont tirés autour du profil de ce rôle&#xa0;: un modèle, pas une enquête.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1% of your time</source>
        <translation>%1&#xa0;% de votre temps</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>One audit saved.</source>
        <translation>Un audit enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n audits saved.</source>
        <translation>
            <numerusform>%n audit enregistré.</numerusform>
            <numerusform>%n audits enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Your score</source>
        <translation>Votre score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points of score</source>
        <translation>Points de score</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal risk score</source>
        <translation>Score de risque personnel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (not in your week)</source>
        <translation>%1 (absente de votre semaine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resilience (0–100, higher is safer)</source>
        <translation>Résistance (0–100, plus haut est plus sûr)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No audit of this role is saved yet. Save this one to follow your score over time; the chart appears from the second saved audit.</source>
        <translation>Aucun audit de ce rôle n’est encore enregistré. Enregistrez celui-ci pour suivre votre score dans le temps&#xa0;; le graphique apparaît à partir du deuxième audit enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One audit saved, on %1 (score %2). The chart appears from the second one.</source>
        <translation>Un audit enregistré, le %1 (score %2). Le graphique apparaît à partir du deuxième.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>outpace::RoadmapStepDelegate</name>
    <message>
        <location filename="../app/desktop/pages/RoadmapStepDelegate.cpp" line="+28"/>
        <source>%1, from %2</source>
        <extracomment>A week in a list: its ISO name, then the date of its Monday.</extracomment>
        <translation>%1, à partir du %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target week</source>
        <translation>Semaine visée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No target week</source>
        <translation>Pas de semaine visée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>outpace::RoleSearchPage</name>
    <message>
        <location filename="../app/desktop/pages/RoleSearchPage.cpp" line="+129"/>
        <source>Choose a role</source>
        <translation>Choisir un rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a job title in English or French, or an O*NET code. Curated roles come first; every O*NET occupation can be opened too. Use the arrow keys and Enter to open one.</source>
        <translation>Tapez un intitulé de poste en français ou en anglais, ou un code O*NET. Les rôles détaillés viennent en premier&#xa0;; chaque profession O*NET peut aussi être ouverte. Les flèches et Entrée suffisent pour en ouvrir un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a role…</source>
        <translation>Trouver un rôle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a role</source>
        <translation>Trouver un rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector filter</source>
        <translation>Filtre par secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 · curated role · O*NET %2</source>
        <extracomment>The detail line of a curated role in the search results: its sector and O*NET code.</extracomment>
        <translation>%1 · rôle détaillé · O*NET %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>O*NET occupation %1</source>
        <translation>Profession O*NET %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Recent roles</source>
        <translation>Rôles récents</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No role or occupation matches “%1”. Try a shorter word, or the O*NET code.</source>
        <translation>Aucun rôle ni aucune profession ne correspond à «&#xa0;%1&#xa0;». Essayez un mot plus court, ou le code O*NET.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No curated role of this sector matches “%1”. Choose “All sectors” to search every occupation.</source>
        <translation>Aucun rôle détaillé de ce secteur ne correspond à «&#xa0;%1&#xa0;». Choisissez «&#xa0;Tous les secteurs&#xa0;» pour chercher parmi toutes les professions.</translation>
    </message>
</context>
<context>
    <name>outpace::ScreenshotTour</name>
    <message>
        <location filename="../app/desktop/ScreenshotTour.cpp" line="+48"/>
        <source>Halfway through the course</source>
        <translation>À mi-parcours de la formation</translation>
    </message>
</context>
<context>
    <name>outpace::SettingsPage</name>
    <message>
        <location filename="../app/desktop/pages/SettingsPage.cpp" line="+82"/>
        <source>The setting was not saved: %1</source>
        <translation>Le réglage n’a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;h3&gt;Outpace %1&lt;/h3&gt;&lt;p&gt;How exposed a job is to AI, where you stand, and how to adapt.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: no account, no network.&lt;/p&gt;&lt;p&gt;Scoring model version %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Outpace %1&lt;/h3&gt;&lt;p&gt;À quel point un métier est exposé à l’IA, où vous vous situez, et comment vous adapter.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur&#xa0;: ni compte, ni réseau.&lt;/p&gt;&lt;p&gt;Modèle de score, version %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2. Licence: %3.</source>
        <extracomment>A data source in About: what it gives, its citation, and its licence.</extracomment>
        <translation>%1&#xa0;: %2. Licence&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your settings could not be read: %1</source>
        <translation>Impossible de lire vos réglages&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Settings and data</source>
        <translation>Réglages et données</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import and export</source>
        <translation>&amp;Importer et exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Research data</source>
        <translation>Données de &amp;recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bout</source>
        <translation>À pr&amp;opos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weeks between audits:</source>
        <translation>Semaines &amp;entre deux audits&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks between audits</source>
        <translation>Semaines entre deux audits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this many weeks the roadmap reminds you to take the audit again, to see how your work has moved.</source>
        <translation>Passé ce nombre de semaines, la feuille de route vous rappelle de refaire l’audit, pour voir comment votre travail a évolué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Outpace</source>
        <translation>À propos d’Outpace</translation>
    </message>
</context>
<context>
    <name>outpace::TrackerPage</name>
    <message>
        <location filename="../app/desktop/pages/TrackerPage.cpp" line="+286"/>
        <source>Your plans could not be read: %1</source>
        <translation>Impossible de lire vos plans&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This roadmap could not be read: %1</source>
        <translation>Impossible de lire cette feuille de route&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Roadmap done</source>
        <translation>Feuille de route faite</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of %1 steps done</source>
        <translation>
            <numerusform>%n étape faite sur %1</numerusform>
            <numerusform>%n étapes faites sur %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from the steps you marked done.</source>
        <translation>Compté d’après les étapes que vous avez marquées comme faites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streak</source>
        <translation>Série</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in this week to start one.</source>
        <translation>Faites le point cette semaine pour en commencer une.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in a row with a check-in</source>
        <translation>d’affilée avec un point hebdomadaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks in a row with a check-in, up to this week.</source>
        <translation>Semaines d’affilée avec un point hebdomadaire, jusqu’à cette semaine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learning this week</source>
        <translation>Apprentissage cette semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hours of this week&apos;s check-in.</source>
        <translation>Les heures du point hebdomadaire de cette semaine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>%v of %m</source>
        <extracomment>On a progress bar: %v steps done of %m.</extracomment>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Whole roadmap: %1 of %2 steps done</source>
        <translation>Toute la feuille de route&#xa0;: %1 étapes faites sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phase %1: %2</source>
        <translation>Phase %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phase %1: %2 of %3 steps done</source>
        <translation>Phase %1&#xa0;: %2 étapes faites sur %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This roadmap has no quick actions.</source>
        <translation>Cette feuille de route n’a pas d’actions rapides.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have not taken the audit yet. It takes about two minutes and gives your own score, which this page then follows from audit to audit.</source>
        <translation>Vous n’avez pas encore fait l’audit. Il prend environ deux minutes et donne votre score personnel, que cette page suit ensuite d’un audit à l’autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the audit</source>
        <translation>Faire l’audit</translation>
    </message>
    <message numerus="yes">
        <location line="-46"/>
        <source>%n week</source>
        <translation>
            <numerusform>%n&#xa0;semaine</numerusform>
            <numerusform>%n&#xa0;semaines</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n weeks</source>
        <translation>
            <numerusform>%n&#xa0;semaine</numerusform>
            <numerusform>%n&#xa0;semaines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Your last audit was on %1, more than a week ago: take it again to see how far your work has moved.</source>
        <translation>Votre dernier audit date du %1, il y a plus d’une semaine&#xa0;: refaites-le pour voir comment votre travail a évolué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your last audit was on %1, more than %2 weeks ago: take it again to see how far your work has moved.</source>
        <translation>Votre dernier audit date du %1, il y a plus de %2&#xa0;semaines&#xa0;: refaites-le pour voir comment votre travail a évolué.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the audit again</source>
        <translation>Refaire l’audit</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <source>Progress week by week</source>
        <translation>Progression semaine après semaine</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The last %1 weeks: the line shows the share of steps done, the dashed line what the plan expected by then, the bars the hours you spent learning.</source>
        <translation>Les %1 dernières semaines&#xa0;: la ligne montre la part des étapes faites, les tirets ce que le plan prévoyait à cette date, les barres vos heures d’apprentissage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The line shows the share of steps done, the dashed line what the plan expected by then, the bars the hours you spent learning.</source>
        <translation>La ligne montre la part des étapes faites, les tirets ce que le plan prévoyait à cette date, les barres vos heures d’apprentissage.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No audit saved yet. Each audit you save adds a point here, so you can see your score move.</source>
        <translation>Aucun audit enregistré pour l’instant. Chaque audit enregistré ajoute ici un point&#xa0;: vous voyez votre score évoluer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each point is a saved audit. Click one, or choose a row and press Enter, to open its result.</source>
        <translation>Chaque point est un audit enregistré. Cliquez dessus, ou choisissez une ligne et appuyez sur Entrée, pour ouvrir son résultat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan, week by week: tick the steps you finish, note what you learn, and check in once a week (Ctrl+K).</source>
        <translation>Votre plan, semaine après semaine&#xa0;: cochez les étapes terminées, notez ce que vous apprenez, et faites le point une fois par semaine (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check in…</source>
        <translation>Faire le &amp;point…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in for a week</source>
        <translation>Faire le point d’une semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have no roadmap yet. Open a role&apos;s portrait and choose Start my roadmap: its three phases become your plan, week by week.</source>
        <translation>Vous n’avez pas encore de feuille de route. Ouvrez le portrait d’un métier et choisissez «&#xa0;Démarrer ma feuille de route&#xa0;»&#xa0;: ses trois phases deviennent votre plan, semaine après semaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find a role</source>
        <translation>&amp;Trouver un métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a role</source>
        <translation>Trouver un métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a new audit</source>
        <translation>L’heure d’un nouvel audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole roadmap</source>
        <translation>Toute la feuille de route</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phases and steps</source>
        <translation>Phases et étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick a step when it is done. Double-click (or press F2 on) its status, note or target week to change it; every change is saved at once.</source>
        <translation>Cochez une étape une fois faite. Double-cliquez sur son état, sa note ou sa semaine visée (ou appuyez sur F2) pour les modifier&#xa0;; chaque changement est enregistré aussitôt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roadmap steps</source>
        <translation>Étapes de la feuille de route</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your score across audits</source>
        <translation>Votre score d’un audit à l’autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score across audits</source>
        <translation>Score d’un audit à l’autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved audits</source>
        <translation>Audits enregistrés</translation>
    </message>
</context>
<context>
    <name>outpace::TransferPanel</name>
    <message>
        <location filename="../app/desktop/pages/TransferPanel.cpp" line="+47"/>
        <location line="+22"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Export your data</source>
        <translation>Exporter vos données</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+34"/>
        <location line="+8"/>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was written: %1</source>
        <translation>Rien n’a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace it</source>
        <translation>Le remplacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export failed: %1</source>
        <translation>L’exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1 (profiles: %2).</source>
        <translation>Exporté dans %1 (profils&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported (profiles: %1). The data replaced is kept in the backup %2.</source>
        <translation>Importé (profils&#xa0;: %1). Les données remplacées sont conservées dans la sauvegarde %2.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Replace all the personal data in this folder with the content of %1? A backup of what is here now is taken first.</source>
        <translation>Remplacer toutes les données personnelles de ce dossier par le contenu de %1&#xa0;? Ce qui s’y trouve maintenant est d’abord sauvegardé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export writes all your personal data (every profile, audit, plan, step and check-in) into one JSON file, to keep or to move to another computer.</source>
        <translation>L’exportation écrit toutes vos données personnelles (profils, audits, plans, étapes et points hebdomadaires) dans un seul fichier JSON, à garder ou à emporter sur un autre ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export your data to a file</source>
        <translation>Exporter vos données dans un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import replaces the personal data here with an exported file&apos;s, after a backup. A file that is damaged or not an Outpace export changes nothing, and Outpace says why.</source>
        <translation>L’importation remplace les données personnelles d’ici par celles d’un fichier exporté, après une sauvegarde. Un fichier endommagé, ou qui n’est pas un export d’Outpace, ne change rien, et Outpace dit pourquoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import data from a file</source>
        <translation>Importer des données depuis un fichier</translation>
    </message>
</context>
</TS>
