<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>JVAP country reports and missing-migrant records, offline first.</source>
        <translation>Rapports pays du PAVJ et dossiers de migrants disparus, hors ligne d&apos;abord.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Dossier des données : {path}</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Serveur : {url}</translation>
    </message>
    <message>
        <source>About Focal Point Desk</source>
        <translation>À propos de Focal Point Desk</translation>
    </message>
</context>
<context>
    <name>AccountSwitchBox</name>
    <message>
        <source>Another account</source>
        <translation>Un autre compte</translation>
    </message>
    <message>
        <source>This profile holds the data of another account ({held}).</source>
        <translation>Ce profil contient les données d&apos;un autre compte ({held}).</translation>
    </message>
    <message>
        <source>Signing in with this account ({wanted}) removes that data from this computer: its cases, incidents, reports, unsaved drafts and conflicts. What this account may see is then downloaded from the server. To keep both, use another profile for this account.</source>
        <translation>Se connecter avec ce compte ({wanted}) supprime ces données de cet ordinateur : cas, incidents, rapports, brouillons non enregistrés et conflits. Ce que ce compte est autorisé à voir est ensuite téléchargé depuis le serveur. Pour conserver les deux, utilisez un autre profil pour ce compte.</translation>
    </message>
    <message>
        <source>Remove the data and sign in</source>
        <translation>Supprimer les données et se connecter</translation>
    </message>
