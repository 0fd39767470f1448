<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>PersonalDataJson</name>
    <message>
        <source>%1: expected %2</source>
        <extracomment>%1 is the place in the file, such as profiles[2].name; %2 what was expected there.</extracomment>
        <translation>%1 : attendu %2</translation>
    </message>
    <message>
        <source>%1: missing; expected %2</source>
        <extracomment>%1 is the place in the file, %2 what was expected there.</extracomment>
        <translation>%1 : absent ; attendu %2</translation>
    </message>
    <message>
        <source>a non-empty text</source>
        <translation>un texte non vide</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <extracomment>%1 and %2 are the bounds.</extracomment>
        <translation>un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <extracomment>%1 and %2 are the bounds.</extracomment>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an id in lower-case kebab case, such as backend-developer</source>
        <translation>un identifiant en minuscules reliées par des tirets, comme backend-developer</translation>
    </message>
    <message>
        <source>a date such as 2026-01-31</source>
        <translation>une date comme 2026-01-31</translation>
    </message>
    <message>
        <source>a time such as 2026-01-31T09:00:00Z</source>
        <translation>une heure comme 2026-01-31T09:00:00Z</translation>
    </message>
    <message>
        <source>an ISO week such as 2026-W48</source>
        <translation>une semaine ISO comme 2026-W48</translation>
    </message>
    <message>
        <source>a step id not used earlier in this plan</source>
        <translation>un identifiant d’étape pas encore utilisé dans ce plan</translation>
    </message>
    <message>
        <source>one of todo, doing, done</source>
        <translation>todo, doing ou done</translation>
    </message>
    <message>
        <source>no date while the step is not done</source>
        <translation>aucune date tant que l’étape n’est pas terminée</translation>
    </message>
    <message>
        <source>a week with no other check-in in this plan</source>
        <translation>une semaine sans autre bilan dans ce plan</translation>
    </message>
    <message>
        <source>a role with no other plan in this profile</source>
        <translation>un métier sans autre plan dans ce profil</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <extracomment>%1 is the parser's message, %2 a byte offset in the file.</extracomment>
        <translation>Le fichier n’est pas du JSON valide : %1 à l’octet %2.</translation>
    </message>
    <message>
        <source>This is not an Outpace personal data file: "format" should be "outpace-personal-data".</source>
        <translation>Ce n’est pas un fichier de données personnelles Outpace : « format » devrait valoir « outpace-personal-data ».</translation>
    </message>
    <message>
        <source>version: expected a whole number from 1</source>
        <translation>version : attendu un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Outpace (format version %1; this version reads up to %2). Update Outpace to import it.</source>
        <extracomment>%1 is the file's format version, %2 the one this program reads.</extracomment>
        <translation>Le fichier a été écrit par une version plus récente d’Outpace (format version %1 ; cette version lit jusqu’à la %2). Mettez Outpace à jour pour l’importer.</translation>
    </message>
    <message>
        <source>a name no other profile has</source>
        <translation>un nom qu’aucun autre profil ne porte</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an Outpace export.</source>
        <translation>%1 est trop volumineux pour être un export Outpace.</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>%1: plan started on %2</source>
        <translation>%1 : plan démarré le %2</translation>
    </message>
    <message>
        <source>Overall: %1 of %2 steps done</source>
        <translation>Ensemble : %1 étapes faites sur %2</translation>
    </message>
    <message>
        <source>%1/%2 done, %3 in progress</source>
        <translation>%1/%2 faites, %3 en cours</translation>
    </message>
    <message>
        <source>Week by week (planned, done; the last 12 weeks):</source>
        <translation>Semaine par semaine (prévu, fait ; les 12 dernières semaines) :</translation>
    </message>
    <message>
        <source>check-in, %1 h</source>
        <translation>bilan, %1 h</translation>
    </message>
    <message numerus="yes">
        <source>Check-in streak: %n week(s)</source>
        <translation><numerusform>Série de bilans : %n semaine</numerusform><numerusform>Série de bilans : %n semaines</numerusform></translation>
    </message>
    <message>
        <source>No audit yet: save one with outpace-cli audit save ROLE --answers FILE</source>
        <translation>Aucun audit pour l’instant : enregistrez-en un avec outpace-cli audit save ROLE --answers FILE</translation>
    </message>
    <message numerus="yes">
        <source>A new audit is due (every %n week(s)).</source>
        <translation><numerusform>Un nouvel audit est dû (toutes les %n semaine).</numerusform><numerusform>Un nouvel audit est dû (toutes les %n semaines).</numerusform></translation>
    </message>
    <message>
        <source>Next audit due on %1.</source>
        <translation>Prochain audit prévu le %1.</translation>
    </message>
    <message>
        <source>Risk score history:</source>
        <translation>Historique du score de risque :</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>making a backup</source>
        <translation>la sauvegarde</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>Could not create the backup %1: %2</source>
        <translation>Impossible de créer la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>Could not finish the backup %1.</source>
        <translation>Impossible de terminer la sauvegarde %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>la vérification de %1</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>%1 holds no Outpace data.</source>
        <translation>%1 ne contient aucune donnée Outpace.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Outpace.</source>
        <translation>%1 a été écrit par une version plus récente d’Outpace.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check that its parent exists and that you may write there.</source>
        <translation>Impossible de créer le dossier de données %1. Vérifiez que son dossier parent existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Could not lock the data folder %1: you may not have the right to write there.</source>
        <translation>Impossible de verrouiller le dossier de données %1 : vous n’avez peut-être pas le droit d’y écrire.</translation>
    </message>
    <message>
        <source>The personal data in %1 is in use by another Outpace program (%2, process %3). Close it, then try again.</source>
        <extracomment>%1 is a folder, %2 a program name, %3 a process number.</extracomment>
        <translation>Les données personnelles de %1 sont utilisées par un autre programme Outpace (%2, processus %3). Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an Outpace database (%2).</source>
        <translation>%1 n’est pas une base de données Outpace (%2).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Outpace (%2); this version cannot read it.</source>
        <translation>%1 a été écrit par une version plus récente d’Outpace (%2) ; cette version ne peut pas le lire.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 est endommagé (%2).</translation>
    </message>
    <message>
        <source>It could not be moved aside; it was left untouched.</source>
        <translation>Il n’a pas pu être mis de côté ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>It was kept as %1 and a new, empty database will be started.</source>
        <translation>Il a été conservé sous le nom %1 et une nouvelle base vide sera créée.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>setting up the database</source>
        <translation>la préparation de la base de données</translation>
    </message>
    <message>
        <source>the file is empty but its write-ahead log is not</source>
        <translation>le fichier est vide mais pas son journal d’écriture anticipée</translation>
    </message>
    <message>
        <source>it does not start like an SQLite database</source>
        <translation>il ne commence pas comme une base SQLite</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>schema version %1, this version reads up to %2</source>
        <translation>schéma version %1, cette version lit jusqu’à la %2</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>la vérification de la base de données</translation>
    </message>
    <message>
        <source>it holds tables of another program</source>
        <translation>elle contient les tables d’un autre programme</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>Impossible de restaurer %1 : %2</translation>
    </message>
    <message>
        <source>Could not move the current database %1 aside; nothing was changed.</source>
        <translation>Impossible de mettre de côté la base actuelle %1 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not copy %1 into place: %2. Your previous data is in %3.</source>
        <translation>Impossible de mettre %1 en place : %2. Vos données précédentes sont dans %3.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lecture de la version du schéma</translation>
    </message>
    <message>
        <source>updating the database to version %1</source>
        <extracomment>%1 is a schema version number.</extracomment>
        <translation>la mise à jour de la base de données en version %1</translation>
    </message>
    <message>
        <source>Error while %1: the database gave no answer.</source>
        <translation>Erreur pendant %1 : la base de données n’a rien répondu.</translation>
    </message>
    <message>
        <source>Error while %1: %2</source>
        <extracomment>%1 is what the program was doing ("saving the check-in"), %2 the database's own message.</extracomment>
        <translation>Erreur pendant %1 : %2</translation>
    </message>
    <message>
        <source>reading your data for the export</source>
        <translation>la lecture de vos données pour l’export</translation>
    </message>
    <message>
        <source>importing your data</source>
        <translation>l’import de vos données</translation>
    </message>
    <message>
        <source>reading the profiles</source>
        <translation>la lecture des profils</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>A profile named "%1" already exists.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>adding the profile</source>
        <translation>l’ajout du profil</translation>
    </message>
    <message>
        <source>There is no profile named "%1".</source>
        <translation>Aucun profil ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>saving the audit</source>
        <translation>l’enregistrement de l’audit</translation>
    </message>
    <message>
        <source>reading the audits</source>
        <translation>la lecture des audits</translation>
    </message>
    <message>
        <source>starting the plan</source>
        <translation>le démarrage du plan</translation>
    </message>
    <message>
        <source>A plan for %1 already exists, started on %2.</source>
        <translation>Un plan pour %1 existe déjà, démarré le %2.</translation>
    </message>
    <message>
        <source>reading the plans</source>
        <translation>la lecture des plans</translation>
    </message>
    <message>
        <source>saving the step</source>
        <translation>l’enregistrement de l’étape</translation>
    </message>
    <message>
        <source>reading the steps</source>
        <translation>la lecture des étapes</translation>
    </message>
    <message>
        <source>saving the check-in</source>
        <translation>l’enregistrement du bilan</translation>
    </message>
    <message>
        <source>reading the check-ins</source>
        <translation>la lecture des bilans</translation>
    </message>
    <message>
        <source>reading the settings</source>
        <translation>la lecture des réglages</translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation>l’enregistrement des réglages</translation>
    </message>
