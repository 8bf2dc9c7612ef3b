<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS">
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
            <source>move photos (id or sha256) into a new camera</source>
            <translation>premesti fotografije (id ili sha256) u novu kameru</translation>
        </message>
        <message>
            <source>delete a camera</source>
            <translation>obriši kameru</translation>
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
            <source>Importing</source>
            <translation>Uvoz</translation>
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
        <message>
            <source>the vendor catalogue</source>
            <translation>katalog proizvođača</translation>
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
            <source>brands: {names}</source>
            <translation>brendovi: {names}</translation>
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
</TS>
