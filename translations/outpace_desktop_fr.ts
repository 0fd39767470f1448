<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+34"/>
        <source>How exposed a job is to AI, and what to do about it.</source>
        <translation>À quel point un métier est exposé à l’IA, et que faire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder holding your personal data (default: %1).</source>
        <translation>Dossier de vos données personnelles (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Language of the window: en or fr.</source>
        <translation>Langue de la fenêtre&#xa0;: en ou fr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnostic: quit as soon as the window has been painted once.</source>
        <translation>Diagnostic&#xa0;: quitter dès que la fenêtre a été dessinée une fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnostic: save a PNG of every page into the folder, then quit.</source>
        <translation>Diagnostic&#xa0;: enregistrer un PNG de chaque page dans le dossier, puis quitter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this role (an id or an O*NET-SOC code) at start.</source>
        <translation>Ouvrir ce rôle (un identifiant ou un code O*NET-SOC) au démarrage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Outpace</source>
        <translation>Outpace</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The data folder %1 cannot be created. Choose another one with --data-dir, or check its permissions.</source>
        <translation>Impossible de créer le dossier de données %1. Choisissez-en un autre avec --data-dir, ou vérifiez ses droits.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The built-in catalog is damaged; reinstall Outpace.

%1</source>
        <translation>Le catalogue intégré est endommagé&#xa0;; réinstallez Outpace.

%1</translation>
    </message>
</context>
<context>
    <name>outpace::BattlefieldView</name>
    <message>
        <location filename="../app/desktop/widgets/BattlefieldView.cpp" line="+78"/>
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
    <message numerus="yes">
        <location line="+42"/>
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
    <name>outpace::MainWindow</name>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="+131"/>
        <source>About Outpace</source>
        <translation>À propos d’Outpace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Outpace %1&lt;/h3&gt;&lt;p&gt;How exposed a job is to AI, where you stand, and how to adapt.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: no account, no network.&lt;/p&gt;&lt;p&gt;Research figures: Eloundou et al. (2023) GPTs are GPTs labels, O*NET, the U.S. Bureau of Labor Statistics (May 2021), and Microsoft&apos;s AI applicability scores.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Outpace %1&lt;/h3&gt;&lt;p&gt;À quel point un métier est exposé à l’IA, où vous en êtes, et comment vous adapter.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur&#xa0;: ni compte, ni réseau.&lt;/p&gt;&lt;p&gt;Données de recherche&#xa0;: étiquettes «&#xa0;GPTs are GPTs&#xa0;» d’Eloundou et al. (2023), O*NET, le Bureau of Labor Statistics américain (mai 2021) et les scores d’applicabilité de l’IA de Microsoft.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+1"/>
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
        <location line="+7"/>
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
        <location line="+17"/>
        <source>No role chosen yet: type a job title to begin.</source>
        <translation>Aucun rôle choisi pour l’instant&#xa0;: tapez un intitulé de poste pour commencer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+51"/>
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
    <name>outpace::RoleSearchPage</name>
    <message>
        <location filename="../app/desktop/pages/RoleSearchPage.cpp" line="+122"/>
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
        <location line="+3"/>
        <source>O*NET occupation %1</source>
        <translation>Profession O*NET %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Recent roles</source>
        <translation>Rôles récents</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No role or occupation matches “%1”. Try a shorter word, or the O*NET code.</source>
        <translation>Aucun rôle ni aucune profession ne correspond à «&#xa0;%1&#xa0;». Essayez un mot plus court, ou le code O*NET.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No curated role of this sector matches “%1”. Choose “All sectors” to search every occupation.</source>
        <translation>Aucun rôle détaillé de ce secteur ne correspond à «&#xa0;%1&#xa0;». Choisissez «&#xa0;Tous les secteurs&#xa0;» pour chercher parmi toutes les professions.</translation>
    </message>
</context>
</TS>
