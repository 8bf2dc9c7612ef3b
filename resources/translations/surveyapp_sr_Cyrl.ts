<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl_RS">
    <context>
        <name>BlurEditor</name>
        <message>
            <source>Blur before sharing</source>
            <translation>Замућивање пре дељења</translation>
        </message>
        <message>
            <source>This is the copy that leaves the laptop. Drag to blur a rectangle; click a blurred region to leave it sharp, and click it again to blur it again.</source>
            <translation>Ово је копија која напушта рачунар. Превуците да замутите правоугаоник; кликните на замућену област да остане оштра, а поново кликните да је опет замутите.</translation>
        </message>
        <message>
            <source>found and blurred</source>
            <translation>пронађено и замућено</translation>
        </message>
        <message>
            <source>blurred by you</source>
            <translation>замутили сте ви</translation>
        </message>
        <message>
            <source>left sharp by you</source>
            <translation>оставили сте оштро</translation>
        </message>
        <message>
            <source>Making the shareable copy…</source>
            <translation>Прави се копија за дељење…</translation>
        </message>
        <message numerus="yes">
            <source>%n regions blurred in the shared copy.</source>
            <translation>
                <numerusform>%n област замућена у дељеној копији.</numerusform>
                <numerusform>%n области замућене у дељеној копији.</numerusform>
                <numerusform>%n области замућено у дељеној копији.</numerusform>
            </translation>
        </message>
        <message>
            <source>This survey does not look for faces and plates.</source>
            <translation>Ово истраживање не тражи лица и таблице.</translation>
        </message>
        <message>
            <source>Cannot show the shared copy: {error}</source>
            <translation>Дељена копија не може да се прикаже: {error}</translation>
        </message>
    </context>
    <context>
        <name>CameraForm</name>
        <message>
            <source>Surveillance</source>
            <translation>Надзор</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Зона</translation>
        </message>
        <message>
            <source>Camera type</source>
            <translation>Тип камере</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>Постављена на</translation>
        </message>
        <message>
            <source>Vendor confidence</source>
            <translation>Колико сте сигурни</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Стање</translation>
        </message>
        <message>
            <source>Height (m)</source>
            <translation>Висина (м)</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Власник</translation>
        </message>
        <message>
            <source>Brand on housing</source>
            <translation>Марка на кућишту</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Модел</translation>
        </message>
        <message>
            <source>Check date</source>
            <translation>Датум провере</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>непознато</translation>
        </message>
        <message>
            <source>type a name or a brand (EZVIZ, Lorex…)</source>
            <translation>упишите име или марку (EZVIZ, Lorex…)</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Произвођач</translation>
        </message>
        <message>
            <source>e.g. {model}</source>
            <translation>нпр. {model}</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Смер</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>гггг-мм-дд</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Данас</translation>
        </message>
        <message>
            <source>Anything a reviewer should know</source>
            <translation>Све што би проверавач требало да зна</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Напомене</translation>
        </message>
        <message>
            <source>Metres above ground, e.g. 4.5</source>
            <translation>Метара изнад тла, нпр. 4,5</translation>
        </message>
        <message>
            <source>FCC Covered List</source>
            <translation>FCC црна листа</translation>
        </message>
        <message>
            <source>Not on Covered List</source>
            <translation>Није на FCC листи</translation>
        </message>
        <message>
            <source>Looks like {vendor} ({reason}, FCC Covered List): use it</source>
            <translation>Личи на {vendor} ({reason}, FCC црна листа): изабери</translation>
        </message>
        <message>
            <source>Looks like {vendor} ({reason}): use it</source>
            <translation>Личи на {vendor} ({reason}): изабери</translation>
        </message>
    </context>
    <context>
        <name>CameraPanel</name>
        <message>
            <source>from the photos' GPS</source>
            <translation>према GPS-у фотографија</translation>
        </message>
        <message>
            <source>from the photos' XMP</source>
            <translation>према XMP подацима фотографија</translation>
        </message>
        <message>
            <source>placed by hand</source>
            <translation>постављено ручно</translation>
        </message>
        <message>
            <source>mean of merged cameras</source>
            <translation>средина спојених камера</translation>
        </message>
        <message>
            <source>from a GPX track</source>
            <translation>према GPX трагу</translation>
        </message>
        <message>
            <source>Import the photos of your walk: drop a folder on this window, or &lt;b&gt;Import photos&lt;/b&gt; (Ctrl+I).</source>
            <translation>Увезите фотографије са шетње: превуците фасциклу на овај прозор или &lt;b&gt;Увези фотографије&lt;/b&gt; (Ctrl+I).</translation>
        </message>
        <message>
            <source>Photos taken a few metres and minutes apart become one camera.</source>
            <translation>Фотографије снимљене на неколико метара и минута размака постају једна камера.</translation>
        </message>
        <message>
            <source>Select a camera in the list or on the map to see its photos and record what you saw: vendor, type, mount, direction.</source>
            <translation>Изаберите камеру на листи или на мапи да видите њене фотографије и упишете шта сте видели: произвођач, тип, постављање, смер.</translation>
        </message>
        <message>
            <source>Check the &lt;b&gt;Warnings&lt;/b&gt; tab for likely duplicates and cameras without a position.</source>
            <translation>На картици &lt;b&gt;Упозорења&lt;/b&gt; проверите могуће дупликате и камере без положаја.</translation>
        </message>
        <message>
            <source>How to start</source>
            <translation>Како да почнете</translation>
        </message>
        <message>
            <source>Merge into one camera</source>
            <translation>Споји у једну камеру</translation>
        </message>
        <message>
            <source>The first selected camera keeps its values; empty ones are filled from the others</source>
            <translation>Прва изабрана камера задржава своје вредности; празна поља се попуњавају из осталих</translation>
        </message>
        <message>
            <source>Delete selected cameras…</source>
            <translation>Обриши изабране камере…</translation>
        </message>
        <message>
            <source>Double-click to open; select photos to split them off</source>
            <translation>Двоклик отвара фотографију; изаберите фотографије да их одвојите</translation>
        </message>
        <message>
            <source>Split off selected photos</source>
            <translation>Одвоји изабране фотографије</translation>
        </message>
        <message>
            <source>Delete camera…</source>
            <translation>Обриши камеру…</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras selected.</source>
            <translation>
                <numerusform>Изабрана је %n камера.</numerusform>
                <numerusform>Изабране су %n камере.</numerusform>
                <numerusform>Изабрано је %n камера.</numerusform>
            </translation>
        </message>
        <message>
            <source>Merging keeps every photo; the first selected camera's values win.</source>
            <translation>Спајање чува све фотографије; важе вредности прве изабране камере.</translation>
        </message>
        <message>
            <source>Vendor unknown</source>
            <translation>Непознат произвођач</translation>
        </message>
        <message>
            <source>No position yet: click the map to place it.</source>
            <translation>Још нема положај: кликните на мапу да је поставите.</translation>
        </message>
        <message>
            <source>changed since last sync</source>
            <translation>измењена од последње синхронизације</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>синхронизована</translation>
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
            <source>camera {id}</source>
            <translation>камера {id}</translation>
        </message>
        <message>
            <source>bearing {degrees}°</source>
            <translation>смер {degrees}°</translation>
        </message>
        <message>
            <source>no time</source>
            <translation>без времена</translation>
        </message>
        <message numerus="yes">
            <source>Split off %n photos</source>
            <translation>
                <numerusform>Одвоји %n фотографију</numerusform>
                <numerusform>Одвоји %n фотографије</numerusform>
                <numerusform>Одвоји %n фотографија</numerusform>
            </translation>
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
            <translation>ручно</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>спојено</translation>
        </message>
        <message>
            <source>gpx</source>
            <translation>GPX</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нема</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>непознат</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>чека</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>послато</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Произвођач</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>Носач</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Смер</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Слике</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Положај</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Проверено</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Синхр.</translation>
        </message>
        <message>
            <source>Search vendor, model, type… (Ctrl+F)</source>
            <translation>Тражи произвођача, модел, тип… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Any vendor</source>
            <translation>Сви произвођачи</translation>
        </message>
        <message>
            <source>Vendor unknown</source>
            <translation>Непознат произвођач</translation>
        </message>
        <message>
            <source>{vendor} (covered)</source>
            <translation>{vendor} (FCC листа)</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Сви типови</translation>
        </message>
        <message>
            <source>Type unknown</source>
            <translation>Непознат тип</translation>
        </message>
        <message>
            <source>Covered List</source>
            <translation>FCC листа</translation>
        </message>
        <message>
            <source>Only vendors on the US FCC Covered List</source>
            <translation>Само произвођачи са црне листе америчке FCC</translation>
        </message>
        <message>
            <source>No position</source>
            <translation>Без положаја</translation>
        </message>
        <message>
            <source>Unsynced</source>
            <translation>Непослате</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras</source>
            <translation>
                <numerusform>%n камера</numerusform>
                <numerusform>%n камере</numerusform>
                <numerusform>%n камера</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} од {total}</translation>
        </message>
    </context>
    <context>
        <name>CameraTableModel</name>
        <message>
            <source>vendor unknown</source>
            <translation>непознат произвођач</translation>
        </message>
        <message>
            <source>model {model}</source>
            <translation>модел {model}</translation>
        </message>
        <message>
            <source>on the FCC Covered List</source>
            <translation>на FCC црној листи</translation>
        </message>
    </context>
    <context>
        <name>Compass</name>
        <message>
            <source>Where the phone pointed (GPS bearing)</source>
            <translation>Куда је телефон био окренут (GPS смер)</translation>
        </message>
        <message>
            <source>N</source>
            <comment>north</comment>
            <translation>С</translation>
        </message>
    </context>
    <context>
        <name>DirectionEdit</name>
        <message>
            <source>unknown</source>
            <translation>непознат</translation>
        </message>
        <message>
            <source>Degrees clockwise from north (135), a compass point (SE) or 90-270</source>
            <translation>Степени од севера у смеру казаљке (135), страна света (SE) или 90-270</translation>
        </message>
        <message>
            <source>Drag to set the direction (north is up)</source>
            <translation>Превуците да подесите смер (север је горе)</translation>
        </message>
        <message>
            <source>Use photo bearing {degrees}°</source>
            <translation>Узми смер са фотографије ({degrees}°)</translation>
        </message>
        <message>
            <source>unknown (photo bearing {degrees}°)</source>
            <translation>непознат (фотографија: {degrees}°)</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>The edit was not saved: {error}</source>
            <translation>Измена није сачувана: {error}</translation>
        </message>
        <message>
            <source>The move was not saved: {error}</source>
            <translation>Премештање није сачувано: {error}</translation>
        </message>
        <message>
            <source>The merge was not saved: {error}</source>
            <translation>Спајање није сачувано: {error}</translation>
        </message>
        <message>
            <source>The split was not saved: {error}</source>
            <translation>Одвајање није сачувано: {error}</translation>
        </message>
        <message>
            <source>The deletion was not saved: {error}</source>
            <translation>Брисање није сачувано: {error}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the survey</source>
            <translation>Извоз снимања</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Изабери…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Извези</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Датотека</translation>
        </message>
        <message>
            <source>GeoJSON (QGIS, web maps)</source>
            <translation>GeoJSON (QGIS, веб мапе)</translation>
        </message>
        <message>
            <source>CSV spreadsheet</source>
            <translation>CSV табела</translation>
        </message>
        <message>
            <source>KML (Google Earth, OsmAnd)</source>
            <translation>KML (Google Earth, OsmAnd)</translation>
        </message>
        <message>
            <source>OSM XML for JOSM</source>
            <translation>OSM XML за JOSM</translation>
        </message>
        <message>
            <source>GPX waypoints</source>
            <translation>GPX тачке</translation>
        </message>
        <message>
            <source>GeoJSON + photos (zip)</source>
            <translation>GeoJSON + фотографије (ZIP)</translation>
        </message>
        <message>
            <source>RFC 7946 points, OSM tags as properties</source>
            <translation>RFC 7946 тачке, OSM ознаке као својства</translation>
        </message>
        <message>
            <source>one row per camera, OSM keys as columns, longitude/latitude</source>
            <translation>један ред по камери, OSM кључеви као колоне, дужина и ширина</translation>
        </message>
        <message>
            <source>placemarks with a description table and direction</source>
            <translation>ознаке са табелом описа и смером</translation>
        </message>
        <message>
            <source>new nodes to review in JOSM (never uploaded by SurveyApp)</source>
            <translation>нови чворови за проверу у JOSM-у (SurveyApp их никад не шаље)</translation>
        </message>
        <message>
            <source>GPX 1.1 waypoints for GPS devices and phone apps</source>
            <translation>GPX 1.1 тачке за GPS уређаје и апликације на телефону</translation>
        </message>
        <message>
            <source>for journalists: the GeoJSON and privacy-stripped copies of the photos</source>
            <translation>за новинаре: GeoJSON и копије фотографија без личних података</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Извези у</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>Отказано; ниједна датотека није уписана.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Извоз у току…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n cameras to {path}</source>
            <translation>
                <numerusform>Извезена је %n камера у {path}</numerusform>
                <numerusform>Извезене су %n камере у {path}</numerusform>
                <numerusform>Извезено је %n камера у {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export failed: {error}</source>
            <translation>Извоз није успео: {error}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import photos</source>
            <translation>Увоз фотографија</translation>
        </message>
        <message>
            <source>Looking for photos…</source>
            <translation>Тражим фотографије…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Stop after the current photo; what is imported is kept</source>
            <translation>Стани после ове фотографије; увезено остаје сачувано</translation>
        </message>
        <message>
            <source>Importing photo {done} of {total}</source>
            <translation>Увозим фотографију {done} од {total}</translation>
        </message>
        <message>
            <source>Stopping after this photo…</source>
            <translation>Заустављам после ове фотографије…</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Увоз је завршен</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Увоз је отказан</translation>
        </message>
        <message>
            <source>The import stopped</source>
            <translation>Увоз је прекинут</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
    </context>
    <context>
        <name>ImportSummaryView</name>
        <message>
            <source>File</source>
            <translation>Датотека</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Исход</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Разлог</translation>
        </message>
        <message>
            <source>Files that were not imported, and photos with warnings:</source>
            <translation>Датотеке које нису увезене и фотографије са упозорењем:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
        <message numerus="yes">
            <source>%n new cameras</source>
            <comment>after: N photos imported into</comment>
            <translation>
                <numerusform>%n нову камеру</numerusform>
                <numerusform>%n нове камере</numerusform>
                <numerusform>%n нових камера</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos imported into {cameras}</source>
            <translation>
                <numerusform>%n фотографија увезена у {cameras}</numerusform>
                <numerusform>%n фотографије увезене у {cameras}</numerusform>
                <numerusform>%n фотографија увезено у {cameras}</numerusform>
            </translation>
        </message>
        <message>
            <source>(cancelled: what was imported is kept)</source>
            <translation>(отказано: увезено остаје сачувано)</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Увезено</translation>
        </message>
        <message>
            <source>Already in the survey (skipped)</source>
            <translation>Већ у снимању (прескочено)</translation>
        </message>
        <message>
            <source>Not imported (errors)</source>
            <translation>Није увезено (грешке)</translation>
        </message>
        <message>
            <source>Imported without a position</source>
            <translation>Увезено без положаја</translation>
        </message>
        <message>
            <source>Imported with warnings</source>
            <translation>Увезено са упозорењем</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>увезено</translation>
        </message>
        <message>
            <source>not imported</source>
            <translation>није увезено</translation>
        </message>
        <message>
            <source>Cameras without a position are listed under “No position”: select one and click the map where it is.</source>
            <translation>Камере без положаја су под „Без положаја”: изаберите једну и кликните на мапу где се налази.</translation>
        </message>
        <message>
            <source>Photos already in the survey were skipped; nothing was copied twice.</source>
            <translation>Фотографије које су већ у снимању су прескочене; ништа није копирано двапут.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cameras</source>
            <translation>Камере</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Упозорења</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Сачувано</translation>
        </message>
        <message>
            <source>Loading cameras…</source>
            <translation>Учитавам камере…</translation>
        </message>
        <message>
            <source>Import photos…</source>
            <translation>Увези фотографије…</translation>
        </message>
        <message>
            <source>Import photos or a folder</source>
            <translation>Увези фотографије или фасциклу</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Извези…</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Споји</translation>
        </message>
        <message>
            <source>Merge the selected cameras</source>
            <translation>Споји изабране камере</translation>
        </message>
        <message>
            <source>Split photos</source>
            <translation>Одвоји фотографије</translation>
        </message>
        <message>
            <source>Move the selected photos into a new camera</source>
            <translation>Премести изабране фотографије у нову камеру</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Обриши</translation>
        </message>
        <message>
            <source>Delete the selected cameras</source>
            <translation>Обриши изабране камере</translation>
        </message>
        <message>
            <source>Next camera</source>
            <translation>Следећа камера</translation>
        </message>
        <message>
            <source>Previous camera</source>
            <translation>Претходна камера</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Тражи</translation>
        </message>
        <message>
            <source>Show all cameras</source>
            <translation>Прикажи све камере</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Подешавања…</translation>
        </message>
        <message>
            <source>About SurveyApp</source>
            <translation>О програму SurveyApp</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Изађи</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Главна</translation>
        </message>
        <message>
            <source>&amp;Survey</source>
            <translation>&amp;Снимање</translation>
        </message>
        <message>
            <source>&amp;Camera</source>
            <translation>&amp;Камера</translation>
        </message>
        <message>
            <source>&amp;Map</source>
            <translation>&amp;Мапа</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Помоћ</translation>
        </message>
        <message>
            <source>The offline basemap cannot be used: {error}</source>
            <translation>Офлајн мапа не може да се користи: {error}</translation>
        </message>
        <message>
            <source>To start: Import photos (Ctrl+I) or drop a folder of photos on this window.</source>
            <translation>За почетак: увезите фотографије (Ctrl+I) или превуците фасциклу са фотографијама на овај прозор.</translation>
        </message>
        <message>
            <source>Import a folder of photos</source>
            <translation>Увези фасциклу са фотографијама</translation>
        </message>
        <message>
            <source>Select the photos to split off in the camera panel first.</source>
            <translation>Прво изаберите фотографије које одвајате, у панелу камере.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n camera(s) and their photos from the survey?</source>
            <translation>
                <numerusform>Обрисати %n камеру и њене фотографије из снимања?</numerusform>
                <numerusform>Обрисати %n камере и њихове фотографије из снимања?</numerusform>
                <numerusform>Обрисати %n камера и њихове фотографије из снимања?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <source>{distance} km</source>
            <translation>{distance} км</translation>
        </message>
        <message>
            <source>{distance} m</source>
            <translation>{distance} м</translation>
        </message>
        <message>
            <source>FCC Covered List vendor</source>
            <translation>произвођач са FCC листе</translation>
        </message>
        <message>
            <source>other or unknown vendor</source>
            <translation>други или непознат произвођач</translation>
        </message>
        <message>
            <source>selected</source>
            <translation>изабрана</translation>
        </message>
        <message>
            <source>No cameras yet: drop photos here, or Import (Ctrl+I)</source>
            <translation>Још нема камера: превуците фотографије овде или увезите (Ctrl+I)</translation>
        </message>
        <message>
            <source>Click the map where this camera is, to place it</source>
            <translation>Кликните на мапу где је ова камера да је поставите</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewer</name>
        <message>
            <source>Loading the photo…</source>
            <translation>Учитавање фотографије…</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Уклопи</translation>
        </message>
        <message>
            <source>Cannot open the photo: {error}</source>
            <translation>Фотографија не може да се отвори: {error}</translation>
        </message>
        <message>
            <source>no capture time</source>
            <translation>без времена снимања</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>без положаја</translation>
        </message>
        <message>
            <source>GPS bearing {degrees}° true north</source>
            <translation>GPS смер {degrees}° (географски север)</translation>
        </message>
        <message>
            <source>GPS bearing {degrees}° magnetic north</source>
            <translation>GPS смер {degrees}° (магнетни север)</translation>
        </message>
        <message>
            <source>GPS bearing {degrees}°</source>
            <translation>GPS смер {degrees}°</translation>
        </message>
        <message>
            <source>no GPS bearing</source>
            <translation>без GPS смера</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>У реду</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Да</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Не</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Примени</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Подешавања</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Изабери…</translation>
        </message>
        <message>
            <source>empty: no online tiles (grid only)</source>
            <translation>празно: без онлајн мапе (само мрежа)</translation>
        </message>
        <message>
            <source>An XYZ template such as {url}</source>
            <translation>XYZ шаблон, на пример {url}</translation>
        </message>
        <message>
            <source>none: use the tile URL</source>
            <translation>ниједна: користи URL плочица</translation>
        </message>
        <message>
            <source>a name or pseudonym the team knows you by</source>
            <translation>име или надимак по коме вас тим зна</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Језик система</translation>
        </message>
        <message>
            <source>Survey database</source>
            <translation>База снимања</translation>
        </message>
        <message>
            <source>A different database opens at the next start.</source>
            <translation>Друга база се отвара при следећем покретању.</translation>
        </message>
        <message>
            <source>Map tiles URL</source>
            <translation>URL плочица мапе</translation>
        </message>
        <message>
            <source>Offline basemap</source>
            <translation>Офлајн мапа</translation>
        </message>
        <message>
            <source>Volunteer name</source>
            <translation>Име волонтера</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Језик</translation>
        </message>
        <message>
            <source>A new language shows at the next start.</source>
            <translation>Нови језик се приказује при следећем покретању.</translation>
        </message>
        <message>
            <source>no such file: {path}</source>
            <translation>нема такве датотеке: {path}</translation>
        </message>
        <message>
            <source>The tile URL must be http(s) with {z}, {x} and {y} in it.</source>
            <translation>URL плочица мора бити http(s) и садржати {z}, {x} и {y}.</translation>
        </message>
    </context>
    <context>
        <name>SharePreviewDialog</name>
        <message>
            <source>What will be shared</source>
            <translation>Шта ће бити подељено</translation>
        </message>
        <message>
            <source>Syncing sends these to the team's server. Photos leave only as copies without metadata, with faces and licence plates blurred; the originals stay here.</source>
            <translation>Синхронизација ово шаље на сервер тима. Фотографије одлазе само као копије без метаподатака, са замућеним лицима и регистарским таблицама; оригинали остају овде.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Бројање…</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Шта</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поље</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Измене</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Настави</translation>
        </message>
        <message numerus="yes">
            <source>%n changes, with these fields:</source>
            <translation>
                <numerusform>%n измена, са овим пољима:</numerusform>
                <numerusform>%n измене, са овим пољима:</numerusform>
                <numerusform>%n измена, са овим пољима:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos, as these blurred copies:</source>
            <translation>
                <numerusform>%n фотографија, као ова замућена копија:</numerusform>
                <numerusform>%n фотографије, као ове замућене копије:</numerusform>
                <numerusform>%n фотографија, као ове замућене копије:</numerusform>
            </translation>
        </message>
        <message>
            <source>survey name</source>
            <translation>назив истраживања</translation>
        </message>
        <message>
            <source>survey's blur setting</source>
            <translation>подешавање замућивања истраживања</translation>
        </message>
        <message>
            <source>survey of a camera</source>
            <translation>истраживање којем камера припада</translation>
        </message>
        <message>
            <source>camera a photo shows</source>
            <translation>камера коју фотографија приказује</translation>
        </message>
        <message>
            <source>position: latitude</source>
            <translation>положај: географска ширина</translation>
        </message>
        <message>
            <source>position: longitude</source>
            <translation>положај: географска дужина</translation>
        </message>
        <message>
            <source>where the position came from</source>
            <translation>одакле је положај</translation>
        </message>
        <message>
            <source>position accuracy</source>
            <translation>тачност положаја</translation>
        </message>
        <message>
            <source>photo: altitude</source>
            <translation>фотографија: надморска висина</translation>
        </message>
        <message>
            <source>photo: compass bearing</source>
            <translation>фотографија: азимут компаса</translation>
        </message>
        <message>
            <source>photo: true or magnetic north</source>
            <translation>фотографија: географски или магнетни север</translation>
        </message>
        <message>
            <source>photo: file name</source>
            <translation>фотографија: назив датотеке</translation>
        </message>
        <message>
            <source>photo: file type</source>
            <translation>фотографија: врста датотеке</translation>
        </message>
        <message>
            <source>photo: width in pixels</source>
            <translation>фотографија: ширина у пикселима</translation>
        </message>
        <message>
            <source>camera height; photo height in pixels</source>
            <translation>висина камере; висина фотографије у пикселима</translation>
        </message>
        <message>
            <source>photo: capture time</source>
            <translation>фотографија: време снимања</translation>
        </message>
        <message>
            <source>photo: capture time (UTC)</source>
            <translation>фотографија: време снимања (UTC)</translation>
        </message>
        <message>
            <source>photo: time zone</source>
            <translation>фотографија: временска зона</translation>
        </message>
        <message>
            <source>photo: fingerprint of the original</source>
            <translation>фотографија: отисак оригинала</translation>
        </message>
        <message>
            <source>photo: fingerprint of the shared copy</source>
            <translation>фотографија: отисак дељене копије</translation>
        </message>
        <message>
            <source>photo: size of the shared copy</source>
            <translation>фотографија: величина дељене копије</translation>
        </message>
        <message>
            <source>camera: your notes</source>
            <translation>камера: ваше белешке</translation>
        </message>
        <message>
            <source>camera: operator</source>
            <translation>камера: руковалац</translation>
        </message>
        <message>
            <source>camera: extra OSM tags</source>
            <translation>камера: додатне OSM ознаке</translation>
        </message>
        <message>
            <source>{name}: cannot be shared ({reason})</source>
            <translation>{name}: не може да се подели ({reason})</translation>
        </message>
        <message numerus="yes">
            <source>{name}
%n regions blurred</source>
            <translation>
                <numerusform>{name}
%n област замућена</numerusform>
                <numerusform>{name}
%n области замућене</numerusform>
                <numerusform>{name}
%n области замућено</numerusform>
            </translation>
        </message>
        <message>
            <source>The preview failed: {error}</source>
            <translation>Преглед није успео: {error}</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>Sync with the team's server</source>
            <translation>Синхронизација са сервером тима</translation>
        </message>
        <message>
            <source>the token your coordinator gave you</source>
            <translation>токен који вам је дао координатор</translation>
        </message>
        <message>
            <source>Remember in the system keyring</source>
            <translation>Запамти у системском привеску кључева</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Почетак</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Сервер</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Послато</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Примљено</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Фотографије</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Грешке</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Исход</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Синхронизуј</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Токен</translation>
        </message>
        <message>
            <source>Recent runs</source>
            <translation>Недавне синхронизације</translation>
        </message>
        <message>
            <source>{changes} and {photos} waiting</source>
            <translation>Чека {changes} и {photos}</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n измена</numerusform>
                <numerusform>%n измене</numerusform>
                <numerusform>%n измена</numerusform>
            </translation>
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
            <source>interrupted</source>
            <translation>прекинуто</translation>
        </message>
        <message>
            <source>Give the server's address (https://…).</source>
            <translation>Унесите адресу сервера (https://…).</translation>
        </message>
        <message>
            <source>Give your token: your coordinator made it for you.</source>
            <translation>Унесите свој токен: направио вам га је координатор.</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>Ништа није послато.</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>Повезивање са {server}…</translation>
        </message>
        <message>
            <source>Stopping after the current step…</source>
            <translation>Заустављање после текућег корака…</translation>
        </message>
        <message>
            <source>{sent}, {photos} uploaded, {received} received.</source>
            <translation>{sent}, отпремљено: {photos}, примљено: {received}.</translation>
        </message>
        <message numerus="yes">
            <source>%n changes sent</source>
            <translation>
                <numerusform>%n измена послата</numerusform>
                <numerusform>%n измене послате</numerusform>
                <numerusform>%n измена послато</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything is in sync.</source>
            <translation>Све је синхронизовано.</translation>
        </message>
        <message>
            <source>Some items were not sent: sync again.</source>
            <translation>Неке ставке нису послате: синхронизујте поново.</translation>
        </message>
        <message>
            <source>Stopped. What was sent is kept; sync again to finish.</source>
            <translation>Заустављено. Послато је сачувано; синхронизујте поново да завршите.</translation>
        </message>
        <message>
            <source>{reason}. Nothing was lost: the changes wait here until you sync with a valid token.</source>
            <translation>{reason}. Ништа није изгубљено: измене чекају овде док не синхронизујете са важећим токеном.</translation>
        </message>
        <message>
            <source>Sync stopped: {error}. Nothing was lost: sync again later.</source>
            <translation>Синхронизација је заустављена: {error}. Ништа није изгубљено: синхронизујте касније.</translation>
        </message>
        <message>
            <source>Sync failed: {error}</source>
            <translation>Синхронизација није успела: {error}</translation>
        </message>
    </context>
    <context>
        <name>WarningsPanel</name>
        <message>
            <source>Likely duplicates (&lt; 20 m, same vendor and type)</source>
            <translation>Могући дупликати (&lt; 20 м, исти произвођач и тип)</translation>
        </message>
        <message>
            <source>Already mapped by others</source>
            <translation>Други су их већ мапирали</translation>
        </message>
        <message>
            <source>Cameras without a position</source>
            <translation>Камере без положаја</translation>
        </message>
        <message>
            <source>Photos without a capture time</source>
            <translation>Фотографије без времена снимања</translation>
        </message>
        <message>
            <source>Nothing to check: no likely duplicates, every camera has a position and every photo a time.</source>
            <translation>Нема шта да се провери: нема могућих дупликата, свака камера има положај и свака фотографија време.</translation>
        </message>
        <message>
            <source>Checking the survey…</source>
            <translation>Проверавам снимање…</translation>
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <source>Map the surveillance cameras of a city from volunteers' photos.</source>
            <translation>Мапирање надзорних камера једног града на основу фотографија волонтера.</translation>
        </message>
        <message>
            <source>Licence: {licence} (GNU General Public License, version 3 or later).</source>
            <translation>Лиценца: {licence} (GNU General Public License, верзија 3 или новија).</translation>
        </message>
        <message>
            <source>Map data {attribution}, under the ODbL.</source>
            <translation>Подаци мапе {attribution}, под лиценцом ODbL.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Cannot open the survey {path}:

{error}</source>
            <translation>Снимање {path} не може да се отвори:

{error}</translation>
        </message>
    </context>
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
            <translation>упиши поља: camera:type=dome height=5 (празно брише)</translation>
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
            <translation>фасцикла не постоји: {path}</translation>
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
            <translation>датотека или фасцикла не постоји: {path}</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Увоз</translation>
        </message>
        <message>
            <source>error: {path}: {reason}</source>
            <translation>грешка: {path}: {reason}</translation>
        </message>
        <message>
            <source>interrupted: the photos imported so far are kept</source>
            <translation>прекинуто: до сада увезене фотографије су сачуване</translation>
        </message>
        <message>
            <source>error: {reason}</source>
            <translation>грешка: {reason}</translation>
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
            <translation>грешка: диск је пун, база података не може да расте; фотографије из ранијих корака су сачуване. Ослободите простор и поново покрените увоз.</translation>
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
            <translation>брендови: {names}</translation>
        </message>
        <message>
            <source>error: the disk is full: the last step was not saved, everything before it is intact. Free some space and run the command again.</source>
            <translation>грешка: диск је пун: последњи корак није сачуван, све пре њега је нетакнуто. Ослободите простор и поново покрените наредбу.</translation>
        </message>
        <message>
            <source>write capture times as the date only (for publication)</source>
            <translation>време снимања упиши само као датум (за објављивање)</translation>
        </message>
        <message>
            <source>the survey's name and privacy settings</source>
            <translation>назив истраживања и подешавања приватности</translation>
        </message>
        <message>
            <source>print as JSON</source>
            <translation>испиши као JSON</translation>
        </message>
        <message>
            <source>change settings: name=TEXT blur=on|off</source>
            <translation>промени подешавања: name=TEKST blur=on|off</translation>
        </message>
        <message>
            <source>'{item}' is not name=TEXT or blur=on|off</source>
            <translation>„{item}” није name=TEKST ни blur=on|off</translation>
        </message>
        <message>
            <source>blur is on or off, not '{value}'</source>
            <translation>блур је он или офф, а не „{value}”</translation>
        </message>
        <message>
            <source>survey: {name}</source>
            <translation>истраживање: {name}</translation>
        </message>
        <message>
            <source>blur faces and licence plates in shared photos: on</source>
            <translation>замућивање лица и таблица на дељеним фотографијама: укључено</translation>
        </message>
        <message>
            <source>blur faces and licence plates in shared photos: off</source>
            <translation>замућивање лица и таблица на дељеним фотографијама: искључено</translation>
        </message>
        <message>
            <source>a survey name has 1 to 200 characters</source>
            <translation>назив истраживања има од 1 до 200 знакова</translation>
        </message>
        <message numerus="yes">
            <source>%n photos will be shared again with the new setting</source>
            <translation>
                <numerusform>%n фотографија ће поново бити подељена са новим подешавањем</numerusform>
                <numerusform>%n фотографије ће поново бити подељене са новим подешавањем</numerusform>
                <numerusform>%n фотографија ће поново бити подељено са новим подешавањем</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>who is watched: public street, private outdoor, indoor</source>
            <translation>кога снима: јавна улица, приватни спољни простор, унутрашњи простор</translation>
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
            <translation>кућиште: фиксна, покретна, купола</translation>
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
        <name>map</name>
        <message>
            <source>map tiles: {host}</source>
            <translation>мапа: {host}</translation>
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
    <context>
        <name>tiles</name>
        <message>
            <source>{name} is not an MBTiles file ({error})</source>
            <translation>{name} није MBTiles датотека ({error})</translation>
        </message>
    </context>
</TS>
