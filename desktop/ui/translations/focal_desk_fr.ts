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
    <name>AppController</name>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation>Une erreur s&apos;est produite : {reason}</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
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
        <source>Two-letter codes, e.g. ES; IT (needs consent)</source>
        <translation>Codes à deux lettres, p. ex. ES ; IT (consentement requis)</translation>
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
        <source>Delete record</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete this record? The deletion is sent to the server at the next sync.</source>
        <translation>Supprimer ce dossier ? La suppression sera envoyée au serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this record?</source>
        <translation>Enregistrer les modifications de ce dossier ?</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Reports of every partner country, by campaign. Double-click a submitted report to accept it or return it.</source>
        <translation>Rapports de chaque pays partenaire, par campagne. Double-cliquez sur un rapport soumis pour l&apos;accepter ou le renvoyer.</translation>
    </message>
    <message>
        <source>Reports by country and campaign</source>
        <translation>Rapports par pays et par campagne</translation>
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
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
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
        <source>Repeated rows skipped: {n}</source>
        <translation>Lignes répétées ignorées : {n}</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Ligne {line} : {reason}</translation>
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
        <source>Passphrase again</source>
        <translation>Phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>No passphrase was given; the profile stays locked.</source>
        <translation>Aucune phrase secrète n&apos;a été saisie ; le profil reste verrouillé.</translation>
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
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with changes not saved yet.</source>
        <translation>
            <numerusform>%n dossier avec des modifications non enregistrées.</numerusform>
            <numerusform>%n dossiers avec des modifications non enregistrées.</numerusform>
        </translation>
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
        <source>Say what to fix: a returned report needs a comment.</source>
        <translation>Indiquez ce qu&apos;il faut corriger : un rapport renvoyé nécessite un commentaire.</translation>
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
        <source>Rejected by the server</source>
        <translation>Refusé par le serveur</translation>
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
</TS>
