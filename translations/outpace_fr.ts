<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ApplicabilityReader</name>
    <message>
        <location filename="../core/research/ApplicabilityReader.cpp" line="+39"/>
        <source>&quot;%1&quot; is not a SOC code: expected a code such as 15-1252</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code SOC&#xa0;: il faut un code du type 15-1252</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the SOC code %1 is repeated (first on line %2): expected each code once</source>
        <translation>le code SOC %1 apparaît plusieurs fois (la première à la ligne %2)&#xa0;: chaque code ne doit figurer qu’une fois</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the title is empty: expected the occupation&apos;s title</source>
        <translation>l’intitulé est vide&#xa0;: il faut l’intitulé du métier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a score: expected a number from 0 to 1</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un score&#xa0;: il faut un nombre de 0 à 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no score follows the header: expected at least one row</source>
        <translation>aucun score après l’en-tête&#xa0;: il faut au moins une ligne</translation>
    </message>
</context>
<context>
    <name>AuditAnswers</name>
    <message>
        <location filename="../core/scoring/AuditAnswers.cpp" line="+73"/>
        <source>the answers file</source>
        <translation>le fichier de réponses</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected &quot;outpace-audit-answers&quot;</source>
        <translation>il faut «&#xa0;outpace-audit-answers&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>these answers are for &quot;%1&quot;, not for &quot;%2&quot;</source>
        <translation>ces réponses concernent «&#xa0;%1&#xa0;», pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown task id for %1; expected one of: %2</source>
        <translation>identifiant de tâche inconnu pour %1&#xa0;; valeurs possibles&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a number of hours</source>
        <translation>il faut un nombre d’heures</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>%1 hours; expected a number from 0 to 168</source>
        <translation>%1 h&#xa0;; il faut un nombre de 0 à 168</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown AI tool</source>
        <translation>outil d’IA inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected never, monthly, weekly or daily</source>
        <translation>il faut never, monthly, weekly ou daily</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown level &quot;%1&quot;; expected junior, mid, senior or lead</source>
        <translation>niveau «&#xa0;%1&#xa0;» inconnu&#xa0;; il faut junior, mid, senior ou lead (débutant, intermédiaire, confirmé, responsable)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a whole number of years from 0 to 70</source>
        <translation>il faut un nombre entier d’années de 0 à 70</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no time at all; expected hours on at least one task</source>
        <translation>aucun temps déclaré&#xa0;; il faut des heures sur au moins une tâche</translation>
    </message>
