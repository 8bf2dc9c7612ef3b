<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl_RS">
    <context>
        <name>cli</name>
        <message>
            <source>list every camera</source>
            <translation>прикажи све камере</translation>
        </message>
        <message>
            <source>as a JSON array</source>
            <translation>као JSON низ</translation>
        </message>
        <message>
            <source>edit a camera</source>
            <translation>измени камеру</translation>
        </message>
        <message>
            <source>set fields: camera:type=dome height=5 (empty clears)</source>
            <translation>упиши polja: camera:type=dome height=5 (празно брише)</translation>
        </message>
        <message>
            <source>camera id (or a unique prefix)</source>
            <translation>id камере (или његов јединствени почетак)</translation>
        </message>
        <message>
            <source>place a camera by hand</source>
            <translation>постави камеру ручно</translation>
        </message>
        <message>
            <source>merge cameras into the first one named</source>
            <translation>споји камере у прву наведену</translation>
        </message>
        <message>
            <source>move photos (id or sha256) into a new camera</source>
            <translation>премести фотографије (id или sha256) у нову камеру</translation>
        </message>
        <message>
            <source>delete a camera</source>
            <translation>обриши камеру</translation>
        </message>
        <message>
            <source>list the fields and their allowed values</source>
            <translation>прикажи поља и дозвољене вредности</translation>
        </message>
        <message>
            <source>vendor unknown</source>
            <translation>произвођач непознат</translation>
        </message>
        <message numerus="yes">
            <source>%n photos</source>
            <translation>
                <numerusform>%n фотографија</numerusform>
                <numerusform>%n фотографије</numerusform>
                <numerusform>%n фотографија</numerusform>
            </translation>
        </message>
        <message>
            <source>'{item}' is not key=value (e.g. camera:type=dome)</source>
            <translation>„{item}“ није облика кључ = вредност (нпр. camera:type=dome)</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>без положаја</translation>
        </message>
        <message>
            <source>no such folder: {path}</source>
            <translation>фасцикла не postoji: {path}</translation>
        </message>
        <message>
            <source>import photos (files or folders, recursive)</source>
            <translation>увези фотографије (датотеке или фасцикле, са подфасциклама)</translation>
        </message>
        <message>
            <source>one JSON object per file on stdout</source>
            <translation>један JSON објекат по датотеци на стандардном излазу</translation>
        </message>
        <message>
            <source>list every photo</source>
            <translation>прикажи све фотографије</translation>
        </message>
        <message>
            <source>no such file or folder: {path}</source>
            <translation>датотека или фасцикла не postoji: {path}</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Увоз</translation>
        </message>
        <message>
            <source>error: {path}: {reason}</source>
            <translation>greška: {path}: {reason}</translation>
        </message>
        <message>
            <source>interrupted: the photos imported so far are kept</source>
            <translation>prekinuto: до сада увезене фотографије су сачуване</translation>
        </message>
        <message>
            <source>error: {reason}</source>
            <translation>greška: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n photos are in the survey; the next import skips them</source>
            <translation>
                <numerusform>%n фотографија је у попису; следећи увоз је прескаче</numerusform>
                <numerusform>%n фотографије су у попису; следећи увоз их прескаче</numerusform>
                <numerusform>%n фотографија је у попису; следећи увоз их прескаче</numerusform>
            </translation>
        </message>
        <message>
            <source>no photo of this import could be saved</source>
            <translation>ниједна фотографија из овог увоза није могла да се сачува</translation>
        </message>
        <message>
            <source>error: the disk is full: the database could not grow; the photos of earlier checkpoints are kept. Free some space and import again.</source>
            <translation>greška: диск је пун, база података не може да расте; фотографије из ранијих корака су сачуване. Ослободите простор и поново покрените увоз.</translation>
        </message>
        <message numerus="yes">
            <source>%n imported</source>
            <translation>
                <numerusform>%n увезена</numerusform>
                <numerusform>%n увезене</numerusform>
                <numerusform>%n увезених</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicates</source>
            <translation>
                <numerusform>%n дупликат</numerusform>
                <numerusform>%n дупликата</numerusform>
                <numerusform>%n дупликата</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>%n грешка</numerusform>
                <numerusform>%n грешке</numerusform>
                <numerusform>%n грешака</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without position</source>
            <translation>
                <numerusform>%n без положаја</numerusform>
                <numerusform>%n без положаја</numerusform>
                <numerusform>%n без положаја</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new cameras</source>
            <translation>
                <numerusform>%n нова камера</numerusform>
                <numerusform>%n нове камере</numerusform>
                <numerusform>%n нових камера</numerusform>
            </translation>
        </message>
        <message>
            <source>the vendor catalogue</source>
            <translation>каталог произвођача</translation>
        </message>
        <message>
            <source>model number or label text to identify</source>
            <translation>број модела или текст са натписа за препознавање</translation>
        </message>
        <message>
            <source>vendors identify needs a model number or label text</source>
            <translation>вендорс identify тражи број модела или текст са натписа</translation>
        </message>
        <message>
            <source>no vendor recognised (vendor unknown is a valid answer)</source>
            <translation>произвођач није препознат („произвођач непознат“ је исправан одговор)</translation>
        </message>
        <message>
            <source>FCC Covered List</source>
            <translation>FCC листа</translation>
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
            <translation>кога snima: јавна улица, приватни спољни простор, унутрашњи простор</translation>
        </message>
        <message>
            <source>what it is</source>
            <translation>шта је то</translation>
        </message>
        <message>
            <source>what it watches</source>
            <translation>шта надзире</translation>
        </message>
        <message>
            <source>housing: fixed, panning, dome</source>
            <translation>kućište: фиксна, покретна, купола</translation>
        </message>
        <message>
            <source>what it is fixed to</source>
            <translation>на чему је постављена</translation>
        </message>
        <message>
            <source>where it looks</source>
            <translation>куда гледа</translation>
        </message>
        <message>
            <source>metres above ground</source>
            <translation>метара изнад тла</translation>
        </message>
        <message>
            <source>who runs it</source>
            <translation>ко њоме управља</translation>
        </message>
        <message>
            <source>the true maker</source>
            <translation>стварни произвођач</translation>
        </message>
        <message>
            <source>maker's Q-id</source>
            <translation>Wikidata ознака (Q…) произвођача</translation>
        </message>
        <message>
            <source>the label on the housing</source>
            <translation>натпис на кућишту</translation>
        </message>
        <message>
            <source>the model number</source>
            <translation>број модела</translation>
        </message>
        <message>
            <source>seen = label or model read; shape = judged by its look; unknown</source>
            <translation>seen = прочитан натпис или модел; shape = процењено по изгледу; unknown = непознато</translation>
        </message>
        <message>
            <source>present, removed, not_found</source>
            <translation>present (постоји), removed (уклоњена), not_found (није пронађена)</translation>
        </message>
        <message>
            <source>last seen, YYYY-MM-DD</source>
            <translation>последњи пут виђена, GGGG-MM-DD</translation>
        </message>
        <message>
            <source>the volunteer's notes</source>
            <translation>белешке волонтера</translation>
        </message>
    </context>
    <context>
        <name>osm</name>
        <message>
            <source>public</source>
            <translation>јавни простор</translation>
        </message>
        <message>
            <source>outdoor</source>
            <translation>спољни простор</translation>
        </message>
        <message>
            <source>indoor</source>
            <translation>унутрашњи простор</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>камера</translation>
        </message>
        <message>
            <source>ALPR</source>
            <translation>читач таблица (ALPR)</translation>
        </message>
        <message>
            <source>guard</source>
            <translation>чувар</translation>
        </message>
        <message>
            <source>gunshot_detector</source>
            <translation>детектор пуцњева</translation>
        </message>
        <message>
            <source>town</source>
            <translation>град</translation>
        </message>
        <message>
            <source>traffic</source>
            <translation>саобраћај</translation>
        </message>
        <message>
            <source>parking</source>
            <translation>parking</translation>
        </message>
        <message>
            <source>shop</source>
            <translation>продавница</translation>
        </message>
        <message>
            <source>bank</source>
            <translation>банка</translation>
        </message>
        <message>
            <source>building</source>
            <translation>зграда</translation>
        </message>
        <message>
            <source>entrance</source>
            <translation>улаз</translation>
        </message>
        <message>
            <source>public_transport_platform</source>
            <translation>станица јавног превоза</translation>
        </message>
        <message>
            <source>corridor</source>
            <translation>ходник</translation>
        </message>
        <message>
            <source>atm</source>
            <translation>банкомат</translation>
        </message>
        <message>
            <source>fixed</source>
            <translation>фиксна</translation>
        </message>
        <message>
            <source>panning</source>
            <translation>покретна</translation>
        </message>
        <message>
            <source>dome</source>
            <translation>купола</translation>
        </message>
        <message>
            <source>panorama</source>
            <translation>панорамска</translation>
        </message>
        <message>
            <source>doorbell</source>
            <translation>интерфон са камером</translation>
        </message>
        <message>
            <source>wall</source>
            <translation>зид</translation>
        </message>
        <message>
            <source>pole</source>
            <translation>стуб</translation>
        </message>
        <message>
            <source>ceiling</source>
            <translation>плафон</translation>
        </message>
        <message>
            <source>street_lamp</source>
            <translation>улична светиљка</translation>
        </message>
        <message>
            <source>traffic_signal</source>
            <translation>семафор</translation>
        </message>
        <message>
            <source>tree</source>
            <translation>дрво</translation>
        </message>
        <message>
            <source>seen</source>
            <translation>виђено (прочитан натпис или модел)</translation>
        </message>
        <message>
            <source>shape</source>
            <translation>по изгледу</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>непознато</translation>
        </message>
        <message>
            <source>present</source>
            <translation>постоји</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>уклоњена</translation>
        </message>
        <message>
            <source>not_found</source>
            <translation>није пронађена</translation>
        </message>
    </context>
</TS>
