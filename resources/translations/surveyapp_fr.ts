<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>cli</name>
        <message>
            <source>list every camera</source>
            <translation>lister toutes les caméras</translation>
        </message>
        <message>
            <source>as a JSON array</source>
            <translation>sous forme de tableau JSON</translation>
        </message>
        <message>
            <source>edit a camera</source>
            <translation>modifier une caméra</translation>
        </message>
        <message>
            <source>set fields: camera:type=dome height=5 (empty clears)</source>
            <translation>renseigner des champs : camera:type=dome height=5 (vide = effacer)</translation>
        </message>
        <message>
            <source>camera id (or a unique prefix)</source>
            <translation>identifiant de la caméra (ou un début unique)</translation>
        </message>
        <message>
            <source>place a camera by hand</source>
            <translation>placer une caméra à la main</translation>
        </message>
        <message>
            <source>merge cameras into the first one named</source>
            <translation>fusionner des caméras dans la première nommée</translation>
        </message>
        <message>
            <source>move photos (id or sha256) into a new camera</source>
            <translation>déplacer des photos (id ou sha256) vers une nouvelle caméra</translation>
        </message>
        <message>
            <source>delete a camera</source>
            <translation>supprimer une caméra</translation>
        </message>
        <message>
            <source>list the fields and their allowed values</source>
            <translation>lister les champs et leurs valeurs permises</translation>
        </message>
        <message>
            <source>vendor unknown</source>
            <translation>fabricant inconnu</translation>
        </message>
        <message numerus="yes">
            <source>%n photos</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>'{item}' is not key=value (e.g. camera:type=dome)</source>
            <translation>« {item} » n'est pas de la forme clé=valeur (p. ex. camera:type=dome)</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>sans position</translation>
        </message>
        <message>
            <source>no such folder: {path}</source>
            <translation>dossier introuvable : {path}</translation>
        </message>
        <message>
            <source>import photos (files or folders, recursive)</source>
            <translation>importer des photos (fichiers ou dossiers, sous-dossiers compris)</translation>
        </message>
        <message>
            <source>one JSON object per file on stdout</source>
            <translation>un objet JSON par fichier sur la sortie standard</translation>
        </message>
        <message>
            <source>list every photo</source>
            <translation>lister toutes les photos</translation>
        </message>
        <message>
            <source>no such file or folder: {path}</source>
            <translation>fichier ou dossier introuvable : {path}</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>error: {path}: {reason}</source>
            <translation>erreur : {path} : {reason}</translation>
        </message>
        <message>
            <source>interrupted: the photos imported so far are kept</source>
            <translation>interrompu : les photos déjà importées sont conservées</translation>
        </message>
        <message>
            <source>error: {reason}</source>
            <translation>erreur : {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n photos are in the survey; the next import skips them</source>
            <translation>
                <numerusform>%n photo est dans le relevé ; le prochain import la saute</numerusform>
                <numerusform>%n photos sont dans le relevé ; le prochain import les saute</numerusform>
            </translation>
        </message>
        <message>
            <source>no photo of this import could be saved</source>
            <translation>aucune photo de cet import n'a pu être enregistrée</translation>
        </message>
        <message>
            <source>error: the disk is full: the database could not grow; the photos of earlier checkpoints are kept. Free some space and import again.</source>
            <translation>erreur : le disque est plein, la base de données ne peut plus grandir ; les photos des étapes précédentes sont conservées. Libérez de la place et relancez l'import.</translation>
        </message>
        <message numerus="yes">
            <source>%n imported</source>
            <translation>
                <numerusform>%n importée</numerusform>
                <numerusform>%n importées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicates</source>
            <translation>
                <numerusform>%n doublon</numerusform>
                <numerusform>%n doublons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>%n erreur</numerusform>
                <numerusform>%n erreurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without position</source>
            <translation>
                <numerusform>%n sans position</numerusform>
                <numerusform>%n sans position</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new cameras</source>
            <translation>
                <numerusform>%n nouvelle caméra</numerusform>
                <numerusform>%n nouvelles caméras</numerusform>
            </translation>
        </message>
        <message>
            <source>the vendor catalogue</source>
            <translation>le catalogue des fabricants</translation>
        </message>
        <message>
            <source>model number or label text to identify</source>
            <translation>référence ou texte de l'étiquette à identifier</translation>
        </message>
        <message>
            <source>vendors identify needs a model number or label text</source>
            <translation>vendors identify attend une référence ou le texte d'une étiquette</translation>
        </message>
        <message>
            <source>no vendor recognised (vendor unknown is a valid answer)</source>
            <translation>aucun fabricant reconnu (« fabricant inconnu » est une réponse valable)</translation>
        </message>
        <message>
            <source>FCC Covered List</source>
            <translation>liste FCC</translation>
        </message>
        <message>
            <source>brands: {names}</source>
            <translation>marques : {names}</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>who is watched: public street, private outdoor, indoor</source>
            <translation>qui est filmé : rue publique, extérieur privé, intérieur</translation>
        </message>
        <message>
            <source>what it is</source>
            <translation>ce que c'est</translation>
        </message>
        <message>
            <source>what it watches</source>
            <translation>ce qu'elle surveille</translation>
        </message>
        <message>
            <source>housing: fixed, panning, dome</source>
            <translation>boîtier : fixe, orientable, dôme</translation>
        </message>
        <message>
            <source>what it is fixed to</source>
            <translation>sur quoi elle est fixée</translation>
        </message>
        <message>
            <source>where it looks</source>
            <translation>où elle regarde</translation>
        </message>
        <message>
            <source>metres above ground</source>
            <translation>mètres au-dessus du sol</translation>
        </message>
        <message>
            <source>who runs it</source>
            <translation>qui l'exploite</translation>
        </message>
        <message>
            <source>the true maker</source>
            <translation>le vrai fabricant</translation>
        </message>
        <message>
            <source>maker's Q-id</source>
            <translation>identifiant Wikidata (Q…) du fabricant</translation>
        </message>
        <message>
            <source>the label on the housing</source>
            <translation>la marque inscrite sur le boîtier</translation>
        </message>
        <message>
            <source>the model number</source>
            <translation>la référence du modèle</translation>
        </message>
        <message>
            <source>seen = label or model read; shape = judged by its look; unknown</source>
            <translation>seen = marque ou modèle lu ; shape = jugé à son allure ; unknown = inconnu</translation>
        </message>
        <message>
            <source>present, removed, not_found</source>
            <translation>present (présente), removed (retirée), not_found (introuvable)</translation>
        </message>
        <message>
            <source>last seen, YYYY-MM-DD</source>
            <translation>vue pour la dernière fois, AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>the volunteer's notes</source>
            <translation>les notes du bénévole</translation>
        </message>
    </context>
    <context>
        <name>osm</name>
        <message>
            <source>public</source>
            <translation>espace public</translation>
        </message>
        <message>
            <source>outdoor</source>
            <translation>extérieur</translation>
        </message>
        <message>
            <source>indoor</source>
            <translation>intérieur</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>caméra</translation>
        </message>
        <message>
            <source>ALPR</source>
            <translation>lecture de plaques (LAPI)</translation>
        </message>
        <message>
            <source>guard</source>
            <translation>gardien</translation>
        </message>
        <message>
            <source>gunshot_detector</source>
            <translation>détecteur de coups de feu</translation>
        </message>
        <message>
            <source>town</source>
            <translation>ville</translation>
        </message>
        <message>
            <source>traffic</source>
            <translation>circulation</translation>
        </message>
        <message>
            <source>parking</source>
            <translation>parking</translation>
        </message>
        <message>
            <source>shop</source>
            <translation>commerce</translation>
        </message>
        <message>
            <source>bank</source>
            <translation>banque</translation>
        </message>
        <message>
            <source>building</source>
            <translation>bâtiment</translation>
        </message>
        <message>
            <source>entrance</source>
            <translation>entrée</translation>
        </message>
        <message>
            <source>public_transport_platform</source>
            <translation>quai de transport public</translation>
        </message>
        <message>
            <source>corridor</source>
            <translation>couloir</translation>
        </message>
        <message>
            <source>atm</source>
            <translation>distributeur de billets</translation>
        </message>
        <message>
            <source>fixed</source>
            <translation>fixe</translation>
        </message>
        <message>
            <source>panning</source>
            <translation>orientable</translation>
        </message>
        <message>
            <source>dome</source>
            <translation>dôme</translation>
        </message>
        <message>
            <source>panorama</source>
            <translation>panoramique</translation>
        </message>
        <message>
            <source>doorbell</source>
            <translation>interphone vidéo</translation>
        </message>
        <message>
            <source>wall</source>
            <translation>mur</translation>
        </message>
        <message>
            <source>pole</source>
            <translation>poteau</translation>
        </message>
        <message>
            <source>ceiling</source>
            <translation>plafond</translation>
        </message>
        <message>
            <source>street_lamp</source>
            <translation>lampadaire</translation>
        </message>
        <message>
            <source>traffic_signal</source>
            <translation>feu de circulation</translation>
        </message>
        <message>
            <source>tree</source>
            <translation>arbre</translation>
        </message>
        <message>
            <source>seen</source>
            <translation>vu (marque ou modèle lu)</translation>
        </message>
        <message>
            <source>shape</source>
            <translation>jugé à l'allure</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>present</source>
            <translation>présente</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>retirée</translation>
        </message>
        <message>
            <source>not_found</source>
            <translation>introuvable</translation>
        </message>
    </context>
</TS>
