<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>BlurEditor</name>
        <message>
            <source>Blur before sharing</source>
            <translation>Flouter avant le partage</translation>
        </message>
        <message>
            <source>This is the copy that leaves the laptop. Drag to blur a rectangle; click a blurred region to leave it sharp, and click it again to blur it again.</source>
            <translation>Voici la copie qui quitte l’ordinateur. Faites glisser pour flouter un rectangle ; cliquez sur une zone floutée pour la laisser nette, et cliquez à nouveau pour la flouter de nouveau.</translation>
        </message>
        <message>
            <source>found and blurred</source>
            <translation>détecté et flouté</translation>
        </message>
        <message>
            <source>blurred by you</source>
            <translation>flouté par vous</translation>
        </message>
        <message>
            <source>left sharp by you</source>
            <translation>laissé net par vous</translation>
        </message>
        <message>
            <source>Making the shareable copy…</source>
            <translation>Préparation de la copie partageable…</translation>
        </message>
        <message numerus="yes">
            <source>%n regions blurred in the shared copy.</source>
            <translation>
                <numerusform>%n zone floutée dans la copie partagée.</numerusform>
                <numerusform>%n zones floutées dans la copie partagée.</numerusform>
            </translation>
        </message>
        <message>
            <source>This survey does not look for faces and plates.</source>
            <translation>Ce relevé ne recherche pas les visages ni les plaques.</translation>
        </message>
        <message>
            <source>Cannot show the shared copy: {error}</source>
            <translation>Impossible d’afficher la copie partagée : {error}</translation>
        </message>
    </context>
    <context>
        <name>CameraForm</name>
        <message>
            <source>Surveillance</source>
            <translation>Surveillance</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Camera type</source>
            <translation>Type de caméra</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>Fixation</translation>
        </message>
        <message>
            <source>Vendor confidence</source>
            <translation>Fabricant sûr ?</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Height (m)</source>
            <translation>Hauteur (m)</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Exploitant</translation>
        </message>
        <message>
            <source>Brand on housing</source>
            <translation>Marque sur le boîtier</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Check date</source>
            <translation>Vérifiée le</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>type a name or a brand (EZVIZ, Lorex…)</source>
            <translation>tapez un nom ou une marque (EZVIZ, Lorex…)</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Fabricant</translation>
        </message>
        <message>
            <source>e.g. {model}</source>
            <translation>p. ex. {model}</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Anything a reviewer should know</source>
            <translation>Ce qu’un relecteur doit savoir</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Metres above ground, e.g. 4.5</source>
            <translation>Mètres au-dessus du sol, p. ex. 4,5</translation>
        </message>
        <message>
            <source>FCC Covered List</source>
            <translation>Liste noire FCC</translation>
        </message>
        <message>
            <source>Not on Covered List</source>
            <translation>Pas sur la liste FCC</translation>
        </message>
        <message>
            <source>{field}: “{theirs}”, stored meanwhile by a sync or another program, was replaced by what you typed (Edit → Undo puts it back)</source>
            <translation>{field} : « {theirs} », enregistré entre-temps par une synchronisation ou un autre programme, a été remplacé par ce que vous avez saisi (Édition → Annuler le rétablit)</translation>
        </message>
        <message>
            <source>{line} (FCC Covered List)</source>
            <translation>{line} (liste noire FCC)</translation>
        </message>
        <message>
            <source>Looks like:</source>
            <translation>Ressemble à :</translation>
        </message>
        <message>
            <source>Use {vendor}</source>
            <translation>Choisir {vendor}</translation>
        </message>
    </context>
    <context>
        <name>CameraPanel</name>
        <message>
            <source>from the photos' GPS</source>
            <translation>d’après le GPS des photos</translation>
        </message>
        <message>
            <source>from the photos' XMP</source>
            <translation>d’après le XMP des photos</translation>
        </message>
        <message>
            <source>placed by hand</source>
            <translation>placée à la main</translation>
        </message>
        <message>
            <source>mean of merged cameras</source>
            <translation>moyenne des caméras fusionnées</translation>
        </message>
        <message>
            <source>from a GPX track</source>
            <translation>d’après une trace GPX</translation>
        </message>
        <message>
            <source>from the photos taken just before and after</source>
            <translation>d’après les photos prises juste avant et après</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync…&lt;/b&gt; (Ctrl+Shift+Y) brings the team's cameras to this laptop, and their newest changes at every sync. Import photos only of a walk of your own.</source>
            <translation>&lt;b&gt;Synchroniser…&lt;/b&gt; (Ctrl+Shift+Y) apporte les caméras de l’équipe sur cet ordinateur, et leurs dernières modifications à chaque synchronisation. N’importez des photos que d’une marche à vous.</translation>
        </message>
        <message>
            <source>Select a camera in the list or on the map to see its photos and what its volunteer recorded.</source>
            <translation>Choisissez une caméra dans la liste ou sur la carte pour voir ses photos et ce que son bénévole a noté.</translation>
        </message>
        <message>
            <source>Check the &lt;b&gt;Review&lt;/b&gt; tab for conflicts, new and changed cameras and likely duplicates between volunteers.</source>
            <translation>Consultez l’onglet &lt;b&gt;Vérification&lt;/b&gt; : conflits, caméras nouvelles et modifiées, doublons probables entre bénévoles.</translation>
        </message>
        <message>
            <source>Import the photos of your walk: drop a folder on this window, or &lt;b&gt;Import photos&lt;/b&gt; (Ctrl+I).</source>
            <translation>Importez les photos de votre balade : déposez un dossier sur cette fenêtre, ou &lt;b&gt;Importer des photos&lt;/b&gt; (Ctrl+I).</translation>
        </message>
        <message>
            <source>Photos taken a few metres and minutes apart become one camera.</source>
            <translation>Les photos prises à quelques mètres et minutes d’écart forment une caméra.</translation>
        </message>
        <message>
            <source>Select a camera in the list or on the map to see its photos and record what you saw: vendor, type, mount, direction.</source>
            <translation>Choisissez une caméra dans la liste ou sur la carte pour voir ses photos et noter ce que vous avez vu : fabricant, type, fixation, direction.</translation>
        </message>
        <message>
            <source>Check the &lt;b&gt;Warnings&lt;/b&gt; tab for likely duplicates and cameras without a position.</source>
            <translation>Consultez l’onglet &lt;b&gt;Alertes&lt;/b&gt; : doublons probables et caméras sans position.</translation>
        </message>
        <message>
            <source>How to start</source>
            <translation>Pour commencer</translation>
        </message>
        <message>
            <source>Merge into one camera</source>
            <translation>Fusionner en une caméra</translation>
        </message>
        <message>
            <source>The first selected camera keeps its values; empty ones are filled from the others</source>
            <translation>La première caméra choisie garde ses valeurs ; les champs vides sont remplis par les autres</translation>
        </message>
        <message>
            <source>Delete selected cameras…</source>
            <translation>Supprimer les caméras choisies…</translation>
        </message>
        <message>
            <source>Team review:</source>
            <translation>Vérification de l’équipe :</translation>
        </message>
        <message>
            <source>Back to the photos' GPS position</source>
            <translation>Revenir à la position GPS des photos</translation>
        </message>
        <message>
            <source>Undo the placement by hand: the mean of the photos' GPS positions</source>
            <translation>Annuler le placement à la main : la moyenne des positions GPS des photos</translation>
        </message>
        <message>
            <source>Double-click to open; select photos to split them off</source>
            <translation>Double-clic pour ouvrir ; choisissez des photos pour les séparer</translation>
        </message>
        <message>
            <source>Split off selected photos</source>
            <translation>Séparer les photos choisies</translation>
        </message>
        <message>
            <source>Delete camera…</source>
            <translation>Supprimer la caméra…</translation>
        </message>
        <message>
            <source>Show the camera it went into</source>
            <translation>Afficher la caméra qui l’a reçue</translation>
        </message>
        <message>
            <source>Put what you typed on the camera it went into</source>
            <translation>Reporter ce que vous avez saisi sur la caméra qui l’a reçue</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras selected.</source>
            <translation>
                <numerusform>%n caméra choisie.</numerusform>
                <numerusform>%n caméras choisies.</numerusform>
            </translation>
        </message>
        <message>
            <source>Merging keeps every photo; the first selected camera's values win, empty ones are filled from the others and notes are joined.</source>
            <translation>La fusion garde toutes les photos ; les valeurs de la première caméra choisie l’emportent, les champs vides sont remplis par les autres et les notes sont réunies.</translation>
        </message>
        <message>
            <source>Camera (vendor not identified yet)</source>
            <translation>Caméra (fabricant pas encore identifié)</translation>
        </message>
        <message>
            <source>No position yet: click the map to place it.</source>
            <translation>Pas encore de position : cliquez sur la carte pour la placer.</translation>
        </message>
        <message>
            <source>No position yet.</source>
            <translation>Pas encore de position.</translation>
        </message>
        <message>
            <source>(± {metres} m)</source>
            <translation>(± {metres} m)</translation>
        </message>
        <message>
            <source>changed since last sync</source>
            <translation>modifiée depuis la dernière synchro</translation>
        </message>
        <message>
            <source>a change refused by the server: see Sync</source>
            <translation>une modification refusée par le serveur : voir Synchroniser</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>synchronisée</translation>
        </message>
        <message numerus="yes">
            <source>%n photos</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>camera {id}</source>
            <translation>caméra {id}</translation>
        </message>
        <message>
            <source>bearing {degrees}°</source>
            <translation>orientation {degrees}°</translation>
        </message>
        <message>
            <source>no time</source>
            <translation>sans heure</translation>
        </message>
        <message>
            <source>Mapped by {owner}: your changes reach them with the next sync.</source>
            <translation>Cartographiée par {owner} : vos modifications lui parviennent à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Mapped by {owner}: only they or a reviewer can change it.</source>
            <translation>Cartographiée par {owner} : seule cette personne ou un relecteur peut la modifier.</translation>
        </message>
        <message>
            <source>Your decision reaches the team with the next sync</source>
            <translation>Votre décision parvient à l’équipe à la prochaine synchronisation</translation>
        </message>
        <message>
            <source>Set by the team's reviewers (the server says at each sync who is one)</source>
            <translation>Choisie par les relecteurs de l’équipe (le serveur dit à chaque synchronisation qui en est un)</translation>
        </message>
        <message>
            <source>This verified camera has no position: the published map shows it once it is placed.</source>
            <translation>Cette caméra vérifiée n’a pas de position : la carte publiée la montrera une fois qu’elle sera placée.</translation>
        </message>
        <message numerus="yes">
            <source>Split off %n photos</source>
            <translation>
                <numerusform>Séparer %n photo</numerusform>
                <numerusform>Séparer %n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>This camera was merged into camera {camera} by {who} (brought by a sync).</source>
            <translation>Cette caméra a été fusionnée dans la caméra {camera} par {who} (fusion reçue par une synchronisation).</translation>
        </message>
        <message>
            <source>This camera was merged into camera {camera} (brought by a sync).</source>
            <translation>Cette caméra a été fusionnée dans la caméra {camera} (fusion reçue par une synchronisation).</translation>
        </message>
        <message>
            <source>What you typed has not been saved: {typed}.</source>
            <translation>Ce que vous avez saisi n’a pas été enregistré : {typed}.</translation>
        </message>
        <message>
            <source>Camera {camera} is a teammate's: only they or a reviewer can change it.</source>
            <translation>La caméra {camera} est celle d’un coéquipier : seule cette personne ou un relecteur peut la modifier.</translation>
        </message>
        <message>
            <source>The camera was merged into camera {camera} by {who} (brought by a sync): what you typed was not saved ({typed})</source>
            <translation>La caméra a été fusionnée dans la caméra {camera} par {who} (fusion reçue par une synchronisation) : ce que vous avez saisi n’a pas été enregistré ({typed})</translation>
        </message>
        <message>
            <source>The camera was merged into camera {camera} (brought by a sync): what you typed was not saved ({typed})</source>
            <translation>La caméra a été fusionnée dans la caméra {camera} (fusion reçue par une synchronisation) : ce que vous avez saisi n’a pas été enregistré ({typed})</translation>
        </message>
        <message>
            <source>The camera was deleted meanwhile (by a sync or another program): what you typed was not saved ({typed})</source>
            <translation>La caméra a été supprimée entre-temps (par une synchronisation ou un autre programme) : ce que vous avez saisi n’a pas été enregistré ({typed})</translation>
        </message>
    </context>
    <context>
        <name>CameraSide</name>
        <message>
            <source>Loading the photos…</source>
            <translation>Chargement des photos…</translation>
        </message>
        <message>
            <source>Previous photo</source>
            <translation>Photo précédente</translation>
        </message>
        <message>
            <source>Next photo</source>
            <translation>Photo suivante</translation>
        </message>
        <message>
            <source>Download the photo</source>
            <translation>Télécharger la photo</translation>
        </message>
        <message>
            <source>Bring its shared copy (blurred, without personal data) from the team's server</source>
            <translation>Rapporter sa copie partagée (floutée, sans données personnelles) du serveur de l’équipe</translation>
        </message>
        <message>
            <source>This camera is gone (merged or deleted meanwhile).</source>
            <translation>Cette caméra n’existe plus (fusionnée ou supprimée entre-temps).</translation>
        </message>
        <message>
            <source>Vendor and type not recorded yet</source>
            <translation>Fabricant et type pas encore notés</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Aucune photo</translation>
        </message>
        <message>
            <source>photo {index} of {count}</source>
            <translation>photo {index} sur {count}</translation>
        </message>
        <message>
            <source>no time</source>
            <translation>sans heure</translation>
        </message>
        <message>
            <source>Cannot open the photo: {error}</source>
            <translation>Impossible d’ouvrir la photo : {error}</translation>
        </message>
        <message>
            <source>Downloading the photo from the team's server…</source>
            <translation>Téléchargement de la photo depuis le serveur de l’équipe…</translation>
        </message>
        <message>
            <source>The photo could not be downloaded: {reason}</source>
            <translation>La photo n’a pas pu être téléchargée : {reason}</translation>
        </message>
    </context>
    <context>
        <name>CameraTable</name>
        <message>
            <source>exif</source>
            <translation>EXIF</translation>
        </message>
        <message>
            <source>xmp</source>
            <translation>XMP</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>à la main</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>fusion</translation>
        </message>
        <message>
            <source>gpx</source>
            <translation>GPX</translation>
        </message>
        <message>
            <source>neighbours</source>
            <translation>voisines</translation>
        </message>
        <message>
            <source>No position yet</source>
            <translation>Pas encore de position</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>unverified</source>
            <translation>non vérifiée</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>vérifiée</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>contestée</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>retirée</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>à envoyer</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refusée</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>envoyée</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Fabricant</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>Fixation</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Vérifiée</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchro</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Prise</translation>
        </message>
        <message>
            <source>Search vendor, model, street, type… (Ctrl+F)</source>
            <translation>Chercher fabricant, modèle, rue, type… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Any vendor</source>
            <translation>Tous les fabricants</translation>
        </message>
        <message>
            <source>Vendor unknown</source>
            <translation>Fabricant inconnu</translation>
        </message>
        <message>
            <source>{vendor} (covered)</source>
            <translation>{vendor} (liste FCC)</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Type unknown</source>
            <translation>Type inconnu</translation>
        </message>
        <message>
            <source>Any review</source>
            <translation>Toute vérification</translation>
        </message>
        <message>
            <source>Covered List</source>
            <translation>Liste FCC</translation>
        </message>
        <message>
            <source>Only vendors on the US FCC Covered List</source>
            <translation>Seulement les fabricants sur la liste noire de la FCC américaine</translation>
        </message>
        <message>
            <source>No position</source>
            <translation>Sans position</translation>
        </message>
        <message>
            <source>Unsynced</source>
            <translation>Non envoyées</translation>
        </message>
        <message>
            <source>Cameras with a change waiting to sync, or one the server refused</source>
            <translation>Caméras ayant une modification en attente de synchronisation, ou refusée par le serveur</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras</source>
            <translation>
                <numerusform>%n caméra</numerusform>
                <numerusform>%n caméras</numerusform>
            </translation>
        </message>
        <message>
            <source>No camera matches (of {total})</source>
            <translation>Aucune caméra ne correspond (sur {total})</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>CameraTableModel</name>
        <message>
            <source>vendor unknown</source>
            <translation>fabricant inconnu</translation>
        </message>
        <message>
            <source>model {model}</source>
            <translation>modèle {model}</translation>
        </message>
        <message>
            <source>on the FCC Covered List</source>
            <translation>sur la liste noire FCC</translation>
        </message>
    </context>
    <context>
        <name>Compass</name>
        <message>
            <source>Where the phone pointed (GPS bearing)</source>
            <translation>Où pointait le téléphone (orientation GPS)</translation>
        </message>
        <message>
            <source>N</source>
            <comment>north</comment>
            <translation>N</translation>
        </message>
    </context>
    <context>
        <name>DirectionEdit</name>
        <message>
            <source>unknown</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <source>Degrees clockwise from north (135), a compass point (SE) or 90-270</source>
            <translation>Degrés depuis le nord, dans le sens horaire (135), un point cardinal (SE) ou 90-270</translation>
        </message>
        <message>
            <source>Drag to set the direction (north is up)</source>
            <translation>Faites glisser pour régler la direction (le nord est en haut)</translation>
        </message>
        <message>
            <source>Use photo bearing {degrees}°</source>
            <translation>Prendre l’orientation {degrees}° de la photo</translation>
        </message>
        <message>
            <source>unknown (photo bearing {degrees}°)</source>
            <translation>inconnue (photo : {degrees}°)</translation>
        </message>
    </context>
    <context>
        <name>DownloadDialog</name>
        <message>
            <source>Download this area for offline use</source>
            <translation>Télécharger cette zone pour l’utiliser hors ligne</translation>
        </message>
        <message>
            <source>This tile server's terms allow downloading its tiles</source>
            <translation>Les conditions de ce serveur de tuiles permettent de télécharger ses tuiles</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Télécharger</translation>
        </message>
        <message>
            <source>Tile server</source>
            <translation>Serveur de tuiles</translation>
        </message>
        <message>
            <source>From zoom</source>
            <translation>Du zoom</translation>
        </message>
        <message>
            <source>To zoom</source>
            <translation>Au zoom</translation>
        </message>
        <message>
            <source>{count} tiles, about {size}</source>
            <translation>{count} tuiles, environ {size}</translation>
        </message>
        <message>
            <source>too many: choose fewer zooms or a smaller area</source>
            <translation>trop : choisissez moins de niveaux de zoom ou une zone plus petite</translation>
        </message>
        <message>
            <source>Cancelled: nothing was kept.</source>
            <translation>Annulé : rien n’a été gardé.</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Téléchargement…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>{done} of {total} tiles, {size}</source>
            <translation>{done} tuiles sur {total}, {size}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>{count} tiles saved for offline use ({size}).</source>
            <translation>{count} tuiles enregistrées pour l’usage hors ligne ({size}).</translation>
        </message>
    </context>
    <context>
        <name>DuplicateDialog</name>
        <message>
            <source>One camera or two?</source>
            <translation>Une caméra ou deux ?</translation>
        </message>
        <message>
            <source>These two cameras are {metres} m apart and of the same vendor and type. Do the photos show one camera?</source>
            <translation>Ces deux caméras sont à {metres} m l’une de l’autre, du même fabricant et du même type. Les photos montrent-elles une seule caméra ?</translation>
        </message>
        <message>
            <source>Merge: one camera</source>
            <translation>Fusionner : une seule caméra</translation>
        </message>
        <message>
            <source>Merge the newer camera into the older one (Edit → Undo takes it back)</source>
            <translation>Fusionner la caméra la plus récente dans la plus ancienne (Édition → Annuler la défait)</translation>
        </message>
        <message>
            <source>Not the same</source>
            <translation>Pas la même</translation>
        </message>
        <message>
            <source>Two cameras: remembered, also for the team, so the warning goes away</source>
            <translation>Deux caméras : c’est retenu, aussi pour l’équipe, et l’avertissement disparaît</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Décider plus tard</translation>
        </message>
        <message>
            <source>Another volunteer mapped one of them: only a reviewer can merge them</source>
            <translation>L’une d’elles a été cartographiée par un autre bénévole : seul un relecteur peut les fusionner</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>the {edit} was set aside (it stays as it is), but {error}</source>
            <translation>l’opération « {edit} » a été mise de côté (elle reste telle quelle), mais {error}</translation>
        </message>
        <message>
            <source>Redo again sets the {edit} aside (it stays undone) and redoes the {before} after it.</source>
            <translation>Rétablir à nouveau met l’opération « {edit} » de côté (elle reste annulée) et rétablit l’opération « {before} » d’après.</translation>
        </message>
        <message>
            <source>Redo again sets the {edit} aside (it stays undone).</source>
            <translation>Rétablir à nouveau met l’opération « {edit} » de côté (elle reste annulée).</translation>
        </message>
        <message>
            <source>Undo again sets the {edit} aside (it stays as it is) and undoes the {before} before it.</source>
            <translation>Annuler à nouveau met l’opération « {edit} » de côté (elle reste telle quelle) et annule l’opération « {before} » d’avant.</translation>
        </message>
        <message>
            <source>Undo again sets the {edit} aside (it stays as it is).</source>
            <translation>Annuler à nouveau met l’opération « {edit} » de côté (elle reste telle quelle).</translation>
        </message>
        <message>
            <source>The edit was not saved: {error}</source>
            <translation>La modification n’a pas été enregistrée : {error}</translation>
        </message>
        <message>
            <source>the {edit} was set aside (it stays undone), but {error}</source>
            <translation>l’opération « {edit} » a été mise de côté (elle reste annulée), mais {error}</translation>
        </message>
        <message>
            <source>The move was not saved: {error}</source>
            <translation>Le déplacement n’a pas été enregistré : {error}</translation>
        </message>
        <message>
            <source>The review was not saved: {error}</source>
            <translation>La vérification n’a pas été enregistrée : {error}</translation>
        </message>
        <message>
            <source>The merge was not saved: {error}</source>
            <translation>La fusion n’a pas été enregistrée : {error}</translation>
        </message>
        <message>
            <source>The split was not saved: {error}</source>
            <translation>La séparation n’a pas été enregistrée : {error}</translation>
        </message>
        <message>
            <source>The decision was not saved: {error}</source>
            <translation>La décision n’a pas été enregistrée : {error}</translation>
        </message>
        <message>
            <source>The deletion was not saved: {error}</source>
            <translation>La suppression n’a pas été enregistrée : {error}</translation>
        </message>
        <message>
            <source>Nothing was undone: {error}</source>
            <translation>Rien n’a été annulé : {error}</translation>
        </message>
        <message>
            <source>Nothing was redone: {error}</source>
            <translation>Rien n’a été rétabli : {error}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the survey</source>
            <translation>Exporter le relevé</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>All cameras</source>
            <translation>Toutes les caméras</translation>
        </message>
        <message numerus="yes">
            <source>The %n cameras the list shows (filtered)</source>
            <translation>
                <numerusform>%n caméra que montre la liste (filtrée)</numerusform>
                <numerusform>Les %n caméras que montre la liste (filtrée)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n selected cameras</source>
            <translation>
                <numerusform>%n caméra sélectionnée</numerusform>
                <numerusform>Les %n caméras sélectionnées</numerusform>
            </translation>
        </message>
        <message>
            <source>Only the cameras the team's reviewers verified</source>
            <translation>Seulement les caméras vérifiées par les relecteurs de l’équipe</translation>
        </message>
        <message>
            <source>Dates only, no times of day (for publication)</source>
            <translation>Dates seulement, sans heure (pour publication)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Caméras</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exporter vers</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>Annulé ; aucun fichier n’a été écrit.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export en cours…</translation>
        </message>
        <message numerus="yes">
            <source>Exported the GeoJSON and %n photos to {path}</source>
            <translation>
                <numerusform>GeoJSON et %n photo exportés dans {path}</numerusform>
                <numerusform>GeoJSON et %n photos exportés dans {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n cameras to {path}</source>
            <translation>
                <numerusform>%n caméra exportée dans {path}</numerusform>
                <numerusform>%n caméras exportées dans {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras without a position were left out: place them on the map first</source>
            <translation>
                <numerusform>%n caméra sans position a été laissée de côté : placez-la d’abord sur la carte</numerusform>
                <numerusform>%n caméras sans position ont été laissées de côté : placez-les d’abord sur la carte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos are counted but not named in the file: they have no shared copy yet (the next sync makes them; the zip makes its own)</source>
            <translation>
                <numerusform>%n photo est comptée mais pas nommée dans le fichier : elle n’a pas encore de copie partagée (la prochaine synchronisation la crée ; le zip crée la sienne)</numerusform>
                <numerusform>%n photos sont comptées mais pas nommées dans le fichier : elles n’ont pas encore de copie partagée (la prochaine synchronisation les crée ; le zip crée les siennes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos were left out: their files are damaged (the zip's README.txt names them)</source>
            <translation>
                <numerusform>%n photo a été laissée de côté : son fichier est endommagé (le README.txt du zip la nomme)</numerusform>
                <numerusform>%n photos ont été laissées de côté : leurs fichiers sont endommagés (le README.txt du zip les nomme)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export failed: {error}</source>
            <translation>L’export a échoué : {error}</translation>
        </message>
    </context>
    <context>
        <name>GeotagDialog</name>
        <message>
            <source>Geotag photos without GPS</source>
            <translation>Géolocaliser les photos sans GPS</translation>
        </message>
        <message>
            <source>From a GPS track</source>
            <translation>À partir d’une trace GPS</translation>
        </message>
        <message>
            <source>From the same device's photos taken just before and after</source>
            <translation>À partir des photos du même appareil prises juste avant et après</translation>
        </message>
        <message>
            <source>a GPX file from the phone's logger app</source>
            <translation>un fichier GPX de l’application d’enregistrement du téléphone</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>automatic, or e.g. +02:00:00</source>
            <translation>automatique, ou par ex. +02:00:00</translation>
        </message>
        <message>
            <source>s</source>
            <comment>seconds</comment>
            <translation>s</translation>
        </message>
        <message>
            <source>Track:</source>
            <translation>Trace :</translation>
        </message>
        <message>
            <source>Clock offset from UTC:</source>
            <translation>Décalage de l’horloge par rapport à UTC :</translation>
        </message>
        <message>
            <source>Time zone of photos without one:</source>
            <translation>Fuseau horaire des photos qui n’en ont pas :</translation>
        </message>
        <message>
            <source>Largest gap between fixes:</source>
            <translation>Plus grand écart entre deux points :</translation>
        </message>
        <message>
            <source>Neighbours within:</source>
            <translation>Voisines à moins de :</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Prise</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Décalage</translation>
        </message>
        <message>
            <source>New place</source>
            <translation>Nouvel emplacement</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Déplacée de</translation>
        </message>
        <message>
            <source>Use as its true time</source>
            <translation>Utiliser comme heure réelle</translation>
        </message>
        <message>
            <source>Clock check: the chosen photo was taken at</source>
            <translation>Vérification de l’horloge : la photo choisie a été prise à</translation>
        </message>
        <message>
            <source>…or click on the track where it was taken (the wheel zooms in to the streets); the offset applies to its device.</source>
            <translation>…ou cliquez sur la trace là où elle a été prise (la molette zoome jusqu’aux rues) ; le décalage s’applique à son appareil.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>Undo last geotagging</source>
            <translation>Annuler la dernière géolocalisation</translation>
        </message>
        <message>
            <source>GPS track</source>
            <translation>Trace GPS</translation>
        </message>
        <message>
            <source>GPS tracks (*.gpx)</source>
            <translation>Traces GPS (*.gpx)</translation>
        </message>
        <message>
            <source>Choose a GPS track (a .gpx file) first.</source>
            <translation>Choisissez d’abord une trace GPS (un fichier .gpx).</translation>
        </message>
        <message>
            <source>Reading the track…</source>
            <translation>Lecture de la trace…</translation>
        </message>
        <message>
            <source>Reading the track was cancelled.</source>
            <translation>La lecture de la trace a été annulée.</translation>
        </message>
        <message>
            <source>Working out where each photo goes…</source>
            <translation>Calcul de l’emplacement de chaque photo…</translation>
        </message>
        <message>
            <source>Clock offsets (wall clock minus UTC):</source>
            <translation>Décalages d’horloge (heure affichée moins UTC) :</translation>
        </message>
        <message numerus="yes">
            <source>{device}: {offset} from {source}, %n photos</source>
            <translation>
                <numerusform>{device} : {offset} d’après {source}, %n photo</numerusform>
                <numerusform>{device} : {offset} d’après {source}, %n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>Use {offset}</source>
            <translation>Utiliser {offset}</translation>
        </message>
        <message>
            <source>{metres} m</source>
            <translation>{metres} m</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nouvelle</translation>
        </message>
        <message>
            <source>{placed}; {refused}.</source>
            <translation>{placed} ; {refused}.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos can be placed</source>
            <translation>
                <numerusform>%n photo peut être placée</numerusform>
                <numerusform>%n photos peuvent être placées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot</source>
            <translation>
                <numerusform>%n ne peut pas l’être</numerusform>
                <numerusform>%n ne peuvent pas l’être</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is changed until you apply.</source>
            <translation>Rien n’est modifié avant que vous appliquiez.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos are in cameras placed by hand: the photos get their new position, the cameras keep their place.</source>
            <translation>
                <numerusform>%n photo est dans une caméra placée à la main : la photo prend sa nouvelle position, la caméra garde sa place.</numerusform>
                <numerusform>%n photos sont dans des caméras placées à la main : les photos prennent leur nouvelle position, les caméras gardent leur place.</numerusform>
            </translation>
        </message>
        <message>
            <source>The track runs from {start} to {end} ({zone}).</source>
            <translation>La trace va du {start} au {end} ({zone}).</translation>
        </message>
        <message>
            <source>Choose a photo in the list and a time zone first.</source>
            <translation>Choisissez d’abord une photo dans la liste et un fuseau horaire.</translation>
        </message>
        <message>
            <source>Choose a photo in the list, then click where it was taken.</source>
            <translation>Choisissez une photo dans la liste, puis cliquez là où elle a été prise.</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras joined a camera nearby (taken within 15 m and 10 min).</source>
            <translation>
                <numerusform>%n caméra a rejoint une caméra proche (prise à moins de 15 m et 10 min).</numerusform>
                <numerusform>%n caméras ont rejoint une caméra proche (prises à moins de 15 m et 10 min).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras placed by hand kept their place; their photos were geotagged all the same.</source>
            <translation>
                <numerusform>%n caméra placée à la main a gardé sa place ; ses photos ont été géolocalisées quand même.</numerusform>
                <numerusform>%n caméras placées à la main ont gardé leur place ; leurs photos ont été géolocalisées quand même.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos geotagged.</source>
            <translation>
                <numerusform>%n photo géolocalisée.</numerusform>
                <numerusform>%n photos géolocalisées.</numerusform>
            </translation>
        </message>
        <message>
            <source>“Undo last geotagging” puts them back.</source>
            <translation>« Annuler la dernière géolocalisation » les remet en place.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos put back where they were.</source>
            <translation>
                <numerusform>%n photo remise où elle était.</numerusform>
                <numerusform>%n photos remises où elles étaient.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HelpGuide</name>
        <message>
            <source>Using SurveyApp</source>
            <translation>Utiliser SurveyApp</translation>
        </message>
        <message>
            <source>The walk</source>
            <translation>La marche</translation>
        </message>
        <message>
            <source>Photograph each camera from where you can see it, pointing the phone at it: the photo keeps the position, the time and the direction the phone faced. Two or three photos of one camera, a few metres apart, are one camera here.</source>
            <translation>Photographiez chaque caméra depuis l’endroit d’où vous la voyez, le téléphone pointé vers elle : la photo garde la position, l’heure et la direction du téléphone. Deux ou trois photos d’une caméra, à quelques mètres d’écart, font ici une seule caméra.</translation>
        </message>
        <message>
            <source>The import</source>
            <translation>L’import</translation>
        </message>
        <message>
            <source>Import photos… (or drop a card's folder on the window) copies the photos into the survey's library; photos already there are skipped, other files are counted and left alone. The summary lists what needs a look: photos without a position (place them by clicking the map), without a time, or damaged.</source>
            <translation>Importer des photos… (ou déposer le dossier d’une carte sur la fenêtre) copie les photos dans la bibliothèque du relevé ; les photos déjà présentes sont ignorées, les autres fichiers sont comptés et laissés de côté. Le résumé liste ce qui demande un coup d’œil : photos sans position (placez-les en cliquant sur la carte), sans heure, ou endommagées.</translation>
        </message>
        <message>
            <source>Identifying</source>
            <translation>Identifier</translation>
        </message>
        <message>
            <source>Select a camera in the list or on the map and fill in what you saw: vendor, type, mount, direction. Type the model number printed on the label: the panel says which vendor it looks like. Vendor unknown is a valid answer.</source>
            <translation>Sélectionnez une caméra dans la liste ou sur la carte et notez ce que vous avez vu : fabricant, type, support, direction. Tapez le numéro de modèle imprimé sur l’étiquette : le panneau dit à quel fabricant il ressemble. « Fabricant inconnu » est une réponse valable.</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Synchroniser</translation>
        </message>
        <message>
            <source>Sync… sends your cameras and photos to the team's server and brings back everyone else's. It can be stopped and run again at any time: nothing is lost or sent twice.</source>
            <translation>Synchroniser… envoie vos caméras et photos au serveur de l’équipe et rapporte celles des autres. On peut l’arrêter et la relancer à tout moment : rien n’est perdu ni envoyé deux fois.</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Vie privée</translation>
        </message>
        <message>
            <source>Photos leave this laptop only through a sync you start, as copies without personal metadata; faces and licence plates can be blurred first (Camera → Blur before sharing…). Before a first sync, the window shows what will be shared.</source>
            <translation>Les photos ne quittent cet ordinateur que par une synchronisation que vous lancez, en copies sans métadonnées personnelles ; visages et plaques peuvent d’abord être floutés (Caméra → Flouter avant de partager…). Avant une première synchronisation, la fenêtre montre ce qui sera partagé.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>The survey is the file {database}; its photos are in {library}.</source>
            <translation>Le relevé est le fichier {database} ; ses photos sont dans {library}.</translation>
        </message>
        <message>
            <source>Where your data is</source>
            <translation>Où sont vos données</translation>
        </message>
    </context>
    <context>
        <name>HousingSketch</name>
        <message>
            <source>logo</source>
            <translation>logo</translation>
        </message>
        <message>
            <source>label</source>
            <translation>étiquette</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import photos</source>
            <translation>Importer des photos</translation>
        </message>
        <message>
            <source>Looking for photos…</source>
            <translation>Recherche des photos…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop after the current photo; what is imported is kept</source>
            <translation>S’arrêter après cette photo ; ce qui est importé est gardé</translation>
        </message>
        <message>
            <source>Importing photo {done} of {total}</source>
            <translation>Import de la photo {done} sur {total}</translation>
        </message>
        <message>
            <source>Stopping after this photo…</source>
            <translation>Arrêt après cette photo…</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import terminé</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Import annulé</translation>
        </message>
        <message>
            <source>The import stopped</source>
            <translation>L’import s’est arrêté</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>ImportSummaryView</name>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Raison</translation>
        </message>
        <message>
            <source>Files that were not imported, and photos that need a look:</source>
            <translation>Fichiers non importés, et photos à vérifier :</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>sans position</translation>
        </message>
        <message>
            <source>The photo has no GPS position.</source>
            <translation>La photo n’a pas de position GPS.</translation>
        </message>
        <message>
            <source>no time</source>
            <translation>sans heure</translation>
        </message>
        <message>
            <source>The photo does not say when it was taken.</source>
            <translation>La photo ne dit pas quand elle a été prise.</translation>
        </message>
        <message>
            <source>damaged picture</source>
            <translation>image endommagée</translation>
        </message>
        <message>
            <source>clocks disagree</source>
            <translation>horloges en désaccord</translation>
        </message>
        <message numerus="yes">
            <source>%n new cameras</source>
            <comment>after: N photos imported into</comment>
            <translation>
                <numerusform>%n nouvelle caméra</numerusform>
                <numerusform>%n nouvelles caméras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos imported into {cameras}</source>
            <translation>
                <numerusform>%n photo importée dans {cameras}</numerusform>
                <numerusform>%n photos importées dans {cameras}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n originals restored in the library</source>
            <translation>
                <numerusform>%n original remis en place dans la bibliothèque</numerusform>
                <numerusform>%n originaux remis en place dans la bibliothèque</numerusform>
            </translation>
        </message>
        <message>
            <source>(cancelled: what was imported is kept)</source>
            <translation>(annulé : ce qui est importé est gardé)</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importées</translation>
        </message>
        <message>
            <source>Already in the survey, original restored</source>
            <translation>Déjà dans le relevé, original remis en place</translation>
        </message>
        <message>
            <source>Already in the survey (skipped)</source>
            <translation>Déjà dans le relevé (ignorées)</translation>
        </message>
        <message>
            <source>Not imported (errors)</source>
            <translation>Non importées (erreurs)</translation>
        </message>
        <message>
            <source>Imported without a position</source>
            <translation>Importées sans position</translation>
        </message>
        <message>
            <source>Imported without a capture time</source>
            <translation>Importées sans heure de prise de vue</translation>
        </message>
        <message>
            <source>Imported with a damaged picture</source>
            <translation>Importées avec une image endommagée</translation>
        </message>
        <message>
            <source>Imported with two clocks that disagree</source>
            <translation>Importées avec deux horloges en désaccord</translation>
        </message>
        <message numerus="yes">
            <source>%n files skipped: not photos</source>
            <translation>
                <numerusform>%n fichier ignoré : pas une photo</numerusform>
                <numerusform>%n fichiers ignorés : pas des photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos carry notes on their metadata that need nothing from you (shown in each photo's details)</source>
            <translation>
                <numerusform>%n photo porte des remarques sur ses métadonnées qui ne demandent rien (affichées dans ses détails)</numerusform>
                <numerusform>%n photos portent des remarques sur leurs métadonnées qui ne demandent rien (affichées dans les détails de chaque photo)</numerusform>
            </translation>
        </message>
        <message>
            <source>not imported</source>
            <translation>non importée</translation>
        </message>
        <message>
            <source>folder not read</source>
            <translation>dossier non lu</translation>
        </message>
        <message>
            <source>Cameras without a position are listed under “No position”: select one and click the map where it is.</source>
            <translation>Les caméras sans position sont sous « Sans position » : choisissez-en une et cliquez sur la carte à son emplacement.</translation>
        </message>
        <message>
            <source>Photos whose original was missing from the library have it back: their exports, blurring and sync use it again.</source>
            <translation>Les photos dont l’original manquait dans la bibliothèque l’ont retrouvé : leurs exports, le floutage et la synchronisation l’utilisent de nouveau.</translation>
        </message>
        <message>
            <source>Photos already in the survey were skipped; nothing was copied twice.</source>
            <translation>Les photos déjà dans le relevé ont été ignorées ; rien n’a été copié deux fois.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>read-only</source>
            <translation>lecture seule</translation>
        </message>
        <message numerus="yes">
            <source>%n photos placed where their neighbours suggest</source>
            <translation>
                <numerusform>%n photo placée là où ses voisines l’indiquent</numerusform>
                <numerusform>%n photos placées là où leurs voisines l’indiquent</numerusform>
            </translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Caméras</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <source>The survey file was moved while SurveyApp had it open. It is now at {now}, with every change saved so far. SurveyApp saves no more changes to it from here: open it where it is now (Settings, Survey database, then start SurveyApp again).</source>
            <translation>Le fichier du relevé a été déplacé pendant que SurveyApp l’avait ouvert. Il est maintenant à {now}, avec toutes les modifications enregistrées jusqu’ici. SurveyApp n’y enregistre plus rien d’ici : ouvrez-le là où il est (Réglages, Base du relevé, puis redémarrez SurveyApp).</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Loading cameras…</source>
            <translation>Chargement des caméras…</translation>
        </message>
        <message>
            <source>Import photos…</source>
            <translation>Importer des photos…</translation>
        </message>
        <message>
            <source>Import photos or a folder</source>
            <translation>Importer des photos ou un dossier</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <source>Merge the selected cameras</source>
            <translation>Fusionner les caméras choisies</translation>
        </message>
        <message>
            <source>Split photos</source>
            <translation>Séparer des photos</translation>
        </message>
        <message>
            <source>Move the selected photos into a new camera</source>
            <translation>Mettre les photos choisies dans une nouvelle caméra</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected cameras</source>
            <translation>Supprimer les caméras choisies</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo your last edit</source>
            <translation>Annuler votre dernière modification</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Redo the edit undone last</source>
            <translation>Rétablir la dernière modification annulée</translation>
        </message>
        <message>
            <source>Next camera</source>
            <translation>Caméra suivante</translation>
        </message>
        <message>
            <source>Previous camera</source>
            <translation>Caméra précédente</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Chercher</translation>
        </message>
        <message>
            <source>Show all cameras</source>
            <translation>Voir toutes les caméras</translation>
        </message>
        <message>
            <source>Show photos large</source>
            <translation>Afficher les photos en grand</translation>
        </message>
        <message>
            <source>The selected camera's photos under the map, with previous, next and zoom</source>
            <translation>Les photos de la caméra sélectionnée sous la carte, avec précédente, suivante et zoom</translation>
        </message>
        <message>
            <source>Geotag from a GPS track…</source>
            <translation>Géolocaliser à partir d’une trace GPS…</translation>
        </message>
        <message>
            <source>Place photos without GPS from a GPS track or from the photos taken around them</source>
            <translation>Placer les photos sans GPS à partir d’une trace GPS ou des photos prises autour d’elles</translation>
        </message>
        <message>
            <source>Import already-mapped cameras…</source>
            <translation>Importer des caméras déjà cartographiées…</translation>
        </message>
        <message>
            <source>Load an OpenStreetMap (Overpass) or GeoJSON file of cameras others mapped</source>
            <translation>Charger un fichier OpenStreetMap (Overpass) ou GeoJSON de caméras cartographiées par d’autres</translation>
        </message>
        <message>
            <source>Sync…</source>
            <translation>Synchroniser…</translation>
        </message>
        <message>
            <source>Sync with the team's server</source>
            <translation>Synchroniser avec le serveur de l’équipe</translation>
        </message>
        <message>
            <source>Blur before sharing…</source>
            <translation>Flouter avant le partage…</translation>
        </message>
        <message>
            <source>See and correct what is blurred in the selected photo's shared copy</source>
            <translation>Voir et corriger ce qui est flouté dans la copie partagée de la photo choisie</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Réglages…</translation>
        </message>
        <message>
            <source>About SurveyApp</source>
            <translation>À propos de SurveyApp</translation>
        </message>
        <message>
            <source>Using SurveyApp</source>
            <translation>Utiliser SurveyApp</translation>
        </message>
        <message>
            <source>Identifying a camera</source>
            <translation>Identifier une caméra</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principale</translation>
        </message>
        <message>
            <source>&amp;Survey</source>
            <translation>&amp;Relevé</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Camera</source>
            <translation>&amp;Caméra</translation>
        </message>
        <message>
            <source>&amp;Map</source>
            <translation>Car&amp;te</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>The offline basemap cannot be used: {error}</source>
            <translation>Le fond de carte hors ligne est inutilisable : {error}</translation>
        </message>
        <message>
            <source>The survey file {path} was deleted while SurveyApp had it open. SurveyApp still holds it: save a copy now, or it is gone when SurveyApp closes. No change is saved until you open a copy.</source>
            <translation>Le fichier du relevé {path} a été supprimé pendant que SurveyApp l’avait ouvert. SurveyApp le détient encore : enregistrez-en une copie maintenant, sinon il disparaît à la fermeture de SurveyApp. Aucune modification n’est enregistrée tant que vous n’ouvrez pas une copie.</translation>
        </message>
        <message>
            <source>The survey file {path} was moved or deleted while SurveyApp had it open. SurveyApp saves no more changes to it; save a copy now if it was deleted.</source>
            <translation>Le fichier du relevé {path} a été déplacé ou supprimé pendant que SurveyApp l’avait ouvert. SurveyApp n’y enregistre plus rien ; enregistrez-en une copie maintenant s’il a été supprimé.</translation>
        </message>
        <message>
            <source>Survey file moved</source>
            <translation>Fichier du relevé déplacé</translation>
        </message>
        <message>
            <source>Survey file deleted</source>
            <translation>Fichier du relevé supprimé</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Enregistrer une copie…</translation>
        </message>
        <message>
            <source>{name} (saved copy)</source>
            <translation>{name} (copie enregistrée)</translation>
        </message>
        <message>
            <source>Save a copy of the survey</source>
            <translation>Enregistrer une copie du relevé</translation>
        </message>
        <message>
            <source>Choose another name: SurveyApp still uses {name} until it closes.</source>
            <translation>Choisissez un autre nom : SurveyApp utilise encore {name} jusqu’à sa fermeture.</translation>
        </message>
        <message>
            <source>The copy could not be saved: {error}</source>
            <translation>La copie n’a pas pu être enregistrée : {error}</translation>
        </message>
        <message>
            <source>Saved: {copy}. Its photos are in {library}: quit SurveyApp, give the copy the name {name} and open it.</source>
            <translation>Enregistrée : {copy}. Ses photos sont dans {library} : quittez SurveyApp, donnez à la copie le nom {name} et ouvrez-la.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Nothing waiting to sync</source>
            <translation>Rien à synchroniser</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n modification</numerusform>
                <numerusform>%n modifications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos waiting</source>
            <translation>
                <numerusform>%n photo en attente</numerusform>
                <numerusform>%n photos en attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos waiting for a teammate's laptop</source>
            <translation>
                <numerusform>%n photo attend l’ordinateur d’un coéquipier</numerusform>
                <numerusform>%n photos attendent l’ordinateur d’un coéquipier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n refusée</numerusform>
                <numerusform>%n refusées</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused some changes: no sync sends them again. Sync lists them with the reason; discarding one takes the server's values back.</source>
            <translation>Le serveur a refusé des modifications : aucune synchronisation ne les renvoie. Synchroniser les liste avec leur raison ; en abandonner une reprend les valeurs du serveur.</translation>
        </message>
        <message>
            <source>this laptop has not synced with the team's server yet</source>
            <translation>cet ordinateur ne s’est pas encore synchronisé avec le serveur de l’équipe</translation>
        </message>
        <message>
            <source>no token for {server}: sync from the Sync dialog first (Remember keeps it)</source>
            <translation>aucun jeton pour {server} : synchronisez d’abord depuis la fenêtre Synchroniser (Mémoriser le garde)</translation>
        </message>
        <message>
            <source>Select a photo in the camera panel first.</source>
            <translation>Choisissez d’abord une photo dans le panneau de la caméra.</translation>
        </message>
        <message>
            <source>Set the {edit} aside and redo the {before}</source>
            <translation>Mettre de côté ({edit}) et rétablir ({before})</translation>
        </message>
        <message>
            <source>Set the {edit} aside and undo the {before}</source>
            <translation>Mettre de côté ({edit}) et annuler ({before})</translation>
        </message>
        <message>
            <source>Set the {edit} aside</source>
            <translation>Mettre de côté ({edit})</translation>
        </message>
        <message>
            <source>Undo {edit}</source>
            <translation>Annuler ({edit})</translation>
        </message>
        <message>
            <source>Redo {edit}</source>
            <translation>Rétablir ({edit})</translation>
        </message>
        <message>
            <source>Undone: {edit}</source>
            <translation>Annulé : {edit}</translation>
        </message>
        <message>
            <source>Redone: {edit}</source>
            <translation>Rétabli : {edit}</translation>
        </message>
        <message>
            <source>Set aside: {edit} (it stays as it is).</source>
            <translation>Mis de côté : {edit} (reste tel quel).</translation>
        </message>
        <message>
            <source>Set aside: {edit} (it stays undone).</source>
            <translation>Mis de côté : {edit} (reste annulé).</translation>
        </message>
        <message>
            <source>(the server gets the change at the next sync)</source>
            <translation>(le serveur reçoit le changement à la prochaine synchronisation)</translation>
        </message>
        <message>
            <source>Import photos and folders</source>
            <translation>Importer des photos et des dossiers</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop importing the already-mapped cameras; nothing is imported</source>
            <translation>Arrêter l’import des caméras déjà cartographiées ; rien n’est importé</translation>
        </message>
        <message>
            <source>Import already-mapped cameras</source>
            <translation>Importer des caméras déjà cartographiées</translation>
        </message>
        <message>
            <source>OpenStreetMap, Overpass or GeoJSON (*.osm *.xml *.json *.geojson)</source>
            <translation>OpenStreetMap, Overpass ou GeoJSON (*.osm *.xml *.json *.geojson)</translation>
        </message>
        <message>
            <source>a named pipe or a device, not a file</source>
            <translation>un tube nommé ou un périphérique, pas un fichier</translation>
        </message>
        <message>
            <source>Reading {file_name}…</source>
            <translation>Lecture de {file_name}…</translation>
        </message>
        <message>
            <source>{file_name}: import cancelled; nothing was imported</source>
            <translation>{file_name} : import annulé ; rien n’a été importé</translation>
        </message>
        <message>
            <source>{file_name}: {reason}; nothing was imported</source>
            <translation>{file_name} : {reason} ; rien n’a été importé</translation>
        </message>
        <message>
            <source>Reading {file_name}: {done} of {total} MB…</source>
            <translation>Lecture de {file_name} : {done} sur {total} Mo…</translation>
        </message>
        <message>
            <source>Loading already-mapped cameras: {done} of {total}…</source>
            <translation>Chargement des caméras déjà cartographiées : {done} sur {total}…</translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n nouvelle</numerusform>
                <numerusform>%n nouvelles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n mise à jour</numerusform>
                <numerusform>%n mises à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped (not a camera, or no position)</source>
            <translation>
                <numerusform>%n ignorée (pas une caméra, ou sans position)</numerusform>
                <numerusform>%n ignorées (pas des caméras, ou sans position)</numerusform>
            </translation>
        </message>
        <message>
            <source>To start: Import photos (Ctrl+I) or drop a folder of photos on this window.</source>
            <translation>Pour commencer : importez des photos (Ctrl+I) ou déposez un dossier de photos sur cette fenêtre.</translation>
        </message>
        <message>
            <source>These cameras stand {distance} apart. Merged, the camera stands at their mean position. Merge them?</source>
            <translation>Ces caméras sont à {distance} l’une de l’autre. Fusionnée, la caméra sera placée à leur position moyenne. Les fusionner ?</translation>
        </message>
        <message>
            <source>Select the photos to split off in the camera panel first.</source>
            <translation>Choisissez d’abord les photos à séparer, dans le panneau de la caméra.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n camera(s) and their photos from the survey?</source>
            <translation>
                <numerusform>Supprimer %n caméra et ses photos du relevé ?</numerusform>
                <numerusform>Supprimer %n caméras et leurs photos du relevé ?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapMenu</name>
        <message>
            <source>Move cameras by dragging</source>
            <translation>Déplacer les caméras en les faisant glisser</translation>
        </message>
        <message>
            <source>Drag a camera to move it (without this, hold Shift while dragging)</source>
            <translation>Faire glisser une caméra pour la déplacer (sinon, maintenir Maj en faisant glisser)</translation>
        </message>
        <message>
            <source>Zoom to selected camera</source>
            <translation>Zoomer sur la caméra sélectionnée</translation>
        </message>
        <message>
            <source>Download this area for offline use…</source>
            <translation>Télécharger cette zone pour l’utiliser hors ligne…</translation>
        </message>
        <message>
            <source>Offline map…</source>
            <translation>Carte hors ligne…</translation>
        </message>
        <message>
            <source>No online tile server is set (Settings → Map tiles URL).</source>
            <translation>Aucun serveur de tuiles en ligne n’est défini (Paramètres → URL des tuiles).</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <source>{distance} km</source>
            <translation>{distance} km</translation>
        </message>
        <message>
            <source>{distance} m</source>
            <translation>{distance} m</translation>
        </message>
        <message>
            <source>already mapped (e.g. in OpenStreetMap)</source>
            <translation>déjà cartographiée (par ex. dans OpenStreetMap)</translation>
        </message>
        <message>
            <source>suggested place (click to accept)</source>
            <translation>emplacement suggéré (cliquer pour accepter)</translation>
        </message>
        <message>
            <source>FCC Covered List vendor</source>
            <translation>fabricant sur la liste FCC</translation>
        </message>
        <message>
            <source>other or unknown vendor</source>
            <translation>autre fabricant ou inconnu</translation>
        </message>
        <message>
            <source>selected</source>
            <translation>choisie</translation>
        </message>
        <message>
            <source>verified by a reviewer</source>
            <translation>vérifiée par un relecteur</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>contestée</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>retirée</translation>
        </message>
        <message>
            <source>Online map tiles cannot be loaded ({error}): the map shows the offline basemap.</source>
            <translation>Les tuiles de carte en ligne ne peuvent pas être chargées ({error}) : la carte affiche le fond de carte hors ligne.</translation>
        </message>
        <message>
            <source>No cameras yet: drop photos here, or Import (Ctrl+I)</source>
            <translation>Pas encore de caméra : déposez des photos ici, ou importez (Ctrl+I)</translation>
        </message>
        <message>
            <source>Zoom in to place this camera: click the map to zoom in there</source>
            <translation>Zoomez pour placer cette caméra : cliquez sur la carte pour zoomer à cet endroit</translation>
        </message>
        <message>
            <source>Click the map where this camera is, to place it</source>
            <translation>Cliquez sur la carte là où est cette caméra, pour la placer</translation>
        </message>
        <message>
            <source>Zoom in to move a camera: here one pixel is {distance} of ground.</source>
            <translation>Zoomez pour déplacer une caméra : ici un pixel représente {distance} au sol.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Earlier:</source>
            <translation>Plus tôt :</translation>
        </message>
    </context>
    <context>
        <name>OfflineAreas</name>
        <message>
            <source>Add a city or region file…</source>
            <translation>Ajouter le fichier d’une ville ou d’une région…</translation>
        </message>
        <message>
            <source>An OpenStreetMap extract: .osm.pbf, .osm or .osm.gz</source>
            <translation>Un extrait OpenStreetMap : .osm.pbf, .osm ou .osm.gz</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Streets with their names, buildings, water, parks and rail of your city, with no network. Get the file once from an OpenStreetMap extract service (for example Geofabrik or BBBike: the .osm.pbf of a city or region). Map data © OpenStreetMap contributors.</source>
            <translation>Les rues avec leurs noms, les bâtiments, l’eau, les parcs et les voies ferrées de votre ville, sans réseau. Téléchargez le fichier une fois auprès d’un service d’extraits OpenStreetMap (par exemple Geofabrik ou BBBike : le .osm.pbf d’une ville ou d’une région). Données cartographiques © les contributeurs d’OpenStreetMap.</translation>
        </message>
        <message>
            <source>Downloaded tiles: {name} · {size}</source>
            <translation>Tuiles téléchargées : {name} · {size}</translation>
        </message>
        <message>
            <source>No offline area yet: the map shows the world only.</source>
            <translation>Aucune zone hors ligne pour l’instant : la carte n’affiche que le monde.</translation>
        </message>
        <message>
            <source>{name} ({source}) · {size} · {streets} named streets</source>
            <translation>{name} ({source}) · {size} · {streets} rues nommées</translation>
        </message>
        <message>
            <source>Add a city or region file</source>
            <translation>Ajouter le fichier d’une ville ou d’une région</translation>
        </message>
        <message>
            <source>OpenStreetMap extracts (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2)</source>
            <translation>Extraits OpenStreetMap (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2)</translation>
        </message>
        <message>
            <source>Cancelled: no area was added.</source>
            <translation>Annulé : aucune zone n’a été ajoutée.</translation>
        </message>
        <message>
            <source>Preparing {name}…</source>
            <translation>Préparation de {name}…</translation>
        </message>
        <message>
            <source>Reading OpenStreetMap data: {count} objects</source>
            <translation>Lecture des données OpenStreetMap : {count} objets</translation>
        </message>
        <message>
            <source>{name} added: {streets} named streets, {size}.</source>
            <translation>{name} ajoutée : {streets} rues nommées, {size}.</translation>
        </message>
        <message>
            <source>Remove {name} from the offline map?</source>
            <translation>Retirer {name} de la carte hors ligne ?</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>Retirée.</translation>
        </message>
    </context>
    <context>
        <name>PhotoPane</name>
        <message>
            <source>Select a camera to see its photos here.</source>
            <translation>Sélectionnez une caméra pour voir ses photos ici.</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Précédente</translation>
        </message>
        <message>
            <source>The camera's previous photo (Page Up)</source>
            <translation>La photo précédente de la caméra (Page précédente)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Suivante ▶</translation>
        </message>
        <message>
            <source>The camera's next photo (Page Down)</source>
            <translation>La photo suivante de la caméra (Page suivante)</translation>
        </message>
        <message>
            <source>Download the photo</source>
            <translation>Télécharger la photo</translation>
        </message>
        <message>
            <source>Bring its shared copy (blurred, without personal data) from the team's server</source>
            <translation>Rapporter sa copie partagée (floutée, sans données personnelles) du serveur de l’équipe</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <source>Show the whole photo (the mouse wheel zooms, dragging pans)</source>
            <translation>Afficher toute la photo (la molette zoome, le glisser déplace)</translation>
        </message>
        <message>
            <source>Loading the photo…</source>
            <translation>Chargement de la photo…</translation>
        </message>
        <message>
            <source>{number} of {total}</source>
            <translation>{number} sur {total}</translation>
        </message>
        <message>
            <source>A teammate's photo: only its preview is on this laptop.</source>
            <translation>Photo d’un coéquipier : seul son aperçu est sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The photo is on the team's server; `surveyapp sync fetch {sha256}` downloads its shared copy into this survey.</source>
            <translation>La photo est sur le serveur de l’équipe ; `surveyapp sync fetch {sha256}` télécharge sa copie partagée dans cette enquête.</translation>
        </message>
        <message>
            <source>Downloading the photo from the team's server…</source>
            <translation>Téléchargement de la photo depuis le serveur de l’équipe…</translation>
        </message>
        <message>
            <source>The photo could not be downloaded: {reason}</source>
            <translation>La photo n’a pas pu être téléchargée : {reason}</translation>
        </message>
        <message>
            <source>Cannot open the photo: {error}</source>
            <translation>Impossible d’ouvrir la photo : {error}</translation>
        </message>
        <message>
            <source>The original of {name} is missing from the library ({path}): import its file again (from the card or folder it came from) to put it back.</source>
            <translation>L’original de {name} manque dans la bibliothèque ({path}) : importez de nouveau son fichier (depuis la carte ou le dossier d’où il vient) pour le remettre en place.</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewer</name>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>no capture time</source>
            <translation>heure de prise inconnue</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>sans position</translation>
        </message>
        <message>
            <source>GPS bearing {degrees}° true north</source>
            <translation>orientation GPS {degrees}° (nord géographique)</translation>
        </message>
        <message>
            <source>GPS bearing {degrees}° magnetic north</source>
            <translation>orientation GPS {degrees}° (nord magnétique)</translation>
        </message>
        <message>
            <source>GPS bearing {degrees}°</source>
            <translation>orientation GPS {degrees}°</translation>
        </message>
        <message>
            <source>no GPS bearing</source>
            <translation>sans orientation GPS</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Lecteur</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nom de fichier :</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Choisir</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Nouveau dossier</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Renommer</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Suppri&amp;mer</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Afficher les fic&amp;hiers cachés</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Dossier parent</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Créer un nouveau dossier</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Vue en liste</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Vue détaillée</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Ordinateur</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Montrer les détails…</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Masquer les détails…</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Oui</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Non</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>The survey database is damaged.</source>
            <translation>La base de données du relevé est endommagée.</translation>
        </message>
        <message>
            <source>SurveyApp can go back to its latest backup, made {made}. The damaged file cannot be read, so photos imported since then are not added back (none you deleted is shared again): their originals are kept in a folder beside the survey. Other changes made since are lost. The damaged file is kept beside it.</source>
            <translation>SurveyApp peut revenir à sa dernière sauvegarde, faite le {made}. Le fichier endommagé est illisible : les photos importées depuis ne sont donc pas rajoutées (aucune de celles que vous avez supprimées n’est partagée à nouveau) ; leurs originaux sont conservés dans un dossier à côté du relevé. Les autres modifications faites depuis sont perdues. Le fichier endommagé est conservé à côté.</translation>
        </message>
        <message>
            <source>SurveyApp can go back to its latest backup, made {made}. Photos imported since then are added back from the photo library; other changes made since are lost. The damaged file is kept beside it.</source>
            <translation>SurveyApp peut revenir à sa dernière sauvegarde, faite le {made}. Les photos importées depuis sont rajoutées depuis la photothèque ; les autres modifications faites depuis sont perdues. Le fichier endommagé est conservé à côté.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Restaurer la sauvegarde</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>The survey was restored from the backup {backup}.</source>
            <translation>Le relevé a été restauré depuis la sauvegarde {backup}.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos imported since were added back from the library.</source>
            <translation>
                <numerusform>%n photo importée depuis a été rajoutée depuis la photothèque.</numerusform>
                <numerusform>%n photos importées depuis ont été rajoutées depuis la photothèque.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The damaged survey cannot be read, so nothing says which photos imported since the backup you deleted: %n were not added back, so that none you withdrew is shared again. Their originals are kept in {folder}. Those you shared come back at your next sync; import again those you kept and never shared.</source>
            <translation>
                <numerusform>Le relevé endommagé est illisible, rien ne dit donc si vous avez supprimé la photo importée depuis la sauvegarde : %n photo n’a pas été rajoutée, pour que rien de ce que vous avez retiré ne soit partagé à nouveau. Son original est conservé dans {folder}. Si vous l’aviez partagée, elle revient à votre prochaine synchronisation ; si vous l’avez gardée sans la partager, importez-la à nouveau.</numerusform>
                <numerusform>Le relevé endommagé est illisible, rien ne dit donc lesquelles des photos importées depuis la sauvegarde vous avez supprimées : %n photos n’ont pas été rajoutées, pour que rien de ce que vous avez retiré ne soit partagé à nouveau. Leurs originaux sont conservés dans {folder}. Celles que vous aviez partagées reviennent à votre prochaine synchronisation ; importez à nouveau celles que vous avez gardées sans les partager.</numerusform>
            </translation>
        </message>
        <message>
            <source>The damaged file is kept as {path}.</source>
            <translation>Le fichier endommagé est conservé sous le nom {path}.</translation>
        </message>
        <message>
            <source>The survey it replaced is kept as {path}.</source>
            <translation>Le relevé qu’elle a remplacé est conservé sous le nom {path}.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>its survey</source>
            <translation>son enquête</translation>
        </message>
        <message>
            <source>position (latitude)</source>
            <translation>position (latitude)</translation>
        </message>
        <message>
            <source>position (longitude)</source>
            <translation>position (longitude)</translation>
        </message>
        <message>
            <source>where its position came from</source>
            <translation>origine de sa position</translation>
        </message>
        <message>
            <source>position accuracy</source>
            <translation>précision de la position</translation>
        </message>
        <message>
            <source>vendor (catalogue entry)</source>
            <translation>fabricant (entrée du catalogue)</translation>
        </message>
        <message>
            <source>extra OSM tags</source>
            <translation>autres balises OSM</translation>
        </message>
        <message>
            <source>the team's review</source>
            <translation>vérification de l’équipe</translation>
        </message>
        <message>
            <source>cameras found not to be the same</source>
            <translation>caméras reconnues comme différentes</translation>
        </message>
        <message>
            <source>this laptop has not synced with the team's server yet</source>
            <translation>cet ordinateur ne s’est pas encore synchronisé avec le serveur de l’équipe</translation>
        </message>
        <message>
            <source>no token for this server: sync from the Sync dialog (Remember keeps it), then Refresh</source>
            <translation>aucun jeton pour ce serveur : synchronisez depuis la fenêtre Synchroniser (Mémoriser le garde), puis Actualiser</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Caméra</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Garder</translation>
        </message>
        <message>
            <source>Or take</source>
            <translation>Ou prendre</translation>
        </message>
        <message>
            <source>Mapped by</source>
            <translation>Relevée par</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Reached server</source>
            <translation>Reçue par le serveur</translation>
        </message>
        <message>
            <source>Same as</source>
            <translation>Même que</translation>
        </message>
        <message>
            <source>Metres</source>
            <translation>Mètres</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Fois</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>Contester</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Retirée</translation>
        </message>
        <message>
            <source>Mark all as seen</source>
            <translation>Tout marquer comme vu</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <source>Not the same</source>
            <translation>Pas la même</translation>
        </message>
        <message>
            <source>Mark all from the sender reviewed</source>
            <translation>Marquer comme vu tout ce qu’a envoyé l’expéditeur</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>New and changed</source>
            <translation>Nouvelles et modifiées</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Doublons</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusées</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Bénévole</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Caméras</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Vérifiées</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>Contestées</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>Reading the server's lists…</source>
            <translation>Lecture des listes du serveur…</translation>
        </message>
        <message>
            <source>When the camera's last change reached the team's server. When it was made on its volunteer's laptop is not sent: it may be days earlier.</source>
            <translation>Quand la dernière modification de la caméra est arrivée au serveur de l’équipe. L’heure où elle a été faite sur l’ordinateur de son bénévole n’est pas envoyée : ce peut être des jours plus tôt.</translation>
        </message>
        <message>
            <source>Changed on this laptop at this time: not sent yet (the next sync sends it)</source>
            <translation>Modifiée sur cet ordinateur à cette heure : pas encore envoyée (la prochaine synchronisation l’envoie)</translation>
        </message>
        <message>
            <source>How many times the server refused this change of this camera from this volunteer</source>
            <translation>Combien de fois le serveur a refusé cette modification de cette caméra venant de ce bénévole</translation>
        </message>
        <message>
            <source>Reviewing as {name} on {server}</source>
            <translation>Vérification en tant que {name} sur {server}</translation>
        </message>
        <message>
            <source>The server's lists could not be read: {error}</source>
            <translation>Les listes du serveur n’ont pas pu être lues : {error}</translation>
        </message>
        <message>
            <source>First sent {when} UTC</source>
            <translation>Envoyé la première fois le {when} UTC</translation>
        </message>
        <message>
            <source>changed concurrently, {when} UTC</source>
            <translation>modifié en même temps, {when} UTC</translation>
        </message>
        <message>
            <source>sent by {user}</source>
            <translation>envoyé par {user}</translation>
        </message>
        <message>
            <source>The edit: {values}</source>
            <translation>La modification : {values}</translation>
        </message>
        <message>
            <source>Each row chosen goes, however many times it was refused</source>
            <translation>Chaque ligne choisie part, quel que soit le nombre de refus</translation>
        </message>
        <message>
            <source>Choose a refused change: all of its sender's rows go</source>
            <translation>Choisissez une modification refusée : toutes les lignes de son expéditeur partent</translation>
        </message>
        <message>
            <source>The refused changes listed here that {user} sent</source>
            <translation>Les modifications refusées listées ici que {user} a envoyées</translation>
        </message>
        <message numerus="yes">
            <source>%n refused changes marked reviewed</source>
            <translation>
                <numerusform>%n modification refusée marquée comme vue</numerusform>
                <numerusform>%n modifications refusées marquées comme vues</numerusform>
            </translation>
        </message>
        <message>
            <source>This server cannot mark refused changes reviewed: it needs an update</source>
            <translation>Ce serveur ne peut pas marquer comme vues les modifications refusées : il doit être mis à jour</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Marquer comme vu</translation>
        </message>
        <message>
            <source>Merge not done: the camera to merge into was deleted meanwhile</source>
            <translation>Fusion non faite : la caméra cible a été supprimée entre-temps</translation>
        </message>
        <message>
            <source>Merge set aside: someone else had merged the camera to merge into</source>
            <translation>Fusion mise de côté : quelqu’un d’autre avait fusionné la caméra cible</translation>
        </message>
        <message>
            <source>Merge set aside for the cameras someone else had merged meanwhile</source>
            <translation>Fusion mise de côté pour les caméras que quelqu’un d’autre avait fusionnées entre-temps</translation>
        </message>
        <message>
            <source>Merged into the camera it had been merged into meanwhile</source>
            <translation>Fusionnée dans la caméra où elle avait été fusionnée entre-temps</translation>
        </message>
        <message>
            <source>Photos not moved: the camera was deleted meanwhile</source>
            <translation>Photos non déplacées : la caméra a été supprimée entre-temps</translation>
        </message>
        <message>
            <source>Photos not moved: someone else had merged the camera</source>
            <translation>Photos non déplacées : quelqu’un d’autre avait fusionné la caméra</translation>
        </message>
        <message>
            <source>Photos moved to the camera it had been merged into meanwhile</source>
            <translation>Photos déplacées vers la caméra où elle avait été fusionnée entre-temps</translation>
        </message>
        <message>
            <source>Not deleted: someone had added photos to the camera meanwhile</source>
            <translation>Non supprimée : quelqu’un avait ajouté des photos à la caméra entre-temps</translation>
        </message>
        <message>
            <source>Photo deleted with its camera, which was deleted meanwhile</source>
            <translation>Photo supprimée avec sa caméra, supprimée entre-temps</translation>
        </message>
        <message>
            <source>Edit not applied: the camera had been merged into camera {camera} meanwhile</source>
            <translation>Modification non appliquée : la caméra avait été fusionnée entre-temps dans la caméra {camera}</translation>
        </message>
        <message>
            <source>Edit not applied: the record had been deleted meanwhile</source>
            <translation>Modification non appliquée : l’enregistrement avait été supprimé entre-temps</translation>
        </message>
        <message>
            <source>Deleted after someone else had restored it</source>
            <translation>Supprimée après que quelqu’un d’autre l’avait rétablie</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>pas de photo</translation>
        </message>
        <message>
            <source>Choose a conflict told in words: all of its sender's go</source>
            <translation>Choisissez un conflit décrit en toutes lettres : tous ceux de son expéditeur partent</translation>
        </message>
        <message numerus="yes">
            <source>Mark reviewed: the %n from {user}</source>
            <translation>
                <numerusform>Marquer comme vu : le %n de {user}</numerusform>
                <numerusform>Marquer comme vus : les %n de {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>The conflicts listed here that {user} sent</source>
            <translation>Les conflits listés ici que {user} a envoyés</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts from {user} marked reviewed</source>
            <translation>
                <numerusform>%n conflit de {user} marqué comme vu</numerusform>
                <numerusform>%n conflits de {user} marqués comme vus</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>empty: no online tiles (the offline map only)</source>
            <translation>vide : pas de tuiles en ligne (la carte hors ligne seule)</translation>
        </message>
        <message>
            <source>An XYZ template such as {url}</source>
            <translation>Un modèle XYZ comme {url}</translation>
        </message>
        <message>
            <source>none: use the tile URL</source>
            <translation>aucun : utiliser l’URL des tuiles</translation>
        </message>
        <message>
            <source>a name or pseudonym the team knows you by</source>
            <translation>un nom ou pseudonyme que l’équipe connaît</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>Survey database</source>
            <translation>Base du relevé</translation>
        </message>
        <message>
            <source>A different database opens at the next start.</source>
            <translation>Une autre base s’ouvre au prochain démarrage.</translation>
        </message>
        <message>
            <source>Map tiles URL</source>
            <translation>URL des tuiles</translation>
        </message>
        <message>
            <source>MBTiles basemap</source>
            <translation>Fond de carte MBTiles</translation>
        </message>
        <message>
            <source>Volunteer name</source>
            <translation>Nom du bénévole</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>A new language shows at the next start.</source>
            <translation>La nouvelle langue s’affiche au prochain démarrage.</translation>
        </message>
        <message>
            <source>Look up street names online (OpenStreetMap Nominatim)</source>
            <translation>Chercher les noms de rue en ligne (Nominatim d’OpenStreetMap)</translation>
        </message>
        <message>
            <source>Streets are found offline in the areas above. Online, each camera's position is sent to nominatim.openstreetmap.org (once, at most one a second): leave it off where that could put volunteers at risk.</source>
            <translation>Les rues sont trouvées hors ligne dans les zones ci-dessus. En ligne, la position de chaque caméra est envoyée à nominatim.openstreetmap.org (une fois, au plus une par seconde) : laissez cette option désactivée là où cela pourrait mettre des bénévoles en danger.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Offline map</source>
            <translation>Carte hors ligne</translation>
        </message>
        <message>
            <source>no such file: {path}</source>
            <translation>fichier introuvable : {path}</translation>
        </message>
        <message>
            <source>The tile URL must be http(s) with {z}, {x} and {y} in it.</source>
            <translation>L’URL des tuiles doit être en http(s) et contenir {z}, {x} et {y}.</translation>
        </message>
    </context>
    <context>
        <name>SharePreviewDialog</name>
        <message>
            <source>What will be shared</source>
            <translation>Ce qui sera partagé</translation>
        </message>
        <message>
            <source>Syncing sends these to the team's server. Photos leave only as copies without metadata, with faces and licence plates blurred; the originals stay here.</source>
            <translation>La synchronisation envoie ceci au serveur de l’équipe. Les photos ne partent que sous forme de copies sans métadonnées, visages et plaques floutés ; les originaux restent ici.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Décompte…</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message numerus="yes">
            <source>%n changes, with these fields:</source>
            <translation>
                <numerusform>%n modification, avec ces champs :</numerusform>
                <numerusform>%n modifications, avec ces champs :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos, as these blurred copies:</source>
            <translation>
                <numerusform>%n photo, sous forme de cette copie floutée :</numerusform>
                <numerusform>%n photos, sous forme de ces copies floutées :</numerusform>
            </translation>
        </message>
        <message>
            <source>survey: name</source>
            <translation>enquête : nom</translation>
        </message>
        <message>
            <source>{name}: cannot be shared ({reason})</source>
            <translation>{name} : ne peut pas être partagée ({reason})</translation>
        </message>
        <message numerus="yes">
            <source>{name}
%n regions blurred</source>
            <translation>
                <numerusform>{name}
%n zone floutée</numerusform>
                <numerusform>{name}
%n zones floutées</numerusform>
            </translation>
        </message>
        <message>
            <source>The preview failed: {error}</source>
            <translation>L’aperçu a échoué : {error}</translation>
        </message>
        <message>
            <source>survey: blur faces and plates</source>
            <translation>enquête : flouter visages et plaques</translation>
        </message>
        <message>
            <source>survey: time zone</source>
            <translation>enquête : fuseau horaire</translation>
        </message>
        <message>
            <source>camera: its survey</source>
            <translation>caméra : son enquête</translation>
        </message>
        <message>
            <source>camera: position (latitude)</source>
            <translation>caméra : position (latitude)</translation>
        </message>
        <message>
            <source>camera: position (longitude)</source>
            <translation>caméra : position (longitude)</translation>
        </message>
        <message>
            <source>camera: where its position came from</source>
            <translation>caméra : origine de sa position</translation>
        </message>
        <message>
            <source>camera: position accuracy</source>
            <translation>caméra : précision de la position</translation>
        </message>
        <message>
            <source>camera: surveillance (public, outdoor, indoor)</source>
            <translation>caméra : surveillance (publique, extérieure, intérieure)</translation>
        </message>
        <message>
            <source>camera: kind</source>
            <translation>caméra : genre</translation>
        </message>
        <message>
            <source>camera: zone watched</source>
            <translation>caméra : zone surveillée</translation>
        </message>
        <message>
            <source>camera: type (fixed, dome, panning)</source>
            <translation>caméra : type (fixe, dôme, orientable)</translation>
        </message>
        <message>
            <source>camera: mount</source>
            <translation>caméra : support</translation>
        </message>
        <message>
            <source>camera: direction</source>
            <translation>caméra : direction</translation>
        </message>
        <message>
            <source>camera: mounting height (m)</source>
            <translation>caméra : hauteur de pose (m)</translation>
        </message>
        <message>
            <source>camera: operator</source>
            <translation>caméra : exploitant</translation>
        </message>
        <message>
            <source>camera: vendor</source>
            <translation>caméra : fabricant</translation>
        </message>
        <message>
            <source>camera: vendor's Wikidata item</source>
            <translation>caméra : élément Wikidata du fabricant</translation>
        </message>
        <message>
            <source>camera: vendor (catalogue entry)</source>
            <translation>caméra : fabricant (entrée du catalogue)</translation>
        </message>
        <message>
            <source>camera: brand on the housing</source>
            <translation>caméra : marque sur le boîtier</translation>
        </message>
        <message>
            <source>camera: model</source>
            <translation>caméra : modèle</translation>
        </message>
        <message>
            <source>camera: how sure the vendor is</source>
            <translation>caméra : certitude sur le fabricant</translation>
        </message>
        <message>
            <source>camera: status (present, removed…)</source>
            <translation>caméra : état (présente, retirée…)</translation>
        </message>
        <message>
            <source>camera: date last checked</source>
            <translation>caméra : date de la dernière vérification</translation>
        </message>
        <message>
            <source>camera: your notes</source>
            <translation>caméra : vos notes</translation>
        </message>
        <message>
            <source>camera: extra OSM tags</source>
            <translation>caméra : autres balises OSM</translation>
        </message>
        <message>
            <source>camera: the team's review</source>
            <translation>caméra : vérification de l’équipe</translation>
        </message>
        <message>
            <source>camera: cameras found not to be the same</source>
            <translation>caméra : caméras reconnues comme différentes</translation>
        </message>
        <message>
            <source>photo: fingerprint of the original</source>
            <translation>photo : empreinte de l’original</translation>
        </message>
        <message>
            <source>photo: the camera it shows</source>
            <translation>photo : la caméra qu’elle montre</translation>
        </message>
        <message>
            <source>photo: file name</source>
            <translation>photo : nom du fichier</translation>
        </message>
        <message>
            <source>photo: file type</source>
            <translation>photo : type de fichier</translation>
        </message>
        <message>
            <source>photo: width in pixels</source>
            <translation>photo : largeur en pixels</translation>
        </message>
        <message>
            <source>photo: height in pixels</source>
            <translation>photo : hauteur en pixels</translation>
        </message>
        <message>
            <source>photo: capture time</source>
            <translation>photo : heure de prise de vue</translation>
        </message>
        <message>
            <source>photo: time zone</source>
            <translation>photo : fuseau horaire</translation>
        </message>
        <message>
            <source>photo: capture time (UTC)</source>
            <translation>photo : heure de prise de vue (UTC)</translation>
        </message>
        <message>
            <source>photo: position (latitude)</source>
            <translation>photo : position (latitude)</translation>
        </message>
        <message>
            <source>photo: position (longitude)</source>
            <translation>photo : position (longitude)</translation>
        </message>
        <message>
            <source>photo: altitude</source>
            <translation>photo : altitude</translation>
        </message>
        <message>
            <source>photo: compass bearing</source>
            <translation>photo : cap de la boussole</translation>
        </message>
        <message>
            <source>photo: true or magnetic north</source>
            <translation>photo : nord géographique ou magnétique</translation>
        </message>
        <message>
            <source>photo: where its position came from</source>
            <translation>photo : origine de sa position</translation>
        </message>
        <message>
            <source>photo: position accuracy</source>
            <translation>photo : précision de la position</translation>
        </message>
        <message>
            <source>photo: fingerprint of the shared copy</source>
            <translation>photo : empreinte de la copie partagée</translation>
        </message>
        <message>
            <source>photo: size of the shared copy</source>
            <translation>photo : taille de la copie partagée</translation>
        </message>
        <message>
            <source>photo: small preview of the shared copy</source>
            <translation>photo : petit aperçu de la copie partagée</translation>
        </message>
    </context>
    <context>
        <name>StreetNames</name>
        <message>
            <source>Street names online: {error}</source>
            <translation>Noms de rue en ligne : {error}</translation>
        </message>
    </context>
    <context>
        <name>SurveyCounts</name>
        <message numerus="yes">
            <source>%n cameras</source>
            <translation>
                <numerusform>%n caméra</numerusform>
                <numerusform>%n caméras</numerusform>
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
            <source>%n on the Covered List</source>
            <translation>
                <numerusform>%n sur la liste FCC</numerusform>
                <numerusform>%n sur la liste FCC</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n en attente de synchronisation</numerusform>
                <numerusform>%n en attente de synchronisation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n refusée</numerusform>
                <numerusform>%n refusées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>The server at {server} did not answer. Check the address and your connection; nothing was lost.</source>
            <translation>Le serveur {server} n’a pas répondu. Vérifiez l’adresse et votre connexion ; rien n’est perdu.</translation>
        </message>
        <message>
            <source>The server at {server} took too long to answer: the connection is slow or the server is busy. Nothing was lost: sync again later.</source>
            <translation>Le serveur {server} a mis trop de temps à répondre : la connexion est lente ou le serveur occupé. Rien n’est perdu : synchronisez plus tard.</translation>
        </message>
        <message>
            <source>The secure connection to {server} failed: its certificate is not valid for this address, or the server does not use https. Check the address with your coordinator; nothing was lost.</source>
            <translation>La connexion sécurisée à {server} a échoué : son certificat n’est pas valable pour cette adresse, ou le serveur n’utilise pas https. Vérifiez l’adresse avec votre coordinateur ; rien n’est perdu.</translation>
        </message>
        <message>
            <source>The server at {server} has a problem of its own and kept failing. Nothing was lost: sync again later, and tell your coordinator if it lasts.</source>
            <translation>Le serveur {server} a un problème de son côté et a échoué à chaque essai. Rien n’est perdu : synchronisez plus tard, et prévenez votre coordinateur si cela dure.</translation>
        </message>
        <message>
            <source>The server at {server} refused your token: it may be mistyped, or your coordinator revoked it. Ask them for a new one. Nothing was lost: the changes wait here until you sync with a valid token.</source>
            <translation>Le serveur {server} a refusé votre jeton : il est peut-être mal saisi, ou votre coordinateur l’a révoqué. Demandez-lui-en un nouveau. Rien n’est perdu : les modifications attendent ici jusqu’à une synchronisation avec un jeton valable.</translation>
        </message>
        <message>
            <source>{server} answered, but it is not a SurveyApp server (a Wi-Fi sign-in page, or a wrong address?). Nothing was lost.</source>
            <translation>{server} a répondu, mais ce n’est pas un serveur SurveyApp (une page de connexion Wi-Fi, ou une mauvaise adresse ?). Rien n’est perdu.</translation>
        </message>
        <message>
            <source>This SurveyApp and the server at {server} do not speak the same version: update SurveyApp, or ask your coordinator to update the server. Nothing was lost.</source>
            <translation>Ce SurveyApp et le serveur {server} ne parlent pas la même version : mettez SurveyApp à jour, ou demandez à votre coordinateur de mettre le serveur à jour. Rien n’est perdu.</translation>
        </message>
        <message>
            <source>The server at {server} gave an answer SurveyApp cannot use. Nothing was lost: sync again later, and tell your coordinator if it lasts.</source>
            <translation>Le serveur {server} a donné une réponse que SurveyApp ne peut pas utiliser. Rien n’est perdu : synchronisez plus tard, et prévenez votre coordinateur si cela dure.</translation>
        </message>
        <message>
            <source>Sync stopped: a file on this laptop could not be read or written. Nothing was lost.</source>
            <translation>Synchronisation arrêtée : un fichier de cet ordinateur n’a pas pu être lu ou écrit. Rien n’est perdu.</translation>
        </message>
        <message>
            <source>Sync stopped because of an error in SurveyApp. Nothing was lost; the details help the developers.</source>
            <translation>Synchronisation arrêtée par une erreur de SurveyApp. Rien n’est perdu ; les détails aident les développeurs.</translation>
        </message>
        <message>
            <source>Sync with the team's server</source>
            <translation>Synchroniser avec le serveur de l’équipe</translation>
        </message>
        <message>
            <source>the token your coordinator gave you</source>
            <translation>le jeton que votre coordinateur vous a donné</translation>
        </message>
        <message>
            <source>Remember in the system keyring</source>
            <translation>Mémoriser dans le trousseau du système</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Refused change</source>
            <translation>Modification refusée</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Discard the selected</source>
            <translation>Abandonner la sélection</translation>
        </message>
        <message>
            <source>Discard all</source>
            <translation>Tout abandonner</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyées</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçues</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Erreurs</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchroniser</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Jeton</translation>
        </message>
        <message>
            <source>Recent runs</source>
            <translation>Synchronisations récentes</translation>
        </message>
        <message numerus="yes">
            <source>The server refused %n changes. They are not sent again; discarding one takes the server's values back on this laptop.</source>
            <translation>
                <numerusform>Le serveur a refusé %n modification. Elle n’est plus envoyée ; l’abandonner reprend les valeurs du serveur sur cet ordinateur.</numerusform>
                <numerusform>Le serveur a refusé %n modifications. Elles ne sont plus envoyées ; en abandonner une reprend les valeurs du serveur sur cet ordinateur.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused changes discarded: the server's values are back.</source>
            <translation>
                <numerusform>%n modification refusée abandonnée : les valeurs du serveur sont revenues.</numerusform>
                <numerusform>%n modifications refusées abandonnées : les valeurs du serveur sont revenues.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the server's address (https://…).</source>
            <translation>Indiquez l’adresse du serveur (https://…).</translation>
        </message>
        <message>
            <source>Give your token: your coordinator made it for you.</source>
            <translation>Indiquez votre jeton : votre coordinateur l’a créé pour vous.</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>Rien n’a été envoyé.</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>Connexion à {server}…</translation>
        </message>
        <message>
            <source>Stopping after the current step…</source>
            <translation>Arrêt après l’étape en cours…</translation>
        </message>
        <message>
            <source>{sent}, {photos}, {received}.</source>
            <translation>{sent}, {photos}, {received}.</translation>
        </message>
        <message numerus="yes">
            <source>%n changes received</source>
            <translation>
                <numerusform>%n modification reçue</numerusform>
                <numerusform>%n modifications reçues</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything is in sync.</source>
            <translation>Tout est synchronisé.</translation>
        </message>
        <message numerus="yes">
            <source>This laptop has sent everything; %n photos wait for a teammate's laptop.</source>
            <translation>
                <numerusform>Cet ordinateur a tout envoyé ; %n photo attend l’ordinateur d’un coéquipier.</numerusform>
                <numerusform>Cet ordinateur a tout envoyé ; %n photos attendent l’ordinateur d’un coéquipier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server refused %n changes: they are listed below; discard them to take the server's values back.</source>
            <translation>
                <numerusform>Le serveur a refusé %n modification : elle est listée ci-dessous ; abandonnez-la pour reprendre les valeurs du serveur.</numerusform>
                <numerusform>Le serveur a refusé %n modifications : elles sont listées ci-dessous ; abandonnez-les pour reprendre les valeurs du serveur.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some items were not sent: sync again.</source>
            <translation>Certains éléments n’ont pas été envoyés : synchronisez à nouveau.</translation>
        </message>
        <message>
            <source>Stopped. What was sent is kept; sync again to finish.</source>
            <translation>Arrêté. Ce qui a été envoyé est conservé ; synchronisez à nouveau pour terminer.</translation>
        </message>
    </context>
    <context>
        <name>TrackPreview</name>
        <message>
            <source>The track and the photos' new places appear here.</source>
            <translation>La trace et les nouveaux emplacements des photos apparaissent ici.</translation>
        </message>
    </context>
    <context>
        <name>VendorGuide</name>
        <message>
            <source>Bullet</source>
            <translation>Tube</translation>
        </message>
        <message>
            <source>Turret</source>
            <translation>Tourelle</translation>
        </message>
        <message>
            <source>Dome</source>
            <translation>Dôme</translation>
        </message>
        <message>
            <source>PTZ dome</source>
            <translation>Dôme PTZ</translation>
        </message>
        <message>
            <source>Plate reader</source>
            <translation>Lecteur de plaques</translation>
        </message>
        <message>
            <source>The HUAWEI name, sometimes with the red petal logo, on the body or the sunshield. Huawei's camera line is also sold under the HOLOWITS name.</source>
            <translation>Le nom HUAWEI, parfois avec le logo rouge en pétales, sur le corps ou la visière. La gamme de caméras de Huawei est aussi vendue sous le nom HOLOWITS.</translation>
        </message>
        <message>
            <source>The label names Huawei Technologies Co., Ltd. and the model. Older cameras are IPC6000 series (IPC6225-VRZ-ES); newer ones are a series letter C, D, M or X, four digits and a suffix (M2141-10-EI, D3220-10-SIU, X6921-Z48).</source>
            <translation>L’étiquette nomme Huawei Technologies Co., Ltd. et le modèle. Les caméras anciennes sont de la série IPC6000 (IPC6225-VRZ-ES) ; les récentes portent une lettre de série C, D, M ou X, quatre chiffres et un suffixe (M2141-10-EI, D3220-10-SIU, X6921-Z48).</translation>
        </message>
        <message>
            <source>Safe City networks (Belgrade, Valenciennes) put bullets and PTZ domes on poles at squares, crossings and main roads. In Belgrade the SHARE Foundation (#hiljadekamera) found the models IPC6625-Z30 and IPC6225-VRZ-ES; -Z30 marks a PTZ dome with 30× zoom.</source>
            <translation>Les réseaux Safe City (Belgrade, Valenciennes) placent des caméras tube et des dômes PTZ sur des mâts, aux places, carrefours et grands axes. À Belgrade, la SHARE Foundation (#hiljadekamera) a relevé les modèles IPC6625-Z30 et IPC6225-VRZ-ES ; -Z30 désigne un dôme PTZ à zoom 30×.</translation>
        </message>
        <message>
            <source>HIKVISION in capital letters, usually on the sunshield of a bullet, around the lens of a turret or on the base of a dome. Rebrands carry their own name instead: EZVIZ (home cameras), HiLook, HiWatch, LTS and others; the app counts them as Hikvision.</source>
            <translation>HIKVISION en capitales, le plus souvent sur la visière d’une caméra tube, autour de l’objectif d’une tourelle ou sur le socle d’un dôme. Les marques revendues portent leur propre nom : EZVIZ (caméras domestiques), HiLook, HiWatch, LTS et d’autres ; l’application les compte comme Hikvision.</translation>
        </message>
        <message>
            <source>A white or silver sticker on the base or the back: the HIKVISION logo, Model: DS-… or iDS-…, the serial number, often a QR code, and Hangzhou Hikvision Digital Technology Co., Ltd.</source>
            <translation>Un autocollant blanc ou argenté sur le socle ou au dos : le logo HIKVISION, Model: DS-… ou iDS-…, le numéro de série, souvent un code QR, et Hangzhou Hikvision Digital Technology Co., Ltd.</translation>
        </message>
        <message>
            <source>From shops to city networks. The prefix tells the kind: DS-2CD network camera, DS-2CE analogue (Turbo HD), DS-2DE and DS-2DF PTZ speed domes, DS-2TD thermal, iDS- DeepinView (analytics), iDS-TCM traffic camera.</source>
            <translation>Des boutiques aux réseaux municipaux. Le préfixe donne le type : DS-2CD caméra réseau, DS-2CE analogique (Turbo HD), DS-2DE et DS-2DF dômes PTZ rapides, DS-2TD thermique, iDS- DeepinView (analyse vidéo), iDS-TCM caméra de trafic.</translation>
        </message>
        <message>
            <source>The Dahua logo on the sunshield or on the base. Dahua's home cameras say Imou; many Lorex and Amcrest cameras are Dahua-made but carry their own name.</source>
            <translation>Le logo Dahua sur la visière ou sur le socle. Les caméras domestiques de Dahua portent le nom Imou ; beaucoup de caméras Lorex et Amcrest sont fabriquées par Dahua mais portent leur propre nom.</translation>
        </message>
        <message>
            <source>The model, often with DH- or DHI- in front (DH-IPC-HFW2431S-S-S2), and Zhejiang Dahua Vision Technology Co., Ltd. (earlier: Zhejiang Dahua Technology).</source>
            <translation>Le modèle, souvent précédé de DH- ou DHI- (DH-IPC-HFW2431S-S-S2), et Zhejiang Dahua Vision Technology Co., Ltd. (auparavant : Zhejiang Dahua Technology).</translation>
        </message>
        <message>
            <source>The letters after IPC-H give the shape: HFW bullet with infrared, HDW dome with infrared, HDBW vandal-proof dome with infrared; PFW and PDW are multi-sensor cameras, SD a PTZ speed dome, ITC a traffic (ANPR) camera, HAC an analogue HDCVI camera.</source>
            <translation>Les lettres après IPC-H donnent la forme : HFW tube à infrarouge, HDW dôme à infrarouge, HDBW dôme antivandale à infrarouge ; PFW et PDW sont des caméras multicapteurs, SD un dôme PTZ rapide, ITC une caméra de trafic (LAPI), HAC une caméra analogique HDCVI.</translation>
        </message>
        <message>
            <source>The UNV logo; Uniview's budget line says Uniarch. A Chinese maker, not on the FCC Covered List.</source>
            <translation>Le logo UNV ; la gamme économique d’Uniview porte le nom Uniarch. Fabricant chinois, absent de la liste noire FCC.</translation>
        </message>
        <message>
            <source>Zhejiang Uniview Technologies Co., Ltd. and a model such as IPC2122LB-SF28-A: IPC, four digits, letters, then lens and options.</source>
            <translation>Zhejiang Uniview Technologies Co., Ltd. et un modèle comme IPC2122LB-SF28-A : IPC, quatre chiffres, des lettres, puis objectif et options.</translation>
        </message>
        <message>
            <source>Not to be confused with Huawei's IPC6000 series: a Uniview number has letters right after its digits (IPC6322SR-…), a Huawei number a dash (IPC6325-WD-…).</source>
            <translation>À ne pas confondre avec la série IPC6000 de Huawei : un numéro Uniview a des lettres juste après ses chiffres (IPC6322SR-…), un numéro Huawei un tiret (IPC6325-WD-…).</translation>
        </message>
        <message>
            <source>AXIS in capital letters, small, on the front or the side.</source>
            <translation>AXIS en petites capitales, à l’avant ou sur le côté.</translation>
        </message>
        <message>
            <source>AXIS and the product name (AXIS P3245-LVE); the serial number is the camera's MAC address, twelve hexadecimal digits.</source>
            <translation>AXIS et le nom du produit (AXIS P3245-LVE) ; le numéro de série est l’adresse MAC de la caméra, douze chiffres hexadécimaux.</translation>
        </message>
        <message>
            <source>A series letter and four digits: M small, P professional, Q high end, F modular; suffix letters L infrared, V vandal-resistant, E outdoor. An Axis M20xx-LE is not a Huawei M2xxx-10-EI.</source>
            <translation>Une lettre de série et quatre chiffres : M petite, P professionnelle, Q haut de gamme, F modulaire ; lettres de suffixe L infrarouge, V antivandale, E extérieur. Une Axis M20xx-LE n’est pas une Huawei M2xxx-10-EI.</translation>
        </message>
        <message>
            <source>Wisenet or Hanwha on the housing; older units say Samsung (the business was Samsung Techwin until 2015).</source>
            <translation>Wisenet ou Hanwha sur le boîtier ; les appareils plus anciens portent Samsung (l’activité s’appelait Samsung Techwin jusqu’en 2015).</translation>
        </message>
        <message>
            <source>Models such as XNO-6080R: a series letter (X, Q, P, A, L, T), N for network, then the shape (O bullet, D dome, V vandal-proof dome, P PTZ) and digits. Samsung-era models start SNO, SND, SNV, SNP or SNB.</source>
            <translation>Des modèles comme XNO-6080R : une lettre de série (X, Q, P, A, L, T), N pour réseau, puis la forme (O tube, D dôme, V dôme antivandale, P PTZ) et des chiffres. Les modèles de l’époque Samsung commencent par SNO, SND, SNV, SNP ou SNB.</translation>
        </message>
        <message>
            <source>Common in shops, offices and transport; a South Korean maker.</source>
            <translation>Fréquent dans les commerces, les bureaux et les transports ; fabricant sud-coréen.</translation>
        </message>
        <message>
            <source>BOSCH in capital letters on the base or the side.</source>
            <translation>BOSCH en capitales sur le socle ou sur le côté.</translation>
        </message>
        <message>
            <source>Bosch Security Systems, a product line name and a type number such as NDE-5503-AL or NBE-3502-AL.</source>
            <translation>Bosch Security Systems, un nom de gamme et une référence comme NDE-5503-AL ou NBE-3502-AL.</translation>
        </message>
        <message>
            <source>The product line gives the shape: FLEXIDOME fixed dome, DINION bullet or box camera, AUTODOME PTZ dome, MIC ruggedised PTZ camera.</source>
            <translation>La gamme donne la forme : FLEXIDOME dôme fixe, DINION caméra tube ou boîtier, AUTODOME dôme PTZ, MIC caméra PTZ renforcée.</translation>
        </message>
        <message>
            <source>A small black camera on its own pole, usually with a solar panel above it, aimed along the road at the plates of passing cars.</source>
            <translation>Une petite caméra noire sur son propre mât, le plus souvent surmontée d’un panneau solaire, tournée le long de la route vers les plaques des voitures qui passent.</translation>
        </message>
        <message>
            <source>Rarely readable from the street. The products: Falcon (licence plates), Sparrow (plates, for neighbourhoods), Condor (video) and Raven (a gunshot detector, not a camera).</source>
            <translation>Rarement lisible depuis la rue. Les produits : Falcon (plaques), Sparrow (plaques, pour les quartiers), Condor (vidéo) et Raven (un détecteur de coups de feu, pas une caméra).</translation>
        </message>
        <message>
            <source>Neighbourhood entrances, car parks and main roads. Speed cameras, red-light cameras and traffic-detection cameras are often mistaken for licence-plate readers.</source>
            <translation>Entrées de quartiers, parkings et grands axes. Radars de vitesse, caméras de feu rouge et caméras de détection du trafic sont souvent pris pour des lecteurs de plaques.</translation>
        </message>
        <message>
            <source>What to photograph</source>
            <translation>Que photographier</translation>
        </message>
        <message>
            <source>The whole camera from where you stand, then the logo and, if you can reach it with the zoom, the label: usually under the base, on the back or inside the mounting arm. Zoom in rather than climb.</source>
            <translation>La caméra entière depuis l’endroit où vous êtes, puis le logo et, si le zoom y arrive, l’étiquette : le plus souvent sous le socle, au dos ou dans le bras de fixation. Zoomez plutôt que de grimper.</translation>
        </message>
        <message>
            <source>The model number</source>
            <translation>Le numéro de modèle</translation>
        </message>
        <message>
            <source>Type it into Model as printed; dashes, spaces, case and a lens size in brackets do not matter. The app then suggests a vendor: strong means the number fits that vendor's documented naming scheme, likely that it matches only part of it, weak that other makers use the same pattern. The suggestion is only applied when you click it.</source>
            <translation>Tapez-le dans Modèle tel qu’il est imprimé ; tirets, espaces, majuscules et focale entre parenthèses n’y changent rien. L’application propose alors un fabricant : « sûr » veut dire que le numéro suit le schéma de nommage publié de ce fabricant, « probable » qu’il n’en suit qu’une partie, « faible » que d’autres fabricants emploient la même forme. La suggestion ne s’applique que si vous cliquez dessus.</translation>
        </message>
        <message>
            <source>Type the name on the housing into Vendor: pick EZVIZ and the app records the maker Hikvision with the brand EZVIZ. Rebranded cameras of a Covered List maker are flagged like their maker.</source>
            <translation>Tapez dans Fabricant le nom lu sur le boîtier : choisissez EZVIZ et l’application enregistre le fabricant Hikvision avec la marque EZVIZ. Les caméras revendues sous une autre marque par un fabricant de la liste noire sont signalées comme leur fabricant.</translation>
        </message>
        <message>
            <source>Vendor confidence</source>
            <translation>Fabricant sûr ?</translation>
        </message>
        <message>
            <source>Choose seen when you read the logo or the label, shape when you judge by the look alone. Vendor unknown is a valid answer: a gap on the map is better than a wrong name in a published report.</source>
            <translation>Choisissez « vu (marque ou modèle lu) » quand vous avez lu le logo ou l’étiquette, « jugé à l’allure » quand vous ne jugez que sur l’aspect. « Fabricant inconnu » est une réponse valable : un vide sur la carte vaut mieux qu’un mauvais nom dans un rapport publié.</translation>
        </message>
        <message>
            <source>Rebrands</source>
            <translation>Marques revendues</translation>
        </message>
        <message>
            <source>Identifying a camera</source>
            <translation>Identifier une caméra</translation>
        </message>
        <message>
            <source>Start here</source>
            <translation>Pour commencer</translation>
        </message>
        <message>
            <source>FCC Covered List</source>
            <translation>Liste noire FCC</translation>
        </message>
        <message>
            <source>Other common makers</source>
            <translation>Autres fabricants courants</translation>
        </message>
        <message>
            <source>On the housing</source>
            <translation>Sur le boîtier</translation>
        </message>
        <message>
            <source>On the label</source>
            <translation>Sur l’étiquette</translation>
        </message>
        <message>
            <source>Shapes and places</source>
            <translation>Formes et emplacements</translation>
        </message>
        <message>
            <source>Also sold as</source>
            <translation>Vendu aussi sous les noms</translation>
        </message>
        <message>
            <source>Model numbers the app recognises</source>
            <translation>Numéros de modèle que l’application reconnaît</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Famille</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Certitude</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Exemples</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>Sources :</translation>
        </message>
    </context>
    <context>
        <name>WarningsPanel</name>
        <message>
            <source>Originals missing from the library</source>
            <translation>Originaux absents de la bibliothèque</translation>
        </message>
        <message>
            <source>Likely duplicates (&lt; 20 m, same vendor and type)</source>
            <translation>Doublons probables (&lt; 20 m, même fabricant et type)</translation>
        </message>
        <message>
            <source>Already mapped by others</source>
            <translation>Déjà cartographiées par d’autres</translation>
        </message>
        <message>
            <source>Cameras without a position</source>
            <translation>Caméras sans position</translation>
        </message>
        <message>
            <source>Photos without a capture time</source>
            <translation>Photos sans heure de prise</translation>
        </message>
        <message>
            <source>Photos whose two clocks disagree</source>
            <translation>Photos aux deux horloges en désaccord</translation>
        </message>
        <message>
            <source>Nothing to check: no likely duplicates, every camera has a position and every photo a time.</source>
            <translation>Rien à vérifier : pas de doublon probable, chaque caméra a une position et chaque photo une heure.</translation>
        </message>
        <message>
            <source>Compare photos…</source>
            <translation>Comparer les photos…</translation>
        </message>
        <message>
            <source>Both cameras' photos side by side: merge them, or keep them as two</source>
            <translation>Les photos des deux caméras côte à côte : les fusionner, ou en garder deux</translation>
        </message>
        <message>
            <source>Checking the survey…</source>
            <translation>Vérification du relevé…</translation>
        </message>
        <message>
            <source>Double-click or Compare photos… to decide: one camera or two?</source>
            <translation>Double-cliquez ou « Comparer les photos… » pour décider : une caméra ou deux ?</translation>
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <source>Map the surveillance cameras of a city from volunteers' photos.</source>
            <translation>Cartographier les caméras de surveillance d’une ville à partir des photos de bénévoles.</translation>
        </message>
        <message>
            <source>Licence: {licence} (GNU General Public License, version 3 or later).</source>
            <translation>Licence : {licence} (GNU General Public License, version 3 ou ultérieure).</translation>
        </message>
        <message>
            <source>Map data {attribution}, under the ODbL.</source>
            <translation>Données cartographiques {attribution}, sous licence ODbL.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Cannot open the survey {path}:

{error}</source>
            <translation>Impossible d’ouvrir le relevé {path} :

{error}</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s : erreur : %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>arguments inconnus : %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>ces arguments sont obligatoires : %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>l’un des arguments %s est obligatoire</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix impossible : %(value)r (au choix : %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur impossible (%(type)s) : %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>il faut un argument</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>il faut au plus un argument</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>il faut au moins un argument</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>il faut %s argument</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>il faut %s arguments</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>impossible avec l’argument %s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>argument ignoré : %r</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>impossible d’ouvrir « %(filename)s » : %(error)s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>commande inconnue %(parser_name)r (au choix : %(choices)s)</translation>
        </message>
    </context>
    <context>
        <name>basemap</name>
        <message>
            <source>OpenStreetMap's standard tiles may not be downloaded in bulk (its tile usage policy). For an offline map of your city, add an OpenStreetMap extract of it (a .osm.pbf file) in Settings → Offline map.</source>
            <translation>Les tuiles standard d’OpenStreetMap ne peuvent pas être téléchargées en masse (sa politique d’utilisation des tuiles). Pour une carte hors ligne de votre ville, ajoutez-en un extrait OpenStreetMap (un fichier .osm.pbf) dans Paramètres → Carte hors ligne.</translation>
        </message>
        <message>
            <source>{count} tiles is too many to download: choose a smaller area or fewer zooms</source>
            <translation>{count} tuiles, c’est trop à télécharger : choisissez une zone plus petite ou moins de niveaux de zoom</translation>
        </message>
        <message>
            <source>the tile server keeps refusing (HTTP {status})</source>
            <translation>le serveur de tuiles refuse sans cesse (HTTP {status})</translation>
        </message>
        <message>
            <source>no such file: {path}</source>
            <translation>fichier introuvable : {path}</translation>
        </message>
        <message>
            <source>{name} is not an OpenStreetMap extract (.osm.pbf, .osm or .osm.gz)</source>
            <translation>{name} n’est pas un extrait OpenStreetMap (.osm.pbf, .osm ou .osm.gz)</translation>
        </message>
        <message>
            <source>{name} cannot be read as OpenStreetMap data: {error}</source>
            <translation>{name} ne peut pas être lu comme des données OpenStreetMap : {error}</translation>
        </message>
        <message>
            <source>{name} holds no streets, buildings or other map data</source>
            <translation>{name} ne contient ni rues, ni bâtiments, ni autres données cartographiques</translation>
        </message>
    </context>
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
            <source>move photos (id, sha256, or their first characters as `photos` lists them) into a new camera</source>
            <translation>déplacer des photos (id, sha256, ou leurs premiers caractères comme `photos` les affiche) vers une nouvelle caméra</translation>
        </message>
        <message>
            <source>delete a camera</source>
            <translation>supprimer une caméra</translation>
        </message>
        <message>
            <source>set the team's review: verified, disputed, removed, unverified (reviewers)</source>
            <translation>fixer la vérification de l’équipe : verified, disputed, removed, unverified (relecteurs)</translation>
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
            <translation>« {item} » n’est pas de la forme clé=valeur (p. ex. camera:type=dome)</translation>
        </message>
        <message>
            <source>note: these cameras stood {distance} apart; the merged camera stands at their mean position (`surveyapp undo` takes the merge back)</source>
            <translation>note : ces caméras étaient à {distance} l’une de l’autre ; la caméra fusionnée est placée à leur position moyenne (`surveyapp undo` annule la fusion)</translation>
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
            <source>already-mapped cameras (OSM, Overpass, GeoJSON): a read-only layer</source>
            <translation>caméras déjà cartographiées (OSM, Overpass, GeoJSON) : une couche en lecture seule</translation>
        </message>
        <message>
            <source>Cameras others already mapped, shown on the map and used by the duplicate warnings. Without an action: list them.</source>
            <translation>Caméras déjà cartographiées par d’autres, montrées sur la carte et utilisées pour repérer les doublons. Sans action : les lister.</translation>
        </message>
        <message>
            <source>import GeoJSON, OSM XML or Overpass JSON of {tag}</source>
            <translation>importer un fichier GeoJSON, OSM XML ou Overpass JSON de {tag}</translation>
        </message>
        <message>
            <source>Import already-mapped cameras; importing the same source again updates its cameras in place. A bad file is refused whole.</source>
            <translation>Importer des caméras déjà cartographiées ; réimporter la même source met ses caméras à jour. Un fichier incorrect est refusé en entier.</translation>
        </message>
        <message>
            <source>name of the source (default: {osm} for OSM data, else the file name)</source>
            <translation>nom de la source (par défaut : {osm} pour des données OSM, sinon le nom du fichier)</translation>
        </message>
        <message>
            <source>remove the known cameras</source>
            <translation>retirer les caméras connues</translation>
        </message>
        <message>
            <source>only this source's</source>
            <translation>seulement celles de cette source</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>{file}: {reason}; nothing was imported</source>
            <translation>{file} : {reason} ; rien n’a été importé</translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras added, {updated} updated (source {source}); {skipped} elements skipped (not cameras or no position)</source>
            <translation>
                <numerusform>%n caméra connue ajoutée, mises à jour : {updated} (source {source}) ; éléments ignorés : {skipped} (pas des caméras ou sans position)</numerusform>
                <numerusform>%n caméras connues ajoutées, mises à jour : {updated} (source {source}) ; éléments ignorés : {skipped} (pas des caméras ou sans position)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras removed</source>
            <translation>
                <numerusform>%n caméra connue retirée</numerusform>
                <numerusform>%n caméras connues retirées</numerusform>
            </translation>
        </message>
        <message>
            <source>direction {direction}</source>
            <translation>direction {direction}</translation>
        </message>
        <message>
            <source>{count} from {source}</source>
            <translation>{count} de {source}</translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras ({sources})</source>
            <translation>
                <numerusform>%n caméra connue ({sources})</numerusform>
                <numerusform>%n caméras connues ({sources})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras</source>
            <translation>
                <numerusform>%n caméra connue</numerusform>
                <numerusform>%n caméras connues</numerusform>
            </translation>
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
            <translation>aucune photo de cet import n’a pu être enregistrée</translation>
        </message>
        <message>
            <source>error: the disk is full: the database could not grow; the photos of earlier checkpoints are kept. Free some space and import again.</source>
            <translation>erreur : le disque est plein, la base de données ne peut plus grandir ; les photos des étapes précédentes sont conservées. Libérez de la place et relancez l’import.</translation>
        </message>
        <message numerus="yes">
            <source>%n imported</source>
            <translation>
                <numerusform>%n importée</numerusform>
                <numerusform>%n importées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n originals restored</source>
            <translation>
                <numerusform>%n original remis en place</numerusform>
                <numerusform>%n originaux remis en place</numerusform>
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
        <message numerus="yes">
            <source>%n files skipped: not photos</source>
            <translation>
                <numerusform>%n fichier ignoré : pas une photo</numerusform>
                <numerusform>%n fichiers ignorés : pas des photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos whose device clock and GPS clock disagree: check which is right (their lines above say both)</source>
            <translation>
                <numerusform>%n photo dont l’horloge de l’appareil et celle du GPS sont en désaccord : vérifiez laquelle est juste (sa ligne ci-dessus donne les deux)</numerusform>
                <numerusform>%n photos dont l’horloge de l’appareil et celle du GPS sont en désaccord : vérifiez laquelle est juste (leurs lignes ci-dessus donnent les deux)</numerusform>
            </translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importée</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>doublon</translation>
        </message>
        <message>
            <source>original restored</source>
            <translation>original remis en place</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>ignoré</translation>
        </message>
        <message>
            <source>the vendor catalogue</source>
            <translation>le catalogue des fabricants</translation>
        </message>
        <message>
            <source>ranked vendors, with confidence, for a model number or label</source>
            <translation>fabricants classés, avec leur certitude, pour un numéro de modèle ou une étiquette</translation>
        </message>
        <message>
            <source>model number or label text to identify</source>
            <translation>référence ou texte de l’étiquette à identifier</translation>
        </message>
        <message>
            <source>vendors identify needs a model number or label text</source>
            <translation>vendors identify attend une référence ou le texte d’une étiquette</translation>
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
            <source>model {model} looks like {vendor}{covered} ({confidence}: {reason}): set {assignment}?</source>
            <translation>le modèle {model} ressemble à {vendor}{covered} ({confidence} : {reason}) : mettre {assignment} ?</translation>
        </message>
        <message>
            <source>brands: {names}</source>
            <translation>marques : {names}</translation>
        </message>
        <message>
            <source>Map surveillance cameras from your photos.</source>
            <translation>Cartographier les caméras de surveillance à partir de vos photos.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>afficher la version et quitter</translation>
        </message>
        <message>
            <source>survey database file (default: $SURVEYAPP_DB or {path})</source>
            <translation>fichier de la base du relevé (par défaut : $SURVEYAPP_DB ou {path})</translation>
        </message>
        <message>
            <source>warning: a token on the command line is visible to other users of this machine; once --save-token has kept it in the keyring, the next runs need no --token</source>
            <translation>avertissement : un jeton sur la ligne de commande est visible des autres utilisateurs de cette machine ; une fois que --save-token l’a gardé dans le trousseau, les prochaines fois n’ont plus besoin de --token</translation>
        </message>
        <message>
            <source>warning: a token on the command line is visible to other users of this machine; prefer $SURVEYAPP_TOKEN or --save-token (the keyring)</source>
            <translation>avertissement : un jeton sur la ligne de commande est visible des autres utilisateurs de cette machine ; préférez $SURVEYAPP_TOKEN ou --save-token (le trousseau)</translation>
        </message>
        <message>
            <source>interrupted: what the command had not finished was not saved</source>
            <translation>interrompu : ce que la commande n’avait pas terminé n’a pas été enregistré</translation>
        </message>
        <message>
            <source>error: the disk is full: the last step was not saved, everything before it is intact. Free some space and run the command again.</source>
            <translation>erreur : le disque est plein : la dernière étape n’a pas été enregistrée, tout ce qui précède est intact. Libérez de la place et relancez la commande.</translation>
        </message>
        <message>
            <source>export the survey</source>
            <translation>exporter le relevé</translation>
        </message>
        <message>
            <source>Formats: {formats}.</source>
            <translation>Formats : {formats}.</translation>
        </message>
        <message>
            <source>output file, or - for standard output</source>
            <translation>fichier de sortie, ou - pour la sortie standard</translation>
        </message>
        <message>
            <source>write capture times as the date only (for publication)</source>
            <translation>écrire les heures de prise de vue sous forme de date seule (pour publication)</translation>
        </message>
        <message>
            <source>write only the cameras the team's reviewers verified</source>
            <translation>n’écrire que les caméras vérifiées par les relecteurs de l’équipe</translation>
        </message>
        <message numerus="yes">
            <source>GeoJSON and %n photos written to {path}</source>
            <translation>
                <numerusform>GeoJSON et %n photo écrits dans {path}</numerusform>
                <numerusform>GeoJSON et %n photos écrits dans {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras written to {path}</source>
            <translation>
                <numerusform>%n caméra écrite dans {path}</numerusform>
                <numerusform>%n caméras écrites dans {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos not named in survey:photos: they have no shared copy yet (the next sync makes them; the zip makes its own)</source>
            <translation>
                <numerusform>%n photo non nommée dans survey:photos : elle n’a pas encore de copie partagée (la prochaine synchronisation la fait ; le zip fait la sienne)</numerusform>
                <numerusform>%n photos non nommées dans survey:photos : elles n’ont pas encore de copie partagée (la prochaine synchronisation les fait ; le zip fait les siennes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>left out (%n; the zip's README.txt names them too):</source>
            <translation>
                <numerusform>photo laissée de côté (%n ; le README.txt du zip la nomme aussi) :</numerusform>
                <numerusform>photos laissées de côté (%n ; le README.txt du zip les nomme aussi) :</numerusform>
            </translation>
        </message>
        <message>
            <source>the survey's name and privacy settings</source>
            <translation>le nom du relevé et ses réglages de confidentialité</translation>
        </message>
        <message>
            <source>place photos without GPS from a GPS track or from the photos taken around them</source>
            <translation>placer les photos sans GPS à partir d’une trace GPS ou des photos prises autour d’elles</translation>
        </message>
        <message>
            <source>a GPS logger's track (GPX 1.0 or 1.1); may be given several times</source>
            <translation>la trace d’un enregistreur GPS (GPX 1.0 ou 1.1) ; peut être donnée plusieurs fois</translation>
        </message>
        <message>
            <source>the camera clock's offset from UTC (its time zone, plus its error): for every photo given</source>
            <translation>le décalage de l’horloge de l’appareil par rapport à UTC (son fuseau horaire, plus son erreur) : pour toutes les photos données</translation>
        </message>
        <message>
            <source>time zone of photos without an offset (default: the survey's setting)</source>
            <translation>fuseau horaire des photos sans décalage (par défaut : le réglage de l’enquête)</translation>
        </message>
        <message>
            <source>refuse to place a photo between track points further apart (default 60 s)</source>
            <translation>refuser de placer une photo entre des points de trace plus éloignés (60 s par défaut)</translation>
        </message>
        <message>
            <source>clock check: this photo's true time (--at) or place (--place) sets the offset of every photo of its device</source>
            <translation>vérification de l’horloge : l’heure réelle (--at) ou le lieu (--place) de cette photo fixe le décalage de toutes les photos de son appareil</translation>
        </message>
        <message>
            <source>the true time of the --check photo, e.g. 2026-05-04T10:00:00+02:00</source>
            <translation>l’heure réelle de la photo de --check, par ex. 2026-05-04T10:00:00+02:00</translation>
        </message>
        <message>
            <source>where the --check photo was taken (the track gives the time)</source>
            <translation>où la photo de --check a été prise (la trace donne l’heure)</translation>
        </message>
        <message>
            <source>place photos from the same device's GPS photos taken just before and after</source>
            <translation>placer les photos à partir des photos avec GPS du même appareil prises juste avant et après</translation>
        </message>
        <message>
            <source>with --from-neighbours: how close in time (default 120 s)</source>
            <translation>avec --from-neighbours : à quel écart de temps (120 s par défaut)</translation>
        </message>
        <message>
            <source>show what would change, change nothing</source>
            <translation>montrer ce qui changerait, ne rien changer</translation>
        </message>
        <message>
            <source>undo the latest geotagging, wherever it was applied (this command, the geotagging window of the app or a suggestion on the map), and say which one it was: when it was applied, from which track and how many photos</source>
            <translation>annuler la dernière géolocalisation, d’où qu’elle ait été appliquée (cette commande, la fenêtre de géolocalisation de l’application ou une suggestion sur la carte), et dire laquelle c’était : quand elle a été appliquée, par quelle trace et combien de photos</translation>
        </message>
        <message>
            <source>print as JSON</source>
            <translation>afficher en JSON</translation>
        </message>
        <message>
            <source>{option} must be a positive number of seconds</source>
            <translation>{option} doit être un nombre de secondes positif</translation>
        </message>
        <message>
            <source>{option} must be at most {seconds} seconds (a year)</source>
            <translation>{option} doit valoir au plus {seconds} secondes (un an)</translation>
        </message>
        <message>
            <source>give one of --gpx TRACK.gpx, --from-neighbours or --undo</source>
            <translation>donnez l’une des options --gpx TRACE.gpx, --from-neighbours ou --undo</translation>
        </message>
        <message>
            <source>--place needs a track (--gpx)</source>
            <translation>--place demande une trace (--gpx)</translation>
        </message>
        <message>
            <source>--check needs either --at TIME or --place LAT,LON</source>
            <translation>--check demande soit --at HEURE, soit --place LAT,LON</translation>
        </message>
        <message>
            <source>--at and --place go with --check PHOTO</source>
            <translation>--at et --place vont avec --check PHOTO</translation>
        </message>
        <message>
            <source>give either --offset or --check, not both</source>
            <translation>donnez --offset ou --check, pas les deux</translation>
        </message>
        <message>
            <source>'{text}' lies outside the calendar SurveyApp knows</source>
            <translation>« {text} » est hors du calendrier que SurveyApp connaît</translation>
        </message>
        <message>
            <source>give the right offset (--offset), or check the clock by a photo's place (--check PHOTO --place LAT,LON)</source>
            <translation>donnez le bon décalage (--offset), ou vérifiez l’horloge par l’endroit d’une photo (--check PHOTO --place LAT,LON)</translation>
        </message>
        <message>
            <source>{placed}; {refused}</source>
            <translation>{placed} ; {refused}</translation>
        </message>
        <message numerus="yes">
            <source>undone: the geotagging of %n photos from the track {track}, applied {when}</source>
            <translation>
                <numerusform>annulé : la géolocalisation de %n photo par la trace {track}, appliquée le {when}</numerusform>
                <numerusform>annulé : la géolocalisation de %n photos par la trace {track}, appliquée le {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>undone: the geotagging of %n photos from the photos taken just before and after, applied {when}</source>
            <translation>
                <numerusform>annulé : la géolocalisation de %n photo d’après les photos prises juste avant et après, appliquée le {when}</numerusform>
                <numerusform>annulé : la géolocalisation de %n photos d’après les photos prises juste avant et après, appliquée le {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos back where they were</source>
            <translation>
                <numerusform>%n photo remise où elle était</numerusform>
                <numerusform>%n photos remises où elles étaient</numerusform>
            </translation>
        </message>
        <message>
            <source>'{text}' is not a time with its offset, e.g. 2026-05-04T10:00:00+02:00</source>
            <translation>« {text} » n’est pas une heure avec son décalage, par ex. 2026-05-04T10:00:00+02:00</translation>
        </message>
        <message>
            <source>'{text}' is not a place as LAT,LON, e.g. 44.8125,20.4612</source>
            <translation>« {text} » n’est pas un lieu sous la forme LAT,LON, par ex. 44.8125,20.4612</translation>
        </message>
        <message>
            <source>--check names one photo, not a camera of several</source>
            <translation>--check désigne une seule photo, pas une caméra qui en a plusieurs</translation>
        </message>
        <message>
            <source>reading the track {name}…</source>
            <translation>lecture de la trace {name}…</translation>
        </message>
        <message>
            <source>track {name}: {start} to {end} ({zone})</source>
            <translation>trace {name} : de {start} à {end} ({zone})</translation>
        </message>
        <message>
            <source>track {name}: {start} to {end} (UTC)</source>
            <translation>trace {name} : de {start} à {end} (UTC)</translation>
        </message>
        <message>
            <source>clock check: {device} runs at {offset} from UTC</source>
            <translation>vérification de l’horloge : {device} est à {offset} de UTC</translation>
        </message>
        <message>
            <source>clock offsets (wall clock minus UTC):</source>
            <translation>décalages d’horloge (heure affichée moins UTC) :</translation>
        </message>
        <message numerus="yes">
            <source>{device}: {offset} from {source}, %n photos</source>
            <translation>
                <numerusform>{device} : {offset} d’après {source}, %n photo</numerusform>
                <numerusform>{device} : {offset} d’après {source}, %n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>new position</source>
            <translation>nouvelle position</translation>
        </message>
        <message>
            <source>moved {metres} m</source>
            <translation>déplacée de {metres} m</translation>
        </message>
        <message>
            <source>±{metres} m</source>
            <translation>±{metres} m</translation>
        </message>
        <message numerus="yes">
            <source>%n photos can be placed</source>
            <translation>
                <numerusform>%n photo peut être placée</numerusform>
                <numerusform>%n photos peuvent être placées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot</source>
            <translation>
                <numerusform>%n ne peut pas l’être</numerusform>
                <numerusform>%n ne peuvent pas l’être</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos are in cameras placed by hand: the photos get their new position, the cameras keep their place</source>
            <translation>
                <numerusform>%n photo est dans une caméra placée à la main : la photo prend sa nouvelle position, la caméra garde sa place</numerusform>
                <numerusform>%n photos sont dans des caméras placées à la main : les photos prennent leur nouvelle position, les caméras gardent leur place</numerusform>
            </translation>
        </message>
        <message>
            <source>dry run: nothing was changed</source>
            <translation>essai à blanc : rien n’a été modifié</translation>
        </message>
        <message numerus="yes">
            <source>%n photos geotagged</source>
            <translation>
                <numerusform>%n photo géolocalisée</numerusform>
                <numerusform>%n photos géolocalisées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras joined a camera nearby</source>
            <translation>
                <numerusform>%n caméra a rejoint une caméra proche</numerusform>
                <numerusform>%n caméras ont rejoint une caméra proche</numerusform>
            </translation>
        </message>
        <message>
            <source>to undo: surveyapp geotag --undo</source>
            <translation>pour annuler : surveyapp geotag --undo</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras placed by hand kept their place (their photos were geotagged all the same):</source>
            <translation>
                <numerusform>%n caméra placée à la main a gardé sa place (ses photos ont été géolocalisées quand même) :</numerusform>
                <numerusform>%n caméras placées à la main ont gardé leur place (leurs photos ont été géolocalisées quand même) :</numerusform>
            </translation>
        </message>
        <message>
            <source>change settings: name=TEXT blur=on|off time_zone=ZONE</source>
            <translation>modifier les réglages : name=TEXTE blur=on|off time_zone=FUSEAU</translation>
        </message>
        <message>
            <source>'{item}' is not name=TEXT, blur=on|off or time_zone=ZONE</source>
            <translation>« {item} » n’est pas name=TEXTE, blur=on|off ni time_zone=FUSEAU</translation>
        </message>
        <message>
            <source>blur is on or off, not '{value}'</source>
            <translation>blur vaut on ou off, pas « {value} »</translation>
        </message>
        <message>
            <source>survey: {name}</source>
            <translation>relevé : {name}</translation>
        </message>
        <message>
            <source>blur faces and licence plates in shared photos: on</source>
            <translation>flouter visages et plaques dans les photos partagées : oui</translation>
        </message>
        <message>
            <source>blur faces and licence plates in shared photos: off</source>
            <translation>flouter visages et plaques dans les photos partagées : non</translation>
        </message>
        <message>
            <source>time zone of photos without one: {zone}</source>
            <translation>fuseau horaire des photos qui n’en ont pas : {zone}</translation>
        </message>
        <message>
            <source>a survey name has 1 to 200 characters</source>
            <translation>un nom de relevé compte de 1 à 200 caractères</translation>
        </message>
        <message numerus="yes">
            <source>%n photos will be shared again with the new setting</source>
            <translation>
                <numerusform>%n photo sera de nouveau partagée avec le nouveau réglage</numerusform>
                <numerusform>%n photos seront de nouveau partagées avec le nouveau réglage</numerusform>
            </translation>
        </message>
        <message>
            <source>SQLAlchemy URL: {sqlite} or {postgresql} (default: {variable} or {file_name} in the per-user data folder)</source>
            <translation>URL SQLAlchemy : {sqlite} ou {postgresql} (par défaut : {variable} ou {file_name} dans le dossier de données de l’utilisateur)</translation>
        </message>
        <message>
            <source>run and administer the team's sync server</source>
            <translation>lancer et administrer le serveur de synchronisation de l’équipe</translation>
        </message>
        <message>
            <source>serve the sync API (OpenAPI at /docs)</source>
            <translation>servir l’API de synchronisation (OpenAPI sur /docs)</translation>
        </message>
        <message>
            <source>address to listen on (default {host})</source>
            <translation>adresse d’écoute (par défaut {host})</translation>
        </message>
        <message>
            <source>port (default {port})</source>
            <translation>port (par défaut {port})</translation>
        </message>
        <message>
            <source>folder for photo blobs (default: beside the database, or {folder} in the per-user data folder)</source>
            <translation>dossier des fichiers photo (par défaut : à côté de la base, ou {folder} dans le dossier de données de l’utilisateur)</translation>
        </message>
        <message>
            <source>largest photo accepted, in MB (default {size})</source>
            <translation>plus grande photo acceptée, en Mo (par défaut {size})</translation>
        </message>
        <message>
            <source>delete a shared photo copy this many hours after no photo names it (default 24)</source>
            <translation>supprimer une copie partagée ce nombre d’heures après qu’aucune photo ne la désigne plus (24 par défaut)</translation>
        </message>
        <message>
            <source>server processes sharing the port (PostgreSQL only; default {count})</source>
            <translation>processus serveur qui partagent le port (PostgreSQL seulement ; par défaut {count})</translation>
        </message>
        <message>
            <source>requests a second one token may make, in each process; 0: no limit (default {rate})</source>
            <translation>requêtes par seconde permises à un jeton, dans chaque processus ; 0 : sans limite (par défaut {rate})</translation>
        </message>
        <message>
            <source>the public map at /</source>
            <translation>la carte publique à /</translation>
        </message>
        <message>
            <source>the public page's title</source>
            <translation>le titre de la page publique</translation>
        </message>
        <message>
            <source>the public page's language (default: each visitor's browser's, else English)</source>
            <translation>la langue de la page publique (par défaut : celle du navigateur de chaque visiteur, sinon l’anglais)</translation>
        </message>
        <message>
            <source>the public page's about text</source>
            <translation>le texte de présentation de la page publique</translation>
        </message>
        <message>
            <source>the background map's tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (default: none, the cameras alone)</source>
            <translation>les tuiles du fond de carte, p. ex. https://tile.openstreetmap.org/{z}/{x}/{y}.png (par défaut : aucune, les caméras seules)</translation>
        </message>
        <message>
            <source>the tiles' attribution text</source>
            <translation>le texte d’attribution des tuiles</translation>
        </message>
        <message>
            <source>publish a camera that two volunteers photographed even before a reviewer looked (never one a reviewer disputed or removed)</source>
            <translation>publier une caméra photographiée par deux bénévoles avant même qu’un relecteur l’examine (jamais une caméra qu’un relecteur a contestée ou retirée)</translation>
        </message>
        <message>
            <source>an offline map area (a .basemap.sqlite file the desktop app made from an OSM extract, or a folder of them) that names each published camera's street and district; may be repeated</source>
            <translation>une zone de carte hors ligne (un fichier .basemap.sqlite que l’application de bureau a fait d’un extrait OSM, ou un dossier de tels fichiers) qui nomme la rue et le quartier de chaque caméra publiée ; peut être répété</translation>
        </message>
        <message>
            <source>add a user; prints their token (shown only once)</source>
            <translation>ajouter un utilisateur ; affiche son jeton (une seule fois)</translation>
        </message>
        <message>
            <source>a pseudonym (the server stores nothing else about them)</source>
            <translation>un pseudonyme (le serveur ne garde rien d’autre sur la personne)</translation>
        </message>
        <message>
            <source>give a user another role (the running server acts on it at once)</source>
            <translation>donner un autre rôle à un utilisateur (le serveur en marche l’applique aussitôt)</translation>
        </message>
        <message>
            <source>revoke a user's token</source>
            <translation>révoquer le jeton d’un utilisateur</translation>
        </message>
        <message>
            <source>give a user a new token in place of their old one (shown only once)</source>
            <translation>donner à un utilisateur un nouveau jeton à la place de l’ancien (affiché une seule fois)</translation>
        </message>
        <message>
            <source>the users, their roles, revoked tokens</source>
            <translation>les utilisateurs, leurs rôles, les jetons révoqués</translation>
        </message>
        <message>
            <source>cannot open the server database: its driver {driver} is not installed; write postgresql+psycopg://USER@HOST/DB or sqlite:///PATH</source>
            <translation>impossible d’ouvrir la base du serveur : son pilote {driver} n’est pas installé ; écrivez postgresql+psycopg://USER@HOST/DB ou sqlite:///PATH</translation>
        </message>
        <message>
            <source>cannot open the server database: {reason}</source>
            <translation>impossible d’ouvrir la base du serveur : {reason}</translation>
        </message>
        <message>
            <source>upgraded the server database's schema from {old} to {new}</source>
            <translation>schéma de la base du serveur mis à jour de {old} à {new}</translation>
        </message>
        <message>
            <source>{option} must be between {low} and {high}</source>
            <translation>{option} doit être entre {low} et {high}</translation>
        </message>
        <message>
            <source>{option} must be positive</source>
            <translation>{option} doit être positif</translation>
        </message>
        <message>
            <source>SQLite serves one process: use PostgreSQL for {option} above 1</source>
            <translation>SQLite ne sert qu’un processus : utilisez PostgreSQL pour {option} au-delà de 1</translation>
        </message>
        <message>
            <source>{path} is no offline map area (a .basemap.sqlite file, or a folder of them)</source>
            <translation>{path} n’est pas une zone de carte hors ligne (un fichier .basemap.sqlite, ou un dossier de tels fichiers)</translation>
        </message>
        <message>
            <source>Added {role} {name}. Their token (shown only this once):</source>
            <translation>{name} ajouté ({role}). Son jeton (affiché cette seule fois) :</translation>
        </message>
        <message>
            <source>{name} is a {role} already</source>
            <translation>{name} a déjà le rôle {role}</translation>
        </message>
        <message>
            <source>{name} is now a {role} (was a {was})</source>
            <translation>{name} a maintenant le rôle {role} (avant : {was})</translation>
        </message>
        <message>
            <source>revoked the token of {name}</source>
            <translation>jeton de {name} révoqué</translation>
        </message>
        <message>
            <source>New token of {name}; the old one no longer works (shown only this once):</source>
            <translation>Nouveau jeton de {name} ; l’ancien ne fonctionne plus (affiché cette seule fois) :</translation>
        </message>
        <message>
            <source>what to check: likely duplicates, cameras already in OSM, missing data and originals</source>
            <translation>à vérifier : doublons probables, caméras déjà dans OSM, données et originaux manquants</translation>
        </message>
        <message>
            <source>no warnings</source>
            <translation>aucun avertissement</translation>
        </message>
        <message>
            <source>put the latest good backup in place of a damaged survey</source>
            <translation>remettre la dernière bonne sauvegarde à la place d’un relevé endommagé</translation>
        </message>
        <message>
            <source>this backup file, not the latest</source>
            <translation>ce fichier de sauvegarde, pas le plus récent</translation>
        </message>
        <message>
            <source>list the backups, change nothing</source>
            <translation>lister les sauvegardes, sans rien changer</translation>
        </message>
        <message>
            <source>back the survey up now, beside it (SQLite's backup API)</source>
            <translation>sauvegarder le relevé maintenant, à côté de lui (API de sauvegarde de SQLite)</translation>
        </message>
        <message>
            <source>{backup}  cannot be used: {reason}</source>
            <translation>{backup}  inutilisable : {reason}</translation>
        </message>
        <message>
            <source>no backups beside {path}</source>
            <translation>aucune sauvegarde à côté de {path}</translation>
        </message>
        <message>
            <source>restored {path} from the backup {backup} (made {made})</source>
            <translation>{path} restauré depuis la sauvegarde {backup} (faite le {made})</translation>
        </message>
        <message>
            <source>the damaged file is kept as {path}</source>
            <translation>le fichier endommagé est conservé sous le nom {path}</translation>
        </message>
        <message>
            <source>the survey it replaced is kept as {path}</source>
            <translation>le relevé qu’elle a remplacé est conservé sous le nom {path}</translation>
        </message>
        <message numerus="yes">
            <source>warning: the originals of %n photos of the backup are not in the photo library {library}: if it was moved or is on a disk not plugged in, put it back there and run this restore again before anything else, so that the photos imported after the backup are added back too</source>
            <translation>
                <numerusform>avertissement : l’original de %n photo de la sauvegarde n’est pas dans la photothèque {library} : si elle a été déplacée ou est sur un disque non branché, remettez-la à sa place et relancez cette restauration avant toute autre chose, pour que les photos importées après la sauvegarde soient rajoutées aussi</numerusform>
                <numerusform>avertissement : les originaux de %n photos de la sauvegarde ne sont pas dans la photothèque {library} : si elle a été déplacée ou est sur un disque non branché, remettez-la à sa place et relancez cette restauration avant toute autre chose, pour que les photos importées après la sauvegarde soient rajoutées aussi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the damaged file cannot be read, so nothing says which photos imported after the backup you deleted since: %n were not added back, so that none you withdrew is shared again; their originals are kept in {folder}. Those you shared come back at your next sync; import again those you kept and never shared: surveyapp --db {path} import FILE...</source>
            <translation>
                <numerusform>le fichier endommagé est illisible, rien ne dit donc si vous avez supprimé la photo importée après la sauvegarde : %n photo n’a pas été rajoutée, pour que rien de ce que vous avez retiré ne soit partagé à nouveau ; son original est conservé dans {folder}. Si vous l’aviez partagée, elle revient à votre prochaine synchronisation ; si vous l’avez gardée sans la partager, importez-la à nouveau : surveyapp --db {path} import FICHIER...</numerusform>
                <numerusform>le fichier endommagé est illisible, rien ne dit donc lesquelles des photos importées après la sauvegarde vous avez supprimées depuis : %n photos n’ont pas été rajoutées, pour que rien de ce que vous avez retiré ne soit partagé à nouveau ; leurs originaux sont conservés dans {folder}. Celles que vous aviez partagées reviennent à votre prochaine synchronisation ; importez à nouveau celles que vous avez gardées sans les partager : surveyapp --db {path} import FICHIER...</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos imported after the backup were added back from the library; other changes made after it are lost</source>
            <translation>
                <numerusform>%n photo importée après la sauvegarde a été rajoutée depuis la photothèque ; les autres modifications faites après sont perdues</numerusform>
                <numerusform>%n photos importées après la sauvegarde ont été rajoutées depuis la photothèque ; les autres modifications faites après sont perdues</numerusform>
            </translation>
        </message>
        <message>
            <source>undo the last camera edit made from the command line</source>
            <translation>annuler la dernière modification de caméra faite en ligne de commande</translation>
        </message>
        <message>
            <source>when the last edit's undo is refused (changed since, not allowed), set that edit aside without undoing it (it stays as it is and is never undone later) and undo the one before it</source>
            <translation>quand l’annulation de la dernière modification est refusée (modifiée depuis, non autorisée), mettre cette modification de côté sans l’annuler (elle reste telle quelle et ne sera jamais annulée plus tard) et annuler celle d’avant</translation>
        </message>
        <message>
            <source>redo the camera edit undone last</source>
            <translation>rétablir la dernière modification de caméra annulée</translation>
        </message>
        <message>
            <source>when the redo of the edit undone last is refused (changed since, not allowed), set that edit aside without redoing it (it stays undone and is never redone later) and redo the one after it</source>
            <translation>quand le rétablissement de la dernière modification annulée est refusé (modifiée depuis, non autorisée), mettre cette modification de côté sans la rétablir (elle reste annulée et ne sera jamais rétablie plus tard) et rétablir celle d’après</translation>
        </message>
        <message>
            <source>set aside, not redone: {edit} (it stays undone)</source>
            <translation>mis de côté, non rétabli : {edit} (reste annulé)</translation>
        </message>
        <message>
            <source>set aside, not undone: {edit} (it stays as it is)</source>
            <translation>mis de côté, non annulé : {edit} (reste tel quel)</translation>
        </message>
        <message>
            <source>there is no edit after it to redo</source>
            <translation>il n’y a pas de modification d’après à rétablir</translation>
        </message>
        <message>
            <source>there is no edit before it to undo</source>
            <translation>il n’y a pas de modification d’avant à annuler</translation>
        </message>
        <message>
            <source>undone: {edit}</source>
            <translation>annulé : {edit}</translation>
        </message>
        <message>
            <source>redone: {edit}</source>
            <translation>rétabli : {edit}</translation>
        </message>
        <message>
            <source>{error}
`surveyapp redo --skip` sets the {name} aside (it stays undone) and redoes the {before} after it</source>
            <translation>{error}
`surveyapp redo --skip` met l’opération « {name} » de côté (elle reste annulée) et rétablit l’opération « {before} » d’après</translation>
        </message>
        <message>
            <source>{error}
`surveyapp redo --skip` sets the {name} aside (it stays undone)</source>
            <translation>{error}
`surveyapp redo --skip` met l’opération « {name} » de côté (elle reste annulée)</translation>
        </message>
        <message>
            <source>{error}
`surveyapp undo --skip` sets the {name} aside (it stays as it is) and undoes the {before} before it</source>
            <translation>{error}
`surveyapp undo --skip` met l’opération « {name} » de côté (elle reste telle quelle) et annule l’opération « {before} » d’avant</translation>
        </message>
        <message>
            <source>{error}
`surveyapp undo --skip` sets the {name} aside (it stays as it is)</source>
            <translation>{error}
`surveyapp undo --skip` met l’opération « {name} » de côté (elle reste telle quelle)</translation>
        </message>
        <message>
            <source>(the server gets the change at the next sync)</source>
            <translation>(le serveur reçoit le changement à la prochaine synchronisation)</translation>
        </message>
        <message>
            <source>sync with the team's server (status: what is waiting; fetch: a photo)</source>
            <translation>synchroniser avec le serveur de l’équipe (status : ce qui attend ; fetch : une photo)</translation>
        </message>
        <message>
            <source>keep the token in the OS keyring</source>
            <translation>garder le jeton dans le trousseau du système</translation>
        </message>
        <message>
            <source>print the run's summary as JSON</source>
            <translation>afficher le bilan de la synchronisation en JSON</translation>
        </message>
        <message>
            <source>show what would leave the laptop; no network</source>
            <translation>montrer ce qui quitterait l’ordinateur ; sans réseau</translation>
        </message>
        <message>
            <source>changes and photos waiting, recent runs</source>
            <translation>modifications et photos en attente, synchronisations récentes</translation>
        </message>
        <message>
            <source>drop changes the server refused and take the server's values back</source>
            <translation>abandonner les modifications refusées par le serveur et reprendre ses valeurs</translation>
        </message>
        <message>
            <source>the record's id (or a prefix of 4+ characters)</source>
            <translation>l’identifiant de l’enregistrement (ou son début, 4 caractères ou plus)</translation>
        </message>
        <message>
            <source>every refused change</source>
            <translation>toutes les modifications refusées</translation>
        </message>
        <message>
            <source>download someone else's photo into the library</source>
            <translation>télécharger la photo d’un autre dans la bibliothèque</translation>
        </message>
        <message>
            <source>photo id or sha256</source>
            <translation>identifiant ou sha256 de la photo</translation>
        </message>
        <message>
            <source>the server's address</source>
            <translation>l’adresse du serveur</translation>
        </message>
        <message>
            <source>your token (else $SURVEYAPP_TOKEN, or the keyring)</source>
            <translation>votre jeton (sinon $SURVEYAPP_TOKEN, ou le trousseau)</translation>
        </message>
        <message>
            <source>'{server}' is not a server address (http://... or https://...)</source>
            <translation>« {server} » n’est pas une adresse de serveur (http://... ou https://...)</translation>
        </message>
        <message>
            <source>give the server: --server URL</source>
            <translation>indiquez le serveur : --server URL</translation>
        </message>
        <message>
            <source>put off: {item}</source>
            <translation>reporté : {item}</translation>
        </message>
        <message>
            <source>everything is in sync</source>
            <translation>tout est synchronisé</translation>
        </message>
        <message>
            <source>this laptop has sent everything</source>
            <translation>cet ordinateur a tout envoyé</translation>
        </message>
        <message numerus="yes">
            <source>%n changes were refused by the server: see `surveyapp sync status`; `surveyapp sync discard ID` (or --all) drops them and takes the server's values</source>
            <translation>
                <numerusform>%n modification a été refusée par le serveur : voir `surveyapp sync status` ; `surveyapp sync discard ID` (ou --all) l’abandonne et reprend les valeurs du serveur</numerusform>
                <numerusform>%n modifications ont été refusées par le serveur : voir `surveyapp sync status` ; `surveyapp sync discard ID` (ou --all) les abandonne et reprend les valeurs du serveur</numerusform>
            </translation>
        </message>
        <message>
            <source>{changes} and {photos} still waiting: sync again</source>
            <translation>{changes} et {photos} encore en attente : synchronisez à nouveau</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n modification</numerusform>
                <numerusform>%n modifications</numerusform>
            </translation>
        </message>
        <message>
            <source>{sent} ({merged}), {photos}, {pulled} ({received})</source>
            <translation>{sent} ({merged}), {photos}, {pulled} ({received})</translation>
        </message>
        <message numerus="yes">
            <source>%n merged with others' edits</source>
            <translation>
                <numerusform>%n fusionnée avec les modifications d’autres</numerusform>
                <numerusform>%n fusionnées avec les modifications d’autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes pulled</source>
            <translation>
                <numerusform>%n modification récupérée</numerusform>
                <numerusform>%n modifications récupérées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new here</source>
            <translation>
                <numerusform>%n nouvelle ici</numerusform>
                <numerusform>%n nouvelles ici</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n surveys</source>
            <translation>
                <numerusform>%n relevé</numerusform>
                <numerusform>%n relevés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes would be pushed ({kinds}; {deletions})</source>
            <translation>
                <numerusform>%n modification serait envoyée ({kinds} ; {deletions})</numerusform>
                <numerusform>%n modifications seraient envoyées ({kinds} ; {deletions})</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message numerus="yes">
            <source>%n deletions</source>
            <translation>
                <numerusform>%n suppression</numerusform>
                <numerusform>%n suppressions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n refused changes (not sent again; `surveyapp sync discard`)</source>
            <translation>
                <numerusform>et %n modification refusée (plus envoyée ; `surveyapp sync discard`)</numerusform>
                <numerusform>et %n modifications refusées (plus envoyées ; `surveyapp sync discard`)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos would be uploaded (shareable copies, never the originals)</source>
            <translation>
                <numerusform>%n photo serait téléversée (copies partageables, jamais les originaux)</numerusform>
                <numerusform>%n photos seraient téléversées (copies partageables, jamais les originaux)</numerusform>
            </translation>
        </message>
        <message>
            <source>warning: the token was not saved: {error}; give it again next time (--token, or $SURVEYAPP_TOKEN)</source>
            <translation>avertissement : le jeton n’a pas été enregistré : {error} ; donnez-le à nouveau la prochaine fois (--token, ou $SURVEYAPP_TOKEN)</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>retry: {reason}</source>
            <translation>nouvel essai : {reason}</translation>
        </message>
        <message>
            <source>interrupted: what was sent is kept; sync again to finish</source>
            <translation>interrompu : ce qui a été envoyé est conservé ; synchronisez à nouveau pour terminer</translation>
        </message>
        <message>
            <source>{error}; nothing was lost: the changes wait for a new token</source>
            <translation>{error} ; rien n’est perdu : les modifications attendent un nouveau jeton</translation>
        </message>
        <message>
            <source>{error}; nothing was lost: sync again later</source>
            <translation>{error} ; rien n’est perdu : synchronisez à nouveau plus tard</translation>
        </message>
        <message>
            <source>refused: {item}</source>
            <translation>refusée : {item}</translation>
        </message>
        <message>
            <source>(surveyapp sync discard ID, or --all: drop them and take the server's values)</source>
            <translation>(surveyapp sync discard ID, ou --all : les abandonner et reprendre les valeurs du serveur)</translation>
        </message>
        <message>
            <source>recent runs:</source>
            <translation>synchronisations récentes :</translation>
        </message>
        <message>
            <source>{when}  {server}  pushed {pushed}, pulled {pulled}, photos {photos}, errors {errors}: {result}</source>
            <translation>{when}  {server}  envoyées {pushed}, récupérées {pulled}, photos {photos}, erreurs {errors} : {result}</translation>
        </message>
        <message>
            <source>discarded: {item}</source>
            <translation>abandonnée : {item}</translation>
        </message>
        <message numerus="yes">
            <source>'{photo}' names %n photos (give its id or sha256)</source>
            <translation>
                <numerusform>« {photo} » désigne %n photo (donnez son id ou son sha256)</numerusform>
                <numerusform>« {photo} » désigne %n photos (donnez son id ou son sha256)</numerusform>
            </translation>
        </message>
        <message>
            <source>a user name is 1 to {count} characters</source>
            <translation>un nom d’utilisateur a de 1 à {count} caractères</translation>
        </message>
        <message>
            <source>unknown role {role}; choose one of {roles}</source>
            <translation>rôle {role} inconnu ; choisissez parmi {roles}</translation>
        </message>
        <message>
            <source>a user named {name} exists already</source>
            <translation>il existe déjà un utilisateur nommé {name}</translation>
        </message>
        <message>
            <source>no user named {name}</source>
            <translation>aucun utilisateur nommé {name}</translation>
        </message>
    </context>
    <context>
        <name>database</name>
        <message>
            <source>the backup could not be written in {folder}: {reason}</source>
            <translation>la sauvegarde n’a pas pu être écrite dans {folder} : {reason}</translation>
        </message>
        <message>
            <source>the backup could not be put back in {folder}: {reason}</source>
            <translation>la sauvegarde n’a pas pu être remise en place dans {folder} : {reason}</translation>
        </message>
        <message>
            <source>it is not a file</source>
            <translation>ce n’est pas un fichier</translation>
        </message>
        <message>
            <source>it is empty (0 bytes): cut short</source>
            <translation>elle est vide (0 octet) : tronquée</translation>
        </message>
        <message>
            <source>it is damaged or cut short ({detail})</source>
            <translation>elle est endommagée ou tronquée ({detail})</translation>
        </message>
        <message>
            <source>it is no SurveyApp survey</source>
            <translation>ce n’est pas un relevé SurveyApp</translation>
        </message>
        <message>
            <source>its schema {revision} is none this SurveyApp knows (another program's file, or a newer SurveyApp's)</source>
            <translation>ce SurveyApp ne connaît pas son schéma {revision} (le fichier d’un autre programme, ou d’un SurveyApp plus récent)</translation>
        </message>
        <message>
            <source>the backup {backup} cannot be used: {reason}</source>
            <translation>la sauvegarde {backup} est inutilisable : {reason}</translation>
        </message>
        <message>
            <source>{what}; the survey is as it was</source>
            <translation>{what} ; le relevé est resté tel qu’il était</translation>
        </message>
        <message>
            <source>{path} is open in SurveyApp (the app or a command): close it, then restore the backup</source>
            <translation>{path} est ouvert dans SurveyApp (l’application ou une commande) : fermez-le, puis restaurez la sauvegarde</translation>
        </message>
        <message>
            <source>there is no usable backup of {path}{problems}</source>
            <translation>il n’y a aucune sauvegarde utilisable de {path}{problems}</translation>
        </message>
        <message>
            <source>its last changes are still in {wal}, which SurveyApp cannot read in a read-only folder; copy the folder somewhere writable and open the copy</source>
            <translation>ses dernières modifications sont encore dans {wal}, que SurveyApp ne peut pas lire dans un dossier en lecture seule ; copiez le dossier dans un endroit modifiable et ouvrez la copie</translation>
        </message>
        <message>
            <source>{path} is a folder, not a survey database</source>
            <translation>{path} est un dossier, pas une base de données de relevé</translation>
        </message>
        <message>
            <source>{path} is not a file (a named pipe or a device), not a survey database</source>
            <translation>{path} n’est pas un fichier (c’est un tube nommé ou un périphérique), pas une base de données de relevé</translation>
        </message>
        <message>
            <source>there is no survey at {path}, and its folder is read-only</source>
            <translation>il n’y a pas de relevé à {path}, et son dossier est en lecture seule</translation>
        </message>
        <message>
            <source>it was saved by another version of SurveyApp and must be upgraded, which needs write access</source>
            <translation>il a été enregistré par une autre version de SurveyApp et doit être mis à niveau, ce qui demande l’accès en écriture</translation>
        </message>
        <message>
            <source>{path} is not a SurveyApp survey but another program's database (its tables: {tables}); nothing was changed: choose a survey, or a new file name to start one</source>
            <translation>{path} n’est pas un relevé SurveyApp mais la base de données d’un autre programme (ses tables : {tables}) ; rien n’a été modifié : choisissez un relevé, ou un nouveau nom de fichier pour en commencer un</translation>
        </message>
        <message>
            <source>the survey database is damaged ({reason}) and there is no backup of it beside it; keep the file: SQLite's .recover may still get its data back</source>
            <translation>la base de données du relevé est endommagée ({reason}) et il n’y en a aucune sauvegarde à côté ; gardez le fichier : le .recover de SQLite peut encore en récupérer les données</translation>
        </message>
        <message>
            <source>the survey database is damaged ({reason}): the latest backup is {backup} (made {made}); to go back to it, run: surveyapp --db {path} restore-backup</source>
            <translation>la base de données du relevé est endommagée ({reason}) : la dernière sauvegarde est {backup} (faite le {made}) ; pour y revenir, lancez : surveyapp --db {path} restore-backup</translation>
        </message>
        <message>
            <source>the survey database {path} is empty (0 bytes) and there is no backup of it; if no survey was ever saved there, delete the file and SurveyApp starts a new one</source>
            <translation>la base de données du relevé {path} est vide (0 octet) et il n’y en a aucune sauvegarde ; si aucun relevé n’y a jamais été enregistré, supprimez le fichier et SurveyApp en commencera un nouveau</translation>
        </message>
        <message>
            <source>the survey database {path} is empty (0 bytes): the latest backup is {backup} (made {made}); to go back to it, run: surveyapp --db {path} restore-backup</source>
            <translation>la base de données du relevé {path} est vide (0 octet) : la dernière sauvegarde est {backup} (faite le {made}) ; pour y revenir, lancez : surveyapp --db {path} restore-backup</translation>
        </message>
        <message>
            <source>the file, its folder or its disk does not allow changes</source>
            <translation>le fichier, son dossier ou son disque n’autorise pas de modification</translation>
        </message>
        <message>
            <source>the survey is read-only: {reason}; nothing was changed (commands that only read still work: {path})</source>
            <translation>le relevé est en lecture seule : {reason} ; rien n’a été modifié (les commandes qui ne font que lire fonctionnent toujours : {path})</translation>
        </message>
        <message>
            <source>the survey database was moved or deleted while SurveyApp had it open; nothing was changed: open it again where it is now ({path})</source>
            <translation>la base de données du relevé a été déplacée ou supprimée pendant que SurveyApp l’avait ouverte ; rien n’a été modifié : rouvrez-la là où elle est maintenant ({path})</translation>
        </message>
        <message>
            <source>the disk is full: this change was not saved, everything saved before it is intact; free some space, then try again ({path})</source>
            <translation>le disque est plein : cette modification n’a pas été enregistrée, tout ce qui a été enregistré avant est intact ; libérez de la place, puis réessayez ({path})</translation>
        </message>
        <message>
            <source>the survey is busy: another program has been writing to it for a minute; nothing was changed, try again when it is done ({path})</source>
            <translation>le relevé est occupé : un autre programme y écrit depuis une minute ; rien n’a été modifié, réessayez quand il aura fini ({path})</translation>
        </message>
        <message>
            <source>the survey database cannot be opened ({reason}): {path}</source>
            <translation>la base de données du relevé ne peut pas être ouverte ({reason}) : {path}</translation>
        </message>
        <message>
            <source>the disk could not read or write the survey database ({reason}); nothing more was changed: check the disk, then open the survey again ({path})</source>
            <translation>le disque n’a pas pu lire ou écrire la base de données du relevé ({reason}) ; rien de plus n’a été modifié : vérifiez le disque, puis rouvrez le relevé ({path})</translation>
        </message>
        <message>
            <source>This database was written by a newer version of SurveyApp (schema {schema}); this version knows schemas up to {head}. Install the newer SurveyApp to open it.</source>
            <translation>Cette base de données a été écrite par une version plus récente de SurveyApp (schéma {schema}) ; cette version connaît les schémas jusqu’à {head}. Installez le SurveyApp plus récent pour l’ouvrir.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>photo {photo} ({name}) cannot be shared: its original is missing from the library ({path}): import its file again to put it back</source>
            <translation>la photo {photo} ({name}) ne peut pas être partagée : son original manque dans la bibliothèque ({path}) : importez de nouveau son fichier pour le remettre en place</translation>
        </message>
        <message>
            <source>photo {photo} ({name}) cannot be shared: {path}: {reason}</source>
            <translation>la photo {photo} ({name}) ne peut pas être partagée : {path} : {reason}</translation>
        </message>
        <message>
            <source>photo {photo} ({name}): {error}</source>
            <translation>photo {photo} ({name}) : {error}</translation>
        </message>
    </context>
    <context>
        <name>families</name>
        <message>
            <source>IPC6000 series (IPC6xxx-WD, -IR, -VRZ, -Z30)</source>
            <translation>série IPC6000 (IPC6xxx-WD, -IR, -VRZ, -Z30)</translation>
        </message>
        <message>
            <source>IPC6000 series number (IPC6xxx, not IPC60xx)</source>
            <translation>numéro de la série IPC6000 (IPC6xxx, pas IPC60xx)</translation>
        </message>
        <message>
            <source>SDC series with -10- (M2141-10-EI, D3220-10-SIU)</source>
            <translation>série SDC avec -10- (M2141-10-EI, D3220-10-SIU)</translation>
        </message>
        <message>
            <source>SDC series suffix (-EI, -EFL, -FLI, -HLI, -SIU, -Z48, -E-Z31M)</source>
            <translation>suffixe de la série SDC (-EI, -EFL, -FLI, -HLI, -SIU, -Z48, -E-Z31M)</translation>
        </message>
        <message>
            <source>SDC series number (M2141, D3220, X6921)</source>
            <translation>numéro de la série SDC (M2141, D3220, X6921)</translation>
        </message>
        <message>
            <source>C/D/M/X and four digits (SDC naming)</source>
            <translation>C/D/M/X et quatre chiffres (nommage SDC)</translation>
        </message>
        <message>
            <source>C-series bullet -I-P/-I-PU (C2120-I-P, C2150-10-I-PU)</source>
            <translation>caméra tube série C -I-P/-I-PU (C2120-I-P, C2150-10-I-PU)</translation>
        </message>
        <message>
            <source>IPC6xxx with another suffix</source>
            <translation>IPC6xxx avec un autre suffixe</translation>
        </message>
        <message>
            <source>DS-2CD network camera</source>
            <translation>caméra réseau DS-2CD</translation>
        </message>
        <message>
            <source>DS-2CE Turbo HD analogue camera</source>
            <translation>caméra analogique Turbo HD DS-2CE</translation>
        </message>
        <message>
            <source>DS-2CC analogue camera</source>
            <translation>caméra analogique DS-2CC</translation>
        </message>
        <message>
            <source>DS-2CV Wi-Fi and cube camera</source>
            <translation>caméra Wi-Fi et cube DS-2CV</translation>
        </message>
        <message>
            <source>DS-2CFS 4G/solar camera</source>
            <translation>caméra 4G/solaire DS-2CFS</translation>
        </message>
        <message>
            <source>DS-2DE PTZ speed dome</source>
            <translation>dôme rapide PTZ DS-2DE</translation>
        </message>
        <message>
            <source>DS-2AE Turbo HD PTZ speed dome</source>
            <translation>dôme rapide PTZ Turbo HD DS-2AE</translation>
        </message>
        <message>
            <source>DS-2DF speed dome</source>
            <translation>dôme rapide DS-2DF</translation>
        </message>
        <message>
            <source>DS-2DP PanoVu panoramic PTZ</source>
            <translation>PTZ panoramique PanoVu DS-2DP</translation>
        </message>
        <message>
            <source>DS-2SE/2SF/2SK TandemVu</source>
            <translation>DS-2SE/2SF/2SK TandemVu</translation>
        </message>
        <message>
            <source>DS-2XS/2XE solar and explosion-proof</source>
            <translation>DS-2XS/2XE solaire et antidéflagrante</translation>
        </message>
        <message>
            <source>DS-2PT panoramic PTZ</source>
            <translation>PTZ panoramique DS-2PT</translation>
        </message>
        <message>
            <source>DS-2TD thermal camera</source>
            <translation>caméra thermique DS-2TD</translation>
        </message>
        <message>
            <source>iDS- DeepinView camera</source>
            <translation>caméra DeepinView iDS-</translation>
        </message>
        <message>
            <source>iDS-TCM traffic (ITS) camera</source>
            <translation>caméra de trafic (ITS) iDS-TCM</translation>
        </message>
        <message>
            <source>DS-T traffic (ITS/ANPR) camera</source>
            <translation>caméra de trafic (ITS/LAPI) DS-T</translation>
        </message>
        <message>
            <source>DS-K video intercom (door and indoor stations)</source>
            <translation>interphone vidéo DS-K (platines de rue et postes intérieurs)</translation>
        </message>
        <message>
            <source>AE- mobile (vehicle) camera and recorder</source>
            <translation>caméra et enregistreur mobiles (véhicule) AE-</translation>
        </message>
        <message>
            <source>DS-2 camera of another series (DS-2DT, DS-2TA, DS-2TP, DS-2ST)</source>
            <translation>caméra DS-2 d’une autre série (DS-2DT, DS-2TA, DS-2TP, DS-2ST)</translation>
        </message>
        <message>
            <source>DS-I/DS-N value camera (DS-I220, DS-N201)</source>
            <translation>caméra d’entrée de gamme DS-I/DS-N (DS-I220, DS-N201)</translation>
        </message>
        <message>
            <source>PCI-/ECI- value camera (PCI-B15Z2S, ECI-T22F2)</source>
            <translation>caméra d’entrée de gamme PCI-/ECI- (PCI-B15Z2S, ECI-T22F2)</translation>
        </message>
        <message>
            <source>HIKMICRO HM-TD/HM-TX thermal camera</source>
            <translation>caméra thermique HIKMICRO HM-TD/HM-TX</translation>
        </message>
        <message>
            <source>DS- product code</source>
            <translation>code produit DS-</translation>
        </message>
        <message>
            <source>DS-2CD/2CE/2CV/2DE/2AE/2DF number with DS- left off (2CD1043G1-I)</source>
            <translation>numéro DS-2CD/2CE/2CV/2DE/2AE/2DF écrit sans DS- (2CD1043G1-I)</translation>
        </message>
        <message>
            <source>HiLook IPC-B/D/T/C…H</source>
            <translation>HiLook IPC-B/D/T/C…H</translation>
        </message>
        <message>
            <source>HiLook PTZ-N</source>
            <translation>HiLook PTZ-N</translation>
        </message>
        <message>
            <source>HiWatch HWI-</source>
            <translation>HiWatch HWI-</translation>
        </message>
        <message>
            <source>HiLook THC- Turbo HD analogue camera</source>
            <translation>caméra analogique Turbo HD HiLook THC-</translation>
        </message>
        <message>
            <source>EZVIZ CS- part number</source>
            <translation>référence EZVIZ CS-</translation>
        </message>
        <message>
            <source>LTS Platinum CMIP/LXIP/PTZIP and HD-TVI CMHT</source>
            <translation>LTS Platinum CMIP/LXIP/PTZIP et HD-TVI CMHT</translation>
        </message>
        <message>
            <source>TruVision TVB/TVD/TVT (Interlogix)</source>
            <translation>TruVision TVB/TVD/TVT (Interlogix)</translation>
        </message>
        <message>
            <source>Annke series + I-code (C800-I91BN, FCD600-I51FS)</source>
            <translation>série Annke + code I (C800-I91BN, FCD600-I51FS)</translation>
        </message>
        <message>
            <source>DH-/DHI- prefixed model</source>
            <translation>modèle préfixé DH-/DHI-</translation>
        </message>
        <message>
            <source>IPC-H network camera (HDW, HFW, HDBW, HF)</source>
            <translation>caméra réseau IPC-H (HDW, HFW, HDBW, HF)</translation>
        </message>
        <message>
            <source>IPC-H series written without IPC- (HFW1230S, HDBW2431R-ZS)</source>
            <translation>série IPC-H écrite sans IPC- (HFW1230S, HDBW2431R-ZS)</translation>
        </message>
        <message>
            <source>IPC-T/IPC-B turret and bullet of the OEM lines (IPC-T5442T-ZE, IPC-T54IR-AS)</source>
            <translation>tourelle et tube IPC-T/IPC-B des gammes OEM (IPC-T5442T-ZE, IPC-T54IR-AS)</translation>
        </message>
        <message>
            <source>IPC-Color4M/4K full-colour camera (EmpireTech, Amcrest)</source>
            <translation>caméra tout en couleur IPC-Color4M/4K (EmpireTech, Amcrest)</translation>
        </message>
        <message>
            <source>IPC-P multi-sensor (PDW, PFW, PDBW, PTS)</source>
            <translation>multicapteur IPC-P (PDW, PFW, PDBW, PTS)</translation>
        </message>
        <message>
            <source>IPC-E fisheye (EW, EBW)</source>
            <translation>fisheye IPC-E (EW, EBW)</translation>
        </message>
        <message>
            <source>TPC thermal camera</source>
            <translation>caméra thermique TPC</translation>
        </message>
        <message>
            <source>VTO door station</source>
            <translation>platine de rue VTO</translation>
        </message>
        <message>
            <source>Imou Wi-Fi camera with its resolution code (IPC-K9DCN-3T0WE, IPC-S7XEN-8M0WED)</source>
            <translation>caméra Wi-Fi Imou avec son code de résolution (IPC-K9DCN-3T0WE, IPC-S7XEN-8M0WED)</translation>
        </message>
        <message>
            <source>Picoo/Hero Wi-Fi PT camera without DH- (IPC-P3DP-3F-PV)</source>
            <translation>caméra Wi-Fi orientable Picoo/Hero sans DH- (IPC-P3DP-3F-PV)</translation>
        </message>
        <message>
            <source>Imou IPC-A/C/F/K/S consumer camera</source>
            <translation>caméra grand public Imou IPC-A/C/F/K/S</translation>
        </message>
        <message>
            <source>HAC- HDCVI camera</source>
            <translation>caméra HDCVI HAC-</translation>
        </message>
        <message>
            <source>SD speed dome (…-HNR, -GNY)</source>
            <translation>dôme rapide SD (…-HNR, -GNY)</translation>
        </message>
        <message>
            <source>SDT dual-lens PTZ</source>
            <translation>PTZ à double objectif SDT</translation>
        </message>
        <message>
            <source>SD speed dome number</source>
            <translation>numéro de dôme rapide SD</translation>
        </message>
        <message>
            <source>ITC traffic/ANPR camera</source>
            <translation>caméra de trafic/LAPI ITC</translation>
        </message>
        <message>
            <source>PTZ1xxx/PTZ8xxxx</source>
            <translation>PTZ1xxx/PTZ8xxxx</translation>
        </message>
        <message>
            <source>MPTZ mobile PTZ</source>
            <translation>PTZ mobile MPTZ</translation>
        </message>
        <message>
            <source>F-series consumer bullet (F4C-LED)</source>
            <translation>tube grand public série F (F4C-LED)</translation>
        </message>
        <message>
            <source>Amcrest IPxM-</source>
            <translation>Amcrest IPxM-</translation>
        </message>
        <message>
            <source>Lorex LNB/LNE/LNZ</source>
            <translation>Lorex LNB/LNE/LNZ</translation>
        </message>
        <message>
            <source>Lorex E/F/U/W series (suffix AB, CD, AAD, ASD…)</source>
            <translation>Lorex série E/F/U/W (suffixe AB, CD, AAD, ASD…)</translation>
        </message>
        <message>
            <source>IC Realtime IPEG/IPEL/IPFX/IPMX</source>
            <translation>IC Realtime IPEG/IPEL/IPFX/IPMX</translation>
        </message>
        <message>
            <source>DH- wireless short name (Hero H3A, F5D-PV)</source>
            <translation>nom court sans fil DH- (Hero H3A, F5D-PV)</translation>
        </message>
        <message>
            <source>IPC series (IPC2122LB, IPC3614SB, IPC6314LWH)</source>
            <translation>série IPC (IPC2122LB, IPC3614SB, IPC6314LWH)</translation>
        </message>
        <message>
            <source>Uho consumer line</source>
            <translation>gamme grand public Uho</translation>
        </message>
        <message>
            <source>Uniarch IPC-B/D/T/P</source>
            <translation>Uniarch IPC-B/D/T/P</translation>
        </message>
        <message>
            <source>TIC thermal camera (TIC2621SR, TIC3612SA, TIC2A32SA)</source>
            <translation>caméra thermique TIC (TIC2621SR, TIC3612SA, TIC2A32SA)</translation>
        </message>
        <message>
            <source>China-market IPC-H/Q/T/Y and IPC-B/L/Y numbers (IPC-H12H28-A, IPC-L2A4)</source>
            <translation>numéros IPC-H/Q/T/Y et IPC-B/L/Y du marché chinois (IPC-H12H28-A, IPC-L2A4)</translation>
        </message>
        <message>
            <source>IPC and digits</source>
            <translation>IPC et des chiffres</translation>
        </message>
        <message>
            <source>TC-C/TC-H</source>
            <translation>TC-C/TC-H</translation>
        </message>
        <message>
            <source>TC-H3 pan-tilt number without its last letter (TC-H367)</source>
            <translation>numéro de tourelle TC-H3 sans sa dernière lettre (TC-H367)</translation>
        </message>
        <message>
            <source>TC-A</source>
            <translation>TC-A</translation>
        </message>
        <message>
            <source>IPC series (IPC2231-FN, IPC425-F233-N)</source>
            <translation>série IPC (IPC2231-FN, IPC425-F233-N)</translation>
        </message>
        <message>
            <source>LC series</source>
            <translation>série LC</translation>
        </message>
        <message>
            <source>TD-8xxx/TD-9xxx</source>
            <translation>TD-8xxx/TD-9xxx</translation>
        </message>
        <message>
            <source>LB… form + lens + sensor code (LBH30SS500)</source>
            <translation>LB… forme + objectif + code du capteur (LBH30SS500)</translation>
        </message>
        <message>
            <source>AXIS + product number</source>
            <translation>AXIS + numéro de produit</translation>
        </message>
        <message>
            <source>P/Q series (P1455-LE, Q6135-LE)</source>
            <translation>séries P/Q (P1455-LE, Q6135-LE)</translation>
        </message>
        <message>
            <source>M series (M10xx-M70xx)</source>
            <translation>série M (M10xx-M70xx)</translation>
        </message>
        <message>
            <source>F/FA modular series</source>
            <translation>série modulaire F/FA</translation>
        </message>
        <message>
            <source>M/P/Q number with an Axis suffix</source>
            <translation>numéro M/P/Q avec un suffixe Axis</translation>
        </message>
        <message>
            <source>M/P/Q/F number without a suffix (P1275)</source>
            <translation>numéro M/P/Q/F sans suffixe (P1275)</translation>
        </message>
        <message>
            <source>Explosion-protected XP/XF housing + Q number (XP40-Q1785)</source>
            <translation>boîtier antidéflagrant XP/XF + numéro Q (XP40-Q1785)</translation>
        </message>
        <message>
            <source>A8xxx network door station (A8207-VE)</source>
            <translation>platine de rue réseau A8xxx (A8207-VE)</translation>
        </message>
        <message>
            <source>D2xxx-VE security radar</source>
            <translation>radar de sécurité D2xxx-VE</translation>
        </message>
        <message>
            <source>N.. IP camera (NBE, NDE, NDP, NDV, NUE, NXF…)</source>
            <translation>caméra IP N.. (NBE, NDE, NDP, NDV, NUE, NXF…)</translation>
        </message>
        <message>
            <source>NBN/NDN three-digit DINION and FLEXIDOME HD (NBN-832V-IP)</source>
            <translation>DINION et FLEXIDOME HD NBN/NDN à trois chiffres (NBN-832V-IP)</translation>
        </message>
        <message>
            <source>KBE/KBN analogue box camera</source>
            <translation>caméra boîtier analogique KBE/KBN</translation>
        </message>
        <message>
            <source>MIC ruggedised PTZ (a letter after the number: MIC-7504-Z12BR, MIC-550IR55-P)</source>
            <translation>PTZ renforcée MIC (une lettre après le numéro : MIC-7504-Z12BR, MIC-550IR55-P)</translation>
        </message>
        <message>
            <source>FCS AVIOTEC</source>
            <translation>FCS AVIOTEC</translation>
        </message>
        <message>
            <source>product line name (FLEXIDOME, AUTODOME, DINION, AVIOTEC)</source>
            <translation>nom de gamme (FLEXIDOME, AUTODOME, DINION, AVIOTEC)</translation>
        </message>
        <message>
            <source>EX14/EX27 Extreme environmental analogue camera</source>
            <translation>caméra analogique pour environnements extrêmes EX14/EX27</translation>
        </message>
        <message>
            <source>MIC line name (MIC IP fusion 9000i, MIC IP starlight 7100i, MIC inteox 7100i)</source>
            <translation>nom de gamme MIC (MIC IP fusion 9000i, MIC IP starlight 7100i, MIC inteox 7100i)</translation>
        </message>
        <message>
            <source>Wisenet A/L/P/Q/T/X series (XNO-, QNV-, PNM-, XNZ-)</source>
            <translation>Wisenet séries A/L/P/Q/T/X (XNO-, QNV-, PNM-, XNZ-)</translation>
        </message>
        <message>
            <source>Samsung Techwin SNB/SND/SNO/SNP/SNV, Lite -L and SmartCam SNH</source>
            <translation>Samsung Techwin SNB/SND/SNO/SNP/SNV, Lite -L et SmartCam SNH</translation>
        </message>
        <message>
            <source>Wisenet HD+ analogue HCB/HCD/HCO/HCP/HCV/HCF</source>
            <translation>Wisenet HD+ analogique HCB/HCD/HCO/HCP/HCV/HCF</translation>
        </message>
        <message>
            <source>WV- model</source>
            <translation>modèle WV-</translation>
        </message>
        <message>
            <source>resolution + C + H generation (2.0C-H5A-BO1-IR)</source>
            <translation>résolution + C + génération H (2.0C-H5A-BO1-IR)</translation>
        </message>
        <message>
            <source>resolution + H generation + form (2.0-H3M-DO1)</source>
            <translation>résolution + génération H + forme (2.0-H3M-DO1)</translation>
        </message>
        <message>
            <source>H generation + form, no resolution (H5A-BO-IR, H4A-DO1)</source>
            <translation>génération H + forme, sans résolution (H5A-BO-IR, H4A-DO1)</translation>
        </message>
        <message>
            <source>Sarix/Optera I-series (IMP231-1ERS, IMM12036)</source>
            <translation>Sarix/Optera série I (IMP231-1ERS, IMM12036)</translation>
        </message>
        <message>
            <source>Spectra S-series (S7230L-EW1)</source>
            <translation>Spectra série S (S7230L-EW1)</translation>
        </message>
        <message>
            <source>FD/IB/IP/SD… + number + suffix (FD9391-EHTV)</source>
            <translation>FD/IB/IP/SD… + numéro + suffixe (FD9391-EHTV)</translation>
        </message>
        <message>
            <source>FD/IB/FE… + four-character number (IB8369A, IB836BA)</source>
            <translation>FD/IB/FE… + numéro à quatre caractères (IB8369A, IB836BA)</translation>
        </message>
        <message>
            <source>CD/CU + four digits (CD9381-HNTV)</source>
            <translation>CD/CU + quatre chiffres (CD9381-HNTV)</translation>
        </message>
        <message>
            <source>AF/AS/BD/BS + 5xxx (AF5127V, BD5336), a shape other products share</source>
            <translation>AF/AS/BD/BS + 5xxx (AF5127V, BD5336), une forme que d’autres produits partagent</translation>
        </message>
        <message>
            <source>MS-C series</source>
            <translation>série MS-C</translation>
        </message>
        <message>
            <source>MS-C number written without MS- (C2964-RFPE, C2966-X12RPE)</source>
            <translation>numéro MS-C écrit sans MS- (C2964-RFPE, C2966-X12RPE)</translation>
        </message>
        <message>
            <source>7 series (M73, S74, Q71)</source>
            <translation>série 7 (M73, S74, Q71)</translation>
        </message>
        <message>
            <source>MOVE line Mx-VB/VD/VT/BC/MD and SD1A/SD2A PTZ</source>
            <translation>gamme MOVE Mx-VB/VD/VT/BC/MD et PTZ SD1A/SD2A</translation>
        </message>
        <message>
            <source>CALIP 30 series</source>
            <translation>série CALIP 30</translation>
        </message>
        <message>
            <source>HC10/HC20/HC25/HC30/HC35/HC60 series (HC35W45R3)</source>
            <translation>séries HC10/HC20/HC25/HC30/HC35/HC60 (HC35W45R3)</translation>
        </message>
        <message>
            <source>product line (Falcon, Sparrow, Condor, Raven)</source>
            <translation>gamme (Falcon, Sparrow, Condor, Raven)</translation>
        </message>
        <message>
            <source>Vigilant/Avigilon ALPR (L5F, L5M, L5Q, L6A, L6D, L6Q)</source>
            <translation>LAPI Vigilant/Avigilon (L5F, L5M, L5Q, L6A, L6D, L6Q)</translation>
        </message>
        <message>
            <source>AutoVu Sharp (SharpV, SharpX, SharpZ3)</source>
            <translation>AutoVu Sharp (SharpV, SharpX, SharpZ3)</translation>
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
            <translation>ce que c’est</translation>
        </message>
        <message>
            <source>what it watches</source>
            <translation>ce qu’elle surveille</translation>
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
            <translation>qui l’exploite</translation>
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
        <message numerus="yes">
            <source>%n verified cameras have no position: the published map shows them once they are placed ({ids})</source>
            <translation>
                <numerusform>%n caméra vérifiée n’a pas de position : la carte publiée la montrera une fois placée ({ids})</numerusform>
                <numerusform>%n caméras vérifiées n’ont pas de position : la carte publiée les montrera une fois placées ({ids})</numerusform>
            </translation>
        </message>
        <message>
            <source>'{text}' is not one of: {values}</source>
            <translation>« {text} » n’est pas l’une de ces valeurs : {values}</translation>
        </message>
        <message>
            <source>{field} is not a camera field a reviewer chooses</source>
            <translation>{field} n’est pas un champ de caméra qu’un relecteur choisit</translation>
        </message>
        <message>
            <source>'{text}' is not a direction: use degrees 0-359 clockwise from north (e.g. 135), a compass point ({points}) or a range (e.g. 90-270)</source>
            <translation>« {text} » n’est pas une direction : indiquez des degrés de 0 à 359 depuis le nord, dans le sens horaire (par ex. 135), un point cardinal ({points}) ou une plage (par ex. 90-270)</translation>
        </message>
        <message>
            <source>'{text}' is not a height in metres (e.g. 5 or 4.5)</source>
            <translation>« {text} » n’est pas une hauteur en mètres (par ex. 5 ou 4.5)</translation>
        </message>
        <message>
            <source>height must be between 0 and 100 metres, not {text}</source>
            <translation>la hauteur doit être entre 0 et 100 mètres, pas {text}</translation>
        </message>
        <message>
            <source>'{text}' is not a date in the form YYYY-MM-DD</source>
            <translation>« {text} » n’est pas une date de la forme AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>check_date {text} is in the future</source>
            <translation>check_date {text} est dans le futur</translation>
        </message>
        <message>
            <source>'{text}' is not a Wikidata id (e.g. Q2347731)</source>
            <translation>« {text} » n’est pas un identifiant Wikidata (par ex. Q2347731)</translation>
        </message>
        <message>
            <source>'{text}' is not a time zone (e.g. Europe/Belgrade)</source>
            <translation>« {text} » n’est pas un fuseau horaire (par ex. Europe/Belgrade)</translation>
        </message>
        <message>
            <source>text contains control characters</source>
            <translation>le texte contient des caractères de contrôle</translation>
        </message>
        <message>
            <source>a vendor, brand or slug from `surveyapp vendors` (sets manufacturer)</source>
            <translation>un fabricant, une marque ou un identifiant de `surveyapp vendors` (remplit manufacturer)</translation>
        </message>
        <message>
            <source>any other OSM tag; also {keys}</source>
            <translation>toute autre étiquette OSM ; aussi {keys}</translation>
        </message>
        <message>
            <source>{field}: {reason}</source>
            <translation>{field} : {reason}</translation>
        </message>
        <message>
            <source>'{tag}' cannot be used as an extra OSM tag</source>
            <translation>« {tag} » ne peut pas servir d’étiquette OSM supplémentaire</translation>
        </message>
        <message>
            <source>unknown field '{key}'. Fields: {fields}, vendor; extra OSM tags: {tags}, or any tag as tag:KEY=VALUE</source>
            <translation>champ inconnu « {key} ». Champs : {fields}, vendor ; étiquettes OSM supplémentaires : {tags}, ou toute étiquette sous la forme tag:KEY=VALUE</translation>
        </message>
        <message>
            <source>text is longer than {limit} characters</source>
            <translation>le texte dépasse {limit} caractères</translation>
        </message>
        <message>
            <source>'{ref}' is too short to name a camera</source>
            <translation>« {ref} » est trop court pour désigner une caméra</translation>
        </message>
        <message numerus="yes">
            <source>'{ref}' names %n cameras</source>
            <translation>
                <numerusform>« {ref} » désigne %n caméra</numerusform>
                <numerusform>« {ref} » désigne %n caméras</numerusform>
            </translation>
        </message>
        <message>
            <source>no camera '{ref}'</source>
            <translation>aucune caméra « {ref} »</translation>
        </message>
        <message>
            <source>latitude {latitude} is outside -90..90</source>
            <translation>la latitude {latitude} est hors de -90..90</translation>
        </message>
        <message>
            <source>longitude {longitude} is outside -180..180</source>
            <translation>la longitude {longitude} est hors de -180..180</translation>
        </message>
        <message>
            <source>none of this camera's photos has a GPS position</source>
            <translation>aucune photo de cette caméra n’a de position GPS</translation>
        </message>
        <message>
            <source>merging needs at least two different cameras</source>
            <translation>la fusion demande au moins deux caméras différentes</translation>
        </message>
        <message>
            <source>the merged camera's {field} {problem}: shorten it first</source>
            <translation>le champ {field} de la caméra fusionnée {problem} : raccourcissez-le d’abord</translation>
        </message>
        <message>
            <source>name at least one photo to split off</source>
            <translation>indiquez au moins une photo à séparer</translation>
        </message>
        <message>
            <source>no photo '{ref}' (give its id or its sha256)</source>
            <translation>aucune photo « {ref} » (indiquez son id ou son sha256)</translation>
        </message>
        <message>
            <source>'{ref}' is too short to name a photo</source>
            <translation>« {ref} » est trop court pour désigner une photo</translation>
        </message>
        <message numerus="yes">
            <source>'{ref}' names %n photos</source>
            <translation>
                <numerusform>« {ref} » désigne %n photo</numerusform>
                <numerusform>« {ref} » désigne %n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>vendor: '{text}' is not in the catalogue (see `surveyapp vendors`); set manufacturer=... for a maker that is not listed</source>
            <translation>vendor : « {text} » n’est pas dans le catalogue (voir `surveyapp vendors`) ; indiquez manufacturer=... pour un fabricant absent de la liste</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>caméra</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>this {kind} was mapped by {owner}: only they or a reviewer can change it</source>
            <translation>{kind} cartographiée par {owner} : seule cette personne ou un relecteur peut la modifier</translation>
        </message>
        <message>
            <source>only the team's reviewers and admins set a camera's review (this laptop syncs as {role})</source>
            <translation>seuls les relecteurs et administrateurs de l’équipe fixent la vérification d’une caméra (cet ordinateur se synchronise en tant que {role})</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>personne encore</translation>
        </message>
        <message>
            <source>this survey was made by {owner}: only they or a reviewer can change its settings</source>
            <translation>ce relevé a été créé par {owner} : seule cette personne ou un relecteur peut en changer les réglages</translation>
        </message>
    </context>
    <context>
        <name>file_dialogs</name>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Voir dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message>
            <source>GeoJSON (QGIS, web maps)</source>
            <translation>GeoJSON (QGIS, cartes web)</translation>
        </message>
        <message>
            <source>RFC 7946 points, OSM tags as properties</source>
            <translation>points RFC 7946, balises OSM en propriétés</translation>
        </message>
        <message>
            <source>CSV spreadsheet</source>
            <translation>Tableur CSV</translation>
        </message>
        <message>
            <source>one row per camera, OSM keys as columns, longitude/latitude</source>
            <translation>une ligne par caméra, clés OSM en colonnes, longitude/latitude</translation>
        </message>
        <message>
            <source>KML (Google Earth, OsmAnd)</source>
            <translation>KML (Google Earth, OsmAnd)</translation>
        </message>
        <message>
            <source>placemarks with a description table and direction</source>
            <translation>repères avec un tableau descriptif et la direction</translation>
        </message>
        <message>
            <source>OSM XML for JOSM</source>
            <translation>OSM XML pour JOSM</translation>
        </message>
        <message>
            <source>new nodes to review in JOSM (never uploaded by SurveyApp)</source>
            <translation>nouveaux nœuds à relire dans JOSM (SurveyApp n’envoie jamais rien à OSM)</translation>
        </message>
        <message>
            <source>GPX waypoints</source>
            <translation>Points GPX</translation>
        </message>
        <message>
            <source>GPX 1.1 waypoints for GPS devices and phone apps</source>
            <translation>points GPX 1.1 pour GPS et applis de téléphone</translation>
        </message>
        <message>
            <source>GeoJSON + photos (zip)</source>
            <translation>GeoJSON + photos (zip)</translation>
        </message>
        <message>
            <source>for journalists: the GeoJSON and privacy-stripped copies of the photos</source>
            <translation>pour les journalistes : le GeoJSON et des copies des photos sans données personnelles</translation>
        </message>
    </context>
    <context>
        <name>geotag</name>
        <message>
            <source>'{text}' is not an offset like +02:00 or -00:03:15</source>
            <translation>« {text} » n’est pas un décalage comme +02:00 ou -00:03:15</translation>
        </message>
        <message>
            <source>the offset {text} is more than 26 hours</source>
            <translation>le décalage {text} dépasse 26 heures</translation>
        </message>
        <message>
            <source>'{name}' is not a time zone (e.g. Europe/Belgrade)</source>
            <translation>« {name} » n’est pas un fuseau horaire (par ex. Europe/Belgrade)</translation>
        </message>
        <message>
            <source>unknown device</source>
            <translation>appareil inconnu</translation>
        </message>
        <message>
            <source>given</source>
            <translation>la valeur donnée</translation>
        </message>
        <message>
            <source>clock check</source>
            <translation>la vérification de l’horloge</translation>
        </message>
        <message>
            <source>the photo's own time zone</source>
            <translation>le fuseau horaire de la photo</translation>
        </message>
        <message>
            <source>other photos of this device</source>
            <translation>d’autres photos de cet appareil</translation>
        </message>
        <message>
            <source>the survey's time zone</source>
            <translation>le fuseau horaire de l’enquête</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message numerus="yes">
            <source>{device}: %n photos with their own GPS position lie {metres} m from the track at their time (median): the clock may be wrong</source>
            <translation>
                <numerusform>{device} : %n photo avec sa propre position GPS est à {metres} m de la trace à son heure (médiane) : l’horloge est peut-être fausse</numerusform>
                <numerusform>{device} : %n photos avec leur propre position GPS sont à {metres} m de la trace à leur heure (médiane) : l’horloge est peut-être fausse</numerusform>
            </translation>
        </message>
        <message>
            <source>{doubt}; their places on the track give {offset}</source>
            <translation>{doubt} ; leurs places sur la trace donnent {offset}</translation>
        </message>
        <message numerus="yes">
            <source>{device}: %n photos are placed at {offset}, though their times say {written}: their capture times are kept as the device wrote them (photos and exports say {written})</source>
            <translation>
                <numerusform>{device} : %n photo est placée à {offset}, bien que son heure dise {written} : son heure de prise de vue reste celle que l’appareil a écrite (photos et exports disent {written})</numerusform>
                <numerusform>{device} : %n photos sont placées à {offset}, bien que leurs heures disent {written} : leurs heures de prise de vue restent celles que l’appareil a écrites (photos et exports disent {written})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>'{ref}' names %n photos: give the start of its sha256 (surveyapp photos lists it)</source>
            <translation>
                <numerusform>« {ref} » nomme %n photo : donnez le début de son sha256 (surveyapp photos le liste)</numerusform>
                <numerusform>« {ref} » nomme %n photos : donnez le début de son sha256 (surveyapp photos le liste)</numerusform>
            </translation>
        </message>
        <message>
            <source>no photo or camera '{ref}'</source>
            <translation>aucune photo ni caméra « {ref} »</translation>
        </message>
        <message>
            <source>has a GPS position of its own</source>
            <translation>a sa propre position GPS</translation>
        </message>
        <message>
            <source>mapped by {owner}: only they or a reviewer can move it</source>
            <translation>cartographiée par {owner} : seuls cette personne ou un relecteur peuvent la déplacer</translation>
        </message>
        <message>
            <source>no capture time</source>
            <translation>pas d’heure de prise de vue</translation>
        </message>
        <message>
            <source>time zone unknown: give an offset, or set the survey's time zone</source>
            <translation>fuseau horaire inconnu : donnez un décalage ou réglez le fuseau horaire de l’enquête</translation>
        </message>
        <message>
            <source>too inaccurate to place it (± {km} km)</source>
            <translation>trop imprécis pour la placer (± {km} km)</translation>
        </message>
        <message>
            <source>this photo has no capture time to correct</source>
            <translation>cette photo n’a pas d’heure de prise de vue à corriger</translation>
        </message>
        <message>
            <source>the track has no timed points</source>
            <translation>la trace n’a aucun point horodaté</translation>
        </message>
        <message>
            <source>the track never passes within {limit} m of that place ({distance} m)</source>
            <translation>la trace ne passe jamais à moins de {limit} m de ce lieu ({distance} m)</translation>
        </message>
        <message>
            <source>no photo of this device with GPS within {seconds} s</source>
            <translation>aucune photo de cet appareil avec GPS à moins de {seconds} s</translation>
        </message>
        <message>
            <source>photos taken just before and after</source>
            <translation>photos prises juste avant et après</translation>
        </message>
        <message>
            <source>This geotagging was undone already (by a command or another window): nothing was put back</source>
            <translation>Cette géolocalisation a déjà été annulée (par une commande ou une autre fenêtre) : rien n’a été remis en place</translation>
        </message>
        <message>
            <source>Another geotagging was applied after this one (by a command, another window or a suggestion on the map): nothing was put back. Undo that one first: surveyapp geotag --undo</source>
            <translation>Une autre géolocalisation a été appliquée après celle-ci (par une commande, une autre fenêtre ou une suggestion sur la carte) : rien n’a été remis en place. Annulez d’abord celle-là : surveyapp geotag --undo</translation>
        </message>
        <message>
            <source>no geotagging to undo</source>
            <translation>aucune géolocalisation à annuler</translation>
        </message>
        <message>
            <source>photo {name} was moved to another camera since the geotagging: it stays in camera {camera}</source>
            <translation>la photo {name} a été déplacée dans une autre caméra depuis la géolocalisation : elle reste dans la caméra {camera}</translation>
        </message>
        <message>
            <source>taken before the track starts</source>
            <translation>prise avant le début de la trace</translation>
        </message>
        <message>
            <source>taken after the track ends</source>
            <translation>prise après la fin de la trace</translation>
        </message>
        <message>
            <source>taken during a gap of {seconds} s without GPS fixes in the track</source>
            <translation>prise pendant une interruption de {seconds} s sans points GPS dans la trace</translation>
        </message>
        <message>
            <source>the track jumps {metres} m in {seconds} s here (a bad fix, or a waypoint marked elsewhere)</source>
            <translation>la trace saute de {metres} m en {seconds} s ici (un mauvais point, ou un point de repère marqué ailleurs)</translation>
        </message>
        <message>
            <source>{name} is not a GPX file SurveyApp can read: {error}</source>
            <translation>{name} n’est pas un fichier GPX que SurveyApp peut lire : {error}</translation>
        </message>
        <message>
            <source>{name} is empty: it holds no GPS track</source>
            <translation>{name} est vide : il ne contient aucune trace GPS</translation>
        </message>
        <message>
            <source>its XML is broken at line {line}, column {column}</source>
            <translation>son XML est cassé à la ligne {line}, colonne {column}</translation>
        </message>
        <message>
            <source>a value in it is not one GPX allows</source>
            <translation>une de ses valeurs n’est pas permise par GPX</translation>
        </message>
        <message>
            <source>it is a &lt;{element}&gt; document, not a GPX track</source>
            <translation>c’est un document &lt;{element}&gt;, pas une trace GPX</translation>
        </message>
        <message>
            <source>{path} is too large to read in the memory this computer has free</source>
            <translation>{path} est trop grand pour être lu dans la mémoire libre de cet ordinateur</translation>
        </message>
        <message>
            <source>{name} has no point with both a time and a position on Earth: it cannot place photos</source>
            <translation>{name} n’a aucun point à la fois horodaté et situé sur la Terre : il ne peut pas placer de photos</translation>
        </message>
        <message>
            <source>cannot read {path}: {error}</source>
            <translation>impossible de lire {path} : {error}</translation>
        </message>
        <message>
            <source>{path} is too large for a GPS track</source>
            <translation>{path} est trop volumineux pour une trace GPS</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>empty file (0 bytes)</source>
            <translation>fichier vide (0 octet)</translation>
        </message>
        <message>
            <source>a Canon CR3 raw file (not supported), not a photo</source>
            <translation>un fichier brut Canon CR3 (non pris en charge), pas une photo</translation>
        </message>
        <message>
            <source>an ISO media (MP4/QuickTime) video with brand {brand}, not a still image</source>
            <translation>une vidéo ISO media (MP4/QuickTime) de marque {brand}, pas une image fixe</translation>
        </message>
        <message>
            <source>an ISO media file with brand {brand}, not a HEIF/AVIF image</source>
            <translation>un fichier ISO media de marque {brand}, pas une image HEIF/AVIF</translation>
        </message>
        <message>
            <source>a ZIP archive, not a photo</source>
            <translation>une archive ZIP, pas une photo</translation>
        </message>
        <message>
            <source>an empty ZIP archive, not a photo</source>
            <translation>une archive ZIP vide, pas une photo</translation>
        </message>
        <message>
            <source>a PDF document, not a photo</source>
            <translation>un document PDF, pas une photo</translation>
        </message>
        <message>
            <source>a GIF image (not supported), not a photo</source>
            <translation>une image GIF (non prise en charge), pas une photo</translation>
        </message>
        <message>
            <source>a RIFF file that is not WebP, not a photo</source>
            <translation>un fichier RIFF qui n’est pas du WebP, pas une photo</translation>
        </message>
        <message>
            <source>a BigTIFF file (not supported), not a photo</source>
            <translation>un fichier BigTIFF (non pris en charge), pas une photo</translation>
        </message>
        <message>
            <source>a gzip archive, not a photo</source>
            <translation>une archive gzip, pas une photo</translation>
        </message>
        <message>
            <source>a JPEG 2000 image (not supported), not a photo</source>
            <translation>une image JPEG 2000 (non prise en charge), pas une photo</translation>
        </message>
        <message>
            <source>a BMP image (not supported), not a photo</source>
            <translation>une image BMP (non prise en charge), pas une photo</translation>
        </message>
        <message numerus="yes">
            <source>only %n bytes, too short to be an image</source>
            <translation>
                <numerusform>seulement %n octet, trop court pour une image</numerusform>
                <numerusform>seulement %n octets, trop court pour une image</numerusform>
            </translation>
        </message>
        <message>
            <source>text, not an image</source>
            <translation>du texte, pas une image</translation>
        </message>
        <message>
            <source>unknown format (first bytes {bytes})</source>
            <translation>format inconnu (premiers octets {bytes})</translation>
        </message>
        <message>
            <source>unexpected error ({kind}: {error})</source>
            <translation>erreur inattendue ({kind} : {error})</translation>
        </message>
        <message>
            <source>file is larger than {size} MB</source>
            <translation>le fichier dépasse {size} Mo</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <translation>impossible de lire le fichier : {reason}</translation>
        </message>
        <message>
            <source>not a photo: {reason}</source>
            <translation>pas une photo : {reason}</translation>
        </message>
        <message>
            <source>it could not be listed</source>
            <translation>il n’a pas pu être listé</translation>
        </message>
        <message>
            <source>cannot read the folder: {reason}</source>
            <translation>impossible de lire le dossier : {reason}</translation>
        </message>
        <message>
            <source>image too large to open safely: {reason}</source>
            <translation>image trop grande pour être ouverte sans risque : {reason}</translation>
        </message>
        <message>
            <source>not enough free space</source>
            <translation>pas assez d’espace libre</translation>
        </message>
        <message>
            <source>cannot copy into the library: {reason}</source>
            <translation>impossible de copier dans la photothèque : {reason}</translation>
        </message>
        <message>
            <source>the offset {value} min takes the capture time out of the calendar: left out</source>
            <translation>le décalage de {value} min sort l’heure de prise de vue du calendrier : laissé de côté</translation>
        </message>
        <message>
            <source>{field} {value} {problem}: left out (the team's server takes no such value)</source>
            <translation>{field} {value} {problem} : laissé de côté (le serveur de l’équipe n’accepte pas une telle valeur)</translation>
        </message>
        <message>
            <source>the device's clock says {clock}, its GPS {gps} UTC: check which is right</source>
            <translation>l’horloge de l’appareil indique {clock}, son GPS {gps} UTC : vérifiez laquelle est juste</translation>
        </message>
        <message>
            <source>no picture: the file is damaged or truncated, or its pixels are in a format SurveyApp cannot draw; its metadata is kept</source>
            <translation>pas d’image : le fichier est abîmé ou tronqué, ou ses pixels sont dans un format que SurveyApp ne sait pas afficher ; ses métadonnées sont gardées</translation>
        </message>
        <message>
            <source>the image library reported: {text}</source>
            <translation>la bibliothèque d’images a signalé : {text}</translation>
        </message>
        <message>
            <source>original restored in the library</source>
            <translation>original remis en place dans la bibliothèque</translation>
        </message>
        <message>
            <source>held back by a restore: sync first, so that the server says which of these photos you withdrew, then import this folder again</source>
            <translation>mise de côté par une restauration : synchronisez d’abord, pour que le serveur dise lesquelles de ces photos vous avez retirées, puis importez de nouveau ce dossier</translation>
        </message>
        <message>
            <source>you withdrew this photo from the team's server on {date}: not imported, so that it is not shared again (to share it again, copy it out of this folder and import it)</source>
            <translation>vous avez retiré cette photo du serveur de l’équipe le {date} : non importée, pour qu’elle ne soit pas partagée de nouveau (pour la partager de nouveau, copiez-la hors de ce dossier et importez-la)</translation>
        </message>
        <message>
            <source>the disk is full ({free} MB free): the import stopped at {file_name}; free some space and import again</source>
            <translation>le disque est plein ({free} Mo libres) : l’import s’est arrêté à {file_name} ; libérez de la place et importez à nouveau</translation>
        </message>
        <message>
            <source>deleted from the survey: undo the delete to bring it back (once the delete is synced, import it again)</source>
            <translation>supprimée du relevé : annulez la suppression pour la retrouver (une fois la suppression synchronisée, importez-la de nouveau)</translation>
        </message>
        <message>
            <source>already in the survey</source>
            <translation>déjà dans le relevé</translation>
        </message>
        <message>
            <source>a named pipe or a device, not a photo</source>
            <translation>un tube nommé ou un périphérique, pas une photo</translation>
        </message>
    </context>
    <context>
        <name>known</name>
        <message>
            <source>{file_name} is the survey database itself, not a file of cameras</source>
            <translation>{file_name} est la base de données du relevé elle-même, pas un fichier de caméras</translation>
        </message>
        <message>
            <source>the source name must be 1 to 200 characters</source>
            <translation>le nom de la source doit faire de 1 à 200 caractères</translation>
        </message>
        <message>
            <source>{element}: position {latitude}, {longitude} is not a number</source>
            <translation>{element} : la position {latitude}, {longitude} n’est pas un nombre</translation>
        </message>
        <message>
            <source>{element}: latitude {latitude}, longitude {longitude} is not a position on Earth</source>
            <translation>{element} : latitude {latitude}, longitude {longitude} n’est pas une position sur la Terre</translation>
        </message>
        <message>
            <source>{element}: tags are not an object</source>
            <translation>{element} : les étiquettes ne sont pas un objet</translation>
        </message>
        <message>
            <source>GeoJSON: 'features' is not a list</source>
            <translation>GeoJSON : « features » n’est pas une liste</translation>
        </message>
        <message>
            <source>GeoJSON feature {number}: not a Feature</source>
            <translation>GeoJSON, élément {number} : pas un Feature</translation>
        </message>
        <message>
            <source>GeoJSON feature {number}: properties are not an object</source>
            <translation>GeoJSON, élément {number} : ses propriétés ne sont pas un objet</translation>
        </message>
        <message>
            <source>Overpass JSON: 'elements' is not a list</source>
            <translation>Overpass JSON : « elements » n’est pas une liste</translation>
        </message>
        <message>
            <source>Overpass JSON: an element without type and id</source>
            <translation>Overpass JSON : un élément sans type ni id</translation>
        </message>
        <message>
            <source>not valid JSON: {reason}</source>
            <translation>JSON invalide : {reason}</translation>
        </message>
        <message>
            <source>JSON, but neither GeoJSON nor Overpass JSON (no 'features'/'elements')</source>
            <translation>du JSON, mais ni GeoJSON ni Overpass JSON (pas de « features »/« elements »)</translation>
        </message>
        <message>
            <source>XML, but not OSM XML (the root is &lt;{tag}&gt;)</source>
            <translation>du XML, mais pas de l’OSM XML (la racine est &lt;{tag}&gt;)</translation>
        </message>
        <message>
            <source>not valid XML: {reason}</source>
            <translation>XML invalide : {reason}</translation>
        </message>
        <message>
            <source>too large to read in the memory this computer has free</source>
            <translation>trop grand pour être lu dans la mémoire libre de cet ordinateur</translation>
        </message>
        <message>
            <source>JSON of more than {size} MB is not read (it takes ten times its size in memory): export OSM XML instead, which is read as it goes</source>
            <translation>un JSON de plus de {size} Mo n’est pas lu (il prend dix fois sa taille en mémoire) : exportez plutôt de l’OSM XML, qui est lu au fur et à mesure</translation>
        </message>
        <message>
            <source>{file_name} is not GeoJSON, OSM XML or Overpass JSON</source>
            <translation>{file_name} n’est ni du GeoJSON, ni de l’OSM XML, ni de l’Overpass JSON</translation>
        </message>
    </context>
    <context>
        <name>map</name>
        <message>
            <source>map tiles: {host}</source>
            <translation>fond de carte : {host}</translation>
        </message>
    </context>
    <context>
        <name>metadata</name>
        <message>
            <source>{where} EXIF block has no TIFF header (ignored)</source>
            <translation>bloc EXIF {where} sans en-tête TIFF (ignoré)</translation>
        </message>
        <message>
            <source>JPEG is truncated before the image data</source>
            <translation>JPEG tronqué avant les données de l’image</translation>
        </message>
        <message>
            <source>JPEG has garbage at offset {offset} (stopped reading)</source>
            <translation>JPEG : données parasites à la position {offset} (lecture arrêtée)</translation>
        </message>
        <message>
            <source>JPEG has {count} unknown bytes at offset {offset} (skipped)</source>
            <translation>JPEG : octets inconnus à la position {offset} : {count} (sautés)</translation>
        </message>
        <message>
            <source>JPEG ends (EOI) before the image data</source>
            <translation>JPEG terminé (EOI) avant les données de l’image</translation>
        </message>
        <message>
            <source>JPEG segment at offset {offset} has a bad length (stopped)</source>
            <translation>JPEG : segment de longueur incorrecte à la position {offset} (arrêt)</translation>
        </message>
        <message>
            <source>JPEG has too many segments (stopped reading)</source>
            <translation>JPEG : trop de segments (lecture arrêtée)</translation>
        </message>
        <message>
            <source>JPEG EXIF segment is truncated</source>
            <translation>segment EXIF du JPEG tronqué</translation>
        </message>
        <message>
            <source>JPEG extended XMP chunks are not contiguous (ignored)</source>
            <translation>morceaux XMP étendus du JPEG non contigus (ignorés)</translation>
        </message>
        <message>
            <source>JPEG extended XMP is incomplete (ignored)</source>
            <translation>XMP étendu du JPEG incomplet (ignoré)</translation>
        </message>
        <message>
            <source>PNG is truncated (no IEND chunk)</source>
            <translation>PNG tronqué (pas de bloc IEND)</translation>
        </message>
        <message>
            <source>PNG chunk at offset {offset} has a bad length (stopped)</source>
            <translation>PNG : bloc de longueur incorrecte à la position {offset} (arrêt)</translation>
        </message>
        <message>
            <source>PNG eXIf chunk is too large (ignored)</source>
            <translation>bloc eXIf du PNG trop grand (ignoré)</translation>
        </message>
        <message>
            <source>PNG has too many chunks (stopped reading)</source>
            <translation>PNG : trop de blocs (lecture arrêtée)</translation>
        </message>
        <message>
            <source>PNG {chunk} {keyword} chunk is too large (ignored)</source>
            <translation>bloc PNG {chunk} {keyword} trop grand (ignoré)</translation>
        </message>
        <message>
            <source>PNG {chunk} {keyword} text is too large once decompressed (ignored)</source>
            <translation>texte PNG {chunk} {keyword} trop grand une fois décompressé (ignoré)</translation>
        </message>
        <message>
            <source>PNG {keyword} text cannot be decompressed (ignored)</source>
            <translation>texte PNG {keyword} impossible à décompresser (ignoré)</translation>
        </message>
        <message>
            <source>PNG {keyword} text is malformed (ignored)</source>
            <translation>texte PNG {keyword} mal formé (ignoré)</translation>
        </message>
        <message>
            <source>WebP is truncated</source>
            <translation>WebP tronqué</translation>
        </message>
        <message>
            <source>WebP EXIF chunk is too large (ignored)</source>
            <translation>bloc EXIF du WebP trop grand (ignoré)</translation>
        </message>
        <message>
            <source>WebP EXIF chunk starts with an improper Exif header</source>
            <translation>le bloc EXIF du WebP commence par un en-tête Exif incorrect</translation>
        </message>
        <message>
            <source>WebP XMP chunk is too large (ignored)</source>
            <translation>bloc XMP du WebP trop grand (ignoré)</translation>
        </message>
        <message>
            <source>WebP has too many chunks (stopped reading)</source>
            <translation>WebP : trop de blocs (lecture arrêtée)</translation>
        </message>
        <message>
            <source>HEIF box at offset {offset} has a bad size (stopped)</source>
            <translation>HEIF : boîte de taille incorrecte à la position {offset} (arrêt)</translation>
        </message>
        <message>
            <source>HEIF meta box is too large (ignored)</source>
            <translation>boîte meta du HEIF trop grande (ignorée)</translation>
        </message>
        <message>
            <source>HEIF meta box is truncated</source>
            <translation>boîte meta du HEIF tronquée</translation>
        </message>
        <message>
            <source>HEIF file has no meta box</source>
            <translation>fichier HEIF sans boîte meta</translation>
        </message>
        <message>
            <source>HEIF meta box is corrupt (partly read)</source>
            <translation>boîte meta du HEIF abîmée (lue en partie)</translation>
        </message>
        <message>
            <source>HEIF file has no primary item</source>
            <translation>fichier HEIF sans élément principal</translation>
        </message>
        <message>
            <source>HEIF Exif item has no TIFF header (ignored)</source>
            <translation>élément Exif du HEIF sans en-tête TIFF (ignoré)</translation>
        </message>
        <message>
            <source>HEIF iloc box version {version} is not supported</source>
            <translation>version {version} de la boîte iloc du HEIF non prise en charge</translation>
        </message>
        <message>
            <source>HEIF {item} item has no location (ignored)</source>
            <translation>élément HEIF {item} sans emplacement (ignoré)</translation>
        </message>
        <message>
            <source>HEIF {item} item is truncated</source>
            <translation>élément HEIF {item} tronqué</translation>
        </message>
        <message>
            <source>HEIF item construction method {method} is not supported</source>
            <translation>méthode de construction {method} des éléments HEIF non prise en charge</translation>
        </message>
        <message>
            <source>HEIF {item} item is too large (cut)</source>
            <translation>élément HEIF {item} trop grand (coupé)</translation>
        </message>
        <message>
            <source>internal error while reading the container ({kind}: {error})</source>
            <translation>erreur interne en lisant le fichier ({kind} : {error})</translation>
        </message>
        <message>
            <source>internal error while reading the metadata ({kind}: {error})</source>
            <translation>erreur interne en lisant les métadonnées ({kind} : {error})</translation>
        </message>
        <message>
            <source>IFD0 {label} is empty; {label} read from the Exif IFD</source>
            <translation>{label} de l’IFD0 vide ; {label} lu dans l’IFD Exif</translation>
        </message>
        <message>
            <source>EXIF {label} is empty</source>
            <translation>{label} EXIF vide</translation>
        </message>
        <message>
            <source>EXIF Orientation {value} is not a valid orientation (1-8)</source>
            <translation>EXIF Orientation {value} n’est pas une orientation valide (1-8)</translation>
        </message>
        <message>
            <source>GPS {label} is stored as text ({value})</source>
            <translation>GPS {label} enregistré comme texte ({value})</translation>
        </message>
        <message>
            <source>GPS {label} {value} mixes signs; position ignored</source>
            <translation>GPS {label} {value} mélange les signes ; position ignorée</translation>
        </message>
        <message>
            <source>GPS {label} has no value (empty or 0/0)</source>
            <translation>GPS {label} sans valeur (vide ou 0/0)</translation>
        </message>
        <message>
            <source>GPS {label} -{value:g} is negative while its ref says {ref}; position ignored</source>
            <translation>GPS {label} -{value:g} est négatif alors que sa référence indique {ref} ; position ignorée</translation>
        </message>
        <message>
            <source>GPS {label}Ref {value} is not {first}/{second}</source>
            <translation>GPS {label}Ref {value} n’est pas {first}/{second}</translation>
        </message>
        <message>
            <source>GPS fix is void (GPSStatus V); position ignored</source>
            <translation>point GPS invalide (GPSStatus V) ; position ignorée</translation>
        </message>
        <message>
            <source>GPS has only one of latitude and longitude; position ignored</source>
            <translation>le GPS n’a que la latitude ou la longitude ; position ignorée</translation>
        </message>
        <message>
            <source>XMP GPS position {latitude}, {longitude} cannot be read (ignored)</source>
            <translation>position GPS XMP {latitude}, {longitude} illisible (ignorée)</translation>
        </message>
        <message>
            <source>{where} GPS position {position} is not a number; position ignored</source>
            <translation>la position GPS {where} {position} n’est pas un nombre ; position ignorée</translation>
        </message>
        <message>
            <source>{where} GPS position {position} is out of range; position ignored</source>
            <translation>la position GPS {where} {position} est hors limites ; position ignorée</translation>
        </message>
        <message>
            <source>{where} GPS position {position} is exactly 0,0 (no fix); position ignored</source>
            <translation>la position GPS {where} {position} vaut exactement 0,0 (pas de point) ; position ignorée</translation>
        </message>
        <message>
            <source>GPS Altitude has no value (empty or 0/0)</source>
            <translation>GPS Altitude sans valeur (vide ou 0/0)</translation>
        </message>
        <message>
            <source>GPS Altitude {value} is a negative number stored as unsigned; read as {signed}</source>
            <translation>GPS Altitude {value} est un nombre négatif enregistré sans signe ; lu comme {signed}</translation>
        </message>
        <message>
            <source>GPS ImgDirection has no value (empty or 0/0)</source>
            <translation>GPS ImgDirection sans valeur (vide ou 0/0)</translation>
        </message>
        <message>
            <source>GPS ImgDirection {value} is out of range (ignored)</source>
            <translation>GPS ImgDirection {value} hors limites (ignoré)</translation>
        </message>
        <message>
            <source>GPS ImgDirectionRef {value} is neither T nor M (ignored)</source>
            <translation>GPS ImgDirectionRef {value} n’est ni T ni M (ignoré)</translation>
        </message>
        <message>
            <source>EXIF OffsetTimeOriginal {value} is not valid</source>
            <translation>EXIF OffsetTimeOriginal {value} n’est pas valide</translation>
        </message>
        <message>
            <source>EXIF DateTimeOriginal {value} is not a valid date</source>
            <translation>EXIF DateTimeOriginal {value} n’est pas une date valide</translation>
        </message>
        <message>
            <source>XMP DateTimeOriginal {value} is not a valid date</source>
            <translation>XMP DateTimeOriginal {value} n’est pas une date valide</translation>
        </message>
        <message>
            <source>GPS DateStamp/TimeStamp {date} {time} is not a time (ignored)</source>
            <translation>GPS DateStamp/TimeStamp {date} {time} n’est pas une heure (ignoré)</translation>
        </message>
        <message>
            <source>GPS TimeStamp {time} is out of range (ignored)</source>
            <translation>GPS TimeStamp {time} hors limites (ignoré)</translation>
        </message>
        <message>
            <source>GPS DateStamp {value} has extra text; its date part is used</source>
            <translation>GPS DateStamp {value} contient du texte en trop ; seule la date est utilisée</translation>
        </message>
        <message>
            <source>EXIF {name} loops back to an earlier directory (ignored)</source>
            <translation>EXIF {name} renvoie à un répertoire précédent (ignoré)</translation>
        </message>
        <message>
            <source>EXIF {name} offset {offset} is outside the EXIF data (ignored)</source>
            <translation>EXIF {name} : la position {offset} est hors des données EXIF (ignoré)</translation>
        </message>
        <message>
            <source>EXIF {name} is truncated (ignored)</source>
            <translation>EXIF {name} tronqué (ignoré)</translation>
        </message>
        <message>
            <source>EXIF {name} claims {count} entries (ignored as corrupt)</source>
            <translation>EXIF {name} annonce {count} entrées (ignoré car abîmé)</translation>
        </message>
        <message>
            <source>EXIF {name} is truncated ({available} of {count} entries readable)</source>
            <translation>EXIF {name} tronqué ({available} entrées lisibles sur {count})</translation>
        </message>
        <message>
            <source>EXIF {name} tag {tag} has an invalid format ({format})</source>
            <translation>EXIF {name} : l’étiquette {tag} a un format invalide ({format})</translation>
        </message>
        <message>
            <source>EXIF {name} tag {tag} points outside the EXIF data (ignored)</source>
            <translation>EXIF {name} : l’étiquette {tag} pointe hors des données EXIF (ignorée)</translation>
        </message>
        <message>
            <source>EXIF {name} tag {tag} value is truncated (ignored)</source>
            <translation>EXIF {name} : la valeur de l’étiquette {tag} est tronquée (ignorée)</translation>
        </message>
        <message>
            <source>EXIF {name} pointer has the wrong format ({format}; ignored)</source>
            <translation>EXIF {name} : pointeur au mauvais format ({format} ; ignoré)</translation>
        </message>
        <message>
            <source>EXIF {name} pointer is empty (ignored)</source>
            <translation>EXIF {name} : pointeur vide (ignoré)</translation>
        </message>
        <message>
            <source>EXIF data is truncated (no complete TIFF header)</source>
            <translation>données EXIF tronquées (en-tête TIFF incomplet)</translation>
        </message>
        <message>
            <source>EXIF data does not start with a TIFF header</source>
            <translation>les données EXIF ne commencent pas par un en-tête TIFF</translation>
        </message>
        <message>
            <source>EXIF thumbnail lies outside the EXIF data (ignored)</source>
            <translation>la vignette EXIF est hors des données EXIF (ignorée)</translation>
        </message>
        <message>
            <source>EXIF thumbnail is not a JPEG image (ignored)</source>
            <translation>la vignette EXIF n’est pas une image JPEG (ignorée)</translation>
        </message>
        <message>
            <source>XMP packet of {size} bytes is too large (ignored)</source>
            <translation>paquet XMP trop grand : {size} octets (ignoré)</translation>
        </message>
        <message>
            <source>XMP packet has an unusual encoding (read without an XML parser)</source>
            <translation>paquet XMP à l’encodage inhabituel (lu sans analyseur XML)</translation>
        </message>
        <message>
            <source>XMP packet declares a DOCTYPE/ENTITY (read without an XML parser)</source>
            <translation>le paquet XMP déclare un DOCTYPE/ENTITY (lu sans analyseur XML)</translation>
        </message>
        <message>
            <source>XMP packet is not well-formed XML (read leniently)</source>
            <translation>paquet XMP en XML mal formé (lu avec tolérance)</translation>
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
            <translation>jugé à l’allure</translation>
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
    <context>
        <name>privacy</name>
        <message>
            <source>image too large to open safely</source>
            <translation>image trop grande pour être ouverte sans risque</translation>
        </message>
        <message>
            <source>the photo's pixels cannot be decoded</source>
            <translation>les pixels de la photo ne peuvent pas être décodés</translation>
        </message>
        <message>
            <source>the photo's pixels cannot be decoded: the file is damaged (no decoder knows it)</source>
            <translation>les pixels de la photo ne peuvent pas être décodés : le fichier est endommagé (aucun décodeur ne le connaît)</translation>
        </message>
    </context>
    <context>
        <name>public page</name>
        <message>
            <source>Loading cameras…</source>
            <translation>Chargement des caméras…</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Fabricant</translation>
        </message>
        <message>
            <source>Red and orange shades: vendors on the US FCC Covered List.</source>
            <translation>Teintes rouges et orange : fabricants sur la liste noire de la FCC américaine.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Street or district</source>
            <translation>Rue ou quartier</translation>
        </message>
        <message>
            <source>Find a street or district</source>
            <translation>Chercher une rue ou un quartier</translation>
        </message>
        <message>
            <source>Showing</source>
            <translation>Affiché :</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Tout afficher</translation>
        </message>
        <message>
            <source>Streets</source>
            <translation>Rues</translation>
        </message>
        <message>
            <source>Districts</source>
            <translation>Quartiers</translation>
        </message>
        <message>
            <source>Download the verified cameras (GeoJSON)</source>
            <translation>Télécharger les caméras vérifiées (GeoJSON)</translation>
        </message>
        <message>
            <source>Only cameras the team has verified are shown. Photos are the volunteers' shared copies, with faces and licence plates blurred; dates are given to the day.</source>
            <translation>Seules les caméras vérifiées par l’équipe sont affichées. Les photos sont les copies partagées des bénévoles, visages et plaques d’immatriculation floutés ; les dates sont données au jour près.</translation>
        </message>
        <message>
            <source>Map of the verified cameras</source>
            <translation>Carte des caméras vérifiées</translation>
        </message>
        <message>
            <source>Vendor unknown</source>
            <translation>Fabricant inconnu</translation>
        </message>
        <message>
            <source>On the US FCC Covered List</source>
            <translation>Sur la liste noire de la FCC américaine</translation>
        </message>
        <message>
            <source>{vendor} (covered)</source>
            <translation>{vendor} (liste FCC)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>Fixation</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Exploitant</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Vérifiée</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Vue pour la dernière fois</translation>
        </message>
        <message>
            <source>Photo of the camera (faces and plates blurred)</source>
            <translation>Photo de la caméra (visages et plaques floutés)</translation>
        </message>
        <message>
            <source>type unknown</source>
            <translation>type inconnu</translation>
        </message>
        <message>
            <source>None matches</source>
            <translation>Aucun résultat</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Street and district names: {source}</source>
            <translation>Noms des rues et des quartiers : {source}</translation>
        </message>
        <message>
            <source>The cameras could not be loaded: {error}</source>
            <translation>Les caméras n’ont pas pu être chargées : {error}</translation>
        </message>
        <message numerus="yes">
            <source>%n verified cameras</source>
            <translation>
                <numerusform>%n caméra vérifiée</numerusform>
                <numerusform>%n caméras vérifiées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n verified cameras</source>
            <translation>
                <numerusform>{shown} sur %n caméra vérifiée</numerusform>
                <numerusform>{shown} sur %n caméras vérifiées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more verified cameras are not shown: they have no position yet.</source>
            <translation>
                <numerusform>%n autre caméra vérifiée n’est pas affichée : elle n’a pas encore de position.</numerusform>
                <numerusform>%n autres caméras vérifiées ne sont pas affichées : elles n’ont pas encore de position.</numerusform>
            </translation>
        </message>
        <message>
            <source>Surveillance cameras</source>
            <translation>Caméras de surveillance</translation>
        </message>
        <message>
            <source>Cameras mapped and verified by the team's volunteers.</source>
            <translation>Caméras cartographiées et vérifiées par les bénévoles de l’équipe.</translation>
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <source>not allowed: volunteers edit and delete only the records they created</source>
            <translation>non autorisé : un bénévole ne modifie et ne supprime que ce qu’il a créé</translation>
        </message>
        <message>
            <source>not allowed: volunteers put photos only on cameras they created</source>
            <translation>non autorisé : un bénévole ne met de photos que sur les caméras qu’il a créées</translation>
        </message>
        <message>
            <source>not allowed: only reviewers and admins change {fields}</source>
            <translation>non autorisé : seuls les relecteurs et les administrateurs modifient {fields}</translation>
        </message>
        <message>
            <source>this server does not know the field(s) {fields} yet; the change waits for its upgrade</source>
            <translation>ce serveur ne connaît pas encore le(s) champ(s) {fields} ; la modification attend sa mise à jour</translation>
        </message>
        <message>
            <source>record {id} is a {record}, not a {other}</source>
            <translation>l’enregistrement {id} est de type {record}, pas {other}</translation>
        </message>
        <message>
            <source>a {record}'s {name} never changes</source>
            <translation>{record} : le champ {name} ne change jamais</translation>
        </message>
        <message>
            <source>a {record} needs {fields}</source>
            <translation>{record} : il faut {fields}</translation>
        </message>
        <message>
            <source>a new {record} needs {fields}</source>
            <translation>{record} (nouvel enregistrement) : il faut {fields}</translation>
        </message>
        <message>
            <source>{op} names a camera and the records it takes</source>
            <translation>{op} nomme une caméra et les enregistrements qu’elle prend</translation>
        </message>
        <message>
            <source>{op} takes at most {count}</source>
            <translation>{op} prend au plus {count} enregistrements</translation>
        </message>
        <message>
            <source>a merge lists at most {count} photos</source>
            <translation>une fusion liste au plus {count} photos</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>caméra</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>relevé</translation>
        </message>
    </context>
    <context>
        <name>sharing</name>
        <message>
            <source>the photo was deleted meanwhile (by a sync or another program)</source>
            <translation>la photo a été supprimée entre-temps (par une synchronisation ou un autre programme)</translation>
        </message>
        <message>
            <source>this is {owner}'s photo: the team sees the copy they shared, and only they can change its blur</source>
            <translation>c’est la photo de {owner} : l’équipe voit la copie que cette personne a partagée, et elle seule peut en changer le floutage</translation>
        </message>
        <message>
            <source>photo {name} is not on this laptop (another volunteer's)</source>
            <translation>la photo {name} n’est pas sur cet ordinateur (celle d’un autre bénévole)</translation>
        </message>
        <message>
            <source>photo {name}: its original is missing from the library ({path}): import its file again to put it back</source>
            <translation>photo {name} : son original manque dans la bibliothèque ({path}) : importez de nouveau son fichier pour le remettre en place</translation>
        </message>
        <message>
            <source>photo {name}: original unreadable: {reason}</source>
            <translation>photo {name} : original illisible : {reason}</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>the server's history is not the one this laptop last saw (restored from a backup, its photo folder lost, or another server at this address): everything this laptop sent goes again, its photos are uploaded again where the server lacks them, and every change is pulled again</source>
            <translation>l’historique du serveur n’est pas celui que cet ordinateur a vu en dernier (restauré depuis une sauvegarde, son dossier de photos perdu, ou un autre serveur à cette adresse) : tout ce que cet ordinateur a envoyé repart, ses photos sont envoyées de nouveau là où le serveur ne les a pas, et toutes les modifications sont récupérées de nouveau</translation>
        </message>
        <message>
            <source>connect</source>
            <translation>connexion</translation>
        </message>
        <message>
            <source>prepare</source>
            <translation>préparation</translation>
        </message>
        <message>
            <source>push</source>
            <translation>envoi</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>photos</translation>
        </message>
        <message>
            <source>pull</source>
            <translation>réception</translation>
        </message>
        <message>
            <source>retry</source>
            <translation>nouvel essai</translation>
        </message>
        <message>
            <source>{stage}: {message}</source>
            <translation>{stage} : {message}</translation>
        </message>
        <message>
            <source>{waiting}, {teammates}</source>
            <translation>{waiting}, {teammates}</translation>
        </message>
        <message numerus="yes">
            <source>%n photos for a teammate's laptop</source>
            <translation>
                <numerusform>%n photo pour l’ordinateur d’un coéquipier</numerusform>
                <numerusform>%n photos pour l’ordinateur d’un coéquipier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos wait for {names} to sync: the same pictures were shared first from their laptop, and the server takes the shareable copy of a photo only from the volunteer who shared it first; this laptop has nothing to send for them</source>
            <translation>
                <numerusform>%n photo attend que {names} synchronise : la même image a d’abord été partagée depuis son ordinateur, et le serveur ne prend la copie partageable d’une photo que du bénévole qui l’a partagée en premier ; cet ordinateur n’a rien à envoyer pour elle</numerusform>
                <numerusform>%n photos attendent que {names} synchronise : les mêmes images ont d’abord été partagées depuis son ordinateur, et le serveur ne prend la copie partageable d’une photo que du bénévole qui l’a partagée en premier ; cet ordinateur n’a rien à envoyer pour elles</numerusform>
            </translation>
        </message>
        <message>
            <source>no answer from the server</source>
            <translation>pas de réponse du serveur</translation>
        </message>
        <message>
            <source>the server took too long</source>
            <translation>le serveur a mis trop de temps</translation>
        </message>
        <message>
            <source>secure connection failed</source>
            <translation>connexion sécurisée impossible</translation>
        </message>
        <message>
            <source>server error</source>
            <translation>erreur du serveur</translation>
        </message>
        <message>
            <source>token refused</source>
            <translation>jeton refusé</translation>
        </message>
        <message>
            <source>not a SurveyApp server</source>
            <translation>pas un serveur SurveyApp</translation>
        </message>
        <message>
            <source>versions differ</source>
            <translation>versions différentes</translation>
        </message>
        <message>
            <source>unusable answer</source>
            <translation>réponse inutilisable</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>arrêtée</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échouée</translation>
        </message>
        <message numerus="yes">
            <source>this computer's clock is %n minutes ahead of the server's; sync does not depend on it, but photo times and logs will look wrong</source>
            <translation>
                <numerusform>l’horloge de cet ordinateur a %n minute d’avance sur celle du serveur ; la synchronisation n’en dépend pas, mais les heures des photos et les journaux sembleront faux</numerusform>
                <numerusform>l’horloge de cet ordinateur a %n minutes d’avance sur celle du serveur ; la synchronisation n’en dépend pas, mais les heures des photos et les journaux sembleront faux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>this computer's clock is %n minutes behind the server's; sync does not depend on it, but photo times and logs will look wrong</source>
            <translation>
                <numerusform>l’horloge de cet ordinateur a %n minute de retard sur celle du serveur ; la synchronisation n’en dépend pas, mais les heures des photos et les journaux sembleront faux</numerusform>
                <numerusform>l’horloge de cet ordinateur a %n minutes de retard sur celle du serveur ; la synchronisation n’en dépend pas, mais les heures des photos et les journaux sembleront faux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>sending %n changes, waiting for the server's answer</source>
            <translation>
                <numerusform>%n modification en route, en attente de la réponse du serveur</numerusform>
                <numerusform>%n modifications en route, en attente de la réponse du serveur</numerusform>
            </translation>
        </message>
        <message>
            <source>waiting for the server's first page</source>
            <translation>en attente de la première page du serveur</translation>
        </message>
        <message>
            <source>up to change {change}, waiting for the next page</source>
            <translation>jusqu’à la modification {change}, en attente de la page suivante</translation>
        </message>
        <message>
            <source>{photo} already on the server</source>
            <translation>{photo} déjà sur le serveur</translation>
        </message>
        <message>
            <source>shareable copy of photo {number} of {total} made</source>
            <translation>copie partageable de la photo {number} sur {total} faite</translation>
        </message>
        <message numerus="yes">
            <source>%n photos to send, checking which ones the server has</source>
            <translation>
                <numerusform>%n photo à envoyer, vérification sur le serveur</numerusform>
                <numerusform>%n photos à envoyer, vérification sur le serveur</numerusform>
            </translation>
        </message>
        <message>
            <source>sending photo {number} of {total} ({size})…</source>
            <translation>envoi de la photo {number} sur {total} ({size})…</translation>
        </message>
        <message numerus="yes">
            <source>%n photos already on the server</source>
            <translation>
                <numerusform>%n photo déjà sur le serveur</numerusform>
                <numerusform>%n photos déjà sur le serveur</numerusform>
            </translation>
        </message>
        <message>
            <source>{uploaded}, {already}</source>
            <translation>{uploaded}, {already}</translation>
        </message>
        <message>
            <source>{uploaded} (+{already} already on the server)</source>
            <translation>{uploaded} (+{already} déjà sur le serveur)</translation>
        </message>
        <message numerus="yes">
            <source>%n of your cameras joined a teammate's camera: they shared the same picture first</source>
            <translation>
                <numerusform>%n de vos caméras a rejoint celle d’un coéquipier : il ou elle a partagé la même image en premier</numerusform>
                <numerusform>%n de vos caméras ont rejoint celles de coéquipiers : ils ont partagé les mêmes images en premier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes sent</source>
            <translation>
                <numerusform>%n modification envoyée</numerusform>
                <numerusform>%n modifications envoyées</numerusform>
            </translation>
        </message>
        <message>
            <source>{changes} and {photos} waiting</source>
            <translation>{changes} et {photos} en attente</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>terminée</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrompue</translation>
        </message>
        <message>
            <source>{waiting}, {refused}</source>
            <translation>{waiting}, {refused}</translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n refusée</numerusform>
                <numerusform>%n refusées</numerusform>
            </translation>
        </message>
        <message>
            <source>the server's pages of changes go past its last change ({known}): after {since} it sent up to {next}</source>
            <translation>les pages de modifications du serveur vont au-delà de sa dernière modification ({known}) : après {since}, il en a envoyé jusqu’à {next}</translation>
        </message>
        <message>
            <source>up to change {change}</source>
            <translation>jusqu’à la modification {change}</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>avertissement : {warning}</translation>
        </message>
        <message numerus="yes">
            <source>%n photos stay on this laptop: their pixels cannot be read, so no shareable copy can be made (their records are shared)</source>
            <translation>
                <numerusform>%n photo reste sur cet ordinateur : ses pixels sont illisibles, aucune copie partageable ne peut donc en être faite (sa fiche est partagée)</numerusform>
                <numerusform>%n photos restent sur cet ordinateur : leurs pixels sont illisibles, aucune copie partageable ne peut donc en être faite (leurs fiches sont partagées)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos stay on this laptop: their pixels cannot be read, so no shareable copy can be made</source>
            <translation>
                <numerusform>%n photo reste sur cet ordinateur : ses pixels sont illisibles, aucune copie partageable ne peut donc en être faite</numerusform>
                <numerusform>%n photos restent sur cet ordinateur : leurs pixels sont illisibles, aucune copie partageable ne peut donc en être faite</numerusform>
            </translation>
        </message>
        <message>
            <source>camera</source>
            <translation>caméra</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>relevé</translation>
        </message>
        <message>
            <source>{record} {id}: not applied: {why}</source>
            <translation>{record} {id} : non appliquée : {why}</translation>
        </message>
        <message>
            <source>camera {id} was merged into camera {camera} by {who}</source>
            <translation>la caméra {id} a été fusionnée dans la caméra {camera} par {who}</translation>
        </message>
        <message>
            <source>camera {id} was merged into camera {camera}</source>
            <translation>la caméra {id} a été fusionnée dans la caméra {camera}</translation>
        </message>
        <message>
            <source>its {field} may not change</source>
            <translation>son champ {field} ne peut pas changer</translation>
        </message>
        <message>
            <source>no {fields}</source>
            <translation>il manque {fields}</translation>
        </message>
        <message>
            <source>photo {id}: the same picture is already here as photo {twin}</source>
            <translation>photo {id} : la même image est déjà ici, comme photo {twin}</translation>
        </message>
        <message>
            <source>camera {id} ({holder}'s): {owner} shared the same picture first; your photo {file} is on their camera {camera} now; the camera is placed again by the photos it keeps</source>
            <translation>caméra {id} (de {holder}) : {owner} a partagé la même image en premier ; votre photo {file} est désormais sur sa caméra {camera} ; la caméra est placée de nouveau d’après les photos qu’elle garde</translation>
        </message>
        <message>
            <source>camera {id} ({holder}'s): {owner} shared the same picture first; your photo {file} is on their camera {camera} now</source>
            <translation>caméra {id} (de {holder}) : {owner} a partagé la même image en premier ; votre photo {file} est désormais sur sa caméra {camera}</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; photo {file} is on their camera {camera} now; yours is placed again by the photos it keeps</source>
            <translation>caméra {id} : {owner} a partagé la même image en premier ; la photo {file} est désormais sur sa caméra {camera} ; la vôtre est placée de nouveau d’après les photos qu’elle garde</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; photo {file} is on their camera {camera} now</source>
            <translation>caméra {id} : {owner} a partagé la même image en premier ; la photo {file} est désormais sur sa caméra {camera}</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; it is on their camera {camera} now</source>
            <translation>caméra {id} : {owner} a partagé la même image en premier ; elle est désormais sur sa caméra {camera}</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; it is on their camera {camera} now; yours stays, with what you said of it</source>
            <translation>caméra {id} : {owner} a partagé la même image en premier ; elle est désormais sur sa caméra {camera} ; la vôtre reste, avec ce que vous en aviez dit</translation>
        </message>
        <message>
            <source>photo {id}: {owner} shared this picture first and it is their photo now: what you had set of yours was not kept ({values}); only they or a reviewer can set it on theirs</source>
            <translation>photo {id} : {owner} a partagé cette image en premier et c’est désormais sa photo : ce que vous aviez réglé sur la vôtre n’a pas été gardé ({values}) ; seule cette personne ou un relecteur peut le régler sur la sienne</translation>
        </message>
        <message>
            <source>photo {id}: {owner} shared this picture first and it is their photo now: the team sees their copy, without the blur you chose on yours; only they can change the blur of theirs</source>
            <translation>photo {id} : {owner} a partagé cette image en premier et c’est désormais sa photo : l’équipe voit sa copie, sans le floutage que vous aviez choisi sur la vôtre ; seule cette personne peut changer le floutage de la sienne</translation>
        </message>
        <message>
            <source>the connection was refused: is the server running at this address?</source>
            <translation>la connexion a été refusée : le serveur tourne-t-il à cette adresse ?</translation>
        </message>
        <message>
            <source>the server's name was not found: no network, or a mistyped address</source>
            <translation>le nom du serveur est introuvable : pas de réseau, ou une adresse mal tapée</translation>
        </message>
        <message>
            <source>the server cannot be reached: no network?</source>
            <translation>le serveur est injoignable : pas de réseau ?</translation>
        </message>
        <message>
            <source>the connection was cut</source>
            <translation>la connexion a été coupée</translation>
        </message>
        <message>
            <source>the server did not answer in time</source>
            <translation>le serveur n’a pas répondu à temps</translation>
        </message>
        <message>
            <source>the server closed the connection without answering</source>
            <translation>le serveur a fermé la connexion sans répondre</translation>
        </message>
        <message>
            <source>the server's {name} header is not a byte count: {value}</source>
            <translation>l’en-tête {name} du serveur n’est pas un nombre d’octets : {value}</translation>
        </message>
        <message>
            <source>the server's answer to {what} is malformed ({problem})</source>
            <translation>la réponse du serveur à {what} est mal formée ({problem})</translation>
        </message>
        <message>
            <source>the server's answer is not a list of objects</source>
            <translation>la réponse du serveur n’est pas une liste d’objets</translation>
        </message>
        <message>
            <source>stopped while waiting for {server}</source>
            <translation>arrêtée en attendant {server}</translation>
        </message>
        <message>
            <source>{request}: {problem}; resuming in {delay} s</source>
            <translation>{request} : {problem} ; reprise dans {delay} s</translation>
        </message>
        <message>
            <source>{request}: {problem}; retrying in {delay} s</source>
            <translation>{request} : {problem} ; on réessaie dans {delay} s</translation>
        </message>
        <message>
            <source>the server's answer to {request} is {size} bytes; at most {limit} are expected</source>
            <translation>la réponse du serveur à {request} fait {size} octets ; {limit} au plus sont attendus</translation>
        </message>
        <message>
            <source>the server's answer to {request} is over {limit} bytes</source>
            <translation>la réponse du serveur à {request} dépasse {limit} octets</translation>
        </message>
        <message>
            <source>the server's answer to {request} does not decode as its Content-Encoding ({encoding}) says: {problem}</source>
            <translation>la réponse du serveur à {request} ne se décode pas comme l’indique son Content-Encoding ({encoding}) : {problem}</translation>
        </message>
        <message>
            <source>{server}: the secure connection failed ({request}): {problem}</source>
            <translation>{server} : la connexion sécurisée a échoué ({request}) : {problem}</translation>
        </message>
        <message>
            <source>{server} did not answer {request} after {tries} tries: {problem}</source>
            <translation>{server} n’a pas répondu à {request} après {tries} essais : {problem}</translation>
        </message>
        <message>
            <source>{server} answered HTTP {status} without SurveyApp's envelope: not a SurveyApp server (captive portal or proxy?)</source>
            <translation>{server} a répondu HTTP {status} sans l’enveloppe de SurveyApp : ce n’est pas un serveur SurveyApp (portail captif ou proxy ?)</translation>
        </message>
        <message>
            <source>the server refused the token: {reason} (HTTP {status})</source>
            <translation>le serveur a refusé le jeton : {reason} (HTTP {status})</translation>
        </message>
        <message>
            <source>{server} needs a newer SurveyApp (protocol {needed}; this one speaks {spoken}): update SurveyApp, then sync again; nothing was lost</source>
            <translation>{server} demande un SurveyApp plus récent (protocole {needed} ; celui-ci parle le {spoken}) : mettez SurveyApp à jour, puis synchronisez à nouveau ; rien n’est perdu</translation>
        </message>
        <message>
            <source>{server} runs an older SurveyApp server (protocol {spoken}; this laptop needs {needed}): ask the coordinator to update it; nothing was lost</source>
            <translation>{server} fait tourner un serveur SurveyApp plus ancien (protocole {spoken} ; cet ordinateur demande le {needed}) : demandez au coordinateur de le mettre à jour ; rien n’est perdu</translation>
        </message>
        <message>
            <source>the server's answer to a pull has no list of changes</source>
            <translation>la réponse du serveur à une réception n’a pas de liste de modifications</translation>
        </message>
        <message>
            <source>the server sent {count} changes for a pull of at most {limit}</source>
            <translation>le serveur a envoyé {count} modifications pour une réception de {limit} au plus</translation>
        </message>
        <message>
            <source>the server's pages of changes do not move on (after {since}: {next})</source>
            <translation>les pages de modifications du serveur n’avancent pas (après {since} : {next})</translation>
        </message>
        <message>
            <source>the server says more changes follow {next} but sent none after {since}</source>
            <translation>le serveur dit que d’autres modifications suivent {next} mais n’en a envoyé aucune après {since}</translation>
        </message>
        <message>
            <source>a change the server sent is malformed, skipped: {problem}</source>
            <translation>une modification envoyée par le serveur est mal formée, ignorée : {problem}</translation>
        </message>
        <message>
            <source>change {seq} is outside this page ({since}..{next}), skipped</source>
            <translation>la modification {seq} est hors de cette page ({since}..{next}), ignorée</translation>
        </message>
        <message>
            <source>the server refused the token (HTTP {status})</source>
            <translation>le serveur a refusé le jeton (HTTP {status})</translation>
        </message>
        <message>
            <source>{server} answered HTTP {status}</source>
            <translation>{server} a répondu HTTP {status}</translation>
        </message>
        <message>
            <source>no shareable copy: {error}</source>
            <translation>pas de copie partageable : {error}</translation>
        </message>
        <message>
            <source>no shareable copy: the original of {name} is missing from the library ({path}): import its file again to put it back</source>
            <translation>pas de copie partageable : l’original de {name} manque dans la bibliothèque ({path}) : importez de nouveau son fichier pour le remettre en place</translation>
        </message>
        <message>
            <source>the server says it holds {offset} bytes of photo {photo}, which has {total}</source>
            <translation>le serveur dit avoir {offset} octets de la photo {photo}, qui en a {total}</translation>
        </message>
        <message>
            <source>the server's offset keeps moving</source>
            <translation>la position donnée par le serveur ne cesse de changer</translation>
        </message>
        <message>
            <source>another upload of this photo is under way</source>
            <translation>un autre envoi de cette photo est en cours</translation>
        </message>
        <message>
            <source>connection cut ({error})</source>
            <translation>connexion coupée ({error})</translation>
        </message>
        <message>
            <source>the server did not take the bytes sent</source>
            <translation>le serveur n’a pas pris les octets envoyés</translation>
        </message>
        <message>
            <source>upload of {photo} kept failing: {problem}</source>
            <translation>le téléversement de {photo} a échoué à chaque essai : {problem}</translation>
        </message>
        <message>
            <source>upload refused: {reason}</source>
            <translation>envoi refusé : {reason}</translation>
        </message>
        <message>
            <source>the shareable copy is missing; sync again</source>
            <translation>la copie partageable manque ; synchronisez à nouveau</translation>
        </message>
        <message>
            <source>another upload of this photo is under way; it is sent next time</source>
            <translation>un autre envoi de cette photo est en cours ; elle sera envoyée la prochaine fois</translation>
        </message>
        <message>
            <source>its copy was not sent: the server no longer has this photo as yours (withdrawn, or a teammate's, meanwhile); this sync's pull brings what became of it</source>
            <translation>sa copie n’a pas été envoyée : le serveur ne tient plus cette photo pour la vôtre (retirée, ou devenue celle d’un coéquipier entre-temps) ; la réception de cette synchronisation apporte ce qu’elle est devenue</translation>
        </message>
        <message>
            <source>photo {photo} has no picture on the server</source>
            <translation>la photo {photo} n’a pas d’image sur le serveur</translation>
        </message>
        <message>
            <source>the server sent other bytes for photo {photo} (SHA-256 differs)</source>
            <translation>le serveur a envoyé d’autres octets pour la photo {photo} (le SHA-256 diffère)</translation>
        </message>
        <message>
            <source>{record} {id}: {message}</source>
            <translation>{record} {id} : {message}</translation>
        </message>
        <message>
            <source>{record} {id}: your edit was not applied: it had been deleted meanwhile (reviewers see what you sent)</source>
            <translation>{record} {id} : votre modification n’a pas été appliquée : l’enregistrement avait été supprimé entre-temps (les relecteurs voient ce que vous avez envoyé)</translation>
        </message>
        <message>
            <source>{record} {id} was merged into camera {camera} by {who}: your edit was not applied ({values}); make it on camera {camera} if it still holds (reviewers see what you sent)</source>
            <translation>{record} {id} a été fusionnée dans la caméra {camera} par {who} : votre modification n’a pas été appliquée ({values}) ; refaites-la sur la caméra {camera} si elle vaut encore (les relecteurs voient ce que vous avez envoyé)</translation>
        </message>
        <message>
            <source>{record} {id} was merged into camera {camera} by {who}: your edit was not applied ({values}); camera {camera} is a teammate's: reviewers see what you sent and can make it there</source>
            <translation>{record} {id} a été fusionnée dans la caméra {camera} par {who} : votre modification n’a pas été appliquée ({values}) ; la caméra {camera} est celle d’un coéquipier : les relecteurs voient ce que vous avez envoyé et peuvent la faire sur celle-ci</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>quelqu’un d’autre</translation>
        </message>
        <message>
            <source>{field}: {value}</source>
            <translation>{field} : {value}</translation>
        </message>
        <message>
            <source>{first}; {then}</source>
            <translation>{first} ; {then}</translation>
        </message>
        <message>
            <source>{record} {id}: not made: the photos you split off had been deleted meanwhile (reviewers see what you sent)</source>
            <translation>{record} {id} : non créée : les photos que vous en avez séparées avaient été supprimées entre-temps (les relecteurs voient ce que vous avez envoyé)</translation>
        </message>
        <message>
            <source>{record} {id}: not made: the photos you split off had become a teammate's meanwhile (reviewers see what you sent)</source>
            <translation>{record} {id} : non créée : les photos que vous en avez séparées étaient devenues celles d’un coéquipier entre-temps (les relecteurs voient ce que vous avez envoyé)</translation>
        </message>
        <message>
            <source>{record} {id}: not made: it had been deleted or merged meanwhile; the photos you split off are on camera {camera} (reviewers see what you sent)</source>
            <translation>{record} {id} : non créée : elle avait été supprimée ou fusionnée entre-temps ; les photos que vous en avez séparées sont sur la caméra {camera} (les relecteurs voient ce que vous avez envoyé)</translation>
        </message>
        <message>
            <source>'{ref}' is too short to name a record</source>
            <translation>« {ref} » est trop court pour désigner un enregistrement</translation>
        </message>
        <message>
            <source>no refused change</source>
            <translation>aucune modification refusée</translation>
        </message>
        <message>
            <source>no refused change for '{ref}'</source>
            <translation>aucune modification refusée pour « {ref} »</translation>
        </message>
        <message numerus="yes">
            <source>%n photos uploaded</source>
            <translation>
                <numerusform>%n photo téléversée</numerusform>
                <numerusform>%n photos téléversées</numerusform>
            </translation>
        </message>
        <message>
            <source>no token for {server}: pass --token TOKEN (add --save-token to keep it in the system keyring) or set {variable}</source>
            <translation>pas de jeton pour {server} : passez --token JETON (ajoutez --save-token pour le garder dans le trousseau du système) ou définissez {variable}</translation>
        </message>
        <message>
            <source>the system keyring cannot store the token ({error})</source>
            <translation>le trousseau du système ne peut pas garder le jeton ({error})</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n modification</numerusform>
                <numerusform>%n modifications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>system</name>
        <message>
            <source>permission denied</source>
            <translation>accès refusé</translation>
        </message>
        <message>
            <source>a link that leads back to itself</source>
            <translation>un lien qui ramène à lui-même</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>c’est un dossier</translation>
        </message>
        <message>
            <source>not a folder</source>
            <translation>ce n’est pas un dossier</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>le nom est trop long</translation>
        </message>
        <message>
            <source>too many files are open</source>
            <translation>trop de fichiers sont ouverts</translation>
        </message>
        <message>
            <source>the file is in use</source>
            <translation>le fichier est utilisé</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <source>the disk could not be read or written</source>
            <translation>le disque n’a pu être ni lu ni écrit</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>le disque est en lecture seule</translation>
        </message>
        <message>
            <source>{reason}: {path}</source>
            <translation>{reason} : {path}</translation>
        </message>
    </context>
    <context>
        <name>tiles</name>
        <message>
            <source>{name} is not an MBTiles file ({error})</source>
            <translation>{name} n’est pas un fichier MBTiles ({error})</translation>
        </message>
        <message>
            <source>the tile server answered {status}</source>
            <translation>le serveur de tuiles a répondu {status}</translation>
        </message>
        <message>
            <source>a tile was not an image</source>
            <translation>une tuile n’était pas une image</translation>
        </message>
        <message>
            <source>no connection to {host}</source>
            <translation>pas de connexion à {host}</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <source>field edit</source>
            <translation>modification des champs</translation>
        </message>
        <message>
            <source>move</source>
            <translation>déplacement</translation>
        </message>
        <message>
            <source>placing on the map</source>
            <translation>placement sur la carte</translation>
        </message>
        <message>
            <source>return to the photos' position</source>
            <translation>retour à la position des photos</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>fusion</translation>
        </message>
        <message>
            <source>marking as two cameras</source>
            <translation>marquage comme deux caméras</translation>
        </message>
        <message>
            <source>split</source>
            <translation>séparation</translation>
        </message>
        <message>
            <source>deletion</source>
            <translation>suppression</translation>
        </message>
        <message>
            <source>blur change</source>
            <translation>modification du floutage</translation>
        </message>
        <message>
            <source>review decision</source>
            <translation>décision de vérification</translation>
        </message>
        <message>
            <source>photos were put on the camera or taken off it since you were asked (by a sync or another program): look at it again</source>
            <translation>des photos ont été mises sur la caméra ou retirées depuis la question (par une synchronisation ou un autre programme) : regardez-la à nouveau</translation>
        </message>
        <message>
            <source>there is nothing to undo</source>
            <translation>il n’y a rien à annuler</translation>
        </message>
        <message>
            <source>the edit to set aside is no longer the first one to redo (another window or a restart changed the list): look at the Edit menu again</source>
            <translation>la modification à mettre de côté n’est plus la première à rétablir (une autre fenêtre ou un redémarrage a changé la liste) : regardez à nouveau le menu Édition</translation>
        </message>
        <message>
            <source>the edit to set aside is no longer the last one (another window or a restart changed the list): look at the Edit menu again</source>
            <translation>la modification à mettre de côté n’est plus la dernière (une autre fenêtre ou un redémarrage a changé la liste) : regardez à nouveau le menu Édition</translation>
        </message>
        <message>
            <source>the {name} can be redone now, so it was not set aside: redo makes it again</source>
            <translation>l’opération « {name} » peut être rétablie maintenant, elle n’a donc pas été mise de côté : rétablir la refait</translation>
        </message>
        <message>
            <source>the {name} can be undone now, so it was not set aside: undo takes it back</source>
            <translation>l’opération « {name} » peut être annulée maintenant, elle n’a donc pas été mise de côté : annuler la reprend</translation>
        </message>
        <message>
            <source>there is nothing to redo</source>
            <translation>il n’y a rien à rétablir</translation>
        </message>
        <message>
            <source>the {name} cannot be undone: the position it would put back came from a geotagging undone since, and the camera's photos no longer give it</source>
            <translation>l’opération « {name} » ne peut pas être annulée : la position qu’elle remettrait venait d’une géolocalisation annulée depuis, et les photos de la caméra ne la donnent plus</translation>
        </message>
        <message>
            <source>the {name} cannot be redone: the survey was synced since it was undone; make it again</source>
            <translation>l’opération « {name} » ne peut pas être rétablie : le relevé a été synchronisé depuis son annulation ; refaites-la</translation>
        </message>
        <message>
            <source>{refusal}; it is taken off the list of edits to undo</source>
            <translation>{refusal} ; elle est retirée de la liste des modifications à annuler</translation>
        </message>
        <message>
            <source>{refusal}; it is taken off the list of edits to redo</source>
            <translation>{refusal} ; elle est retirée de la liste des modifications à rétablir</translation>
        </message>
        <message>
            <source>the {name} was sent to the server, but no answer came back: the server may have it, and the next sync sends it again; it can no longer be undone here</source>
            <translation>l’opération « {name} » a été envoyée au serveur, mais aucune réponse n’est revenue : le serveur l’a peut-être reçue, et la prochaine synchronisation l’envoie de nouveau ; elle ne peut plus être annulée ici</translation>
        </message>
        <message>
            <source>the {name} was already sent to the server, which keeps it: it can no longer be undone here</source>
            <translation>l’opération « {name} » a déjà été envoyée au serveur, qui la conserve : elle ne peut plus être annulée ici</translation>
        </message>
        <message numerus="yes">
            <source>{refusal}; nothing is lost: %n photos of yours stay on a camera of their own, and only {owner} or a reviewer can merge them back into their camera</source>
            <translation>
                <numerusform>{refusal} ; rien n’est perdu : %n de vos photos reste sur une caméra à part, et seuls {owner} ou un relecteur peuvent la remettre par une fusion sur la caméra d’où elle vient</numerusform>
                <numerusform>{refusal} ; rien n’est perdu : %n de vos photos restent sur une caméra à part, et seuls {owner} ou un relecteur peuvent les remettre par une fusion sur la caméra d’où elles viennent</numerusform>
            </translation>
        </message>
        <message>
            <source>the {name} cannot be undone: what it changed was changed again since (by a sync or another program)</source>
            <translation>l’opération « {name} » ne peut pas être annulée : ce qu’elle a changé a été modifié depuis (par une synchronisation ou un autre programme)</translation>
        </message>
        <message>
            <source>the {name} cannot be redone: what it changed was changed again since (by a sync or another program)</source>
            <translation>l’opération « {name} » ne peut pas être rétablie : ce qu’elle a changé a été modifié depuis (par une synchronisation ou un autre programme)</translation>
        </message>
        <message>
            <source>a record of this step is gone</source>
            <translation>un enregistrement de cette étape n’existe plus</translation>
        </message>
    </context>
    <context>
        <name>units</name>
        <message>
            <source>{size} kB</source>
            <translation>{size} ko</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} Mo</translation>
        </message>
    </context>
    <context>
        <name>vendors</name>
        <message>
            <source>model family {family}</source>
            <translation>famille de modèles {family}</translation>
        </message>
        <message>
            <source>model family {family}, but {maker} makes other products</source>
            <translation>famille de modèles {family}, mais {maker} fabrique d’autres produits</translation>
        </message>
        <message>
            <source>brand {brand} ({vendor})</source>
            <translation>marque {brand} ({vendor})</translation>
        </message>
        <message>
            <source>name {name}</source>
            <translation>nom {name}</translation>
        </message>
        <message>
            <source>label {seen} reads {owner}</source>
            <translation>l’étiquette {seen} désigne {owner}</translation>
        </message>
        <message>
            <source>model family {family}, read as {model}</source>
            <translation>famille de modèles {family}, lu comme {model}</translation>
        </message>
        <message>
            <source>model family {family}, read as {model}, but {maker} makes other products</source>
            <translation>famille de modèles {family}, lu comme {model}, mais {maker} fabrique d’autres produits</translation>
        </message>
        <message>
            <source>{vendor} — {confidence}: {reasons}</source>
            <translation>{vendor} — {confidence} : {reasons}</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>sûr</translation>
        </message>
        <message>
            <source>likely</source>
            <translation>probable</translation>
        </message>
        <message>
            <source>weak</source>
            <translation>faible</translation>
        </message>
    </context>
    <context>
        <name>warnings</name>
        <message>
            <source>Camera</source>
            <translation>Caméra</translation>
        </message>
        <message>
            <source>{camera} and {other} are probably one camera ({metres} m apart)</source>
            <translation>{camera} et {other} sont sans doute une seule caméra (à {metres} m)</translation>
        </message>
        <message>
            <source>{camera} is already in {source} ({source_id}, {metres} m away)</source>
            <translation>{camera} est déjà dans {source} ({source_id}, à {metres} m)</translation>
        </message>
        <message numerus="yes">
            <source>The originals of %n photos are missing from the library ({names}): it holds none of them. If you moved the photo library, close SurveyApp and move it back to {library}; else import their files again</source>
            <translation>
                <numerusform>L’original de %n photo manque dans la bibliothèque ({names}) : elle n’en contient aucun. Si vous avez déplacé la bibliothèque de photos, fermez SurveyApp et remettez-la à sa place ({library}) ; sinon importez de nouveau son fichier</numerusform>
                <numerusform>Les originaux de %n photos manquent dans la bibliothèque ({names}) : elle n’en contient aucun. Si vous avez déplacé la bibliothèque de photos, fermez SurveyApp et remettez-la à sa place ({library}) ; sinon importez de nouveau leurs fichiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The originals of %n photos are missing from the library ({names}): import their files again</source>
            <translation>
                <numerusform>L’original de %n photo manque dans la bibliothèque ({names}) : importez de nouveau son fichier</numerusform>
                <numerusform>Les originaux de %n photos manquent dans la bibliothèque ({names}) : importez de nouveau leurs fichiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{camera} has no position: place it on the map (%n photos)</source>
            <translation>
                <numerusform>{camera} sans position : placez-la sur la carte (%n photo)</numerusform>
                <numerusform>{camera} sans position : placez-la sur la carte (%n photos)</numerusform>
            </translation>
        </message>
        <message>
            <source>Photo {file_name} has no capture time</source>
            <translation>La photo {file_name} n’a pas d’heure de prise de vue</translation>
        </message>
        <message>
            <source>Photo {file_name}: {warning}</source>
            <translation>Photo {file_name} : {warning}</translation>
        </message>
        <message>
            <source>{owner}'s photo {file_name}: {warning}</source>
            <translation>Photo {file_name} de {owner} : {warning}</translation>
        </message>
    </context>
</TS>