</context>
<context>
    <name>StorageCommands</name>
    <message>
        <source>Whose data (default: the default profile).</source>
        <translation>Les données de qui (par défaut : le profil par défaut).</translation>
    </message>
    <message>
        <source>Which plan, by role id, when the profile has several.</source>
        <translation>Quel plan, par identifiant de métier, quand le profil en a plusieurs.</translation>
    </message>
    <message>
        <source>The newest good backup is %1. To bring it back, run:</source>
        <translation>La sauvegarde valide la plus récente est %1. Pour la restaurer, lancez :</translation>
    </message>
    <message>
        <source>No backup was found; the next command starts a new, empty database.</source>
        <translation>Aucune sauvegarde trouvée ; la prochaine commande crée une nouvelle base vide.</translation>
    </message>
    <message>
        <source>%1 has no plan yet. Start one with: outpace-cli plan start ROLE</source>
        <translation>%1 n’a pas encore de plan. Démarrez-en un avec : outpace-cli plan start ROLE</translation>
    </message>
    <message>
        <source>%1 has no plan for %2; the plans are: %3.</source>
        <translation>%1 n’a pas de plan pour %2 ; ses plans sont : %3.</translation>
    </message>
    <message>
        <source>%1 has several plans (%2): choose one with --plan ROLE.</source>
        <translation>%1 a plusieurs plans (%2) : choisissez-en un avec --plan ROLE.</translation>
    </message>
    <message>
        <source>unknown role "%1". Run outpace-cli roles to see the roles.</source>
        <translation>métier inconnu « %1 ». Lancez outpace-cli roles pour voir les métiers.</translation>
    </message>
    <message>
        <source>expected: outpace-cli %1</source>
        <translation>attendu : outpace-cli %1</translation>
    </message>
    <message>
        <source>Profile "%1" added.</source>
        <translation>Profil « %1 » ajouté.</translation>
    </message>
    <message>
        <source>"%1" is now the default profile.</source>
        <translation>« %1 » est désormais le profil par défaut.</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé le %1</translation>
    </message>
    <message>
        <source>The answers file (JSON).</source>
        <translation>Le fichier de réponses (JSON).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON plutôt que du texte.</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the answers were refused:</source>
        <translation>les réponses ont été refusées :</translation>
    </message>
    <message>
        <source>Audit saved for %1: risk %2, exposure %3, automation %4 (model %5).</source>
        <translation>Audit enregistré pour %1 : risque %2, exposition %3, automatisation %4 (modèle %5).</translation>
    </message>
    <message>
        <source>No audit saved yet for %1. Save one with: outpace-cli audit save ROLE --answers FILE</source>
        <translation>Aucun audit enregistré pour %1. Enregistrez-en un avec : outpace-cli audit save ROLE --answers FILE</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>risque %1</translation>
    </message>
    <message>
        <source>First day of the plan (default: today).</source>
        <translation>Premier jour du plan (par défaut : aujourd’hui).</translation>
    </message>
    <message>
        <source>--start: expected a date such as 2026-01-31.</source>
        <translation>--start : attendu une date comme 2026-01-31.</translation>
    </message>
    <message numerus="yes">
        <source>Plan for %1 started on %2: %n steps in 3 phases over about 12 weeks.</source>
        <translation><numerusform>Plan pour %1 démarré le %2 : %n étape en 3 phases sur environ 12 semaines.</numerusform><numerusform>Plan pour %1 démarré le %2 : %n étapes en 3 phases sur environ 12 semaines.</numerusform></translation>
    </message>
    <message>
        <source>todo, doing or done.</source>
        <translation>todo (à faire), doing (en cours) ou done (fait).</translation>
    </message>
    <message>
        <source>A note on the step.</source>
        <translation>Une note sur l’étape.</translation>
    </message>
    <message>
        <source>The ISO week you aim to finish it, such as 2026-W50; "none" clears it.</source>
        <translation>La semaine ISO où vous visez de la finir, comme 2026-W50 ; « none » l’efface.</translation>
    </message>
    <message>
        <source>--status: expected todo, doing or done.</source>
        <translation>--status : attendu todo, doing ou done.</translation>
    </message>
    <message>
        <source>--target-week: expected an ISO week such as 2026-W50.</source>
        <translation>--target-week : attendu une semaine ISO comme 2026-W50.</translation>
    </message>
    <message>
        <source>the roadmap of %1 has no step "%2"; its steps are: %3.</source>
        <translation>la feuille de route de %1 n’a pas d’étape « %2 » ; ses étapes sont : %3.</translation>
    </message>
    <message>
        <source>Step %1 is now %2.</source>
        <translation>L’étape %1 est désormais %2.</translation>
    </message>
    <message>
        <source>The ISO week (default: this week).</source>
        <translation>La semaine ISO (par défaut : cette semaine).</translation>
    </message>
    <message>
        <source>Hours spent learning that week.</source>
        <translation>Heures consacrées à apprendre cette semaine-là.</translation>
    </message>
    <message>
        <source>Steps finished that week (default: those marked done in it).</source>
        <translation>Étapes terminées cette semaine-là (par défaut : celles marquées faites pendant la semaine).</translation>
    </message>
    <message>
        <source>A few words on the week.</source>
        <translation>Quelques mots sur la semaine.</translation>
    </message>
    <message>
        <source>--week: expected an ISO week such as 2026-W48.</source>
        <translation>--week : attendu une semaine ISO comme 2026-W48.</translation>
    </message>
    <message>
        <source>--hours: expected a number from 0 to 168.</source>
        <translation>--hours : attendu un nombre de 0 à 168.</translation>
    </message>
    <message>
        <source>--steps: expected a whole number from 0 to 1000.</source>
        <translation>--steps : attendu un nombre entier de 0 à 1000.</translation>
    </message>
    <message numerus="yes">
        <source>Check-in saved for %1: %2 h, %n step(s) done.</source>
        <translation><numerusform>Bilan enregistré pour %1 : %2 h, %n étape faite.</numerusform><numerusform>Bilan enregistré pour %1 : %2 h, %n étapes faites.</numerusform></translation>
    </message>
    <message>
        <source>List, add or choose the people whose data is kept.</source>
        <translation>Lister, ajouter ou choisir les personnes dont les données sont conservées.</translation>
    </message>
    <message>
        <source>Save a scored audit, or show the score history.</source>
        <translation>Enregistrer un audit noté, ou afficher l’historique des scores.</translation>
    </message>
    <message>
        <source>Start the roadmap of a role.</source>
        <translation>Démarrer la feuille de route d’un métier.</translation>
    </message>
    <message>
        <source>Mark a roadmap step to do, doing or done.</source>
        <translation>Marquer une étape de la feuille de route à faire, en cours ou faite.</translation>
    </message>
    <message>
        <source>Record (or correct) a week's check-in.</source>
        <translation>Enregistrer (ou corriger) le bilan d’une semaine.</translation>
    </message>
    <message>
        <source>Show progress against the plan, streak and score history.</source>
        <translation>Afficher l’avancement par rapport au plan, la série et l’historique des scores.</translation>
    </message>
    <message>
        <source>expected: outpace-cli backup</source>
        <translation>attendu : outpace-cli backup</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <source>expected: outpace-cli restore [FILE]</source>
        <translation>attendu : outpace-cli restore [FICHIER]</translation>
    </message>
    <message>
        <source>there is no good backup in %1.</source>
        <translation>il n’y a aucune sauvegarde valide dans %1.</translation>
    </message>
    <message>
        <source>Restored your data from %1.</source>
        <translation>Vos données ont été restaurées depuis %1.</translation>
    </message>
    <message>
        <source>The data it replaced is kept in %1.</source>
        <translation>Les données remplacées sont conservées dans %1.</translation>
    </message>
    <message>
        <source>expected: outpace-cli export FILE</source>
        <translation>attendu : outpace-cli export FICHIER</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
        <translation><numerusform>%n profil exporté dans %1.</numerusform><numerusform>%n profils exportés dans %1.</numerusform></translation>
    </message>
    <message>
        <source>expected: outpace-cli import FILE</source>
        <translation>attendu : outpace-cli import FICHIER</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed:</source>
        <translation>%1 n’a pas été importé ; rien n’a été modifié :</translation>
    </message>
    <message>
        <source>no backup could be made, so nothing was imported: %1</source>
        <translation>aucune sauvegarde n’a pu être faite, donc rien n’a été importé : %1</translation>
    </message>
    <message>
        <source>the import failed and nothing was changed: %1</source>
        <translation>l’import a échoué et rien n’a été modifié : %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation><numerusform>%n profil importé depuis %1.</numerusform><numerusform>%n profils importés depuis %1.</numerusform></translation>
    </message>
    <message>
        <source>Your data as it was before is kept in %1.</source>
        <translation>Vos données telles qu’elles étaient avant sont conservées dans %1.</translation>
    </message>
    <message>
        <source>Back up your personal data now.</source>
        <translation>Sauvegarder vos données personnelles maintenant.</translation>
    </message>
    <message>
        <source>Bring back a backup (default: the newest good one).</source>
        <translation>Restaurer une sauvegarde (par défaut : la plus récente valide).</translation>
    </message>
    <message>
        <source>Export all personal data as JSON.</source>
        <translation>Exporter toutes les données personnelles en JSON.</translation>
    </message>
    <message>
        <source>Replace all personal data with an export file.</source>
        <translation>Remplacer toutes les données personnelles par un fichier d’export.</translation>
    </message>
</context>
</TS>