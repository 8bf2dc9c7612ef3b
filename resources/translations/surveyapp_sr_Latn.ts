<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS">
    <context>
        <name>BlurEditor</name>
        <message>
            <source>Blur before sharing</source>
            <translation>Zamućivanje pre deljenja</translation>
        </message>
        <message>
            <source>This is the copy that leaves the laptop. Drag to blur a rectangle; click a blurred region to leave it sharp, and click it again to blur it again.</source>
            <translation>Ovo je kopija koja napušta računar. Prevucite da zamutite pravougaonik; kliknite na zamućenu oblast da ostane oštra, a ponovo kliknite da je opet zamutite.</translation>
        </message>
        <message>
            <source>found and blurred</source>
            <translation>pronađeno i zamućeno</translation>
        </message>
        <message>
            <source>blurred by you</source>
            <translation>zamutili ste vi</translation>
        </message>
        <message>
            <source>left sharp by you</source>
            <translation>ostavili ste oštro</translation>
        </message>
        <message>
            <source>Making the shareable copy…</source>
            <translation>Pravi se kopija za deljenje…</translation>
        </message>
        <message numerus="yes">
            <source>%n regions blurred in the shared copy.</source>
            <translation>
                <numerusform>%n oblast zamućena u deljenoj kopiji.</numerusform>
                <numerusform>%n oblasti zamućene u deljenoj kopiji.</numerusform>
                <numerusform>%n oblasti zamućeno u deljenoj kopiji.</numerusform>
            </translation>
        </message>
        <message>
            <source>This survey does not look for faces and plates.</source>
            <translation>Ovo istraživanje ne traži lica i tablice.</translation>
        </message>
        <message>
            <source>Cannot show the shared copy: {error}</source>
            <translation>Deljena kopija ne može da se prikaže: {error}</translation>
        </message>
    </context>
    <context>
        <name>CameraForm</name>
        <message>
            <source>Surveillance</source>
            <translation>Nadzor</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <source>Camera type</source>
            <translation>Tip kamere</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>Postavljena na</translation>
        </message>
        <message>
            <source>Vendor confidence</source>
            <translation>Koliko ste sigurni</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stanje</translation>
        </message>
        <message>
            <source>Height (m)</source>
            <translation>Visina (m)</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Vlasnik</translation>
        </message>
        <message>
            <source>Brand on housing</source>
            <translation>Marka na kućištu</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Check date</source>
            <translation>Datum provere</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>nepoznato</translation>
        </message>
        <message>
            <source>type a name or a brand (EZVIZ, Lorex…)</source>
            <translation>upišite ime ili marku (EZVIZ, Lorex…)</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Proizvođač</translation>
        </message>
        <message>
            <source>e.g. {model}</source>
            <translation>npr. {model}</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Smer</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>gggg-mm-dd</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Danas</translation>
        </message>
        <message>
            <source>Anything a reviewer should know</source>
            <translation>Sve što bi proveravač trebalo da zna</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Napomene</translation>
        </message>
        <message>
            <source>Metres above ground, e.g. 4.5</source>
            <translation>Metara iznad tla, npr. 4,5</translation>
        </message>
        <message>
            <source>FCC Covered List</source>
            <translation>FCC crna lista</translation>
        </message>
        <message>
            <source>Not on Covered List</source>
            <translation>Nije na FCC listi</translation>
        </message>
        <message>
            <source>{field}: “{theirs}”, stored meanwhile by a sync or another program, was replaced by what you typed (Edit → Undo puts it back)</source>
            <translation>{field}: „{theirs}“, sačuvano u međuvremenu sinhronizacijom ili drugim programom, zamenjeno je onim što ste uneli (Uređivanje → Opozovi to vraća)</translation>
        </message>
        <message>
            <source>{line} (FCC Covered List)</source>
            <translation>{line} (FCC crna lista)</translation>
        </message>
        <message>
            <source>Looks like:</source>
            <translation>Liči na:</translation>
        </message>
        <message>
            <source>Use {vendor}</source>
            <translation>Izaberi {vendor}</translation>
        </message>
    </context>
    <context>
        <name>CameraPanel</name>
        <message>
            <source>from the photos' GPS</source>
            <translation>prema GPS-u fotografija</translation>
        </message>
        <message>
            <source>from the photos' XMP</source>
            <translation>prema XMP podacima fotografija</translation>
        </message>
        <message>
            <source>placed by hand</source>
            <translation>postavljeno ručno</translation>
        </message>
        <message>
            <source>mean of merged cameras</source>
            <translation>sredina spojenih kamera</translation>
        </message>
        <message>
            <source>from a GPX track</source>
            <translation>prema GPX tragu</translation>
        </message>
        <message>
            <source>from the photos taken just before and after</source>
            <translation>iz fotografija snimljenih neposredno pre i posle</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync…&lt;/b&gt; (Ctrl+Shift+Y) brings the team's cameras to this laptop, and their newest changes at every sync. Import photos only of a walk of your own.</source>
            <translation>&lt;b&gt;Sinhronizuj…&lt;/b&gt; (Ctrl+Shift+Y) donosi kamere tima na ovaj računar, i njihove najnovije izmene pri svakoj sinhronizaciji. Uvozite fotografije samo sa sopstvene šetnje.</translation>
        </message>
        <message>
            <source>Select a camera in the list or on the map to see its photos and what its volunteer recorded.</source>
            <translation>Izaberite kameru na listi ili na mapi da vidite njene fotografije i šta je njen volonter upisao.</translation>
        </message>
        <message>
            <source>Check the &lt;b&gt;Review&lt;/b&gt; tab for conflicts, new and changed cameras and likely duplicates between volunteers.</source>
            <translation>Na kartici &lt;b&gt;Provera&lt;/b&gt; proverite sukobe, nove i izmenjene kamere i moguće duplikate između volontera.</translation>
        </message>
        <message>
            <source>Import the photos of your walk: drop a folder on this window, or &lt;b&gt;Import photos&lt;/b&gt; (Ctrl+I).</source>
            <translation>Uvezite fotografije sa šetnje: prevucite fasciklu na ovaj prozor ili &lt;b&gt;Uvezi fotografije&lt;/b&gt; (Ctrl+I).</translation>
        </message>
        <message>
            <source>Photos taken a few metres and minutes apart become one camera.</source>
            <translation>Fotografije snimljene na nekoliko metara i minuta razmaka postaju jedna kamera.</translation>
        </message>
        <message>
            <source>Select a camera in the list or on the map to see its photos and record what you saw: vendor, type, mount, direction.</source>
            <translation>Izaberite kameru na listi ili na mapi da vidite njene fotografije i upišete šta ste videli: proizvođač, tip, postavljanje, smer.</translation>
        </message>
        <message>
            <source>Check the &lt;b&gt;Warnings&lt;/b&gt; tab for likely duplicates and cameras without a position.</source>
            <translation>Na kartici &lt;b&gt;Upozorenja&lt;/b&gt; proverite moguće duplikate i kamere bez položaja.</translation>
        </message>
        <message>
            <source>How to start</source>
            <translation>Kako da počnete</translation>
        </message>
        <message>
            <source>Merge into one camera</source>
            <translation>Spoji u jednu kameru</translation>
        </message>
        <message>
            <source>The first selected camera keeps its values; empty ones are filled from the others</source>
            <translation>Prva izabrana kamera zadržava svoje vrednosti; prazna polja se popunjavaju iz ostalih</translation>
        </message>
        <message>
            <source>Delete selected cameras…</source>
            <translation>Obriši izabrane kamere…</translation>
        </message>
        <message>
            <source>Team review:</source>
            <translation>Provera tima:</translation>
        </message>
        <message>
            <source>Back to the photos' GPS position</source>
            <translation>Nazad na GPS položaj fotografija</translation>
        </message>
        <message>
            <source>Undo the placement by hand: the mean of the photos' GPS positions</source>
            <translation>Poništi ručno postavljanje: prosek GPS položaja fotografija</translation>
        </message>
        <message>
            <source>Double-click to open; select photos to split them off</source>
            <translation>Dvoklik otvara fotografiju; izaberite fotografije da ih odvojite</translation>
        </message>
        <message>
            <source>Split off selected photos</source>
            <translation>Odvoji izabrane fotografije</translation>
        </message>
        <message>
            <source>Delete camera…</source>
            <translation>Obriši kameru…</translation>
        </message>
        <message>
            <source>Show the camera it went into</source>
            <translation>Prikaži kameru sa kojom je spojena</translation>
        </message>
        <message>
            <source>Put what you typed on the camera it went into</source>
            <translation>Prenesi uneto na kameru sa kojom je spojena</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras selected.</source>
            <translation>
                <numerusform>Izabrana je %n kamera.</numerusform>
                <numerusform>Izabrane su %n kamere.</numerusform>
                <numerusform>Izabrano je %n kamera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Merging keeps every photo; the first selected camera's values win, empty ones are filled from the others and notes are joined.</source>
            <translation>Spajanje čuva sve fotografije; važe vrednosti prve izabrane kamere, prazna polja se popunjavaju iz ostalih, a napomene se spajaju.</translation>
        </message>
        <message>
            <source>Camera (vendor not identified yet)</source>
            <translation>Kamera (proizvođač još nije utvrđen)</translation>
        </message>
        <message>
            <source>No position yet: click the map to place it.</source>
            <translation>Još nema položaj: kliknite na mapu da je postavite.</translation>
        </message>
        <message>
            <source>No position yet.</source>
            <translation>Još nema položaj.</translation>
        </message>
        <message>
            <source>(± {metres} m)</source>
            <translation>(± {metres} m)</translation>
        </message>
        <message>
            <source>changed since last sync</source>
            <translation>izmenjena od poslednje sinhronizacije</translation>
        </message>
        <message>
            <source>a change refused by the server: see Sync</source>
            <translation>izmena koju je server odbio: vidi Sinhronizuj</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>sinhronizovana</translation>
        </message>
        <message numerus="yes">
            <source>%n photos</source>
            <translation>
                <numerusform>%n fotografija</numerusform>
                <numerusform>%n fotografije</numerusform>
                <numerusform>%n fotografija</numerusform>
            </translation>
        </message>
        <message>
            <source>camera {id}</source>
            <translation>kamera {id}</translation>
        </message>
        <message>
            <source>bearing {degrees}°</source>
            <translation>smer {degrees}°</translation>
        </message>
        <message>
            <source>no time</source>
            <translation>bez vremena</translation>
        </message>
        <message>
            <source>Mapped by {owner}: your changes reach them with the next sync.</source>
            <translation>Mapirao/la {owner}: vaše izmene stižu do te osobe pri sledećoj sinhronizaciji.</translation>
        </message>
        <message>
            <source>Mapped by {owner}: only they or a reviewer can change it.</source>
            <translation>Mapirao/la {owner}: samo ta osoba ili recenzent može da je menja.</translation>
        </message>
        <message>
            <source>Your decision reaches the team with the next sync</source>
            <translation>Tim dobija vašu odluku pri sledećoj sinhronizaciji</translation>
        </message>
        <message>
            <source>Set by the team's reviewers (the server says at each sync who is one)</source>
            <translation>Postavljaju je recenzenti tima (server pri svakoj sinhronizaciji kaže ko je recenzent)</translation>
        </message>
        <message>
            <source>This verified camera has no position: the published map shows it once it is placed.</source>
            <translation>Ova proverena kamera nema položaj: objavljena mapa će je prikazati kada bude postavljena.</translation>
        </message>
        <message numerus="yes">
            <source>Split off %n photos</source>
            <translation>
                <numerusform>Odvoji %n fotografiju</numerusform>
                <numerusform>Odvoji %n fotografije</numerusform>
                <numerusform>Odvoji %n fotografija</numerusform>
            </translation>
        </message>
        <message>
            <source>This camera was merged into camera {camera} by {who} (brought by a sync).</source>
            <translation>Ova kamera je spojena sa kamerom {camera} (spojio ju je {who}; stiglo sinhronizacijom).</translation>
        </message>
        <message>
            <source>This camera was merged into camera {camera} (brought by a sync).</source>
            <translation>Ova kamera je spojena sa kamerom {camera} (stiglo sinhronizacijom).</translation>
        </message>
        <message>
            <source>What you typed has not been saved: {typed}.</source>
            <translation>Ono što ste uneli nije sačuvano: {typed}.</translation>
        </message>
        <message>
            <source>Camera {camera} is a teammate's: only they or a reviewer can change it.</source>
            <translation>Kamera {camera} pripada članu tima: samo ta osoba ili recenzent može da je menja.</translation>
        </message>
        <message>
            <source>The camera was merged into camera {camera} by {who} (brought by a sync): what you typed was not saved ({typed})</source>
            <translation>Kamera je spojena sa kamerom {camera} (spojio ju je {who}; stiglo sinhronizacijom): ono što ste uneli nije sačuvano ({typed})</translation>
        </message>
        <message>
            <source>The camera was merged into camera {camera} (brought by a sync): what you typed was not saved ({typed})</source>
            <translation>Kamera je spojena sa kamerom {camera} (stiglo sinhronizacijom): ono što ste uneli nije sačuvano ({typed})</translation>
        </message>
        <message>
            <source>The camera was deleted meanwhile (by a sync or another program): what you typed was not saved ({typed})</source>
            <translation>Kamera je u međuvremenu obrisana (sinhronizacijom ili drugim programom): ono što ste uneli nije sačuvano ({typed})</translation>
        </message>
    </context>
    <context>
        <name>CameraSide</name>
        <message>
            <source>Loading the photos…</source>
            <translation>Učitavanje fotografija…</translation>
        </message>
        <message>
            <source>Previous photo</source>
            <translation>Prethodna fotografija</translation>
        </message>
        <message>
            <source>Next photo</source>
            <translation>Sledeća fotografija</translation>
        </message>
        <message>
            <source>Download the photo</source>
            <translation>Preuzmi fotografiju</translation>
        </message>
        <message>
            <source>Bring its shared copy (blurred, without personal data) from the team's server</source>
            <translation>Preuzmi njenu deljenu kopiju (zamućenu, bez ličnih podataka) sa servera tima</translation>
        </message>
        <message>
            <source>This camera is gone (merged or deleted meanwhile).</source>
            <translation>Ova kamera više ne postoji (u međuvremenu spojena ili obrisana).</translation>
        </message>
        <message>
            <source>Vendor and type not recorded yet</source>
            <translation>Proizvođač i vrsta još nisu upisani</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Nema fotografije</translation>
        </message>
        <message>
            <source>photo {index} of {count}</source>
            <translation>fotografija {index} od {count}</translation>
        </message>
        <message>
            <source>no time</source>
            <translation>bez vremena</translation>
        </message>
        <message>
            <source>Cannot open the photo: {error}</source>
            <translation>Fotografija ne može da se otvori: {error}</translation>
        </message>
        <message>
            <source>Downloading the photo from the team's server…</source>
            <translation>Preuzimanje fotografije sa servera tima…</translation>
        </message>
        <message>
            <source>The photo could not be downloaded: {reason}</source>
            <translation>Fotografija nije mogla da se preuzme: {reason}</translation>
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
            <translation>ručno</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>spojeno</translation>
        </message>
        <message>
            <source>gpx</source>
            <translation>GPX</translation>
        </message>
        <message>
            <source>neighbours</source>
            <translation>susedne</translation>
        </message>
        <message>
            <source>No position yet</source>
            <translation>Još bez položaja</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>nepoznat</translation>
        </message>
        <message>
            <source>unverified</source>
            <translation>neprovereno</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>provereno</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>sporno</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>uklonjeno</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>čeka</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>odbijena</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>poslato</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Proizvođač</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Ulica</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tip</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>Nosač</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Smer</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Slike</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Položaj</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Provereno</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Provera</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sinhr.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Snimljeno</translation>
        </message>
        <message>
            <source>Search vendor, model, street, type… (Ctrl+F)</source>
            <translation>Traži proizvođača, model, ulicu, tip… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Any vendor</source>
            <translation>Svi proizvođači</translation>
        </message>
        <message>
            <source>Vendor unknown</source>
            <translation>Nepoznat proizvođač</translation>
        </message>
        <message>
            <source>{vendor} (covered)</source>
            <translation>{vendor} (FCC lista)</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Svi tipovi</translation>
        </message>
        <message>
            <source>Type unknown</source>
            <translation>Nepoznat tip</translation>
        </message>
        <message>
            <source>Any review</source>
            <translation>Bilo koja provera</translation>
        </message>
        <message>
            <source>Covered List</source>
            <translation>FCC lista</translation>
        </message>
        <message>
            <source>Only vendors on the US FCC Covered List</source>
            <translation>Samo proizvođači sa crne liste američke FCC</translation>
        </message>
        <message>
            <source>No position</source>
            <translation>Bez položaja</translation>
        </message>
        <message>
            <source>Unsynced</source>
            <translation>Neposlate</translation>
        </message>
        <message>
            <source>Cameras with a change waiting to sync, or one the server refused</source>
            <translation>Kamere sa izmenom koja čeka sinhronizaciju ili koju je server odbio</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras</source>
            <translation>
                <numerusform>%n kamera</numerusform>
                <numerusform>%n kamere</numerusform>
                <numerusform>%n kamera</numerusform>
            </translation>
        </message>
        <message>
            <source>No camera matches (of {total})</source>
            <translation>Nijedna kamera ne odgovara (od {total})</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} od {total}</translation>
        </message>
    </context>
    <context>
        <name>CameraTableModel</name>
        <message>
            <source>vendor unknown</source>
            <translation>nepoznat proizvođač</translation>
        </message>
        <message>
            <source>model {model}</source>
            <translation>model {model}</translation>
        </message>
        <message>
            <source>on the FCC Covered List</source>
            <translation>na FCC crnoj listi</translation>
        </message>
    </context>
    <context>
        <name>Compass</name>
        <message>
            <source>Where the phone pointed (GPS bearing)</source>
            <translation>Kuda je telefon bio okrenut (GPS smer)</translation>
        </message>
        <message>
            <source>N</source>
            <comment>north</comment>
            <translation>S</translation>
        </message>
    </context>
    <context>
        <name>DirectionEdit</name>
        <message>
            <source>unknown</source>
            <translation>nepoznat</translation>
        </message>
        <message>
            <source>Degrees clockwise from north (135), a compass point (SE) or 90-270</source>
            <translation>Stepeni od severa u smeru kazaljke (135), strana sveta (SE) ili 90-270</translation>
        </message>
        <message>
            <source>Drag to set the direction (north is up)</source>
            <translation>Prevucite da podesite smer (sever je gore)</translation>
        </message>
        <message>
            <source>Use photo bearing {degrees}°</source>
            <translation>Uzmi smer sa fotografije ({degrees}°)</translation>
        </message>
        <message>
            <source>unknown (photo bearing {degrees}°)</source>
            <translation>nepoznat (fotografija: {degrees}°)</translation>
        </message>
    </context>
    <context>
        <name>DownloadDialog</name>
        <message>
            <source>Download this area for offline use</source>
            <translation>Preuzmi ovo područje za rad bez mreže</translation>
        </message>
        <message>
            <source>This tile server's terms allow downloading its tiles</source>
            <translation>Uslovi ovog servera pločica dozvoljavaju preuzimanje njegovih pločica</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Preuzmi</translation>
        </message>
        <message>
            <source>Tile server</source>
            <translation>Server pločica</translation>
        </message>
        <message>
            <source>From zoom</source>
            <translation>Od uvećanja</translation>
        </message>
        <message>
            <source>To zoom</source>
            <translation>Do uvećanja</translation>
        </message>
        <message>
            <source>{count} tiles, about {size}</source>
            <translation>{count} pločica, oko {size}</translation>
        </message>
        <message>
            <source>too many: choose fewer zooms or a smaller area</source>
            <translation>previše: izaberite manje nivoa uvećanja ili manje područje</translation>
        </message>
        <message>
            <source>Cancelled: nothing was kept.</source>
            <translation>Otkazano: ništa nije sačuvano.</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Preuzimanje…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>{done} of {total} tiles, {size}</source>
            <translation>{done} od {total} pločica, {size}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zatvori</translation>
        </message>
        <message>
            <source>{count} tiles saved for offline use ({size}).</source>
            <translation>{count} pločica sačuvano za rad bez mreže ({size}).</translation>
        </message>
    </context>
    <context>
        <name>DuplicateDialog</name>
        <message>
            <source>One camera or two?</source>
            <translation>Jedna kamera ili dve?</translation>
        </message>
        <message>
            <source>These two cameras are {metres} m apart and of the same vendor and type. Do the photos show one camera?</source>
            <translation>Ove dve kamere su na {metres} m jedna od druge, istog proizvođača i iste vrste. Da li fotografije prikazuju jednu kameru?</translation>
        </message>
        <message>
            <source>Merge: one camera</source>
            <translation>Spoji: jedna kamera</translation>
        </message>
        <message>
            <source>Merge the newer camera into the older one (Edit → Undo takes it back)</source>
            <translation>Spoji noviju kameru sa starijom (Uređivanje → Poništi to vraća)</translation>
        </message>
        <message>
            <source>Not the same</source>
            <translation>Nije ista</translation>
        </message>
        <message>
            <source>Two cameras: remembered, also for the team, so the warning goes away</source>
            <translation>Dve kamere: pamti se, i za tim, pa upozorenje nestaje</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Odluči kasnije</translation>
        </message>
        <message>
            <source>Another volunteer mapped one of them: only a reviewer can merge them</source>
            <translation>Jednu od njih je mapirao drugi volonter: samo recenzent može da ih spoji</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>the {edit} was set aside (it stays as it is), but {error}</source>
            <translation>operacija „{edit}“ je ostavljena po strani (ostaje kakva jeste), ali {error}</translation>
        </message>
        <message>
            <source>Redo again sets the {edit} aside (it stays undone) and redoes the {before} after it.</source>
            <translation>Ponovno ponavljanje ostavlja operaciju „{edit}“ po strani (ostaje opozvana) i ponavlja operaciju „{before}“ posle nje.</translation>
        </message>
        <message>
            <source>Redo again sets the {edit} aside (it stays undone).</source>
            <translation>Ponovno ponavljanje ostavlja operaciju „{edit}“ po strani (ostaje opozvana).</translation>
        </message>
        <message>
            <source>Undo again sets the {edit} aside (it stays as it is) and undoes the {before} before it.</source>
            <translation>Ponovni opoziv ostavlja operaciju „{edit}“ po strani (ostaje kakva jeste) i opoziva operaciju „{before}“ pre nje.</translation>
        </message>
        <message>
            <source>Undo again sets the {edit} aside (it stays as it is).</source>
            <translation>Ponovni opoziv ostavlja operaciju „{edit}“ po strani (ostaje kakva jeste).</translation>
        </message>
        <message>
            <source>The edit was not saved: {error}</source>
            <translation>Izmena nije sačuvana: {error}</translation>
        </message>
        <message>
            <source>the {edit} was set aside (it stays undone), but {error}</source>
            <translation>operacija „{edit}“ je ostavljena po strani (ostaje opozvana), ali {error}</translation>
        </message>
        <message>
            <source>The move was not saved: {error}</source>
            <translation>Premeštanje nije sačuvano: {error}</translation>
        </message>
        <message>
            <source>The review was not saved: {error}</source>
            <translation>Provera nije sačuvana: {error}</translation>
        </message>
        <message>
            <source>The merge was not saved: {error}</source>
            <translation>Spajanje nije sačuvano: {error}</translation>
        </message>
        <message>
            <source>The split was not saved: {error}</source>
            <translation>Odvajanje nije sačuvano: {error}</translation>
        </message>
        <message>
            <source>The decision was not saved: {error}</source>
            <translation>Odluka nije sačuvana: {error}</translation>
        </message>
        <message>
            <source>The deletion was not saved: {error}</source>
            <translation>Brisanje nije sačuvano: {error}</translation>
        </message>
        <message>
            <source>Nothing was undone: {error}</source>
            <translation>Ništa nije opozvano: {error}</translation>
        </message>
        <message>
            <source>Nothing was redone: {error}</source>
            <translation>Ništa nije ponovljeno: {error}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the survey</source>
            <translation>Izvoz snimanja</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Izaberi…</translation>
        </message>
        <message>
            <source>All cameras</source>
            <translation>Sve kamere</translation>
        </message>
        <message numerus="yes">
            <source>The %n cameras the list shows (filtered)</source>
            <translation>
                <numerusform>%n kamera koju lista prikazuje (filtrirano)</numerusform>
                <numerusform>%n kamere koje lista prikazuje (filtrirano)</numerusform>
                <numerusform>%n kamera koje lista prikazuje (filtrirano)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n selected cameras</source>
            <translation>
                <numerusform>%n izabrana kamera</numerusform>
                <numerusform>%n izabrane kamere</numerusform>
                <numerusform>%n izabranih kamera</numerusform>
            </translation>
        </message>
        <message>
            <source>Only the cameras the team's reviewers verified</source>
            <translation>Samo kamere koje su recenzenti tima potvrdili</translation>
        </message>
        <message>
            <source>Dates only, no times of day (for publication)</source>
            <translation>Samo datumi, bez doba dana (za objavljivanje)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Izvezi</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datoteka</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Kamere</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Izvezi u</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>Otkazano; nijedna datoteka nije upisana.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Izvoz u toku…</translation>
        </message>
        <message numerus="yes">
            <source>Exported the GeoJSON and %n photos to {path}</source>
            <translation>
                <numerusform>Izvezeni su GeoJSON i %n fotografija u {path}</numerusform>
                <numerusform>Izvezeni su GeoJSON i %n fotografije u {path}</numerusform>
                <numerusform>Izvezeni su GeoJSON i %n fotografija u {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n cameras to {path}</source>
            <translation>
                <numerusform>Izvezena je %n kamera u {path}</numerusform>
                <numerusform>Izvezene su %n kamere u {path}</numerusform>
                <numerusform>Izvezeno je %n kamera u {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras without a position were left out: place them on the map first</source>
            <translation>
                <numerusform>%n kamera bez položaja je izostavljena: prvo je postavite na mapu</numerusform>
                <numerusform>%n kamere bez položaja su izostavljene: prvo ih postavite na mapu</numerusform>
                <numerusform>%n kamera bez položaja je izostavljeno: prvo ih postavite na mapu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos are counted but not named in the file: they have no shared copy yet (the next sync makes them; the zip makes its own)</source>
            <translation>
                <numerusform>%n fotografija je prebrojana, ali nije navedena u datoteci: još nema deljenu kopiju (sledeća sinhronizacija je pravi; zip pravi svoju)</numerusform>
                <numerusform>%n fotografije su prebrojane, ali nisu navedene u datoteci: još nemaju deljene kopije (sledeća sinhronizacija ih pravi; zip pravi svoje)</numerusform>
                <numerusform>%n fotografija je prebrojano, ali nisu navedene u datoteci: još nemaju deljene kopije (sledeća sinhronizacija ih pravi; zip pravi svoje)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos were left out: their files are damaged (the zip's README.txt names them)</source>
            <translation>
                <numerusform>%n fotografija je izostavljena: njena datoteka je oštećena (README.txt u zip-u je navodi)</numerusform>
                <numerusform>%n fotografije su izostavljene: njihove datoteke su oštećene (README.txt u zip-u ih navodi)</numerusform>
                <numerusform>%n fotografija je izostavljeno: njihove datoteke su oštećene (README.txt u zip-u ih navodi)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export failed: {error}</source>
            <translation>Izvoz nije uspeo: {error}</translation>
        </message>
    </context>
    <context>
        <name>GeotagDialog</name>
        <message>
            <source>Geotag photos without GPS</source>
            <translation>Geooznačavanje fotografija bez GPS-a</translation>
        </message>
        <message>
            <source>From a GPS track</source>
            <translation>Iz GPS traga</translation>
        </message>
        <message>
            <source>From the same device's photos taken just before and after</source>
            <translation>Iz fotografija istog uređaja snimljenih neposredno pre i posle</translation>
        </message>
        <message>
            <source>a GPX file from the phone's logger app</source>
            <translation>GPX datoteka iz aplikacije za beleženje na telefonu</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Izaberi…</translation>
        </message>
        <message>
            <source>automatic, or e.g. +02:00:00</source>
            <translation>automatski, ili npr. +02:00:00</translation>
        </message>
        <message>
            <source>s</source>
            <comment>seconds</comment>
            <translation>s</translation>
        </message>
        <message>
            <source>Track:</source>
            <translation>Trag:</translation>
        </message>
        <message>
            <source>Clock offset from UTC:</source>
            <translation>Pomak sata u odnosu na UTC:</translation>
        </message>
        <message>
            <source>Time zone of photos without one:</source>
            <translation>Vremenska zona fotografija koje je nemaju:</translation>
        </message>
        <message>
            <source>Largest gap between fixes:</source>
            <translation>Najveći razmak između tačaka:</translation>
        </message>
        <message>
            <source>Neighbours within:</source>
            <translation>Susedne unutar:</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Fotografija</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Snimljena</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Pomak</translation>
        </message>
        <message>
            <source>New place</source>
            <translation>Novo mesto</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Pomerena</translation>
        </message>
        <message>
            <source>Use as its true time</source>
            <translation>Koristi kao stvarno vreme</translation>
        </message>
        <message>
            <source>Clock check: the chosen photo was taken at</source>
            <translation>Provera sata: izabrana fotografija je snimljena u</translation>
        </message>
        <message>
            <source>…or click on the track where it was taken (the wheel zooms in to the streets); the offset applies to its device.</source>
            <translation>…ili kliknite na trag gde je snimljena (točkić miša uvećava do ulica); pomak važi za njen uređaj.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pregled</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Primeni</translation>
        </message>
        <message>
            <source>Undo last geotagging</source>
            <translation>Poništi poslednje geooznačavanje</translation>
        </message>
        <message>
            <source>GPS track</source>
            <translation>GPS trag</translation>
        </message>
        <message>
            <source>GPS tracks (*.gpx)</source>
            <translation>GPS tragovi (*.gpx)</translation>
        </message>
        <message>
            <source>Choose a GPS track (a .gpx file) first.</source>
            <translation>Prvo izaberite GPS trag (.gpx datoteku).</translation>
        </message>
        <message>
            <source>Reading the track…</source>
            <translation>Čitanje traga…</translation>
        </message>
        <message>
            <source>Reading the track was cancelled.</source>
            <translation>Čitanje traga je otkazano.</translation>
        </message>
        <message>
            <source>Working out where each photo goes…</source>
            <translation>Računa se mesto svake fotografije…</translation>
        </message>
        <message>
            <source>Clock offsets (wall clock minus UTC):</source>
            <translation>Pomaci sata (prikazano vreme minus UTC):</translation>
        </message>
        <message numerus="yes">
            <source>{device}: {offset} from {source}, %n photos</source>
            <translation>
                <numerusform>{device}: {offset} prema: {source}, %n fotografija</numerusform>
                <numerusform>{device}: {offset} prema: {source}, %n fotografije</numerusform>
                <numerusform>{device}: {offset} prema: {source}, %n fotografija</numerusform>
            </translation>
        </message>
        <message>
            <source>Use {offset}</source>
            <translation>Koristi {offset}</translation>
        </message>
        <message>
            <source>{metres} m</source>
            <translation>{metres} m</translation>
        </message>
        <message>
            <source>new</source>
            <translation>novo</translation>
        </message>
        <message>
            <source>{placed}; {refused}.</source>
            <translation>{placed}; {refused}.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos can be placed</source>
            <translation>
                <numerusform>%n fotografija može da se postavi</numerusform>
                <numerusform>%n fotografije mogu da se postave</numerusform>
                <numerusform>%n fotografija može da se postavi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot</source>
            <translation>
                <numerusform>%n ne može</numerusform>
                <numerusform>%n ne mogu</numerusform>
                <numerusform>%n ne može</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is changed until you apply.</source>
            <translation>Ništa se ne menja dok ne primenite.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos are in cameras placed by hand: the photos get their new position, the cameras keep their place.</source>
            <translation>
                <numerusform>%n fotografija je u ručno postavljenoj kameri: fotografija dobija novi položaj, kamera zadržava svoje mesto.</numerusform>
                <numerusform>%n fotografije su u ručno postavljenim kamerama: fotografije dobijaju novi položaj, kamere zadržavaju svoje mesto.</numerusform>
                <numerusform>%n fotografija je u ručno postavljenim kamerama: fotografije dobijaju novi položaj, kamere zadržavaju svoje mesto.</numerusform>
            </translation>
        </message>
        <message>
            <source>The track runs from {start} to {end} ({zone}).</source>
            <translation>Trag traje od {start} do {end} ({zone}).</translation>
        </message>
        <message>
            <source>Choose a photo in the list and a time zone first.</source>
            <translation>Prvo izaberite fotografiju na listi i vremensku zonu.</translation>
        </message>
        <message>
            <source>Choose a photo in the list, then click where it was taken.</source>
            <translation>Izaberite fotografiju na listi, pa kliknite gde je snimljena.</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras joined a camera nearby (taken within 15 m and 10 min).</source>
            <translation>
                <numerusform>%n kamera pridružena obližnjoj kameri (snimljenoj na manje od 15 m i 10 min).</numerusform>
                <numerusform>%n kamere pridružene obližnjoj kameri (snimljenoj na manje od 15 m i 10 min).</numerusform>
                <numerusform>%n kamera pridruženo obližnjoj kameri (snimljenoj na manje od 15 m i 10 min).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras placed by hand kept their place; their photos were geotagged all the same.</source>
            <translation>
                <numerusform>%n ručno postavljena kamera zadržala je svoje mesto; njene fotografije su ipak geooznačene.</numerusform>
                <numerusform>%n ručno postavljene kamere zadržale su svoje mesto; njihove fotografije su ipak geooznačene.</numerusform>
                <numerusform>%n ručno postavljenih kamera zadržalo je svoje mesto; njihove fotografije su ipak geooznačene.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos geotagged.</source>
            <translation>
                <numerusform>%n fotografija je geooznačena.</numerusform>
                <numerusform>%n fotografije su geooznačene.</numerusform>
                <numerusform>%n fotografija je geooznačeno.</numerusform>
            </translation>
        </message>
        <message>
            <source>“Undo last geotagging” puts them back.</source>
            <translation>„Poništi poslednje geooznačavanje“ ih vraća.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos put back where they were.</source>
            <translation>
                <numerusform>%n fotografija je vraćena gde je bila.</numerusform>
                <numerusform>%n fotografije su vraćene gde su bile.</numerusform>
                <numerusform>%n fotografija je vraćeno gde su bile.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HelpGuide</name>
        <message>
            <source>Using SurveyApp</source>
            <translation>Kako se koristi SurveyApp</translation>
        </message>
        <message>
            <source>The walk</source>
            <translation>Šetnja</translation>
        </message>
        <message>
            <source>Photograph each camera from where you can see it, pointing the phone at it: the photo keeps the position, the time and the direction the phone faced. Two or three photos of one camera, a few metres apart, are one camera here.</source>
            <translation>Fotografišite svaku kameru sa mesta odakle je vidite, usmerivši telefon ka njoj: fotografija čuva položaj, vreme i smer u kom je telefon gledao. Dve-tri fotografije jedne kamere, na nekoliko metara razmaka, ovde su jedna kamera.</translation>
        </message>
        <message>
            <source>The import</source>
            <translation>Uvoz</translation>
        </message>
        <message>
            <source>Import photos… (or drop a card's folder on the window) copies the photos into the survey's library; photos already there are skipped, other files are counted and left alone. The summary lists what needs a look: photos without a position (place them by clicking the map), without a time, or damaged.</source>
            <translation>Uvezi fotografije… (ili prevucite fasciklu sa kartice na prozor) kopira fotografije u biblioteku snimanja; fotografije koje su već tu se preskaču, ostale datoteke se prebroje i ostave. Rezime navodi šta treba pogledati: fotografije bez položaja (postavite ih klikom na mapu), bez vremena ili oštećene.</translation>
        </message>
        <message>
            <source>Identifying</source>
            <translation>Prepoznavanje</translation>
        </message>
        <message>
            <source>Select a camera in the list or on the map and fill in what you saw: vendor, type, mount, direction. Type the model number printed on the label: the panel says which vendor it looks like. Vendor unknown is a valid answer.</source>
            <translation>Izaberite kameru na listi ili na mapi i upišite šta ste videli: proizvođač, tip, nosač, smer. Upišite broj modela sa natpisa: panel kaže na kog proizvođača liči. „Nepoznat proizvođač“ je ispravan odgovor.</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Sinhronizacija</translation>
        </message>
        <message>
            <source>Sync… sends your cameras and photos to the team's server and brings back everyone else's. It can be stopped and run again at any time: nothing is lost or sent twice.</source>
            <translation>Sinhronizuj… šalje vaše kamere i fotografije na server tima i donosi kamere ostalih. Može se prekinuti i ponovo pokrenuti u svakom trenutku: ništa se ne gubi niti šalje dvaput.</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privatnost</translation>
        </message>
        <message>
            <source>Photos leave this laptop only through a sync you start, as copies without personal metadata; faces and licence plates can be blurred first (Camera → Blur before sharing…). Before a first sync, the window shows what will be shared.</source>
            <translation>Fotografije napuštaju ovaj računar samo kroz sinhronizaciju koju vi pokrenete, kao kopije bez ličnih metapodataka; lica i registarske tablice mogu se prvo zamutiti (Kamera → Zamuti pre deljenja…). Pre prve sinhronizacije prozor pokazuje šta će biti podeljeno.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Prečice na tastaturi</translation>
        </message>
        <message>
            <source>The survey is the file {database}; its photos are in {library}.</source>
            <translation>Snimanje je datoteka {database}; njegove fotografije su u {library}.</translation>
        </message>
        <message>
            <source>Where your data is</source>
            <translation>Gde su vaši podaci</translation>
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
            <translation>nalepnica</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import photos</source>
            <translation>Uvoz fotografija</translation>
        </message>
        <message>
            <source>Looking for photos…</source>
            <translation>Tražim fotografije…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Stop after the current photo; what is imported is kept</source>
            <translation>Stani posle ove fotografije; uvezeno ostaje sačuvano</translation>
        </message>
        <message>
            <source>Importing photo {done} of {total}</source>
            <translation>Uvozim fotografiju {done} od {total}</translation>
        </message>
        <message>
            <source>Stopping after this photo…</source>
            <translation>Zaustavljam posle ove fotografije…</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Uvoz je završen</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Uvoz je otkazan</translation>
        </message>
        <message>
            <source>The import stopped</source>
            <translation>Uvoz je prekinut</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zatvori</translation>
        </message>
    </context>
    <context>
        <name>ImportSummaryView</name>
        <message>
            <source>File</source>
            <translation>Datoteka</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ishod</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Razlog</translation>
        </message>
        <message>
            <source>Files that were not imported, and photos that need a look:</source>
            <translation>Datoteke koje nisu uvezene i fotografije koje treba pogledati:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zatvori</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>bez položaja</translation>
        </message>
        <message>
            <source>The photo has no GPS position.</source>
            <translation>Fotografija nema GPS položaj.</translation>
        </message>
        <message>
            <source>no time</source>
            <translation>bez vremena</translation>
        </message>
        <message>
            <source>The photo does not say when it was taken.</source>
            <translation>Fotografija ne kaže kada je snimljena.</translation>
        </message>
        <message>
            <source>damaged picture</source>
            <translation>oštećena slika</translation>
        </message>
        <message>
            <source>clocks disagree</source>
            <translation>satovi se ne slažu</translation>
        </message>
        <message numerus="yes">
            <source>%n new cameras</source>
            <comment>after: N photos imported into</comment>
            <translation>
                <numerusform>%n novu kameru</numerusform>
                <numerusform>%n nove kamere</numerusform>
                <numerusform>%n novih kamera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos imported into {cameras}</source>
            <translation>
                <numerusform>%n fotografija uvezena u {cameras}</numerusform>
                <numerusform>%n fotografije uvezene u {cameras}</numerusform>
                <numerusform>%n fotografija uvezeno u {cameras}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n originals restored in the library</source>
            <translation>
                <numerusform>%n original vraćen u biblioteku</numerusform>
                <numerusform>%n originala vraćena u biblioteku</numerusform>
                <numerusform>%n originala vraćeno u biblioteku</numerusform>
            </translation>
        </message>
        <message>
            <source>(cancelled: what was imported is kept)</source>
            <translation>(otkazano: uvezeno ostaje sačuvano)</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Uvezeno</translation>
        </message>
        <message>
            <source>Already in the survey, original restored</source>
            <translation>Već u snimanju, original vraćen</translation>
        </message>
        <message>
            <source>Already in the survey (skipped)</source>
            <translation>Već u snimanju (preskočeno)</translation>
        </message>
        <message>
            <source>Not imported (errors)</source>
            <translation>Nije uvezeno (greške)</translation>
        </message>
        <message>
            <source>Imported without a position</source>
            <translation>Uvezeno bez položaja</translation>
        </message>
        <message>
            <source>Imported without a capture time</source>
            <translation>Uvezeno bez vremena snimanja</translation>
        </message>
        <message>
            <source>Imported with a damaged picture</source>
            <translation>Uvezeno sa oštećenom slikom</translation>
        </message>
        <message>
            <source>Imported with two clocks that disagree</source>
            <translation>Uvezeno sa dva sata koji se ne slažu</translation>
        </message>
        <message numerus="yes">
            <source>%n files skipped: not photos</source>
            <translation>
                <numerusform>%n datoteka preskočena: nije fotografija</numerusform>
                <numerusform>%n datoteke preskočene: nisu fotografije</numerusform>
                <numerusform>%n datoteka preskočeno: nisu fotografije</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos carry notes on their metadata that need nothing from you (shown in each photo's details)</source>
            <translation>
                <numerusform>%n fotografija ima napomene o metapodacima koje ne traže ništa od vas (prikazane u detaljima fotografije)</numerusform>
                <numerusform>%n fotografije imaju napomene o metapodacima koje ne traže ništa od vas (prikazane u detaljima svake fotografije)</numerusform>
                <numerusform>%n fotografija ima napomene o metapodacima koje ne traže ništa od vas (prikazane u detaljima svake fotografije)</numerusform>
            </translation>
        </message>
        <message>
            <source>not imported</source>
            <translation>nije uvezeno</translation>
        </message>
        <message>
            <source>folder not read</source>
            <translation>fascikla nije pročitana</translation>
        </message>
        <message>
            <source>Cameras without a position are listed under “No position”: select one and click the map where it is.</source>
            <translation>Kamere bez položaja su pod „Bez položaja”: izaberite jednu i kliknite na mapu gde se nalazi.</translation>
        </message>
        <message>
            <source>Photos whose original was missing from the library have it back: their exports, blurring and sync use it again.</source>
            <translation>Fotografije čiji je original nedostajao u biblioteci ponovo ga imaju: izvoz, zamućivanje i sinhronizacija ga ponovo koriste.</translation>
        </message>
        <message>
            <source>Photos already in the survey were skipped; nothing was copied twice.</source>
            <translation>Fotografije koje su već u snimanju su preskočene; ništa nije kopirano dvaput.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>read-only</source>
            <translation>samo za čitanje</translation>
        </message>
        <message numerus="yes">
            <source>%n photos placed where their neighbours suggest</source>
            <translation>
                <numerusform>%n fotografija postavljena gde susedne predlažu</numerusform>
                <numerusform>%n fotografije postavljene gde susedne predlažu</numerusform>
                <numerusform>%n fotografija postavljeno gde susedne predlažu</numerusform>
            </translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Kamere</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Upozorenja</translation>
        </message>
        <message>
            <source>The survey file was moved while SurveyApp had it open. It is now at {now}, with every change saved so far. SurveyApp saves no more changes to it from here: open it where it is now (Settings, Survey database, then start SurveyApp again).</source>
            <translation>Datoteka istraživanja je premeštena dok ju je SurveyApp imao otvorenu. Sada je u {now}, sa svim dosad sačuvanim izmenama. SurveyApp odavde u nju više ništa ne čuva: otvorite je tamo gde je sada (Podešavanja, Baza snimanja, pa ponovo pokrenite SurveyApp).</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Sačuvano</translation>
        </message>
        <message>
            <source>Loading cameras…</source>
            <translation>Učitavam kamere…</translation>
        </message>
        <message>
            <source>Import photos…</source>
            <translation>Uvezi fotografije…</translation>
        </message>
        <message>
            <source>Import photos or a folder</source>
            <translation>Uvezi fotografije ili fasciklu</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Izvezi…</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Spoji</translation>
        </message>
        <message>
            <source>Merge the selected cameras</source>
            <translation>Spoji izabrane kamere</translation>
        </message>
        <message>
            <source>Split photos</source>
            <translation>Odvoji fotografije</translation>
        </message>
        <message>
            <source>Move the selected photos into a new camera</source>
            <translation>Premesti izabrane fotografije u novu kameru</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Obriši</translation>
        </message>
        <message>
            <source>Delete the selected cameras</source>
            <translation>Obriši izabrane kamere</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Opozovi</translation>
        </message>
        <message>
            <source>Undo your last edit</source>
            <translation>Opozovi poslednju izmenu</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Ponovi</translation>
        </message>
        <message>
            <source>Redo the edit undone last</source>
            <translation>Ponovi poslednju opozvanu izmenu</translation>
        </message>
        <message>
            <source>Next camera</source>
            <translation>Sledeća kamera</translation>
        </message>
        <message>
            <source>Previous camera</source>
            <translation>Prethodna kamera</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Traži</translation>
        </message>
        <message>
            <source>Show all cameras</source>
            <translation>Prikaži sve kamere</translation>
        </message>
        <message>
            <source>Show photos large</source>
            <translation>Prikaži fotografije uvećano</translation>
        </message>
        <message>
            <source>The selected camera's photos under the map, with previous, next and zoom</source>
            <translation>Fotografije izabrane kamere ispod mape, sa prethodnom, sledećom i uvećanjem</translation>
        </message>
        <message>
            <source>Geotag from a GPS track…</source>
            <translation>Geooznači iz GPS traga…</translation>
        </message>
        <message>
            <source>Place photos without GPS from a GPS track or from the photos taken around them</source>
            <translation>Postavi fotografije bez GPS-a iz GPS traga ili iz fotografija snimljenih oko njih</translation>
        </message>
        <message>
            <source>Import already-mapped cameras…</source>
            <translation>Uvezi već mapirane kamere…</translation>
        </message>
        <message>
            <source>Load an OpenStreetMap (Overpass) or GeoJSON file of cameras others mapped</source>
            <translation>Učitaj OpenStreetMap (Overpass) ili GeoJSON datoteku s kamerama koje su drugi mapirali</translation>
        </message>
        <message>
            <source>Sync…</source>
            <translation>Sinhronizuj…</translation>
        </message>
        <message>
            <source>Sync with the team's server</source>
            <translation>Sinhronizacija sa serverom tima</translation>
        </message>
        <message>
            <source>Blur before sharing…</source>
            <translation>Zamućivanje pre deljenja…</translation>
        </message>
        <message>
            <source>See and correct what is blurred in the selected photo's shared copy</source>
            <translation>Pogledajte i ispravite šta je zamućeno u deljenoj kopiji izabrane fotografije</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Podešavanja…</translation>
        </message>
        <message>
            <source>About SurveyApp</source>
            <translation>O programu SurveyApp</translation>
        </message>
        <message>
            <source>Using SurveyApp</source>
            <translation>Kako se koristi SurveyApp</translation>
        </message>
        <message>
            <source>Identifying a camera</source>
            <translation>Prepoznavanje kamere</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Izađi</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Glavna</translation>
        </message>
        <message>
            <source>&amp;Survey</source>
            <translation>&amp;Snimanje</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Uređivanje</translation>
        </message>
        <message>
            <source>&amp;Camera</source>
            <translation>&amp;Kamera</translation>
        </message>
        <message>
            <source>&amp;Map</source>
            <translation>&amp;Mapa</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Pomoć</translation>
        </message>
        <message>
            <source>The offline basemap cannot be used: {error}</source>
            <translation>Oflajn mapa ne može da se koristi: {error}</translation>
        </message>
        <message>
            <source>The survey file {path} was deleted while SurveyApp had it open. SurveyApp still holds it: save a copy now, or it is gone when SurveyApp closes. No change is saved until you open a copy.</source>
            <translation>Datoteka istraživanja {path} je obrisana dok ju je SurveyApp imao otvorenu. SurveyApp je još drži: sačuvajte kopiju sada, inače nestaje kad se SurveyApp zatvori. Nijedna izmena se ne čuva dok ne otvorite kopiju.</translation>
        </message>
        <message>
            <source>The survey file {path} was moved or deleted while SurveyApp had it open. SurveyApp saves no more changes to it; save a copy now if it was deleted.</source>
            <translation>Datoteka istraživanja {path} je premeštena ili obrisana dok ju je SurveyApp imao otvorenu. SurveyApp u nju više ništa ne čuva; sačuvajte kopiju sada ako je obrisana.</translation>
        </message>
        <message>
            <source>Survey file moved</source>
            <translation>Datoteka istraživanja je premeštena</translation>
        </message>
        <message>
            <source>Survey file deleted</source>
            <translation>Datoteka istraživanja je obrisana</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Sačuvaj kopiju…</translation>
        </message>
        <message>
            <source>{name} (saved copy)</source>
            <translation>{name} (sačuvana kopija)</translation>
        </message>
        <message>
            <source>Save a copy of the survey</source>
            <translation>Sačuvaj kopiju istraživanja</translation>
        </message>
        <message>
            <source>Choose another name: SurveyApp still uses {name} until it closes.</source>
            <translation>Izaberite drugo ime: SurveyApp i dalje koristi {name} dok se ne zatvori.</translation>
        </message>
        <message>
            <source>The copy could not be saved: {error}</source>
            <translation>Kopija nije mogla da se sačuva: {error}</translation>
        </message>
        <message>
            <source>Saved: {copy}. Its photos are in {library}: quit SurveyApp, give the copy the name {name} and open it.</source>
            <translation>Sačuvano: {copy}. Njene fotografije su u {library}: zatvorite SurveyApp, dajte kopiji ime {name} i otvorite je.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Provera</translation>
        </message>
        <message>
            <source>Nothing waiting to sync</source>
            <translation>Ništa ne čeka sinhronizaciju</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n izmena</numerusform>
                <numerusform>%n izmene</numerusform>
                <numerusform>%n izmena</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos waiting</source>
            <translation>
                <numerusform>%n fotografija čeka</numerusform>
                <numerusform>%n fotografije čekaju</numerusform>
                <numerusform>%n fotografija čeka</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos waiting for a teammate's laptop</source>
            <translation>
                <numerusform>%n fotografija čeka računar saradnika</numerusform>
                <numerusform>%n fotografije čekaju računar saradnika</numerusform>
                <numerusform>%n fotografija čeka računar saradnika</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n odbijena</numerusform>
                <numerusform>%n odbijene</numerusform>
                <numerusform>%n odbijeno</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused some changes: no sync sends them again. Sync lists them with the reason; discarding one takes the server's values back.</source>
            <translation>Server je odbio neke izmene: nijedna sinhronizacija ih više ne šalje. Sinhronizuj ih navodi sa razlogom; odbacivanjem izmene vraćaju se vrednosti sa servera.</translation>
        </message>
        <message>
            <source>this laptop has not synced with the team's server yet</source>
            <translation>ovaj računar se još nije sinhronizovao sa serverom tima</translation>
        </message>
        <message>
            <source>no token for {server}: sync from the Sync dialog first (Remember keeps it)</source>
            <translation>nema tokena za {server}: prvo sinhronizujte iz prozora Sinhronizacija (Zapamti ga čuva)</translation>
        </message>
        <message>
            <source>Select a photo in the camera panel first.</source>
            <translation>Prvo izaberite fotografiju u panelu kamere.</translation>
        </message>
        <message>
            <source>Set the {edit} aside and redo the {before}</source>
            <translation>Ostavi po strani ({edit}) i ponovi ({before})</translation>
        </message>
        <message>
            <source>Set the {edit} aside and undo the {before}</source>
            <translation>Ostavi po strani ({edit}) i opozovi ({before})</translation>
        </message>
        <message>
            <source>Set the {edit} aside</source>
            <translation>Ostavi po strani ({edit})</translation>
        </message>
        <message>
            <source>Undo {edit}</source>
            <translation>Opozovi ({edit})</translation>
        </message>
        <message>
            <source>Redo {edit}</source>
            <translation>Ponovi ({edit})</translation>
        </message>
        <message>
            <source>Undone: {edit}</source>
            <translation>Opozvano: {edit}</translation>
        </message>
        <message>
            <source>Redone: {edit}</source>
            <translation>Ponovljeno: {edit}</translation>
        </message>
        <message>
            <source>Set aside: {edit} (it stays as it is).</source>
            <translation>Ostavljeno po strani: {edit} (ostaje kakvo jeste).</translation>
        </message>
        <message>
            <source>Set aside: {edit} (it stays undone).</source>
            <translation>Ostavljeno po strani: {edit} (ostaje opozvano).</translation>
        </message>
        <message>
            <source>(the server gets the change at the next sync)</source>
            <translation>(server dobija promenu pri sledećoj sinhronizaciji)</translation>
        </message>
        <message>
            <source>Import photos and folders</source>
            <translation>Uvezi fotografije i fascikle</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Stop importing the already-mapped cameras; nothing is imported</source>
            <translation>Zaustavi uvoz već mapiranih kamera; ništa se ne uvozi</translation>
        </message>
        <message>
            <source>Import already-mapped cameras</source>
            <translation>Uvezi već mapirane kamere</translation>
        </message>
        <message>
            <source>OpenStreetMap, Overpass or GeoJSON (*.osm *.xml *.json *.geojson)</source>
            <translation>OpenStreetMap, Overpass ili GeoJSON (*.osm *.xml *.json *.geojson)</translation>
        </message>
        <message>
            <source>a named pipe or a device, not a file</source>
            <translation>imenovana cev ili uređaj, a ne datoteka</translation>
        </message>
        <message>
            <source>Reading {file_name}…</source>
            <translation>Čitanje datoteke {file_name}…</translation>
        </message>
        <message>
            <source>{file_name}: import cancelled; nothing was imported</source>
            <translation>{file_name}: uvoz je otkazan; ništa nije uvezeno</translation>
        </message>
        <message>
            <source>{file_name}: {reason}; nothing was imported</source>
            <translation>{file_name}: {reason}; ništa nije uvezeno</translation>
        </message>
        <message>
            <source>Reading {file_name}: {done} of {total} MB…</source>
            <translation>Čitanje datoteke {file_name}: {done} od {total} MB…</translation>
        </message>
        <message>
            <source>Loading already-mapped cameras: {done} of {total}…</source>
            <translation>Učitavanje već mapiranih kamera: {done} od {total}…</translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n nova</numerusform>
                <numerusform>%n nove</numerusform>
                <numerusform>%n novih</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n ažurirana</numerusform>
                <numerusform>%n ažurirane</numerusform>
                <numerusform>%n ažuriranih</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped (not a camera, or no position)</source>
            <translation>
                <numerusform>%n preskočena (nije kamera ili nema položaj)</numerusform>
                <numerusform>%n preskočene (nisu kamere ili nemaju položaj)</numerusform>
                <numerusform>%n preskočenih (nisu kamere ili nemaju položaj)</numerusform>
            </translation>
        </message>
        <message>
            <source>To start: Import photos (Ctrl+I) or drop a folder of photos on this window.</source>
            <translation>Za početak: uvezite fotografije (Ctrl+I) ili prevucite fasciklu sa fotografijama na ovaj prozor.</translation>
        </message>
        <message>
            <source>These cameras stand {distance} apart. Merged, the camera stands at their mean position. Merge them?</source>
            <translation>Ove kamere su udaljene {distance}. Spojena kamera će stajati na njihovom srednjem položaju. Spojiti ih?</translation>
        </message>
        <message>
            <source>Select the photos to split off in the camera panel first.</source>
            <translation>Prvo izaberite fotografije koje odvajate, u panelu kamere.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n camera(s) and their photos from the survey?</source>
            <translation>
                <numerusform>Obrisati %n kameru i njene fotografije iz snimanja?</numerusform>
                <numerusform>Obrisati %n kamere i njihove fotografije iz snimanja?</numerusform>
                <numerusform>Obrisati %n kamera i njihove fotografije iz snimanja?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapMenu</name>
        <message>
            <source>Move cameras by dragging</source>
            <translation>Pomeraj kamere prevlačenjem</translation>
        </message>
        <message>
            <source>Drag a camera to move it (without this, hold Shift while dragging)</source>
            <translation>Prevucite kameru da biste je pomerili (bez ovoga, držite Shift dok prevlačite)</translation>
        </message>
        <message>
            <source>Zoom to selected camera</source>
            <translation>Približi izabranu kameru</translation>
        </message>
        <message>
            <source>Download this area for offline use…</source>
            <translation>Preuzmi ovo područje za rad bez mreže…</translation>
        </message>
        <message>
            <source>Offline map…</source>
            <translation>Mapa bez mreže…</translation>
        </message>
        <message>
            <source>No online tile server is set (Settings → Map tiles URL).</source>
            <translation>Nije podešen server pločica na mreži (Podešavanja → URL pločica mape).</translation>
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
            <translation>već mapirana (npr. u OpenStreetMap-u)</translation>
        </message>
        <message>
            <source>suggested place (click to accept)</source>
            <translation>predloženo mesto (kliknite da prihvatite)</translation>
        </message>
        <message>
            <source>FCC Covered List vendor</source>
            <translation>proizvođač sa FCC liste</translation>
        </message>
        <message>
            <source>other or unknown vendor</source>
            <translation>drugi ili nepoznat proizvođač</translation>
        </message>
        <message>
            <source>selected</source>
            <translation>izabrana</translation>
        </message>
        <message>
            <source>verified by a reviewer</source>
            <translation>potvrdio recenzent</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>sporna</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>uklonjena</translation>
        </message>
        <message>
            <source>Online map tiles cannot be loaded ({error}): the map shows the offline basemap.</source>
            <translation>Pločice mape sa mreže ne mogu da se učitaju ({error}): mapa prikazuje osnovnu mapu bez mreže.</translation>
        </message>
        <message>
            <source>No cameras yet: drop photos here, or Import (Ctrl+I)</source>
            <translation>Još nema kamera: prevucite fotografije ovde ili uvezite (Ctrl+I)</translation>
        </message>
        <message>
            <source>Zoom in to place this camera: click the map to zoom in there</source>
            <translation>Uvećajte da biste postavili ovu kameru: kliknite na mapu da uvećate to mesto</translation>
        </message>
        <message>
            <source>Click the map where this camera is, to place it</source>
            <translation>Kliknite na mapu gde je ova kamera da je postavite</translation>
        </message>
        <message>
            <source>Zoom in to move a camera: here one pixel is {distance} of ground.</source>
            <translation>Uvećajte da biste pomerili kameru: ovde jedan piksel predstavlja {distance} tla.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Earlier:</source>
            <translation>Ranije:</translation>
        </message>
    </context>
    <context>
        <name>OfflineAreas</name>
        <message>
            <source>Add a city or region file…</source>
            <translation>Dodaj fajl grada ili regiona…</translation>
        </message>
        <message>
            <source>An OpenStreetMap extract: .osm.pbf, .osm or .osm.gz</source>
            <translation>Isečak OpenStreetMap-a: .osm.pbf, .osm ili .osm.gz</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ukloni</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Streets with their names, buildings, water, parks and rail of your city, with no network. Get the file once from an OpenStreetMap extract service (for example Geofabrik or BBBike: the .osm.pbf of a city or region). Map data © OpenStreetMap contributors.</source>
            <translation>Ulice sa nazivima, zgrade, vode, parkovi i pruge vašeg grada, bez mreže. Preuzmite fajl jednom sa servisa za isečke OpenStreetMap-a (na primer Geofabrik ili BBBike: .osm.pbf grada ili regiona). Podaci mape © saradnici OpenStreetMap-a.</translation>
        </message>
        <message>
            <source>Downloaded tiles: {name} · {size}</source>
            <translation>Preuzete pločice: {name} · {size}</translation>
        </message>
        <message>
            <source>No offline area yet: the map shows the world only.</source>
            <translation>Još nema područja bez mreže: mapa prikazuje samo svet.</translation>
        </message>
        <message>
            <source>{name} ({source}) · {size} · {streets} named streets</source>
            <translation>{name} ({source}) · {size} · imenovanih ulica: {streets}</translation>
        </message>
        <message>
            <source>Add a city or region file</source>
            <translation>Dodaj fajl grada ili regiona</translation>
        </message>
        <message>
            <source>OpenStreetMap extracts (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2)</source>
            <translation>Isečci OpenStreetMap-a (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2)</translation>
        </message>
        <message>
            <source>Cancelled: no area was added.</source>
            <translation>Otkazano: nijedno područje nije dodato.</translation>
        </message>
        <message>
            <source>Preparing {name}…</source>
            <translation>Priprema fajla {name}…</translation>
        </message>
        <message>
            <source>Reading OpenStreetMap data: {count} objects</source>
            <translation>Čitanje podataka OpenStreetMap-a: objekata {count}</translation>
        </message>
        <message>
            <source>{name} added: {streets} named streets, {size}.</source>
            <translation>{name} je dodat: imenovanih ulica {streets}, {size}.</translation>
        </message>
        <message>
            <source>Remove {name} from the offline map?</source>
            <translation>Ukloniti {name} sa mape bez mreže?</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>Uklonjeno.</translation>
        </message>
    </context>
    <context>
        <name>PhotoPane</name>
        <message>
            <source>Select a camera to see its photos here.</source>
            <translation>Izaberite kameru da biste ovde videli njene fotografije.</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Prethodna</translation>
        </message>
        <message>
            <source>The camera's previous photo (Page Up)</source>
            <translation>Prethodna fotografija kamere (Page Up)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Sledeća ▶</translation>
        </message>
        <message>
            <source>The camera's next photo (Page Down)</source>
            <translation>Sledeća fotografija kamere (Page Down)</translation>
        </message>
        <message>
            <source>Download the photo</source>
            <translation>Preuzmi fotografiju</translation>
        </message>
        <message>
            <source>Bring its shared copy (blurred, without personal data) from the team's server</source>
            <translation>Preuzmi njenu deljenu kopiju (zamućenu, bez ličnih podataka) sa servera tima</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Uklopi</translation>
        </message>
        <message>
            <source>Show the whole photo (the mouse wheel zooms, dragging pans)</source>
            <translation>Prikaži celu fotografiju (točkić miša uvećava, prevlačenje pomera)</translation>
        </message>
        <message>
            <source>Loading the photo…</source>
            <translation>Učitavanje fotografije…</translation>
        </message>
        <message>
            <source>{number} of {total}</source>
            <translation>{number} od {total}</translation>
        </message>
        <message>
            <source>A teammate's photo: only its preview is on this laptop.</source>
            <translation>Fotografija člana tima: na ovom računaru je samo njen pregled.</translation>
        </message>
        <message>
            <source>The photo is on the team's server; `surveyapp sync fetch {sha256}` downloads its shared copy into this survey.</source>
            <translation>Fotografija je na serveru tima; `surveyapp sync fetch {sha256}` preuzima njenu deljenu kopiju u ovo istraživanje.</translation>
        </message>
        <message>
            <source>Downloading the photo from the team's server…</source>
            <translation>Preuzimanje fotografije sa servera tima…</translation>
        </message>
        <message>
            <source>The photo could not be downloaded: {reason}</source>
            <translation>Fotografija nije mogla da se preuzme: {reason}</translation>
        </message>
        <message>
            <source>Cannot open the photo: {error}</source>
            <translation>Fotografija ne može da se otvori: {error}</translation>
        </message>
        <message>
            <source>The original of {name} is missing from the library ({path}): import its file again (from the card or folder it came from) to put it back.</source>
            <translation>Original fotografije {name} nedostaje u biblioteci ({path}): ponovo uvezite njenu datoteku (sa kartice ili iz fascikle odakle je došla) da biste ga vratili.</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewer</name>
        <message>
            <source>Copy</source>
            <translation>Kopiraj</translation>
        </message>
        <message>
            <source>no capture time</source>
            <translation>bez vremena snimanja</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>bez položaja</translation>
        </message>
        <message>
            <source>GPS bearing {degrees}° true north</source>
            <translation>GPS smer {degrees}° (geografski sever)</translation>
        </message>
        <message>
            <source>GPS bearing {degrees}° magnetic north</source>
            <translation>GPS smer {degrees}° (magnetni sever)</translation>
        </message>
        <message>
            <source>GPS bearing {degrees}°</source>
            <translation>GPS smer {degrees}°</translation>
        </message>
        <message>
            <source>no GPS bearing</source>
            <translation>bez GPS smera</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Disk</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Ime datoteke:</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Sve datoteke (*)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Otvori</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Sačuvaj</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Izaberi</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Nova fascikla</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Preimenuj</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>O&amp;briši</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Prikaži &amp;skrivene datoteke</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Nazad</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Napred</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Nadređena fascikla</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Napravi novu fasciklu</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Prikaz liste</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detaljan prikaz</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Veličina</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tip</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Izmenjeno</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Računar</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Prikaži detalje…</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Sakrij detalje…</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>U redu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zatvori</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Ne</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Primeni</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>The survey database is damaged.</source>
            <translation>Baza podataka istraživanja je oštećena.</translation>
        </message>
        <message>
            <source>SurveyApp can go back to its latest backup, made {made}. The damaged file cannot be read, so photos imported since then are not added back (none you deleted is shared again): their originals are kept in a folder beside the survey. Other changes made since are lost. The damaged file is kept beside it.</source>
            <translation>SurveyApp može da se vrati na poslednju rezervnu kopiju, napravljenu {made}. Oštećena datoteka ne može da se pročita, pa fotografije uvezene posle nje nisu ponovo dodate (nijedna koju ste obrisali ne deli se ponovo): njihovi originali su sačuvani u fascikli pored istraživanja. Ostale izmene napravljene posle toga su izgubljene. Oštećena datoteka je sačuvana pored nje.</translation>
        </message>
        <message>
            <source>SurveyApp can go back to its latest backup, made {made}. Photos imported since then are added back from the photo library; other changes made since are lost. The damaged file is kept beside it.</source>
            <translation>SurveyApp može da se vrati na njenu poslednju rezervnu kopiju, napravljenu {made}. Fotografije uvezene posle toga se ponovo dodaju iz biblioteke fotografija; ostale izmene napravljene posle toga se gube. Oštećena datoteka se čuva pored nje.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Vrati rezervnu kopiju</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Izađi</translation>
        </message>
        <message>
            <source>The survey was restored from the backup {backup}.</source>
            <translation>Istraživanje je vraćeno iz rezervne kopije {backup}.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos imported since were added back from the library.</source>
            <translation>
                <numerusform>%n fotografija uvezena posle toga je ponovo dodata iz biblioteke.</numerusform>
                <numerusform>%n fotografije uvezene posle toga su ponovo dodate iz biblioteke.</numerusform>
                <numerusform>%n fotografija uvezenih posle toga je ponovo dodato iz biblioteke.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The damaged survey cannot be read, so nothing says which photos imported since the backup you deleted: %n were not added back, so that none you withdrew is shared again. Their originals are kept in {folder}. Those you shared come back at your next sync; import again those you kept and never shared.</source>
            <translation>
                <numerusform>Oštećeno istraživanje ne može da se pročita, pa se ne zna koje ste od fotografija uvezenih posle rezervne kopije obrisali: %n fotografija nije ponovo dodata, da se ništa što ste povukli ne bi ponovo delilo. Original je sačuvan u {folder}. One koje ste delili vraćaju se pri sledećoj sinhronizaciji; ponovo uvezite one koje ste zadržali a nikad niste delili.</numerusform>
                <numerusform>Oštećeno istraživanje ne može da se pročita, pa se ne zna koje ste od fotografija uvezenih posle rezervne kopije obrisali: %n fotografije nisu ponovo dodate, da se ništa što ste povukli ne bi ponovo delilo. Originali su sačuvani u {folder}. One koje ste delili vraćaju se pri sledećoj sinhronizaciji; ponovo uvezite one koje ste zadržali a nikad niste delili.</numerusform>
                <numerusform>Oštećeno istraživanje ne može da se pročita, pa se ne zna koje ste od fotografija uvezenih posle rezervne kopije obrisali: %n fotografija nije ponovo dodato, da se ništa što ste povukli ne bi ponovo delilo. Originali su sačuvani u {folder}. One koje ste delili vraćaju se pri sledećoj sinhronizaciji; ponovo uvezite one koje ste zadržali a nikad niste delili.</numerusform>
            </translation>
        </message>
        <message>
            <source>The damaged file is kept as {path}.</source>
            <translation>Oštećena datoteka je sačuvana kao {path}.</translation>
        </message>
        <message>
            <source>The survey it replaced is kept as {path}.</source>
            <translation>Istraživanje koje je zamenila sačuvano je kao {path}.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>its survey</source>
            <translation>njeno snimanje</translation>
        </message>
        <message>
            <source>position (latitude)</source>
            <translation>položaj (geografska širina)</translation>
        </message>
        <message>
            <source>position (longitude)</source>
            <translation>položaj (geografska dužina)</translation>
        </message>
        <message>
            <source>where its position came from</source>
            <translation>odakle je položaj</translation>
        </message>
        <message>
            <source>position accuracy</source>
            <translation>tačnost položaja</translation>
        </message>
        <message>
            <source>vendor (catalogue entry)</source>
            <translation>proizvođač (stavka kataloga)</translation>
        </message>
        <message>
            <source>extra OSM tags</source>
            <translation>dodatne OSM oznake</translation>
        </message>
        <message>
            <source>the team's review</source>
            <translation>provera tima</translation>
        </message>
        <message>
            <source>cameras found not to be the same</source>
            <translation>kamere za koje je utvrđeno da nisu iste</translation>
        </message>
        <message>
            <source>this laptop has not synced with the team's server yet</source>
            <translation>ovaj računar se još nije sinhronizovao sa serverom tima</translation>
        </message>
        <message>
            <source>no token for this server: sync from the Sync dialog (Remember keeps it), then Refresh</source>
            <translation>nema tokena za ovaj server: sinhronizujte iz prozora Sinhronizacija (Zapamti ga čuva), pa Osveži</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Osveži</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Kamera</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Polje</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Zadrži</translation>
        </message>
        <message>
            <source>Or take</source>
            <translation>Ili uzmi</translation>
        </message>
        <message>
            <source>Mapped by</source>
            <translation>Mapirao</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Provera</translation>
        </message>
        <message>
            <source>Reached server</source>
            <translation>Stiglo na server</translation>
        </message>
        <message>
            <source>Same as</source>
            <translation>Isto što i</translation>
        </message>
        <message>
            <source>Metres</source>
            <translation>Metara</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Ko</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kada</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Zašto</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Puta</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Potvrdi</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>Ospori</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Uklonjena</translation>
        </message>
        <message>
            <source>Mark all as seen</source>
            <translation>Označi sve kao viđeno</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Spoji</translation>
        </message>
        <message>
            <source>Not the same</source>
            <translation>Nije ista</translation>
        </message>
        <message>
            <source>Mark all from the sender reviewed</source>
            <translation>Označi sve od pošiljaoca kao pregledano</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Sukobi</translation>
        </message>
        <message>
            <source>New and changed</source>
            <translation>Nove i izmenjene</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Duplikati</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Odbijene</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Volonter</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Kamere</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Potvrđene</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Čekaju</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>Sporne</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Poslednji dan</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Tim</translation>
        </message>
        <message>
            <source>Reading the server's lists…</source>
            <translation>Čitanje spiskova sa servera…</translation>
        </message>
        <message>
            <source>When the camera's last change reached the team's server. When it was made on its volunteer's laptop is not sent: it may be days earlier.</source>
            <translation>Kada je poslednja izmena kamere stigla na server tima. Kada je napravljena na računaru njenog volontera ne šalje se: to može biti danima ranije.</translation>
        </message>
        <message>
            <source>Changed on this laptop at this time: not sent yet (the next sync sends it)</source>
            <translation>Izmenjeno na ovom računaru u ovo vreme: još nije poslato (sledeća sinhronizacija ga šalje)</translation>
        </message>
        <message>
            <source>How many times the server refused this change of this camera from this volunteer</source>
            <translation>Koliko puta je server odbio ovu izmenu ove kamere od ovog volontera</translation>
        </message>
        <message>
            <source>Reviewing as {name} on {server}</source>
            <translation>Provera kao {name} na {server}</translation>
        </message>
        <message>
            <source>The server's lists could not be read: {error}</source>
            <translation>Liste sa servera nisu mogle da se pročitaju: {error}</translation>
        </message>
        <message>
            <source>First sent {when} UTC</source>
            <translation>Prvi put poslato {when} UTC</translation>
        </message>
        <message>
            <source>changed concurrently, {when} UTC</source>
            <translation>istovremeno izmenjeno, {when} UTC</translation>
        </message>
        <message>
            <source>sent by {user}</source>
            <translation>poslato od {user}</translation>
        </message>
        <message>
            <source>The edit: {values}</source>
            <translation>Izmena: {values}</translation>
        </message>
        <message>
            <source>Each row chosen goes, however many times it was refused</source>
            <translation>Svaki izabrani red ide, koliko god puta da je odbijen</translation>
        </message>
        <message>
            <source>Choose a refused change: all of its sender's rows go</source>
            <translation>Izaberite odbijenu izmenu: idu svi redovi njenog pošiljaoca</translation>
        </message>
        <message>
            <source>The refused changes listed here that {user} sent</source>
            <translation>Odbijene izmene navedene ovde koje je poslao {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n refused changes marked reviewed</source>
            <translation>
                <numerusform>%n odbijena izmena označena kao pregledana</numerusform>
                <numerusform>%n odbijene izmene označene kao pregledane</numerusform>
                <numerusform>%n odbijenih izmena označeno kao pregledano</numerusform>
            </translation>
        </message>
        <message>
            <source>This server cannot mark refused changes reviewed: it needs an update</source>
            <translation>Ovaj server ne može da označi odbijene izmene kao pregledane: treba ga ažurirati</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Označi kao pregledano</translation>
        </message>
        <message>
            <source>Merge not done: the camera to merge into was deleted meanwhile</source>
            <translation>Spajanje nije urađeno: ciljna kamera je u međuvremenu obrisana</translation>
        </message>
        <message>
            <source>Merge set aside: someone else had merged the camera to merge into</source>
            <translation>Spajanje ostavljeno po strani: neko drugi je spojio ciljnu kameru</translation>
        </message>
        <message>
            <source>Merge set aside for the cameras someone else had merged meanwhile</source>
            <translation>Spajanje ostavljeno po strani za kamere koje je neko drugi u međuvremenu spojio</translation>
        </message>
        <message>
            <source>Merged into the camera it had been merged into meanwhile</source>
            <translation>Spojeno u kameru u koju je u međuvremenu spojena</translation>
        </message>
        <message>
            <source>Photos not moved: the camera was deleted meanwhile</source>
            <translation>Fotografije nisu premeštene: kamera je u međuvremenu obrisana</translation>
        </message>
        <message>
            <source>Photos not moved: someone else had merged the camera</source>
            <translation>Fotografije nisu premeštene: neko drugi je spojio kameru</translation>
        </message>
        <message>
            <source>Photos moved to the camera it had been merged into meanwhile</source>
            <translation>Fotografije premeštene u kameru u koju je u međuvremenu spojena</translation>
        </message>
        <message>
            <source>Not deleted: someone had added photos to the camera meanwhile</source>
            <translation>Nije obrisano: neko je u međuvremenu dodao fotografije kameri</translation>
        </message>
        <message>
            <source>Photo deleted with its camera, which was deleted meanwhile</source>
            <translation>Fotografija obrisana sa svojom kamerom, koja je u međuvremenu obrisana</translation>
        </message>
        <message>
            <source>Edit not applied: the camera had been merged into camera {camera} meanwhile</source>
            <translation>Izmena nije primenjena: kamera je u međuvremenu spojena sa kamerom {camera}</translation>
        </message>
        <message>
            <source>Edit not applied: the record had been deleted meanwhile</source>
            <translation>Izmena nije primenjena: zapis je u međuvremenu obrisan</translation>
        </message>
        <message>
            <source>Deleted after someone else had restored it</source>
            <translation>Obrisano nakon što ga je neko drugi vratio</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>nema fotografije</translation>
        </message>
        <message>
            <source>Choose a conflict told in words: all of its sender's go</source>
            <translation>Izaberite sukob opisan rečima: idu svi od njegovog pošiljaoca</translation>
        </message>
        <message numerus="yes">
            <source>Mark reviewed: the %n from {user}</source>
            <translation>
                <numerusform>Označi kao pregledano: %n od {user}</numerusform>
                <numerusform>Označi kao pregledano: %n od {user}</numerusform>
                <numerusform>Označi kao pregledano: %n od {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>The conflicts listed here that {user} sent</source>
            <translation>Sukobi navedeni ovde koje je poslao {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts from {user} marked reviewed</source>
            <translation>
                <numerusform>%n sukob od {user} označen kao pregledan</numerusform>
                <numerusform>%n sukoba od {user} označena kao pregledana</numerusform>
                <numerusform>%n sukoba od {user} označeno kao pregledano</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Podešavanja</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Izaberi…</translation>
        </message>
        <message>
            <source>empty: no online tiles (the offline map only)</source>
            <translation>prazno: bez pločica sa mreže (samo mapa bez mreže)</translation>
        </message>
        <message>
            <source>An XYZ template such as {url}</source>
            <translation>XYZ šablon, na primer {url}</translation>
        </message>
        <message>
            <source>none: use the tile URL</source>
            <translation>nijedna: koristi URL pločica</translation>
        </message>
        <message>
            <source>a name or pseudonym the team knows you by</source>
            <translation>ime ili nadimak po kome vas tim zna</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Jezik sistema</translation>
        </message>
        <message>
            <source>Survey database</source>
            <translation>Baza snimanja</translation>
        </message>
        <message>
            <source>A different database opens at the next start.</source>
            <translation>Druga baza se otvara pri sledećem pokretanju.</translation>
        </message>
        <message>
            <source>Map tiles URL</source>
            <translation>URL pločica mape</translation>
        </message>
        <message>
            <source>MBTiles basemap</source>
            <translation>MBTiles osnovna mapa</translation>
        </message>
        <message>
            <source>Volunteer name</source>
            <translation>Ime volontera</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>A new language shows at the next start.</source>
            <translation>Novi jezik se prikazuje pri sledećem pokretanju.</translation>
        </message>
        <message>
            <source>Look up street names online (OpenStreetMap Nominatim)</source>
            <translation>Traži nazive ulica na mreži (Nominatim OpenStreetMap-a)</translation>
        </message>
        <message>
            <source>Streets are found offline in the areas above. Online, each camera's position is sent to nominatim.openstreetmap.org (once, at most one a second): leave it off where that could put volunteers at risk.</source>
            <translation>Ulice se nalaze bez mreže u gornjim područjima. Na mreži se položaj svake kamere šalje na nominatim.openstreetmap.org (jednom, najviše jedan u sekundi): ostavite ovo isključeno tamo gde bi to moglo da ugrozi volontere.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Opšte</translation>
        </message>
        <message>
            <source>Offline map</source>
            <translation>Mapa bez mreže</translation>
        </message>
        <message>
            <source>no such file: {path}</source>
            <translation>nema takve datoteke: {path}</translation>
        </message>
        <message>
            <source>The tile URL must be http(s) with {z}, {x} and {y} in it.</source>
            <translation>URL pločica mora biti http(s) i sadržati {z}, {x} i {y}.</translation>
        </message>
    </context>
    <context>
        <name>SharePreviewDialog</name>
        <message>
            <source>What will be shared</source>
            <translation>Šta će biti podeljeno</translation>
        </message>
        <message>
            <source>Syncing sends these to the team's server. Photos leave only as copies without metadata, with faces and licence plates blurred; the originals stay here.</source>
            <translation>Sinhronizacija ovo šalje na server tima. Fotografije odlaze samo kao kopije bez metapodataka, sa zamućenim licima i registarskim tablicama; originali ostaju ovde.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Brojanje…</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Šta</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Polje</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Izmene</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Nastavi</translation>
        </message>
        <message numerus="yes">
            <source>%n changes, with these fields:</source>
            <translation>
                <numerusform>%n izmena, sa ovim poljima:</numerusform>
                <numerusform>%n izmene, sa ovim poljima:</numerusform>
                <numerusform>%n izmena, sa ovim poljima:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos, as these blurred copies:</source>
            <translation>
                <numerusform>%n fotografija, kao ova zamućena kopija:</numerusform>
                <numerusform>%n fotografije, kao ove zamućene kopije:</numerusform>
                <numerusform>%n fotografija, kao ove zamućene kopije:</numerusform>
            </translation>
        </message>
        <message>
            <source>survey: name</source>
            <translation>snimanje: naziv</translation>
        </message>
        <message>
            <source>{name}: cannot be shared ({reason})</source>
            <translation>{name}: ne može da se podeli ({reason})</translation>
        </message>
        <message numerus="yes">
            <source>{name}
%n regions blurred</source>
            <translation>
                <numerusform>{name}
%n oblast zamućena</numerusform>
                <numerusform>{name}
%n oblasti zamućene</numerusform>
                <numerusform>{name}
%n oblasti zamućeno</numerusform>
            </translation>
        </message>
        <message>
            <source>The preview failed: {error}</source>
            <translation>Pregled nije uspeo: {error}</translation>
        </message>
        <message>
            <source>survey: blur faces and plates</source>
            <translation>snimanje: zamućivanje lica i tablica</translation>
        </message>
        <message>
            <source>survey: time zone</source>
            <translation>snimanje: vremenska zona</translation>
        </message>
        <message>
            <source>camera: its survey</source>
            <translation>kamera: njeno snimanje</translation>
        </message>
        <message>
            <source>camera: position (latitude)</source>
            <translation>kamera: položaj (geografska širina)</translation>
        </message>
        <message>
            <source>camera: position (longitude)</source>
            <translation>kamera: položaj (geografska dužina)</translation>
        </message>
        <message>
            <source>camera: where its position came from</source>
            <translation>kamera: odakle je položaj</translation>
        </message>
        <message>
            <source>camera: position accuracy</source>
            <translation>kamera: tačnost položaja</translation>
        </message>
        <message>
            <source>camera: surveillance (public, outdoor, indoor)</source>
            <translation>kamera: nadzor (javni, spoljni, unutrašnji)</translation>
        </message>
        <message>
            <source>camera: kind</source>
            <translation>kamera: vrsta</translation>
        </message>
        <message>
            <source>camera: zone watched</source>
            <translation>kamera: nadzirana zona</translation>
        </message>
        <message>
            <source>camera: type (fixed, dome, panning)</source>
            <translation>kamera: tip (fiksna, kupola, pokretna)</translation>
        </message>
        <message>
            <source>camera: mount</source>
            <translation>kamera: nosač</translation>
        </message>
        <message>
            <source>camera: direction</source>
            <translation>kamera: smer</translation>
        </message>
        <message>
            <source>camera: mounting height (m)</source>
            <translation>kamera: visina postavljanja (m)</translation>
        </message>
        <message>
            <source>camera: operator</source>
            <translation>kamera: vlasnik</translation>
        </message>
        <message>
            <source>camera: vendor</source>
            <translation>kamera: proizvođač</translation>
        </message>
        <message>
            <source>camera: vendor's Wikidata item</source>
            <translation>kamera: Wikidata stavka proizvođača</translation>
        </message>
        <message>
            <source>camera: vendor (catalogue entry)</source>
            <translation>kamera: proizvođač (stavka kataloga)</translation>
        </message>
        <message>
            <source>camera: brand on the housing</source>
            <translation>kamera: marka na kućištu</translation>
        </message>
        <message>
            <source>camera: model</source>
            <translation>kamera: model</translation>
        </message>
        <message>
            <source>camera: how sure the vendor is</source>
            <translation>kamera: koliko je proizvođač siguran</translation>
        </message>
        <message>
            <source>camera: status (present, removed…)</source>
            <translation>kamera: stanje (postoji, uklonjena…)</translation>
        </message>
        <message>
            <source>camera: date last checked</source>
            <translation>kamera: datum poslednje provere</translation>
        </message>
        <message>
            <source>camera: your notes</source>
            <translation>kamera: vaše napomene</translation>
        </message>
        <message>
            <source>camera: extra OSM tags</source>
            <translation>kamera: dodatne OSM oznake</translation>
        </message>
        <message>
            <source>camera: the team's review</source>
            <translation>kamera: provera tima</translation>
        </message>
        <message>
            <source>camera: cameras found not to be the same</source>
            <translation>kamera: kamere za koje je utvrđeno da nisu iste</translation>
        </message>
        <message>
            <source>photo: fingerprint of the original</source>
            <translation>fotografija: otisak originala</translation>
        </message>
        <message>
            <source>photo: the camera it shows</source>
            <translation>fotografija: kamera koju prikazuje</translation>
        </message>
        <message>
            <source>photo: file name</source>
            <translation>fotografija: naziv datoteke</translation>
        </message>
        <message>
            <source>photo: file type</source>
            <translation>fotografija: tip datoteke</translation>
        </message>
        <message>
            <source>photo: width in pixels</source>
            <translation>fotografija: širina u pikselima</translation>
        </message>
        <message>
            <source>photo: height in pixels</source>
            <translation>fotografija: visina u pikselima</translation>
        </message>
        <message>
            <source>photo: capture time</source>
            <translation>fotografija: vreme snimanja</translation>
        </message>
        <message>
            <source>photo: time zone</source>
            <translation>fotografija: vremenska zona</translation>
        </message>
        <message>
            <source>photo: capture time (UTC)</source>
            <translation>fotografija: vreme snimanja (UTC)</translation>
        </message>
        <message>
            <source>photo: position (latitude)</source>
            <translation>fotografija: položaj (geografska širina)</translation>
        </message>
        <message>
            <source>photo: position (longitude)</source>
            <translation>fotografija: položaj (geografska dužina)</translation>
        </message>
        <message>
            <source>photo: altitude</source>
            <translation>fotografija: nadmorska visina</translation>
        </message>
        <message>
            <source>photo: compass bearing</source>
            <translation>fotografija: smer kompasa</translation>
        </message>
        <message>
            <source>photo: true or magnetic north</source>
            <translation>fotografija: geografski ili magnetni sever</translation>
        </message>
        <message>
            <source>photo: where its position came from</source>
            <translation>fotografija: odakle je položaj</translation>
        </message>
        <message>
            <source>photo: position accuracy</source>
            <translation>fotografija: tačnost položaja</translation>
        </message>
        <message>
            <source>photo: fingerprint of the shared copy</source>
            <translation>fotografija: otisak deljene kopije</translation>
        </message>
        <message>
            <source>photo: size of the shared copy</source>
            <translation>fotografija: veličina deljene kopije</translation>
        </message>
        <message>
            <source>photo: small preview of the shared copy</source>
            <translation>fotografija: mali pregled deljene kopije</translation>
        </message>
    </context>
    <context>
        <name>StreetNames</name>
        <message>
            <source>Street names online: {error}</source>
            <translation>Nazivi ulica sa mreže: {error}</translation>
        </message>
    </context>
    <context>
        <name>SurveyCounts</name>
        <message numerus="yes">
            <source>%n cameras</source>
            <translation>
                <numerusform>%n kamera</numerusform>
                <numerusform>%n kamere</numerusform>
                <numerusform>%n kamera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without position</source>
            <translation>
                <numerusform>%n bez položaja</numerusform>
                <numerusform>%n bez položaja</numerusform>
                <numerusform>%n bez položaja</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on the Covered List</source>
            <translation>
                <numerusform>%n na FCC listi</numerusform>
                <numerusform>%n na FCC listi</numerusform>
                <numerusform>%n na FCC listi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n čeka sinhronizaciju</numerusform>
                <numerusform>%n čekaju sinhronizaciju</numerusform>
                <numerusform>%n čeka sinhronizaciju</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n odbijena</numerusform>
                <numerusform>%n odbijene</numerusform>
                <numerusform>%n odbijeno</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>The server at {server} did not answer. Check the address and your connection; nothing was lost.</source>
            <translation>Server {server} nije odgovorio. Proverite adresu i vezu; ništa nije izgubljeno.</translation>
        </message>
        <message>
            <source>The server at {server} took too long to answer: the connection is slow or the server is busy. Nothing was lost: sync again later.</source>
            <translation>Server {server} je predugo odgovarao: veza je spora ili je server zauzet. Ništa nije izgubljeno: sinhronizujte kasnije.</translation>
        </message>
        <message>
            <source>The secure connection to {server} failed: its certificate is not valid for this address, or the server does not use https. Check the address with your coordinator; nothing was lost.</source>
            <translation>Bezbedna veza sa {server} nije uspela: njegov sertifikat ne važi za ovu adresu ili server ne koristi https. Proverite adresu sa koordinatorom; ništa nije izgubljeno.</translation>
        </message>
        <message>
            <source>The server at {server} has a problem of its own and kept failing. Nothing was lost: sync again later, and tell your coordinator if it lasts.</source>
            <translation>Server {server} ima sopstveni problem i stalno je grešio. Ništa nije izgubljeno: sinhronizujte kasnije i javite koordinatoru ako potraje.</translation>
        </message>
        <message>
            <source>The server at {server} refused your token: it may be mistyped, or your coordinator revoked it. Ask them for a new one. Nothing was lost: the changes wait here until you sync with a valid token.</source>
            <translation>Server {server} je odbio vaš token: možda je pogrešno unet ili ga je koordinator opozvao. Tražite novi. Ništa nije izgubljeno: izmene čekaju ovde dok ne sinhronizujete sa važećim tokenom.</translation>
        </message>
        <message>
            <source>{server} answered, but it is not a SurveyApp server (a Wi-Fi sign-in page, or a wrong address?). Nothing was lost.</source>
            <translation>{server} je odgovorio, ali nije SurveyApp server (stranica za prijavu na bežičnu mrežu ili pogrešna adresa?). Ništa nije izgubljeno.</translation>
        </message>
        <message>
            <source>This SurveyApp and the server at {server} do not speak the same version: update SurveyApp, or ask your coordinator to update the server. Nothing was lost.</source>
            <translation>Ovaj SurveyApp i server {server} ne govore istu verziju: ažurirajte SurveyApp ili zamolite koordinatora da ažurira server. Ništa nije izgubljeno.</translation>
        </message>
        <message>
            <source>The server at {server} gave an answer SurveyApp cannot use. Nothing was lost: sync again later, and tell your coordinator if it lasts.</source>
            <translation>Server {server} je dao odgovor koji SurveyApp ne može da koristi. Ništa nije izgubljeno: sinhronizujte kasnije i javite koordinatoru ako potraje.</translation>
        </message>
        <message>
            <source>Sync stopped: a file on this laptop could not be read or written. Nothing was lost.</source>
            <translation>Sinhronizacija je zaustavljena: datoteka na ovom računaru ne može da se pročita ili upiše. Ništa nije izgubljeno.</translation>
        </message>
        <message>
            <source>Sync stopped because of an error in SurveyApp. Nothing was lost; the details help the developers.</source>
            <translation>Sinhronizaciju je zaustavila greška u SurveyApp-u. Ništa nije izgubljeno; detalji pomažu programerima.</translation>
        </message>
        <message>
            <source>Sync with the team's server</source>
            <translation>Sinhronizacija sa serverom tima</translation>
        </message>
        <message>
            <source>the token your coordinator gave you</source>
            <translation>token koji vam je dao koordinator</translation>
        </message>
        <message>
            <source>Remember in the system keyring</source>
            <translation>Zapamti u sistemskom privesku ključeva</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalji</translation>
        </message>
        <message>
            <source>Refused change</source>
            <translation>Odbijena izmena</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Zašto</translation>
        </message>
        <message>
            <source>Discard the selected</source>
            <translation>Odbaci izabrane</translation>
        </message>
        <message>
            <source>Discard all</source>
            <translation>Odbaci sve</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Početak</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Poslato</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Primljeno</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Fotografije</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Greške</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ishod</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sinhronizuj</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Recent runs</source>
            <translation>Nedavne sinhronizacije</translation>
        </message>
        <message numerus="yes">
            <source>The server refused %n changes. They are not sent again; discarding one takes the server's values back on this laptop.</source>
            <translation>
                <numerusform>Server je odbio %n izmenu. Ne šalje se ponovo; odbacivanjem se na ovom računaru vraćaju vrednosti sa servera.</numerusform>
                <numerusform>Server je odbio %n izmene. Ne šalju se ponovo; odbacivanjem se na ovom računaru vraćaju vrednosti sa servera.</numerusform>
                <numerusform>Server je odbio %n izmena. Ne šalju se ponovo; odbacivanjem se na ovom računaru vraćaju vrednosti sa servera.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused changes discarded: the server's values are back.</source>
            <translation>
                <numerusform>Odbačena je %n odbijena izmena: vrednosti sa servera su vraćene.</numerusform>
                <numerusform>Odbačene su %n odbijene izmene: vrednosti sa servera su vraćene.</numerusform>
                <numerusform>Odbačeno je %n odbijenih izmena: vrednosti sa servera su vraćene.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the server's address (https://…).</source>
            <translation>Unesite adresu servera (https://…).</translation>
        </message>
        <message>
            <source>Give your token: your coordinator made it for you.</source>
            <translation>Unesite svoj token: napravio vam ga je koordinator.</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>Ništa nije poslato.</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>Povezivanje sa {server}…</translation>
        </message>
        <message>
            <source>Stopping after the current step…</source>
            <translation>Zaustavljanje posle tekućeg koraka…</translation>
        </message>
        <message>
            <source>{sent}, {photos}, {received}.</source>
            <translation>{sent}, {photos}, {received}.</translation>
        </message>
        <message numerus="yes">
            <source>%n changes received</source>
            <translation>
                <numerusform>%n izmena primljena</numerusform>
                <numerusform>%n izmene primljene</numerusform>
                <numerusform>%n izmena primljeno</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything is in sync.</source>
            <translation>Sve je sinhronizovano.</translation>
        </message>
        <message numerus="yes">
            <source>This laptop has sent everything; %n photos wait for a teammate's laptop.</source>
            <translation>
                <numerusform>Ovaj računar je poslao sve; %n fotografija čeka računar saradnika.</numerusform>
                <numerusform>Ovaj računar je poslao sve; %n fotografije čekaju računar saradnika.</numerusform>
                <numerusform>Ovaj računar je poslao sve; %n fotografija čeka računar saradnika.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server refused %n changes: they are listed below; discard them to take the server's values back.</source>
            <translation>
                <numerusform>Server je odbio %n izmenu: navedena je ispod; odbacite je da biste vratili vrednosti sa servera.</numerusform>
                <numerusform>Server je odbio %n izmene: navedene su ispod; odbacite ih da biste vratili vrednosti sa servera.</numerusform>
                <numerusform>Server je odbio %n izmena: navedene su ispod; odbacite ih da biste vratili vrednosti sa servera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some items were not sent: sync again.</source>
            <translation>Neke stavke nisu poslate: sinhronizujte ponovo.</translation>
        </message>
        <message>
            <source>Stopped. What was sent is kept; sync again to finish.</source>
            <translation>Zaustavljeno. Poslato je sačuvano; sinhronizujte ponovo da završite.</translation>
        </message>
    </context>
    <context>
        <name>TrackPreview</name>
        <message>
            <source>The track and the photos' new places appear here.</source>
            <translation>Ovde se prikazuju trag i nova mesta fotografija.</translation>
        </message>
    </context>
    <context>
        <name>VendorGuide</name>
        <message>
            <source>Bullet</source>
            <translation>Cevasta</translation>
        </message>
        <message>
            <source>Turret</source>
            <translation>Kuglasta</translation>
        </message>
        <message>
            <source>Dome</source>
            <translation>Kupola</translation>
        </message>
        <message>
            <source>PTZ dome</source>
            <translation>PTZ kupola</translation>
        </message>
        <message>
            <source>Plate reader</source>
            <translation>Čitač tablica</translation>
        </message>
        <message>
            <source>The HUAWEI name, sometimes with the red petal logo, on the body or the sunshield. Huawei's camera line is also sold under the HOLOWITS name.</source>
            <translation>Ime HUAWEI, ponekad sa crvenim logom u obliku latica, na telu ili na štitniku od sunca. Kamere kompanije Huawei prodaju se i pod imenom HOLOWITS.</translation>
        </message>
        <message>
            <source>The label names Huawei Technologies Co., Ltd. and the model. Older cameras are IPC6000 series (IPC6225-VRZ-ES); newer ones are a series letter C, D, M or X, four digits and a suffix (M2141-10-EI, D3220-10-SIU, X6921-Z48).</source>
            <translation>Na nalepnici su Huawei Technologies Co., Ltd. i model. Starije kamere su serije IPC6000 (IPC6225-VRZ-ES); novije imaju slovo serije (C/D/M/X), četiri cifre i nastavak (M2141-10-EI, D3220-10-SIU, X6921-Z48).</translation>
        </message>
        <message>
            <source>Safe City networks (Belgrade, Valenciennes) put bullets and PTZ domes on poles at squares, crossings and main roads. In Belgrade the SHARE Foundation (#hiljadekamera) found the models IPC6625-Z30 and IPC6225-VRZ-ES; -Z30 marks a PTZ dome with 30× zoom.</source>
            <translation>Mreže Safe City (Beograd, Valansijen) postavljaju cevaste kamere i PTZ kupole na stubove na trgovima, raskrsnicama i glavnim ulicama. U Beogradu je SHARE fondacija (kampanja „hiljade kamera“) pronašla modele IPC6625-Z30 i IPC6225-VRZ-ES; -Z30 označava PTZ kupolu sa zumom 30×.</translation>
        </message>
        <message>
            <source>HIKVISION in capital letters, usually on the sunshield of a bullet, around the lens of a turret or on the base of a dome. Rebrands carry their own name instead: EZVIZ (home cameras), HiLook, HiWatch, LTS and others; the app counts them as Hikvision.</source>
            <translation>HIKVISION velikim slovima, obično na štitniku cevaste kamere, oko objektiva kuglaste ili na postolju kupole. Preimenovane marke nose svoje ime: EZVIZ (kućne kamere), HiLook, HiWatch, LTS i druge; aplikacija ih računa kao Hikvision.</translation>
        </message>
        <message>
            <source>A white or silver sticker on the base or the back: the HIKVISION logo, Model: DS-… or iDS-…, the serial number, often a QR code, and Hangzhou Hikvision Digital Technology Co., Ltd.</source>
            <translation>Bela ili srebrna nalepnica na postolju ili poleđini: logo HIKVISION, oznaka modela DS-… ili iDS-…, serijski broj, često QR kod i Hangzhou Hikvision Digital Technology Co., Ltd.</translation>
        </message>
        <message>
            <source>From shops to city networks. The prefix tells the kind: DS-2CD network camera, DS-2CE analogue (Turbo HD), DS-2DE and DS-2DF PTZ speed domes, DS-2TD thermal, iDS- DeepinView (analytics), iDS-TCM traffic camera.</source>
            <translation>Od prodavnica do gradskih mreža. Prefiks kazuje vrstu: DS-2CD mrežna kamera, DS-2CE analogna (Turbo HD), DS-2DE i DS-2DF brze PTZ kupole, DS-2TD termalna, iDS- DeepinView (analitika), iDS-TCM saobraćajna kamera.</translation>
        </message>
        <message>
            <source>The Dahua logo on the sunshield or on the base. Dahua's home cameras say Imou; many Lorex and Amcrest cameras are Dahua-made but carry their own name.</source>
            <translation>Logo Dahua na štitniku ili na postolju. Kućne kamere kompanije Dahua nose ime Imou; mnoge kamere Lorex i Amcrest proizvodi Dahua, ali nose svoje ime.</translation>
        </message>
        <message>
            <source>The model, often with DH- or DHI- in front (DH-IPC-HFW2431S-S-S2), and Zhejiang Dahua Vision Technology Co., Ltd. (earlier: Zhejiang Dahua Technology).</source>
            <translation>Model, često sa DH- ili DHI- na početku (DH-IPC-HFW2431S-S-S2), i Zhejiang Dahua Vision Technology Co., Ltd. (ranije: Zhejiang Dahua Technology).</translation>
        </message>
        <message>
            <source>The letters after IPC-H give the shape: HFW bullet with infrared, HDW dome with infrared, HDBW vandal-proof dome with infrared; PFW and PDW are multi-sensor cameras, SD a PTZ speed dome, ITC a traffic (ANPR) camera, HAC an analogue HDCVI camera.</source>
            <translation>Slova u IPC-HFW, IPC-HDW i IPC-HDBW kazuju oblik: HFW cevasta sa infracrvenim, HDW kupola sa infracrvenim, HDBW kupola otporna na vandalizam sa infracrvenim; PFW i PDW su kamere sa više senzora, SD brza PTZ kupola, ITC saobraćajna kamera (čitanje tablica), HAC analogna HDCVI kamera.</translation>
        </message>
        <message>
            <source>The UNV logo; Uniview's budget line says Uniarch. A Chinese maker, not on the FCC Covered List.</source>
            <translation>Logo UNV; jeftinija linija kompanije Uniview nosi ime Uniarch. Kineski proizvođač, nije na FCC crnoj listi.</translation>
        </message>
        <message>
            <source>Zhejiang Uniview Technologies Co., Ltd. and a model such as IPC2122LB-SF28-A: IPC, four digits, letters, then lens and options.</source>
            <translation>Zhejiang Uniview Technologies Co., Ltd. i model poput IPC2122LB-SF28-A: IPC, četiri cifre, slova, pa objektiv i opcije.</translation>
        </message>
        <message>
            <source>Not to be confused with Huawei's IPC6000 series: a Uniview number has letters right after its digits (IPC6322SR-…), a Huawei number a dash (IPC6325-WD-…).</source>
            <translation>Ne mešati sa serijom IPC6000 kompanije Huawei: Uniview oznaka ima slova odmah posle cifara (IPC6322SR-…), Huawei oznaka crticu (IPC6325-WD-…).</translation>
        </message>
        <message>
            <source>AXIS in capital letters, small, on the front or the side.</source>
            <translation>AXIS sitnim velikim slovima, spreda ili sa strane.</translation>
        </message>
        <message>
            <source>AXIS and the product name (AXIS P3245-LVE); the serial number is the camera's MAC address, twelve hexadecimal digits.</source>
            <translation>AXIS i naziv proizvoda (AXIS P3245-LVE); serijski broj je MAC adresa kamere, dvanaest heksadecimalnih cifara.</translation>
        </message>
        <message>
            <source>A series letter and four digits: M small, P professional, Q high end, F modular; suffix letters L infrared, V vandal-resistant, E outdoor. An Axis M20xx-LE is not a Huawei M2xxx-10-EI.</source>
            <translation>Slovo serije i četiri cifre; serije M/P/Q/F su redom male, profesionalne, najviše klase i modularne; slova nastavka L/V/E znače infracrveno, otporna na vandalizam, spoljna. Axis M20xx-LE nije Huawei M2xxx-10-EI.</translation>
        </message>
        <message>
            <source>Wisenet or Hanwha on the housing; older units say Samsung (the business was Samsung Techwin until 2015).</source>
            <translation>Wisenet ili Hanwha na kućištu; starije kamere nose ime Samsung (posao se do 2015. zvao Samsung Techwin).</translation>
        </message>
        <message>
            <source>Models such as XNO-6080R: a series letter (X, Q, P, A, L, T), N for network, then the shape (O bullet, D dome, V vandal-proof dome, P PTZ) and digits. Samsung-era models start SNO, SND, SNV, SNP or SNB.</source>
            <translation>Modeli poput XNO-6080R: slovo serije (X/Q/P/A/L/T), zatim NO (mrežna cevasta), ND (kupola), NV (kupola otporna na vandalizam) ili NP (PTZ) i cifre. Modeli iz vremena kada se posao zvao Samsung počinju sa SNO, SND, SNV, SNP ili SNB.</translation>
        </message>
        <message>
            <source>Common in shops, offices and transport; a South Korean maker.</source>
            <translation>Česte u prodavnicama, kancelarijama i prevozu; južnokorejski proizvođač.</translation>
        </message>
        <message>
            <source>BOSCH in capital letters on the base or the side.</source>
            <translation>BOSCH velikim slovima na postolju ili sa strane.</translation>
        </message>
        <message>
            <source>Bosch Security Systems, a product line name and a type number such as NDE-5503-AL or NBE-3502-AL.</source>
            <translation>Bosch Security Systems, naziv linije proizvoda i oznaka tipa poput NDE-5503-AL ili NBE-3502-AL.</translation>
        </message>
        <message>
            <source>The product line gives the shape: FLEXIDOME fixed dome, DINION bullet or box camera, AUTODOME PTZ dome, MIC ruggedised PTZ camera.</source>
            <translation>Linija proizvoda kazuje oblik: FLEXIDOME fiksna kupola, DINION cevasta ili kutijasta kamera, AUTODOME PTZ kupola, MIC ojačana PTZ kamera.</translation>
        </message>
        <message>
            <source>A small black camera on its own pole, usually with a solar panel above it, aimed along the road at the plates of passing cars.</source>
            <translation>Mala crna kamera na sopstvenom stubu, obično sa solarnim panelom iznad, usmerena duž puta ka tablicama vozila u prolazu.</translation>
        </message>
        <message>
            <source>Rarely readable from the street. The products: Falcon (licence plates), Sparrow (plates, for neighbourhoods), Condor (video) and Raven (a gunshot detector, not a camera).</source>
            <translation>Retko čitljiva sa ulice. Proizvodi: Falcon (tablice), Sparrow (tablice, za naselja), Condor (video) i Raven (detektor pucnjeva, ne kamera).</translation>
        </message>
        <message>
            <source>Neighbourhood entrances, car parks and main roads. Speed cameras, red-light cameras and traffic-detection cameras are often mistaken for licence-plate readers.</source>
            <translation>Ulazi u naselja, parkinzi i glavni putevi. Radari za brzinu, kamere za crveno svetlo i kamere za detekciju saobraćaja često se pogrešno smatraju čitačima tablica.</translation>
        </message>
        <message>
            <source>What to photograph</source>
            <translation>Šta fotografisati</translation>
        </message>
        <message>
            <source>The whole camera from where you stand, then the logo and, if you can reach it with the zoom, the label: usually under the base, on the back or inside the mounting arm. Zoom in rather than climb.</source>
            <translation>Celu kameru sa mesta gde stojite, zatim logo i, ako zum dopire, nalepnicu: obično ispod postolja, na poleđini ili u nosaču. Bolje zumirajte nego da se penjete.</translation>
        </message>
        <message>
            <source>The model number</source>
            <translation>Oznaka modela</translation>
        </message>
        <message>
            <source>Type it into Model as printed; dashes, spaces, case and a lens size in brackets do not matter. The app then suggests a vendor: strong means the number fits that vendor's documented naming scheme, likely that it matches only part of it, weak that other makers use the same pattern. The suggestion is only applied when you click it.</source>
            <translation>Upišite je u polje Model onako kako je odštampana; crtice, razmaci, velika i mala slova i žižna daljina u zagradi nisu bitni. Aplikacija zatim predlaže proizvođača: „sigurno“ znači da oznaka odgovara objavljenoj šemi imenovanja tog proizvođača, „verovatno“ da odgovara samo delu šeme, „slabo“ da isti oblik koriste i drugi proizvođači. Predlog se primenjuje tek kada ga kliknete.</translation>
        </message>
        <message>
            <source>Type the name on the housing into Vendor: pick EZVIZ and the app records the maker Hikvision with the brand EZVIZ. Rebranded cameras of a Covered List maker are flagged like their maker.</source>
            <translation>U polje Proizvođač upišite ime sa kućišta: izaberite EZVIZ i aplikacija beleži proizvođača Hikvision sa markom EZVIZ. Kamere proizvođača sa crne liste prodate pod drugom markom označavaju se kao i njihov proizvođač.</translation>
        </message>
        <message>
            <source>Vendor confidence</source>
            <translation>Koliko ste sigurni</translation>
        </message>
        <message>
            <source>Choose seen when you read the logo or the label, shape when you judge by the look alone. Vendor unknown is a valid answer: a gap on the map is better than a wrong name in a published report.</source>
            <translation>Izaberite „viđeno (pročitan natpis ili model)“ kada ste pročitali logo ili nalepnicu, „po izgledu“ kada sudite samo po obliku. „Nepoznat proizvođač“ je ispravan odgovor: praznina na mapi je bolja od pogrešnog imena u objavljenom izveštaju.</translation>
        </message>
        <message>
            <source>Rebrands</source>
            <translation>Preimenovane marke</translation>
        </message>
        <message>
            <source>Identifying a camera</source>
            <translation>Prepoznavanje kamere</translation>
        </message>
        <message>
            <source>Start here</source>
            <translation>Za početak</translation>
        </message>
        <message>
            <source>FCC Covered List</source>
            <translation>FCC crna lista</translation>
        </message>
        <message>
            <source>Other common makers</source>
            <translation>Drugi česti proizvođači</translation>
        </message>
        <message>
            <source>On the housing</source>
            <translation>Na kućištu</translation>
        </message>
        <message>
            <source>On the label</source>
            <translation>Na nalepnici</translation>
        </message>
        <message>
            <source>Shapes and places</source>
            <translation>Oblici i mesta</translation>
        </message>
        <message>
            <source>Also sold as</source>
            <translation>Prodaje se i kao</translation>
        </message>
        <message>
            <source>Model numbers the app recognises</source>
            <translation>Oznake modela koje aplikacija prepoznaje</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Porodica</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Sigurnost</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Primeri</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>Izvori:</translation>
        </message>
    </context>
    <context>
        <name>WarningsPanel</name>
        <message>
            <source>Originals missing from the library</source>
            <translation>Originali kojih nema u biblioteci</translation>
        </message>
        <message>
            <source>Likely duplicates (&lt; 20 m, same vendor and type)</source>
            <translation>Mogući duplikati (&lt; 20 m, isti proizvođač i tip)</translation>
        </message>
        <message>
            <source>Already mapped by others</source>
            <translation>Drugi su ih već mapirali</translation>
        </message>
        <message>
            <source>Cameras without a position</source>
            <translation>Kamere bez položaja</translation>
        </message>
        <message>
            <source>Photos without a capture time</source>
            <translation>Fotografije bez vremena snimanja</translation>
        </message>
        <message>
            <source>Photos whose two clocks disagree</source>
            <translation>Fotografije čija se dva sata ne slažu</translation>
        </message>
        <message>
            <source>Nothing to check: no likely duplicates, every camera has a position and every photo a time.</source>
            <translation>Nema šta da se proveri: nema mogućih duplikata, svaka kamera ima položaj i svaka fotografija vreme.</translation>
        </message>
        <message>
            <source>Compare photos…</source>
            <translation>Uporedi fotografije…</translation>
        </message>
        <message>
            <source>Both cameras' photos side by side: merge them, or keep them as two</source>
            <translation>Fotografije obe kamere jedna pored druge: spojite ih ili ih zadržite kao dve</translation>
        </message>
        <message>
            <source>Checking the survey…</source>
            <translation>Proveravam snimanje…</translation>
        </message>
        <message>
            <source>Double-click or Compare photos… to decide: one camera or two?</source>
            <translation>Dvaput kliknite ili „Uporedi fotografije…“ da odlučite: jedna kamera ili dve?</translation>
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <source>Map the surveillance cameras of a city from volunteers' photos.</source>
            <translation>Mapiranje nadzornih kamera jednog grada na osnovu fotografija volontera.</translation>
        </message>
        <message>
            <source>Licence: {licence} (GNU General Public License, version 3 or later).</source>
            <translation>Licenca: {licence} (GNU General Public License, verzija 3 ili novija).</translation>
        </message>
        <message>
            <source>Map data {attribution}, under the ODbL.</source>
            <translation>Podaci mape {attribution}, pod licencom ODbL.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Cannot open the survey {path}:

{error}</source>
            <translation>Snimanje {path} ne može da se otvori:

{error}</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>upotreba: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumenti</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opcije</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>prikaži ovu pomoć i izađi</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: greška: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>nepoznati argumenti: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>ovi argumenti su obavezni: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>jedan od argumenata %s je obavezan</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>nemoguć izbor: %(value)r (izaberite: %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>nemoguća vrednost (%(type)s): %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>potreban je jedan argument</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>dozvoljen je najviše jedan argument</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>potreban je bar jedan argument</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>potrebno argumenata: %s</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>potrebno argumenata: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nije moguće uz argument %s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>dvosmislena opcija: %(option)s može biti %(matches)s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>zanemaren argument: %r</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>ne mogu da otvorim „%(filename)s“: %(error)s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>nepoznata komanda %(parser_name)r (izaberite: %(choices)s)</translation>
        </message>
    </context>
    <context>
        <name>basemap</name>
        <message>
            <source>OpenStreetMap's standard tiles may not be downloaded in bulk (its tile usage policy). For an offline map of your city, add an OpenStreetMap extract of it (a .osm.pbf file) in Settings → Offline map.</source>
            <translation>Standardne pločice OpenStreetMap-a ne smeju da se preuzimaju masovno (njegova pravila korišćenja pločica). Za mapu vašeg grada bez mreže dodajte njegov isečak OpenStreetMap-a (fajl .osm.pbf) u Podešavanja → Mapa bez mreže.</translation>
        </message>
        <message>
            <source>{count} tiles is too many to download: choose a smaller area or fewer zooms</source>
            <translation>{count} pločica je previše za preuzimanje: izaberite manje područje ili manje nivoa uvećanja</translation>
        </message>
        <message>
            <source>the tile server keeps refusing (HTTP {status})</source>
            <translation>server pločica stalno odbija (HTTP {status})</translation>
        </message>
        <message>
            <source>no such file: {path}</source>
            <translation>nema takvog fajla: {path}</translation>
        </message>
        <message>
            <source>{name} is not an OpenStreetMap extract (.osm.pbf, .osm or .osm.gz)</source>
            <translation>{name} nije isečak OpenStreetMap-a (.osm.pbf, .osm ili .osm.gz)</translation>
        </message>
        <message>
            <source>{name} cannot be read as OpenStreetMap data: {error}</source>
            <translation>{name} ne može da se pročita kao podaci OpenStreetMap-a: {error}</translation>
        </message>
        <message>
            <source>{name} holds no streets, buildings or other map data</source>
            <translation>{name} ne sadrži ulice, zgrade ni druge podatke mape</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>list every camera</source>
            <translation>prikaži sve kamere</translation>
        </message>
        <message>
            <source>as a JSON array</source>
            <translation>kao JSON niz</translation>
        </message>
        <message>
            <source>edit a camera</source>
            <translation>izmeni kameru</translation>
        </message>
        <message>
            <source>set fields: camera:type=dome height=5 (empty clears)</source>
            <translation>upiši polja: camera:type=dome height=5 (prazno briše)</translation>
        </message>
        <message>
            <source>camera id (or a unique prefix)</source>
            <translation>id kamere (ili njegov jedinstveni početak)</translation>
        </message>
        <message>
            <source>place a camera by hand</source>
            <translation>postavi kameru ručno</translation>
        </message>
        <message>
            <source>merge cameras into the first one named</source>
            <translation>spoji kamere u prvu navedenu</translation>
        </message>
        <message>
            <source>move photos (id, sha256, or their first characters as `photos` lists them) into a new camera</source>
            <translation>premesti fotografije (id, sha256 ili njihove prve znakove kako ih `photos` prikazuje) u novu kameru</translation>
        </message>
        <message>
            <source>delete a camera</source>
            <translation>obriši kameru</translation>
        </message>
        <message>
            <source>set the team's review: verified, disputed, removed, unverified (reviewers)</source>
            <translation>postavi proveru tima: verified, disputed, removed, unverified (recenzenti)</translation>
        </message>
        <message>
            <source>list the fields and their allowed values</source>
            <translation>prikaži polja i dozvoljene vrednosti</translation>
        </message>
        <message>
            <source>vendor unknown</source>
            <translation>proizvođač nepoznat</translation>
        </message>
        <message numerus="yes">
            <source>%n photos</source>
            <translation>
                <numerusform>%n fotografija</numerusform>
                <numerusform>%n fotografije</numerusform>
                <numerusform>%n fotografija</numerusform>
            </translation>
        </message>
        <message>
            <source>'{item}' is not key=value (e.g. camera:type=dome)</source>
            <translation>„{item}“ nije oblika ključ = vrednost (npr. camera:type=dome)</translation>
        </message>
        <message>
            <source>note: these cameras stood {distance} apart; the merged camera stands at their mean position (`surveyapp undo` takes the merge back)</source>
            <translation>napomena: ove kamere su bile udaljene {distance}; spojena kamera stoji na njihovom srednjem položaju (`surveyapp undo` poništava spajanje)</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>bez položaja</translation>
        </message>
        <message>
            <source>no such folder: {path}</source>
            <translation>fascikla ne postoji: {path}</translation>
        </message>
        <message>
            <source>import photos (files or folders, recursive)</source>
            <translation>uvezi fotografije (datoteke ili fascikle, sa podfasciklama)</translation>
        </message>
        <message>
            <source>one JSON object per file on stdout</source>
            <translation>jedan JSON objekat po datoteci na standardnom izlazu</translation>
        </message>
        <message>
            <source>list every photo</source>
            <translation>prikaži sve fotografije</translation>
        </message>
        <message>
            <source>no such file or folder: {path}</source>
            <translation>datoteka ili fascikla ne postoji: {path}</translation>
        </message>
        <message>
            <source>already-mapped cameras (OSM, Overpass, GeoJSON): a read-only layer</source>
            <translation>već mapirane kamere (OSM, Overpass, GeoJSON): sloj samo za čitanje</translation>
        </message>
        <message>
            <source>Cameras others already mapped, shown on the map and used by the duplicate warnings. Without an action: list them.</source>
            <translation>Kamere koje su drugi već mapirali, prikazane na mapi i korišćene za upozorenja o duplikatima. Bez radnje: prikaži ih.</translation>
        </message>
        <message>
            <source>import GeoJSON, OSM XML or Overpass JSON of {tag}</source>
            <translation>uvezi GeoJSON, OSM XML ili Overpass JSON sa {tag}</translation>
        </message>
        <message>
            <source>Import already-mapped cameras; importing the same source again updates its cameras in place. A bad file is refused whole.</source>
            <translation>Uvezi već mapirane kamere; ponovni uvoz istog izvora ažurira njegove kamere. Neispravna datoteka se odbija cela.</translation>
        </message>
        <message>
            <source>name of the source (default: {osm} for OSM data, else the file name)</source>
            <translation>naziv izvora (podrazumevano: {osm} za OSM podatke, inače naziv datoteke)</translation>
        </message>
        <message>
            <source>remove the known cameras</source>
            <translation>ukloni poznate kamere</translation>
        </message>
        <message>
            <source>only this source's</source>
            <translation>samo iz ovog izvora</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Uvoz</translation>
        </message>
        <message>
            <source>{file}: {reason}; nothing was imported</source>
            <translation>{file}: {reason}; ništa nije uvezeno</translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras added, {updated} updated (source {source}); {skipped} elements skipped (not cameras or no position)</source>
            <translation>
                <numerusform>%n poznata kamera dodata, ažurirano: {updated} (izvor {source}); preskočeno elemenata: {skipped} (nisu kamere ili nemaju položaj)</numerusform>
                <numerusform>%n poznate kamere dodate, ažurirano: {updated} (izvor {source}); preskočeno elemenata: {skipped} (nisu kamere ili nemaju položaj)</numerusform>
                <numerusform>%n poznatih kamera dodato, ažurirano: {updated} (izvor {source}); preskočeno elemenata: {skipped} (nisu kamere ili nemaju položaj)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras removed</source>
            <translation>
                <numerusform>%n poznata kamera uklonjena</numerusform>
                <numerusform>%n poznate kamere uklonjene</numerusform>
                <numerusform>%n poznatih kamera uklonjeno</numerusform>
            </translation>
        </message>
        <message>
            <source>direction {direction}</source>
            <translation>smer {direction}</translation>
        </message>
        <message>
            <source>{count} from {source}</source>
            <translation>{source}: {count}</translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras ({sources})</source>
            <translation>
                <numerusform>%n poznata kamera ({sources})</numerusform>
                <numerusform>%n poznate kamere ({sources})</numerusform>
                <numerusform>%n poznatih kamera ({sources})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras</source>
            <translation>
                <numerusform>%n poznata kamera</numerusform>
                <numerusform>%n poznate kamere</numerusform>
                <numerusform>%n poznatih kamera</numerusform>
            </translation>
        </message>
        <message>
            <source>error: {path}: {reason}</source>
            <translation>greška: {path}: {reason}</translation>
        </message>
        <message>
            <source>interrupted: the photos imported so far are kept</source>
            <translation>prekinuto: do sada uvezene fotografije su sačuvane</translation>
        </message>
        <message>
            <source>error: {reason}</source>
            <translation>greška: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n photos are in the survey; the next import skips them</source>
            <translation>
                <numerusform>%n fotografija je u popisu; sledeći uvoz je preskače</numerusform>
                <numerusform>%n fotografije su u popisu; sledeći uvoz ih preskače</numerusform>
                <numerusform>%n fotografija je u popisu; sledeći uvoz ih preskače</numerusform>
            </translation>
        </message>
        <message>
            <source>no photo of this import could be saved</source>
            <translation>nijedna fotografija iz ovog uvoza nije mogla da se sačuva</translation>
        </message>
        <message>
            <source>error: the disk is full: the database could not grow; the photos of earlier checkpoints are kept. Free some space and import again.</source>
            <translation>greška: disk je pun, baza podataka ne može da raste; fotografije iz ranijih koraka su sačuvane. Oslobodite prostor i ponovo pokrenite uvoz.</translation>
        </message>
        <message numerus="yes">
            <source>%n imported</source>
            <translation>
                <numerusform>%n uvezena</numerusform>
                <numerusform>%n uvezene</numerusform>
                <numerusform>%n uvezenih</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n originals restored</source>
            <translation>
                <numerusform>%n original vraćen</numerusform>
                <numerusform>%n originala vraćena</numerusform>
                <numerusform>%n originala vraćeno</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicates</source>
            <translation>
                <numerusform>%n duplikat</numerusform>
                <numerusform>%n duplikata</numerusform>
                <numerusform>%n duplikata</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>%n greška</numerusform>
                <numerusform>%n greške</numerusform>
                <numerusform>%n grešaka</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without position</source>
            <translation>
                <numerusform>%n bez položaja</numerusform>
                <numerusform>%n bez položaja</numerusform>
                <numerusform>%n bez položaja</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new cameras</source>
            <translation>
                <numerusform>%n nova kamera</numerusform>
                <numerusform>%n nove kamere</numerusform>
                <numerusform>%n novih kamera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files skipped: not photos</source>
            <translation>
                <numerusform>%n datoteka preskočena: nije fotografija</numerusform>
                <numerusform>%n datoteke preskočene: nisu fotografije</numerusform>
                <numerusform>%n datoteka preskočeno: nisu fotografije</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos whose device clock and GPS clock disagree: check which is right (their lines above say both)</source>
            <translation>
                <numerusform>%n fotografija čiji se sat aparata i GPS sat ne slažu: proverite koji je tačan (njen red iznad navodi oba)</numerusform>
                <numerusform>%n fotografije čiji se sat aparata i GPS sat ne slažu: proverite koji je tačan (njihovi redovi iznad navode oba)</numerusform>
                <numerusform>%n fotografija čiji se sat aparata i GPS sat ne slažu: proverite koji je tačan (njihovi redovi iznad navode oba)</numerusform>
            </translation>
        </message>
        <message>
            <source>imported</source>
            <translation>uvezeno</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>duplikat</translation>
        </message>
        <message>
            <source>original restored</source>
            <translation>original vraćen</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>preskočeno</translation>
        </message>
        <message>
            <source>the vendor catalogue</source>
            <translation>katalog proizvođača</translation>
        </message>
        <message>
            <source>ranked vendors, with confidence, for a model number or label</source>
            <translation>rangirani proizvođači, sa sigurnošću, za oznaku modela ili natpis</translation>
        </message>
        <message>
            <source>model number or label text to identify</source>
            <translation>broj modela ili tekst sa natpisa za prepoznavanje</translation>
        </message>
        <message>
            <source>vendors identify needs a model number or label text</source>
            <translation>vendors identify traži broj modela ili tekst sa natpisa</translation>
        </message>
        <message>
            <source>no vendor recognised (vendor unknown is a valid answer)</source>
            <translation>proizvođač nije prepoznat („proizvođač nepoznat“ je ispravan odgovor)</translation>
        </message>
        <message>
            <source>FCC Covered List</source>
            <translation>FCC lista</translation>
        </message>
        <message>
            <source>model {model} looks like {vendor}{covered} ({confidence}: {reason}): set {assignment}?</source>
            <translation>model {model} liči na {vendor}{covered} ({confidence}: {reason}): postaviti {assignment}?</translation>
        </message>
        <message>
            <source>brands: {names}</source>
            <translation>brendovi: {names}</translation>
        </message>
        <message>
            <source>Map surveillance cameras from your photos.</source>
            <translation>Mapirajte kamere za nadzor sa svojih fotografija.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>prikaži verziju i izađi</translation>
        </message>
        <message>
            <source>survey database file (default: $SURVEYAPP_DB or {path})</source>
            <translation>datoteka baze istraživanja (podrazumevano: $SURVEYAPP_DB ili {path})</translation>
        </message>
        <message>
            <source>warning: a token on the command line is visible to other users of this machine; once --save-token has kept it in the keyring, the next runs need no --token</source>
            <translation>upozorenje: token na komandnoj liniji vide i drugi korisnici ovog računara; kada ga --save-token sačuva u privesku ključeva, sledećim pokretanjima --token više nije potreban</translation>
        </message>
        <message>
            <source>warning: a token on the command line is visible to other users of this machine; prefer $SURVEYAPP_TOKEN or --save-token (the keyring)</source>
            <translation>upozorenje: token na komandnoj liniji vide i drugi korisnici ovog računara; bolje je $SURVEYAPP_TOKEN ili --save-token (privezak ključeva)</translation>
        </message>
        <message>
            <source>interrupted: what the command had not finished was not saved</source>
            <translation>prekinuto: ono što naredba nije završila nije sačuvano</translation>
        </message>
        <message>
            <source>error: the disk is full: the last step was not saved, everything before it is intact. Free some space and run the command again.</source>
            <translation>greška: disk je pun: poslednji korak nije sačuvan, sve pre njega je netaknuto. Oslobodite prostor i ponovo pokrenite naredbu.</translation>
        </message>
        <message>
            <source>export the survey</source>
            <translation>izvezi istraživanje</translation>
        </message>
        <message>
            <source>Formats: {formats}.</source>
            <translation>Formati: {formats}.</translation>
        </message>
        <message>
            <source>output file, or - for standard output</source>
            <translation>izlazna datoteka, ili - za standardni izlaz</translation>
        </message>
        <message>
            <source>write capture times as the date only (for publication)</source>
            <translation>vreme snimanja upiši samo kao datum (za objavljivanje)</translation>
        </message>
        <message>
            <source>write only the cameras the team's reviewers verified</source>
            <translation>upiši samo kamere koje su recenzenti tima proverili</translation>
        </message>
        <message numerus="yes">
            <source>GeoJSON and %n photos written to {path}</source>
            <translation>
                <numerusform>GeoJSON i %n fotografija upisani u {path}</numerusform>
                <numerusform>GeoJSON i %n fotografije upisani u {path}</numerusform>
                <numerusform>GeoJSON i %n fotografija upisani u {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras written to {path}</source>
            <translation>
                <numerusform>%n kamera upisana u {path}</numerusform>
                <numerusform>%n kamere upisane u {path}</numerusform>
                <numerusform>%n kamera upisano u {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos not named in survey:photos: they have no shared copy yet (the next sync makes them; the zip makes its own)</source>
            <translation>
                <numerusform>%n fotografija nije imenovana u survey:photos: još nema deljenu kopiju (sledeća sinhronizacija je pravi; zip pravi svoju)</numerusform>
                <numerusform>%n fotografije nisu imenovane u survey:photos: još nemaju deljene kopije (sledeća sinhronizacija ih pravi; zip pravi svoje)</numerusform>
                <numerusform>%n fotografija nije imenovano u survey:photos: još nemaju deljene kopije (sledeća sinhronizacija ih pravi; zip pravi svoje)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>left out (%n; the zip's README.txt names them too):</source>
            <translation>
                <numerusform>izostavljena fotografija (%n; README.txt u zipu je takođe navodi):</numerusform>
                <numerusform>izostavljene fotografije (%n; README.txt u zipu ih takođe navodi):</numerusform>
                <numerusform>izostavljenih fotografija (%n; README.txt u zipu ih takođe navodi):</numerusform>
            </translation>
        </message>
        <message>
            <source>the survey's name and privacy settings</source>
            <translation>naziv istraživanja i podešavanja privatnosti</translation>
        </message>
        <message>
            <source>place photos without GPS from a GPS track or from the photos taken around them</source>
            <translation>postavi fotografije bez GPS-a iz GPS traga ili iz fotografija snimljenih oko njih</translation>
        </message>
        <message>
            <source>a GPS logger's track (GPX 1.0 or 1.1); may be given several times</source>
            <translation>trag GPS beleženja (GPX 1.0 ili 1.1); može se navesti više puta</translation>
        </message>
        <message>
            <source>the camera clock's offset from UTC (its time zone, plus its error): for every photo given</source>
            <translation>pomak sata aparata u odnosu na UTC (njegova vremenska zona plus greška): za sve navedene fotografije</translation>
        </message>
        <message>
            <source>time zone of photos without an offset (default: the survey's setting)</source>
            <translation>vremenska zona fotografija bez pomaka (podrazumevano: podešavanje istraživanja)</translation>
        </message>
        <message>
            <source>refuse to place a photo between track points further apart (default 60 s)</source>
            <translation>ne postavljaj fotografiju između tačaka traga koje su dalje (podrazumevano 60 s)</translation>
        </message>
        <message>
            <source>clock check: this photo's true time (--at) or place (--place) sets the offset of every photo of its device</source>
            <translation>provera sata: stvarno vreme (--at) ili mesto (--place) ove fotografije određuje pomak svih fotografija njenog uređaja</translation>
        </message>
        <message>
            <source>the true time of the --check photo, e.g. 2026-05-04T10:00:00+02:00</source>
            <translation>stvarno vreme fotografije iz --check, npr. 2026-05-04T10:00:00+02:00</translation>
        </message>
        <message>
            <source>where the --check photo was taken (the track gives the time)</source>
            <translation>gde je snimljena fotografija iz --check (trag daje vreme)</translation>
        </message>
        <message>
            <source>place photos from the same device's GPS photos taken just before and after</source>
            <translation>postavi fotografije iz GPS fotografija istog uređaja snimljenih neposredno pre i posle</translation>
        </message>
        <message>
            <source>with --from-neighbours: how close in time (default 120 s)</source>
            <translation>uz --from-neighbours: koliko blizu u vremenu (podrazumevano 120 s)</translation>
        </message>
        <message>
            <source>show what would change, change nothing</source>
            <translation>prikaži šta bi se promenilo, ne menjaj ništa</translation>
        </message>
        <message>
            <source>undo the latest geotagging, wherever it was applied (this command, the geotagging window of the app or a suggestion on the map), and say which one it was: when it was applied, from which track and how many photos</source>
            <translation>poništi poslednje geooznačavanje, gde god da je primenjeno (ova komanda, prozor za geooznačavanje u aplikaciji ili predlog na mapi), i reci koje je to bilo: kada je primenjeno, po kom tragu i koliko fotografija</translation>
        </message>
        <message>
            <source>print as JSON</source>
            <translation>ispiši kao JSON</translation>
        </message>
        <message>
            <source>{option} must be a positive number of seconds</source>
            <translation>{option} mora biti pozitivan broj sekundi</translation>
        </message>
        <message>
            <source>{option} must be at most {seconds} seconds (a year)</source>
            <translation>{option} mora biti najviše {seconds} sekundi (godina dana)</translation>
        </message>
        <message>
            <source>give one of --gpx TRACK.gpx, --from-neighbours or --undo</source>
            <translation>navedite jedno od: --gpx TRAG.gpx, --from-neighbours ili --undo</translation>
        </message>
        <message>
            <source>--place needs a track (--gpx)</source>
            <translation>--place zahteva trag (--gpx)</translation>
        </message>
        <message>
            <source>--check needs either --at TIME or --place LAT,LON</source>
            <translation>--check zahteva --at VREME ili --place LAT,LON</translation>
        </message>
        <message>
            <source>--at and --place go with --check PHOTO</source>
            <translation>--at i --place idu uz --check FOTOGRAFIJA</translation>
        </message>
        <message>
            <source>give either --offset or --check, not both</source>
            <translation>navedite --offset ili --check, ne oba</translation>
        </message>
        <message>
            <source>'{text}' lies outside the calendar SurveyApp knows</source>
            <translation>'{text}' je izvan kalendara koji SurveyApp poznaje</translation>
        </message>
        <message>
            <source>give the right offset (--offset), or check the clock by a photo's place (--check PHOTO --place LAT,LON)</source>
            <translation>navedite tačan pomak (--offset) ili proverite sat po mestu jedne fotografije (--check PHOTO --place LAT,LON)</translation>
        </message>
        <message>
            <source>{placed}; {refused}</source>
            <translation>{placed}; {refused}</translation>
        </message>
        <message numerus="yes">
            <source>undone: the geotagging of %n photos from the track {track}, applied {when}</source>
            <translation>
                <numerusform>poništeno: geooznačavanje %n fotografije po tragu {track}, primenjeno {when}</numerusform>
                <numerusform>poništeno: geooznačavanje %n fotografije po tragu {track}, primenjeno {when}</numerusform>
                <numerusform>poništeno: geooznačavanje %n fotografija po tragu {track}, primenjeno {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>undone: the geotagging of %n photos from the photos taken just before and after, applied {when}</source>
            <translation>
                <numerusform>poništeno: geooznačavanje %n fotografije prema fotografijama snimljenim neposredno pre i posle, primenjeno {when}</numerusform>
                <numerusform>poništeno: geooznačavanje %n fotografije prema fotografijama snimljenim neposredno pre i posle, primenjeno {when}</numerusform>
                <numerusform>poništeno: geooznačavanje %n fotografija prema fotografijama snimljenim neposredno pre i posle, primenjeno {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos back where they were</source>
            <translation>
                <numerusform>%n fotografija vraćena gde je bila</numerusform>
                <numerusform>%n fotografije vraćene gde su bile</numerusform>
                <numerusform>%n fotografija vraćeno gde su bile</numerusform>
            </translation>
        </message>
        <message>
            <source>'{text}' is not a time with its offset, e.g. 2026-05-04T10:00:00+02:00</source>
            <translation>'{text}' nije vreme sa pomakom, npr. 2026-05-04T10:00:00+02:00</translation>
        </message>
        <message>
            <source>'{text}' is not a place as LAT,LON, e.g. 44.8125,20.4612</source>
            <translation>'{text}' nije mesto u obliku LAT,LON, npr. 44.8125,20.4612</translation>
        </message>
        <message>
            <source>--check names one photo, not a camera of several</source>
            <translation>--check navodi jednu fotografiju, ne kameru sa više njih</translation>
        </message>
        <message>
            <source>reading the track {name}…</source>
            <translation>čitanje traga {name}…</translation>
        </message>
        <message>
            <source>track {name}: {start} to {end} ({zone})</source>
            <translation>trag {name}: od {start} do {end} ({zone})</translation>
        </message>
        <message>
            <source>track {name}: {start} to {end} (UTC)</source>
            <translation>trag {name}: od {start} do {end} (UTC)</translation>
        </message>
        <message>
            <source>clock check: {device} runs at {offset} from UTC</source>
            <translation>provera sata: {device} ide {offset} u odnosu na UTC</translation>
        </message>
        <message>
            <source>clock offsets (wall clock minus UTC):</source>
            <translation>pomaci sata (prikazano vreme minus UTC):</translation>
        </message>
        <message numerus="yes">
            <source>{device}: {offset} from {source}, %n photos</source>
            <translation>
                <numerusform>{device}: {offset} prema: {source}, %n fotografija</numerusform>
                <numerusform>{device}: {offset} prema: {source}, %n fotografije</numerusform>
                <numerusform>{device}: {offset} prema: {source}, %n fotografija</numerusform>
            </translation>
        </message>
        <message>
            <source>new position</source>
            <translation>novi položaj</translation>
        </message>
        <message>
            <source>moved {metres} m</source>
            <translation>pomerena {metres} m</translation>
        </message>
        <message>
            <source>±{metres} m</source>
            <translation>±{metres} m</translation>
        </message>
        <message numerus="yes">
            <source>%n photos can be placed</source>
            <translation>
                <numerusform>%n fotografija može da se postavi</numerusform>
                <numerusform>%n fotografije mogu da se postave</numerusform>
                <numerusform>%n fotografija može da se postavi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot</source>
            <translation>
                <numerusform>%n ne može</numerusform>
                <numerusform>%n ne mogu</numerusform>
                <numerusform>%n ne može</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos are in cameras placed by hand: the photos get their new position, the cameras keep their place</source>
            <translation>
                <numerusform>%n fotografija je u ručno postavljenoj kameri: fotografija dobija novi položaj, kamera zadržava svoje mesto</numerusform>
                <numerusform>%n fotografije su u ručno postavljenim kamerama: fotografije dobijaju novi položaj, kamere zadržavaju svoje mesto</numerusform>
                <numerusform>%n fotografija je u ručno postavljenim kamerama: fotografije dobijaju novi položaj, kamere zadržavaju svoje mesto</numerusform>
            </translation>
        </message>
        <message>
            <source>dry run: nothing was changed</source>
            <translation>proba: ništa nije promenjeno</translation>
        </message>
        <message numerus="yes">
            <source>%n photos geotagged</source>
            <translation>
                <numerusform>%n fotografija geooznačena</numerusform>
                <numerusform>%n fotografije geooznačene</numerusform>
                <numerusform>%n fotografija geooznačeno</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras joined a camera nearby</source>
            <translation>
                <numerusform>%n kamera pridružena obližnjoj kameri</numerusform>
                <numerusform>%n kamere pridružene obližnjoj kameri</numerusform>
                <numerusform>%n kamera pridruženo obližnjoj kameri</numerusform>
            </translation>
        </message>
        <message>
            <source>to undo: surveyapp geotag --undo</source>
            <translation>za poništavanje: surveyapp geotag --undo</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras placed by hand kept their place (their photos were geotagged all the same):</source>
            <translation>
                <numerusform>%n ručno postavljena kamera zadržala je svoje mesto (njene fotografije su ipak geooznačene):</numerusform>
                <numerusform>%n ručno postavljene kamere zadržale su svoje mesto (njihove fotografije su ipak geooznačene):</numerusform>
                <numerusform>%n ručno postavljenih kamera zadržalo je svoje mesto (njihove fotografije su ipak geooznačene):</numerusform>
            </translation>
        </message>
        <message>
            <source>change settings: name=TEXT blur=on|off time_zone=ZONE</source>
            <translation>promena podešavanja: name=TEKST blur=on|off time_zone=ZONA</translation>
        </message>
        <message>
            <source>'{item}' is not name=TEXT, blur=on|off or time_zone=ZONE</source>
            <translation>'{item}' nije name=TEKST, blur=on|off ni time_zone=ZONA</translation>
        </message>
        <message>
            <source>blur is on or off, not '{value}'</source>
            <translation>blur je on ili off, a ne „{value}”</translation>
        </message>
        <message>
            <source>survey: {name}</source>
            <translation>istraživanje: {name}</translation>
        </message>
        <message>
            <source>blur faces and licence plates in shared photos: on</source>
            <translation>zamućivanje lica i tablica na deljenim fotografijama: uključeno</translation>
        </message>
        <message>
            <source>blur faces and licence plates in shared photos: off</source>
            <translation>zamućivanje lica i tablica na deljenim fotografijama: isključeno</translation>
        </message>
        <message>
            <source>time zone of photos without one: {zone}</source>
            <translation>vremenska zona fotografija koje je nemaju: {zone}</translation>
        </message>
        <message>
            <source>a survey name has 1 to 200 characters</source>
            <translation>naziv istraživanja ima od 1 do 200 znakova</translation>
        </message>
        <message numerus="yes">
            <source>%n photos will be shared again with the new setting</source>
            <translation>
                <numerusform>%n fotografija će ponovo biti podeljena sa novim podešavanjem</numerusform>
                <numerusform>%n fotografije će ponovo biti podeljene sa novim podešavanjem</numerusform>
                <numerusform>%n fotografija će ponovo biti podeljeno sa novim podešavanjem</numerusform>
            </translation>
        </message>
        <message>
            <source>SQLAlchemy URL: {sqlite} or {postgresql} (default: {variable} or {file_name} in the per-user data folder)</source>
            <translation>SQLAlchemy URL: {sqlite} ili {postgresql} (podrazumevano: {variable} ili {file_name} u korisnikovoj fascikli s podacima)</translation>
        </message>
        <message>
            <source>run and administer the team's sync server</source>
            <translation>pokreni server za sinhronizaciju tima i upravljaj njime</translation>
        </message>
        <message>
            <source>serve the sync API (OpenAPI at /docs)</source>
            <translation>pokreni API za sinhronizaciju (OpenAPI na /docs)</translation>
        </message>
        <message>
            <source>address to listen on (default {host})</source>
            <translation>adresa na kojoj se sluša (podrazumevano {host})</translation>
        </message>
        <message>
            <source>port (default {port})</source>
            <translation>port (podrazumevano {port})</translation>
        </message>
        <message>
            <source>folder for photo blobs (default: beside the database, or {folder} in the per-user data folder)</source>
            <translation>fascikla za datoteke fotografija (podrazumevano: pored baze ili {folder} u korisnikovoj fascikli s podacima)</translation>
        </message>
        <message>
            <source>largest photo accepted, in MB (default {size})</source>
            <translation>najveća prihvaćena fotografija, u MB (podrazumevano {size})</translation>
        </message>
        <message>
            <source>delete a shared photo copy this many hours after no photo names it (default 24)</source>
            <translation>obriši deljenu kopiju fotografije ovoliko sati nakon što je nijedna fotografija više ne navodi (podrazumevano 24)</translation>
        </message>
        <message>
            <source>server processes sharing the port (PostgreSQL only; default {count})</source>
            <translation>serverski procesi koji dele port (samo PostgreSQL; podrazumevano {count})</translation>
        </message>
        <message>
            <source>requests a second one token may make, in each process; 0: no limit (default {rate})</source>
            <translation>zahteva u sekundi koje jedan token sme da pošalje, u svakom procesu; 0: bez ograničenja (podrazumevano {rate})</translation>
        </message>
        <message>
            <source>the public map at /</source>
            <translation>javna mapa na /</translation>
        </message>
        <message>
            <source>the public page's title</source>
            <translation>naslov javne stranice</translation>
        </message>
        <message>
            <source>the public page's language (default: each visitor's browser's, else English)</source>
            <translation>jezik javne stranice (podrazumevano: jezik pregledača svakog posetioca, inače engleski)</translation>
        </message>
        <message>
            <source>the public page's about text</source>
            <translation>opis javne stranice</translation>
        </message>
        <message>
            <source>the background map's tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (default: none, the cameras alone)</source>
            <translation>pločice pozadinske mape, npr. https://tile.openstreetmap.org/{z}/{x}/{y}.png (podrazumevano: nijedne, samo kamere)</translation>
        </message>
        <message>
            <source>the tiles' attribution text</source>
            <translation>tekst atribucije pločica</translation>
        </message>
        <message>
            <source>publish a camera that two volunteers photographed even before a reviewer looked (never one a reviewer disputed or removed)</source>
            <translation>objavi kameru koju su fotografisala dva volontera i pre nego što je recenzent pogleda (nikad onu koju je recenzent osporio ili uklonio)</translation>
        </message>
        <message>
            <source>an offline map area (a .basemap.sqlite file the desktop app made from an OSM extract, or a folder of them) that names each published camera's street and district; may be repeated</source>
            <translation>područje mape bez mreže (datoteka .basemap.sqlite koju je aplikacija napravila od OSM izvoda, ili fascikla takvih datoteka) iz koje se čitaju ulica i kvart svake objavljene kamere; može se ponoviti</translation>
        </message>
        <message>
            <source>add a user; prints their token (shown only once)</source>
            <translation>dodaj korisnika; ispisuje njegov token (samo jednom)</translation>
        </message>
        <message>
            <source>a pseudonym (the server stores nothing else about them)</source>
            <translation>pseudonim (server ne čuva ništa drugo o osobi)</translation>
        </message>
        <message>
            <source>give a user another role (the running server acts on it at once)</source>
            <translation>dodeli korisniku drugu ulogu (server koji radi primenjuje je odmah)</translation>
        </message>
        <message>
            <source>revoke a user's token</source>
            <translation>opozovi token korisnika</translation>
        </message>
        <message>
            <source>give a user a new token in place of their old one (shown only once)</source>
            <translation>daj korisniku novi token umesto starog (prikazuje se samo jednom)</translation>
        </message>
        <message>
            <source>the users, their roles, revoked tokens</source>
            <translation>korisnici, njihove uloge, opozvani tokeni</translation>
        </message>
        <message>
            <source>cannot open the server database: its driver {driver} is not installed; write postgresql+psycopg://USER@HOST/DB or sqlite:///PATH</source>
            <translation>baza servera ne može da se otvori: njen drajver {driver} nije instaliran; napišite postgresql+psycopg://USER@HOST/DB ili sqlite:///PATH</translation>
        </message>
        <message>
            <source>cannot open the server database: {reason}</source>
            <translation>baza servera ne može da se otvori: {reason}</translation>
        </message>
        <message>
            <source>upgraded the server database's schema from {old} to {new}</source>
            <translation>šema baze servera je nadograđena sa {old} na {new}</translation>
        </message>
        <message>
            <source>{option} must be between {low} and {high}</source>
            <translation>{option} mora biti između {low} i {high}</translation>
        </message>
        <message>
            <source>{option} must be positive</source>
            <translation>{option} mora biti pozitivan</translation>
        </message>
        <message>
            <source>SQLite serves one process: use PostgreSQL for {option} above 1</source>
            <translation>SQLite opslužuje jedan proces: za {option} veće od 1 koristite PostgreSQL</translation>
        </message>
        <message>
            <source>{path} is no offline map area (a .basemap.sqlite file, or a folder of them)</source>
            <translation>{path} nije područje mape bez mreže (datoteka .basemap.sqlite ili fascikla takvih datoteka)</translation>
        </message>
        <message>
            <source>Added {role} {name}. Their token (shown only this once):</source>
            <translation>Dodat {name} ({role}). Njegov token (prikazuje se samo ovaj put):</translation>
        </message>
        <message>
            <source>{name} is a {role} already</source>
            <translation>{name} već ima ulogu {role}</translation>
        </message>
        <message>
            <source>{name} is now a {role} (was a {was})</source>
            <translation>{name} sada ima ulogu {role} (ranije: {was})</translation>
        </message>
        <message>
            <source>revoked the token of {name}</source>
            <translation>token korisnika {name} je opozvan</translation>
        </message>
        <message>
            <source>New token of {name}; the old one no longer works (shown only this once):</source>
            <translation>Novi token za {name}; stari više ne radi (prikazuje se samo ovaj put):</translation>
        </message>
        <message>
            <source>what to check: likely duplicates, cameras already in OSM, missing data and originals</source>
            <translation>šta treba proveriti: verovatni duplikati, kamere već u OSM-u, podaci i originali koji nedostaju</translation>
        </message>
        <message>
            <source>no warnings</source>
            <translation>nema upozorenja</translation>
        </message>
        <message>
            <source>put the latest good backup in place of a damaged survey</source>
            <translation>postavi poslednju ispravnu rezervnu kopiju umesto oštećenog istraživanja</translation>
        </message>
        <message>
            <source>this backup file, not the latest</source>
            <translation>ova datoteka rezervne kopije, ne poslednja</translation>
        </message>
        <message>
            <source>list the backups, change nothing</source>
            <translation>prikaži rezervne kopije, ništa ne menjaj</translation>
        </message>
        <message>
            <source>back the survey up now, beside it (SQLite's backup API)</source>
            <translation>napravi rezervnu kopiju istraživanja sada, pored njega (SQLite-ov API za rezervne kopije)</translation>
        </message>
        <message>
            <source>{backup}  cannot be used: {reason}</source>
            <translation>{backup}  ne može da se koristi: {reason}</translation>
        </message>
        <message>
            <source>no backups beside {path}</source>
            <translation>nema rezervnih kopija pored {path}</translation>
        </message>
        <message>
            <source>restored {path} from the backup {backup} (made {made})</source>
            <translation>{path} je vraćen iz rezervne kopije {backup} (napravljene {made})</translation>
        </message>
        <message>
            <source>the damaged file is kept as {path}</source>
            <translation>oštećena datoteka je sačuvana kao {path}</translation>
        </message>
        <message>
            <source>the survey it replaced is kept as {path}</source>
            <translation>istraživanje koje je zamenila sačuvano je kao {path}</translation>
        </message>
        <message numerus="yes">
            <source>warning: the originals of %n photos of the backup are not in the photo library {library}: if it was moved or is on a disk not plugged in, put it back there and run this restore again before anything else, so that the photos imported after the backup are added back too</source>
            <translation>
                <numerusform>upozorenje: original %n fotografije iz rezervne kopije nije u biblioteci fotografija {library}: ako je premeštena ili je na disku koji nije priključen, vratite je tamo i ponovo pokrenite ovo vraćanje pre bilo čega drugog, da bi i fotografije uvezene posle rezervne kopije bile ponovo dodate</numerusform>
                <numerusform>upozorenje: originali %n fotografije iz rezervne kopije nisu u biblioteci fotografija {library}: ako je premeštena ili je na disku koji nije priključen, vratite je tamo i ponovo pokrenite ovo vraćanje pre bilo čega drugog, da bi i fotografije uvezene posle rezervne kopije bile ponovo dodate</numerusform>
                <numerusform>upozorenje: originali %n fotografija iz rezervne kopije nisu u biblioteci fotografija {library}: ako je premeštena ili je na disku koji nije priključen, vratite je tamo i ponovo pokrenite ovo vraćanje pre bilo čega drugog, da bi i fotografije uvezene posle rezervne kopije bile ponovo dodate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the damaged file cannot be read, so nothing says which photos imported after the backup you deleted since: %n were not added back, so that none you withdrew is shared again; their originals are kept in {folder}. Those you shared come back at your next sync; import again those you kept and never shared: surveyapp --db {path} import FILE...</source>
            <translation>
                <numerusform>oštećena datoteka ne može da se pročita, pa se ne zna koje ste od fotografija uvezenih posle rezervne kopije u međuvremenu obrisali: %n fotografija nije ponovo dodata, da se ništa što ste povukli ne bi ponovo delilo; original je sačuvan u {folder}. One koje ste delili vraćaju se pri sledećoj sinhronizaciji; ponovo uvezite one koje ste zadržali a nikad niste delili: surveyapp --db {path} import DATOTEKA...</numerusform>
                <numerusform>oštećena datoteka ne može da se pročita, pa se ne zna koje ste od fotografija uvezenih posle rezervne kopije u međuvremenu obrisali: %n fotografije nisu ponovo dodate, da se ništa što ste povukli ne bi ponovo delilo; originali su sačuvani u {folder}. One koje ste delili vraćaju se pri sledećoj sinhronizaciji; ponovo uvezite one koje ste zadržali a nikad niste delili: surveyapp --db {path} import DATOTEKA...</numerusform>
                <numerusform>oštećena datoteka ne može da se pročita, pa se ne zna koje ste od fotografija uvezenih posle rezervne kopije u međuvremenu obrisali: %n fotografija nije ponovo dodato, da se ništa što ste povukli ne bi ponovo delilo; originali su sačuvani u {folder}. One koje ste delili vraćaju se pri sledećoj sinhronizaciji; ponovo uvezite one koje ste zadržali a nikad niste delili: surveyapp --db {path} import DATOTEKA...</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos imported after the backup were added back from the library; other changes made after it are lost</source>
            <translation>
                <numerusform>%n fotografija uvezena posle rezervne kopije je ponovo dodata iz biblioteke; ostale izmene napravljene posle nje su izgubljene</numerusform>
                <numerusform>%n fotografije uvezene posle rezervne kopije su ponovo dodate iz biblioteke; ostale izmene napravljene posle nje su izgubljene</numerusform>
                <numerusform>%n fotografija uvezenih posle rezervne kopije je ponovo dodato iz biblioteke; ostale izmene napravljene posle nje su izgubljene</numerusform>
            </translation>
        </message>
        <message>
            <source>undo the last camera edit made from the command line</source>
            <translation>opozovi poslednju izmenu kamere napravljenu iz komandne linije</translation>
        </message>
        <message>
            <source>when the last edit's undo is refused (changed since, not allowed), set that edit aside without undoing it (it stays as it is and is never undone later) and undo the one before it</source>
            <translation>kada je opoziv poslednje izmene odbijen (promenjena od tada, nije dozvoljeno), ostavi tu izmenu po strani bez opoziva (ostaje kakva jeste i nikada se kasnije ne opoziva) i opozovi onu pre nje</translation>
        </message>
        <message>
            <source>redo the camera edit undone last</source>
            <translation>ponovi poslednju opozvanu izmenu kamere</translation>
        </message>
        <message>
            <source>when the redo of the edit undone last is refused (changed since, not allowed), set that edit aside without redoing it (it stays undone and is never redone later) and redo the one after it</source>
            <translation>kada je ponavljanje poslednje opozvane izmene odbijeno (promenjena od tada, nije dozvoljeno), ostavi tu izmenu po strani bez ponavljanja (ostaje opozvana i nikada se kasnije ne ponavlja) i ponovi onu posle nje</translation>
        </message>
        <message>
            <source>set aside, not redone: {edit} (it stays undone)</source>
            <translation>ostavljeno po strani, nije ponovljeno: {edit} (ostaje opozvano)</translation>
        </message>
        <message>
            <source>set aside, not undone: {edit} (it stays as it is)</source>
            <translation>ostavljeno po strani, nije opozvano: {edit} (ostaje kakvo jeste)</translation>
        </message>
        <message>
            <source>there is no edit after it to redo</source>
            <translation>nema izmene posle nje za ponavljanje</translation>
        </message>
        <message>
            <source>there is no edit before it to undo</source>
            <translation>nema izmene pre nje za opoziv</translation>
        </message>
        <message>
            <source>undone: {edit}</source>
            <translation>opozvano: {edit}</translation>
        </message>
        <message>
            <source>redone: {edit}</source>
            <translation>ponovljeno: {edit}</translation>
        </message>
        <message>
            <source>{error}
`surveyapp redo --skip` sets the {name} aside (it stays undone) and redoes the {before} after it</source>
            <translation>{error}
`surveyapp redo --skip` ostavlja operaciju „{name}“ po strani (ostaje opozvana) i ponavlja operaciju „{before}“ posle nje</translation>
        </message>
        <message>
            <source>{error}
`surveyapp redo --skip` sets the {name} aside (it stays undone)</source>
            <translation>{error}
`surveyapp redo --skip` ostavlja operaciju „{name}“ po strani (ostaje opozvana)</translation>
        </message>
        <message>
            <source>{error}
`surveyapp undo --skip` sets the {name} aside (it stays as it is) and undoes the {before} before it</source>
            <translation>{error}
`surveyapp undo --skip` ostavlja operaciju „{name}“ po strani (ostaje kakva jeste) i opoziva operaciju „{before}“ pre nje</translation>
        </message>
        <message>
            <source>{error}
`surveyapp undo --skip` sets the {name} aside (it stays as it is)</source>
            <translation>{error}
`surveyapp undo --skip` ostavlja operaciju „{name}“ po strani (ostaje kakva jeste)</translation>
        </message>
        <message>
            <source>(the server gets the change at the next sync)</source>
            <translation>(server dobija promenu pri sledećoj sinhronizaciji)</translation>
        </message>
        <message>
            <source>sync with the team's server (status: what is waiting; fetch: a photo)</source>
            <translation>sinhronizuj sa serverom tima (`status`: šta čeka; `fetch`: fotografija)</translation>
        </message>
        <message>
            <source>keep the token in the OS keyring</source>
            <translation>sačuvaj token u sistemskom privesku ključeva</translation>
        </message>
        <message>
            <source>print the run's summary as JSON</source>
            <translation>ispiši rezime sinhronizacije kao JSON</translation>
        </message>
        <message>
            <source>show what would leave the laptop; no network</source>
            <translation>prikaži šta bi napustilo računar; bez mreže</translation>
        </message>
        <message>
            <source>changes and photos waiting, recent runs</source>
            <translation>izmene i fotografije na čekanju, skorašnje sinhronizacije</translation>
        </message>
        <message>
            <source>drop changes the server refused and take the server's values back</source>
            <translation>odbaci izmene koje je server odbio i vrati vrednosti sa servera</translation>
        </message>
        <message>
            <source>the record's id (or a prefix of 4+ characters)</source>
            <translation>id zapisa (ili njegov početak od 4 ili više znakova)</translation>
        </message>
        <message>
            <source>every refused change</source>
            <translation>sve odbijene izmene</translation>
        </message>
        <message>
            <source>download someone else's photo into the library</source>
            <translation>preuzmi tuđu fotografiju u biblioteku</translation>
        </message>
        <message>
            <source>photo id or sha256</source>
            <translation>id ili sha256 fotografije</translation>
        </message>
        <message>
            <source>the server's address</source>
            <translation>adresa servera</translation>
        </message>
        <message>
            <source>your token (else $SURVEYAPP_TOKEN, or the keyring)</source>
            <translation>vaš token (inače $SURVEYAPP_TOKEN, ili privezak ključeva)</translation>
        </message>
        <message>
            <source>'{server}' is not a server address (http://... or https://...)</source>
            <translation>„{server}” nije adresa servera (http://... ili https://...)</translation>
        </message>
        <message>
            <source>give the server: --server URL</source>
            <translation>navedite server: --server URL</translation>
        </message>
        <message>
            <source>put off: {item}</source>
            <translation>odloženo: {item}</translation>
        </message>
        <message>
            <source>everything is in sync</source>
            <translation>sve je sinhronizovano</translation>
        </message>
        <message>
            <source>this laptop has sent everything</source>
            <translation>ovaj računar je poslao sve</translation>
        </message>
        <message numerus="yes">
            <source>%n changes were refused by the server: see `surveyapp sync status`; `surveyapp sync discard ID` (or --all) drops them and takes the server's values</source>
            <translation>
                <numerusform>server je odbio %n izmenu: vidite `surveyapp sync status`; `surveyapp sync discard ID` (ili --all) je odbacuje i vraća vrednosti sa servera</numerusform>
                <numerusform>server je odbio %n izmene: vidite `surveyapp sync status`; `surveyapp sync discard ID` (ili --all) ih odbacuje i vraća vrednosti sa servera</numerusform>
                <numerusform>server je odbio %n izmena: vidite `surveyapp sync status`; `surveyapp sync discard ID` (ili --all) ih odbacuje i vraća vrednosti sa servera</numerusform>
            </translation>
        </message>
        <message>
            <source>{changes} and {photos} still waiting: sync again</source>
            <translation>još čeka {changes} i {photos}: sinhronizujte ponovo</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n izmena</numerusform>
                <numerusform>%n izmene</numerusform>
                <numerusform>%n izmena</numerusform>
            </translation>
        </message>
        <message>
            <source>{sent} ({merged}), {photos}, {pulled} ({received})</source>
            <translation>{sent} ({merged}), {photos}, {pulled} ({received})</translation>
        </message>
        <message numerus="yes">
            <source>%n merged with others' edits</source>
            <translation>
                <numerusform>%n spojena sa tuđim izmenama</numerusform>
                <numerusform>%n spojene sa tuđim izmenama</numerusform>
                <numerusform>%n spojeno sa tuđim izmenama</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes pulled</source>
            <translation>
                <numerusform>%n izmena preuzeta</numerusform>
                <numerusform>%n izmene preuzete</numerusform>
                <numerusform>%n izmena preuzeto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new here</source>
            <translation>
                <numerusform>%n nova ovde</numerusform>
                <numerusform>%n nove ovde</numerusform>
                <numerusform>%n novih ovde</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n surveys</source>
            <translation>
                <numerusform>%n istraživanje</numerusform>
                <numerusform>%n istraživanja</numerusform>
                <numerusform>%n istraživanja</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes would be pushed ({kinds}; {deletions})</source>
            <translation>
                <numerusform>%n izmena bi bila poslata ({kinds}; {deletions})</numerusform>
                <numerusform>%n izmene bi bile poslate ({kinds}; {deletions})</numerusform>
                <numerusform>%n izmena bi bilo poslato ({kinds}; {deletions})</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>nijedno</translation>
        </message>
        <message numerus="yes">
            <source>%n deletions</source>
            <translation>
                <numerusform>%n brisanje</numerusform>
                <numerusform>%n brisanja</numerusform>
                <numerusform>%n brisanja</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n refused changes (not sent again; `surveyapp sync discard`)</source>
            <translation>
                <numerusform>i %n odbijena izmena (ne šalje se ponovo; `surveyapp sync discard`)</numerusform>
                <numerusform>i %n odbijene izmene (ne šalju se ponovo; `surveyapp sync discard`)</numerusform>
                <numerusform>i %n odbijenih izmena (ne šalju se ponovo; `surveyapp sync discard`)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos would be uploaded (shareable copies, never the originals)</source>
            <translation>
                <numerusform>%n fotografija bi bila otpremljena (kopije za deljenje, nikad originali)</numerusform>
                <numerusform>%n fotografije bi bile otpremljene (kopije za deljenje, nikad originali)</numerusform>
                <numerusform>%n fotografija bi bilo otpremljeno (kopije za deljenje, nikad originali)</numerusform>
            </translation>
        </message>
        <message>
            <source>warning: the token was not saved: {error}; give it again next time (--token, or $SURVEYAPP_TOKEN)</source>
            <translation>upozorenje: token nije sačuvan: {error}; navedite ga ponovo sledeći put (--token, ili $SURVEYAPP_TOKEN)</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Sinhronizacija</translation>
        </message>
        <message>
            <source>retry: {reason}</source>
            <translation>novi pokušaj: {reason}</translation>
        </message>
        <message>
            <source>interrupted: what was sent is kept; sync again to finish</source>
            <translation>prekinuto: poslato je sačuvano; sinhronizujte ponovo da završite</translation>
        </message>
        <message>
            <source>{error}; nothing was lost: the changes wait for a new token</source>
            <translation>{error}; ništa nije izgubljeno: izmene čekaju novi token</translation>
        </message>
        <message>
            <source>{error}; nothing was lost: sync again later</source>
            <translation>{error}; ništa nije izgubljeno: sinhronizujte ponovo kasnije</translation>
        </message>
        <message>
            <source>refused: {item}</source>
            <translation>odbijena: {item}</translation>
        </message>
        <message>
            <source>(surveyapp sync discard ID, or --all: drop them and take the server's values)</source>
            <translation>(surveyapp sync discard ID, ili --all: odbacite ih i vratite vrednosti sa servera)</translation>
        </message>
        <message>
            <source>recent runs:</source>
            <translation>skorašnje sinhronizacije:</translation>
        </message>
        <message>
            <source>{when}  {server}  pushed {pushed}, pulled {pulled}, photos {photos}, errors {errors}: {result}</source>
            <translation>{when}  {server}  poslato {pushed}, preuzeto {pulled}, fotografija {photos}, grešaka {errors}: {result}</translation>
        </message>
        <message>
            <source>discarded: {item}</source>
            <translation>odbačena: {item}</translation>
        </message>
        <message numerus="yes">
            <source>'{photo}' names %n photos (give its id or sha256)</source>
            <translation>
                <numerusform>„{photo}” označava %n fotografiju (navedite njen id ili sha256)</numerusform>
                <numerusform>„{photo}” označava %n fotografije (navedite njen id ili sha256)</numerusform>
                <numerusform>„{photo}” označava %n fotografija (navedite njen id ili sha256)</numerusform>
            </translation>
        </message>
        <message>
            <source>a user name is 1 to {count} characters</source>
            <translation>ime korisnika ima od 1 do {count} znakova</translation>
        </message>
        <message>
            <source>unknown role {role}; choose one of {roles}</source>
            <translation>nepoznata uloga {role}; izaberite jednu od: {roles}</translation>
        </message>
        <message>
            <source>a user named {name} exists already</source>
            <translation>korisnik po imenu {name} već postoji</translation>
        </message>
        <message>
            <source>no user named {name}</source>
            <translation>nema korisnika po imenu {name}</translation>
        </message>
    </context>
    <context>
        <name>database</name>
        <message>
            <source>the backup could not be written in {folder}: {reason}</source>
            <translation>rezervna kopija nije mogla da se upiše u {folder}: {reason}</translation>
        </message>
        <message>
            <source>the backup could not be put back in {folder}: {reason}</source>
            <translation>rezervna kopija nije mogla da se vrati u {folder}: {reason}</translation>
        </message>
        <message>
            <source>it is not a file</source>
            <translation>to nije datoteka</translation>
        </message>
        <message>
            <source>it is empty (0 bytes): cut short</source>
            <translation>prazna je (0 bajtova): skraćena</translation>
        </message>
        <message>
            <source>it is damaged or cut short ({detail})</source>
            <translation>oštećena je ili skraćena ({detail})</translation>
        </message>
        <message>
            <source>it is no SurveyApp survey</source>
            <translation>to nije SurveyApp istraživanje</translation>
        </message>
        <message>
            <source>its schema {revision} is none this SurveyApp knows (another program's file, or a newer SurveyApp's)</source>
            <translation>ovaj SurveyApp ne poznaje njenu šemu {revision} (datoteka drugog programa ili novijeg SurveyApp-a)</translation>
        </message>
        <message>
            <source>the backup {backup} cannot be used: {reason}</source>
            <translation>rezervna kopija {backup} ne može da se koristi: {reason}</translation>
        </message>
        <message>
            <source>{what}; the survey is as it was</source>
            <translation>{what}; istraživanje je ostalo kakvo je bilo</translation>
        </message>
        <message>
            <source>{path} is open in SurveyApp (the app or a command): close it, then restore the backup</source>
            <translation>{path} je otvoren u SurveyApp-u (aplikaciji ili komandi): zatvorite ga, pa vratite rezervnu kopiju</translation>
        </message>
        <message>
            <source>there is no usable backup of {path}{problems}</source>
            <translation>nema upotrebljive rezervne kopije za {path}{problems}</translation>
        </message>
        <message>
            <source>its last changes are still in {wal}, which SurveyApp cannot read in a read-only folder; copy the folder somewhere writable and open the copy</source>
            <translation>njegove poslednje izmene su još u {wal}, koji SurveyApp ne može da pročita u fascikli samo za čitanje; kopirajte fasciklu na mesto gde može da se piše i otvorite kopiju</translation>
        </message>
        <message>
            <source>{path} is a folder, not a survey database</source>
            <translation>{path} je fascikla, a ne baza podataka istraživanja</translation>
        </message>
        <message>
            <source>{path} is not a file (a named pipe or a device), not a survey database</source>
            <translation>{path} nije datoteka (to je imenovana cev ili uređaj), niti baza podataka istraživanja</translation>
        </message>
        <message>
            <source>there is no survey at {path}, and its folder is read-only</source>
            <translation>na {path} nema istraživanja, a njegova fascikla je samo za čitanje</translation>
        </message>
        <message>
            <source>it was saved by another version of SurveyApp and must be upgraded, which needs write access</source>
            <translation>sačuvala ga je druga verzija programa SurveyApp i mora da se nadogradi, za šta je potreban pristup za pisanje</translation>
        </message>
        <message>
            <source>{path} is not a SurveyApp survey but another program's database (its tables: {tables}); nothing was changed: choose a survey, or a new file name to start one</source>
            <translation>{path} nije SurveyApp istraživanje nego baza podataka drugog programa (njene tabele: {tables}); ništa nije promenjeno: izaberite istraživanje ili novo ime datoteke da započnete novo</translation>
        </message>
        <message>
            <source>the survey database is damaged ({reason}) and there is no backup of it beside it; keep the file: SQLite's .recover may still get its data back</source>
            <translation>baza podataka istraživanja je oštećena ({reason}) i pored nje nema rezervne kopije; sačuvajte datoteku: SQLite-ov .recover možda još može da povrati njene podatke</translation>
        </message>
        <message>
            <source>the survey database is damaged ({reason}): the latest backup is {backup} (made {made}); to go back to it, run: surveyapp --db {path} restore-backup</source>
            <translation>baza podataka istraživanja je oštećena ({reason}): poslednja rezervna kopija je {backup} (napravljena {made}); da biste se vratili na nju, pokrenite: surveyapp --db {path} restore-backup</translation>
        </message>
        <message>
            <source>the survey database {path} is empty (0 bytes) and there is no backup of it; if no survey was ever saved there, delete the file and SurveyApp starts a new one</source>
            <translation>baza podataka istraživanja {path} je prazna (0 bajtova) i nema rezervne kopije; ako tu nikada nije sačuvano istraživanje, obrišite datoteku i SurveyApp će započeti novo</translation>
        </message>
        <message>
            <source>the survey database {path} is empty (0 bytes): the latest backup is {backup} (made {made}); to go back to it, run: surveyapp --db {path} restore-backup</source>
            <translation>baza podataka istraživanja {path} je prazna (0 bajtova): poslednja rezervna kopija je {backup} (napravljena {made}); da biste se vratili na nju, pokrenite: surveyapp --db {path} restore-backup</translation>
        </message>
        <message>
            <source>the file, its folder or its disk does not allow changes</source>
            <translation>datoteka, njena fascikla ili njen disk ne dozvoljavaju izmene</translation>
        </message>
        <message>
            <source>the survey is read-only: {reason}; nothing was changed (commands that only read still work: {path})</source>
            <translation>istraživanje je samo za čitanje: {reason}; ništa nije izmenjeno (komande koje samo čitaju i dalje rade: {path})</translation>
        </message>
        <message>
            <source>the survey database was moved or deleted while SurveyApp had it open; nothing was changed: open it again where it is now ({path})</source>
            <translation>baza podataka istraživanja je premeštena ili obrisana dok ju je SurveyApp držao otvorenom; ništa nije izmenjeno: otvorite je ponovo tamo gde je sada ({path})</translation>
        </message>
        <message>
            <source>the disk is full: this change was not saved, everything saved before it is intact; free some space, then try again ({path})</source>
            <translation>disk je pun: ova izmena nije sačuvana, sve što je sačuvano pre nje je netaknuto; oslobodite malo prostora, pa pokušajte ponovo ({path})</translation>
        </message>
        <message>
            <source>the survey is busy: another program has been writing to it for a minute; nothing was changed, try again when it is done ({path})</source>
            <translation>istraživanje je zauzeto: drugi program u njega piše već minut; ništa nije izmenjeno, pokušajte ponovo kada završi ({path})</translation>
        </message>
        <message>
            <source>the survey database cannot be opened ({reason}): {path}</source>
            <translation>baza podataka istraživanja ne može da se otvori ({reason}): {path}</translation>
        </message>
        <message>
            <source>the disk could not read or write the survey database ({reason}); nothing more was changed: check the disk, then open the survey again ({path})</source>
            <translation>disk nije mogao da pročita ili upiše bazu podataka istraživanja ({reason}); ništa više nije izmenjeno: proverite disk, pa ponovo otvorite istraživanje ({path})</translation>
        </message>
        <message>
            <source>This database was written by a newer version of SurveyApp (schema {schema}); this version knows schemas up to {head}. Install the newer SurveyApp to open it.</source>
            <translation>Ovu bazu podataka je zapisala novija verzija SurveyApp-a (šema {schema}); ova verzija poznaje šeme do {head}. Instalirajte noviji SurveyApp da biste je otvorili.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>photo {photo} ({name}) cannot be shared: its original is missing from the library ({path}): import its file again to put it back</source>
            <translation>fotografija {photo} ({name}) ne može da se deli: njen original nedostaje u biblioteci ({path}): ponovo uvezite njenu datoteku da biste ga vratili</translation>
        </message>
        <message>
            <source>photo {photo} ({name}) cannot be shared: {path}: {reason}</source>
            <translation>fotografija {photo} ({name}) ne može da se deli: {path}: {reason}</translation>
        </message>
        <message>
            <source>photo {photo} ({name}): {error}</source>
            <translation>fotografija {photo} ({name}): {error}</translation>
        </message>
    </context>
    <context>
        <name>families</name>
        <message>
            <source>IPC6000 series (IPC6xxx-WD, -IR, -VRZ, -Z30)</source>
            <translation>serija IPC6000 (IPC6xxx-WD, -IR, -VRZ, -Z30)</translation>
        </message>
        <message>
            <source>IPC6000 series number (IPC6xxx, not IPC60xx)</source>
            <translation>broj serije IPC6000 (IPC6xxx, ne IPC60xx)</translation>
        </message>
        <message>
            <source>SDC series with -10- (M2141-10-EI, D3220-10-SIU)</source>
            <translation>serija SDC sa -10- (M2141-10-EI, D3220-10-SIU)</translation>
        </message>
        <message>
            <source>SDC series suffix (-EI, -EFL, -FLI, -HLI, -SIU, -Z48, -E-Z31M)</source>
            <translation>nastavak serije SDC (-EI, -EFL, -FLI, -HLI, -SIU, -Z48, -E-Z31M)</translation>
        </message>
        <message>
            <source>SDC series number (M2141, D3220, X6921)</source>
            <translation>broj serije SDC (M2141, D3220, X6921)</translation>
        </message>
        <message>
            <source>C/D/M/X and four digits (SDC naming)</source>
            <translation>C/D/M/X i četiri cifre (SDC imenovanje)</translation>
        </message>
        <message>
            <source>C-series bullet -I-P/-I-PU (C2120-I-P, C2150-10-I-PU)</source>
            <translation>bullet kamera C serije -I-P/-I-PU (C2120-I-P, C2150-10-I-PU)</translation>
        </message>
        <message>
            <source>IPC6xxx with another suffix</source>
            <translation>IPC6xxx sa drugim nastavkom</translation>
        </message>
        <message>
            <source>DS-2CD network camera</source>
            <translation>DS-2CD mrežna kamera</translation>
        </message>
        <message>
            <source>DS-2CE Turbo HD analogue camera</source>
            <translation>DS-2CE Turbo HD analogna kamera</translation>
        </message>
        <message>
            <source>DS-2CC analogue camera</source>
            <translation>DS-2CC analogna kamera</translation>
        </message>
        <message>
            <source>DS-2CV Wi-Fi and cube camera</source>
            <translation>DS-2CV Wi-Fi i kocka kamera</translation>
        </message>
        <message>
            <source>DS-2CFS 4G/solar camera</source>
            <translation>DS-2CFS 4G/solarna kamera</translation>
        </message>
        <message>
            <source>DS-2DE PTZ speed dome</source>
            <translation>DS-2DE PTZ brza kupola</translation>
        </message>
        <message>
            <source>DS-2AE Turbo HD PTZ speed dome</source>
            <translation>DS-2AE Turbo HD PTZ brza kupola</translation>
        </message>
        <message>
            <source>DS-2DF speed dome</source>
            <translation>DS-2DF brza kupola</translation>
        </message>
        <message>
            <source>DS-2DP PanoVu panoramic PTZ</source>
            <translation>DS-2DP PanoVu panoramska PTZ</translation>
        </message>
        <message>
            <source>DS-2SE/2SF/2SK TandemVu</source>
            <translation>DS-2SE/2SF/2SK TandemVu</translation>
        </message>
        <message>
            <source>DS-2XS/2XE solar and explosion-proof</source>
            <translation>DS-2XS/2XE solarna i protiveksplozivna</translation>
        </message>
        <message>
            <source>DS-2PT panoramic PTZ</source>
            <translation>DS-2PT panoramska PTZ</translation>
        </message>
        <message>
            <source>DS-2TD thermal camera</source>
            <translation>DS-2TD termalna kamera</translation>
        </message>
        <message>
            <source>iDS- DeepinView camera</source>
            <translation>iDS- DeepinView kamera</translation>
        </message>
        <message>
            <source>iDS-TCM traffic (ITS) camera</source>
            <translation>iDS-TCM saobraćajna (ITS) kamera</translation>
        </message>
        <message>
            <source>DS-T traffic (ITS/ANPR) camera</source>
            <translation>DS-T saobraćajna (ITS/ANPR) kamera</translation>
        </message>
        <message>
            <source>DS-K video intercom (door and indoor stations)</source>
            <translation>DS-K video interfon (ulazne i unutrašnje jedinice)</translation>
        </message>
        <message>
            <source>AE- mobile (vehicle) camera and recorder</source>
            <translation>AE- mobilna (za vozila) kamera i snimač</translation>
        </message>
        <message>
            <source>DS-2 camera of another series (DS-2DT, DS-2TA, DS-2TP, DS-2ST)</source>
            <translation>DS-2 kamera druge serije (DS-2DT, DS-2TA, DS-2TP, DS-2ST)</translation>
        </message>
        <message>
            <source>DS-I/DS-N value camera (DS-I220, DS-N201)</source>
            <translation>DS-I/DS-N kamera osnovne klase (DS-I220, DS-N201)</translation>
        </message>
        <message>
            <source>PCI-/ECI- value camera (PCI-B15Z2S, ECI-T22F2)</source>
            <translation>PCI-/ECI- kamera osnovne klase (PCI-B15Z2S, ECI-T22F2)</translation>
        </message>
        <message>
            <source>HIKMICRO HM-TD/HM-TX thermal camera</source>
            <translation>HIKMICRO HM-TD/HM-TX termalna kamera</translation>
        </message>
        <message>
            <source>DS- product code</source>
            <translation>DS- šifra proizvoda</translation>
        </message>
        <message>
            <source>DS-2CD/2CE/2CV/2DE/2AE/2DF number with DS- left off (2CD1043G1-I)</source>
            <translation>broj DS-2CD/2CE/2CV/2DE/2AE/2DF napisan bez DS- (2CD1043G1-I)</translation>
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
            <translation>HiLook THC- Turbo HD analogna kamera</translation>
        </message>
        <message>
            <source>EZVIZ CS- part number</source>
            <translation>EZVIZ CS- kataloški broj</translation>
        </message>
        <message>
            <source>LTS Platinum CMIP/LXIP/PTZIP and HD-TVI CMHT</source>
            <translation>LTS Platinum CMIP/LXIP/PTZIP i HD-TVI CMHT</translation>
        </message>
        <message>
            <source>TruVision TVB/TVD/TVT (Interlogix)</source>
            <translation>TruVision TVB/TVD/TVT (Interlogix)</translation>
        </message>
        <message>
            <source>Annke series + I-code (C800-I91BN, FCD600-I51FS)</source>
            <translation>Annke serija + I-oznaka (C800-I91BN, FCD600-I51FS)</translation>
        </message>
        <message>
            <source>DH-/DHI- prefixed model</source>
            <translation>model sa prefiksom DH-/DHI-</translation>
        </message>
        <message>
            <source>IPC-H network camera (HDW, HFW, HDBW, HF)</source>
            <translation>IPC-H mrežna kamera (HDW, HFW, HDBW, HF)</translation>
        </message>
        <message>
            <source>IPC-H series written without IPC- (HFW1230S, HDBW2431R-ZS)</source>
            <translation>serija IPC-H napisana bez IPC- (HFW1230S, HDBW2431R-ZS)</translation>
        </message>
        <message>
            <source>IPC-T/IPC-B turret and bullet of the OEM lines (IPC-T5442T-ZE, IPC-T54IR-AS)</source>
            <translation>IPC-T/IPC-B kuglasta i cevasta iz OEM linija (IPC-T5442T-ZE, IPC-T54IR-AS)</translation>
        </message>
        <message>
            <source>IPC-Color4M/4K full-colour camera (EmpireTech, Amcrest)</source>
            <translation>IPC-Color4M/4K kamera u punoj boji (EmpireTech, Amcrest)</translation>
        </message>
        <message>
            <source>IPC-P multi-sensor (PDW, PFW, PDBW, PTS)</source>
            <translation>IPC-P višesenzorska (PDW, PFW, PDBW, PTS)</translation>
        </message>
        <message>
            <source>IPC-E fisheye (EW, EBW)</source>
            <translation>IPC-E riblje oko (EW, EBW)</translation>
        </message>
        <message>
            <source>TPC thermal camera</source>
            <translation>TPC termalna kamera</translation>
        </message>
        <message>
            <source>VTO door station</source>
            <translation>VTO ulazna jedinica</translation>
        </message>
        <message>
            <source>Imou Wi-Fi camera with its resolution code (IPC-K9DCN-3T0WE, IPC-S7XEN-8M0WED)</source>
            <translation>Imou Wi-Fi kamera sa oznakom rezolucije (IPC-K9DCN-3T0WE, IPC-S7XEN-8M0WED)</translation>
        </message>
        <message>
            <source>Picoo/Hero Wi-Fi PT camera without DH- (IPC-P3DP-3F-PV)</source>
            <translation>Picoo/Hero Wi-Fi PT kamera bez DH- (IPC-P3DP-3F-PV)</translation>
        </message>
        <message>
            <source>Imou IPC-A/C/F/K/S consumer camera</source>
            <translation>Imou IPC-A/C/F/K/S kućna kamera</translation>
        </message>
        <message>
            <source>HAC- HDCVI camera</source>
            <translation>HAC- HDCVI kamera</translation>
        </message>
        <message>
            <source>SD speed dome (…-HNR, -GNY)</source>
            <translation>SD brza kupola (…-HNR, -GNY)</translation>
        </message>
        <message>
            <source>SDT dual-lens PTZ</source>
            <translation>SDT PTZ sa dva objektiva</translation>
        </message>
        <message>
            <source>SD speed dome number</source>
            <translation>broj SD brze kupole</translation>
        </message>
        <message>
            <source>ITC traffic/ANPR camera</source>
            <translation>ITC saobraćajna/ANPR kamera</translation>
        </message>
        <message>
            <source>PTZ1xxx/PTZ8xxxx</source>
            <translation>PTZ1xxx/PTZ8xxxx</translation>
        </message>
        <message>
            <source>MPTZ mobile PTZ</source>
            <translation>MPTZ mobilna PTZ</translation>
        </message>
        <message>
            <source>F-series consumer bullet (F4C-LED)</source>
            <translation>kućna cevasta serije F (F4C-LED)</translation>
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
            <translation>Lorex serija E/F/U/W (nastavak AB, CD, AAD, ASD…)</translation>
        </message>
        <message>
            <source>IC Realtime IPEG/IPEL/IPFX/IPMX</source>
            <translation>IC Realtime IPEG/IPEL/IPFX/IPMX</translation>
        </message>
        <message>
            <source>DH- wireless short name (Hero H3A, F5D-PV)</source>
            <translation>DH- kratak naziv bežične (Hero H3A, F5D-PV)</translation>
        </message>
        <message>
            <source>IPC series (IPC2122LB, IPC3614SB, IPC6314LWH)</source>
            <translation>serija IPC (IPC2122LB, IPC3614SB, IPC6314LWH)</translation>
        </message>
        <message>
            <source>Uho consumer line</source>
            <translation>Uho kućna linija</translation>
        </message>
        <message>
            <source>Uniarch IPC-B/D/T/P</source>
            <translation>Uniarch IPC-B/D/T/P</translation>
        </message>
        <message>
            <source>TIC thermal camera (TIC2621SR, TIC3612SA, TIC2A32SA)</source>
            <translation>TIC termalna kamera (TIC2621SR, TIC3612SA, TIC2A32SA)</translation>
        </message>
        <message>
            <source>China-market IPC-H/Q/T/Y and IPC-B/L/Y numbers (IPC-H12H28-A, IPC-L2A4)</source>
            <translation>brojevi IPC-H/Q/T/Y i IPC-B/L/Y za kinesko tržište (IPC-H12H28-A, IPC-L2A4)</translation>
        </message>
        <message>
            <source>IPC and digits</source>
            <translation>IPC i cifre</translation>
        </message>
        <message>
            <source>TC-C/TC-H</source>
            <translation>TC-C/TC-H</translation>
        </message>
        <message>
            <source>TC-H3 pan-tilt number without its last letter (TC-H367)</source>
            <translation>TC-H3 broj pokretne kamere bez poslednjeg slova (TC-H367)</translation>
        </message>
        <message>
            <source>TC-A</source>
            <translation>TC-A</translation>
        </message>
        <message>
            <source>IPC series (IPC2231-FN, IPC425-F233-N)</source>
            <translation>serija IPC (IPC2231-FN, IPC425-F233-N)</translation>
        </message>
        <message>
            <source>LC series</source>
            <translation>serija LC</translation>
        </message>
        <message>
            <source>TD-8xxx/TD-9xxx</source>
            <translation>TD-8xxx/TD-9xxx</translation>
        </message>
        <message>
            <source>LB… form + lens + sensor code (LBH30SS500)</source>
            <translation>LB… oblik + objektiv + oznaka senzora (LBH30SS500)</translation>
        </message>
        <message>
            <source>AXIS + product number</source>
            <translation>AXIS + broj proizvoda</translation>
        </message>
        <message>
            <source>P/Q series (P1455-LE, Q6135-LE)</source>
            <translation>serije P/Q (P1455-LE, Q6135-LE)</translation>
        </message>
        <message>
            <source>M series (M10xx-M70xx)</source>
            <translation>serija M (M10xx-M70xx)</translation>
        </message>
        <message>
            <source>F/FA modular series</source>
            <translation>modularna serija F/FA</translation>
        </message>
        <message>
            <source>M/P/Q number with an Axis suffix</source>
            <translation>M/P/Q broj sa Axis nastavkom</translation>
        </message>
        <message>
            <source>M/P/Q/F number without a suffix (P1275)</source>
            <translation>M/P/Q/F broj bez nastavka (P1275)</translation>
        </message>
        <message>
            <source>Explosion-protected XP/XF housing + Q number (XP40-Q1785)</source>
            <translation>protiveksplozivno kućište XP/XF + Q broj (XP40-Q1785)</translation>
        </message>
        <message>
            <source>A8xxx network door station (A8207-VE)</source>
            <translation>A8xxx mrežna ulazna jedinica (A8207-VE)</translation>
        </message>
        <message>
            <source>D2xxx-VE security radar</source>
            <translation>D2xxx-VE sigurnosni radar</translation>
        </message>
        <message>
            <source>N.. IP camera (NBE, NDE, NDP, NDV, NUE, NXF…)</source>
            <translation>IP kamera N.. (NBE, NDE, NDP, NDV, NUE, NXF…)</translation>
        </message>
        <message>
            <source>NBN/NDN three-digit DINION and FLEXIDOME HD (NBN-832V-IP)</source>
            <translation>NBN/NDN trocifrene DINION i FLEXIDOME HD (NBN-832V-IP)</translation>
        </message>
        <message>
            <source>KBE/KBN analogue box camera</source>
            <translation>KBE/KBN analogna kutijasta kamera</translation>
        </message>
        <message>
            <source>MIC ruggedised PTZ (a letter after the number: MIC-7504-Z12BR, MIC-550IR55-P)</source>
            <translation>MIC ojačana PTZ (slovo posle broja: MIC-7504-Z12BR, MIC-550IR55-P)</translation>
        </message>
        <message>
            <source>FCS AVIOTEC</source>
            <translation>FCS AVIOTEC</translation>
        </message>
        <message>
            <source>product line name (FLEXIDOME, AUTODOME, DINION, AVIOTEC)</source>
            <translation>naziv linije proizvoda (FLEXIDOME, AUTODOME, DINION, AVIOTEC)</translation>
        </message>
        <message>
            <source>EX14/EX27 Extreme environmental analogue camera</source>
            <translation>EX14/EX27 analogna kamera za ekstremne uslove</translation>
        </message>
        <message>
            <source>MIC line name (MIC IP fusion 9000i, MIC IP starlight 7100i, MIC inteox 7100i)</source>
            <translation>naziv MIC linije (MIC IP fusion 9000i, MIC IP starlight 7100i, MIC inteox 7100i)</translation>
        </message>
        <message>
            <source>Wisenet A/L/P/Q/T/X series (XNO-, QNV-, PNM-, XNZ-)</source>
            <translation>Wisenet serije A/L/P/Q/T/X (XNO-, QNV-, PNM-, XNZ-)</translation>
        </message>
        <message>
            <source>Samsung Techwin SNB/SND/SNO/SNP/SNV, Lite -L and SmartCam SNH</source>
            <translation>Samsung Techwin SNB/SND/SNO/SNP/SNV, Lite -L i SmartCam SNH</translation>
        </message>
        <message>
            <source>Wisenet HD+ analogue HCB/HCD/HCO/HCP/HCV/HCF</source>
            <translation>Wisenet HD+ analogna HCB/HCD/HCO/HCP/HCV/HCF</translation>
        </message>
        <message>
            <source>WV- model</source>
            <translation>WV- model</translation>
        </message>
        <message>
            <source>resolution + C + H generation (2.0C-H5A-BO1-IR)</source>
            <translation>rezolucija + C + generacija H (2.0C-H5A-BO1-IR)</translation>
        </message>
        <message>
            <source>resolution + H generation + form (2.0-H3M-DO1)</source>
            <translation>rezolucija + generacija H + oblik (2.0-H3M-DO1)</translation>
        </message>
        <message>
            <source>H generation + form, no resolution (H5A-BO-IR, H4A-DO1)</source>
            <translation>generacija H + oblik, bez rezolucije (H5A-BO-IR, H4A-DO1)</translation>
        </message>
        <message>
            <source>Sarix/Optera I-series (IMP231-1ERS, IMM12036)</source>
            <translation>Sarix/Optera serija I (IMP231-1ERS, IMM12036)</translation>
        </message>
        <message>
            <source>Spectra S-series (S7230L-EW1)</source>
            <translation>Spectra serija S (S7230L-EW1)</translation>
        </message>
        <message>
            <source>FD/IB/IP/SD… + number + suffix (FD9391-EHTV)</source>
            <translation>FD/IB/IP/SD… + broj + nastavak (FD9391-EHTV)</translation>
        </message>
        <message>
            <source>FD/IB/FE… + four-character number (IB8369A, IB836BA)</source>
            <translation>FD/IB/FE… + četvoroznakovni broj (IB8369A, IB836BA)</translation>
        </message>
        <message>
            <source>CD/CU + four digits (CD9381-HNTV)</source>
            <translation>CD/CU + četiri cifre (CD9381-HNTV)</translation>
        </message>
        <message>
            <source>AF/AS/BD/BS + 5xxx (AF5127V, BD5336), a shape other products share</source>
            <translation>AF/AS/BD/BS + 5xxx (AF5127V, BD5336), oblik koji dele i drugi proizvodi</translation>
        </message>
        <message>
            <source>MS-C series</source>
            <translation>serija MS-C</translation>
        </message>
        <message>
            <source>MS-C number written without MS- (C2964-RFPE, C2966-X12RPE)</source>
            <translation>broj MS-C napisan bez MS- (C2964-RFPE, C2966-X12RPE)</translation>
        </message>
        <message>
            <source>7 series (M73, S74, Q71)</source>
            <translation>serija 7 (M73, S74, Q71)</translation>
        </message>
        <message>
            <source>MOVE line Mx-VB/VD/VT/BC/MD and SD1A/SD2A PTZ</source>
            <translation>linija MOVE Mx-VB/VD/VT/BC/MD i PTZ SD1A/SD2A</translation>
        </message>
        <message>
            <source>CALIP 30 series</source>
            <translation>serija CALIP 30</translation>
        </message>
        <message>
            <source>HC10/HC20/HC25/HC30/HC35/HC60 series (HC35W45R3)</source>
            <translation>serije HC10/HC20/HC25/HC30/HC35/HC60 (HC35W45R3)</translation>
        </message>
        <message>
            <source>product line (Falcon, Sparrow, Condor, Raven)</source>
            <translation>linija proizvoda (Falcon, Sparrow, Condor, Raven)</translation>
        </message>
        <message>
            <source>Vigilant/Avigilon ALPR (L5F, L5M, L5Q, L6A, L6D, L6Q)</source>
            <translation>Vigilant/Avigilon ALPR (L5F, L5M, L5Q, L6A, L6D, L6Q)</translation>
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
            <translation>koga snima: javna ulica, privatni spoljni prostor, unutrašnji prostor</translation>
        </message>
        <message>
            <source>what it is</source>
            <translation>šta je to</translation>
        </message>
        <message>
            <source>what it watches</source>
            <translation>šta nadzire</translation>
        </message>
        <message>
            <source>housing: fixed, panning, dome</source>
            <translation>kućište: fiksna, pokretna, kupola</translation>
        </message>
        <message>
            <source>what it is fixed to</source>
            <translation>na čemu je postavljena</translation>
        </message>
        <message>
            <source>where it looks</source>
            <translation>kuda gleda</translation>
        </message>
        <message>
            <source>metres above ground</source>
            <translation>metara iznad tla</translation>
        </message>
        <message>
            <source>who runs it</source>
            <translation>ko njome upravlja</translation>
        </message>
        <message>
            <source>the true maker</source>
            <translation>stvarni proizvođač</translation>
        </message>
        <message>
            <source>maker's Q-id</source>
            <translation>Wikidata oznaka (Q…) proizvođača</translation>
        </message>
        <message>
            <source>the label on the housing</source>
            <translation>natpis na kućištu</translation>
        </message>
        <message>
            <source>the model number</source>
            <translation>broj modela</translation>
        </message>
        <message>
            <source>seen = label or model read; shape = judged by its look; unknown</source>
            <translation>seen = pročitan natpis ili model; shape = procenjeno po izgledu; unknown = nepoznato</translation>
        </message>
        <message>
            <source>present, removed, not_found</source>
            <translation>present (postoji), removed (uklonjena), not_found (nije pronađena)</translation>
        </message>
        <message>
            <source>last seen, YYYY-MM-DD</source>
            <translation>poslednji put viđena, GGGG-MM-DD</translation>
        </message>
        <message>
            <source>the volunteer's notes</source>
            <translation>beleške volontera</translation>
        </message>
        <message numerus="yes">
            <source>%n verified cameras have no position: the published map shows them once they are placed ({ids})</source>
            <translation>
                <numerusform>%n proverena kamera nema položaj: objavljena mapa će je prikazati kada bude postavljena ({ids})</numerusform>
                <numerusform>%n proverene kamere nemaju položaj: objavljena mapa će ih prikazati kada budu postavljene ({ids})</numerusform>
                <numerusform>%n proverenih kamera nema položaj: objavljena mapa će ih prikazati kada budu postavljene ({ids})</numerusform>
            </translation>
        </message>
        <message>
            <source>'{text}' is not one of: {values}</source>
            <translation>„{text}” nije jedna od vrednosti: {values}</translation>
        </message>
        <message>
            <source>{field} is not a camera field a reviewer chooses</source>
            <translation>{field} nije polje kamere koje recenzent bira</translation>
        </message>
        <message>
            <source>'{text}' is not a direction: use degrees 0-359 clockwise from north (e.g. 135), a compass point ({points}) or a range (e.g. 90-270)</source>
            <translation>„{text}” nije smer: unesite stepene 0-359 u smeru kazaljke od severa (npr. 135), stranu sveta ({points}) ili raspon (npr. 90-270)</translation>
        </message>
        <message>
            <source>'{text}' is not a height in metres (e.g. 5 or 4.5)</source>
            <translation>„{text}” nije visina u metrima (npr. 5 ili 4.5)</translation>
        </message>
        <message>
            <source>height must be between 0 and 100 metres, not {text}</source>
            <translation>visina mora biti između 0 i 100 metara, a ne {text}</translation>
        </message>
        <message>
            <source>'{text}' is not a date in the form YYYY-MM-DD</source>
            <translation>„{text}” nije datum u obliku GGGG-MM-DD</translation>
        </message>
        <message>
            <source>check_date {text} is in the future</source>
            <translation>check_date {text} je u budućnosti</translation>
        </message>
        <message>
            <source>'{text}' is not a Wikidata id (e.g. Q2347731)</source>
            <translation>„{text}” nije Wikidata oznaka (npr. Q2347731)</translation>
        </message>
        <message>
            <source>'{text}' is not a time zone (e.g. Europe/Belgrade)</source>
            <translation>'{text}' nije vremenska zona (npr. Europe/Belgrade)</translation>
        </message>
        <message>
            <source>text contains control characters</source>
            <translation>tekst sadrži kontrolne znakove</translation>
        </message>
        <message>
            <source>a vendor, brand or slug from `surveyapp vendors` (sets manufacturer)</source>
            <translation>proizvođač, marka ili oznaka iz `surveyapp vendors` (postavlja manufacturer)</translation>
        </message>
        <message>
            <source>any other OSM tag; also {keys}</source>
            <translation>bilo koja druga OSM oznaka; takođe {keys}</translation>
        </message>
        <message>
            <source>{field}: {reason}</source>
            <translation>{field}: {reason}</translation>
        </message>
        <message>
            <source>'{tag}' cannot be used as an extra OSM tag</source>
            <translation>„{tag}” ne može da se koristi kao dodatna OSM oznaka</translation>
        </message>
        <message>
            <source>unknown field '{key}'. Fields: {fields}, vendor; extra OSM tags: {tags}, or any tag as tag:KEY=VALUE</source>
            <translation>nepoznato polje „{key}”. Polja: {fields}, vendor; dodatne OSM oznake: {tags} ili bilo koja oznaka kao tag:KEY=VALUE</translation>
        </message>
        <message>
            <source>text is longer than {limit} characters</source>
            <translation>tekst je duži od {limit} znakova</translation>
        </message>
        <message>
            <source>'{ref}' is too short to name a camera</source>
            <translation>„{ref}” je prekratko da označi kameru</translation>
        </message>
        <message numerus="yes">
            <source>'{ref}' names %n cameras</source>
            <translation>
                <numerusform>„{ref}” označava %n kameru</numerusform>
                <numerusform>„{ref}” označava %n kamere</numerusform>
                <numerusform>„{ref}” označava %n kamera</numerusform>
            </translation>
        </message>
        <message>
            <source>no camera '{ref}'</source>
            <translation>nema kamere „{ref}”</translation>
        </message>
        <message>
            <source>latitude {latitude} is outside -90..90</source>
            <translation>geografska širina {latitude} je van opsega -90..90</translation>
        </message>
        <message>
            <source>longitude {longitude} is outside -180..180</source>
            <translation>geografska dužina {longitude} je van opsega -180..180</translation>
        </message>
        <message>
            <source>none of this camera's photos has a GPS position</source>
            <translation>nijedna fotografija ove kamere nema GPS položaj</translation>
        </message>
        <message>
            <source>merging needs at least two different cameras</source>
            <translation>za spajanje su potrebne bar dve različite kamere</translation>
        </message>
        <message>
            <source>the merged camera's {field} {problem}: shorten it first</source>
            <translation>polje {field} spojene kamere {problem}: prvo ga skratite</translation>
        </message>
        <message>
            <source>name at least one photo to split off</source>
            <translation>navedite bar jednu fotografiju za odvajanje</translation>
        </message>
        <message>
            <source>no photo '{ref}' (give its id or its sha256)</source>
            <translation>nema fotografije „{ref}” (navedite njen id ili sha256)</translation>
        </message>
        <message>
            <source>'{ref}' is too short to name a photo</source>
            <translation>„{ref}” je prekratko da označi fotografiju</translation>
        </message>
        <message numerus="yes">
            <source>'{ref}' names %n photos</source>
            <translation>
                <numerusform>„{ref}” označava %n fotografiju</numerusform>
                <numerusform>„{ref}” označava %n fotografije</numerusform>
                <numerusform>„{ref}” označava %n fotografija</numerusform>
            </translation>
        </message>
        <message>
            <source>vendor: '{text}' is not in the catalogue (see `surveyapp vendors`); set manufacturer=... for a maker that is not listed</source>
            <translation>vendor: „{text}” nije u katalogu (vidi `surveyapp vendors`); za proizvođača kojeg nema na spisku postavite manufacturer=...</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>kamera</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>fotografija</translation>
        </message>
        <message>
            <source>this {kind} was mapped by {owner}: only they or a reviewer can change it</source>
            <translation>{kind}: mapirao/la {owner}; samo ta osoba ili recenzent može da je menja</translation>
        </message>
        <message>
            <source>only the team's reviewers and admins set a camera's review (this laptop syncs as {role})</source>
            <translation>samo recenzenti i administratori tima postavljaju proveru kamere (ovaj računar se sinhronizuje kao {role})</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>još niko</translation>
        </message>
        <message>
            <source>this survey was made by {owner}: only they or a reviewer can change its settings</source>
            <translation>ovo istraživanje je napravio/la {owner}: samo ta osoba ili recenzent može da menja njegova podešavanja</translation>
        </message>
    </context>
    <context>
        <name>file_dialogs</name>
        <message>
            <source>Folder</source>
            <translation>Fascikla</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Pogledaj u:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Datoteke &amp;tipa:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Uvezi</translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message>
            <source>GeoJSON (QGIS, web maps)</source>
            <translation>GeoJSON (QGIS, veb mape)</translation>
        </message>
        <message>
            <source>RFC 7946 points, OSM tags as properties</source>
            <translation>RFC 7946 tačke, OSM oznake kao svojstva</translation>
        </message>
        <message>
            <source>CSV spreadsheet</source>
            <translation>CSV tabela</translation>
        </message>
        <message>
            <source>one row per camera, OSM keys as columns, longitude/latitude</source>
            <translation>jedan red po kameri, OSM ključevi kao kolone, dužina i širina</translation>
        </message>
        <message>
            <source>KML (Google Earth, OsmAnd)</source>
            <translation>KML (Google Earth, OsmAnd)</translation>
        </message>
        <message>
            <source>placemarks with a description table and direction</source>
            <translation>oznake sa tabelom opisa i smerom</translation>
        </message>
        <message>
            <source>OSM XML for JOSM</source>
            <translation>OSM XML za JOSM</translation>
        </message>
        <message>
            <source>new nodes to review in JOSM (never uploaded by SurveyApp)</source>
            <translation>novi čvorovi za proveru u JOSM-u (SurveyApp ih nikad ne šalje)</translation>
        </message>
        <message>
            <source>GPX waypoints</source>
            <translation>GPX tačke</translation>
        </message>
        <message>
            <source>GPX 1.1 waypoints for GPS devices and phone apps</source>
            <translation>GPX 1.1 tačke za GPS uređaje i aplikacije na telefonu</translation>
        </message>
        <message>
            <source>GeoJSON + photos (zip)</source>
            <translation>GeoJSON + fotografije (ZIP)</translation>
        </message>
        <message>
            <source>for journalists: the GeoJSON and privacy-stripped copies of the photos</source>
            <translation>za novinare: GeoJSON i kopije fotografija bez ličnih podataka</translation>
        </message>
    </context>
    <context>
        <name>geotag</name>
        <message>
            <source>'{text}' is not an offset like +02:00 or -00:03:15</source>
            <translation>'{text}' nije pomak poput +02:00 ili -00:03:15</translation>
        </message>
        <message>
            <source>the offset {text} is more than 26 hours</source>
            <translation>pomak {text} je veći od 26 sati</translation>
        </message>
        <message>
            <source>'{name}' is not a time zone (e.g. Europe/Belgrade)</source>
            <translation>'{name}' nije vremenska zona (npr. Europe/Belgrade)</translation>
        </message>
        <message>
            <source>unknown device</source>
            <translation>nepoznat uređaj</translation>
        </message>
        <message>
            <source>given</source>
            <translation>navedenom vrednošću</translation>
        </message>
        <message>
            <source>clock check</source>
            <translation>proveri sata</translation>
        </message>
        <message>
            <source>the photo's own time zone</source>
            <translation>vremenskoj zoni fotografije</translation>
        </message>
        <message>
            <source>other photos of this device</source>
            <translation>drugim fotografijama ovog uređaja</translation>
        </message>
        <message>
            <source>the survey's time zone</source>
            <translation>vremenskoj zoni istraživanja</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>nepoznato</translation>
        </message>
        <message numerus="yes">
            <source>{device}: %n photos with their own GPS position lie {metres} m from the track at their time (median): the clock may be wrong</source>
            <translation>
                <numerusform>{device}: %n fotografija sa sopstvenim GPS položajem je {metres} m od traga u svoje vreme (medijana): sat možda nije tačan</numerusform>
                <numerusform>{device}: %n fotografije sa sopstvenim GPS položajem su {metres} m od traga u svoje vreme (medijana): sat možda nije tačan</numerusform>
                <numerusform>{device}: %n fotografija sa sopstvenim GPS položajem je {metres} m od traga u svoje vreme (medijana): sat možda nije tačan</numerusform>
            </translation>
        </message>
        <message>
            <source>{doubt}; their places on the track give {offset}</source>
            <translation>{doubt}; njihova mesta na tragu daju {offset}</translation>
        </message>
        <message numerus="yes">
            <source>{device}: %n photos are placed at {offset}, though their times say {written}: their capture times are kept as the device wrote them (photos and exports say {written})</source>
            <translation>
                <numerusform>{device}: %n fotografija je postavljena na {offset}, iako njeno vreme kaže {written}: njeno vreme snimanja ostaje kako ga je aparat zapisao (fotografije i izvozi kažu {written})</numerusform>
                <numerusform>{device}: %n fotografije su postavljene na {offset}, iako njihova vremena kažu {written}: njihova vremena snimanja ostaju kako ih je aparat zapisao (fotografije i izvozi kažu {written})</numerusform>
                <numerusform>{device}: %n fotografija je postavljeno na {offset}, iako njihova vremena kažu {written}: njihova vremena snimanja ostaju kako ih je aparat zapisao (fotografije i izvozi kažu {written})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>'{ref}' names %n photos: give the start of its sha256 (surveyapp photos lists it)</source>
            <translation>
                <numerusform>„{ref}” označava %n fotografiju: navedite početak njenog sha256 (surveyapp photos ga navodi)</numerusform>
                <numerusform>„{ref}” označava %n fotografije: navedite početak njenog sha256 (surveyapp photos ga navodi)</numerusform>
                <numerusform>„{ref}” označava %n fotografija: navedite početak njenog sha256 (surveyapp photos ga navodi)</numerusform>
            </translation>
        </message>
        <message>
            <source>no photo or camera '{ref}'</source>
            <translation>nema fotografije ni kamere „{ref}”</translation>
        </message>
        <message>
            <source>has a GPS position of its own</source>
            <translation>ima sopstveni GPS položaj</translation>
        </message>
        <message>
            <source>mapped by {owner}: only they or a reviewer can move it</source>
            <translation>mapirao/la {owner}: samo ta osoba ili recenzent može da je pomeri</translation>
        </message>
        <message>
            <source>no capture time</source>
            <translation>nema vremena snimanja</translation>
        </message>
        <message>
            <source>time zone unknown: give an offset, or set the survey's time zone</source>
            <translation>vremenska zona nepoznata: navedite pomak ili podesite vremensku zonu istraživanja</translation>
        </message>
        <message>
            <source>too inaccurate to place it (± {km} km)</source>
            <translation>previše neprecizno da bi se postavila (± {km} km)</translation>
        </message>
        <message>
            <source>this photo has no capture time to correct</source>
            <translation>ova fotografija nema vreme snimanja koje bi se ispravilo</translation>
        </message>
        <message>
            <source>the track has no timed points</source>
            <translation>trag nema tačke sa vremenom</translation>
        </message>
        <message>
            <source>the track never passes within {limit} m of that place ({distance} m)</source>
            <translation>trag nikad ne prolazi bliže od {limit} m tom mestu ({distance} m)</translation>
        </message>
        <message>
            <source>no photo of this device with GPS within {seconds} s</source>
            <translation>nema fotografije ovog uređaja sa GPS-om unutar {seconds} s</translation>
        </message>
        <message>
            <source>photos taken just before and after</source>
            <translation>fotografije snimljene neposredno pre i posle</translation>
        </message>
        <message>
            <source>This geotagging was undone already (by a command or another window): nothing was put back</source>
            <translation>Ovo geooznačavanje je već poništeno (komandom ili u drugom prozoru): ništa nije vraćeno</translation>
        </message>
        <message>
            <source>Another geotagging was applied after this one (by a command, another window or a suggestion on the map): nothing was put back. Undo that one first: surveyapp geotag --undo</source>
            <translation>Posle ovog je primenjeno drugo geooznačavanje (komandom, u drugom prozoru ili predlogom na mapi): ništa nije vraćeno. Prvo poništite to: surveyapp geotag --undo</translation>
        </message>
        <message>
            <source>no geotagging to undo</source>
            <translation>nema geooznačavanja za poništavanje</translation>
        </message>
        <message>
            <source>photo {name} was moved to another camera since the geotagging: it stays in camera {camera}</source>
            <translation>fotografija {name} je premeštena u drugu kameru posle geooznačavanja: ostaje u kameri {camera}</translation>
        </message>
        <message>
            <source>taken before the track starts</source>
            <translation>snimljena pre početka traga</translation>
        </message>
        <message>
            <source>taken after the track ends</source>
            <translation>snimljena posle kraja traga</translation>
        </message>
        <message>
            <source>taken during a gap of {seconds} s without GPS fixes in the track</source>
            <translation>snimljena tokom prekida od {seconds} s bez GPS tačaka u tragu</translation>
        </message>
        <message>
            <source>the track jumps {metres} m in {seconds} s here (a bad fix, or a waypoint marked elsewhere)</source>
            <translation>trag ovde skače {metres} m za {seconds} s (loša tačka ili putna tačka označena drugde)</translation>
        </message>
        <message>
            <source>{name} is not a GPX file SurveyApp can read: {error}</source>
            <translation>{name} nije GPX datoteka koju SurveyApp može da pročita: {error}</translation>
        </message>
        <message>
            <source>{name} is empty: it holds no GPS track</source>
            <translation>{name} je prazna datoteka: ne sadrži GPS trag</translation>
        </message>
        <message>
            <source>its XML is broken at line {line}, column {column}</source>
            <translation>njen XML je neispravan u redu {line}, koloni {column}</translation>
        </message>
        <message>
            <source>a value in it is not one GPX allows</source>
            <translation>neka vrednost u njoj nije dozvoljena u GPX-u</translation>
        </message>
        <message>
            <source>it is a &lt;{element}&gt; document, not a GPX track</source>
            <translation>to je &lt;{element}&gt; dokument, a ne GPX trag</translation>
        </message>
        <message>
            <source>{path} is too large to read in the memory this computer has free</source>
            <translation>{path} je prevelik da bi se učitao u slobodnu memoriju ovog računara</translation>
        </message>
        <message>
            <source>{name} has no point with both a time and a position on Earth: it cannot place photos</source>
            <translation>{name} nema nijednu tačku sa vremenom i položajem na Zemlji: ne može da postavi fotografije</translation>
        </message>
        <message>
            <source>cannot read {path}: {error}</source>
            <translation>nije moguće pročitati {path}: {error}</translation>
        </message>
        <message>
            <source>{path} is too large for a GPS track</source>
            <translation>{path} je prevelika za GPS trag</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>empty file (0 bytes)</source>
            <translation>prazna datoteka (0 bajtova)</translation>
        </message>
        <message>
            <source>a Canon CR3 raw file (not supported), not a photo</source>
            <translation>sirova datoteka Canon CR3 (nije podržana), nije fotografija</translation>
        </message>
        <message>
            <source>an ISO media (MP4/QuickTime) video with brand {brand}, not a still image</source>
            <translation>ISO media (MP4/QuickTime) video sa oznakom {brand}, nije fotografija</translation>
        </message>
        <message>
            <source>an ISO media file with brand {brand}, not a HEIF/AVIF image</source>
            <translation>ISO media datoteka sa oznakom {brand}, nije HEIF/AVIF slika</translation>
        </message>
        <message>
            <source>a ZIP archive, not a photo</source>
            <translation>ZIP arhiva, nije fotografija</translation>
        </message>
        <message>
            <source>an empty ZIP archive, not a photo</source>
            <translation>prazna ZIP arhiva, nije fotografija</translation>
        </message>
        <message>
            <source>a PDF document, not a photo</source>
            <translation>PDF dokument, nije fotografija</translation>
        </message>
        <message>
            <source>a GIF image (not supported), not a photo</source>
            <translation>GIF slika (nije podržana), nije fotografija</translation>
        </message>
        <message>
            <source>a RIFF file that is not WebP, not a photo</source>
            <translation>RIFF datoteka koja nije WebP, nije fotografija</translation>
        </message>
        <message>
            <source>a BigTIFF file (not supported), not a photo</source>
            <translation>BigTIFF datoteka (nije podržana), nije fotografija</translation>
        </message>
        <message>
            <source>a gzip archive, not a photo</source>
            <translation>gzip arhiva, nije fotografija</translation>
        </message>
        <message>
            <source>a JPEG 2000 image (not supported), not a photo</source>
            <translation>JPEG 2000 slika (nije podržana), nije fotografija</translation>
        </message>
        <message>
            <source>a BMP image (not supported), not a photo</source>
            <translation>BMP slika (nije podržana), nije fotografija</translation>
        </message>
        <message numerus="yes">
            <source>only %n bytes, too short to be an image</source>
            <translation>
                <numerusform>samo %n bajt, prekratko za sliku</numerusform>
                <numerusform>samo %n bajta, prekratko za sliku</numerusform>
                <numerusform>samo %n bajtova, prekratko za sliku</numerusform>
            </translation>
        </message>
        <message>
            <source>text, not an image</source>
            <translation>tekst, nije slika</translation>
        </message>
        <message>
            <source>unknown format (first bytes {bytes})</source>
            <translation>nepoznat format (prvi bajtovi {bytes})</translation>
        </message>
        <message>
            <source>unexpected error ({kind}: {error})</source>
            <translation>neočekivana greška ({kind}: {error})</translation>
        </message>
        <message>
            <source>file is larger than {size} MB</source>
            <translation>datoteka je veća od {size} MB</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <translation>datoteka ne može da se pročita: {reason}</translation>
        </message>
        <message>
            <source>not a photo: {reason}</source>
            <translation>nije fotografija: {reason}</translation>
        </message>
        <message>
            <source>it could not be listed</source>
            <translation>njegov sadržaj nije mogao da se izlista</translation>
        </message>
        <message>
            <source>cannot read the folder: {reason}</source>
            <translation>fascikla ne može da se pročita: {reason}</translation>
        </message>
        <message>
            <source>image too large to open safely: {reason}</source>
            <translation>slika je prevelika da bi se bezbedno otvorila: {reason}</translation>
        </message>
        <message>
            <source>not enough free space</source>
            <translation>nema dovoljno slobodnog prostora</translation>
        </message>
        <message>
            <source>cannot copy into the library: {reason}</source>
            <translation>kopiranje u biblioteku nije uspelo: {reason}</translation>
        </message>
        <message>
            <source>the offset {value} min takes the capture time out of the calendar: left out</source>
            <translation>pomak od {value} min izbacuje vreme snimanja iz kalendara: izostavljeno</translation>
        </message>
        <message>
            <source>{field} {value} {problem}: left out (the team's server takes no such value)</source>
            <translation>{field} {value} {problem}: izostavljeno (server tima ne prihvata takvu vrednost)</translation>
        </message>
        <message>
            <source>the device's clock says {clock}, its GPS {gps} UTC: check which is right</source>
            <translation>sat aparata pokazuje {clock}, njegov GPS {gps} UTC: proverite koji je tačan</translation>
        </message>
        <message>
            <source>no picture: the file is damaged or truncated, or its pixels are in a format SurveyApp cannot draw; its metadata is kept</source>
            <translation>nema slike: datoteka je oštećena ili skraćena, ili su pikseli u formatu koji SurveyApp ne ume da prikaže; metapodaci su sačuvani</translation>
        </message>
        <message>
            <source>the image library reported: {text}</source>
            <translation>biblioteka za slike je prijavila: {text}</translation>
        </message>
        <message>
            <source>original restored in the library</source>
            <translation>original vraćen u biblioteku</translation>
        </message>
        <message>
            <source>held back by a restore: sync first, so that the server says which of these photos you withdrew, then import this folder again</source>
            <translation>zadržano pri vraćanju rezervne kopije: prvo sinhronizujte, da bi server rekao koje ste od ovih fotografija povukli, pa ponovo uvezite ovu fasciklu</translation>
        </message>
        <message>
            <source>you withdrew this photo from the team's server on {date}: not imported, so that it is not shared again (to share it again, copy it out of this folder and import it)</source>
            <translation>povukli ste ovu fotografiju sa servera tima {date}: nije uvezena, da ne bi ponovo bila podeljena (da biste je ponovo podelili, kopirajte je iz ove fascikle i uvezite je)</translation>
        </message>
        <message>
            <source>the disk is full ({free} MB free): the import stopped at {file_name}; free some space and import again</source>
            <translation>disk je pun (slobodno {free} MB): uvoz je stao kod {file_name}; oslobodite prostor i uvezite ponovo</translation>
        </message>
        <message>
            <source>deleted from the survey: undo the delete to bring it back (once the delete is synced, import it again)</source>
            <translation>obrisana iz istraživanja: poništite brisanje da biste je vratili (kada se brisanje sinhronizuje, uvezite je ponovo)</translation>
        </message>
        <message>
            <source>already in the survey</source>
            <translation>već je u istraživanju</translation>
        </message>
        <message>
            <source>a named pipe or a device, not a photo</source>
            <translation>imenovana cev ili uređaj, a ne fotografija</translation>
        </message>
    </context>
    <context>
        <name>known</name>
        <message>
            <source>{file_name} is the survey database itself, not a file of cameras</source>
            <translation>{file_name} je sama baza podataka istraživanja, a ne datoteka sa kamerama</translation>
        </message>
        <message>
            <source>the source name must be 1 to 200 characters</source>
            <translation>naziv izvora mora imati od 1 do 200 znakova</translation>
        </message>
        <message>
            <source>{element}: position {latitude}, {longitude} is not a number</source>
            <translation>{element}: položaj {latitude}, {longitude} nije broj</translation>
        </message>
        <message>
            <source>{element}: latitude {latitude}, longitude {longitude} is not a position on Earth</source>
            <translation>{element}: širina {latitude}, dužina {longitude} nije položaj na Zemlji</translation>
        </message>
        <message>
            <source>{element}: tags are not an object</source>
            <translation>{element}: oznake nisu objekat</translation>
        </message>
        <message>
            <source>GeoJSON: 'features' is not a list</source>
            <translation>GeoJSON: „features” nije lista</translation>
        </message>
        <message>
            <source>GeoJSON feature {number}: not a Feature</source>
            <translation>GeoJSON, element {number}: nije Feature</translation>
        </message>
        <message>
            <source>GeoJSON feature {number}: properties are not an object</source>
            <translation>GeoJSON, element {number}: svojstva nisu objekat</translation>
        </message>
        <message>
            <source>Overpass JSON: 'elements' is not a list</source>
            <translation>Overpass JSON: „elements” nije lista</translation>
        </message>
        <message>
            <source>Overpass JSON: an element without type and id</source>
            <translation>Overpass JSON: element bez tipa i id</translation>
        </message>
        <message>
            <source>not valid JSON: {reason}</source>
            <translation>neispravan JSON: {reason}</translation>
        </message>
        <message>
            <source>JSON, but neither GeoJSON nor Overpass JSON (no 'features'/'elements')</source>
            <translation>JSON, ali ni GeoJSON ni Overpass JSON (nema „features”/„elements”)</translation>
        </message>
        <message>
            <source>XML, but not OSM XML (the root is &lt;{tag}&gt;)</source>
            <translation>XML, ali ne OSM XML (koren je &lt;{tag}&gt;)</translation>
        </message>
        <message>
            <source>not valid XML: {reason}</source>
            <translation>neispravan XML: {reason}</translation>
        </message>
        <message>
            <source>too large to read in the memory this computer has free</source>
            <translation>prevelik da bi se učitao u slobodnu memoriju ovog računara</translation>
        </message>
        <message>
            <source>JSON of more than {size} MB is not read (it takes ten times its size in memory): export OSM XML instead, which is read as it goes</source>
            <translation>JSON veći od {size} MB se ne čita (zauzima deset puta više memorije od svoje veličine): izvezite umesto toga OSM XML, koji se čita postepeno</translation>
        </message>
        <message>
            <source>{file_name} is not GeoJSON, OSM XML or Overpass JSON</source>
            <translation>{file_name} nije GeoJSON, OSM XML ni Overpass JSON</translation>
        </message>
    </context>
    <context>
        <name>map</name>
        <message>
            <source>map tiles: {host}</source>
            <translation>mapa: {host}</translation>
        </message>
    </context>
    <context>
        <name>metadata</name>
        <message>
            <source>{where} EXIF block has no TIFF header (ignored)</source>
            <translation>{where} EXIF blok nema TIFF zaglavlje (zanemaren)</translation>
        </message>
        <message>
            <source>JPEG is truncated before the image data</source>
            <translation>JPEG je skraćen pre podataka slike</translation>
        </message>
        <message>
            <source>JPEG has garbage at offset {offset} (stopped reading)</source>
            <translation>JPEG ima smeće na poziciji {offset} (čitanje prekinuto)</translation>
        </message>
        <message>
            <source>JPEG has {count} unknown bytes at offset {offset} (skipped)</source>
            <translation>JPEG ima nepoznatih bajtova na poziciji {offset}: {count} (preskočeno)</translation>
        </message>
        <message>
            <source>JPEG ends (EOI) before the image data</source>
            <translation>JPEG se završava (EOI) pre podataka slike</translation>
        </message>
        <message>
            <source>JPEG segment at offset {offset} has a bad length (stopped)</source>
            <translation>JPEG segment na poziciji {offset} ima pogrešnu dužinu (prekinuto)</translation>
        </message>
        <message>
            <source>JPEG has too many segments (stopped reading)</source>
            <translation>JPEG ima previše segmenata (čitanje prekinuto)</translation>
        </message>
        <message>
            <source>JPEG EXIF segment is truncated</source>
            <translation>JPEG EXIF segment je skraćen</translation>
        </message>
        <message>
            <source>JPEG extended XMP chunks are not contiguous (ignored)</source>
            <translation>delovi proširenog XMP-a u JPEG-u nisu uzastopni (zanemareno)</translation>
        </message>
        <message>
            <source>JPEG extended XMP is incomplete (ignored)</source>
            <translation>prošireni XMP u JPEG-u nije potpun (zanemaren)</translation>
        </message>
        <message>
            <source>PNG is truncated (no IEND chunk)</source>
            <translation>PNG je skraćen (nema IEND dela)</translation>
        </message>
        <message>
            <source>PNG chunk at offset {offset} has a bad length (stopped)</source>
            <translation>PNG deo na poziciji {offset} ima pogrešnu dužinu (prekinuto)</translation>
        </message>
        <message>
            <source>PNG eXIf chunk is too large (ignored)</source>
            <translation>PNG eXIf deo je prevelik (zanemaren)</translation>
        </message>
        <message>
            <source>PNG has too many chunks (stopped reading)</source>
            <translation>PNG ima previše delova (čitanje prekinuto)</translation>
        </message>
        <message>
            <source>PNG {chunk} {keyword} chunk is too large (ignored)</source>
            <translation>PNG {chunk} {keyword} deo je prevelik (zanemaren)</translation>
        </message>
        <message>
            <source>PNG {chunk} {keyword} text is too large once decompressed (ignored)</source>
            <translation>PNG {chunk} {keyword} tekst je prevelik kada se raspakuje (zanemaren)</translation>
        </message>
        <message>
            <source>PNG {keyword} text cannot be decompressed (ignored)</source>
            <translation>PNG {keyword} tekst ne može da se raspakuje (zanemaren)</translation>
        </message>
        <message>
            <source>PNG {keyword} text is malformed (ignored)</source>
            <translation>PNG {keyword} tekst je neispravan (zanemaren)</translation>
        </message>
        <message>
            <source>WebP is truncated</source>
            <translation>WebP je skraćen</translation>
        </message>
        <message>
            <source>WebP EXIF chunk is too large (ignored)</source>
            <translation>WebP EXIF deo je prevelik (zanemaren)</translation>
        </message>
        <message>
            <source>WebP EXIF chunk starts with an improper Exif header</source>
            <translation>WebP EXIF deo počinje neispravnim Exif zaglavljem</translation>
        </message>
        <message>
            <source>WebP XMP chunk is too large (ignored)</source>
            <translation>WebP XMP deo je prevelik (zanemaren)</translation>
        </message>
        <message>
            <source>WebP has too many chunks (stopped reading)</source>
            <translation>WebP ima previše delova (čitanje prekinuto)</translation>
        </message>
        <message>
            <source>HEIF box at offset {offset} has a bad size (stopped)</source>
            <translation>HEIF kutija na poziciji {offset} ima pogrešnu veličinu (prekinuto)</translation>
        </message>
        <message>
            <source>HEIF meta box is too large (ignored)</source>
            <translation>HEIF meta kutija je prevelika (zanemarena)</translation>
        </message>
        <message>
            <source>HEIF meta box is truncated</source>
            <translation>HEIF meta kutija je skraćena</translation>
        </message>
        <message>
            <source>HEIF file has no meta box</source>
            <translation>HEIF datoteka nema meta kutiju</translation>
        </message>
        <message>
            <source>HEIF meta box is corrupt (partly read)</source>
            <translation>HEIF meta kutija je oštećena (delimično pročitana)</translation>
        </message>
        <message>
            <source>HEIF file has no primary item</source>
            <translation>HEIF datoteka nema glavnu stavku</translation>
        </message>
        <message>
            <source>HEIF Exif item has no TIFF header (ignored)</source>
            <translation>HEIF Exif stavka nema TIFF zaglavlje (zanemarena)</translation>
        </message>
        <message>
            <source>HEIF iloc box version {version} is not supported</source>
            <translation>verzija {version} HEIF iloc kutije nije podržana</translation>
        </message>
        <message>
            <source>HEIF {item} item has no location (ignored)</source>
            <translation>HEIF {item} stavka nema lokaciju (zanemarena)</translation>
        </message>
        <message>
            <source>HEIF {item} item is truncated</source>
            <translation>HEIF {item} stavka je skraćena</translation>
        </message>
        <message>
            <source>HEIF item construction method {method} is not supported</source>
            <translation>HEIF metod konstrukcije stavke {method} nije podržan</translation>
        </message>
        <message>
            <source>HEIF {item} item is too large (cut)</source>
            <translation>HEIF {item} stavka je prevelika (odsečena)</translation>
        </message>
        <message>
            <source>internal error while reading the container ({kind}: {error})</source>
            <translation>interna greška pri čitanju datoteke ({kind}: {error})</translation>
        </message>
        <message>
            <source>internal error while reading the metadata ({kind}: {error})</source>
            <translation>interna greška pri čitanju metapodataka ({kind}: {error})</translation>
        </message>
        <message>
            <source>IFD0 {label} is empty; {label} read from the Exif IFD</source>
            <translation>IFD0 {label} je prazan; {label} pročitan iz Exif IFD-a</translation>
        </message>
        <message>
            <source>EXIF {label} is empty</source>
            <translation>EXIF {label} je prazan</translation>
        </message>
        <message>
            <source>EXIF Orientation {value} is not a valid orientation (1-8)</source>
            <translation>EXIF Orientation {value} nije ispravna orijentacija (1-8)</translation>
        </message>
        <message>
            <source>GPS {label} is stored as text ({value})</source>
            <translation>GPS {label} je zapisan kao tekst ({value})</translation>
        </message>
        <message>
            <source>GPS {label} {value} mixes signs; position ignored</source>
            <translation>GPS {label} {value} meša znakove; položaj zanemaren</translation>
        </message>
        <message>
            <source>GPS {label} has no value (empty or 0/0)</source>
            <translation>GPS {label} nema vrednost (prazno ili 0/0)</translation>
        </message>
        <message>
            <source>GPS {label} -{value:g} is negative while its ref says {ref}; position ignored</source>
            <translation>GPS {label} -{value:g} je negativan, a njegova oznaka kaže {ref}; položaj zanemaren</translation>
        </message>
        <message>
            <source>GPS {label}Ref {value} is not {first}/{second}</source>
            <translation>GPS {label}Ref {value} nije {first}/{second}</translation>
        </message>
        <message>
            <source>GPS fix is void (GPSStatus V); position ignored</source>
            <translation>GPS fiks je nevažeći (GPSStatus V); položaj zanemaren</translation>
        </message>
        <message>
            <source>GPS has only one of latitude and longitude; position ignored</source>
            <translation>GPS ima samo širinu ili samo dužinu; položaj zanemaren</translation>
        </message>
        <message>
            <source>XMP GPS position {latitude}, {longitude} cannot be read (ignored)</source>
            <translation>XMP GPS položaj {latitude}, {longitude} ne može da se pročita (zanemaren)</translation>
        </message>
        <message>
            <source>{where} GPS position {position} is not a number; position ignored</source>
            <translation>{where} GPS položaj {position} nije broj; položaj zanemaren</translation>
        </message>
        <message>
            <source>{where} GPS position {position} is out of range; position ignored</source>
            <translation>{where} GPS položaj {position} je van opsega; položaj zanemaren</translation>
        </message>
        <message>
            <source>{where} GPS position {position} is exactly 0,0 (no fix); position ignored</source>
            <translation>{where} GPS položaj {position} je tačno 0,0 (nema fiksa); položaj zanemaren</translation>
        </message>
        <message>
            <source>GPS Altitude has no value (empty or 0/0)</source>
            <translation>GPS Altitude nema vrednost (prazno ili 0/0)</translation>
        </message>
        <message>
            <source>GPS Altitude {value} is a negative number stored as unsigned; read as {signed}</source>
            <translation>GPS Altitude {value} je negativan broj zapisan bez znaka; pročitano kao {signed}</translation>
        </message>
        <message>
            <source>GPS ImgDirection has no value (empty or 0/0)</source>
            <translation>GPS ImgDirection nema vrednost (prazno ili 0/0)</translation>
        </message>
        <message>
            <source>GPS ImgDirection {value} is out of range (ignored)</source>
            <translation>GPS ImgDirection {value} je van opsega (zanemareno)</translation>
        </message>
        <message>
            <source>GPS ImgDirectionRef {value} is neither T nor M (ignored)</source>
            <translation>GPS ImgDirectionRef {value} nije ni T ni M (zanemareno)</translation>
        </message>
        <message>
            <source>EXIF OffsetTimeOriginal {value} is not valid</source>
            <translation>EXIF OffsetTimeOriginal {value} nije ispravan</translation>
        </message>
        <message>
            <source>EXIF DateTimeOriginal {value} is not a valid date</source>
            <translation>EXIF DateTimeOriginal {value} nije ispravan datum</translation>
        </message>
        <message>
            <source>XMP DateTimeOriginal {value} is not a valid date</source>
            <translation>XMP DateTimeOriginal {value} nije ispravan datum</translation>
        </message>
        <message>
            <source>GPS DateStamp/TimeStamp {date} {time} is not a time (ignored)</source>
            <translation>GPS DateStamp/TimeStamp {date} {time} nije vreme (zanemareno)</translation>
        </message>
        <message>
            <source>GPS TimeStamp {time} is out of range (ignored)</source>
            <translation>GPS TimeStamp {time} je van opsega (zanemareno)</translation>
        </message>
        <message>
            <source>GPS DateStamp {value} has extra text; its date part is used</source>
            <translation>GPS DateStamp {value} ima višak teksta; koristi se samo datum</translation>
        </message>
        <message>
            <source>EXIF {name} loops back to an earlier directory (ignored)</source>
            <translation>EXIF {name} vodi nazad na raniji direktorijum (zanemareno)</translation>
        </message>
        <message>
            <source>EXIF {name} offset {offset} is outside the EXIF data (ignored)</source>
            <translation>EXIF {name} pozicija {offset} je van EXIF podataka (zanemareno)</translation>
        </message>
        <message>
            <source>EXIF {name} is truncated (ignored)</source>
            <translation>EXIF {name} je skraćen (zanemaren)</translation>
        </message>
        <message>
            <source>EXIF {name} claims {count} entries (ignored as corrupt)</source>
            <translation>EXIF {name} navodi broj unosa: {count} (zanemareno kao oštećeno)</translation>
        </message>
        <message>
            <source>EXIF {name} is truncated ({available} of {count} entries readable)</source>
            <translation>EXIF {name} je skraćen (čitljivo unosa: {available} od {count})</translation>
        </message>
        <message>
            <source>EXIF {name} tag {tag} has an invalid format ({format})</source>
            <translation>EXIF {name} oznaka {tag} ima neispravan format ({format})</translation>
        </message>
        <message>
            <source>EXIF {name} tag {tag} points outside the EXIF data (ignored)</source>
            <translation>EXIF {name} oznaka {tag} pokazuje van EXIF podataka (zanemarena)</translation>
        </message>
        <message>
            <source>EXIF {name} tag {tag} value is truncated (ignored)</source>
            <translation>EXIF {name} vrednost oznake {tag} je skraćena (zanemarena)</translation>
        </message>
        <message>
            <source>EXIF {name} pointer has the wrong format ({format}; ignored)</source>
            <translation>EXIF {name} pokazivač ima pogrešan format ({format}; zanemaren)</translation>
        </message>
        <message>
            <source>EXIF {name} pointer is empty (ignored)</source>
            <translation>EXIF {name} pokazivač je prazan (zanemaren)</translation>
        </message>
        <message>
            <source>EXIF data is truncated (no complete TIFF header)</source>
            <translation>EXIF podaci su skraćeni (nema potpunog TIFF zaglavlja)</translation>
        </message>
        <message>
            <source>EXIF data does not start with a TIFF header</source>
            <translation>EXIF podaci ne počinju TIFF zaglavljem</translation>
        </message>
        <message>
            <source>EXIF thumbnail lies outside the EXIF data (ignored)</source>
            <translation>EXIF sličica je izvan EXIF podataka (zanemareno)</translation>
        </message>
        <message>
            <source>EXIF thumbnail is not a JPEG image (ignored)</source>
            <translation>EXIF sličica nije JPEG slika (zanemareno)</translation>
        </message>
        <message>
            <source>XMP packet of {size} bytes is too large (ignored)</source>
            <translation>XMP paket je prevelik: {size} bajtova (zanemaren)</translation>
        </message>
        <message>
            <source>XMP packet has an unusual encoding (read without an XML parser)</source>
            <translation>XMP paket ima neobično kodiranje (čitano bez XML parsera)</translation>
        </message>
        <message>
            <source>XMP packet declares a DOCTYPE/ENTITY (read without an XML parser)</source>
            <translation>XMP paket deklariše DOCTYPE/ENTITY (čitano bez XML parsera)</translation>
        </message>
        <message>
            <source>XMP packet is not well-formed XML (read leniently)</source>
            <translation>XMP paket nije ispravan XML (čitano popustljivo)</translation>
        </message>
    </context>
    <context>
        <name>osm</name>
        <message>
            <source>public</source>
            <translation>javni prostor</translation>
        </message>
        <message>
            <source>outdoor</source>
            <translation>spoljni prostor</translation>
        </message>
        <message>
            <source>indoor</source>
            <translation>unutrašnji prostor</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>kamera</translation>
        </message>
        <message>
            <source>ALPR</source>
            <translation>čitač tablica (ALPR)</translation>
        </message>
        <message>
            <source>guard</source>
            <translation>čuvar</translation>
        </message>
        <message>
            <source>gunshot_detector</source>
            <translation>detektor pucnjeva</translation>
        </message>
        <message>
            <source>town</source>
            <translation>grad</translation>
        </message>
        <message>
            <source>traffic</source>
            <translation>saobraćaj</translation>
        </message>
        <message>
            <source>parking</source>
            <translation>parking</translation>
        </message>
        <message>
            <source>shop</source>
            <translation>prodavnica</translation>
        </message>
        <message>
            <source>bank</source>
            <translation>banka</translation>
        </message>
        <message>
            <source>building</source>
            <translation>zgrada</translation>
        </message>
        <message>
            <source>entrance</source>
            <translation>ulaz</translation>
        </message>
        <message>
            <source>public_transport_platform</source>
            <translation>stanica javnog prevoza</translation>
        </message>
        <message>
            <source>corridor</source>
            <translation>hodnik</translation>
        </message>
        <message>
            <source>atm</source>
            <translation>bankomat</translation>
        </message>
        <message>
            <source>fixed</source>
            <translation>fiksna</translation>
        </message>
        <message>
            <source>panning</source>
            <translation>pokretna</translation>
        </message>
        <message>
            <source>dome</source>
            <translation>kupola</translation>
        </message>
        <message>
            <source>panorama</source>
            <translation>panoramska</translation>
        </message>
        <message>
            <source>doorbell</source>
            <translation>interfon sa kamerom</translation>
        </message>
        <message>
            <source>wall</source>
            <translation>zid</translation>
        </message>
        <message>
            <source>pole</source>
            <translation>stub</translation>
        </message>
        <message>
            <source>ceiling</source>
            <translation>plafon</translation>
        </message>
        <message>
            <source>street_lamp</source>
            <translation>ulična svetiljka</translation>
        </message>
        <message>
            <source>traffic_signal</source>
            <translation>semafor</translation>
        </message>
        <message>
            <source>tree</source>
            <translation>drvo</translation>
        </message>
        <message>
            <source>seen</source>
            <translation>viđeno (pročitan natpis ili model)</translation>
        </message>
        <message>
            <source>shape</source>
            <translation>po izgledu</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>nepoznato</translation>
        </message>
        <message>
            <source>present</source>
            <translation>postoji</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>uklonjena</translation>
        </message>
        <message>
            <source>not_found</source>
            <translation>nije pronađena</translation>
        </message>
    </context>
    <context>
        <name>privacy</name>
        <message>
            <source>image too large to open safely</source>
            <translation>slika je prevelika da bi se bezbedno otvorila</translation>
        </message>
        <message>
            <source>the photo's pixels cannot be decoded</source>
            <translation>pikseli fotografije ne mogu da se dekodiraju</translation>
        </message>
        <message>
            <source>the photo's pixels cannot be decoded: the file is damaged (no decoder knows it)</source>
            <translation>pikseli fotografije ne mogu da se dekodiraju: datoteka je oštećena (nijedan dekoder je ne prepoznaje)</translation>
        </message>
    </context>
    <context>
        <name>public page</name>
        <message>
            <source>Loading cameras…</source>
            <translation>Učitavanje kamera…</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Proizvođač</translation>
        </message>
        <message>
            <source>Red and orange shades: vendors on the US FCC Covered List.</source>
            <translation>Nijanse crvene i narandžaste: proizvođači sa crne liste američke FCC.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tip</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Svi tipovi</translation>
        </message>
        <message>
            <source>Street or district</source>
            <translation>Ulica ili kvart</translation>
        </message>
        <message>
            <source>Find a street or district</source>
            <translation>Traži ulicu ili kvart</translation>
        </message>
        <message>
            <source>Showing</source>
            <translation>Prikazano:</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Prikaži sve</translation>
        </message>
        <message>
            <source>Streets</source>
            <translation>Ulice</translation>
        </message>
        <message>
            <source>Districts</source>
            <translation>Kvartovi</translation>
        </message>
        <message>
            <source>Download the verified cameras (GeoJSON)</source>
            <translation>Preuzmi proverene kamere (GeoJSON)</translation>
        </message>
        <message>
            <source>Only cameras the team has verified are shown. Photos are the volunteers' shared copies, with faces and licence plates blurred; dates are given to the day.</source>
            <translation>Prikazane su samo kamere koje je tim proverio. Fotografije su deljene kopije volontera, sa zamućenim licima i registarskim tablicama; datumi su dati do dana.</translation>
        </message>
        <message>
            <source>Map of the verified cameras</source>
            <translation>Mapa proverenih kamera</translation>
        </message>
        <message>
            <source>Vendor unknown</source>
            <translation>Nepoznat proizvođač</translation>
        </message>
        <message>
            <source>On the US FCC Covered List</source>
            <translation>Na crnoj listi američke FCC</translation>
        </message>
        <message>
            <source>{vendor} (covered)</source>
            <translation>{vendor} (FCC lista)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Šta</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>Postavljena na</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Smer</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Ulica</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kvart</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Vlasnik</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Provereno</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Poslednji put viđena</translation>
        </message>
        <message>
            <source>Photo of the camera (faces and plates blurred)</source>
            <translation>Fotografija kamere (lica i tablice zamućeni)</translation>
        </message>
        <message>
            <source>type unknown</source>
            <translation>nepoznat tip</translation>
        </message>
        <message>
            <source>None matches</source>
            <translation>Ništa ne odgovara</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nema</translation>
        </message>
        <message>
            <source>Street and district names: {source}</source>
            <translation>Nazivi ulica i kvartova: {source}</translation>
        </message>
        <message>
            <source>The cameras could not be loaded: {error}</source>
            <translation>Kamere nisu mogle da se učitaju: {error}</translation>
        </message>
        <message numerus="yes">
            <source>%n verified cameras</source>
            <translation>
                <numerusform>%n proverena kamera</numerusform>
                <numerusform>%n proverene kamere</numerusform>
                <numerusform>%n proverenih kamera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n verified cameras</source>
            <translation>
                <numerusform>{shown} od %n proverene kamere</numerusform>
                <numerusform>{shown} od %n proverene kamere</numerusform>
                <numerusform>{shown} od %n proverenih kamera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more verified cameras are not shown: they have no position yet.</source>
            <translation>
                <numerusform>Još %n proverena kamera nije prikazana: još nema položaj.</numerusform>
                <numerusform>Još %n proverene kamere nisu prikazane: još nemaju položaj.</numerusform>
                <numerusform>Još %n proverenih kamera nije prikazano: još nemaju položaj.</numerusform>
            </translation>
        </message>
        <message>
            <source>Surveillance cameras</source>
            <translation>Nadzorne kamere</translation>
        </message>
        <message>
            <source>Cameras mapped and verified by the team's volunteers.</source>
            <translation>Kamere koje su mapirali i proverili volonteri tima.</translation>
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <source>not allowed: volunteers edit and delete only the records they created</source>
            <translation>nije dozvoljeno: volonteri menjaju i brišu samo zapise koje su sami napravili</translation>
        </message>
        <message>
            <source>not allowed: volunteers put photos only on cameras they created</source>
            <translation>nije dozvoljeno: volonteri stavljaju fotografije samo na kamere koje su sami napravili</translation>
        </message>
        <message>
            <source>not allowed: only reviewers and admins change {fields}</source>
            <translation>nije dozvoljeno: samo recenzenti i administratori menjaju {fields}</translation>
        </message>
        <message>
            <source>this server does not know the field(s) {fields} yet; the change waits for its upgrade</source>
            <translation>ovaj server još ne poznaje polje (polja) {fields}; izmena čeka njegovu nadogradnju</translation>
        </message>
        <message>
            <source>record {id} is a {record}, not a {other}</source>
            <translation>zapis {id} je tipa {record}, a ne {other}</translation>
        </message>
        <message>
            <source>a {record}'s {name} never changes</source>
            <translation>{record}: polje {name} se nikad ne menja</translation>
        </message>
        <message>
            <source>a {record} needs {fields}</source>
            <translation>{record}: potrebno je {fields}</translation>
        </message>
        <message>
            <source>a new {record} needs {fields}</source>
            <translation>{record} (novi zapis): potrebno je {fields}</translation>
        </message>
        <message>
            <source>{op} names a camera and the records it takes</source>
            <translation>{op} navodi kameru i zapise koje preuzima</translation>
        </message>
        <message>
            <source>{op} takes at most {count}</source>
            <translation>{op} preuzima najviše {count} zapisa</translation>
        </message>
        <message>
            <source>a merge lists at most {count} photos</source>
            <translation>spajanje navodi najviše {count} fotografija</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>kamera</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>fotografija</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>istraživanje</translation>
        </message>
    </context>
    <context>
        <name>sharing</name>
        <message>
            <source>the photo was deleted meanwhile (by a sync or another program)</source>
            <translation>fotografija je u međuvremenu obrisana (sinhronizacijom ili drugim programom)</translation>
        </message>
        <message>
            <source>this is {owner}'s photo: the team sees the copy they shared, and only they can change its blur</source>
            <translation>ovo je fotografija korisnika {owner}: tim vidi kopiju koju je ta osoba podelila i samo ona može da promeni njeno zamućenje</translation>
        </message>
        <message>
            <source>photo {name} is not on this laptop (another volunteer's)</source>
            <translation>fotografija {name} nije na ovom računaru (pripada drugom volonteru)</translation>
        </message>
        <message>
            <source>photo {name}: its original is missing from the library ({path}): import its file again to put it back</source>
            <translation>fotografija {name}: njen original nedostaje u biblioteci ({path}): ponovo uvezite njenu datoteku da biste ga vratili</translation>
        </message>
        <message>
            <source>photo {name}: original unreadable: {reason}</source>
            <translation>fotografija {name}: original ne može da se pročita: {reason}</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>the server's history is not the one this laptop last saw (restored from a backup, its photo folder lost, or another server at this address): everything this laptop sent goes again, its photos are uploaded again where the server lacks them, and every change is pulled again</source>
            <translation>istorija servera nije ona koju je ovaj računar poslednji put video (vraćena iz rezervne kopije, izgubljena fascikla sa fotografijama ili drugi server na ovoj adresi): sve što je ovaj računar poslao šalje se ponovo, njegove fotografije se ponovo šalju tamo gde ih server nema, a sve promene se ponovo preuzimaju</translation>
        </message>
        <message>
            <source>connect</source>
            <translation>povezivanje</translation>
        </message>
        <message>
            <source>prepare</source>
            <translation>priprema</translation>
        </message>
        <message>
            <source>push</source>
            <translation>slanje</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>fotografije</translation>
        </message>
        <message>
            <source>pull</source>
            <translation>preuzimanje</translation>
        </message>
        <message>
            <source>retry</source>
            <translation>novi pokušaj</translation>
        </message>
        <message>
            <source>{stage}: {message}</source>
            <translation>{stage}: {message}</translation>
        </message>
        <message>
            <source>{waiting}, {teammates}</source>
            <translation>{waiting}, {teammates}</translation>
        </message>
        <message numerus="yes">
            <source>%n photos for a teammate's laptop</source>
            <translation>
                <numerusform>%n fotografija za računar saradnika</numerusform>
                <numerusform>%n fotografije za računar saradnika</numerusform>
                <numerusform>%n fotografija za računar saradnika</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos wait for {names} to sync: the same pictures were shared first from their laptop, and the server takes the shareable copy of a photo only from the volunteer who shared it first; this laptop has nothing to send for them</source>
            <translation>
                <numerusform>%n fotografija čeka da {names} sinhronizuje: ista slika je prvo podeljena sa tog računara, a server kopiju fotografije za deljenje prima samo od volontera koji ju je prvi podelio; ovaj računar nema šta da pošalje za nju</numerusform>
                <numerusform>%n fotografije čekaju da {names} sinhronizuje: iste slike su prvo podeljene sa tog računara, a server kopiju fotografije za deljenje prima samo od volontera koji ju je prvi podelio; ovaj računar nema šta da pošalje za njih</numerusform>
                <numerusform>%n fotografija čeka da {names} sinhronizuje: iste slike su prvo podeljene sa tog računara, a server kopiju fotografije za deljenje prima samo od volontera koji ju je prvi podelio; ovaj računar nema šta da pošalje za njih</numerusform>
            </translation>
        </message>
        <message>
            <source>no answer from the server</source>
            <translation>server ne odgovara</translation>
        </message>
        <message>
            <source>the server took too long</source>
            <translation>server je predugo odgovarao</translation>
        </message>
        <message>
            <source>secure connection failed</source>
            <translation>bezbedna veza nije uspela</translation>
        </message>
        <message>
            <source>server error</source>
            <translation>greška servera</translation>
        </message>
        <message>
            <source>token refused</source>
            <translation>token odbijen</translation>
        </message>
        <message>
            <source>not a SurveyApp server</source>
            <translation>nije SurveyApp server</translation>
        </message>
        <message>
            <source>versions differ</source>
            <translation>verzije se razlikuju</translation>
        </message>
        <message>
            <source>unusable answer</source>
            <translation>neupotrebljiv odgovor</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>zaustavljeno</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>nije uspelo</translation>
        </message>
        <message numerus="yes">
            <source>this computer's clock is %n minutes ahead of the server's; sync does not depend on it, but photo times and logs will look wrong</source>
            <translation>
                <numerusform>sat ovog računara žuri %n minut u odnosu na server; sinhronizacija ne zavisi od toga, ali će vremena fotografija i dnevnici izgledati pogrešno</numerusform>
                <numerusform>sat ovog računara žuri %n minuta u odnosu na server; sinhronizacija ne zavisi od toga, ali će vremena fotografija i dnevnici izgledati pogrešno</numerusform>
                <numerusform>sat ovog računara žuri %n minuta u odnosu na server; sinhronizacija ne zavisi od toga, ali će vremena fotografija i dnevnici izgledati pogrešno</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>this computer's clock is %n minutes behind the server's; sync does not depend on it, but photo times and logs will look wrong</source>
            <translation>
                <numerusform>sat ovog računara kasni %n minut u odnosu na server; sinhronizacija ne zavisi od toga, ali će vremena fotografija i dnevnici izgledati pogrešno</numerusform>
                <numerusform>sat ovog računara kasni %n minuta u odnosu na server; sinhronizacija ne zavisi od toga, ali će vremena fotografija i dnevnici izgledati pogrešno</numerusform>
                <numerusform>sat ovog računara kasni %n minuta u odnosu na server; sinhronizacija ne zavisi od toga, ali će vremena fotografija i dnevnici izgledati pogrešno</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>sending %n changes, waiting for the server's answer</source>
            <translation>
                <numerusform>slanje %n izmene, čeka se odgovor servera</numerusform>
                <numerusform>slanje %n izmene, čeka se odgovor servera</numerusform>
                <numerusform>slanje %n izmena, čeka se odgovor servera</numerusform>
            </translation>
        </message>
        <message>
            <source>waiting for the server's first page</source>
            <translation>čeka se prva stranica sa servera</translation>
        </message>
        <message>
            <source>up to change {change}, waiting for the next page</source>
            <translation>do izmene {change}, čeka se sledeća stranica</translation>
        </message>
        <message>
            <source>{photo} already on the server</source>
            <translation>{photo} je već na serveru</translation>
        </message>
        <message>
            <source>shareable copy of photo {number} of {total} made</source>
            <translation>napravljena kopija za deljenje fotografije {number} od {total}</translation>
        </message>
        <message numerus="yes">
            <source>%n photos to send, checking which ones the server has</source>
            <translation>
                <numerusform>%n fotografija za slanje, provera na serveru</numerusform>
                <numerusform>%n fotografije za slanje, provera na serveru</numerusform>
                <numerusform>%n fotografija za slanje, provera na serveru</numerusform>
            </translation>
        </message>
        <message>
            <source>sending photo {number} of {total} ({size})…</source>
            <translation>slanje fotografije {number} od {total} ({size})…</translation>
        </message>
        <message numerus="yes">
            <source>%n photos already on the server</source>
            <translation>
                <numerusform>%n fotografija već na serveru</numerusform>
                <numerusform>%n fotografije već na serveru</numerusform>
                <numerusform>%n fotografija već na serveru</numerusform>
            </translation>
        </message>
        <message>
            <source>{uploaded}, {already}</source>
            <translation>{uploaded}, {already}</translation>
        </message>
        <message>
            <source>{uploaded} (+{already} already on the server)</source>
            <translation>{uploaded} (+{already} već na serveru)</translation>
        </message>
        <message numerus="yes">
            <source>%n of your cameras joined a teammate's camera: they shared the same picture first</source>
            <translation>
                <numerusform>%n vaša kamera se pridružila kameri člana tima: ta osoba je prva podelila istu sliku</numerusform>
                <numerusform>%n vaše kamere su se pridružile kamerama članova tima: oni su prvi podelili iste slike</numerusform>
                <numerusform>%n vaših kamera se pridružilo kamerama članova tima: oni su prvi podelili iste slike</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes sent</source>
            <translation>
                <numerusform>%n izmena poslata</numerusform>
                <numerusform>%n izmene poslate</numerusform>
                <numerusform>%n izmena poslato</numerusform>
            </translation>
        </message>
        <message>
            <source>{changes} and {photos} waiting</source>
            <translation>Čeka {changes} i {photos}</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>završeno</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>prekinuto</translation>
        </message>
        <message>
            <source>{waiting}, {refused}</source>
            <translation>{waiting}, {refused}</translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n odbijena</numerusform>
                <numerusform>%n odbijene</numerusform>
                <numerusform>%n odbijeno</numerusform>
            </translation>
        </message>
        <message>
            <source>the server's pages of changes go past its last change ({known}): after {since} it sent up to {next}</source>
            <translation>stranice izmena sa servera idu dalje od njegove poslednje izmene ({known}): posle {since} poslao je do {next}</translation>
        </message>
        <message>
            <source>up to change {change}</source>
            <translation>do izmene {change}</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>upozorenje: {warning}</translation>
        </message>
        <message numerus="yes">
            <source>%n photos stay on this laptop: their pixels cannot be read, so no shareable copy can be made (their records are shared)</source>
            <translation>
                <numerusform>%n fotografija ostaje na ovom računaru: njeni pikseli ne mogu da se pročitaju, pa ne može da se napravi kopija za deljenje (njen zapis se deli)</numerusform>
                <numerusform>%n fotografije ostaju na ovom računaru: njihovi pikseli ne mogu da se pročitaju, pa ne može da se napravi kopija za deljenje (njihovi zapisi se dele)</numerusform>
                <numerusform>%n fotografija ostaje na ovom računaru: njihovi pikseli ne mogu da se pročitaju, pa ne može da se napravi kopija za deljenje (njihovi zapisi se dele)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos stay on this laptop: their pixels cannot be read, so no shareable copy can be made</source>
            <translation>
                <numerusform>%n fotografija ostaje na ovom računaru: njeni pikseli ne mogu da se pročitaju, pa ne može da se napravi kopija za deljenje</numerusform>
                <numerusform>%n fotografije ostaju na ovom računaru: njihovi pikseli ne mogu da se pročitaju, pa ne može da se napravi kopija za deljenje</numerusform>
                <numerusform>%n fotografija ostaje na ovom računaru: njihovi pikseli ne mogu da se pročitaju, pa ne može da se napravi kopija za deljenje</numerusform>
            </translation>
        </message>
        <message>
            <source>camera</source>
            <translation>kamera</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>fotografija</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>istraživanje</translation>
        </message>
        <message>
            <source>{record} {id}: not applied: {why}</source>
            <translation>{record} {id}: nije primenjeno: {why}</translation>
        </message>
        <message>
            <source>camera {id} was merged into camera {camera} by {who}</source>
            <translation>kamera {id} je spojena sa kamerom {camera} (spojio ju je {who})</translation>
        </message>
        <message>
            <source>camera {id} was merged into camera {camera}</source>
            <translation>kamera {id} je spojena sa kamerom {camera}</translation>
        </message>
        <message>
            <source>its {field} may not change</source>
            <translation>polje {field} ne sme da se menja</translation>
        </message>
        <message>
            <source>no {fields}</source>
            <translation>nedostaje {fields}</translation>
        </message>
        <message>
            <source>photo {id}: the same picture is already here as photo {twin}</source>
            <translation>fotografija {id}: ista slika je već ovde kao fotografija {twin}</translation>
        </message>
        <message>
            <source>camera {id} ({holder}'s): {owner} shared the same picture first; your photo {file} is on their camera {camera} now; the camera is placed again by the photos it keeps</source>
            <translation>kamera {id} (korisnika {holder}): {owner} je prvi/a podelio/la istu sliku; vaša fotografija {file} je sada na njegovoj/njenoj kameri {camera}; kamera je ponovo postavljena prema fotografijama koje zadržava</translation>
        </message>
        <message>
            <source>camera {id} ({holder}'s): {owner} shared the same picture first; your photo {file} is on their camera {camera} now</source>
            <translation>kamera {id} (korisnika {holder}): {owner} je prvi/a podelio/la istu sliku; vaša fotografija {file} je sada na njegovoj/njenoj kameri {camera}</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; photo {file} is on their camera {camera} now; yours is placed again by the photos it keeps</source>
            <translation>kamera {id}: {owner} je prvi/a podelio/la istu sliku; fotografija {file} je sada na njegovoj/njenoj kameri {camera}; vaša je ponovo postavljena prema fotografijama koje zadržava</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; photo {file} is on their camera {camera} now</source>
            <translation>kamera {id}: {owner} je prvi/a podelio/la istu sliku; fotografija {file} je sada na njegovoj/njenoj kameri {camera}</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; it is on their camera {camera} now</source>
            <translation>kamera {id}: {owner} je prvi/a podelio/la istu sliku; sada je na njegovoj/njenoj kameri {camera}</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; it is on their camera {camera} now; yours stays, with what you said of it</source>
            <translation>kamera {id}: {owner} je prvi/a podelio/la istu sliku; sada je na njegovoj/njenoj kameri {camera}; vaša ostaje, sa onim što ste o njoj rekli</translation>
        </message>
        <message>
            <source>photo {id}: {owner} shared this picture first and it is their photo now: what you had set of yours was not kept ({values}); only they or a reviewer can set it on theirs</source>
            <translation>fotografija {id}: {owner} je prvi/a podelio/la ovu sliku i sada je to njegova/njena fotografija: ono što ste podesili na svojoj nije zadržano ({values}); samo ta osoba ili recenzent može to da podesi na njenoj</translation>
        </message>
        <message>
            <source>photo {id}: {owner} shared this picture first and it is their photo now: the team sees their copy, without the blur you chose on yours; only they can change the blur of theirs</source>
            <translation>fotografija {id}: {owner} je prvi/a podelio/la ovu sliku i sada je to njegova/njena fotografija: tim vidi njegovu/njenu kopiju, bez zamućenja koje ste izabrali na svojoj; samo ta osoba može da promeni zamućenje na svojoj</translation>
        </message>
        <message>
            <source>the connection was refused: is the server running at this address?</source>
            <translation>veza je odbijena: da li server radi na ovoj adresi?</translation>
        </message>
        <message>
            <source>the server's name was not found: no network, or a mistyped address</source>
            <translation>ime servera nije pronađeno: nema mreže, ili je adresa pogrešno uneta</translation>
        </message>
        <message>
            <source>the server cannot be reached: no network?</source>
            <translation>server je nedostupan: nema mreže?</translation>
        </message>
        <message>
            <source>the connection was cut</source>
            <translation>veza je prekinuta</translation>
        </message>
        <message>
            <source>the server did not answer in time</source>
            <translation>server nije odgovorio na vreme</translation>
        </message>
        <message>
            <source>the server closed the connection without answering</source>
            <translation>server je zatvorio vezu bez odgovora</translation>
        </message>
        <message>
            <source>the server's {name} header is not a byte count: {value}</source>
            <translation>zaglavlje {name} sa servera nije broj bajtova: {value}</translation>
        </message>
        <message>
            <source>the server's answer to {what} is malformed ({problem})</source>
            <translation>odgovor servera na {what} je neispravan ({problem})</translation>
        </message>
        <message>
            <source>the server's answer is not a list of objects</source>
            <translation>odgovor servera nije lista objekata</translation>
        </message>
        <message>
            <source>stopped while waiting for {server}</source>
            <translation>zaustavljeno dok se čekao {server}</translation>
        </message>
        <message>
            <source>{request}: {problem}; resuming in {delay} s</source>
            <translation>{request}: {problem}; nastavlja se za {delay} s</translation>
        </message>
        <message>
            <source>{request}: {problem}; retrying in {delay} s</source>
            <translation>{request}: {problem}; novi pokušaj za {delay} s</translation>
        </message>
        <message>
            <source>the server's answer to {request} is {size} bytes; at most {limit} are expected</source>
            <translation>odgovor servera na {request} ima {size} bajtova; očekuje se najviše {limit}</translation>
        </message>
        <message>
            <source>the server's answer to {request} is over {limit} bytes</source>
            <translation>odgovor servera na {request} premašuje {limit} bajtova</translation>
        </message>
        <message>
            <source>the server's answer to {request} does not decode as its Content-Encoding ({encoding}) says: {problem}</source>
            <translation>odgovor servera na {request} ne može da se dekodira kako kaže njegovo zaglavlje o kodiranju ({encoding}): {problem}</translation>
        </message>
        <message>
            <source>{server}: the secure connection failed ({request}): {problem}</source>
            <translation>{server}: bezbedna veza nije uspela ({request}): {problem}</translation>
        </message>
        <message>
            <source>{server} did not answer {request} after {tries} tries: {problem}</source>
            <translation>{server} nije odgovorio na {request} posle {tries} pokušaja: {problem}</translation>
        </message>
        <message>
            <source>{server} answered HTTP {status} without SurveyApp's envelope: not a SurveyApp server (captive portal or proxy?)</source>
            <translation>{server} je odgovorio HTTP {status} bez SurveyApp omotača: nije SurveyApp server (stranica za prijavu na bežičnu mrežu ili proksi?)</translation>
        </message>
        <message>
            <source>the server refused the token: {reason} (HTTP {status})</source>
            <translation>server je odbio token: {reason} (HTTP {status})</translation>
        </message>
        <message>
            <source>{server} needs a newer SurveyApp (protocol {needed}; this one speaks {spoken}): update SurveyApp, then sync again; nothing was lost</source>
            <translation>{server} zahteva noviji SurveyApp (protokol {needed}; ovaj govori {spoken}): ažurirajte SurveyApp, pa ponovo sinhronizujte; ništa nije izgubljeno</translation>
        </message>
        <message>
            <source>{server} runs an older SurveyApp server (protocol {spoken}; this laptop needs {needed}): ask the coordinator to update it; nothing was lost</source>
            <translation>{server} pokreće stariji SurveyApp server (protokol {spoken}; ovaj računar zahteva {needed}): zamolite koordinatora da ga ažurira; ništa nije izgubljeno</translation>
        </message>
        <message>
            <source>the server's answer to a pull has no list of changes</source>
            <translation>odgovor servera na preuzimanje nema listu izmena</translation>
        </message>
        <message>
            <source>the server sent {count} changes for a pull of at most {limit}</source>
            <translation>server je poslao {count} izmena za preuzimanje od najviše {limit}</translation>
        </message>
        <message>
            <source>the server's pages of changes do not move on (after {since}: {next})</source>
            <translation>stranice izmena sa servera ne napreduju (posle {since}: {next})</translation>
        </message>
        <message>
            <source>the server says more changes follow {next} but sent none after {since}</source>
            <translation>server kaže da posle {next} ima još izmena, ali nije poslao nijednu posle {since}</translation>
        </message>
        <message>
            <source>a change the server sent is malformed, skipped: {problem}</source>
            <translation>izmena koju je server poslao je neispravna, preskočena: {problem}</translation>
        </message>
        <message>
            <source>change {seq} is outside this page ({since}..{next}), skipped</source>
            <translation>izmena {seq} je izvan ove stranice ({since}..{next}), preskočena</translation>
        </message>
        <message>
            <source>the server refused the token (HTTP {status})</source>
            <translation>server je odbio token (HTTP {status})</translation>
        </message>
        <message>
            <source>{server} answered HTTP {status}</source>
            <translation>{server} je odgovorio HTTP {status}</translation>
        </message>
        <message>
            <source>no shareable copy: {error}</source>
            <translation>nema kopije za deljenje: {error}</translation>
        </message>
        <message>
            <source>no shareable copy: the original of {name} is missing from the library ({path}): import its file again to put it back</source>
            <translation>nema kopije za deljenje: original fotografije {name} nedostaje u biblioteci ({path}): ponovo uvezite njenu datoteku da biste ga vratili</translation>
        </message>
        <message>
            <source>the server says it holds {offset} bytes of photo {photo}, which has {total}</source>
            <translation>server kaže da ima {offset} bajtova fotografije {photo}, koja ima {total}</translation>
        </message>
        <message>
            <source>the server's offset keeps moving</source>
            <translation>pozicija koju server navodi stalno se menja</translation>
        </message>
        <message>
            <source>another upload of this photo is under way</source>
            <translation>drugo slanje ove fotografije je u toku</translation>
        </message>
        <message>
            <source>connection cut ({error})</source>
            <translation>veza prekinuta ({error})</translation>
        </message>
        <message>
            <source>the server did not take the bytes sent</source>
            <translation>server nije primio poslate bajtove</translation>
        </message>
        <message>
            <source>upload of {photo} kept failing: {problem}</source>
            <translation>slanje fotografije {photo} nije uspelo ni u jednom pokušaju: {problem}</translation>
        </message>
        <message>
            <source>upload refused: {reason}</source>
            <translation>slanje odbijeno: {reason}</translation>
        </message>
        <message>
            <source>the shareable copy is missing; sync again</source>
            <translation>kopija za deljenje nedostaje; sinhronizujte ponovo</translation>
        </message>
        <message>
            <source>another upload of this photo is under way; it is sent next time</source>
            <translation>drugo slanje ove fotografije je u toku; biće poslata sledeći put</translation>
        </message>
        <message>
            <source>its copy was not sent: the server no longer has this photo as yours (withdrawn, or a teammate's, meanwhile); this sync's pull brings what became of it</source>
            <translation>njena kopija nije poslata: server ovu fotografiju više ne vodi kao vašu (povučena je ili je u međuvremenu postala saradnikova); preuzimanje ove sinhronizacije donosi šta je s njom bilo</translation>
        </message>
        <message>
            <source>photo {photo} has no picture on the server</source>
            <translation>fotografija {photo} nema sliku na serveru</translation>
        </message>
        <message>
            <source>the server sent other bytes for photo {photo} (SHA-256 differs)</source>
            <translation>server je poslao druge bajtove za fotografiju {photo} (SHA-256 se razlikuje)</translation>
        </message>
        <message>
            <source>{record} {id}: {message}</source>
            <translation>{record} {id}: {message}</translation>
        </message>
        <message>
            <source>{record} {id}: your edit was not applied: it had been deleted meanwhile (reviewers see what you sent)</source>
            <translation>{record} {id}: vaša izmena nije primenjena: zapis je u međuvremenu obrisan (recenzenti vide šta ste poslali)</translation>
        </message>
        <message>
            <source>{record} {id} was merged into camera {camera} by {who}: your edit was not applied ({values}); make it on camera {camera} if it still holds (reviewers see what you sent)</source>
            <translation>{record} {id} je spojena sa kamerom {camera} (spojio ju je {who}): vaša izmena nije primenjena ({values}); unesite je na kameri {camera} ako i dalje važi (recenzenti vide šta ste poslali)</translation>
        </message>
        <message>
            <source>{record} {id} was merged into camera {camera} by {who}: your edit was not applied ({values}); camera {camera} is a teammate's: reviewers see what you sent and can make it there</source>
            <translation>{record} {id} je spojena sa kamerom {camera} (spojio ju je {who}): vaša izmena nije primenjena ({values}); kamera {camera} pripada članu tima: recenzenti vide šta ste poslali i mogu da je unesu na njoj</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>neko drugi</translation>
        </message>
        <message>
            <source>{field}: {value}</source>
            <translation>{field}: {value}</translation>
        </message>
        <message>
            <source>{first}; {then}</source>
            <translation>{first}; {then}</translation>
        </message>
        <message>
            <source>{record} {id}: not made: the photos you split off had been deleted meanwhile (reviewers see what you sent)</source>
            <translation>{record} {id}: nije napravljena: fotografije koje ste izdvojili su u međuvremenu obrisane (recenzenti vide šta ste poslali)</translation>
        </message>
        <message>
            <source>{record} {id}: not made: the photos you split off had become a teammate's meanwhile (reviewers see what you sent)</source>
            <translation>{record} {id}: nije napravljena: fotografije koje ste izdvojili su u međuvremenu postale fotografije člana tima (recenzenti vide šta ste poslali)</translation>
        </message>
        <message>
            <source>{record} {id}: not made: it had been deleted or merged meanwhile; the photos you split off are on camera {camera} (reviewers see what you sent)</source>
            <translation>{record} {id}: nije napravljena: u međuvremenu je obrisana ili spojena; fotografije koje ste izdvojili su na kameri {camera} (recenzenti vide šta ste poslali)</translation>
        </message>
        <message>
            <source>'{ref}' is too short to name a record</source>
            <translation>„{ref}” je prekratko da označi zapis</translation>
        </message>
        <message>
            <source>no refused change</source>
            <translation>nema odbijenih izmena</translation>
        </message>
        <message>
            <source>no refused change for '{ref}'</source>
            <translation>nema odbijenih izmena za „{ref}”</translation>
        </message>
        <message numerus="yes">
            <source>%n photos uploaded</source>
            <translation>
                <numerusform>%n fotografija otpremljena</numerusform>
                <numerusform>%n fotografije otpremljene</numerusform>
                <numerusform>%n fotografija otpremljeno</numerusform>
            </translation>
        </message>
        <message>
            <source>no token for {server}: pass --token TOKEN (add --save-token to keep it in the system keyring) or set {variable}</source>
            <translation>nema tokena za {server}: navedite --token TOKEN (dodajte --save-token da se sačuva u sistemskom privesku ključeva) ili postavite {variable}</translation>
        </message>
        <message>
            <source>the system keyring cannot store the token ({error})</source>
            <translation>sistemski privezak ključeva ne može da sačuva token ({error})</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n izmena</numerusform>
                <numerusform>%n izmene</numerusform>
                <numerusform>%n izmena</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos</source>
            <translation>
                <numerusform>%n fotografija</numerusform>
                <numerusform>%n fotografije</numerusform>
                <numerusform>%n fotografija</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>system</name>
        <message>
            <source>permission denied</source>
            <translation>pristup odbijen</translation>
        </message>
        <message>
            <source>a link that leads back to itself</source>
            <translation>veza koja vodi nazad na samu sebe</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>to je fascikla</translation>
        </message>
        <message>
            <source>not a folder</source>
            <translation>to nije fascikla</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>ime je predugačko</translation>
        </message>
        <message>
            <source>too many files are open</source>
            <translation>otvoreno je previše datoteka</translation>
        </message>
        <message>
            <source>the file is in use</source>
            <translation>datoteka je u upotrebi</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>disk je pun</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>datoteka ne postoji</translation>
        </message>
        <message>
            <source>the disk could not be read or written</source>
            <translation>disk nije mogao da se pročita ni da se upiše</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>disk je samo za čitanje</translation>
        </message>
        <message>
            <source>{reason}: {path}</source>
            <translation>{reason}: {path}</translation>
        </message>
    </context>
    <context>
        <name>tiles</name>
        <message>
            <source>{name} is not an MBTiles file ({error})</source>
            <translation>{name} nije MBTiles datoteka ({error})</translation>
        </message>
        <message>
            <source>the tile server answered {status}</source>
            <translation>server pločica je odgovorio {status}</translation>
        </message>
        <message>
            <source>a tile was not an image</source>
            <translation>pločica nije bila slika</translation>
        </message>
        <message>
            <source>no connection to {host}</source>
            <translation>nema veze sa {host}</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <source>field edit</source>
            <translation>izmena polja</translation>
        </message>
        <message>
            <source>move</source>
            <translation>pomeranje</translation>
        </message>
        <message>
            <source>placing on the map</source>
            <translation>postavljanje na kartu</translation>
        </message>
        <message>
            <source>return to the photos' position</source>
            <translation>povratak na položaj fotografija</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>spajanje</translation>
        </message>
        <message>
            <source>marking as two cameras</source>
            <translation>označavanje kao dve kamere</translation>
        </message>
        <message>
            <source>split</source>
            <translation>razdvajanje</translation>
        </message>
        <message>
            <source>deletion</source>
            <translation>brisanje</translation>
        </message>
        <message>
            <source>blur change</source>
            <translation>izmena zamućenja</translation>
        </message>
        <message>
            <source>review decision</source>
            <translation>odluka o proveri</translation>
        </message>
        <message>
            <source>photos were put on the camera or taken off it since you were asked (by a sync or another program): look at it again</source>
            <translation>fotografije su dodate kameri ili uklonjene s nje otkad ste upitani (sinhronizacijom ili drugim programom): pogledajte je ponovo</translation>
        </message>
        <message>
            <source>there is nothing to undo</source>
            <translation>nema ničeg za opoziv</translation>
        </message>
        <message>
            <source>the edit to set aside is no longer the first one to redo (another window or a restart changed the list): look at the Edit menu again</source>
            <translation>izmena koju treba ostaviti po strani više nije prva za ponavljanje (drugi prozor ili ponovno pokretanje promenili su spisak): ponovo pogledajte meni Uređivanje</translation>
        </message>
        <message>
            <source>the edit to set aside is no longer the last one (another window or a restart changed the list): look at the Edit menu again</source>
            <translation>izmena koju treba ostaviti po strani više nije poslednja (drugi prozor ili ponovno pokretanje promenili su spisak): ponovo pogledajte meni Uređivanje</translation>
        </message>
        <message>
            <source>the {name} can be redone now, so it was not set aside: redo makes it again</source>
            <translation>operacija „{name}“ sada može da se ponovi, pa nije ostavljena po strani: ponavljanje je ponovo pravi</translation>
        </message>
        <message>
            <source>the {name} can be undone now, so it was not set aside: undo takes it back</source>
            <translation>operacija „{name}“ sada može da se opozove, pa nije ostavljena po strani: opoziv je vraća</translation>
        </message>
        <message>
            <source>there is nothing to redo</source>
            <translation>nema ničeg za ponavljanje</translation>
        </message>
        <message>
            <source>the {name} cannot be undone: the position it would put back came from a geotagging undone since, and the camera's photos no longer give it</source>
            <translation>operacija „{name}“ ne može da se opozove: položaj koji bi vratila potiče od geooznačavanja opozvanog od tada, a fotografije kamere ga više ne daju</translation>
        </message>
        <message>
            <source>the {name} cannot be redone: the survey was synced since it was undone; make it again</source>
            <translation>operacija „{name}“ ne može da se ponovi: snimanje je sinhronizovano otkad je opozvana; uradite je ponovo</translation>
        </message>
        <message>
            <source>{refusal}; it is taken off the list of edits to undo</source>
            <translation>{refusal}; uklonjena je sa spiska izmena za opoziv</translation>
        </message>
        <message>
            <source>{refusal}; it is taken off the list of edits to redo</source>
            <translation>{refusal}; uklonjena je sa spiska izmena za ponavljanje</translation>
        </message>
        <message>
            <source>the {name} was sent to the server, but no answer came back: the server may have it, and the next sync sends it again; it can no longer be undone here</source>
            <translation>operacija „{name}“ je poslata serveru, ali odgovor nije stigao: server je možda ima, a sledeća sinhronizacija je šalje ponovo; ovde se više ne može opozvati</translation>
        </message>
        <message>
            <source>the {name} was already sent to the server, which keeps it: it can no longer be undone here</source>
            <translation>operacija „{name}“ je već poslata serveru, koji je čuva: ovde se više ne može opozvati</translation>
        </message>
        <message numerus="yes">
            <source>{refusal}; nothing is lost: %n photos of yours stay on a camera of their own, and only {owner} or a reviewer can merge them back into their camera</source>
            <translation>
                <numerusform>{refusal}; ništa nije izgubljeno: %n vaša fotografija ostaje na posebnoj kameri, a na kameru osobe {owner} spajanjem je može vratiti samo ta osoba ili recenzent</numerusform>
                <numerusform>{refusal}; ništa nije izgubljeno: %n vaše fotografije ostaju na posebnoj kameri, a na kameru osobe {owner} spajanjem ih može vratiti samo ta osoba ili recenzent</numerusform>
                <numerusform>{refusal}; ništa nije izgubljeno: %n vaših fotografija ostaje na posebnoj kameri, a na kameru osobe {owner} spajanjem ih može vratiti samo ta osoba ili recenzent</numerusform>
            </translation>
        </message>
        <message>
            <source>the {name} cannot be undone: what it changed was changed again since (by a sync or another program)</source>
            <translation>operacija „{name}“ ne može da se opozove: ono što je promenila od tada je ponovo promenjeno (sinhronizacijom ili drugim programom)</translation>
        </message>
        <message>
            <source>the {name} cannot be redone: what it changed was changed again since (by a sync or another program)</source>
            <translation>operacija „{name}“ ne može da se ponovi: ono što je promenila od tada je ponovo promenjeno (sinhronizacijom ili drugim programom)</translation>
        </message>
        <message>
            <source>a record of this step is gone</source>
            <translation>zapis ovog koraka više ne postoji</translation>
        </message>
    </context>
    <context>
        <name>units</name>
        <message>
            <source>{size} kB</source>
            <translation>{size} kB</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
    </context>
    <context>
        <name>vendors</name>
        <message>
            <source>model family {family}</source>
            <translation>porodica modela {family}</translation>
        </message>
        <message>
            <source>model family {family}, but {maker} makes other products</source>
            <translation>porodica modela {family}, ali {maker} pravi druge proizvode</translation>
        </message>
        <message>
            <source>brand {brand} ({vendor})</source>
            <translation>brend {brand} ({vendor})</translation>
        </message>
        <message>
            <source>name {name}</source>
            <translation>naziv {name}</translation>
        </message>
        <message>
            <source>label {seen} reads {owner}</source>
            <translation>natpis {seen} označava {owner}</translation>
        </message>
        <message>
            <source>model family {family}, read as {model}</source>
            <translation>porodica modela {family}, pročitano kao {model}</translation>
        </message>
        <message>
            <source>model family {family}, read as {model}, but {maker} makes other products</source>
            <translation>porodica modela {family}, pročitano kao {model}, ali {maker} pravi druge proizvode</translation>
        </message>
        <message>
            <source>{vendor} — {confidence}: {reasons}</source>
            <translation>{vendor} — {confidence}: {reasons}</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>sigurno</translation>
        </message>
        <message>
            <source>likely</source>
            <translation>verovatno</translation>
        </message>
        <message>
            <source>weak</source>
            <translation>slabo</translation>
        </message>
    </context>
    <context>
        <name>warnings</name>
        <message>
            <source>Camera</source>
            <translation>Kamera</translation>
        </message>
        <message>
            <source>{camera} and {other} are probably one camera ({metres} m apart)</source>
            <translation>{camera} i {other} su verovatno jedna kamera (na {metres} m)</translation>
        </message>
        <message>
            <source>{camera} is already in {source} ({source_id}, {metres} m away)</source>
            <translation>{camera} je već u {source} ({source_id}, na {metres} m)</translation>
        </message>
        <message numerus="yes">
            <source>The originals of %n photos are missing from the library ({names}): it holds none of them. If you moved the photo library, close SurveyApp and move it back to {library}; else import their files again</source>
            <translation>
                <numerusform>Original %n fotografije nedostaje u biblioteci ({names}): u njoj nema nijednog. Ako ste premestili biblioteku fotografija, zatvorite SurveyApp i vratite je na njeno mesto ({library}); inače ponovo uvezite njenu datoteku</numerusform>
                <numerusform>Originali %n fotografije nedostaju u biblioteci ({names}): u njoj nema nijednog. Ako ste premestili biblioteku fotografija, zatvorite SurveyApp i vratite je na njeno mesto ({library}); inače ponovo uvezite njihove datoteke</numerusform>
                <numerusform>Originali %n fotografija nedostaju u biblioteci ({names}): u njoj nema nijednog. Ako ste premestili biblioteku fotografija, zatvorite SurveyApp i vratite je na njeno mesto ({library}); inače ponovo uvezite njihove datoteke</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The originals of %n photos are missing from the library ({names}): import their files again</source>
            <translation>
                <numerusform>Original %n fotografije nedostaje u biblioteci ({names}): ponovo uvezite njenu datoteku</numerusform>
                <numerusform>Originali %n fotografije nedostaju u biblioteci ({names}): ponovo uvezite njihove datoteke</numerusform>
                <numerusform>Originali %n fotografija nedostaju u biblioteci ({names}): ponovo uvezite njihove datoteke</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{camera} has no position: place it on the map (%n photos)</source>
            <translation>
                <numerusform>{camera} nema položaj: postavite je na mapu (%n fotografija)</numerusform>
                <numerusform>{camera} nema položaj: postavite je na mapu (%n fotografije)</numerusform>
                <numerusform>{camera} nema položaj: postavite je na mapu (%n fotografija)</numerusform>
            </translation>
        </message>
        <message>
            <source>Photo {file_name} has no capture time</source>
            <translation>Fotografija {file_name} nema vreme snimanja</translation>
        </message>
        <message>
            <source>Photo {file_name}: {warning}</source>
            <translation>Fotografija {file_name}: {warning}</translation>
        </message>
        <message>
            <source>{owner}'s photo {file_name}: {warning}</source>
            <translation>Fotografija {file_name} korisnika {owner}: {warning}</translation>
        </message>
    </context>
</TS>