</context>
<context>
    <name>AuditOutcome</name>
    <message>
        <location filename="../core/workspace/AuditOutcome.cpp" line="+92"/>
        <source>Other work (counted as safe)</source>
        <translation>Autres activités (comptées à l’abri)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Experience (%1, ×%2)</source>
        <translation>Expérience (%1, ×%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AI fluency (×%1)</source>
        <translation>Maîtrise de l’IA (×%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capped at 100</source>
        <translation>Plafonné à 100</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>These answers use no AI tool, while the modelled peers use each of the role&apos;s tools weekly %1 of the time; with %n of the role&apos;s tools used weekly, as a typical peer does, the score would be %2.</source>
        <translation>
            <numerusform>Ces réponses n’utilisent aucun outil d’IA, alors que les pairs modélisés se servent de chacun des outils du métier chaque semaine dans %1 des cas ; avec %n outil du métier utilisé chaque semaine, comme le fait un pair type, le score serait de %2.</numerusform>
            <numerusform>Ces réponses n’utilisent aucun outil d’IA, alors que les pairs modélisés se servent de chacun des outils du métier chaque semaine dans %1 des cas ; avec %n outils du métier utilisés chaque semaine, comme le fait un pair type, le score serait de %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Peers are modelled from the role&apos;s profile (time split, experience and tool use drawn at random), not surveyed.</source>
        <translation>Les pairs sont modélisés à partir du profil du métier (répartition du temps, expérience et usage des outils tirés au hasard), pas interrogés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your exposure: the share of your week that a large language model could speed up by half or more.</source>
        <translation>Votre exposition : la part de votre semaine qu’un grand modèle de langage pourrait accélérer de moitié ou plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your automation: the share of your week, by time, that an AI system could complete with no person involved.</source>
        <translation>Votre automatisation : la part de votre semaine, en temps, qu’un système d’IA pourrait accomplir sans intervention humaine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI fluency: how much you already use AI tools, from 0 (none) to 1 (three or more every week); it lowers the score by up to %1.</source>
        <translation>Maîtrise de l’IA : votre usage actuel des outils d’IA, de 0 (aucun) à 1 (trois ou plus chaque semaine) ; elle abaisse le score de %1 au plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Experience factor: early-career workers in exposed jobs have lost the most ground, so a junior level raises the score and a senior one lowers it.</source>
        <translation>Facteur d’expérience : dans les métiers exposés, ce sont les débutants qui ont le plus reculé ; un niveau débutant relève donc le score, un niveau confirmé l’abaisse.</translation>
    </message>
</context>
<context>
    <name>BlsReader</name>
    <message>
        <location filename="../core/research/BlsReader.cpp" line="+79"/>
        <source>unknown occupation group &quot;%1&quot;: expected total, major, minor, broad or detailed</source>
        <translation>groupe de métiers «&#xa0;%1&#xa0;» inconnu&#xa0;: il faut total, major, minor, broad ou detailed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a SOC code: expected a code such as 15-1252</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code SOC&#xa0;: il faut un code du type 15-1252</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an employment figure: expected a number such as &quot;140,886,310&quot;, or *, ** or #</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un effectif&#xa0;: il faut un nombre comme «&#xa0;140,886,310&#xa0;», ou *, ** ou #</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an annual wage: expected a number such as &quot;45,760&quot;, or *, ** or #</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un salaire annuel&#xa0;: il faut un nombre comme «&#xa0;45,760&#xa0;», ou *, ** ou #</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the detailed occupation %1 is repeated (first on line %2): expected each once</source>
        <translation>le métier détaillé %1 apparaît plusieurs fois (la première à la ligne %2)&#xa0;: chacun ne doit figurer qu’une fois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the occupation title is empty: expected the BLS title</source>
        <translation>l’intitulé du métier est vide&#xa0;: il faut l’intitulé du BLS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no occupation follows the header: expected at least one row</source>
        <translation>aucun métier après l’en-tête&#xa0;: il faut au moins une ligne</translation>
    </message>
</context>
<context>
    <name>CatalogCommands</name>
    <message>
        <location filename="../app/cli/CatalogCommands.cpp" line="+33"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exposure labels: gpt4 (default) or human.</source>
        <translation>Étiquettes d’exposition&#xa0;: gpt4 (par défaut) ou human.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown lens &quot;%1&quot;: expected gpt4 or human.</source>
        <translation>valeur de --lens inconnue&#xa0;: «&#xa0;%1&#xa0;»&#xa0;; il faut gpt4 ou human.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected exactly one %1.</source>
        <translation>il faut exactement un %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Find curated roles and O*NET occupations by title (English or French) or code.</source>
        <translation>Chercher parmi les rôles sélectionnés et les métiers O*NET par intitulé (en anglais ou en français) ou par code.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>automation %1</source>
        <translation>automatisation %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>A role id from outpace-cli roles.</source>
        <translation>Un identifiant de rôle donné par outpace-cli roles.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+34"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Your answers file (JSON); without it, the role&apos;s default answers.</source>
        <translation>Votre fichier de réponses (JSON)&#xa0;; sans lui, les réponses par défaut du rôle.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Check a catalog folder (catalog.json, tools/, roles/) instead of the built-in one.</source>
        <translation>Vérifier un dossier de catalogue (catalog.json, tools/, roles/) au lieu du catalogue intégré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The only action: check.</source>
        <translation>Seule action possible&#xa0;: check.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected: outpace-cli catalog check</source>
        <translation>utilisation&#xa0;: outpace-cli catalog check</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+58"/>
        <source>Texts missing: %1 in English, %2 in French.</source>
        <translation>Textes manquants&#xa0;: %1 en anglais, %2 en français.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>One problem found; the catalog is refused.</source>
        <translation>Un problème trouvé&#xa0;; le catalogue est refusé.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problems found; the catalog is refused.</source>
        <translation>
            <numerusform>%n problème trouvé&#xa0;; le catalogue est refusé.</numerusform>
            <numerusform>%n problèmes trouvés&#xa0;; le catalogue est refusé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated</source>
        <translation>Automatisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight</source>
        <translation>Supervisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe</source>
        <translation>À l’abri</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AI tools: %1. Sectors with roles: %2 of %3. Tasks departing from their research label: %4.</source>
        <translation>Outils d’IA&#xa0;: %1. Secteurs ayant des rôles&#xa0;: %2 sur %3. Tâches qui s’écartent de leur étiquette de recherche&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The catalog is valid.</source>
        <translation>Le catalogue est valide.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Reaches: %1</source>
        <translation>Types de travail touchés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appears in: %1</source>
        <translation>Rôles concernés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the curated roles by sector, or search every role and occupation.</source>
        <translation>Lister par secteur les rôles sélectionnés, ou chercher parmi tous les rôles et métiers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the portrait of a role or of an O*NET occupation.</source>
        <translation>Afficher le portrait d’un rôle ou d’un métier O*NET.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score an audit: your personal risk, its breakdown and your peers.</source>
        <translation>Calculer le score d’un audit&#xa0;: votre risque personnel, son détail et vos pairs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the AI tools: what each does, what it reaches, where it appears.</source>
        <translation>Lister les outils d’IA&#xa0;: ce que fait chacun, les types de travail qu’il touche, les rôles où il apparaît.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validate the catalog and summarise it.</source>
        <translation>Valider le catalogue et en afficher un résumé.</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <location filename="../core/catalog/CatalogLoader.cpp" line="+33"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: illisible&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected 1, found %1</source>
        <translation>il faut 1, pas %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a valid id; expected lower-case words joined by hyphens</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant valide&#xa0;; il faut des mots en minuscules reliés par des tirets</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>id &quot;%1&quot; is used twice</source>
        <translation>l’identifiant «&#xa0;%1&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected at least one entry</source>
        <translation>il faut au moins une entrée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown label &quot;%1&quot;; expected one of %2</source>
        <translation>étiquette «&#xa0;%1&#xa0;» inconnue&#xa0;; valeurs possibles&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+176"/>
        <source>&quot;%1&quot; does not match the file name; expected &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» ne correspond pas au nom du fichier&#xa0;; il faut «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>empty; expected the product name</source>
        <translation>vide&#xa0;; il faut le nom du produit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected at least one kind of work</source>
        <translation>il faut au moins un type de travail</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown task type &quot;%1&quot;; expected core or supplemental</source>
        <translation>type de tâche «&#xa0;%1&#xa0;» inconnu&#xa0;; il faut core ou supplemental</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is already the type its links give (%2 of %3 Core); remove it</source>
        <translation>«&#xa0;%1&#xa0;» est déjà le type que donnent ses liens (%2 sur %3 de type Core)&#xa0;; supprimez cet écart</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; differs from the deviation&apos;s type; expected &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» diffère du type de l’écart&#xa0;; il faut «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;, but %2 of its %3 O*NET links are Core, which makes it &quot;%4&quot;; expected &quot;%4&quot;, or a deviation of the type with its reason</source>
        <translation>«&#xa0;%1&#xa0;», mais %2 de ses %3 liens O*NET sont de type Core, ce qui en fait une tâche «&#xa0;%4&#xa0;»&#xa0;; il faut «&#xa0;%4&#xa0;», ou un écart de type avec sa justification</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected at least one skill</source>
        <translation>il faut au moins une compétence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected at least one linked O*NET task</source>
        <translation>il faut au moins une tâche O*NET liée</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+99"/>
        <source>&quot;%1&quot; is not an O*NET-SOC code; expected the form 15-1252.00</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code O*NET-SOC&#xa0;; il faut la forme 15-1252.00</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>expected a positive whole task id</source>
        <translation>il faut un identifiant de tâche entier positif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown O*NET task type &quot;%1&quot;; expected Core, Supplemental or empty</source>
        <translation>type de tâche O*NET «&#xa0;%1&#xa0;» inconnu&#xa0;; il faut Core, Supplemental ou une valeur vide</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>changes nothing; expected at least one of type, gpt4, human, automation</source>
        <translation>ne modifie rien&#xa0;; il faut au moins l’un des champs type, gpt4, human, automation</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>expected at least one O*NET-SOC code</source>
        <translation>il faut au moins un code O*NET-SOC</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a positive whole number of dollars, or null</source>
        <translation>il faut un nombre entier positif de dollars, ou null</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+14"/>
        <source>expected a share from 0 to 1</source>
        <translation>il faut une part de 0 à 1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the shares add up to %1; expected 1</source>
        <translation>la somme des parts vaut %1&#xa0;; il faut 1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown use &quot;%1&quot;; expected landscape, learn or both</source>
        <translation>usage «&#xa0;%1&#xa0;» inconnu&#xa0;; il faut landscape, learn ou both</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1: the built-in catalog is missing from this build</source>
        <translation>%1&#xa0;: le catalogue intégré est absent de cette compilation</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: no role files; expected at least one roles/&lt;id&gt;.json</source>
        <translation>%1&#xa0;: aucun fichier de rôle&#xa0;; il faut au moins un roles/&lt;id&gt;.json</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <location filename="../core/catalog/CatalogValidator.cpp" line="+43"/>
        <source>id &quot;%1&quot; is used twice in this role</source>
        <translation>l’identifiant «&#xa0;%1&#xa0;» est utilisé deux fois dans ce rôle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown sector &quot;%1&quot;</source>
        <translation>secteur «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 tasks; expected at least %2</source>
        <translation>tâches&#xa0;: %1&#xa0;; il en faut au moins %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 skills; expected at least %2</source>
        <translation>compétences&#xa0;: %1&#xa0;; il en faut au moins %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tools; expected at least %2</source>
        <translation>outils&#xa0;: %1&#xa0;; il en faut au moins %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown skill &quot;%1&quot;</source>
        <translation>compétence «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skill &quot;%1&quot; is used by no task</source>
        <translation>la compétence «&#xa0;%1&#xa0;» n’est utilisée par aucune tâche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown AI tool &quot;%1&quot;</source>
        <translation>outil d’IA «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown task &quot;%1&quot;</source>
        <translation>tâche «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 phases; expected %2</source>
        <translation>phases&#xa0;: %1&#xa0;; il en faut %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 steps; expected %2</source>
        <translation>étapes&#xa0;: %1&#xa0;; il en faut %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 quick actions; expected %2</source>
        <translation>actions rapides&#xa0;: %1&#xa0;; il en faut %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a role cannot be similar to itself</source>
        <translation>un rôle ne peut pas être similaire à lui-même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is neither a role of the catalog nor an O*NET-SOC code</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un rôle du catalogue ni un code O*NET-SOC</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: category: unknown category &quot;%2&quot;</source>
        <translation>%1&#xa0;: category&#xa0;: catégorie «&#xa0;%2&#xa0;» inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: reaches: unknown kind of work &quot;%2&quot;</source>
        <translation>%1&#xa0;: reaches&#xa0;: type de travail «&#xa0;%2&#xa0;» inconnu</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <location filename="../app/cli/CliSession.cpp" line="+48"/>
        <source>COMMAND</source>
        <extracomment>A placeholder in a usage line, for what the user types; upper case, no spaces.</extracomment>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROLE</source>
        <extracomment>A placeholder in a usage line, for what the user types; upper case, no spaces.</extracomment>
        <translation>RÔLE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <extracomment>A placeholder in a usage line, for what the user types; upper case, no spaces.</extracomment>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOLDER</source>
        <extracomment>A placeholder in a usage line, for what the user types; upper case, no spaces.</extracomment>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <extracomment>A placeholder in a usage line, for what the user types; upper case, no spaces.</extracomment>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEXT</source>
        <extracomment>A placeholder in a usage line, for what the user types; upper case, no spaces.</extracomment>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STEP</source>
        <extracomment>A placeholder in a usage line, for what the user types; upper case, no spaces.</extracomment>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O*NET-CODE</source>
        <extracomment>A placeholder in a usage line: an O*NET-SOC occupation code; upper case, no spaces.</extracomment>
        <translation>CODE-O*NET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role</source>
        <extracomment>A placeholder in an option&apos;s help, for the value the user types; lower case.</extracomment>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <extracomment>A placeholder in an option&apos;s help, for the value the user types; lower case.</extracomment>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder</source>
        <extracomment>A placeholder in an option&apos;s help, for the value the user types; lower case.</extracomment>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <extracomment>A placeholder in an option&apos;s help, for the value the user types; lower case.</extracomment>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <extracomment>A placeholder in an option&apos;s help, for the value the user types; lower case.</extracomment>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status</source>
        <extracomment>A placeholder in an option&apos;s help, for the value the user types; lower case.</extracomment>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week</source>
        <extracomment>A placeholder in an option&apos;s help, for the value the user types; lower case.</extracomment>
        <translation>semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours</source>
        <extracomment>A placeholder in an option&apos;s help, for the value the user types; lower case.</extracomment>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yyyy-mm-dd</source>
        <extracomment>A placeholder in an option&apos;s help: a date written year-month-day; keep the order.</extracomment>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the output: en or fr.</source>
        <translation>Langue de sortie&#xa0;: en ou fr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder holding your personal data (default: %1).</source>
        <translation>Dossier de vos données personnelles (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>Usage: outpace-cli %1</source>
        <translation>Utilisation&#xa0;: outpace-cli %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown language &quot;%1&quot;: expected en or fr.</source>
        <translation>langue «&#xa0;%1&#xa0;» inconnue&#xa0;: il faut en ou fr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--data-dir: expected a folder, not an empty text.</source>
        <translation>--data-dir&#xa0;: il faut un dossier, pas un texte vide.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The newest good backup is %1. To bring it back, run:</source>
        <translation>La sauvegarde valide la plus récente est %1. Pour la restaurer, lancez&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No backup was found; the next command starts a new, empty database.</source>
        <translation>Aucune sauvegarde trouvée&#xa0;; la prochaine commande créera une nouvelle base de données vide.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Outpace %1: how exposed a job is to AI, and what to do about it.</source>
        <translation>Outpace %1&#xa0;: à quel point un métier est exposé à l’IA, et comment s’y préparer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: outpace-cli COMMAND [options]</source>
        <translation>Utilisation&#xa0;: outpace-cli COMMANDE [options]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every command accepts --help, --lang en|fr and --data-dir FOLDER.</source>
        <translation>Toutes les commandes acceptent --help, --lang en|fr et --data-dir DOSSIER.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>argument %1: byte %2 is not valid UTF-8; expected text in UTF-8. Nothing was done.</source>
        <extracomment>%1 is the argument&apos;s position on the command line, %2 a byte position in it (from 1).</extracomment>
        <translation>argument %1&#xa0;: l’octet %2 n’est pas de l’UTF-8 valide&#xa0;; il faut du texte en UTF-8. Rien n’a été fait.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown command &quot;%1&quot;. Run outpace-cli --help for the list.</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue. Lancez outpace-cli --help pour en voir la liste.</translation>
    </message>
</context>
<context>
    <name>CompiledCatalog</name>
    <message>
        <location filename="../core/catalog/CompiledCatalog.cpp" line="+394"/>
        <source>%1: not a compiled Outpace catalog of format %2</source>
        <translation>%1&#xa0;: ce n’est pas un catalogue Outpace compilé au format %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the compiled catalog is truncated or damaged</source>
        <translation>%1&#xa0;: le catalogue compilé est tronqué ou endommagé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2: task %3: a label is not one of the research label set</source>
        <translation>%1 : %2 : tâche %3 : une étiquette ne fait pas partie du jeu d’étiquettes de la recherche</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <location filename="../core/storage/DataFolder.cpp" line="+123"/>
        <source>No data folder was given: expected the path of a folder.</source>
        <translation>Aucun dossier de données n’a été indiqué&#xa0;: il faut le chemin d’un dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data folder %1 is not a folder.</source>
        <translation>Le dossier de données %1 n’est pas un dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data folder %1 is %2, not a folder.</source>
        <extracomment>%1 is a path, %2 what it is (&quot;a named pipe (FIFO)&quot;, &quot;a device&quot;).</extracomment>
        <translation>Le dossier de données %1 est %2, pas un dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data folder %1 belongs to another user (number %2): Outpace keeps personal data only in a folder of your own.</source>
        <extracomment>%1 is a folder, %2 a user number.</extracomment>
        <translation>Le dossier de données %1 appartient à un autre utilisateur (numéro %2)&#xa0;: Outpace ne garde de données personnelles que dans un dossier à vous.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data folder %1 may be changed by other users (permissions %2): Outpace will not keep personal data there. Remove their right to write (chmod go-w) or choose another folder.</source>
        <extracomment>%1 is a folder, %2 its permissions in octal such as 0777.</extracomment>
        <translation>D’autres utilisateurs peuvent modifier le dossier de données %1 (permissions %2)&#xa0;: Outpace n’y gardera pas de données personnelles. Retirez-leur le droit d’écriture (chmod go-w) ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a symbolic link: Outpace does not follow links in its data folder. Put the file itself there, or remove the link.</source>
        <translation>%1 est un lien symbolique&#xa0;: Outpace ne suit pas les liens dans son dossier de données. Mettez-y le fichier lui-même, ou supprimez le lien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 should be %2; Outpace leaves it alone and stops here.</source>
        <extracomment>%1 is a path, %2 what it should be (&quot;a folder&quot;, &quot;a regular file&quot;).</extracomment>
        <translation>%1 devrait être %2&#xa0;; Outpace n’y touche pas et s’arrête là.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a regular file</source>
        <translation>un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>DelimitedReader</name>
    <message>
        <location filename="../core/research/DelimitedReader.cpp" line="+75"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1, line %2, column %3: %4</source>
        <extracomment>%1 is a file name, %4 what is wrong at that place</extracomment>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the line is longer than %1 bytes: this is not a research table</source>
        <translation>la ligne dépasse %1 octets&#xa0;: ce n’est pas une table de données de recherche</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the last line ends without a line break: the file looks truncated</source>
        <translation>la dernière ligne ne se termine pas par un saut de ligne&#xa0;: le fichier semble tronqué</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>byte 0x%1 is not valid UTF-8: expected text encoded in UTF-8</source>
        <translation>l’octet 0x%1 n’est pas de l’UTF-8 valide&#xa0;: le texte doit être encodé en UTF-8</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a quoted field is not closed on its line: expected a closing quote</source>
        <translation>un champ entre guillemets n’est pas refermé sur sa ligne&#xa0;: il manque le guillemet fermant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected text after a closing quote: expected a separator or the end of the line</source>
        <translation>texte inattendu après un guillemet fermant&#xa0;: il faut un séparateur ou la fin de la ligne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a quote inside an unquoted field: expected the field to be quoted as a whole</source>
        <translation>guillemet à l’intérieur d’un champ sans guillemets&#xa0;: le champ entier doit être entre guillemets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a control character inside a field: expected plain text</source>
        <translation>caractère de contrôle dans un champ&#xa0;: il faut du texte brut</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is empty: expected a header line with the columns %1</source>
        <translation>le fichier est vide&#xa0;: il faut une ligne d’en-tête avec les colonnes %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the column &quot;%1&quot; is missing: expected the columns %2</source>
        <translation>la colonne «&#xa0;%1&#xa0;» manque&#xa0;: il faut les colonnes %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the column &quot;%1&quot; is missing: expected it before &quot;%2&quot; (the columns are %3)</source>
        <translation>la colonne «&#xa0;%1&#xa0;» manque&#xa0;: elle doit précéder «&#xa0;%2&#xa0;» (les colonnes sont %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>found the column &quot;%1&quot;: expected &quot;%2&quot; (the columns are %3)</source>
        <translation>colonne «&#xa0;%1&#xa0;» trouvée&#xa0;: il faut «&#xa0;%2&#xa0;» (les colonnes sont %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected extra column &quot;%1&quot;: expected only one column</source>
        <translation>colonne en trop « %1 » : il n’en faut qu’une</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>unexpected extra column &quot;%1&quot;: expected only %n columns</source>
        <translation>
            <numerusform>colonne en trop « %1 » : il ne faut que %n colonne</numerusform>
            <numerusform>colonne en trop « %1 » : il ne faut que %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the line has %1 fields: expected %2 (is a column missing or the line cut short?)</source>
        <translation>nombre de champs de la ligne&#xa0;: %1&#xa0;; il en faut %2 (une colonne manquante ou une ligne coupée&#xa0;?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line has %1 fields: expected %2 (an extra separator or column?)</source>
        <translation>nombre de champs de la ligne&#xa0;: %1&#xa0;; il en faut %2 (un séparateur ou une colonne en trop&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <location filename="../core/workspace/DisplayNames.cpp" line="+11"/>
        <source>Automated already</source>
        <translation>Déjà automatisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs human oversight</source>
        <translation>Sous supervision humaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safe for now</source>
        <translation>À l’abri pour l’instant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GPT-4</source>
        <translation>GPT-4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>human annotators</source>
        <translation>annotateurs humains</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>junior</source>
        <translation>débutant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mid-level</source>
        <translation>intermédiaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>senior</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lead</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly</source>
        <translation>chaque mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>daily</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>core</source>
        <translation>principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supplemental</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>untyped</source>
        <translation>sans type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exposure (GPT-4)</source>
        <translation>exposition (GPT-4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exposure (human annotators)</source>
        <translation>exposition (annotateurs humains)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automation level</source>
        <translation>niveau d’automatisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task type</source>
        <translation>type de tâche</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Task exposure and automation labels</source>
        <translation>Étiquettes d’exposition et d’automatisation des tâches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MIT licence</source>
        <translation>licence MIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupations and task statements</source>
        <translation>Professions et descriptions de tâches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employment and wages</source>
        <translation>Emploi et salaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI applicability</source>
        <translation>Applicabilité de l’IA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Experience factor</source>
        <translation>Facteur d’expérience</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>cited figures</source>
        <translation>chiffres cités</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>AI-fluency factor</source>
        <translation>Facteur de maîtrise de l’IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Developer AI-tool adoption</source>
        <translation>Adoption des outils d’IA par les développeurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Scoring model version %2.</source>
        <translation>%1. Modèle de score, version %2.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <location filename="../core/personal/ExportTarget.cpp" line="+32"/>
        <source>No file was given to export to.</source>
        <translation>Aucun fichier n’a été indiqué pour l’export.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is one of Outpace&apos;s own files (the database, its backups or its lock): an export there would destroy your data. Export to a file outside the data folder.</source>
        <extracomment>%1 is a path.</extracomment>
        <translation>%1 est l’un des fichiers propres à Outpace (la base de données, ses sauvegardes ou son verrou) : y exporter détruirait vos données. Exportez vers un fichier hors du dossier de données.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is %2: an export is written only to a regular file.</source>
        <extracomment>%1 is a path, %2 what it is (&quot;a folder&quot;, &quot;a device&quot;).</extracomment>
        <translation>%1 est %2&#xa0;: un export ne s’écrit que dans un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists and is not an Outpace export; it was left as it was.</source>
        <translation>%1 existe déjà et n’est pas un export d’Outpace&#xa0;; il a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../core/common/JsonReader.cpp" line="+21"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true/false</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>une valeur absente</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>a byte that is not UTF-8; expected text encoded in UTF-8</source>
        <translation>un octet qui n’est pas de l’UTF-8&#xa0;; il faut du texte encodé en UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key &quot;%1&quot; appears a second time in the same object; expected each key once</source>
        <extracomment>%1 is a key of a JSON object.</extracomment>
        <translation>la clé «&#xa0;%1&#xa0;» apparaît une deuxième fois dans le même objet&#xa0;; chaque clé ne doit y figurer qu’une fois</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: line %2, column %3: malformed JSON: %4</source>
        <translation>%1&#xa0;: ligne %2, colonne %3&#xa0;: JSON mal formé&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: line %2, column %3: %4</source>
        <extracomment>%1 is a file name, %4 the problem found there.</extracomment>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: expected a JSON object at the top level</source>
        <translation>%1&#xa0;: il faut un objet JSON au premier niveau</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>missing; expected a string</source>
        <translation>absent&#xa0;; il faut une chaîne de caractères</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+61"/>
        <source>expected a string, found %1</source>
        <translation>il faut une chaîne de caractères, pas %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>missing; expected a number</source>
        <translation>absent&#xa0;; il faut un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a number, found %1</source>
        <translation>il faut un nombre, pas %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing; expected a list</source>
        <translation>absent&#xa0;; il faut une liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a list, found %1</source>
        <translation>il faut une liste, pas %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing; expected an object</source>
        <translation>absent&#xa0;; il faut un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object, found %1</source>
        <translation>il faut un objet, pas %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>missing; expected a text with &quot;en&quot; and &quot;fr&quot;</source>
        <translation>absent&#xa0;; il faut un texte avec «&#xa0;en&#xa0;» et «&#xa0;fr&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a text object with &quot;en&quot; and &quot;fr&quot;, found %1</source>
        <translation>il faut un objet texte avec «&#xa0;en&#xa0;» et «&#xa0;fr&#xa0;», pas %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>empty; expected the English text</source>
        <translation>vide&#xa0;; il faut le texte anglais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty; expected the French text</source>
        <translation>vide&#xa0;; il faut le texte français</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown field; expected one of: %1</source>
        <translation>champ inconnu&#xa0;; champs possibles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/scoring/ScoringModel.cpp" line="+23"/>
        <source>expected a value from 0 to 1</source>
        <translation>il faut une valeur de 0 à 1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>expected &quot;outpace-scoring-model&quot;</source>
        <translation>il faut «&#xa0;outpace-scoring-model&#xa0;»</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>expected a positive number</source>
        <translation>il faut un nombre positif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected bands from the highest threshold down</source>
        <translation>il faut des tranches classées du seuil le plus haut au plus bas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a last band starting at 0</source>
        <translation>il faut une dernière tranche commençant à 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected at least 100 peers</source>
        <translation>il faut au moins 100 pairs</translation>
    </message>
</context>
<context>
    <name>LabelSetReader</name>
    <message>
        <location filename="../core/research/LabelSetReader.cpp" line="+153"/>
        <source>unknown exposure label &quot;%1&quot;: expected E0, E1, E2 or E3</source>
        <translation>étiquette d’exposition «&#xa0;%1&#xa0;» inconnue&#xa0;: il faut E0, E1, E2 ou E3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a number: expected %2 (%3)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre&#xa0;: il faut %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>found %1: expected %2 (%3)</source>
        <translation>valeur %1&#xa0;: il faut %2 (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a row number: expected a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de ligne&#xa0;: il faut un nombre entier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an O*NET-SOC code: expected a code such as 15-1252.00</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code O*NET-SOC&#xa0;: il faut un code du type 15-1252.00</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a task id: expected a positive whole number such as 8823.0</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de tâche&#xa0;: il faut un nombre entier positif comme 8823.0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the task id %1 is repeated (first on line %2): expected each task once</source>
        <translation>l’identifiant de tâche %1 apparaît plusieurs fois (la première à la ligne %2)&#xa0;: chaque tâche ne doit figurer qu’une fois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the task statement is empty: expected the text of the task</source>
        <translation>l’énoncé de la tâche est vide&#xa0;: il faut le texte de la tâche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown task type &quot;%1&quot;: expected Core, Supplemental or nothing</source>
        <translation>type de tâche «&#xa0;%1&#xa0;» inconnu&#xa0;: il faut Core, Supplemental ou une valeur vide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the occupation title is empty: expected the O*NET title</source>
        <translation>l’intitulé du métier est vide&#xa0;: il faut l’intitulé O*NET</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the title &quot;%1&quot; differs from the one given earlier for %2: expected &quot;%3&quot;</source>
        <translation>l’intitulé «&#xa0;%1&#xa0;» diffère de celui donné plus haut pour %2&#xa0;: il faut «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a truth value: expected True or False</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur booléenne&#xa0;: il faut True ou False</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown automation label &quot;%1&quot;: expected T0, T1, T2, T3 or T4</source>
        <translation>étiquette d’automatisation «&#xa0;%1&#xa0;» inconnue&#xa0;: il faut T0, T1, T2, T3 ou T4</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>alpha of %1</source>
        <translation>alpha de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beta of %1</source>
        <translation>beta de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gamma of %1</source>
        <translation>gamma de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automation of %1</source>
        <translation>automatisation de %1</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>unknown exposure label &quot;%1&quot;: expected E0, E1, E2, E3 or nothing</source>
        <translation>étiquette d’exposition «&#xa0;%1&#xa0;» inconnue&#xa0;: il faut E0, E1, E2, E3 ou une valeur vide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no task follows the header: expected at least one task</source>
        <translation>aucune tâche après l’en-tête&#xa0;: il faut au moins une tâche</translation>
    </message>
</context>
<context>
    <name>OccupationTable</name>
    <message>
        <location filename="../core/research/OccupationTable.cpp" line="+99"/>
        <source>&quot;%1&quot; is out of place: expected O*NET-SOC codes in increasing order, each with its SOC code</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas à sa place&#xa0;: il faut des codes O*NET-SOC par ordre croissant, chacun avec son code SOC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a title is empty: expected the English and the French title</source>
        <translation>un intitulé est vide&#xa0;: il faut l’intitulé anglais et l’intitulé français</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a count: expected a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un décompte&#xa0;: il faut un nombre entier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a share: expected a number from 0 to 1</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une part&#xa0;: il faut un nombre de 0 à 1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the task counts do not add up: expected the classes to sum to the tasks</source>
        <translation>les nombres de tâches ne concordent pas&#xa0;: la somme des classes doit égaler le nombre de tâches</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the built-in occupation table is missing</source>
        <translation>la table des métiers intégrée est absente</translation>
    </message>
</context>
<context>
    <name>OccupationTableBuilder</name>
    <message>
        <location filename="../core/research/OccupationTableBuilder.cpp" line="+100"/>
        <source>the code %1 is repeated: expected one French title per occupation</source>
        <translation>le code %1 apparaît plusieurs fois&#xa0;: il faut un seul intitulé français par métier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the French title is empty: expected a translation of &quot;%1&quot;</source>
        <translation>l’intitulé français est vide&#xa0;: il faut une traduction de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 &quot;%2&quot; has no French title: expected a line for it in the French titles</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’a pas d’intitulé français&#xa0;: il lui faut une ligne dans les intitulés français</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the French title of %1 translates &quot;%2&quot;: expected a translation of &quot;%3&quot;</source>
        <translation>l’intitulé français de %1 traduit «&#xa0;%2&#xa0;»&#xa0;: il faut une traduction de «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the derivation was cancelled</source>
        <translation>le calcul a été annulé</translation>
    </message>
</context>
<context>
    <name>OutsideFile</name>
    <message>
        <location filename="../core/common/OutsideFile.cpp" line="+25"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>une socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>not a regular file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 is %2, not a file.</source>
        <extracomment>%1 is a path, %2 what it is instead of a file (&quot;a folder&quot;, &quot;a device&quot;).</extracomment>
        <translation>%1 est %2, pas un fichier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a path, %2 the system&apos;s reason.</extracomment>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read %1 %2: %3</source>
        <extracomment>%1 names the file (&quot;the answers file&quot;), %2 is its path, %3 the system&apos;s reason.</extracomment>
        <translation>impossible de lire %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 is larger than %2: it cannot be what was expected</source>
        <extracomment>%1 is a path, %2 a size such as &quot;64 MiB&quot;.</extracomment>
        <translation>%1 dépasse %2&#xa0;: ce ne peut pas être le fichier attendu</translation>
    </message>
</context>
<context>
    <name>PersonalDataJson</name>
    <message>
        <location filename="../core/common/JsonReader.cpp" line="+35"/>
        <source>%1: expected %2</source>
        <extracomment>%1 is the place in the file, such as profiles[2].name; %2 what was expected there.</extracomment>
        <translation>%1&#xa0;: il faut %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: missing; expected %2</source>
        <extracomment>%1 is the place in the file, %2 what was expected there.</extracomment>
        <translation>%1&#xa0;: absent&#xa0;; il faut %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a non-empty text</source>
        <translation>un texte non vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/personal/PersonalDataJson.cpp" line="+346"/>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a number from %1 to %2</source>
        <extracomment>%1 and %2 are the bounds.</extracomment>
        <translation>un nombre de %1 à %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a whole number from %1 to %2</source>
        <extracomment>%1 and %2 are the bounds.</extracomment>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/personal/PersonalDataJson.cpp" line="-212"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../core/personal/PersonalDataJson.cpp" line="-61"/>
        <source>an id in lower-case kebab case, such as backend-developer</source>
        <translation>un identifiant fait de mots en minuscules reliés par des tirets, comme backend-developer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a date such as 2026-01-31</source>
        <translation>une date comme 2026-01-31</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a time such as 2026-01-31T09:00:00Z</source>
        <translation>un horodatage comme 2026-01-31T09:00:00Z</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an ISO week such as 2026-W48</source>
        <translation>une semaine ISO comme 2026-W48</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a step id not used earlier in this plan</source>
        <translation>un identifiant d’étape non utilisé plus haut dans ce plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of todo, doing, done</source>
        <translation>l’une des valeurs «&#xa0;todo&#xa0;» (à faire), «&#xa0;doing&#xa0;» (en cours) ou «&#xa0;done&#xa0;» (terminée)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no date while the step is not done</source>
        <translation>laisser la date vide tant que l’étape n’est pas terminée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a week with no other check-in in this plan</source>
        <translation>une semaine sans autre point hebdomadaire dans ce plan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a role with no other plan in this profile</source>
        <translation>un rôle sans autre plan dans ce profil</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <extracomment>%1 is the parser&apos;s message, %2 a byte offset in the file.</extracomment>
        <translation>Le fichier n’est pas du JSON valide&#xa0;: %1 à l’octet %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file was refused: %1, at byte %2.</source>
        <extracomment>%1 says what is wrong (&quot;the key &quot;profiles&quot; appears a second time...&quot;), %2 is a byte offset.</extracomment>
        <translation>Le fichier a été refusé&#xa0;: %1, à l’octet %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not an Outpace personal data file: &quot;format&quot; should be &quot;outpace-personal-data&quot;.</source>
        <translation>Ce n’est pas un fichier de données personnelles Outpace&#xa0;: «&#xa0;format&#xa0;» devrait valoir «&#xa0;outpace-personal-data&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>version: expected a whole number from 1</source>
        <translation>version&#xa0;: il faut un nombre entier à partir de 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was written by a newer version of Outpace (format version %1; this version reads up to %2). Update Outpace to import it.</source>
        <extracomment>%1 is the file&apos;s format version, %2 the one this program reads.</extracomment>
        <translation>Le fichier a été écrit par une version plus récente d’Outpace (version de format %1&#xa0;; cette version lit jusqu’à la version %2). Mettez Outpace à jour pour l’importer.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a name no other profile has</source>
        <translation>un nom qu’aucun autre profil ne porte</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+6"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PortraitPrinter</name>
    <message>
        <location filename="../app/cli/PortraitPrinter.cpp" line="+96"/>
        <location line="+124"/>
        <source>Automation potential</source>
        <translation>Potentiel d’automatisation</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Exposure (GPT-4 labels)</source>
        <translation>Exposition (étiquettes GPT-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure (human labels)</source>
        <translation>Exposition (étiquettes humaines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>%1 years (a framing, not a forecast)</source>
        <translation>%1 ans (un ordre de grandeur, pas une prévision)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The tasks below are the original O*NET statements, in English.</source>
        <translation>Les tâches ci-dessous sont les énoncés O*NET d’origine, en anglais.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AI can do %1</source>
        <translation>l’IA peut en faire %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>* Where this portrait departs from the research labels, and why:</source>
        <translation>* Là où ce portrait s’écarte des étiquettes de la recherche, et pourquoi :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the figures mean</source>
        <translation>Ce que disent les chiffres</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Median wage (BLS, May 2021)</source>
        <translation>Salaire médian (BLS, mai 2021)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the portrait of the role. Your own risk depends on your tasks, your tools and your experience, not only on your title: run the audit for a personal score.</source>
        <translation>Voici le portrait du rôle. Votre risque personnel dépend de vos tâches, de vos outils et de votre expérience, pas seulement de votre intitulé de poste&#xa0;: faites l’audit pour obtenir un score personnel.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Task battlefield</source>
        <translation>Champ de bataille des tâches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exposure labels by %1; automation levels by GPT-4.</source>
        <translation>Étiquettes d’exposition&#xa0;: %1&#xa0;; niveaux d’automatisation&#xa0;: GPT-4.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 of workers are in less exposed occupations than this role&apos;s exposure of %2.</source>
        <translation>%1 des actifs exercent une profession moins exposée que ce métier, dont l’exposition est de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its closest O*NET occupation, %1 (%2), has an exposure of %3%4.</source>
        <translation>La profession O*NET la plus proche, %1 (%2), a une exposition de %3%4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, above %1 of workers</source>
        <translation>, au-dessus de %1 des actifs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Competitive landscape: AI tools taking over tasks</source>
        <translation>Paysage concurrentiel&#xa0;: les outils d’IA qui prennent en charge des tâches</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reaches: %1</source>
        <translation>Tâches concernées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skill resilience (higher is safer, most exposed first)</source>
        <translation>Résilience des compétences (plus c’est haut, plus c’est sûr&#xa0;; les plus exposées d’abord)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deep analysis</source>
        <translation>Analyse approfondie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI tools to learn</source>
        <translation>Outils d’IA à maîtriser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Market signal</source>
        <translation>Signal du marché</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+76"/>
        <source>Research lenses</source>
        <translation>Grilles d’analyse de la recherche</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+89"/>
        <source>not measured</source>
        <translation>non mesurée</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Adaptation roadmap</source>
        <translation>Feuille de route d’adaptation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phase %1: %2</source>
        <translation>Phase %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quick actions: start this week</source>
        <translation>Actions rapides&#xa0;: à commencer cette semaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modelled peers</source>
        <translation>Pairs modélisés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Among modelled %1 (time split, experience and tool use drawn at random around this role&apos;s profile), the median personal risk score is %2. Run the audit to see where you stand.</source>
        <translation>Parmi des %1 modélisés (répartition du temps, expérience et usage des outils tirés au hasard autour du profil du métier), le score de risque personnel médian est de %2. Faites l’audit pour savoir où vous vous situez.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>O*NET-SOC %1. An occupation from the research data: its figures are the published ones, averaged over its 1 task.</source>
        <translation>O*NET-SOC %1. Métier issu des données de recherche&#xa0;: ses chiffres sont ceux publiés, établis sur 1 tâche.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>O*NET-SOC %1. An occupation from the research data: its figures are the published ones, averaged over its %n tasks.</source>
        <translation>
            <numerusform>O*NET-SOC %1. Métier issu des données de recherche&#xa0;: ses chiffres sont ceux publiés, établis sur %n tâche.</numerusform>
            <numerusform>O*NET-SOC %1. Métier issu des données de recherche&#xa0;: ses chiffres sont ceux publiés, moyennés sur ses %n tâches.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exposure to AI</source>
        <translation>Exposition à l’IA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GPT-4 exposure</source>
        <translation>Exposition selon GPT-4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human-annotated exposure</source>
        <translation>Exposition selon des humains</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of workers are in less exposed occupations</source>
        <translation>%1 des travailleurs exercent des métiers moins exposés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GPT-4 labels</source>
        <translation>Étiquettes GPT-4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human annotators</source>
        <translation>Annotateurs humains</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alpha counts tasks an LLM alone speeds up by half; beta adds half of those needing LLM-powered software; gamma adds all of them.</source>
        <translation>alpha compte les tâches qu’un LLM seul permet de faire en deux fois moins de temps&#xa0;; beta y ajoute la moitié de celles qui nécessitent un logiciel s’appuyant sur un LLM&#xa0;; gamma les y ajoute toutes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take the audit for this occupation with outpace-cli score %1 --answers FILE.</source>
        <translation>Faites l’audit de ce métier avec outpace-cli score %1 --answers FICHIER.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the label set (outpace-cli research import) to see each task and take the audit for this occupation.</source>
        <translation>Importez le jeu d’étiquettes (outpace-cli research import) pour voir chaque tâche et faire l’audit de ce métier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Market (SOC %1)</source>
        <translation>Marché (SOC %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employment (BLS, May 2021): %1</source>
        <translation>Emploi (BLS, mai 2021)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Median annual wage: %1</source>
        <translation>Salaire annuel médian&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above the BLS top code</source>
        <translation>au-delà du plafond publié par le BLS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similar occupations</source>
        <translation>Métiers similaires</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Similar roles</source>
        <translation>Rôles similaires</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+94"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>ProfileName</name>
    <message>
        <location filename="../core/personal/ProfileName.cpp" line="+27"/>
        <source>a non-empty text of at most %1 printable characters</source>
        <extracomment>%1 is the largest number of characters.</extracomment>
        <translation>un texte non vide d’au plus %1 caractères imprimables</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A profile name must hold only printable characters.</source>
        <translation>Un nom de profil ne doit contenir que des caractères imprimables.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A profile name must hold only printable characters; character %1 is not one.</source>
        <extracomment>%1 is the position of the character in the name, counted from 1.</extracomment>
        <translation>Un nom de profil ne doit contenir que des caractères imprimables&#xa0;; le caractère %1 n’en est pas un.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A profile name may have at most %1 characters.</source>
        <translation>Un nom de profil ne peut pas dépasser %1 caractères.</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <location filename="../app/cli/ProgressPrinter.cpp" line="+16"/>
        <source>%1: plan started on %2</source>
        <translation>%1&#xa0;: plan démarré le %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall: %1 of %2 steps done</source>
        <translation>Étapes terminées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1/%2 done, %3 in progress</source>
        <translation>%1/%2 terminées, %3 en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week by week (planned, done; the last 12 weeks):</source>
        <translation>Semaine par semaine (prévu, réalisé&#xa0;; 12 dernières semaines)&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check-in, %1 h</source>
        <translation>point hebdomadaire, %1 h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-in streak: 1 week</source>
        <translation>Série de points hebdomadaires&#xa0;: 1 semaine</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Check-in streak: %n weeks</source>
        <translation>
            <numerusform>Série de points hebdomadaires&#xa0;: %n semaine</numerusform>
            <numerusform>Série de points hebdomadaires&#xa0;: %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new audit is due (every 1 week).</source>
        <translation>Un nouvel audit est à faire (intervalle&#xa0;: 1 semaine).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A new audit is due (every %n weeks).</source>
        <translation>
            <numerusform>Un nouvel audit est à faire (intervalle&#xa0;: %n semaine).</numerusform>
            <numerusform>Un nouvel audit est à faire (intervalle&#xa0;: %n semaines).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No audit yet: save one with outpace-cli audit save ROLE --answers FILE</source>
        <translation>Pas encore d’audit&#xa0;: enregistrez-en un avec outpace-cli audit save RÔLE --answers FICHIER</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next audit due on %1.</source>
        <translation>Prochain audit prévu le %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk score history:</source>
        <translation>Historique du score de risque&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+25"/>
        <source>Your answers file (JSON); without it or --profile, the role&apos;s default answers.</source>
        <translation>Votre fichier de réponses (JSON)&#xa0;; sans lui ni --profile, les réponses par défaut du métier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose saved audit and plan to report (a profile name).</source>
        <translation>De qui reprendre l’audit enregistré et le plan (un nom de profil).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size: a4 or letter (default: from the locale).</source>
        <translation>Format du papier&#xa0;: a4 ou letter (par défaut&#xa0;: celui des paramètres régionaux).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A role id from outpace-cli roles, or an O*NET-SOC code.</source>
        <translation>Un identifiant de métier donné par outpace-cli roles, ou un code O*NET-SOC.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected exactly one role or O*NET code.</source>
        <translation>il faut exactement un métier ou un code O*NET.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say where to write the report with -o FILE.pdf.</source>
        <translation>indiquez où écrire le rapport avec -o FICHIER.pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--answers and --profile exclude each other: the audit comes from one or the other.</source>
        <translation>--answers et --profile s’excluent&#xa0;: l’audit vient de l’un ou de l’autre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown paper &quot;%1&quot;: expected a4 or letter.</source>
        <translation>format de papier inconnu «&#xa0;%1&#xa0;»&#xa0;: il faut a4 ou letter.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no saved audit of %2: the report has no personal result.</source>
        <translation>%1 n’a pas d’audit enregistré pour «&#xa0;%2&#xa0;»&#xa0;: le rapport ne contient pas de résultat personnel.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the answers file was refused:</source>
        <translation>le fichier de réponses a été refusé&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the PDF report: portrait, result, roadmap and sources.</source>
        <translation>Écrire le rapport PDF&#xa0;: portrait, résultat, feuille de route et sources.</translation>
    </message>
</context>
<context>
    <name>ResearchCommands</name>
    <message>
        <location filename="../app/cli/ResearchCommands.cpp" line="+270"/>
        <source>nothing matches &quot;%1&quot;: try fewer letters, or an O*NET-SOC code such as 15-1252.</source>
        <translation>aucun résultat pour «&#xa0;%1&#xa0;»&#xa0;: essayez avec moins de lettres, ou avec un code O*NET-SOC comme 15-1252.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occupation</source>
        <translation>métier</translation>
    </message>
    <message>
        <location line="-229"/>
        <location line="+48"/>
        <source>The label set (full_labelset.tsv).</source>
        <translation>Le jeu d’étiquettes (full_labelset.tsv).</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>The BLS table (national_May2021_dl.csv).</source>
        <translation>La table du BLS (national_May2021_dl.csv).</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>The Microsoft scores (soc_ai_applicability_scores.csv).</source>
        <translation>Les scores de Microsoft (soc_ai_applicability_scores.csv).</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>French titles (default: the built-in ones).</source>
        <translation>Intitulés français (par défaut&#xa0;: ceux intégrés).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to write the occupation table.</source>
        <translation>Fichier où écrire la table des métiers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 is required. Usage: outpace-cli %2</source>
        <translation>--%1 est obligatoire. Utilisation&#xa0;: outpace-cli %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--labels is required. Usage: outpace-cli %1</source>
        <translation>--labels est obligatoire. Utilisation&#xa0;: outpace-cli %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was imported; your data is as it was.</source>
        <translation>Rien n’a été importé&#xa0;; vos données sont inchangées.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Wrote 1 occupation to %1.</source>
        <translation>1 métier écrit dans %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %n occupations to %1.</source>
        <translation>
            <numerusform>%n métier écrit dans %1.</numerusform>
            <numerusform>%n métiers écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Imported the tasks of 1 occupation: %1 in all.</source>
        <translation>Tâches importées pour 1 métier&#xa0;: %1 au total.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported the tasks of %n occupations: %1 in all.</source>
        <translation>
            <numerusform>Tâches importées pour %n métier&#xa0;: %1 au total.</numerusform>
            <numerusform>Tâches importées pour %n métiers&#xa0;: %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported BLS figures for 1 occupation.</source>
        <translation>Chiffres du BLS importés pour 1 métier.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported BLS figures for %n occupations.</source>
        <translation>
            <numerusform>Chiffres du BLS importés pour %n métier.</numerusform>
            <numerusform>Chiffres du BLS importés pour %n métiers.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported applicability scores for 1 occupation.</source>
        <translation>Scores d’applicabilité importés pour 1 métier.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported applicability scores for %n occupations.</source>
        <translation>
            <numerusform>Scores d’applicabilité importés pour %n métier.</numerusform>
            <numerusform>Scores d’applicabilité importés pour %n métiers.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An O*NET-SOC code.</source>
        <translation>Un code O*NET-SOC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected exactly one O*NET-SOC code.</source>
        <translation>il faut exactement un code O*NET-SOC.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>no imported tasks for &quot;%1&quot;: run outpace-cli research import --labels full_labelset.tsv first, or check the code.</source>
        <translation>aucune tâche importée pour «&#xa0;%1&#xa0;»&#xa0;: lancez d’abord outpace-cli research import --labels full_labelset.tsv, ou vérifiez le code.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>GPT-4 exposure %1, human %2, automation potential %3</source>
        <translation>Exposition&#xa0;: %1 (GPT-4), %2 (humains)&#xa0;; potentiel d’automatisation&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tasks below are the original O*NET statements, in English.</source>
        <translation>Les tâches ci-dessous sont les énoncés O*NET d’origine, en anglais.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+5"/>
        <source>Usage: outpace-cli research derive|import|tasks [options]</source>
        <translation>Utilisation&#xa0;: outpace-cli research derive|import|tasks [options]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected derive, import or tasks after research, found &quot;%1&quot;.</source>
        <translation>il faut derive, import ou tasks après research, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import the research data, or derive the occupation table.</source>
        <translation>Importer les données de recherche, ou générer la table des métiers.</translation>
    </message>
</context>
<context>
    <name>ResearchStore</name>
    <message>
        <location filename="../core/research/ResearchStore.cpp" line="+151"/>
        <location line="+51"/>
        <location line="+6"/>
        <location line="+42"/>
        <location line="+34"/>
        <location line="+30"/>
        <source>the research data could not be saved: SQLite said &quot;%1&quot;</source>
        <translation>les données de recherche n’ont pas pu être enregistrées&#xa0;: SQLite a répondu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>importing the research data</source>
        <translation>l’importation des données de recherche</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the occupation %1 could not be saved: SQLite said &quot;%2&quot;</source>
        <translation>le métier %1 n’a pas pu être enregistré&#xa0;: SQLite a répondu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the task %1 could not be saved: SQLite said &quot;%2&quot;</source>
        <translation>la tâche %1 n’a pas pu être enregistrée&#xa0;: SQLite a répondu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the import was cancelled; nothing was changed</source>
        <translation>l’import a été annulé ; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the BLS figures of %1 could not be saved: SQLite said &quot;%2&quot;</source>
        <translation>les chiffres du BLS pour %1 n’ont pas pu être enregistrés&#xa0;: SQLite a répondu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the applicability score of %1 could not be saved: SQLite said &quot;%2&quot;</source>
        <translation>le score d’applicabilité de %1 n’a pas pu être enregistré&#xa0;: SQLite a répondu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+12"/>
        <location line="+17"/>
        <source>the research data could not be read: SQLite said &quot;%1&quot;</source>
        <translation>les données de recherche n’ont pas pu être lues&#xa0;: SQLite a répondu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the stored research task %1 has labels Outpace does not know; import the label set again</source>
        <translation>la tâche de recherche enregistrée %1 porte des étiquettes inconnues d’Outpace&#xa0;; importez à nouveau le jeu d’étiquettes</translation>
    </message>
</context>
<context>
    <name>RoleFaq</name>
    <message>
        <location filename="../core/workspace/RoleFaq.cpp" line="+43"/>
        <source>Will AI replace %1 completely?</source>
        <translation>L’IA va-t-elle complètement remplacer les %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The tasks most exposed are %1.</source>
        <translation>Les tâches les plus exposées sont&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One task of this role can already be done by AI with little human input.</source>
        <translation>Une tâche de ce rôle peut déjà être réalisée par l’IA avec peu d’intervention humaine.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tasks of this role can already be done by AI with little human input.</source>
        <translation>
            <numerusform>%n tâche de ce rôle peut déjà être réalisée par l’IA avec peu d’intervention humaine.</numerusform>
            <numerusform>%n tâches de ce rôle peuvent déjà être réalisées par l’IA avec peu d’intervention humaine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which tasks of %1 are most at risk from AI?</source>
        <translation>Quelles tâches des %1 sont les plus menacées par l’IA&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lean on the skills that hold up best: %1.</source>
        <translation>Appuyez-vous sur les compétences qui résistent le mieux&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learn to work with %1.</source>
        <translation>Apprenez à travailler avec %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first phase of the roadmap, &quot;%1&quot;, is the place to start.</source>
        <translation>Commencez par la première phase de la feuille de route&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should %1 learn to stay relevant?</source>
        <translation>Que doivent apprendre les %1 pour rester dans la course&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long until AI significantly changes the work of %1?</source>
        <translation>Dans combien de temps l’IA changera-t-elle nettement le travail des %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a framing rather than a forecast, the method gives %1 years: AI could take on about %2% of the time spent on this role&apos;s tasks (its automation potential), and the pace at which tools are adopted sets the rest.</source>
        <translation>À titre d’ordre de grandeur, et non de prévision, la méthode donne %1 ans : l’IA pourrait prendre en charge environ %2 % du temps consacré aux tâches de ce métier (son potentiel d’automatisation), et le rythme d’adoption des outils décidera du reste.</translation>
    </message>
</context>
<context>
    <name>RoleLookup</name>
    <message>
        <location filename="../core/workspace/RoleLookup.cpp" line="+35"/>
        <source>no role given; expected a role id, an O*NET-SOC code such as 15-1252.00, or a job title</source>
        <translation>aucun métier indiqué ; attendu : un identifiant de métier, un code O*NET-SOC comme 15-1252.00 ou un intitulé de poste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown occupation &quot;%1&quot;: expected an O*NET-SOC code such as 15-1252.00. Run outpace-cli roles --search to find one.</source>
        <translation>métier «&#xa0;%1&#xa0;» inconnu&#xa0;: il faut un code O*NET-SOC comme 15-1252.00. Lancez outpace-cli roles --search pour en trouver un.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown role &quot;%1&quot;; run outpace-cli roles to see the roles, or roles --search to find an occupation</source>
        <translation>métier « %1 » inconnu ; lancez outpace-cli roles pour voir les métiers, ou roles --search pour trouver une profession</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown role &quot;%1&quot;; did you mean: %2?</source>
        <translation>métier « %1 » inconnu ; vouliez-vous dire : %2 ?</translation>
    </message>
</context>
<context>
    <name>RolePortrait</name>
    <message>
        <location filename="../core/workspace/RolePortrait.cpp" line="+73"/>
        <source>AI can complete %1 of this task; exposure %2 (GPT-4), %3 (human annotators).</source>
        <translation>L’IA peut accomplir %1 de cette tâche ; exposition %2 (GPT-4), %3 (annotateurs humains).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>O*NET %1, task %2 (%3): exposure %4 / %5, automation %6</source>
        <translation>O*NET %1, tâche %2 (%3) : exposition %4 / %5, automatisation %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>untyped</source>
        <translation>sans type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Departs from the research: %1 %2 → %3</source>
        <translation>S’écarte de la recherche : %1 %2 → %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Automation potential: the share of the work, weighted by time, that an AI system could complete with no person involved, from the research labels of each task.</source>
        <translation>Potentiel d’automatisation : la part du travail, pondérée par le temps, qu’un système d’IA pourrait accomplir sans intervention humaine, d’après les étiquettes de recherche de chaque tâche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exposure: the share of the work whose time a large language model, alone or in software built on it, could cut by half or more at equal quality.</source>
        <translation>Exposition : la part du travail dont un grand modèle de langage, seul ou intégré à un logiciel, pourrait réduire la durée de moitié ou plus, à qualité égale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon: a framing of how soon the change could matter, from the automation potential; it is not a forecast.</source>
        <translation>Horizon : un ordre de grandeur du moment où le changement pourrait peser, tiré du potentiel d’automatisation ; ce n’est pas une prévision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI can do: for each task, how much of it an AI system could complete with no person involved.</source>
        <translation>Part faisable par l’IA : pour chaque tâche, ce qu’un système d’IA pourrait en accomplir sans intervention humaine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exposure, GPT-4 labels</source>
        <translation>Exposition, étiquettes GPT-4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exposure, human annotators</source>
        <translation>Exposition, annotateurs humains</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI applicability, observed use</source>
        <translation>Applicabilité de l’IA, usage observé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lenses measure different things and disagree: the two exposure figures are judgements of what a language model could speed up (by GPT-4 and by trained annotators), while AI applicability comes from what people were actually seen doing with Microsoft Copilot, for the whole occupation.</source>
        <translation>Ces éclairages ne mesurent pas la même chose et divergent : les deux expositions sont des jugements sur ce qu’un modèle de langage pourrait accélérer (par GPT-4 et par des annotateurs formés), tandis que l’applicabilité de l’IA vient de ce que des personnes ont réellement fait avec Microsoft Copilot, pour l’ensemble de la profession.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A curated role is one job&apos;s own list of tasks, with its time split; an O*NET occupation groups many jobs and weighs every task it lists, so their figures can differ.</source>
        <translation>Un métier du catalogue décrit les tâches d’un poste précis, avec sa répartition du temps ; une profession O*NET regroupe de nombreux postes et compte chacune des tâches qu’elle liste : leurs chiffres peuvent donc différer.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>O*NET occupation %1</source>
        <translation>Métier O*NET %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>O*NET occupation</source>
        <translation>Profession O*NET</translation>
    </message>
</context>
<context>
    <name>ScorePrinter</name>
    <message>
        <location filename="../app/cli/ScorePrinter.cpp" line="+23"/>
        <source>Personal risk score for %1: %2 / 100</source>
        <translation>Score de risque personnel (%1)&#xa0;: %2 / 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(default answers: time split as in the role&apos;s profile, mid level, no AI tools)</source>
        <translation>(réponses par défaut&#xa0;: temps réparti comme dans le profil du rôle, niveau intermédiaire, aucun outil d’IA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon: %1 years (a framing, not a forecast)</source>
        <translation>Horizon&#xa0;: %1 ans (un ordre de grandeur, pas une prévision)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your exposure %1 · your automation %2 · AI fluency %3 · experience %4</source>
        <translation>Votre exposition %1 · votre automatisation %2 · maîtrise de l’IA %3 · niveau %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the figures mean</source>
        <translation>Ce que disent les chiffres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Breakdown (the parts add up to the score)</source>
        <translation>Détail (la somme des parts donne le score)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AI can do</source>
        <translation>IA possible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Among your peers</source>
        <translation>Parmi vos pairs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 modelled peers are safer than you (your percentile: %3).</source>
        <translation>%1 des %2 pairs modélisés sont moins à risque que vous (votre percentile&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  ◀ you</source>
        <translation>  ◀ vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your skills (most exposed first)</source>
        <translation>Vos compétences (les plus exposées d’abord)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (not in your week)</source>
        <translation> (hors de votre semaine)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task titles are the original O*NET statements, in English.</source>
        <translation>Les intitulés des tâches sont les énoncés O*NET d’origine, en anglais.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../core/personal/PersonalDataSnapshot.cpp" line="+14"/>
        <source>reading your data for the export</source>
        <translation>la lecture de vos données pour l’export</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>importing your data</source>
        <translation>l’importation de vos données</translation>
    </message>
    <message>
        <location filename="../core/personal/PersonalStore.cpp" line="+43"/>
        <source>reading the profiles</source>
        <translation>la lecture des profils</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+77"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>adding the profile</source>
        <translation>l’ajout du profil</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+34"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Aucun profil ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>saving the audit</source>
        <translation>l’enregistrement de l’audit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>reading the audits</source>
        <translation>la lecture des audits</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>starting the plan</source>
        <translation>la création du plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A plan for %1 already exists, started on %2.</source>
        <translation>Un plan pour %1 existe déjà, commencé le %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading the plans</source>
        <translation>la lecture des plans</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The step was not saved: its target week should be an ISO week from %1 to %2.</source>
        <extracomment>%1 and %2 are years.</extracomment>
        <translation>L’étape n’a pas été enregistrée&#xa0;: sa semaine cible doit être une semaine ISO de %1 à %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saving the step</source>
        <translation>l’enregistrement de l’étape</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>reading the steps</source>
        <translation>la lecture des étapes</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../core/personal/RoadmapTracker.cpp" line="+193"/>
        <source>The check-in was not saved: %1.</source>
        <extracomment>%1 lists what is wrong, such as &quot;hours: expected a number from 0 to 168&quot;.</extracomment>
        <translation>Le point hebdomadaire n’a pas été enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saving the check-in</source>
        <translation>l’enregistrement du point hebdomadaire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading the check-ins</source>
        <translation>la lecture des points hebdomadaires</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading the settings</source>
        <translation>la lecture des réglages</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>saving the settings</source>
        <translation>l’enregistrement des réglages</translation>
    </message>
    <message>
        <location filename="../core/storage/BackupStore.cpp" line="+105"/>
        <source>making a backup</source>
        <translation>la création d’une sauvegarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/storage/PersonalDatabase.cpp" line="+648"/>
        <source>Could not create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the backup %1: %2</source>
        <translation>Impossible de créer la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not finish the backup %1.</source>
        <translation>Impossible de terminer la sauvegarde %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is %2, not a backup file.</source>
        <extracomment>%1 is a path, %2 what it is (&quot;a folder&quot;, &quot;a named pipe (FIFO)&quot;, &quot;a device&quot;).</extracomment>
        <translation>%1 est %2, pas un fichier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checking %1</source>
        <translation>la vérification de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no Outpace data.</source>
        <translation>%1 ne contient aucune donnée Outpace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of Outpace.</source>
        <translation>%1 a été écrit par une version plus récente d’Outpace.</translation>
    </message>
    <message>
        <location filename="../core/storage/PersonalDatabase.cpp" line="-460"/>
        <source>Could not create the data folder %1. Check that its parent exists and that you may write there.</source>
        <translation>Impossible de créer le dossier de données %1. Vérifiez que son dossier parent existe et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Could not lock the data folder %1: you may not have the right to write there.</source>
        <translation>Impossible de verrouiller le dossier de données %1&#xa0;: vous n’avez peut-être pas le droit d’y écrire.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The personal data in %1 is in use by another Outpace program (%2, process %3). Close it, then try again.</source>
        <extracomment>%1 is a folder, %2 a program name, %3 a process number.</extracomment>
        <translation>Les données personnelles de %1 sont utilisées par un autre programme Outpace (%2, processus %3). Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+21"/>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The disk holding %1 is full. Free some space on it, then try again; nothing was changed.</source>
        <translation>Le disque qui contient %1 est plein. Libérez-y de la place, puis réessayez&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a symbolic link: Outpace does not follow links in its data folder. Put the file itself there, or remove the link.</source>
        <translation>%1 est un lien symbolique&#xa0;: Outpace ne suit pas les liens dans son dossier de données. Mettez-y le fichier lui-même, ou supprimez le lien.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is %2, not a database file; Outpace leaves it alone.</source>
        <translation>%1 est %2, pas un fichier de base de données&#xa0;; Outpace n’y touche pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not make %1 private: %2</source>
        <translation>Impossible de rendre %1 privé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>The personal data in %1 is in use by another Outpace program, which was still taking it after %2 seconds. Try again in a moment.</source>
        <extracomment>%1 is a folder; %2 a number of seconds.</extracomment>
        <translation>Les données personnelles de %1 sont utilisées par un autre programme Outpace, qui n’avait pas fini de les prendre au bout de %2 secondes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unnamed program</source>
        <translation>un programme sans nom</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your personal data %1 is missing or empty, yet backups of it are in %2. Outpace does not start an empty database in its place: restore a backup, or move the backups folder away to start with no data.</source>
        <extracomment>%1 is the database file, %2 the backups folder.</extracomment>
        <translation>Vos données personnelles %1 sont absentes ou vides, alors que des sauvegardes en existent dans %2. Outpace ne démarre pas une base vide à leur place&#xa0;: restaurez une sauvegarde, ou déplacez le dossier des sauvegardes pour repartir sans données.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not an Outpace database (%2).</source>
        <translation>%1 n’est pas une base de données Outpace (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of Outpace (%2); this version cannot read it.</source>
        <translation>%1 a été écrit par une version plus récente d’Outpace (%2)&#xa0;; cette version ne peut pas le lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged (%2).</source>
        <translation>%1 est endommagé (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It could not be moved aside; it was left untouched.</source>
        <translation>Le fichier n’a pas pu être mis de côté&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was kept as %1.</source>
        <translation>Il a été conservé sous le nom %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was kept as %1 and a new, empty database will be started.</source>
        <translation>Il a été conservé sous %1 et une nouvelle base de données vide va être créée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 comes from an earlier version of Outpace and must be upgraded, which needs writing</source>
        <extracomment>%1 is the database file.</extracomment>
        <translation>%1 provient d’une version antérieure d’Outpace et doit être mis à niveau, ce qui suppose d’y écrire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read (%2); it was left untouched.</source>
        <translation>Impossible de lire %1 (%2) ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+86"/>
        <source>setting up the database</source>
        <translation>la préparation de la base de données</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>the file is empty but its write-ahead log is not</source>
        <translation>le fichier est vide, mais son journal WAL ne l’est pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it does not start like an SQLite database</source>
        <translation>il ne commence pas comme une base de données SQLite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is cut short</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>schema version %1, this version reads up to %2</source>
        <translation>version de schéma %1, cette version lit jusqu’à la version %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checking the database</source>
        <translation>la vérification de la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds tables of another program</source>
        <translation>il contient les tables d’un autre programme</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 cannot be restored: it is %2, not a backup file.</source>
        <extracomment>%1 is a path, %2 what it is (&quot;a folder&quot;, &quot;a named pipe (FIFO)&quot;, &quot;a device&quot;).</extracomment>
        <translation>%1 ne peut pas être restauré&#xa0;: c’est %2, pas un fichier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be restored: it is your current personal data itself, not a backup. Choose a file in %2.</source>
        <translation>%1 ne peut pas être restauré&#xa0;: ce sont vos données personnelles actuelles elles-mêmes, pas une sauvegarde. Choisissez un fichier dans %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 ne peut pas être restauré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not copy %1 into place: %2. Nothing was changed.</source>
        <translation>Impossible de copier %1 à sa place&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not keep a copy of the current database %1; nothing was changed.</source>
        <translation>Impossible de garder une copie de la base actuelle %1&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not put %1 in place. Your previous data is in %2.</source>
        <translation>Impossible de mettre %1 en place. Vos données précédentes sont dans %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/SchemaMigrations.cpp" line="+123"/>
        <source>reading the schema version</source>
        <translation>la lecture de la version du schéma</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>updating the database to version %1</source>
        <extracomment>%1 is a schema version number.</extracomment>
        <translation>la mise à jour de la base de données vers la version %1</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlQuery.cpp" line="+54"/>
        <source>Error while %1: the database gave no answer.</source>
        <translation>Erreur lors de %1&#xa0;: la base de données n’a pas répondu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error while %1: %2</source>
        <extracomment>%1 is what the program was doing (&quot;saving the check-in&quot;), %2 the database&apos;s own message.</extracomment>
        <translation>Erreur lors de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/personal/PersonalRecords.cpp" line="+52"/>
        <source>week: expected an ISO week from %1 to %2, such as 2026-W48</source>
        <extracomment>%1 and %2 are years.</extracomment>
        <translation>semaine&#xa0;: il faut une semaine ISO de %1 à %2, comme 2026-W48</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hours: expected a number from 0 to %1</source>
        <extracomment>%1 is the largest number of hours in a week.</extracomment>
        <translation>heures&#xa0;: il faut un nombre de 0 à %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steps done: expected a whole number from 0 to %1</source>
        <translation>étapes terminées&#xa0;: il faut un nombre entier de 0 à %1</translation>
    </message>
    <message>
        <location filename="../core/personal/RoadmapTracker.cpp" line="-6"/>
        <source>steps done: expected at most %1, the number of steps in the roadmap</source>
        <extracomment>%1 is the number of steps in the plan&apos;s roadmap.</extracomment>
        <translation>étapes terminées&#xa0;: il en faut au plus %1, le nombre d’étapes de la feuille de route</translation>
    </message>
    <message>
        <location filename="../core/personal/PersonalStore.cpp" line="-303"/>
        <location line="+3"/>
        <source>renaming the profile</source>
        <translation>le renommage du profil</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is the only profile, and Outpace needs one: add another profile before removing this one.</source>
        <translation>«&#xa0;%1&#xa0;» est le seul profil, et Outpace en a besoin d’un&#xa0;: ajoutez un autre profil avant de supprimer celui-ci.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <source>removing the profile</source>
        <translation>la suppression du profil</translation>
    </message>
</context>
<context>
    <name>StorageCommands</name>
    <message>
        <location filename="../app/cli/StorageCommands.cpp" line="+21"/>
        <source>Whose data (default: the default profile).</source>
        <translation>Profil concerné (par défaut&#xa0;: le profil par défaut).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which plan, by role id, when the profile has several.</source>
        <translation>Plan concerné, par identifiant de rôle, si le profil en a plusieurs.</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>unknown role &quot;%1&quot;. Run outpace-cli roles to see the roles.</source>
        <translation>rôle «&#xa0;%1&#xa0;» inconnu. Lancez outpace-cli roles pour voir la liste des rôles.</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+50"/>
        <location line="+81"/>
        <location line="+52"/>
        <location line="+47"/>
        <location line="+52"/>
        <source>expected: outpace-cli %1</source>
        <translation>utilisation&#xa0;: outpace-cli %1</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Profile &quot;%1&quot; added.</source>
        <translation>Profil «&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is now the default profile.</source>
        <translation>«&#xa0;%1&#xa0;» est désormais le profil par défaut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>created %1</source>
        <translation>créé le %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answers file (JSON).</source>
        <translation>Le fichier de réponses (JSON).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+235"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>the answers were refused:</source>
        <translation>les réponses ont été refusées&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Audit saved for %1: risk %2, exposure %3, automation %4 (model %5).</source>
        <translation>Audit enregistré pour %1&#xa0;: risque %2, exposition %3, automatisation %4 (modèle %5).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No audit saved yet for %1. Save one with: outpace-cli audit save ROLE --answers FILE</source>
        <translation>Pas encore d’audit enregistré pour %1. Enregistrez-en un avec&#xa0;: outpace-cli audit save RÔLE --answers FICHIER</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>risk %1</source>
        <translation>risque %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First day of the plan (default: today).</source>
        <translation>Premier jour du plan (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--start: expected a date such as 2026-01-31.</source>
        <translation>--start&#xa0;: il faut une date comme 2026-01-31.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A plan for %1 already exists, started on %2.</source>
        <translation>Un plan pour %1 existe déjà, commencé le %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Plan for %1 started on %2: %n steps in 3 phases over about 12 weeks.</source>
        <translation>
            <numerusform>Plan pour le rôle %1 démarré le %2&#xa0;: %n étape en 3 phases sur 12 semaines environ.</numerusform>
            <numerusform>Plan pour le rôle %1 démarré le %2&#xa0;: %n étapes en 3 phases sur 12 semaines environ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>todo, doing or done.</source>
        <translation>«&#xa0;todo&#xa0;» (à faire), «&#xa0;doing&#xa0;» (en cours) ou «&#xa0;done&#xa0;» (terminée).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note on the step.</source>
        <translation>Une note sur l’étape.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ISO week you aim to finish it, such as 2026-W50; &quot;none&quot; clears it.</source>
        <translation>La semaine ISO où vous comptez la terminer, comme 2026-W50&#xa0;; «&#xa0;none&#xa0;» l’efface.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--status: expected todo, doing or done.</source>
        <translation>--status&#xa0;: il faut «&#xa0;todo&#xa0;», «&#xa0;doing&#xa0;» ou «&#xa0;done&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--target-week: expected an ISO week such as 2026-W50.</source>
        <translation>--target-week&#xa0;: il faut une semaine ISO comme 2026-W50.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step %1 is now %2.</source>
        <translation>L’étape %1 passe à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The ISO week (default: this week).</source>
        <translation>La semaine ISO (par défaut&#xa0;: cette semaine).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours spent learning that week.</source>
        <translation>Heures consacrées à l’apprentissage cette semaine-là.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps finished that week (default: those marked done in it).</source>
        <translation>Étapes terminées cette semaine-là (par défaut&#xa0;: celles passées au statut «&#xa0;done&#xa0;» pendant la semaine).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few words on the week.</source>
        <translation>Quelques mots sur la semaine.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--week: expected an ISO week such as 2026-W48.</source>
        <translation>--week&#xa0;: il faut une semaine ISO comme 2026-W48.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--hours: expected a number from 0 to 168.</source>
        <translation>--hours&#xa0;: il faut un nombre de 0 à 168.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--steps: expected a whole number from 0 to 1000.</source>
        <translation>--steps&#xa0;: il faut un nombre entier de 0 à 1000.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check-in saved for %1: %2 h, 1 step done.</source>
        <translation>Point hebdomadaire de la semaine %1 enregistré&#xa0;: %2 h, 1 étape terminée.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Check-in saved for %1: %2 h, %n steps done.</source>
        <translation>
            <numerusform>Point hebdomadaire de la semaine %1 enregistré&#xa0;: %2 h, %n étape terminée.</numerusform>
            <numerusform>Point hebdomadaire de la semaine %1 enregistré&#xa0;: %2 h, %n étapes terminées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="+21"/>
        <source>expected: outpace-cli backup</source>
        <translation>utilisation&#xa0;: outpace-cli backup</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected: outpace-cli restore [FILE]</source>
        <translation>utilisation&#xa0;: outpace-cli restore [FICHIER]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored your data from %1.</source>
        <translation>Vos données ont été restaurées depuis %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data it replaced is kept in %1.</source>
        <translation>Les données remplacées sont conservées dans %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace FILE even when it is not an earlier export.</source>
        <translation>Remplacer FILE même s’il ne s’agit pas d’un export précédent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected: outpace-cli export FILE [--force]</source>
        <translation>utilisation&#xa0;: outpace-cli export FILE [--force]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add --force to replace it.</source>
        <translation>Ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported 1 profile to %1.</source>
        <translation>1 profil exporté vers %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n profiles to %1.</source>
        <translation>
            <numerusform>%n profil exporté vers %1.</numerusform>
            <numerusform>%n profils exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported 1 profile from %1.</source>
        <translation>1 profil importé depuis %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n profiles from %1.</source>
        <translation>
            <numerusform>%n profil importé depuis %1.</numerusform>
            <numerusform>%n profils importés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
        <source>expected: outpace-cli import FILE</source>
        <translation>utilisation&#xa0;: outpace-cli import FICHIER</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your data as it was before is kept in %1.</source>
        <translation>Vos données antérieures sont conservées dans %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/StorageCommands.cpp" line="+43"/>
        <source>List, add or choose the people whose data is kept.</source>
        <translation>Lister, ajouter ou choisir les personnes dont les données sont conservées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a scored audit, or show the score history.</source>
        <translation>Enregistrer un audit et son score, ou afficher l’historique des scores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the roadmap of a role.</source>
        <translation>Démarrer la feuille de route d’un rôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark a roadmap step to do, doing or done.</source>
        <translation>Changer le statut d’une étape de la feuille de route (à faire, en cours, terminée).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record (or correct) a week&apos;s check-in.</source>
        <translation>Enregistrer (ou corriger) le point hebdomadaire d’une semaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show progress against the plan, streak and score history.</source>
        <translation>Afficher l’avancement du plan, la série de points hebdomadaires et l’historique des scores.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="+11"/>
        <source>Back up your personal data now.</source>
        <translation>Sauvegarder maintenant vos données personnelles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring back a backup (default: the newest good one).</source>
        <translation>Restaurer une sauvegarde (par défaut&#xa0;: la plus récente qui soit valide).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export all personal data as JSON.</source>
        <translation>Exporter toutes les données personnelles en JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all personal data with an export file.</source>
        <translation>Remplacer toutes les données personnelles par un fichier d’export.</translation>
    </message>
</context>
<context>
    <name>TaskLabelling</name>
    <message>
        <location filename="../core/scoring/TaskLabelling.cpp" line="+53"/>
        <source>scoring model %1: no value for the research labels %2</source>
        <translation>modèle de score %1 : aucune valeur pour les étiquettes de recherche %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="+473"/>
        <source>the audit saved on %1</source>
        <translation>l’audit enregistré le %1</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>the built-in catalog is damaged:</source>
        <translation>le catalogue intégré est endommagé&#xa0;:</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+28"/>
        <location line="+333"/>
        <source>unknown role &quot;%1&quot;; run outpace-cli roles to see the roles</source>
        <translation>métier « %1 » inconnu ; lancez outpace-cli roles pour voir les métiers</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>the built-in occupation table is missing</source>
        <translation>la table des métiers intégrée est absente</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown occupation &quot;%1&quot;</source>
        <translation>profession « %1 » inconnue</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>no imported tasks for %1: import the research data (outpace-cli research import --labels full_labelset.tsv) to audit any occupation</source>
        <translation>aucune tâche importée pour %1 : importez les données de recherche (outpace-cli research import --labels full_labelset.tsv) pour auditer n’importe quelle profession</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the answers are for another role: expected hours for 1 task</source>
        <translation>les réponses portent sur un autre métier : attendu, les heures d’une seule tâche</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the answers are for another role: expected hours for %n tasks</source>
        <translation>
            <numerusform>les réponses portent sur un autre métier : attendu, les heures de %n tâche</numerusform>
            <numerusform>les réponses portent sur un autre métier : attendu, les heures de %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the answers file %1 was refused:</source>
        <translation>le fichier de réponses %1 a été refusé :</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Outpace opened your data for reading only: it can show and export it, but not change it, so this change was not made.</source>
        <translation>Outpace a ouvert vos données en lecture seule : il peut les afficher et les exporter, mais pas les modifier ; cette modification n’a donc pas été faite.</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>%1 has no plan yet. Start one with: outpace-cli plan start ROLE</source>
        <translation>%1 n’a pas encore de plan. Démarrez-en un avec&#xa0;: outpace-cli plan start RÔLE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no plan for %2; the plans are: %3.</source>
        <translation>%1 n’a pas de plan pour %2&#xa0;; plans existants&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has several plans (%2): choose one with --plan ROLE.</source>
        <translation>%1 a plusieurs plans (%2)&#xa0;: choisissez-en un avec --plan RÔLE.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <location line="+29"/>
        <location line="+16"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>métier « %1 » inconnu</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>the roadmap of %1 has no step &quot;%2&quot;; its steps are: %3.</source>
        <translation>la feuille de route de %1 n’a pas d’étape «&#xa0;%2&#xa0;»&#xa0;; ses étapes sont&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected an ISO week such as 2026-W48</source>
        <translation>attendu : une semaine ISO comme 2026-W48</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected hours from 0 to 168</source>
        <translation>attendu : un nombre d’heures de 0 à 168</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>expected from 1 to 52 weeks between audits</source>
        <translation>attendu : de 1 à 52 semaines entre deux audits</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>there is no database to back up in %1</source>
        <translation>il n’y a aucune base de données à sauvegarder dans %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>there is no good backup in %1.</source>
        <translation>aucune sauvegarde valide dans %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 was not imported; nothing was changed:</source>
        <translation>%1 n’a pas été importé&#xa0;; rien n’a été modifié&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no backup could be made, so nothing was imported: %1</source>
        <translation>aucune sauvegarde n’a pu être faite, donc rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the import failed and nothing was changed: %1</source>
        <translation>l’importation a échoué et rien n’a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the database could not be opened for the import: %1</source>
        <translation>la base de données n’a pas pu être ouverte pour l’import : %1</translation>
    </message>
    <message>
        <location line="-399"/>
        <source>no backup could be made, so the profile was kept: %1</source>
        <translation>aucune sauvegarde n’a pu être faite, le profil a donc été conservé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceModels</name>
    <message>
        <location filename="../core/workspace/WorkspaceModels.cpp" line="+160"/>
        <source>Curated role, O*NET %1</source>
        <translation>Métier du catalogue, O*NET %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O*NET occupation %1</source>
        <translation>Métier O*NET %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>O*NET occupation</source>
        <translation>Profession O*NET</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it does</source>
        <translation>Ce qu’il fait</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Other work (counted as safe)</source>
        <translation>Autres activités (comptées à l’abri)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours a week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of your week</source>
        <translation>Part de votre semaine</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Phase %1: %2</source>
        <translation>Phase %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminées</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(planned %1)</source>
        <translation>(prévue %1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected todo, doing or done</source>
        <translation>attendu : à faire, en cours ou terminée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected an ISO week such as 2026-W50</source>
        <translation>attendu : une semaine ISO comme 2026-W50</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target week</source>
        <translation>Semaine visée</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours learning</source>
        <translation>Heures d’apprentissage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps done</source>
        <translation>Étapes terminées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reflection</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Taken</source>
        <translation>Passé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Métier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
</context>
</TS>