</context>
<context>
    <name>AccountSwitchTexts</name>
    <message numerus="yes">
        <source>This profile holds the data of another account ({held}) with %n change(s) not sent yet, which signing in with this account ({wanted}) would lose. Sign in as that account and sync first, or use another profile for this account.</source>
        <translation>
            <numerusform>Ce profil contient les données d&apos;un autre compte ({held}) avec %n modification pas encore envoyée, qui serait perdue si vous vous connectiez avec ce compte ({wanted}). Connectez-vous d&apos;abord avec l&apos;autre compte et synchronisez, ou utilisez un autre profil pour ce compte.</numerusform>
            <numerusform>Ce profil contient les données d&apos;un autre compte ({held}) avec %n modifications pas encore envoyées, qui seraient perdues si vous vous connectiez avec ce compte ({wanted}). Connectez-vous d&apos;abord avec l&apos;autre compte et synchronisez, ou utilisez un autre profil pour ce compte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation>Une erreur s&apos;est produite : {reason}</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>“{reference}” must start with {country}, the country of the case.</source>
        <translation>La référence « {reference} » doit commencer par {country}, le code du pays du cas.</translation>
    </message>
    <message>
        <source>“{reference}” is already used by another case ({name}); choose another.</source>
        <translation>La référence « {reference} » est déjà utilisée par un autre cas ({name}) ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>New missing case</source>
        <translation>Nouveau cas de disparition</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Country code, year and number, e.g. SN-2026-0042</source>
        <translation>Code pays, année et numéro, p. ex. SN-2026-0042</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Person sought</source>
        <translation>Personne recherchée</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Autres graphies</translation>
    </message>
    <message>
        <source>Separate spellings with semicolons</source>
        <translation>Séparez les graphies par des points-virgules</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Âge (ans)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Physical description, clothing, effects</source>
        <translation>Signalement, vêtements, effets personnels</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Place of departure</source>
        <translation>Lieu de départ</translation>
    </message>
    <message>
        <source>Country of departure</source>
        <translation>Pays de départ</translation>
    </message>
    <message>
        <source>Intended destination</source>
        <translation>Destination prévue</translation>
    </message>
    <message>
        <source>Migration route</source>
        <translation>Route migratoire</translation>
    </message>
    <message>
        <source>Transit points</source>
        <translation>Lieux de transit</translation>
    </message>
    <message>
        <source>Places passed through, separated by semicolons</source>
        <translation>Lieux traversés, séparés par des points-virgules</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Precision of the date</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circonstances</translation>
    </message>
    <message>
        <source>Enquirer (family)</source>
        <translation>Demandeur (famille)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Consent and referrals</source>
        <translation>Consentement et orientations</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Partage des données</translation>
    </message>
    <message>
        <source>Family consents to sharing</source>
        <translation>La famille consent au partage</translation>
    </message>
    <message>
        <source>Red Cross</source>
        <translation>Croix-Rouge</translation>
    </message>
    <message>
        <source>Consents to RFL referral</source>
        <translation>Consent à l&apos;orientation RLF</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Shared with countries</source>
        <translation>Partagé avec les pays</translation>
    </message>
    <message>
        <source>Needs the family&apos;s consent to sharing</source>
        <translation>Nécessite le consentement de la famille au partage</translation>
    </message>
    <message>
        <source>Incident and notes</source>
        <translation>Incident et notes</translation>
    </message>
    <message>
        <source>Linked incident</source>
        <translation>Incident lié</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CaseImport</name>
    <message>
        <source>Sign in with a country&apos;s account to import cases: their references must start with that country&apos;s code.</source>
        <translation>Connectez-vous avec le compte d&apos;un pays pour importer des cas : leurs références doivent commencer par le code de ce pays.</translation>
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message>
        <source>Import cases</source>
        <translation>Importer des cas</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Cases (*.xlsx *.csv *.json);;All files (*)</source>
        <translation>Cas (*.xlsx *.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Row {n}: {reason}</source>
        <translation>Ligne {n} : {reason}</translation>
    </message>
    <message>
        <source>Record {n}, {column}: {reason}</source>
        <translation>Dossier {n}, {column} : {reason}</translation>
    </message>
    <message>
        <source>Row {n}, {column}: {reason}</source>
        <translation>Ligne {n}, {column} : {reason}</translation>
    </message>
    <message>
        <source>Record {n}: {reason}</source>
        <translation>Dossier {n} : {reason}</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31</source>
        <translation>« {value} » n&apos;est pas une date ; écrivez-la au format AAAA-MM-JJ, p. ex. 2026-03-31</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>« {value} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>“{value}” must be a whole number</source>
        <translation>« {value} » doit être un nombre entier</translation>
    </message>
    <message>
        <source>“{value}” must be Yes or No</source>
        <translation>« {value} » doit être Oui ou Non</translation>
    </message>
    <message>
        <source>“{value}” must be one of: {allowed}</source>
        <translation>« {value} » doit être l&apos;une des valeurs suivantes : {allowed}</translation>
    </message>
    <message>
        <source>“{value}” is not a country; write its two-letter code, such as SN</source>
        <translation>« {value} » n&apos;est pas un pays ; indiquez son code à deux lettres, comme SN</translation>
    </message>
    <message>
        <source>This item is not an object of fields</source>
        <translation>Cet élément n&apos;est pas un ensemble de champs (objet)</translation>
    </message>
    <message>
        <source>This record is not a missing case ({kind})</source>
        <translation>Ce dossier n&apos;est pas un cas de disparition ({kind})</translation>
    </message>
    <message>
        <source>This case is deleted; it is not imported</source>
        <translation>Ce cas est supprimé ; il n&apos;est pas importé</translation>
    </message>
    <message>
        <source>{value} is already on row {row} with other values; keep one of the two</source>
        <translation>{value} figure déjà à la ligne {row} avec d&apos;autres valeurs ; ne gardez que l&apos;une des deux</translation>
    </message>
    <message>
        <source>The column “{column}” is not in the template; it was not read</source>
        <translation>La colonne « {column} » ne fait pas partie du modèle ; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <source>Download the case template</source>
        <translation>Télécharger le modèle de cas</translation>
    </message>
    <message>
        <source>missing-cases-template.xlsx</source>
        <translation>modele-cas-disparition.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The template was saved as {path}.</source>
        <translation>Le modèle a été enregistré sous {path}.</translation>
    </message>
    <message>
        <source>The template could not be saved: {reason}</source>
        <translation>Le modèle n&apos;a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <source>Case template</source>
        <translation>Modèle de cas</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Search by name, other spelling or reference</source>
        <translation>Rechercher par nom, autre graphie ou référence</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Import cases…</source>
        <translation>Importer des cas…</translation>
    </message>
    <message>
        <source>Import cases from the spreadsheet template (.xlsx, .csv) or a JSON export</source>
        <translation>Importer des cas depuis le modèle de tableur (.xlsx, .csv) ou un export JSON</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Télécharger le modèle…</translation>
    </message>
    <message>
        <source>Save the empty spreadsheet template for cases</source>
        <translation>Enregistrer le modèle de tableur vierge pour les cas</translation>
    </message>
</context>
<context>
    <name>ColumnSets</name>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Person sought</source>
        <translation>Personne recherchée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Incident ID</source>
        <translation>ID de l&apos;incident</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Returned by the secretariat: please address these comments and submit again.</source>
        <translation>Renvoyé par le secrétariat : veuillez tenir compte de ces commentaires et soumettre à nouveau.</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>{label} was changed here and on the server. Choose, field by field, the value to keep.</source>
        <translation>{label} a été modifié ici et sur le serveur. Choisissez, champ par champ, la valeur à conserver.</translation>
    </message>
    <message>
        <source>Show only the fields that differ</source>
        <translation>N&apos;afficher que les champs qui diffèrent</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>Champs en conflit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Garder toutes mes valeurs</translation>
    </message>
    <message>
        <source>Take all from the server</source>
        <translation>Tout reprendre du serveur</translation>
    </message>
    <message>
        <source>Save resolution</source>
        <translation>Enregistrer la résolution</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>This combination is not valid:</source>
        <translation>Cette combinaison n&apos;est pas valide :</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits ouverts</translation>
    </message>
    <message>
        <source>No conflicts. When a record is changed here and on the server at the same time, it appears here.</source>
        <translation>Aucun conflit. Lorsqu&apos;un dossier est modifié ici et sur le serveur en même temps, il apparaît ici.</translation>
    </message>
</context>
<context>
    <name>CountryChecklist</name>
    <message>
        <source>Search countries</source>
        <translation>Rechercher des pays</translation>
    </message>
    <message>
        <source>Chosen: {names}</source>
        <translation>Pays choisis : {names}</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Aucun pays choisi</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type to search</source>
        <translation>Tapez pour rechercher</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Discard these changes</source>
        <translation>Abandonner ces modifications</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete this record? The deletion is sent to the server at the next sync.</source>
        <translation>Supprimer ce dossier ? La suppression sera envoyée au serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Save the changes to this record?</source>
        <translation>Enregistrer les modifications de ce dossier ?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Counting the records…</source>
        <translation>Comptage des dossiers…</translation>
    </message>
    <message>
        <source>Leave out personal fields</source>
        <translation>Exclure les champs personnels</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Inclure les données personnelles</translation>
    </message>
    <message>
        <source>Names, dates of birth, descriptions and contacts stay out of the file</source>
        <translation>Les noms, dates de naissance, signalements et coordonnées ne figurent pas dans le fichier</translation>
    </message>
    <message>
        <source>The file will hold the names, descriptions and family contacts of missing people, unencrypted. Share it only as the families&apos; consent allows, keep it on an encrypted disk and delete it when it is no longer needed.</source>
        <translation>Le fichier contiendra, sans chiffrement, les noms et signalements des personnes disparues ainsi que les coordonnées de leurs familles. Ne le partagez que dans la mesure où le consentement des familles le permet, conservez-le sur un disque chiffré et supprimez-le dès qu&apos;il n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n case(s) the list shows (its search and filters).</source>
        <translation>
            <numerusform>Exporter %n cas affiché par la liste (selon sa recherche et ses filtres).</numerusform>
            <numerusform>Exporter les %n cas affichés par la liste (selon sa recherche et ses filtres).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n case(s).</source>
        <translation>
            <numerusform>Exporter %n cas.</numerusform>
            <numerusform>Exporter tous les %n cas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n incident(s) the list shows (its search and filters).</source>
        <translation>
            <numerusform>Exporter %n incident affiché par la liste (selon sa recherche et ses filtres).</numerusform>
            <numerusform>Exporter les %n incidents affichés par la liste (selon sa recherche et ses filtres).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n incident(s).</source>
        <translation>
            <numerusform>Exporter %n incident.</numerusform>
            <numerusform>Exporter tous les %n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n country report(s).</source>
        <translation>
            <numerusform>Exporter %n rapport pays.</numerusform>
            <numerusform>Exporter tous les %n rapports pays.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>Il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>%n dossier exporté vers {path}.</numerusform>
            <numerusform>%n dossiers exportés vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file contains personal data.</source>
        <translation>Le fichier contient des données personnelles.</translation>
    </message>
    <message>
        <source>Personal fields were left out.</source>
        <translation>Les champs personnels ont été exclus.</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>le dossier {path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>The file was not written: {reason}. Choose another folder or name.</source>
        <translation>Le fichier n&apos;a pas été écrit : {reason}. Choisissez un autre dossier ou un autre nom.</translation>
    </message>
</context>
<context>
    <name>FieldTitles</name>
    <message>
        <source>Record type</source>
        <translation>Type de dossier</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Person sought</source>
        <translation>Personne recherchée</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Autres graphies</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Place of departure</source>
        <translation>Lieu de départ</translation>
    </message>
    <message>
        <source>Country of departure</source>
        <translation>Pays de départ</translation>
    </message>
    <message>
        <source>Intended destination</source>
        <translation>Destination prévue</translation>
    </message>
    <message>
        <source>Migration route</source>
        <translation>Route migratoire</translation>
    </message>
    <message>
        <source>Transit points</source>
        <translation>Lieux de transit</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Date of last contact</source>
        <translation>Date du dernier contact</translation>
    </message>
    <message>
        <source>Precision of the date</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <source>Place of last contact</source>
        <translation>Lieu du dernier contact</translation>
    </message>
    <message>
        <source>Country of last contact</source>
        <translation>Pays du dernier contact</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circonstances</translation>
    </message>
    <message>
        <source>Enquirer</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Enquirer&apos;s name</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <source>Relationship to the missing person</source>
        <translation>Lien de parenté avec la personne disparue</translation>
    </message>
    <message>
        <source>Enquirer&apos;s contact</source>
        <translation>Coordonnées du demandeur</translation>
    </message>
    <message>
        <source>Enquirer&apos;s language</source>
        <translation>Langue du demandeur</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consent to share data</source>
        <translation>Consentement au partage des données</translation>
    </message>
    <message>
        <source>Consent to refer to Red Cross Restoring Family Links</source>
        <translation>Consentement à l&apos;orientation vers le Rétablissement des liens familiaux de la Croix-Rouge</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Date d&apos;orientation</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Leur référence</translation>
    </message>
    <message>
        <source>Linked incident</source>
        <translation>Incident lié</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Partagé avec</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Incident ID</source>
        <translation>ID de l&apos;incident</translation>
    </message>
    <message>
        <source>Main ID</source>
        <translation>ID principal</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Date de l&apos;incident</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country of incident</source>
        <translation>Pays de l&apos;incident</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Number dead</source>
        <translation>Nombre de morts</translation>
    </message>
    <message>
        <source>Number missing</source>
        <translation>Nombre de disparus</translation>
    </message>
    <message>
        <source>Number of survivors</source>
        <translation>Nombre de survivants</translation>
    </message>
    <message>
        <source>Number of females</source>
        <translation>Nombre de femmes</translation>
    </message>
    <message>
        <source>Number of males</source>
        <translation>Nombre d&apos;hommes</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Nombre d&apos;enfants</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>Cause du décès</translation>
    </message>
    <message>
        <source>Cause of death (reported)</source>
        <translation>Cause du décès (telle que rapportée)</translation>
    </message>
    <message>
        <source>Region of origin</source>
        <translation>Région d&apos;origine</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <source>Information source</source>
        <translation>Source d&apos;information</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Source quality</source>
        <translation>Qualité de la source</translation>
    </message>
    <message>
        <source>UNSD geographical grouping</source>
        <translation>Regroupement géographique UNSD</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>JVAP domains</source>
        <translation>Domaines du PAVJ</translation>
    </message>
    <message>
        <source>Priority areas</source>
        <translation>Domaines prioritaires</translation>
    </message>
    <message>
        <source>Countries covered</source>
        <translation>Pays couverts</translation>
    </message>
    <message>
        <source>Implementers</source>
        <translation>Organisations de mise en œuvre</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Sources de financement</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Groupes cibles</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Rédigé le</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Soumis le</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Reports of every partner country, by campaign. Double-click a submitted report to accept it or return it.</source>
        <translation>Rapports de chaque pays partenaire, par campagne. Double-cliquez sur un rapport soumis pour l&apos;accepter ou le renvoyer.</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>Rechercher un pays</translation>
    </message>
    <message>
        <source>Show only the countries with a report in this state</source>
        <translation>N&apos;afficher que les pays dont le rapport est dans cet état</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export every country report to an Excel workbook</source>
        <translation>Exporter tous les rapports pays vers un classeur Excel</translation>
    </message>
    <message>
        <source>Reports by country and campaign</source>
        <translation>Rapports par pays et par campagne</translation>
    </message>
    <message>
        <source>{shown} of {total} countries shown</source>
        <translation>Pays affichés : {shown} sur {total}</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Incident ID</source>
        <translation>ID de l&apos;incident</translation>
    </message>
    <message>
        <source>Main ID</source>
        <translation>ID principal</translation>
    </message>
    <message>
        <source>Groups incidents IOM reports as one event</source>
        <translation>Regroupe les incidents que l&apos;OIM rapporte comme un seul événement</translation>
    </message>
    <message>
        <source>Date of incident</source>
        <translation>Date de l&apos;incident</translation>
    </message>
    <message>
        <source>Date known to</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <source>With only the month or the year known, the date is the 1st of that month or 1 January</source>
        <translation>Si seuls le mois ou l&apos;année sont connus, la date est le 1er de ce mois ou le 1er janvier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country of incident</source>
        <translation>Pays de l&apos;incident</translation>
    </message>
    <message>
        <source>Location description</source>
        <translation>Description du lieu</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Migration route</source>
        <translation>Route migratoire</translation>
    </message>
    <message>
        <source>UNSD geographical grouping</source>
        <translation>Regroupement géographique UNSD</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Number dead</source>
        <translation>Nombre de morts</translation>
    </message>
    <message>
        <source>Number missing</source>
        <translation>Nombre de disparus</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Survivants</translation>
    </message>
    <message>
        <source>Females</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Males</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Cause and origin</source>
        <translation>Cause et origine</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>Cause du décès</translation>
    </message>
    <message>
        <source>Cause of death as reported</source>
        <translation>Cause du décès telle que rapportée</translation>
    </message>
    <message>
        <source>As the source wrote it, e.g. IOM&apos;s records before 2022</source>
        <translation>Telle que la source l&apos;a formulée, p. ex. les dossiers de l&apos;OIM antérieurs à 2022</translation>
    </message>
    <message>
        <source>Region of origin</source>
        <translation>Région d&apos;origine</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Information source</source>
        <translation>Source d&apos;information</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Source quality (1–5)</source>
        <translation>Qualité de la source (1–5)</translation>
    </message>
</context>
<context>
    <name>IncidentLink</name>
    <message>
        <source>No incident linked</source>
        <translation>Aucun incident lié</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>IncidentPicker</name>
    <message>
        <source>Link an incident</source>
        <translation>Lier un incident</translation>
    </message>
    <message>
        <source>Search by incident ID, place or country</source>
        <translation>Rechercher par ID d&apos;incident, lieu ou pays</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Search by incident ID, location or country</source>
        <translation>Rechercher par ID d&apos;incident, lieu ou pays</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Import IOM file…</source>
        <translation>Importer un fichier OIM…</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <source>Required for projects; 0 if none</source>
        <translation>Obligatoire pour les projets ; 0 s&apos;il n&apos;y en a pas</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>JVAP domains</source>
        <translation>Domaines du PAVJ</translation>
    </message>
    <message>
        <source>Priority areas</source>
        <translation>Domaines prioritaires</translation>
    </message>
    <message>
        <source>Countries covered</source>
        <translation>Pays couverts</translation>
    </message>
    <message>
        <source>Implementing organisations</source>
        <translation>Organisations de mise en œuvre</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organisations partenaires</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Sources de financement</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Groupes cibles</translation>
    </message>
    <message>
        <source>Keep the changes to this initiative?</source>
        <translation>Conserver les modifications de cette initiative ?</translation>
    </message>
</context>
<context>
    <name>InitiativesModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>JVAP domains</source>
        <translation>Domaines du PAVJ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>InitiativesTable</name>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Add initiative…</source>
        <translation>Ajouter une initiative…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Voir…</translation>
    </message>
</context>
<context>
    <name>IomImportDialog</name>
    <message>
        <source>Import IOM file</source>
        <translation>Importer un fichier OIM</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejetés :</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Kept with a warning:</source>
        <translation>Conservés avec un avertissement :</translation>
    </message>
    <message>
        <source>Rows kept with a warning</source>
        <translation>Lignes conservées avec un avertissement</translation>
    </message>
    <message>
        <source>IOM Missing Migrants files (*.csv *.json);;All files (*)</source>
        <translation>Fichiers Migrants disparus de l&apos;OIM (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing {name}: {done} of {total} rows</source>
        <translation>Importation de {name} : {done} lignes sur {total}</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importé</translation>
    </message>
    <message>
        <source>{total} rows read ({format}).</source>
        <translation>{total} lignes lues ({format}).</translation>
    </message>
    <message>
        <source>Added: {n}</source>
        <translation>Ajoutés : {n}</translation>
    </message>
    <message>
        <source>Updated: {n}</source>
        <translation>Mis à jour : {n}</translation>
    </message>
    <message>
        <source>Unchanged: {n}</source>
        <translation>Inchangés : {n}</translation>
    </message>
    <message>
        <source>Rejected: {n}</source>
        <translation>Rejetés : {n}</translation>
    </message>
    <message>
        <source>Warnings: {n}</source>
        <translation>Avertissements : {n}</translation>
    </message>
    <message>
        <source>Repeated rows skipped: {n}</source>
        <translation>Lignes répétées ignorées : {n}</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>Record {n} ({web_id}): {reason}</source>
        <translation>Dossier {n} ({web_id}) : {reason}</translation>
    </message>
    <message>
        <source>Record {n}: {reason}</source>
        <translation>Dossier {n} : {reason}</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>Le fichier n&apos;a pas été importé</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Orienté</translation>
    </message>
    <message>
        <source>Found alive</source>
        <translation>Retrouvé en vie</translation>
    </message>
    <message>
        <source>Deceased, identified</source>
        <translation>Décédé, identifié</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation>Jour exact</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Mois seulement</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Année seulement</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Soumis à nouveau</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Envoi des modifications…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>Réception des modifications…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Missing case</source>
        <translation>Cas de disparition</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Country report</source>
        <translation>Rapport pays</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Rabat Process</source>
        <translation>Processus de Rabat</translation>
    </message>
    <message>
        <source>Khartoum Process</source>
        <translation>Processus de Khartoum</translation>
    </message>
    <message>
        <source>Continent-to-Continent Dialogue</source>
        <translation>Dialogue continent à continent</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Drowning</source>
        <translation>Noyade</translation>
    </message>
    <message>
        <source>Harsh environmental conditions / lack of adequate shelter, food, water</source>
        <translation>Conditions environnementales difficiles / manque d&apos;abri, de nourriture et d&apos;eau adéquats</translation>
    </message>
    <message>
        <source>Vehicle accident / death linked to hazardous transport</source>
        <translation>Accident de véhicule / décès lié à un transport dangereux</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Sickness / lack of access to adequate healthcare</source>
        <translation>Maladie / manque d&apos;accès à des soins de santé adéquats</translation>
    </message>
    <message>
        <source>Accidental death</source>
        <translation>Décès accidentel</translation>
    </message>
    <message>
        <source>Mixed or unknown</source>
        <translation>Causes multiples ou inconnues</translation>
    </message>
    <message>
        <source>Central Mediterranean</source>
        <translation>Méditerranée centrale</translation>
    </message>
    <message>
        <source>Western Mediterranean</source>
        <translation>Méditerranée occidentale</translation>
    </message>
    <message>
        <source>Eastern Mediterranean</source>
        <translation>Méditerranée orientale</translation>
    </message>
    <message>
        <source>Western Africa / Atlantic route to the Canary Islands</source>
        <translation>Afrique de l&apos;Ouest / route atlantique vers les îles Canaries</translation>
    </message>
    <message>
        <source>Sahara Desert crossing</source>
        <translation>Traversée du désert du Sahara</translation>
    </message>
    <message>
        <source>Eastern Route to/from EHOA</source>
        <translation>Route de l&apos;Est vers/depuis l&apos;EHOA</translation>
    </message>
    <message>
        <source>Southern Route to/from EHOA</source>
        <translation>Route du Sud vers/depuis l&apos;EHOA</translation>
    </message>
    <message>
        <source>Northern Route to/from EHOA</source>
        <translation>Route du Nord vers/depuis l&apos;EHOA</translation>
    </message>
    <message>
        <source>Mainland Europe to the UK</source>
        <translation>Europe continentale vers le Royaume-Uni</translation>
    </message>
    <message>
        <source>Western Balkans</source>
        <translation>Balkans occidentaux</translation>
    </message>
    <message>
        <source>Türkiye-Europe land route</source>
        <translation>Route terrestre Türkiye-Europe</translation>
    </message>
    <message>
        <source>Iran to Türkiye</source>
        <translation>Iran vers la Türkiye</translation>
    </message>
    <message>
        <source>Afghanistan to Iran</source>
        <translation>Afghanistan vers l&apos;Iran</translation>
    </message>
    <message>
        <source>Sea crossings to Mayotte</source>
        <translation>Traversées maritimes vers Mayotte</translation>
    </message>
    <message>
        <source>Bay of Bengal/Andaman Sea</source>
        <translation>Golfe du Bengale/mer d&apos;Andaman</translation>
    </message>
    <message>
        <source>Naf River crossing</source>
        <translation>Traversée du fleuve Naf</translation>
    </message>
    <message>
        <source>US-Mexico border crossing</source>
        <translation>Passage de la frontière États-Unis–Mexique</translation>
    </message>
    <message>
        <source>Darien</source>
        <translation>Darién</translation>
    </message>
    <message>
        <source>Caribbean to Central America</source>
        <translation>Caraïbes vers l&apos;Amérique centrale</translation>
    </message>
    <message>
        <source>Haiti to Dominican Republic</source>
        <translation>Haïti vers la République dominicaine</translation>
    </message>
    <message>
        <source>Mediterranean</source>
        <translation>Méditerranée</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>Afrique du Nord</translation>
    </message>
    <message>
        <source>Western Africa</source>
        <translation>Afrique de l&apos;Ouest</translation>
    </message>
    <message>
        <source>Eastern Africa</source>
        <translation>Afrique de l&apos;Est</translation>
    </message>
    <message>
        <source>Middle Africa</source>
        <translation>Afrique centrale</translation>
    </message>
    <message>
        <source>Southern Africa</source>
        <translation>Afrique australe</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>Western Asia</source>
        <translation>Asie occidentale</translation>
    </message>
    <message>
        <source>Southern Asia</source>
        <translation>Asie du Sud</translation>
    </message>
    <message>
        <source>South-eastern Asia</source>
        <translation>Asie du Sud-Est</translation>
    </message>
    <message>
        <source>Eastern Asia</source>
        <translation>Asie de l&apos;Est</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Asie centrale</translation>
    </message>
    <message>
        <source>Central America</source>
        <translation>Amérique centrale</translation>
    </message>
    <message>
        <source>Caribbean</source>
        <translation>Caraïbes</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>Amérique du Sud</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
</context>
<context>
    <name>ListTexts</name>
    <message numerus="yes">
        <source>%n record(s) with changes not saved yet.</source>
        <translation>
            <numerusform>%n dossier avec des modifications non enregistrées.</numerusform>
            <numerusform>%n dossiers avec des modifications non enregistrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Country reports</source>
        <translation>Rapports pays</translation>
    </message>
    <message>
        <source>Missing cases</source>
        <translation>Cas de disparition</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Secretariat inbox</source>
        <translation>Boîte du secrétariat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Import IOM file…</source>
        <translation>&amp;Importer un fichier OIM…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Stop sync</source>
        <translation>&amp;Arrêter la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Focal Point Desk</source>
        <translation>À &amp;propos de Focal Point Desk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{field}: required</source>
        <translation>{field} : obligatoire</translation>
    </message>
    <message>
        <source>{field} is not a field of this record; remove it</source>
        <translation>« {field} » n&apos;est pas un champ de ce dossier ; retirez-le</translation>
    </message>
    <message>
        <source>{field} must be a whole number, 0 or more</source>
        <translation>{field} : indiquez un nombre entier (0 ou plus)</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}</source>
        <translation>{field} : la valeur doit être comprise entre {low} et {high}</translation>
    </message>
    <message>
        <source>{field} must be at least {low}</source>
        <translation>{field} : la valeur doit être d&apos;au moins {low}</translation>
    </message>
    <message>
        <source>{field} must be at most {high}</source>
        <translation>{field} : la valeur ne doit pas dépasser {high}</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field} : la valeur doit être un nombre</translation>
    </message>
    <message>
        <source>{field}: too many digits</source>
        <translation>{field} : trop de chiffres</translation>
    </message>
    <message>
        <source>{field} must be a date written as YYYY-MM-DD, for example 2026-03-31</source>
        <translation>{field} : la date doit être écrite au format AAAA-MM-JJ, par exemple 2026-03-31</translation>
    </message>
    <message>
        <source>{field} must be one of: {expected}</source>
        <translation>{field} : la valeur doit être l&apos;une des suivantes : {expected}</translation>
    </message>
    <message>
        <source>{field} must be at most {max} characters</source>
        <translation>{field} : {max} caractères au maximum</translation>
    </message>
    <message>
        <source>{field} cannot be empty</source>
        <translation>{field} : ce champ ne peut pas être vide</translation>
    </message>
    <message>
        <source>{field}: give at least {min}</source>
        <translation>{field} : indiquez-en au moins {min}</translation>
    </message>
    <message>
        <source>{field}: give at most {max}</source>
        <translation>{field} : indiquez-en au plus {max}</translation>
    </message>
    <message>
        <source>{field} is not written as expected</source>
        <translation>{field} : la valeur n&apos;est pas écrite sous la forme attendue</translation>
    </message>
    <message>
        <source>{field} must be text</source>
        <translation>{field} : la valeur doit être du texte</translation>
    </message>
    <message>
        <source>{field} must be a list</source>
        <translation>{field} : la valeur doit être une liste</translation>
    </message>
    <message>
        <source>{field} must be yes or no</source>
        <translation>{field} : la valeur doit être oui ou non</translation>
    </message>
    <message>
        <source>{field} must be a group of fields</source>
        <translation>{field} : la valeur doit être un groupe de champs</translation>
    </message>
    <message>
        <source>{field} must be a record identifier</source>
        <translation>{field} : la valeur doit être un identifiant de dossier</translation>
    </message>
    <message>
        <source>“{value}” is not a country code; use two letters such as SN</source>
        <translation>« {value} » n&apos;est pas un code pays ; utilisez deux lettres, comme SN</translation>
    </message>
    <message>
        <source>{field} cannot be before {min}</source>
        <translation>{field} ne peut pas être antérieur au {min}</translation>
    </message>
    <message>
        <source>{field} cannot be after {max}</source>
        <translation>{field} ne peut pas être postérieur au {max}</translation>
    </message>
    <message>
        <source>{field} cannot be in the future</source>
        <translation>{field} ne peut pas être dans le futur</translation>
    </message>
    <message>
        <source>{field}: web addresses must start with http:// or https://</source>
        <translation>{field} : les adresses web doivent commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>“{value}” is not one of the programme&apos;s partners</source>
        <translation>« {value} » ne fait pas partie des partenaires du programme</translation>
    </message>
    <message>
        <source>Reference “{value}” must look like SN-2026-0042: country code, year, number</source>
        <translation>La référence « {value} » doit avoir la forme SN-2026-0042 : code pays, année, numéro</translation>
    </message>
    <message>
        <source>Date of birth cannot be in the future</source>
        <translation>La date de naissance ne peut pas être dans le futur</translation>
    </message>
    <message>
        <source>Give the missing person&apos;s given names or family name</source>
        <translation>Indiquez les prénoms ou le nom de famille de la personne disparue</translation>
    </message>
    <message>
        <source>Date of last contact cannot be in the future</source>
        <translation>La date du dernier contact ne peut pas être dans le futur</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither</source>
        <translation>Indiquez à la fois la latitude et la longitude, ou aucune des deux</translation>
    </message>
    <message>
        <source>A case can be shared with another country only with consent</source>
        <translation>Un cas ne peut être partagé avec un autre pays qu&apos;avec le consentement de la famille</translation>
    </message>
    <message>
        <source>Record the family&apos;s consent before referring to the Red Cross</source>
        <translation>Consignez le consentement de la famille avant toute orientation vers la Croix-Rouge</translation>
    </message>
    <message>
        <source>“{area}” is not a JVAP priority area</source>
        <translation>« {area} » n&apos;est pas un domaine prioritaire du PAVJ</translation>
    </message>
    <message>
        <source>Priority area {area} belongs to a domain not ticked</source>
        <translation>Le domaine prioritaire {area} relève d&apos;un domaine non coché</translation>
    </message>
    <message>
        <source>End date must be on or after the start date</source>
        <translation>La date de fin doit être identique ou postérieure à la date de début</translation>
    </message>
    <message>
        <source>A project needs a budget in EUR (0 if none)</source>
        <translation>Un projet doit avoir un budget en EUR (0 s&apos;il n&apos;y en a pas)</translation>
    </message>
    <message>
        <source>An answer is required to submit</source>
        <translation>Une réponse est obligatoire pour soumettre</translation>
    </message>
    <message>
        <source>This question is not in the form</source>
        <translation>Cette question ne figure pas dans le formulaire</translation>
    </message>
    <message>
        <source>Answer with text</source>
        <translation>Répondez par un texte</translation>
    </message>
    <message>
        <source>Keep the answer under {max} characters</source>
        <translation>La réponse doit compter moins de {max} caractères</translation>
    </message>
    <message>
        <source>Give at most {max} answers in the list</source>
        <translation>Donnez au plus {max} réponses dans la liste</translation>
    </message>
    <message>
        <source>Answer with text, a number, a date or a list of choices</source>
        <translation>Répondez par un texte, un nombre, une date ou une liste de choix</translation>
    </message>
    <message>
        <source>Answer with a number</source>
        <translation>Répondez par un nombre</translation>
    </message>
    <message>
        <source>Answer with a number in EUR</source>
        <translation>Répondez par un montant en EUR</translation>
    </message>
    <message>
        <source>An amount cannot be negative</source>
        <translation>Un montant ne peut pas être négatif</translation>
    </message>
    <message>
        <source>The answer must be at least {low}</source>
        <translation>La réponse doit être d&apos;au moins {low}</translation>
    </message>
    <message>
        <source>The answer must be at most {high}</source>
        <translation>La réponse ne doit pas dépasser {high}</translation>
    </message>
    <message>
        <source>Answer with a date written as YYYY-MM-DD</source>
        <translation>Répondez par une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Pick one of the offered answers</source>
        <translation>Choisissez l&apos;une des réponses proposées</translation>
    </message>
    <message>
        <source>Pick answers from the offered list</source>
        <translation>Choisissez des réponses dans la liste proposée</translation>
    </message>
    <message>
        <source>List countries by their two-letter codes</source>
        <translation>Indiquez les pays par leur code à deux lettres</translation>
    </message>
    <message>
        <source>This report is {state} and cannot be changed until the secretariat returns it</source>
        <translation>Ce rapport est à l&apos;état « {state} » et ne peut pas être modifié tant que le secrétariat ne l&apos;a pas renvoyé</translation>
    </message>
    <message>
        <source>Only the focal point can submit a report</source>
        <translation>Seul le point focal peut soumettre un rapport</translation>
    </message>
    <message>
        <source>A report cannot go from “{old}” to “{new}”</source>
        <translation>Un rapport ne peut pas passer de « {old} » à « {new} »</translation>
    </message>
    <message>
        <source>Earlier comments cannot be changed or removed</source>
        <translation>Les commentaires précédents ne peuvent être ni modifiés ni supprimés</translation>
    </message>
    <message>
        <source>New comments must be written as {role}</source>
        <translation>Les nouveaux commentaires doivent être rédigés en tant que {role}</translation>
    </message>
    <message>
        <source>This report can only be for {country}</source>
        <translation>Ce rapport ne peut concerner qu&apos;un seul pays : {country}</translation>
    </message>
    <message>
        <source>A report cannot move to another campaign</source>
        <translation>Un rapport ne peut pas passer à une autre campagne</translation>
    </message>
    <message>
        <source>There is no such campaign on the server</source>
        <translation>Cette campagne n&apos;existe pas sur le serveur</translation>
    </message>
    <message>
        <source>{country} is not part of the {dialogue}</source>
        <translation>{country} ne fait pas partie du {dialogue}</translation>
    </message>
    <message>
        <source>{country} already has a report for this campaign; sync to get it and edit that one</source>
        <translation>{country} a déjà un rapport pour cette campagne ; synchronisez pour le récupérer et modifiez celui-ci</translation>
    </message>
    <message>
        <source>This record is of another kind on the server</source>
        <translation>Sur le serveur, ce dossier est d&apos;un autre type</translation>
    </message>
    <message>
        <source>Your account has no country, so it cannot write records</source>
        <translation>Votre compte n&apos;est rattaché à aucun pays ; il ne peut donc pas enregistrer de dossiers</translation>
    </message>
    <message>
        <source>This record belongs to another country; you cannot change it</source>
        <translation>Ce dossier appartient à un autre pays ; vous ne pouvez pas le modifier</translation>
    </message>
    <message>
        <source>There is no such record on the server to delete</source>
        <translation>Le dossier à supprimer n&apos;existe pas sur le serveur</translation>
    </message>
    <message>
        <source>The server has no record with this id</source>
        <translation>Le serveur n&apos;a aucun dossier avec cet identifiant</translation>
    </message>
    <message>
        <source>A report that is {state} cannot be deleted</source>
        <translation>Un rapport à l&apos;état « {state} » ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>This record was deleted on the server, so it cannot be saved there again; save it as a new record</source>
        <translation>Cet enregistrement a été supprimé sur le serveur et ne peut plus y être enregistré ; enregistrez-le comme un nouvel enregistrement</translation>
    </message>
    <message>
        <source>The server cannot take a new record under this id; save it as a new record</source>
        <translation>Le serveur ne peut pas accepter un nouvel enregistrement sous cet identifiant ; enregistrez-le comme un nouvel enregistrement</translation>
    </message>
    <message>
        <source>The data holds a value that cannot be stored</source>
        <translation>Les données contiennent une valeur qui ne peut pas être enregistrée</translation>
    </message>
    <message>
        <source>This change was sent before with other content</source>
        <translation>Cette modification a déjà été envoyée avec un autre contenu</translation>
    </message>
    <message>
        <source>The server could not store this record</source>
        <translation>Le serveur n&apos;a pas pu enregistrer ce dossier</translation>
    </message>
    <message>
        <source>A comment is required to return a report</source>
        <translation>Un commentaire est obligatoire pour renvoyer un rapport</translation>
    </message>
    <message>
        <source>“{reference}” must start with {prefix}, the country of the case.</source>
        <translation>La référence « {reference} » doit commencer par {prefix}, le code du pays du cas.</translation>
    </message>
    <message>
        <source>“{reference}” is already used by another case; choose another.</source>
        <translation>La référence « {reference} » est déjà utilisée par un autre cas ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>“{reference}” is already used by another case ({name}); choose another.</source>
        <translation>La référence « {reference} » est déjà utilisée par un autre cas ({name}) ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Adresse électronique ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>You are not signed in: sign in again.</source>
        <translation>Vous n&apos;êtes pas connecté : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your session has expired or was revoked: sign in again.</source>
        <translation>Votre session a expiré ou a été révoquée : reconnectez-vous.</translation>
    </message>
    <message>
        <source>This sign-in is not valid: sign in again.</source>
        <translation>Cette connexion n&apos;est pas valide : reconnectez-vous.</translation>
    </message>
    <message>
        <source>This sign-in has expired: sign in again.</source>
        <translation>Cette connexion a expiré : reconnectez-vous.</translation>
    </message>
    <message>
        <source>This computer has been signed out: sign in again.</source>
        <translation>Cet ordinateur a été déconnecté : reconnectez-vous.</translation>
    </message>
    <message>
        <source>This computer has been signed out for safety (a sign-in was used twice): sign in again.</source>
        <translation>Cet ordinateur a été déconnecté par sécurité (une même connexion a été utilisée deux fois) : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Too many attempts; wait a moment and try again.</source>
        <translation>Trop de tentatives ; patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>Only the secretariat can do this.</source>
        <translation>Seul le secrétariat peut effectuer cette opération.</translation>
    </message>
    <message>
        <source>The server does not have this (any more).</source>
        <translation>Le serveur ne dispose pas (ou plus) de cet élément.</translation>
    </message>
    <message>
        <source>The report changed on the server since you opened it; look at it again before deciding.</source>
        <translation>Le rapport a été modifié sur le serveur depuis que vous l&apos;avez ouvert ; consultez-le à nouveau avant de décider.</translation>
    </message>
    <message>
        <source>Only submitted reports can be accepted or returned.</source>
        <translation>Seuls les rapports soumis peuvent être acceptés ou renvoyés.</translation>
    </message>
    <message>
        <source>The server refused the request: something in it is not valid.</source>
        <translation>Le serveur a refusé la demande : un de ses éléments n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The server could not read the request.</source>
        <translation>Le serveur n&apos;a pas pu lire la demande.</translation>
    </message>
    <message>
        <source>The server could not read the request: it is nested too deeply.</source>
        <translation>Le serveur n&apos;a pas pu lire la requête : elle est trop profondément imbriquée.</translation>
    </message>
    <message>
        <source>A value cannot be stored by the server.</source>
        <translation>Le serveur ne peut pas enregistrer une des valeurs.</translation>
    </message>
    <message>
        <source>The request was too large for the server; try again.</source>
        <translation>La demande était trop volumineuse pour le serveur ; réessayez.</translation>
    </message>
    <message>
        <source>The server does not offer this; check its address.</source>
        <translation>Le serveur ne propose pas ce service ; vérifiez son adresse.</translation>
    </message>
    <message>
        <source>The server cannot reach its database; try again shortly.</source>
        <translation>Le serveur ne peut pas accéder à sa base de données ; réessayez sous peu.</translation>
    </message>
    <message>
        <source>The server had a problem; try again later.</source>
        <translation>Le serveur a rencontré un problème ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Cannot reach the server: you seem to be offline.</source>
        <translation>Impossible de joindre le serveur : vous semblez être hors ligne.</translation>
    </message>
    <message>
        <source>Cannot reach {server}: you seem to be offline.</source>
        <translation>Impossible de joindre {server} : vous semblez être hors ligne.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If your ministry uses a TLS proxy, set its CA bundle in Settings.</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu comme fiable. Si votre ministère utilise un proxy TLS, indiquez le fichier de ses certificats d&apos;autorité de certification dans les paramètres.</translation>
    </message>
    <message>
        <source>You are not signed in: sign in first.</source>
        <translation>Vous n&apos;êtes pas connecté : connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>The server is busy; try again in a moment.</source>
        <translation>Le serveur est occupé ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Restore the profile folder {folder} from a backup, or move that folder away, start again and sign in: what was synced comes back from the server; changes made here since the last sync would be lost.</source>
        <translation>Restaurez le dossier du profil {folder} depuis une sauvegarde, ou déplacez ce dossier ailleurs, redémarrez et connectez-vous : ce qui a été synchronisé revient du serveur ; les modifications faites ici depuis la dernière synchronisation seraient perdues.</translation>
    </message>
    <message>
        <source>The disk that holds the profile folder {folder} is full. Free space on it and try again; nothing you typed is lost.</source>
        <translation>Le disque qui contient le dossier du profil {folder} est plein. Libérez de l&apos;espace et réessayez ; rien de ce que vous avez saisi n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The disk that holds the profile folder {folder} refused a write (it is full, or failing). Free space on it and try again; nothing you typed is lost.</source>
        <translation>Le disque qui contient le dossier du profil {folder} a refusé une écriture (il est plein ou défaillant). Libérez de l&apos;espace et réessayez ; rien de ce que vous avez saisi n&apos;est perdu.</translation>
    </message>
    <message>
        <source>This profile&apos;s database is damaged ({path}).</source>
        <translation>La base de données de ce profil est endommagée ({path}).</translation>
    </message>
    <message>
        <source>This profile&apos;s database {path} is missing or empty, although the profile had one.</source>
        <translation>La base de données de ce profil {path} est absente ou vide, alors que le profil en avait une.</translation>
    </message>
    <message>
        <source>{path} is damaged, so this profile cannot be opened. Restore that file (or the whole profile folder {folder}) from a backup, or move the folder away, start again and sign in: what was synced comes back from the server; changes made here since the last sync would be lost.</source>
        <translation>{path} est endommagé, ce profil ne peut donc pas être ouvert. Restaurez ce fichier (ou tout le dossier du profil {folder}) depuis une sauvegarde, ou déplacez le dossier ailleurs, redémarrez et connectez-vous : ce qui a été synchronisé revient du serveur ; les modifications faites ici depuis la dernière synchronisation seraient perdues.</translation>
    </message>
    <message numerus="yes">
        <source>List at least %n initiative(s) to submit</source>
        <translation>
            <numerusform>Indiquez au moins %n initiative pour soumettre</numerusform>
            <numerusform>Indiquez au moins %n initiatives pour soumettre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>An amount in EUR from {low} to {high}</source>
        <translation>Un montant en EUR de {low} à {high}</translation>
    </message>
    <message>
        <source>An amount in EUR, {low} or more</source>
        <translation>Un montant en EUR, {low} ou plus</translation>
    </message>
    <message>
        <source>An amount in EUR</source>
        <translation>Un montant en EUR</translation>
    </message>
    <message>
        <source>A number from {low} to {high}</source>
        <translation>Un nombre de {low} à {high}</translation>
    </message>
    <message>
        <source>A number, {low} or more</source>
        <translation>Un nombre, {low} ou plus</translation>
    </message>
    <message>
        <source>A number, {high} or less</source>
        <translation>Un nombre, {high} ou moins</translation>
    </message>
    <message>
        <source>Enter a number</source>
        <translation>Saisissez un nombre</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Cases by status</source>
        <translation>Cas par statut</translation>
    </message>
    <message>
        <source>Cases by route</source>
        <translation>Cas par route</translation>
    </message>
    <message>
        <source>Incidents: dead and missing per month</source>
        <translation>Incidents : morts et disparus par mois</translation>
    </message>
    <message>
        <source>Campaign completeness</source>
        <translation>Avancement des campagnes</translation>
    </message>
    <message>
        <source>Missing cases by status</source>
        <translation>Cas de disparition par statut</translation>
    </message>
    <message>
        <source>Missing cases by route</source>
        <translation>Cas de disparition par route</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>(no route)</source>
        <translation>(sans route)</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Morts</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Disparus</translation>
    </message>
    <message>
        <source>Campaign completeness (countries)</source>
        <translation>Avancement des campagnes (pays)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>At least {n} characters. Type it twice; it cannot be recovered if lost.</source>
        <translation>Au moins {n} caractères. Saisissez-la deux fois ; elle ne peut pas être récupérée en cas de perte.</translation>
    </message>
    <message>
        <source>Type the passphrase chosen when this profile was created.</source>
        <translation>Saisissez la phrase secrète choisie lors de la création de ce profil.</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>This passphrase has {count} characters; choose one of at least {n}.</source>
        <translation>Cette phrase secrète compte {count} caractères ; choisissez-en une d&apos;au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>No passphrase was given; the profile stays locked.</source>
        <translation>Aucune phrase secrète n&apos;a été saisie ; le profil reste verrouillé.</translation>
    </message>
    <message>
        <source>That passphrase does not open this profile. Check it (capitals, keyboard layout) and try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas ce profil. Vérifiez-la (majuscules, disposition du clavier) et réessayez.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Restored changes you had not saved ({when}).</source>
        <translation>Modifications non enregistrées restaurées ({when}).</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Toutes les routes</translation>
    </message>
    <message>
        <source>Route filter</source>
        <translation>Filtre de route</translation>
    </message>
    <message>
        <source>Any sync state</source>
        <translation>Tout état de synchro</translation>
    </message>
    <message>
        <source>Sync state filter</source>
        <translation>Filtre d&apos;état de synchro</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the list to an Excel workbook</source>
        <translation>Exporter la liste vers un classeur Excel</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>ReferralsEdit</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Leur référence</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Dates as YYYY-MM-DD</source>
        <translation>Dates au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Ajouter une orientation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>{dialogue} · period {period} · open {opens} to {closes}</source>
        <translation>{dialogue} · période {period} · ouverte du {opens} au {closes}</translation>
    </message>
    <message>
        <source>Domain {n}</source>
        <translation>Domaine {n}</translation>
    </message>
    <message>
        <source>Projects and policies implementing the JVAP; double-click to see every field. At least {n} to submit.</source>
        <translation>Projets et politiques mettant en œuvre le PAVJ ; double-cliquez pour voir tous les champs. Au moins {n} pour soumettre.</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Submit to the secretariat</source>
        <translation>Soumettre au secrétariat</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to complete before submitting.</source>
        <translation>
            <numerusform>%n élément à compléter avant de soumettre.</numerusform>
            <numerusform>%n éléments à compléter avant de soumettre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation>Prêt à être soumis.</translation>
    </message>
    <message>
        <source>Accepted by the secretariat.</source>
        <translation>Accepté par le secrétariat.</translation>
    </message>
    <message>
        <source>Submitted: read-only until the secretariat accepts or returns it.</source>
        <translation>Soumis : en lecture seule jusqu&apos;à ce que le secrétariat l&apos;accepte ou le renvoie.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the country reports to an Excel workbook</source>
        <translation>Exporter les rapports pays vers un classeur Excel</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation>Commencer le rapport</translation>
    </message>
    <message>
        <source>The secretariat reviews reports in the Secretariat inbox.</source>
        <translation>Le secrétariat examine les rapports dans la boîte du secrétariat.</translation>
    </message>
    <message>
        <source>No campaign has reached this computer yet. Sync to receive the secretariat&apos;s campaigns.</source>
        <translation>Aucune campagne n&apos;est encore arrivée sur cet ordinateur. Synchronisez pour recevoir les campagnes du secrétariat.</translation>
    </message>
    <message>
        <source>Sign in as your country&apos;s focal point and sync to see the data-collection campaigns.</source>
        <translation>Connectez-vous en tant que point focal de votre pays et synchronisez pour voir les campagnes de collecte.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <source>{country} has not started its report for “{title}”.</source>
        <translation>{country} n&apos;a pas encore commencé son rapport pour « {title} ».</translation>
    </message>
</context>
<context>
    <name>ReviewChanges</name>
    <message>
        <source>What changed since the report was returned</source>
        <translation>Ce qui a changé depuis le renvoi du rapport</translation>
    </message>
    <message>
        <source>Changes since the return</source>
        <translation>Modifications depuis le renvoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When returned</source>
        <translation>Lors du renvoi</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Neither the server nor this computer holds the version that was returned, so this review cannot show what changed; compare it with the comments below.</source>
        <translation>Ni le serveur ni cet ordinateur ne détiennent la version renvoyée : cette revue ne peut donc pas montrer ce qui a changé ; comparez avec les commentaires ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since the return.</source>
        <translation>
            <numerusform>%n modification depuis le renvoi.</numerusform>
            <numerusform>%n modifications depuis le renvoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since the report was returned.</source>
        <translation>Rien n&apos;a changé depuis le renvoi du rapport.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Initiative added: {title}</source>
        <translation>Initiative ajoutée : {title}</translation>
    </message>
    <message>
        <source>Initiative removed: {title}</source>
        <translation>Initiative retirée : {title}</translation>
    </message>
    <message>
        <source>Initiative “{title}”: {field}</source>
        <translation>Initiative « {title} » : {field}</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>JVAP domains</source>
        <translation>Domaines du PAVJ</translation>
    </message>
    <message>
        <source>Priority areas</source>
        <translation>Domaines prioritaires</translation>
    </message>
    <message>
        <source>Countries covered</source>
        <translation>Pays couverts</translation>
    </message>
    <message>
        <source>Implementing organisations</source>
        <translation>Organisations de mise en œuvre</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organisations partenaires</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Sources de financement</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>Budget (EUR)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Groupes cibles</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review report</source>
        <translation>Examiner le rapport</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Comment to the focal point (required to return the report)</source>
        <translation>Commentaire au point focal (obligatoire pour renvoyer le rapport)</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Commentaire d&apos;examen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Return to the country</source>
        <translation>Renvoyer au pays</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Votre décision</translation>
    </message>
    <message>
        <source>This report is not on this computer yet; sync first.</source>
        <translation>Ce rapport n&apos;est pas encore sur cet ordinateur ; synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <source>This report is {state}: there is nothing to decide.</source>
        <translation>Ce rapport est à l&apos;état « {state} » : il n&apos;y a rien à décider.</translation>
    </message>
    <message>
        <source>Say what to fix: a returned report needs a comment.</source>
        <translation>Indiquez ce qu&apos;il faut corriger : un rapport renvoyé nécessite un commentaire.</translation>
    </message>
    <message>
        <source>Sending your decision…</source>
        <translation>Envoi de votre décision…</translation>
    </message>
    <message>
        <source>Close this review and open the report again.</source>
        <translation>Fermez cet examen et rouvrez le rapport.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Server and sync</source>
        <translation>Serveur et synchronisation</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Work offline (never connect)</source>
        <translation>Travailler hors ligne (ne jamais se connecter)</translation>
    </message>
    <message>
        <source>Only for a ministry TLS proxy: path to a .pem</source>
        <translation>Seulement pour un proxy TLS ministériel : chemin d&apos;un fichier .pem</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Synchroniser toutes les</translation>
    </message>
    <message>
        <source>Certificate authority bundle</source>
        <translation>Certificats de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation>Données sur cet ordinateur</translation>
    </message>
    <message>
        <source>Encrypted data folder: {path}</source>
        <translation>Dossier de données chiffré : {path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>secrétariat</translation>
    </message>
    <message>
        <source>focal point</source>
        <translation>point focal</translation>
    </message>
    <message>
        <source>Signed in as {email} ({role}{country})</source>
        <translation>Connecté en tant que {email} ({role}{country})</translation>
    </message>
    <message>
        <source>Not signed in. Everything works offline; sign in to sync.</source>
        <translation>Non connecté. Tout fonctionne hors ligne ; connectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Focal Point Desk</source>
        <translation>Connexion à Focal Point Desk</translation>
    </message>
    <message>
        <source>Sign in with the account the secretariat gave you. You can also work offline now and sign in later from Settings.</source>
        <translation>Connectez-vous avec le compte fourni par le secrétariat. Vous pouvez aussi travailler hors ligne maintenant et vous connecter plus tard depuis les paramètres.</translation>
    </message>
    <message>
        <source>name@ministry.gov</source>
        <translation>nom@ministere.gouv</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Travailler hors ligne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Saisissez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Saisissez votre adresse électronique.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Name this computer, e.g. “Dakar office laptop”.</source>
        <translation>Nommez cet ordinateur, p. ex. « Portable du bureau de Dakar ».</translation>
    </message>
    <message>
        <source>The connection to {host} would not be encrypted: use the server&apos;s {https} address, or ask your IT department to allow unencrypted connections.</source>
        <translation>La connexion à {host} ne serait pas chiffrée : utilisez l&apos;adresse {https} du serveur, ou demandez à votre service informatique d&apos;autoriser les connexions non chiffrées.</translation>
    </message>
    <message>
        <source>Write the server&apos;s address in full, e.g. {example}</source>
        <translation>Écrivez l&apos;adresse complète du serveur, p. ex. {example}</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>En attente de synchronisation</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Conflict: changed on the server too</source>
        <translation>Conflit : modifié aussi sur le serveur</translation>
    </message>
    <message>
        <source>Sync state: {state}</source>
        <translation>État de synchronisation : {state}</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Send and receive changes (F5)</source>
        <translation>Envoyer et recevoir les modifications (F5)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Mise à jour disponible</translation>
    </message>
    <message>
        <source>Update available: {version}</source>
        <translation>Mise à jour disponible : {version}</translation>
    </message>
    <message>
        <source>Focal Point Desk {version} is available (this is {current}).</source>
        <translation>Focal Point Desk {version} est disponible (version actuelle : {current}).</translation>
    </message>
    <message>
        <source>An update was refused: {reason}</source>
        <translation>Une mise à jour a été refusée : {reason}</translation>
    </message>
    <message>
        <source>Sign in (Settings) to sync.</source>
        <translation>Connectez-vous (Paramètres) pour synchroniser.</translation>
    </message>
    <message>
        <source>Working offline: turn it off in Settings to sync.</source>
        <translation>Travail hors ligne : désactivez-le dans les paramètres pour synchroniser.</translation>
    </message>
    <message>
        <source>Sync done: {sent} sent, {received} received.</source>
        <translation>Synchronisation terminée : {sent} envoyés, {received} reçus.</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n nouveau conflit à résoudre.</numerusform>
            <numerusform>%n nouveaux conflits à résoudre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: {reason}</source>
        <translation>Synchronisation interrompue : {reason}</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Hors ligne (choisi)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>Dernière synchro {time}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Enregistrer les modifications ?</translation>
    </message>
</context>
</TS>
