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
            <source>{field}: “{theirs}”, stored meanwhile by a sync or another program, was replaced by what you typed (Edit → Undo puts it back)</source>
            <translation>{field}: „{theirs}“, сачувано у међувремену синхронизацијом или другим програмом, замењено је оним што сте унели (Уређивање → Опозови то враћа)</translation>
        </message>
        <message>
            <source>{line} (FCC Covered List)</source>
            <translation>{line} (FCC црна листа)</translation>
        </message>
        <message>
            <source>Looks like:</source>
            <translation>Личи на:</translation>
        </message>
        <message>
            <source>Use {vendor}</source>
            <translation>Изабери {vendor}</translation>
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
            <source>from the photos taken just before and after</source>
            <translation>из фотографија снимљених непосредно пре и после</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync…&lt;/b&gt; (Ctrl+Shift+Y) brings the team's cameras to this laptop, and their newest changes at every sync. Import photos only of a walk of your own.</source>
            <translation>&lt;b&gt;Синхронизуј…&lt;/b&gt; (Ctrl+Shift+Y) доноси камере тима на овај рачунар, и њихове најновије измене при свакој синхронизацији. Увозите фотографије само са сопствене шетње.</translation>
        </message>
        <message>
            <source>Select a camera in the list or on the map to see its photos and what its volunteer recorded.</source>
            <translation>Изаберите камеру на листи или на мапи да видите њене фотографије и шта је њен волонтер уписао.</translation>
        </message>
        <message>
            <source>Check the &lt;b&gt;Review&lt;/b&gt; tab for conflicts, new and changed cameras and likely duplicates between volunteers.</source>
            <translation>На картици &lt;b&gt;Провера&lt;/b&gt; проверите сукобе, нове и измењене камере и могуће дупликате између волонтера.</translation>
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
            <source>Team review:</source>
            <translation>Провера тима:</translation>
        </message>
        <message>
            <source>Back to the photos' GPS position</source>
            <translation>Назад на GPS положај фотографија</translation>
        </message>
        <message>
            <source>Undo the placement by hand: the mean of the photos' GPS positions</source>
            <translation>Поништи ручно постављање: просек GPS положаја фотографија</translation>
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
        <message>
            <source>Show the camera it went into</source>
            <translation>Прикажи камеру са којом је спојена</translation>
        </message>
        <message>
            <source>Put what you typed on the camera it went into</source>
            <translation>Пренеси унето на камеру са којом је спојена</translation>
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
            <source>Merging keeps every photo; the first selected camera's values win, empty ones are filled from the others and notes are joined.</source>
            <translation>Спајање чува све фотографије; важе вредности прве изабране камере, празна поља се попуњавају из осталих, а напомене се спајају.</translation>
        </message>
        <message>
            <source>Camera (vendor not identified yet)</source>
            <translation>Камера (произвођач још није утврђен)</translation>
        </message>
        <message>
            <source>No position yet: click the map to place it.</source>
            <translation>Још нема положај: кликните на мапу да је поставите.</translation>
        </message>
        <message>
            <source>No position yet.</source>
            <translation>Још нема положај.</translation>
        </message>
        <message>
            <source>(± {metres} m)</source>
            <translation>(± {metres} м)</translation>
        </message>
        <message>
            <source>changed since last sync</source>
            <translation>измењена од последње синхронизације</translation>
        </message>
        <message>
            <source>a change refused by the server: see Sync</source>
            <translation>измена коју је сервер одбио: види Синхронизуј</translation>
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
        <message>
            <source>Mapped by {owner}: your changes reach them with the next sync.</source>
            <translation>Мапирао/ла {owner}: ваше измене стижу до те особе при следећој синхронизацији.</translation>
        </message>
        <message>
            <source>Mapped by {owner}: only they or a reviewer can change it.</source>
            <translation>Мапирао/ла {owner}: само та особа или рецензент може да је мења.</translation>
        </message>
        <message>
            <source>Your decision reaches the team with the next sync</source>
            <translation>Тим добија вашу одлуку при следећој синхронизацији</translation>
        </message>
        <message>
            <source>Set by the team's reviewers (the server says at each sync who is one)</source>
            <translation>Постављају је рецензенти тима (сервер при свакој синхронизацији каже ко је рецензент)</translation>
        </message>
        <message>
            <source>This verified camera has no position: the published map shows it once it is placed.</source>
            <translation>Ова проверена камера нема положај: објављена мапа ће је приказати када буде постављена.</translation>
        </message>
        <message numerus="yes">
            <source>Split off %n photos</source>
            <translation>
                <numerusform>Одвоји %n фотографију</numerusform>
                <numerusform>Одвоји %n фотографије</numerusform>
                <numerusform>Одвоји %n фотографија</numerusform>
            </translation>
        </message>
        <message>
            <source>This camera was merged into camera {camera} by {who} (brought by a sync).</source>
            <translation>Ова камера је спојена са камером {camera} (спојио ју је {who}; стигло синхронизацијом).</translation>
        </message>
        <message>
            <source>This camera was merged into camera {camera} (brought by a sync).</source>
            <translation>Ова камера је спојена са камером {camera} (стигло синхронизацијом).</translation>
        </message>
        <message>
            <source>What you typed has not been saved: {typed}.</source>
            <translation>Оно што сте унели није сачувано: {typed}.</translation>
        </message>
        <message>
            <source>Camera {camera} is a teammate's: only they or a reviewer can change it.</source>
            <translation>Камера {camera} припада члану тима: само та особа или рецензент може да је мења.</translation>
        </message>
        <message>
            <source>The camera was merged into camera {camera} by {who} (brought by a sync): what you typed was not saved ({typed})</source>
            <translation>Камера је спојена са камером {camera} (спојио ју је {who}; стигло синхронизацијом): оно што сте унели није сачувано ({typed})</translation>
        </message>
        <message>
            <source>The camera was merged into camera {camera} (brought by a sync): what you typed was not saved ({typed})</source>
            <translation>Камера је спојена са камером {camera} (стигло синхронизацијом): оно што сте унели није сачувано ({typed})</translation>
        </message>
        <message>
            <source>The camera was deleted meanwhile (by a sync or another program): what you typed was not saved ({typed})</source>
            <translation>Камера је у међувремену обрисана (синхронизацијом или другим програмом): оно што сте унели није сачувано ({typed})</translation>
        </message>
    </context>
    <context>
        <name>CameraSide</name>
        <message>
            <source>Loading the photos…</source>
            <translation>Учитавање фотографија…</translation>
        </message>
        <message>
            <source>Previous photo</source>
            <translation>Претходна фотографија</translation>
        </message>
        <message>
            <source>Next photo</source>
            <translation>Следећа фотографија</translation>
        </message>
        <message>
            <source>Download the photo</source>
            <translation>Преузми фотографију</translation>
        </message>
        <message>
            <source>Bring its shared copy (blurred, without personal data) from the team's server</source>
            <translation>Преузми њену дељену копију (замућену, без личних података) са сервера тима</translation>
        </message>
        <message>
            <source>This camera is gone (merged or deleted meanwhile).</source>
            <translation>Ова камера више не постоји (у међувремену спојена или обрисана).</translation>
        </message>
        <message>
            <source>Vendor and type not recorded yet</source>
            <translation>Произвођач и врста још нису уписани</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Нема фотографије</translation>
        </message>
        <message>
            <source>photo {index} of {count}</source>
            <translation>фотографија {index} од {count}</translation>
        </message>
        <message>
            <source>no time</source>
            <translation>без времена</translation>
        </message>
        <message>
            <source>Cannot open the photo: {error}</source>
            <translation>Фотографија не може да се отвори: {error}</translation>
        </message>
        <message>
            <source>Downloading the photo from the team's server…</source>
            <translation>Преузимање фотографије са сервера тима…</translation>
        </message>
        <message>
            <source>The photo could not be downloaded: {reason}</source>
            <translation>Фотографија није могла да се преузме: {reason}</translation>
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
            <source>neighbours</source>
            <translation>суседне</translation>
        </message>
        <message>
            <source>No position yet</source>
            <translation>Још без положаја</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>непознат</translation>
        </message>
        <message>
            <source>unverified</source>
            <translation>непроверено</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>проверено</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>спорно</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>уклоњено</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>чека</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>одбијена</translation>
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
            <source>Street</source>
            <translation>Улица</translation>
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
            <source>Review</source>
            <translation>Провера</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Синхр.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Снимљено</translation>
        </message>
        <message>
            <source>Search vendor, model, street, type… (Ctrl+F)</source>
            <translation>Тражи произвођача, модел, улицу, тип… (Ctrl+F)</translation>
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
            <source>Any review</source>
            <translation>Било која провера</translation>
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
        <message>
            <source>Cameras with a change waiting to sync, or one the server refused</source>
            <translation>Камере са изменом која чека синхронизацију или коју је сервер одбио</translation>
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
            <source>No camera matches (of {total})</source>
            <translation>Ниједна камера не одговара (од {total})</translation>
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
        <name>DownloadDialog</name>
        <message>
            <source>Download this area for offline use</source>
            <translation>Преузми ово подручје за рад без мреже</translation>
        </message>
        <message>
            <source>This tile server's terms allow downloading its tiles</source>
            <translation>Услови овог сервера плочица дозвољавају преузимање његових плочица</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Преузми</translation>
        </message>
        <message>
            <source>Tile server</source>
            <translation>Сервер плочица</translation>
        </message>
        <message>
            <source>From zoom</source>
            <translation>Од увећања</translation>
        </message>
        <message>
            <source>To zoom</source>
            <translation>До увећања</translation>
        </message>
        <message>
            <source>{count} tiles, about {size}</source>
            <translation>{count} плочица, око {size}</translation>
        </message>
        <message>
            <source>too many: choose fewer zooms or a smaller area</source>
            <translation>превише: изаберите мање нивоа увећања или мање подручје</translation>
        </message>
        <message>
            <source>Cancelled: nothing was kept.</source>
            <translation>Отказано: ништа није сачувано.</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Преузимање…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>{done} of {total} tiles, {size}</source>
            <translation>{done} од {total} плочица, {size}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
        <message>
            <source>{count} tiles saved for offline use ({size}).</source>
            <translation>{count} плочица сачувано за рад без мреже ({size}).</translation>
        </message>
    </context>
    <context>
        <name>DuplicateDialog</name>
        <message>
            <source>One camera or two?</source>
            <translation>Једна камера или две?</translation>
        </message>
        <message>
            <source>These two cameras are {metres} m apart and of the same vendor and type. Do the photos show one camera?</source>
            <translation>Ове две камере су на {metres} м једна од друге, истог произвођача и исте врсте. Да ли фотографије приказују једну камеру?</translation>
        </message>
        <message>
            <source>Merge: one camera</source>
            <translation>Споји: једна камера</translation>
        </message>
        <message>
            <source>Merge the newer camera into the older one (Edit → Undo takes it back)</source>
            <translation>Споји новију камеру са старијом (Уређивање → Поништи то враћа)</translation>
        </message>
        <message>
            <source>Not the same</source>
            <translation>Није иста</translation>
        </message>
        <message>
            <source>Two cameras: remembered, also for the team, so the warning goes away</source>
            <translation>Две камере: памти се, и за тим, па упозорење нестаје</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Одлучи касније</translation>
        </message>
        <message>
            <source>Another volunteer mapped one of them: only a reviewer can merge them</source>
            <translation>Једну од њих је мапирао други волонтер: само рецензент може да их споји</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>the {edit} was set aside (it stays as it is), but {error}</source>
            <translation>операција „{edit}“ је остављена по страни (остаје каква јесте), али {error}</translation>
        </message>
        <message>
            <source>Redo again sets the {edit} aside (it stays undone) and redoes the {before} after it.</source>
            <translation>Поновно понављање оставља операцију „{edit}“ по страни (остаје опозвана) и понавља операцију „{before}“ после ње.</translation>
        </message>
        <message>
            <source>Redo again sets the {edit} aside (it stays undone).</source>
            <translation>Поновно понављање оставља операцију „{edit}“ по страни (остаје опозвана).</translation>
        </message>
        <message>
            <source>Undo again sets the {edit} aside (it stays as it is) and undoes the {before} before it.</source>
            <translation>Поновни опозив оставља операцију „{edit}“ по страни (остаје каква јесте) и опозива операцију „{before}“ пре ње.</translation>
        </message>
        <message>
            <source>Undo again sets the {edit} aside (it stays as it is).</source>
            <translation>Поновни опозив оставља операцију „{edit}“ по страни (остаје каква јесте).</translation>
        </message>
        <message>
            <source>The edit was not saved: {error}</source>
            <translation>Измена није сачувана: {error}</translation>
        </message>
        <message>
            <source>the {edit} was set aside (it stays undone), but {error}</source>
            <translation>операција „{edit}“ је остављена по страни (остаје опозвана), али {error}</translation>
        </message>
        <message>
            <source>The move was not saved: {error}</source>
            <translation>Премештање није сачувано: {error}</translation>
        </message>
        <message>
            <source>The review was not saved: {error}</source>
            <translation>Провера није сачувана: {error}</translation>
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
            <source>The decision was not saved: {error}</source>
            <translation>Одлука није сачувана: {error}</translation>
        </message>
        <message>
            <source>The deletion was not saved: {error}</source>
            <translation>Брисање није сачувано: {error}</translation>
        </message>
        <message>
            <source>Nothing was undone: {error}</source>
            <translation>Ништа није опозвано: {error}</translation>
        </message>
        <message>
            <source>Nothing was redone: {error}</source>
            <translation>Ништа није поновљено: {error}</translation>
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
            <source>All cameras</source>
            <translation>Све камере</translation>
        </message>
        <message numerus="yes">
            <source>The %n cameras the list shows (filtered)</source>
            <translation>
                <numerusform>%n камера коју листа приказује (филтрирано)</numerusform>
                <numerusform>%n камере које листа приказује (филтрирано)</numerusform>
                <numerusform>%n камера које листа приказује (филтрирано)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n selected cameras</source>
            <translation>
                <numerusform>%n изабрана камера</numerusform>
                <numerusform>%n изабране камере</numerusform>
                <numerusform>%n изабраних камера</numerusform>
            </translation>
        </message>
        <message>
            <source>Only the cameras the team's reviewers verified</source>
            <translation>Само камере које су рецензенти тима потврдили</translation>
        </message>
        <message>
            <source>Dates only, no times of day (for publication)</source>
            <translation>Само датуми, без доба дана (за објављивање)</translation>
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
            <source>Cameras</source>
            <translation>Камере</translation>
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
            <source>Exported the GeoJSON and %n photos to {path}</source>
            <translation>
                <numerusform>Извезени су GeoJSON и %n фотографија у {path}</numerusform>
                <numerusform>Извезени су GeoJSON и %n фотографије у {path}</numerusform>
                <numerusform>Извезени су GeoJSON и %n фотографија у {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n cameras to {path}</source>
            <translation>
                <numerusform>Извезена је %n камера у {path}</numerusform>
                <numerusform>Извезене су %n камере у {path}</numerusform>
                <numerusform>Извезено је %n камера у {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras without a position were left out: place them on the map first</source>
            <translation>
                <numerusform>%n камера без положаја је изостављена: прво је поставите на мапу</numerusform>
                <numerusform>%n камере без положаја су изостављене: прво их поставите на мапу</numerusform>
                <numerusform>%n камера без положаја је изостављено: прво их поставите на мапу</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos are counted but not named in the file: they have no shared copy yet (the next sync makes them; the zip makes its own)</source>
            <translation>
                <numerusform>%n фотографија је пребројана, али није наведена у датотеци: још нема дељену копију (следећа синхронизација је прави; зип прави своју)</numerusform>
                <numerusform>%n фотографије су пребројане, али нису наведене у датотеци: још немају дељене копије (следећа синхронизација их прави; зип прави своје)</numerusform>
                <numerusform>%n фотографија је пребројано, али нису наведене у датотеци: још немају дељене копије (следећа синхронизација их прави; зип прави своје)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos were left out: their files are damaged (the zip's README.txt names them)</source>
            <translation>
                <numerusform>%n фотографија је изостављена: њена датотека је оштећена (README.txt у зип-у је наводи)</numerusform>
                <numerusform>%n фотографије су изостављене: њихове датотеке су оштећене (README.txt у зип-у их наводи)</numerusform>
                <numerusform>%n фотографија је изостављено: њихове датотеке су оштећене (README.txt у зип-у их наводи)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export failed: {error}</source>
            <translation>Извоз није успео: {error}</translation>
        </message>
    </context>
    <context>
        <name>GeotagDialog</name>
        <message>
            <source>Geotag photos without GPS</source>
            <translation>Геоозначавање фотографија без GPS-а</translation>
        </message>
        <message>
            <source>From a GPS track</source>
            <translation>Из GPS трага</translation>
        </message>
        <message>
            <source>From the same device's photos taken just before and after</source>
            <translation>Из фотографија истог уређаја снимљених непосредно пре и после</translation>
        </message>
        <message>
            <source>a GPX file from the phone's logger app</source>
            <translation>GPX датотека из апликације за бележење на телефону</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Изабери…</translation>
        </message>
        <message>
            <source>automatic, or e.g. +02:00:00</source>
            <translation>аутоматски, или нпр. +02:00:00</translation>
        </message>
        <message>
            <source>s</source>
            <comment>seconds</comment>
            <translation>с</translation>
        </message>
        <message>
            <source>Track:</source>
            <translation>Траг:</translation>
        </message>
        <message>
            <source>Clock offset from UTC:</source>
            <translation>Помак сата у односу на UTC:</translation>
        </message>
        <message>
            <source>Time zone of photos without one:</source>
            <translation>Временска зона фотографија које је немају:</translation>
        </message>
        <message>
            <source>Largest gap between fixes:</source>
            <translation>Највећи размак између тачака:</translation>
        </message>
        <message>
            <source>Neighbours within:</source>
            <translation>Суседне унутар:</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Фотографија</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Снимљена</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Помак</translation>
        </message>
        <message>
            <source>New place</source>
            <translation>Ново место</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Померена</translation>
        </message>
        <message>
            <source>Use as its true time</source>
            <translation>Користи као стварно време</translation>
        </message>
        <message>
            <source>Clock check: the chosen photo was taken at</source>
            <translation>Провера сата: изабрана фотографија је снимљена у</translation>
        </message>
        <message>
            <source>…or click on the track where it was taken (the wheel zooms in to the streets); the offset applies to its device.</source>
            <translation>…или кликните на траг где је снимљена (точкић миша увећава до улица); помак важи за њен уређај.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Преглед</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Примени</translation>
        </message>
        <message>
            <source>Undo last geotagging</source>
            <translation>Поништи последње геоозначавање</translation>
        </message>
        <message>
            <source>GPS track</source>
            <translation>GPS траг</translation>
        </message>
        <message>
            <source>GPS tracks (*.gpx)</source>
            <translation>GPS трагови (*.gpx)</translation>
        </message>
        <message>
            <source>Choose a GPS track (a .gpx file) first.</source>
            <translation>Прво изаберите GPS траг (.gpx датотеку).</translation>
        </message>
        <message>
            <source>Reading the track…</source>
            <translation>Читање трага…</translation>
        </message>
        <message>
            <source>Reading the track was cancelled.</source>
            <translation>Читање трага је отказано.</translation>
        </message>
        <message>
            <source>Working out where each photo goes…</source>
            <translation>Рачуна се место сваке фотографије…</translation>
        </message>
        <message>
            <source>Clock offsets (wall clock minus UTC):</source>
            <translation>Помаци сата (приказано време минус UTC):</translation>
        </message>
        <message numerus="yes">
            <source>{device}: {offset} from {source}, %n photos</source>
            <translation>
                <numerusform>{device}: {offset} према: {source}, %n фотографија</numerusform>
                <numerusform>{device}: {offset} према: {source}, %n фотографије</numerusform>
                <numerusform>{device}: {offset} према: {source}, %n фотографија</numerusform>
            </translation>
        </message>
        <message>
            <source>Use {offset}</source>
            <translation>Користи {offset}</translation>
        </message>
        <message>
            <source>{metres} m</source>
            <translation>{metres} м</translation>
        </message>
        <message>
            <source>new</source>
            <translation>ново</translation>
        </message>
        <message>
            <source>{placed}; {refused}.</source>
            <translation>{placed}; {refused}.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos can be placed</source>
            <translation>
                <numerusform>%n фотографија може да се постави</numerusform>
                <numerusform>%n фотографије могу да се поставе</numerusform>
                <numerusform>%n фотографија може да се постави</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot</source>
            <translation>
                <numerusform>%n не може</numerusform>
                <numerusform>%n не могу</numerusform>
                <numerusform>%n не може</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is changed until you apply.</source>
            <translation>Ништа се не мења док не примените.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos are in cameras placed by hand: the photos get their new position, the cameras keep their place.</source>
            <translation>
                <numerusform>%n фотографија је у ручно постављеној камери: фотографија добија нови положај, камера задржава своје место.</numerusform>
                <numerusform>%n фотографије су у ручно постављеним камерама: фотографије добијају нови положај, камере задржавају своје место.</numerusform>
                <numerusform>%n фотографија је у ручно постављеним камерама: фотографије добијају нови положај, камере задржавају своје место.</numerusform>
            </translation>
        </message>
        <message>
            <source>The track runs from {start} to {end} ({zone}).</source>
            <translation>Траг траје од {start} до {end} ({zone}).</translation>
        </message>
        <message>
            <source>Choose a photo in the list and a time zone first.</source>
            <translation>Прво изаберите фотографију на листи и временску зону.</translation>
        </message>
        <message>
            <source>Choose a photo in the list, then click where it was taken.</source>
            <translation>Изаберите фотографију на листи, па кликните где је снимљена.</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras joined a camera nearby (taken within 15 m and 10 min).</source>
            <translation>
                <numerusform>%n камера придружена оближњој камери (снимљеној на мање од 15 м и 10 мин).</numerusform>
                <numerusform>%n камере придружене оближњој камери (снимљеној на мање од 15 м и 10 мин).</numerusform>
                <numerusform>%n камера придружено оближњој камери (снимљеној на мање од 15 м и 10 мин).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras placed by hand kept their place; their photos were geotagged all the same.</source>
            <translation>
                <numerusform>%n ручно постављена камера задржала је своје место; њене фотографије су ипак геоозначене.</numerusform>
                <numerusform>%n ручно постављене камере задржале су своје место; њихове фотографије су ипак геоозначене.</numerusform>
                <numerusform>%n ручно постављених камера задржало је своје место; њихове фотографије су ипак геоозначене.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos geotagged.</source>
            <translation>
                <numerusform>%n фотографија је геоозначена.</numerusform>
                <numerusform>%n фотографије су геоозначене.</numerusform>
                <numerusform>%n фотографија је геоозначено.</numerusform>
            </translation>
        </message>
        <message>
            <source>“Undo last geotagging” puts them back.</source>
            <translation>„Поништи последње геоозначавање“ их враћа.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos put back where they were.</source>
            <translation>
                <numerusform>%n фотографија је враћена где је била.</numerusform>
                <numerusform>%n фотографије су враћене где су биле.</numerusform>
                <numerusform>%n фотографија је враћено где су биле.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HelpGuide</name>
        <message>
            <source>Using SurveyApp</source>
            <translation>Како се користи SurveyApp</translation>
        </message>
        <message>
            <source>The walk</source>
            <translation>Шетња</translation>
        </message>
        <message>
            <source>Photograph each camera from where you can see it, pointing the phone at it: the photo keeps the position, the time and the direction the phone faced. Two or three photos of one camera, a few metres apart, are one camera here.</source>
            <translation>Фотографишите сваку камеру са места одакле је видите, усмеривши телефон ка њој: фотографија чува положај, време и смер у ком је телефон гледао. Две-три фотографије једне камере, на неколико метара размака, овде су једна камера.</translation>
        </message>
        <message>
            <source>The import</source>
            <translation>Увоз</translation>
        </message>
        <message>
            <source>Import photos… (or drop a card's folder on the window) copies the photos into the survey's library; photos already there are skipped, other files are counted and left alone. The summary lists what needs a look: photos without a position (place them by clicking the map), without a time, or damaged.</source>
            <translation>Увези фотографије… (или превуците фасциклу са картице на прозор) копира фотографије у библиотеку снимања; фотографије које су већ ту се прескачу, остале датотеке се преброје и оставе. Резиме наводи шта треба погледати: фотографије без положаја (поставите их кликом на мапу), без времена или оштећене.</translation>
        </message>
        <message>
            <source>Identifying</source>
            <translation>Препознавање</translation>
        </message>
        <message>
            <source>Select a camera in the list or on the map and fill in what you saw: vendor, type, mount, direction. Type the model number printed on the label: the panel says which vendor it looks like. Vendor unknown is a valid answer.</source>
            <translation>Изаберите камеру на листи или на мапи и упишите шта сте видели: произвођач, тип, носач, смер. Упишите број модела са натписа: панел каже на ког произвођача личи. „Непознат произвођач“ је исправан одговор.</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Синхронизација</translation>
        </message>
        <message>
            <source>Sync… sends your cameras and photos to the team's server and brings back everyone else's. It can be stopped and run again at any time: nothing is lost or sent twice.</source>
            <translation>Синхронизуј… шаље ваше камере и фотографије на сервер тима и доноси камере осталих. Може се прекинути и поново покренути у сваком тренутку: ништа се не губи нити шаље двапут.</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Приватност</translation>
        </message>
        <message>
            <source>Photos leave this laptop only through a sync you start, as copies without personal metadata; faces and licence plates can be blurred first (Camera → Blur before sharing…). Before a first sync, the window shows what will be shared.</source>
            <translation>Фотографије напуштају овај рачунар само кроз синхронизацију коју ви покренете, као копије без личних метаподатака; лица и регистарске таблице могу се прво замутити (Камера → Замути пре дељења…). Пре прве синхронизације прозор показује шта ће бити подељено.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Пречице на тастатури</translation>
        </message>
        <message>
            <source>The survey is the file {database}; its photos are in {library}.</source>
            <translation>Снимање је датотека {database}; његове фотографије су у {library}.</translation>
        </message>
        <message>
            <source>Where your data is</source>
            <translation>Где су ваши подаци</translation>
        </message>
    </context>
    <context>
        <name>HousingSketch</name>
        <message>
            <source>logo</source>
            <translation>лого</translation>
        </message>
        <message>
            <source>label</source>
            <translation>налепница</translation>
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
            <source>Files that were not imported, and photos that need a look:</source>
            <translation>Датотеке које нису увезене и фотографије које треба погледати:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>без положаја</translation>
        </message>
        <message>
            <source>The photo has no GPS position.</source>
            <translation>Фотографија нема GPS положај.</translation>
        </message>
        <message>
            <source>no time</source>
            <translation>без времена</translation>
        </message>
        <message>
            <source>The photo does not say when it was taken.</source>
            <translation>Фотографија не каже када је снимљена.</translation>
        </message>
        <message>
            <source>damaged picture</source>
            <translation>оштећена слика</translation>
        </message>
        <message>
            <source>clocks disagree</source>
            <translation>сатови се не слажу</translation>
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
        <message numerus="yes">
            <source>%n originals restored in the library</source>
            <translation>
                <numerusform>%n оригинал враћен у библиотеку</numerusform>
                <numerusform>%n оригинала враћена у библиотеку</numerusform>
                <numerusform>%n оригинала враћено у библиотеку</numerusform>
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
            <source>Already in the survey, original restored</source>
            <translation>Већ у снимању, оригинал враћен</translation>
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
            <source>Imported without a capture time</source>
            <translation>Увезено без времена снимања</translation>
        </message>
        <message>
            <source>Imported with a damaged picture</source>
            <translation>Увезено са оштећеном сликом</translation>
        </message>
        <message>
            <source>Imported with two clocks that disagree</source>
            <translation>Увезено са два сата који се не слажу</translation>
        </message>
        <message numerus="yes">
            <source>%n files skipped: not photos</source>
            <translation>
                <numerusform>%n датотека прескочена: није фотографија</numerusform>
                <numerusform>%n датотеке прескочене: нису фотографије</numerusform>
                <numerusform>%n датотека прескочено: нису фотографије</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos carry notes on their metadata that need nothing from you (shown in each photo's details)</source>
            <translation>
                <numerusform>%n фотографија има напомене о метаподацима које не траже ништа од вас (приказане у детаљима фотографије)</numerusform>
                <numerusform>%n фотографије имају напомене о метаподацима које не траже ништа од вас (приказане у детаљима сваке фотографије)</numerusform>
                <numerusform>%n фотографија има напомене о метаподацима које не траже ништа од вас (приказане у детаљима сваке фотографије)</numerusform>
            </translation>
        </message>
        <message>
            <source>not imported</source>
            <translation>није увезено</translation>
        </message>
        <message>
            <source>folder not read</source>
            <translation>фасцикла није прочитана</translation>
        </message>
        <message>
            <source>Cameras without a position are listed under “No position”: select one and click the map where it is.</source>
            <translation>Камере без положаја су под „Без положаја”: изаберите једну и кликните на мапу где се налази.</translation>
        </message>
        <message>
            <source>Photos whose original was missing from the library have it back: their exports, blurring and sync use it again.</source>
            <translation>Фотографије чији је оригинал недостајао у библиотеци поново га имају: извоз, замућивање и синхронизација га поново користе.</translation>
        </message>
        <message>
            <source>Photos already in the survey were skipped; nothing was copied twice.</source>
            <translation>Фотографије које су већ у снимању су прескочене; ништа није копирано двапут.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>read-only</source>
            <translation>само за читање</translation>
        </message>
        <message numerus="yes">
            <source>%n photos placed where their neighbours suggest</source>
            <translation>
                <numerusform>%n фотографија постављена где суседне предлажу</numerusform>
                <numerusform>%n фотографије постављене где суседне предлажу</numerusform>
                <numerusform>%n фотографија постављено где суседне предлажу</numerusform>
            </translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Камере</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Упозорења</translation>
        </message>
        <message>
            <source>The survey file was moved while SurveyApp had it open. It is now at {now}, with every change saved so far. SurveyApp saves no more changes to it from here: open it where it is now (Settings, Survey database, then start SurveyApp again).</source>
            <translation>Датотека истраживања је премештена док ју је SurveyApp имао отворену. Сада је у {now}, са свим досад сачуваним изменама. SurveyApp одавде у њу више ништа не чува: отворите је тамо где је сада (Подешавања, База снимања, па поново покрените SurveyApp).</translation>
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
            <source>Undo</source>
            <translation>Опозови</translation>
        </message>
        <message>
            <source>Undo your last edit</source>
            <translation>Опозови последњу измену</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Понови</translation>
        </message>
        <message>
            <source>Redo the edit undone last</source>
            <translation>Понови последњу опозвану измену</translation>
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
            <source>Show photos large</source>
            <translation>Прикажи фотографије увећано</translation>
        </message>
        <message>
            <source>The selected camera's photos under the map, with previous, next and zoom</source>
            <translation>Фотографије изабране камере испод мапе, са претходном, следећом и увећањем</translation>
        </message>
        <message>
            <source>Geotag from a GPS track…</source>
            <translation>Геоозначи из GPS трага…</translation>
        </message>
        <message>
            <source>Place photos without GPS from a GPS track or from the photos taken around them</source>
            <translation>Постави фотографије без GPS-а из GPS трага или из фотографија снимљених око њих</translation>
        </message>
        <message>
            <source>Import already-mapped cameras…</source>
            <translation>Увези већ мапиране камере…</translation>
        </message>
        <message>
            <source>Load an OpenStreetMap (Overpass) or GeoJSON file of cameras others mapped</source>
            <translation>Учитај OpenStreetMap (Overpass) или GeoJSON датотеку с камерама које су други мапирали</translation>
        </message>
        <message>
            <source>Sync…</source>
            <translation>Синхронизуј…</translation>
        </message>
        <message>
            <source>Sync with the team's server</source>
            <translation>Синхронизација са сервером тима</translation>
        </message>
        <message>
            <source>Blur before sharing…</source>
            <translation>Замућивање пре дељења…</translation>
        </message>
        <message>
            <source>See and correct what is blurred in the selected photo's shared copy</source>
            <translation>Погледајте и исправите шта је замућено у дељеној копији изабране фотографије</translation>
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
            <source>Using SurveyApp</source>
            <translation>Како се користи SurveyApp</translation>
        </message>
        <message>
            <source>Identifying a camera</source>
            <translation>Препознавање камере</translation>
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
            <source>&amp;Edit</source>
            <translation>&amp;Уређивање</translation>
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
            <source>The survey file {path} was deleted while SurveyApp had it open. SurveyApp still holds it: save a copy now, or it is gone when SurveyApp closes. No change is saved until you open a copy.</source>
            <translation>Датотека истраживања {path} је обрисана док ју је SurveyApp имао отворену. SurveyApp је још држи: сачувајте копију сада, иначе нестаје кад се SurveyApp затвори. Ниједна измена се не чува док не отворите копију.</translation>
        </message>
        <message>
            <source>The survey file {path} was moved or deleted while SurveyApp had it open. SurveyApp saves no more changes to it; save a copy now if it was deleted.</source>
            <translation>Датотека истраживања {path} је премештена или обрисана док ју је SurveyApp имао отворену. SurveyApp у њу више ништа не чува; сачувајте копију сада ако је обрисана.</translation>
        </message>
        <message>
            <source>Survey file moved</source>
            <translation>Датотека истраживања је премештена</translation>
        </message>
        <message>
            <source>Survey file deleted</source>
            <translation>Датотека истраживања је обрисана</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Сачувај копију…</translation>
        </message>
        <message>
            <source>{name} (saved copy)</source>
            <translation>{name} (сачувана копија)</translation>
        </message>
        <message>
            <source>Save a copy of the survey</source>
            <translation>Сачувај копију истраживања</translation>
        </message>
        <message>
            <source>Choose another name: SurveyApp still uses {name} until it closes.</source>
            <translation>Изаберите друго име: SurveyApp и даље користи {name} док се не затвори.</translation>
        </message>
        <message>
            <source>The copy could not be saved: {error}</source>
            <translation>Копија није могла да се сачува: {error}</translation>
        </message>
        <message>
            <source>Saved: {copy}. Its photos are in {library}: quit SurveyApp, give the copy the name {name} and open it.</source>
            <translation>Сачувано: {copy}. Њене фотографије су у {library}: затворите SurveyApp, дајте копији име {name} и отворите је.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Провера</translation>
        </message>
        <message>
            <source>Nothing waiting to sync</source>
            <translation>Ништа не чека синхронизацију</translation>
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
            <source>%n photos waiting</source>
            <translation>
                <numerusform>%n фотографија чека</numerusform>
                <numerusform>%n фотографије чекају</numerusform>
                <numerusform>%n фотографија чека</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos waiting for a teammate's laptop</source>
            <translation>
                <numerusform>%n фотографија чека рачунар сарадника</numerusform>
                <numerusform>%n фотографије чекају рачунар сарадника</numerusform>
                <numerusform>%n фотографија чека рачунар сарадника</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n одбијена</numerusform>
                <numerusform>%n одбијене</numerusform>
                <numerusform>%n одбијено</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused some changes: no sync sends them again. Sync lists them with the reason; discarding one takes the server's values back.</source>
            <translation>Сервер је одбио неке измене: ниједна синхронизација их више не шаље. Синхронизуј их наводи са разлогом; одбацивањем измене враћају се вредности са сервера.</translation>
        </message>
        <message>
            <source>this laptop has not synced with the team's server yet</source>
            <translation>овај рачунар се још није синхронизовао са сервером тима</translation>
        </message>
        <message>
            <source>no token for {server}: sync from the Sync dialog first (Remember keeps it)</source>
            <translation>нема токена за {server}: прво синхронизујте из прозора Синхронизација (Запамти га чува)</translation>
        </message>
        <message>
            <source>Select a photo in the camera panel first.</source>
            <translation>Прво изаберите фотографију у панелу камере.</translation>
        </message>
        <message>
            <source>Set the {edit} aside and redo the {before}</source>
            <translation>Остави по страни ({edit}) и понови ({before})</translation>
        </message>
        <message>
            <source>Set the {edit} aside and undo the {before}</source>
            <translation>Остави по страни ({edit}) и опозови ({before})</translation>
        </message>
        <message>
            <source>Set the {edit} aside</source>
            <translation>Остави по страни ({edit})</translation>
        </message>
        <message>
            <source>Undo {edit}</source>
            <translation>Опозови ({edit})</translation>
        </message>
        <message>
            <source>Redo {edit}</source>
            <translation>Понови ({edit})</translation>
        </message>
        <message>
            <source>Undone: {edit}</source>
            <translation>Опозвано: {edit}</translation>
        </message>
        <message>
            <source>Redone: {edit}</source>
            <translation>Поновљено: {edit}</translation>
        </message>
        <message>
            <source>Set aside: {edit} (it stays as it is).</source>
            <translation>Остављено по страни: {edit} (остаје какво јесте).</translation>
        </message>
        <message>
            <source>Set aside: {edit} (it stays undone).</source>
            <translation>Остављено по страни: {edit} (остаје опозвано).</translation>
        </message>
        <message>
            <source>(the server gets the change at the next sync)</source>
            <translation>(сервер добија промену при следећој синхронизацији)</translation>
        </message>
        <message>
            <source>Import photos and folders</source>
            <translation>Увези фотографије и фасцикле</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Stop importing the already-mapped cameras; nothing is imported</source>
            <translation>Заустави увоз већ мапираних камера; ништа се не увози</translation>
        </message>
        <message>
            <source>Import already-mapped cameras</source>
            <translation>Увези већ мапиране камере</translation>
        </message>
        <message>
            <source>OpenStreetMap, Overpass or GeoJSON (*.osm *.xml *.json *.geojson)</source>
            <translation>OpenStreetMap, Overpass или GeoJSON (*.osm *.xml *.json *.geojson)</translation>
        </message>
        <message>
            <source>a named pipe or a device, not a file</source>
            <translation>именована цев или уређај, а не датотека</translation>
        </message>
        <message>
            <source>Reading {file_name}…</source>
            <translation>Читање датотеке {file_name}…</translation>
        </message>
        <message>
            <source>{file_name}: import cancelled; nothing was imported</source>
            <translation>{file_name}: увоз је отказан; ништа није увезено</translation>
        </message>
        <message>
            <source>{file_name}: {reason}; nothing was imported</source>
            <translation>{file_name}: {reason}; ништа није увезено</translation>
        </message>
        <message>
            <source>Reading {file_name}: {done} of {total} MB…</source>
            <translation>Читање датотеке {file_name}: {done} од {total} MB…</translation>
        </message>
        <message>
            <source>Loading already-mapped cameras: {done} of {total}…</source>
            <translation>Учитавање већ мапираних камера: {done} од {total}…</translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n нова</numerusform>
                <numerusform>%n нове</numerusform>
                <numerusform>%n нових</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n ажурирана</numerusform>
                <numerusform>%n ажуриране</numerusform>
                <numerusform>%n ажурираних</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped (not a camera, or no position)</source>
            <translation>
                <numerusform>%n прескочена (није камера или нема положај)</numerusform>
                <numerusform>%n прескочене (нису камере или немају положај)</numerusform>
                <numerusform>%n прескочених (нису камере или немају положај)</numerusform>
            </translation>
        </message>
        <message>
            <source>To start: Import photos (Ctrl+I) or drop a folder of photos on this window.</source>
            <translation>За почетак: увезите фотографије (Ctrl+I) или превуците фасциклу са фотографијама на овај прозор.</translation>
        </message>
        <message>
            <source>These cameras stand {distance} apart. Merged, the camera stands at their mean position. Merge them?</source>
            <translation>Ове камере су удаљене {distance}. Спојена камера ће стајати на њиховом средњем положају. Спојити их?</translation>
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
        <name>MapMenu</name>
        <message>
            <source>Move cameras by dragging</source>
            <translation>Померај камере превлачењем</translation>
        </message>
        <message>
            <source>Drag a camera to move it (without this, hold Shift while dragging)</source>
            <translation>Превуците камеру да бисте је померили (без овога, држите Схифт док превлачите)</translation>
        </message>
        <message>
            <source>Zoom to selected camera</source>
            <translation>Приближи изабрану камеру</translation>
        </message>
        <message>
            <source>Download this area for offline use…</source>
            <translation>Преузми ово подручје за рад без мреже…</translation>
        </message>
        <message>
            <source>Offline map…</source>
            <translation>Мапа без мреже…</translation>
        </message>
        <message>
            <source>No online tile server is set (Settings → Map tiles URL).</source>
            <translation>Није подешен сервер плочица на мрежи (Подешавања → URL плочица мапе).</translation>
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
            <source>already mapped (e.g. in OpenStreetMap)</source>
            <translation>већ мапирана (нпр. у OpenStreetMap-у)</translation>
        </message>
        <message>
            <source>suggested place (click to accept)</source>
            <translation>предложено место (кликните да прихватите)</translation>
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
            <source>verified by a reviewer</source>
            <translation>потврдио рецензент</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>спорна</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>уклоњена</translation>
        </message>
        <message>
            <source>Online map tiles cannot be loaded ({error}): the map shows the offline basemap.</source>
            <translation>Плочице мапе са мреже не могу да се учитају ({error}): мапа приказује основну мапу без мреже.</translation>
        </message>
        <message>
            <source>No cameras yet: drop photos here, or Import (Ctrl+I)</source>
            <translation>Још нема камера: превуците фотографије овде или увезите (Ctrl+I)</translation>
        </message>
        <message>
            <source>Zoom in to place this camera: click the map to zoom in there</source>
            <translation>Увећајте да бисте поставили ову камеру: кликните на мапу да увећате то место</translation>
        </message>
        <message>
            <source>Click the map where this camera is, to place it</source>
            <translation>Кликните на мапу где је ова камера да је поставите</translation>
        </message>
        <message>
            <source>Zoom in to move a camera: here one pixel is {distance} of ground.</source>
            <translation>Увећајте да бисте померили камеру: овде један пиксел представља {distance} тла.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Earlier:</source>
            <translation>Раније:</translation>
        </message>
    </context>
    <context>
        <name>OfflineAreas</name>
        <message>
            <source>Add a city or region file…</source>
            <translation>Додај фајл града или региона…</translation>
        </message>
        <message>
            <source>An OpenStreetMap extract: .osm.pbf, .osm or .osm.gz</source>
            <translation>Исечак OpenStreetMap-а: .osm.pbf, .osm или .osm.gz</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Уклони</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Streets with their names, buildings, water, parks and rail of your city, with no network. Get the file once from an OpenStreetMap extract service (for example Geofabrik or BBBike: the .osm.pbf of a city or region). Map data © OpenStreetMap contributors.</source>
            <translation>Улице са називима, зграде, воде, паркови и пруге вашег града, без мреже. Преузмите фајл једном са сервиса за исечке OpenStreetMap-а (на пример Геофабрик или BBBike: .osm.pbf града или региона). Подаци мапе © сарадници OpenStreetMap-а.</translation>
        </message>
        <message>
            <source>Downloaded tiles: {name} · {size}</source>
            <translation>Преузете плочице: {name} · {size}</translation>
        </message>
        <message>
            <source>No offline area yet: the map shows the world only.</source>
            <translation>Још нема подручја без мреже: мапа приказује само свет.</translation>
        </message>
        <message>
            <source>{name} ({source}) · {size} · {streets} named streets</source>
            <translation>{name} ({source}) · {size} · именованих улица: {streets}</translation>
        </message>
        <message>
            <source>Add a city or region file</source>
            <translation>Додај фајл града или региона</translation>
        </message>
        <message>
            <source>OpenStreetMap extracts (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2)</source>
            <translation>Исечци OpenStreetMap-а (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2)</translation>
        </message>
        <message>
            <source>Cancelled: no area was added.</source>
            <translation>Отказано: ниједно подручје није додато.</translation>
        </message>
        <message>
            <source>Preparing {name}…</source>
            <translation>Припрема фајла {name}…</translation>
        </message>
        <message>
            <source>Reading OpenStreetMap data: {count} objects</source>
            <translation>Читање података OpenStreetMap-а: објеката {count}</translation>
        </message>
        <message>
            <source>{name} added: {streets} named streets, {size}.</source>
            <translation>{name} је додат: именованих улица {streets}, {size}.</translation>
        </message>
        <message>
            <source>Remove {name} from the offline map?</source>
            <translation>Уклонити {name} са мапе без мреже?</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>Уклоњено.</translation>
        </message>
    </context>
    <context>
        <name>PhotoPane</name>
        <message>
            <source>Select a camera to see its photos here.</source>
            <translation>Изаберите камеру да бисте овде видели њене фотографије.</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Претходна</translation>
        </message>
        <message>
            <source>The camera's previous photo (Page Up)</source>
            <translation>Претходна фотографија камере (Паге Уп)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Следећа ▶</translation>
        </message>
        <message>
            <source>The camera's next photo (Page Down)</source>
            <translation>Следећа фотографија камере (Паге Down)</translation>
        </message>
        <message>
            <source>Download the photo</source>
            <translation>Преузми фотографију</translation>
        </message>
        <message>
            <source>Bring its shared copy (blurred, without personal data) from the team's server</source>
            <translation>Преузми њену дељену копију (замућену, без личних података) са сервера тима</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Уклопи</translation>
        </message>
        <message>
            <source>Show the whole photo (the mouse wheel zooms, dragging pans)</source>
            <translation>Прикажи целу фотографију (точкић миша увећава, превлачење помера)</translation>
        </message>
        <message>
            <source>Loading the photo…</source>
            <translation>Учитавање фотографије…</translation>
        </message>
        <message>
            <source>{number} of {total}</source>
            <translation>{number} од {total}</translation>
        </message>
        <message>
            <source>A teammate's photo: only its preview is on this laptop.</source>
            <translation>Фотографија члана тима: на овом рачунару је само њен преглед.</translation>
        </message>
        <message>
            <source>The photo is on the team's server; `surveyapp sync fetch {sha256}` downloads its shared copy into this survey.</source>
            <translation>Фотографија је на серверу тима; `surveyapp sync fetch {sha256}` преузима њену дељену копију у ово истраживање.</translation>
        </message>
        <message>
            <source>Downloading the photo from the team's server…</source>
            <translation>Преузимање фотографије са сервера тима…</translation>
        </message>
        <message>
            <source>The photo could not be downloaded: {reason}</source>
            <translation>Фотографија није могла да се преузме: {reason}</translation>
        </message>
        <message>
            <source>Cannot open the photo: {error}</source>
            <translation>Фотографија не може да се отвори: {error}</translation>
        </message>
        <message>
            <source>The original of {name} is missing from the library ({path}): import its file again (from the card or folder it came from) to put it back.</source>
            <translation>Оригинал фотографије {name} недостаје у библиотеци ({path}): поново увезите њену датотеку (са картице или из фасцикле одакле је дошла) да бисте га вратили.</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewer</name>
        <message>
            <source>Copy</source>
            <translation>Копирај</translation>
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
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Диск</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Име датотеке:</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Све датотеке (*)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Отвори</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сачувај</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Изабери</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Нова фасцикла</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Преименуј</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>О&amp;бриши</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Прикажи &amp;скривене датотеке</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Напред</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Надређена фасцикла</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Направи нову фасциклу</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Приказ листе</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Детаљан приказ</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Величина</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Измењено</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Рачунар</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Прикажи детаље…</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Сакриј детаље…</translation>
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
        <name>RecoveryDialog</name>
        <message>
            <source>The survey database is damaged.</source>
            <translation>База података истраживања је оштећена.</translation>
        </message>
        <message>
            <source>SurveyApp can go back to its latest backup, made {made}. The damaged file cannot be read, so photos imported since then are not added back (none you deleted is shared again): their originals are kept in a folder beside the survey. Other changes made since are lost. The damaged file is kept beside it.</source>
            <translation>SurveyApp може да се врати на последњу резервну копију, направљену {made}. Оштећена датотека не може да се прочита, па фотографије увезене после ње нису поново додате (ниједна коју сте обрисали не дели се поново): њихови оригинали су сачувани у фасцикли поред истраживања. Остале измене направљене после тога су изгубљене. Оштећена датотека је сачувана поред ње.</translation>
        </message>
        <message>
            <source>SurveyApp can go back to its latest backup, made {made}. Photos imported since then are added back from the photo library; other changes made since are lost. The damaged file is kept beside it.</source>
            <translation>SurveyApp може да се врати на њену последњу резервну копију, направљену {made}. Фотографије увезене после тога се поново додају из библиотеке фотографија; остале измене направљене после тога се губе. Оштећена датотека се чува поред ње.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Врати резервну копију</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Изађи</translation>
        </message>
        <message>
            <source>The survey was restored from the backup {backup}.</source>
            <translation>Истраживање је враћено из резервне копије {backup}.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos imported since were added back from the library.</source>
            <translation>
                <numerusform>%n фотографија увезена после тога је поново додата из библиотеке.</numerusform>
                <numerusform>%n фотографије увезене после тога су поново додате из библиотеке.</numerusform>
                <numerusform>%n фотографија увезених после тога је поново додато из библиотеке.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The damaged survey cannot be read, so nothing says which photos imported since the backup you deleted: %n were not added back, so that none you withdrew is shared again. Their originals are kept in {folder}. Those you shared come back at your next sync; import again those you kept and never shared.</source>
            <translation>
                <numerusform>Оштећено истраживање не може да се прочита, па се не зна које сте од фотографија увезених после резервне копије обрисали: %n фотографија није поново додата, да се ништа што сте повукли не би поново делило. Оригинал је сачуван у {folder}. Оне које сте делили враћају се при следећој синхронизацији; поново увезите оне које сте задржали а никад нисте делили.</numerusform>
                <numerusform>Оштећено истраживање не може да се прочита, па се не зна које сте од фотографија увезених после резервне копије обрисали: %n фотографије нису поново додате, да се ништа што сте повукли не би поново делило. Оригинали су сачувани у {folder}. Оне које сте делили враћају се при следећој синхронизацији; поново увезите оне које сте задржали а никад нисте делили.</numerusform>
                <numerusform>Оштећено истраживање не може да се прочита, па се не зна које сте од фотографија увезених после резервне копије обрисали: %n фотографија није поново додато, да се ништа што сте повукли не би поново делило. Оригинали су сачувани у {folder}. Оне које сте делили враћају се при следећој синхронизацији; поново увезите оне које сте задржали а никад нисте делили.</numerusform>
            </translation>
        </message>
        <message>
            <source>The damaged file is kept as {path}.</source>
            <translation>Оштећена датотека је сачувана као {path}.</translation>
        </message>
        <message>
            <source>The survey it replaced is kept as {path}.</source>
            <translation>Истраживање које је заменила сачувано је као {path}.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>its survey</source>
            <translation>њено снимање</translation>
        </message>
        <message>
            <source>position (latitude)</source>
            <translation>положај (географска ширина)</translation>
        </message>
        <message>
            <source>position (longitude)</source>
            <translation>положај (географска дужина)</translation>
        </message>
        <message>
            <source>where its position came from</source>
            <translation>одакле је положај</translation>
        </message>
        <message>
            <source>position accuracy</source>
            <translation>тачност положаја</translation>
        </message>
        <message>
            <source>vendor (catalogue entry)</source>
            <translation>произвођач (ставка каталога)</translation>
        </message>
        <message>
            <source>extra OSM tags</source>
            <translation>додатне OSM ознаке</translation>
        </message>
        <message>
            <source>the team's review</source>
            <translation>провера тима</translation>
        </message>
        <message>
            <source>cameras found not to be the same</source>
            <translation>камере за које је утврђено да нису исте</translation>
        </message>
        <message>
            <source>this laptop has not synced with the team's server yet</source>
            <translation>овај рачунар се још није синхронизовао са сервером тима</translation>
        </message>
        <message>
            <source>no token for this server: sync from the Sync dialog (Remember keeps it), then Refresh</source>
            <translation>нема токена за овај сервер: синхронизујте из прозора Синхронизација (Запамти га чува), па Освежи</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Освежи</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Камера</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поље</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Задржи</translation>
        </message>
        <message>
            <source>Or take</source>
            <translation>Или узми</translation>
        </message>
        <message>
            <source>Mapped by</source>
            <translation>Мапирао</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Провера</translation>
        </message>
        <message>
            <source>Reached server</source>
            <translation>Стигло на сервер</translation>
        </message>
        <message>
            <source>Same as</source>
            <translation>Исто што и</translation>
        </message>
        <message>
            <source>Metres</source>
            <translation>Метара</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Ко</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Када</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Зашто</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Пута</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Потврди</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>Оспори</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Уклоњена</translation>
        </message>
        <message>
            <source>Mark all as seen</source>
            <translation>Означи све као виђено</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Споји</translation>
        </message>
        <message>
            <source>Not the same</source>
            <translation>Није иста</translation>
        </message>
        <message>
            <source>Mark all from the sender reviewed</source>
            <translation>Означи све од пошиљаоца као прегледано</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Сукоби</translation>
        </message>
        <message>
            <source>New and changed</source>
            <translation>Нове и измењене</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Дупликати</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Одбијене</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Волонтер</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Камере</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Потврђене</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Чекају</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>Спорне</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Последњи дан</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Тим</translation>
        </message>
        <message>
            <source>Reading the server's lists…</source>
            <translation>Читање спискова са сервера…</translation>
        </message>
        <message>
            <source>When the camera's last change reached the team's server. When it was made on its volunteer's laptop is not sent: it may be days earlier.</source>
            <translation>Када је последња измена камере стигла на сервер тима. Када је направљена на рачунару њеног волонтера не шаље се: то може бити данима раније.</translation>
        </message>
        <message>
            <source>Changed on this laptop at this time: not sent yet (the next sync sends it)</source>
            <translation>Измењено на овом рачунару у ово време: још није послато (следећа синхронизација га шаље)</translation>
        </message>
        <message>
            <source>How many times the server refused this change of this camera from this volunteer</source>
            <translation>Колико пута је сервер одбио ову измену ове камере од овог волонтера</translation>
        </message>
        <message>
            <source>Reviewing as {name} on {server}</source>
            <translation>Провера као {name} на {server}</translation>
        </message>
        <message>
            <source>The server's lists could not be read: {error}</source>
            <translation>Листе са сервера нису могле да се прочитају: {error}</translation>
        </message>
        <message>
            <source>First sent {when} UTC</source>
            <translation>Први пут послато {when} UTC</translation>
        </message>
        <message>
            <source>changed concurrently, {when} UTC</source>
            <translation>истовремено измењено, {when} UTC</translation>
        </message>
        <message>
            <source>sent by {user}</source>
            <translation>послато од {user}</translation>
        </message>
        <message>
            <source>The edit: {values}</source>
            <translation>Измена: {values}</translation>
        </message>
        <message>
            <source>Each row chosen goes, however many times it was refused</source>
            <translation>Сваки изабрани ред иде, колико год пута да је одбијен</translation>
        </message>
        <message>
            <source>Choose a refused change: all of its sender's rows go</source>
            <translation>Изаберите одбијену измену: иду сви редови њеног пошиљаоца</translation>
        </message>
        <message>
            <source>The refused changes listed here that {user} sent</source>
            <translation>Одбијене измене наведене овде које је послао {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n refused changes marked reviewed</source>
            <translation>
                <numerusform>%n одбијена измена означена као прегледана</numerusform>
                <numerusform>%n одбијене измене означене као прегледане</numerusform>
                <numerusform>%n одбијених измена означено као прегледано</numerusform>
            </translation>
        </message>
        <message>
            <source>This server cannot mark refused changes reviewed: it needs an update</source>
            <translation>Овај сервер не може да означи одбијене измене као прегледане: треба га ажурирати</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Означи као прегледано</translation>
        </message>
        <message>
            <source>Merge not done: the camera to merge into was deleted meanwhile</source>
            <translation>Спајање није урађено: циљна камера је у међувремену обрисана</translation>
        </message>
        <message>
            <source>Merge set aside: someone else had merged the camera to merge into</source>
            <translation>Спајање остављено по страни: неко други је спојио циљну камеру</translation>
        </message>
        <message>
            <source>Merge set aside for the cameras someone else had merged meanwhile</source>
            <translation>Спајање остављено по страни за камере које је неко други у међувремену спојио</translation>
        </message>
        <message>
            <source>Merged into the camera it had been merged into meanwhile</source>
            <translation>Спојено у камеру у коју је у међувремену спојена</translation>
        </message>
        <message>
            <source>Photos not moved: the camera was deleted meanwhile</source>
            <translation>Фотографије нису премештене: камера је у међувремену обрисана</translation>
        </message>
        <message>
            <source>Photos not moved: someone else had merged the camera</source>
            <translation>Фотографије нису премештене: неко други је спојио камеру</translation>
        </message>
        <message>
            <source>Photos moved to the camera it had been merged into meanwhile</source>
            <translation>Фотографије премештене у камеру у коју је у међувремену спојена</translation>
        </message>
        <message>
            <source>Not deleted: someone had added photos to the camera meanwhile</source>
            <translation>Није обрисано: неко је у међувремену додао фотографије камери</translation>
        </message>
        <message>
            <source>Photo deleted with its camera, which was deleted meanwhile</source>
            <translation>Фотографија обрисана са својом камером, која је у међувремену обрисана</translation>
        </message>
        <message>
            <source>Edit not applied: the camera had been merged into camera {camera} meanwhile</source>
            <translation>Измена није примењена: камера је у међувремену спојена са камером {camera}</translation>
        </message>
        <message>
            <source>Edit not applied: the record had been deleted meanwhile</source>
            <translation>Измена није примењена: запис је у међувремену обрисан</translation>
        </message>
        <message>
            <source>Deleted after someone else had restored it</source>
            <translation>Обрисано након што га је неко други вратио</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>нема фотографије</translation>
        </message>
        <message>
            <source>Choose a conflict told in words: all of its sender's go</source>
            <translation>Изаберите сукоб описан речима: иду сви од његовог пошиљаоца</translation>
        </message>
        <message numerus="yes">
            <source>Mark reviewed: the %n from {user}</source>
            <translation>
                <numerusform>Означи као прегледано: %n од {user}</numerusform>
                <numerusform>Означи као прегледано: %n од {user}</numerusform>
                <numerusform>Означи као прегледано: %n од {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>The conflicts listed here that {user} sent</source>
            <translation>Сукоби наведени овде које је послао {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts from {user} marked reviewed</source>
            <translation>
                <numerusform>%n сукоб од {user} означен као прегледан</numerusform>
                <numerusform>%n сукоба од {user} означена као прегледана</numerusform>
                <numerusform>%n сукоба од {user} означено као прегледано</numerusform>
            </translation>
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
            <source>empty: no online tiles (the offline map only)</source>
            <translation>празно: без плочица са мреже (само мапа без мреже)</translation>
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
            <source>MBTiles basemap</source>
            <translation>MBTiles основна мапа</translation>
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
            <source>Look up street names online (OpenStreetMap Nominatim)</source>
            <translation>Тражи називе улица на мрежи (Номинатим OpenStreetMap-а)</translation>
        </message>
        <message>
            <source>Streets are found offline in the areas above. Online, each camera's position is sent to nominatim.openstreetmap.org (once, at most one a second): leave it off where that could put volunteers at risk.</source>
            <translation>Улице се налазе без мреже у горњим подручјима. На мрежи се положај сваке камере шаље на nominatim.openstreetmap.org (једном, највише један у секунди): оставите ово искључено тамо где би то могло да угрози волонтере.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Опште</translation>
        </message>
        <message>
            <source>Offline map</source>
            <translation>Мапа без мреже</translation>
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
            <source>survey: name</source>
            <translation>снимање: назив</translation>
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
        <message>
            <source>survey: blur faces and plates</source>
            <translation>снимање: замућивање лица и таблица</translation>
        </message>
        <message>
            <source>survey: time zone</source>
            <translation>снимање: временска зона</translation>
        </message>
        <message>
            <source>camera: its survey</source>
            <translation>камера: њено снимање</translation>
        </message>
        <message>
            <source>camera: position (latitude)</source>
            <translation>камера: положај (географска ширина)</translation>
        </message>
        <message>
            <source>camera: position (longitude)</source>
            <translation>камера: положај (географска дужина)</translation>
        </message>
        <message>
            <source>camera: where its position came from</source>
            <translation>камера: одакле је положај</translation>
        </message>
        <message>
            <source>camera: position accuracy</source>
            <translation>камера: тачност положаја</translation>
        </message>
        <message>
            <source>camera: surveillance (public, outdoor, indoor)</source>
            <translation>камера: надзор (јавни, спољни, унутрашњи)</translation>
        </message>
        <message>
            <source>camera: kind</source>
            <translation>камера: врста</translation>
        </message>
        <message>
            <source>camera: zone watched</source>
            <translation>камера: надзирана зона</translation>
        </message>
        <message>
            <source>camera: type (fixed, dome, panning)</source>
            <translation>камера: тип (фиксна, купола, покретна)</translation>
        </message>
        <message>
            <source>camera: mount</source>
            <translation>камера: носач</translation>
        </message>
        <message>
            <source>camera: direction</source>
            <translation>камера: смер</translation>
        </message>
        <message>
            <source>camera: mounting height (m)</source>
            <translation>камера: висина постављања (м)</translation>
        </message>
        <message>
            <source>camera: operator</source>
            <translation>камера: власник</translation>
        </message>
        <message>
            <source>camera: vendor</source>
            <translation>камера: произвођач</translation>
        </message>
        <message>
            <source>camera: vendor's Wikidata item</source>
            <translation>камера: Wikidata ставка произвођача</translation>
        </message>
        <message>
            <source>camera: vendor (catalogue entry)</source>
            <translation>камера: произвођач (ставка каталога)</translation>
        </message>
        <message>
            <source>camera: brand on the housing</source>
            <translation>камера: марка на кућишту</translation>
        </message>
        <message>
            <source>camera: model</source>
            <translation>камера: модел</translation>
        </message>
        <message>
            <source>camera: how sure the vendor is</source>
            <translation>камера: колико је произвођач сигуран</translation>
        </message>
        <message>
            <source>camera: status (present, removed…)</source>
            <translation>камера: стање (постоји, уклоњена…)</translation>
        </message>
        <message>
            <source>camera: date last checked</source>
            <translation>камера: датум последње провере</translation>
        </message>
        <message>
            <source>camera: your notes</source>
            <translation>камера: ваше напомене</translation>
        </message>
        <message>
            <source>camera: extra OSM tags</source>
            <translation>камера: додатне OSM ознаке</translation>
        </message>
        <message>
            <source>camera: the team's review</source>
            <translation>камера: провера тима</translation>
        </message>
        <message>
            <source>camera: cameras found not to be the same</source>
            <translation>камера: камере за које је утврђено да нису исте</translation>
        </message>
        <message>
            <source>photo: fingerprint of the original</source>
            <translation>фотографија: отисак оригинала</translation>
        </message>
        <message>
            <source>photo: the camera it shows</source>
            <translation>фотографија: камера коју приказује</translation>
        </message>
        <message>
            <source>photo: file name</source>
            <translation>фотографија: назив датотеке</translation>
        </message>
        <message>
            <source>photo: file type</source>
            <translation>фотографија: тип датотеке</translation>
        </message>
        <message>
            <source>photo: width in pixels</source>
            <translation>фотографија: ширина у пикселима</translation>
        </message>
        <message>
            <source>photo: height in pixels</source>
            <translation>фотографија: висина у пикселима</translation>
        </message>
        <message>
            <source>photo: capture time</source>
            <translation>фотографија: време снимања</translation>
        </message>
        <message>
            <source>photo: time zone</source>
            <translation>фотографија: временска зона</translation>
        </message>
        <message>
            <source>photo: capture time (UTC)</source>
            <translation>фотографија: време снимања (UTC)</translation>
        </message>
        <message>
            <source>photo: position (latitude)</source>
            <translation>фотографија: положај (географска ширина)</translation>
        </message>
        <message>
            <source>photo: position (longitude)</source>
            <translation>фотографија: положај (географска дужина)</translation>
        </message>
        <message>
            <source>photo: altitude</source>
            <translation>фотографија: надморска висина</translation>
        </message>
        <message>
            <source>photo: compass bearing</source>
            <translation>фотографија: смер компаса</translation>
        </message>
        <message>
            <source>photo: true or magnetic north</source>
            <translation>фотографија: географски или магнетни север</translation>
        </message>
        <message>
            <source>photo: where its position came from</source>
            <translation>фотографија: одакле је положај</translation>
        </message>
        <message>
            <source>photo: position accuracy</source>
            <translation>фотографија: тачност положаја</translation>
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
            <source>photo: small preview of the shared copy</source>
            <translation>фотографија: мали преглед дељене копије</translation>
        </message>
    </context>
    <context>
        <name>StreetNames</name>
        <message>
            <source>Street names online: {error}</source>
            <translation>Називи улица са мреже: {error}</translation>
        </message>
    </context>
    <context>
        <name>SurveyCounts</name>
        <message numerus="yes">
            <source>%n cameras</source>
            <translation>
                <numerusform>%n камера</numerusform>
                <numerusform>%n камере</numerusform>
                <numerusform>%n камера</numerusform>
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
            <source>%n on the Covered List</source>
            <translation>
                <numerusform>%n на FCC листи</numerusform>
                <numerusform>%n на FCC листи</numerusform>
                <numerusform>%n на FCC листи</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n чека синхронизацију</numerusform>
                <numerusform>%n чекају синхронизацију</numerusform>
                <numerusform>%n чека синхронизацију</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n одбијена</numerusform>
                <numerusform>%n одбијене</numerusform>
                <numerusform>%n одбијено</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>The server at {server} did not answer. Check the address and your connection; nothing was lost.</source>
            <translation>Сервер {server} није одговорио. Проверите адресу и везу; ништа није изгубљено.</translation>
        </message>
        <message>
            <source>The server at {server} took too long to answer: the connection is slow or the server is busy. Nothing was lost: sync again later.</source>
            <translation>Сервер {server} је предуго одговарао: веза је спора или је сервер заузет. Ништа није изгубљено: синхронизујте касније.</translation>
        </message>
        <message>
            <source>The secure connection to {server} failed: its certificate is not valid for this address, or the server does not use https. Check the address with your coordinator; nothing was lost.</source>
            <translation>Безбедна веза са {server} није успела: његов сертификат не важи за ову адресу или сервер не користи https. Проверите адресу са координатором; ништа није изгубљено.</translation>
        </message>
        <message>
            <source>The server at {server} has a problem of its own and kept failing. Nothing was lost: sync again later, and tell your coordinator if it lasts.</source>
            <translation>Сервер {server} има сопствени проблем и стално је грешио. Ништа није изгубљено: синхронизујте касније и јавите координатору ако потраје.</translation>
        </message>
        <message>
            <source>The server at {server} refused your token: it may be mistyped, or your coordinator revoked it. Ask them for a new one. Nothing was lost: the changes wait here until you sync with a valid token.</source>
            <translation>Сервер {server} је одбио ваш токен: можда је погрешно унет или га је координатор опозвао. Тражите нови. Ништа није изгубљено: измене чекају овде док не синхронизујете са важећим токеном.</translation>
        </message>
        <message>
            <source>{server} answered, but it is not a SurveyApp server (a Wi-Fi sign-in page, or a wrong address?). Nothing was lost.</source>
            <translation>{server} је одговорио, али није SurveyApp сервер (страница за пријаву на бежичну мрежу или погрешна адреса?). Ништа није изгубљено.</translation>
        </message>
        <message>
            <source>This SurveyApp and the server at {server} do not speak the same version: update SurveyApp, or ask your coordinator to update the server. Nothing was lost.</source>
            <translation>Овај SurveyApp и сервер {server} не говоре исту верзију: ажурирајте SurveyApp или замолите координатора да ажурира сервер. Ништа није изгубљено.</translation>
        </message>
        <message>
            <source>The server at {server} gave an answer SurveyApp cannot use. Nothing was lost: sync again later, and tell your coordinator if it lasts.</source>
            <translation>Сервер {server} је дао одговор који SurveyApp не може да користи. Ништа није изгубљено: синхронизујте касније и јавите координатору ако потраје.</translation>
        </message>
        <message>
            <source>Sync stopped: a file on this laptop could not be read or written. Nothing was lost.</source>
            <translation>Синхронизација је заустављена: датотека на овом рачунару не може да се прочита или упише. Ништа није изгубљено.</translation>
        </message>
        <message>
            <source>Sync stopped because of an error in SurveyApp. Nothing was lost; the details help the developers.</source>
            <translation>Синхронизацију је зауставила грешка у SurveyApp-у. Ништа није изгубљено; детаљи помажу програмерима.</translation>
        </message>
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
            <source>Details</source>
            <translation>Детаљи</translation>
        </message>
        <message>
            <source>Refused change</source>
            <translation>Одбијена измена</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Зашто</translation>
        </message>
        <message>
            <source>Discard the selected</source>
            <translation>Одбаци изабране</translation>
        </message>
        <message>
            <source>Discard all</source>
            <translation>Одбаци све</translation>
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
        <message numerus="yes">
            <source>The server refused %n changes. They are not sent again; discarding one takes the server's values back on this laptop.</source>
            <translation>
                <numerusform>Сервер је одбио %n измену. Не шаље се поново; одбацивањем се на овом рачунару враћају вредности са сервера.</numerusform>
                <numerusform>Сервер је одбио %n измене. Не шаљу се поново; одбацивањем се на овом рачунару враћају вредности са сервера.</numerusform>
                <numerusform>Сервер је одбио %n измена. Не шаљу се поново; одбацивањем се на овом рачунару враћају вредности са сервера.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused changes discarded: the server's values are back.</source>
            <translation>
                <numerusform>Одбачена је %n одбијена измена: вредности са сервера су враћене.</numerusform>
                <numerusform>Одбачене су %n одбијене измене: вредности са сервера су враћене.</numerusform>
                <numerusform>Одбачено је %n одбијених измена: вредности са сервера су враћене.</numerusform>
            </translation>
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
            <source>{sent}, {photos}, {received}.</source>
            <translation>{sent}, {photos}, {received}.</translation>
        </message>
        <message numerus="yes">
            <source>%n changes received</source>
            <translation>
                <numerusform>%n измена примљена</numerusform>
                <numerusform>%n измене примљене</numerusform>
                <numerusform>%n измена примљено</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything is in sync.</source>
            <translation>Све је синхронизовано.</translation>
        </message>
        <message numerus="yes">
            <source>This laptop has sent everything; %n photos wait for a teammate's laptop.</source>
            <translation>
                <numerusform>Овај рачунар је послао све; %n фотографија чека рачунар сарадника.</numerusform>
                <numerusform>Овај рачунар је послао све; %n фотографије чекају рачунар сарадника.</numerusform>
                <numerusform>Овај рачунар је послао све; %n фотографија чека рачунар сарадника.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server refused %n changes: they are listed below; discard them to take the server's values back.</source>
            <translation>
                <numerusform>Сервер је одбио %n измену: наведена је испод; одбаците је да бисте вратили вредности са сервера.</numerusform>
                <numerusform>Сервер је одбио %n измене: наведене су испод; одбаците их да бисте вратили вредности са сервера.</numerusform>
                <numerusform>Сервер је одбио %n измена: наведене су испод; одбаците их да бисте вратили вредности са сервера.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some items were not sent: sync again.</source>
            <translation>Неке ставке нису послате: синхронизујте поново.</translation>
        </message>
        <message>
            <source>Stopped. What was sent is kept; sync again to finish.</source>
            <translation>Заустављено. Послато је сачувано; синхронизујте поново да завршите.</translation>
        </message>
    </context>
    <context>
        <name>TrackPreview</name>
        <message>
            <source>The track and the photos' new places appear here.</source>
            <translation>Овде се приказују траг и нова места фотографија.</translation>
        </message>
    </context>
    <context>
        <name>VendorGuide</name>
        <message>
            <source>Bullet</source>
            <translation>Цеваста</translation>
        </message>
        <message>
            <source>Turret</source>
            <translation>Кугласта</translation>
        </message>
        <message>
            <source>Dome</source>
            <translation>Купола</translation>
        </message>
        <message>
            <source>PTZ dome</source>
            <translation>PTZ купола</translation>
        </message>
        <message>
            <source>Plate reader</source>
            <translation>Читач таблица</translation>
        </message>
        <message>
            <source>The HUAWEI name, sometimes with the red petal logo, on the body or the sunshield. Huawei's camera line is also sold under the HOLOWITS name.</source>
            <translation>Име HUAWEI, понекад са црвеним логом у облику латица, на телу или на штитнику од сунца. Камере компаније Huawei продају се и под именом HOLOWITS.</translation>
        </message>
        <message>
            <source>The label names Huawei Technologies Co., Ltd. and the model. Older cameras are IPC6000 series (IPC6225-VRZ-ES); newer ones are a series letter C, D, M or X, four digits and a suffix (M2141-10-EI, D3220-10-SIU, X6921-Z48).</source>
            <translation>На налепници су Huawei Technologies Co., Ltd. и модел. Старије камере су серије IPC6000 (IPC6225-VRZ-ES); новије имају слово серије (C/D/M/X), четири цифре и наставак (M2141-10-EI, D3220-10-SIU, X6921-Z48).</translation>
        </message>
        <message>
            <source>Safe City networks (Belgrade, Valenciennes) put bullets and PTZ domes on poles at squares, crossings and main roads. In Belgrade the SHARE Foundation (#hiljadekamera) found the models IPC6625-Z30 and IPC6225-VRZ-ES; -Z30 marks a PTZ dome with 30× zoom.</source>
            <translation>Мреже Safe City (Београд, Валансијен) постављају цевасте камере и PTZ куполе на стубове на трговима, раскрсницама и главним улицама. У Београду је SHARE фондација (кампања „хиљаде камера“) пронашла моделе IPC6625-Z30 и IPC6225-VRZ-ES; -Z30 означава PTZ куполу са зумом 30×.</translation>
        </message>
        <message>
            <source>HIKVISION in capital letters, usually on the sunshield of a bullet, around the lens of a turret or on the base of a dome. Rebrands carry their own name instead: EZVIZ (home cameras), HiLook, HiWatch, LTS and others; the app counts them as Hikvision.</source>
            <translation>HIKVISION великим словима, обично на штитнику цевасте камере, око објектива кугласте или на постољу куполе. Преименоване марке носе своје име: EZVIZ (кућне камере), HiLook, HiWatch, LTS и друге; апликација их рачуна као Hikvision.</translation>
        </message>
        <message>
            <source>A white or silver sticker on the base or the back: the HIKVISION logo, Model: DS-… or iDS-…, the serial number, often a QR code, and Hangzhou Hikvision Digital Technology Co., Ltd.</source>
            <translation>Бела или сребрна налепница на постољу или полеђини: лого HIKVISION, ознака модела DS-… или iDS-…, серијски број, често QR код и Hangzhou Hikvision Digital Technology Co., Ltd.</translation>
        </message>
        <message>
            <source>From shops to city networks. The prefix tells the kind: DS-2CD network camera, DS-2CE analogue (Turbo HD), DS-2DE and DS-2DF PTZ speed domes, DS-2TD thermal, iDS- DeepinView (analytics), iDS-TCM traffic camera.</source>
            <translation>Од продавница до градских мрежа. Префикс казује врсту: DS-2CD мрежна камера, DS-2CE аналогна (Turbo HD), DS-2DE и DS-2DF брзе PTZ куполе, DS-2TD термална, iDS- DeepinView (аналитика), iDS-TCM саобраћајна камера.</translation>
        </message>
        <message>
            <source>The Dahua logo on the sunshield or on the base. Dahua's home cameras say Imou; many Lorex and Amcrest cameras are Dahua-made but carry their own name.</source>
            <translation>Лого Dahua на штитнику или на постољу. Кућне камере компаније Dahua носе име Imou; многе камере Lorex и Amcrest производи Dahua, али носе своје име.</translation>
        </message>
        <message>
            <source>The model, often with DH- or DHI- in front (DH-IPC-HFW2431S-S-S2), and Zhejiang Dahua Vision Technology Co., Ltd. (earlier: Zhejiang Dahua Technology).</source>
            <translation>Модел, често са DH- или DHI- на почетку (DH-IPC-HFW2431S-S-S2), и Zhejiang Dahua Vision Technology Co., Ltd. (раније: Zhejiang Dahua Technology).</translation>
        </message>
        <message>
            <source>The letters after IPC-H give the shape: HFW bullet with infrared, HDW dome with infrared, HDBW vandal-proof dome with infrared; PFW and PDW are multi-sensor cameras, SD a PTZ speed dome, ITC a traffic (ANPR) camera, HAC an analogue HDCVI camera.</source>
            <translation>Слова у IPC-HFW, IPC-HDW и IPC-HDBW казују облик: HFW цеваста са инфрацрвеним, HDW купола са инфрацрвеним, HDBW купола отпорна на вандализам са инфрацрвеним; PFW и PDW су камере са више сензора, SD брза PTZ купола, ITC саобраћајна камера (читање таблица), HAC аналогна HDCVI камера.</translation>
        </message>
        <message>
            <source>The UNV logo; Uniview's budget line says Uniarch. A Chinese maker, not on the FCC Covered List.</source>
            <translation>Лого UNV; јефтинија линија компаније Uniview носи име Uniarch. Кинески произвођач, није на FCC црној листи.</translation>
        </message>
        <message>
            <source>Zhejiang Uniview Technologies Co., Ltd. and a model such as IPC2122LB-SF28-A: IPC, four digits, letters, then lens and options.</source>
            <translation>Zhejiang Uniview Technologies Co., Ltd. и модел попут IPC2122LB-SF28-A: IPC, четири цифре, слова, па објектив и опције.</translation>
        </message>
        <message>
            <source>Not to be confused with Huawei's IPC6000 series: a Uniview number has letters right after its digits (IPC6322SR-…), a Huawei number a dash (IPC6325-WD-…).</source>
            <translation>Не мешати са серијом IPC6000 компаније Huawei: Uniview ознака има слова одмах после цифара (IPC6322SR-…), Huawei ознака цртицу (IPC6325-WD-…).</translation>
        </message>
        <message>
            <source>AXIS in capital letters, small, on the front or the side.</source>
            <translation>AXIS ситним великим словима, спреда или са стране.</translation>
        </message>
        <message>
            <source>AXIS and the product name (AXIS P3245-LVE); the serial number is the camera's MAC address, twelve hexadecimal digits.</source>
            <translation>AXIS и назив производа (AXIS P3245-LVE); серијски број је MAC адреса камере, дванаест хексадецималних цифара.</translation>
        </message>
        <message>
            <source>A series letter and four digits: M small, P professional, Q high end, F modular; suffix letters L infrared, V vandal-resistant, E outdoor. An Axis M20xx-LE is not a Huawei M2xxx-10-EI.</source>
            <translation>Слово серије и четири цифре; серије M/P/Q/F су редом мале, професионалне, највише класе и модуларне; слова наставка L/V/E значе инфрацрвено, отпорна на вандализам, спољна. Axis M20xx-LE није Huawei M2xxx-10-EI.</translation>
        </message>
        <message>
            <source>Wisenet or Hanwha on the housing; older units say Samsung (the business was Samsung Techwin until 2015).</source>
            <translation>Wisenet или Hanwha на кућишту; старије камере носе име Samsung (посао се до 2015. звао Samsung Techwin).</translation>
        </message>
        <message>
            <source>Models such as XNO-6080R: a series letter (X, Q, P, A, L, T), N for network, then the shape (O bullet, D dome, V vandal-proof dome, P PTZ) and digits. Samsung-era models start SNO, SND, SNV, SNP or SNB.</source>
            <translation>Модели попут XNO-6080R: слово серије (X/Q/P/A/L/T), затим NO (мрежна цеваста), ND (купола), NV (купола отпорна на вандализам) или NP (PTZ) и цифре. Модели из времена када се посао звао Samsung почињу са SNO, SND, SNV, SNP или SNB.</translation>
        </message>
        <message>
            <source>Common in shops, offices and transport; a South Korean maker.</source>
            <translation>Честе у продавницама, канцеларијама и превозу; јужнокорејски произвођач.</translation>
        </message>
        <message>
            <source>BOSCH in capital letters on the base or the side.</source>
            <translation>BOSCH великим словима на постољу или са стране.</translation>
        </message>
        <message>
            <source>Bosch Security Systems, a product line name and a type number such as NDE-5503-AL or NBE-3502-AL.</source>
            <translation>Bosch Security Systems, назив линије производа и ознака типа попут NDE-5503-AL или NBE-3502-AL.</translation>
        </message>
        <message>
            <source>The product line gives the shape: FLEXIDOME fixed dome, DINION bullet or box camera, AUTODOME PTZ dome, MIC ruggedised PTZ camera.</source>
            <translation>Линија производа казује облик: FLEXIDOME фиксна купола, DINION цеваста или кутијаста камера, AUTODOME PTZ купола, MIC ојачана PTZ камера.</translation>
        </message>
        <message>
            <source>A small black camera on its own pole, usually with a solar panel above it, aimed along the road at the plates of passing cars.</source>
            <translation>Мала црна камера на сопственом стубу, обично са соларним панелом изнад, усмерена дуж пута ка таблицама возила у пролазу.</translation>
        </message>
        <message>
            <source>Rarely readable from the street. The products: Falcon (licence plates), Sparrow (plates, for neighbourhoods), Condor (video) and Raven (a gunshot detector, not a camera).</source>
            <translation>Ретко читљива са улице. Производи: Falcon (таблице), Sparrow (таблице, за насеља), Condor (видео) и Raven (детектор пуцњева, не камера).</translation>
        </message>
        <message>
            <source>Neighbourhood entrances, car parks and main roads. Speed cameras, red-light cameras and traffic-detection cameras are often mistaken for licence-plate readers.</source>
            <translation>Улази у насеља, паркинзи и главни путеви. Радари за брзину, камере за црвено светло и камере за детекцију саобраћаја често се погрешно сматрају читачима таблица.</translation>
        </message>
        <message>
            <source>What to photograph</source>
            <translation>Шта фотографисати</translation>
        </message>
        <message>
            <source>The whole camera from where you stand, then the logo and, if you can reach it with the zoom, the label: usually under the base, on the back or inside the mounting arm. Zoom in rather than climb.</source>
            <translation>Целу камеру са места где стојите, затим лого и, ако зум допире, налепницу: обично испод постоља, на полеђини или у носачу. Боље зумирајте него да се пењете.</translation>
        </message>
        <message>
            <source>The model number</source>
            <translation>Ознака модела</translation>
        </message>
        <message>
            <source>Type it into Model as printed; dashes, spaces, case and a lens size in brackets do not matter. The app then suggests a vendor: strong means the number fits that vendor's documented naming scheme, likely that it matches only part of it, weak that other makers use the same pattern. The suggestion is only applied when you click it.</source>
            <translation>Упишите је у поље Модел онако како је одштампана; цртице, размаци, велика и мала слова и жижна даљина у загради нису битни. Апликација затим предлаже произвођача: „сигурно“ значи да ознака одговара објављеној шеми именовања тог произвођача, „вероватно“ да одговара само делу шеме, „слабо“ да исти облик користе и други произвођачи. Предлог се примењује тек када га кликнете.</translation>
        </message>
        <message>
            <source>Type the name on the housing into Vendor: pick EZVIZ and the app records the maker Hikvision with the brand EZVIZ. Rebranded cameras of a Covered List maker are flagged like their maker.</source>
            <translation>У поље Произвођач упишите име са кућишта: изаберите EZVIZ и апликација бележи произвођача Hikvision са марком EZVIZ. Камере произвођача са црне листе продате под другом марком означавају се као и њихов произвођач.</translation>
        </message>
        <message>
            <source>Vendor confidence</source>
            <translation>Колико сте сигурни</translation>
        </message>
        <message>
            <source>Choose seen when you read the logo or the label, shape when you judge by the look alone. Vendor unknown is a valid answer: a gap on the map is better than a wrong name in a published report.</source>
            <translation>Изаберите „виђено (прочитан натпис или модел)“ када сте прочитали лого или налепницу, „по изгледу“ када судите само по облику. „Непознат произвођач“ је исправан одговор: празнина на мапи је боља од погрешног имена у објављеном извештају.</translation>
        </message>
        <message>
            <source>Rebrands</source>
            <translation>Преименоване марке</translation>
        </message>
        <message>
            <source>Identifying a camera</source>
            <translation>Препознавање камере</translation>
        </message>
        <message>
            <source>Start here</source>
            <translation>За почетак</translation>
        </message>
        <message>
            <source>FCC Covered List</source>
            <translation>FCC црна листа</translation>
        </message>
        <message>
            <source>Other common makers</source>
            <translation>Други чести произвођачи</translation>
        </message>
        <message>
            <source>On the housing</source>
            <translation>На кућишту</translation>
        </message>
        <message>
            <source>On the label</source>
            <translation>На налепници</translation>
        </message>
        <message>
            <source>Shapes and places</source>
            <translation>Облици и места</translation>
        </message>
        <message>
            <source>Also sold as</source>
            <translation>Продаје се и као</translation>
        </message>
        <message>
            <source>Model numbers the app recognises</source>
            <translation>Ознаке модела које апликација препознаје</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Породица</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Сигурност</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Примери</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>Извори:</translation>
        </message>
    </context>
    <context>
        <name>WarningsPanel</name>
        <message>
            <source>Originals missing from the library</source>
            <translation>Оригинали којих нема у библиотеци</translation>
        </message>
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
            <source>Photos whose two clocks disagree</source>
            <translation>Фотографије чија се два сата не слажу</translation>
        </message>
        <message>
            <source>Nothing to check: no likely duplicates, every camera has a position and every photo a time.</source>
            <translation>Нема шта да се провери: нема могућих дупликата, свака камера има положај и свака фотографија време.</translation>
        </message>
        <message>
            <source>Compare photos…</source>
            <translation>Упореди фотографије…</translation>
        </message>
        <message>
            <source>Both cameras' photos side by side: merge them, or keep them as two</source>
            <translation>Фотографије обе камере једна поред друге: спојите их или их задржите као две</translation>
        </message>
        <message>
            <source>Checking the survey…</source>
            <translation>Проверавам снимање…</translation>
        </message>
        <message>
            <source>Double-click or Compare photos… to decide: one camera or two?</source>
            <translation>Двапут кликните или „Упореди фотографије…“ да одлучите: једна камера или две?</translation>
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
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>употреба: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>аргументи</translation>
        </message>
        <message>
            <source>options</source>
            <translation>опције</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>прикажи ову помоћ и изађи</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: грешка: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>аргумент %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>непознати аргументи: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>ови аргументи су обавезни: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>један од аргумената %s је обавезан</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>немогућ избор: %(value)r (изаберите: %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>немогућа вредност (%(type)s): %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>потребан је један аргумент</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>дозвољен је највише један аргумент</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>потребан је бар један аргумент</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>потребно аргумената: %s</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>потребно аргумената: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>није могуће уз аргумент %s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>двосмислена опција: %(option)s може бити %(matches)s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>занемарен аргумент: %r</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>не могу да отворим „%(filename)s“: %(error)s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>непозната команда %(parser_name)r (изаберите: %(choices)s)</translation>
        </message>
    </context>
    <context>
        <name>basemap</name>
        <message>
            <source>OpenStreetMap's standard tiles may not be downloaded in bulk (its tile usage policy). For an offline map of your city, add an OpenStreetMap extract of it (a .osm.pbf file) in Settings → Offline map.</source>
            <translation>Стандардне плочице OpenStreetMap-а не смеју да се преузимају масовно (његова правила коришћења плочица). За мапу вашег града без мреже додајте његов исечак OpenStreetMap-а (фајл .osm.pbf) у Подешавања → Мапа без мреже.</translation>
        </message>
        <message>
            <source>{count} tiles is too many to download: choose a smaller area or fewer zooms</source>
            <translation>{count} плочица је превише за преузимање: изаберите мање подручје или мање нивоа увећања</translation>
        </message>
        <message>
            <source>the tile server keeps refusing (HTTP {status})</source>
            <translation>сервер плочица стално одбија (HTTP {status})</translation>
        </message>
        <message>
            <source>no such file: {path}</source>
            <translation>нема таквог фајла: {path}</translation>
        </message>
        <message>
            <source>{name} is not an OpenStreetMap extract (.osm.pbf, .osm or .osm.gz)</source>
            <translation>{name} није исечак OpenStreetMap-а (.osm.pbf, .osm или .osm.gz)</translation>
        </message>
        <message>
            <source>{name} cannot be read as OpenStreetMap data: {error}</source>
            <translation>{name} не може да се прочита као подаци OpenStreetMap-а: {error}</translation>
        </message>
        <message>
            <source>{name} holds no streets, buildings or other map data</source>
            <translation>{name} не садржи улице, зграде ни друге податке мапе</translation>
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
            <source>move photos (id, sha256, or their first characters as `photos` lists them) into a new camera</source>
            <translation>премести фотографије (id, sha256 или њихове прве знакове како их `photos` приказује) у нову камеру</translation>
        </message>
        <message>
            <source>delete a camera</source>
            <translation>обриши камеру</translation>
        </message>
        <message>
            <source>set the team's review: verified, disputed, removed, unverified (reviewers)</source>
            <translation>постави проверу тима: верифиед, диспутед, removed, унверифиед (рецензенти)</translation>
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
            <source>note: these cameras stood {distance} apart; the merged camera stands at their mean position (`surveyapp undo` takes the merge back)</source>
            <translation>напомена: ове камере су биле удаљене {distance}; спојена камера стоји на њиховом средњем положају (`surveyapp undo` поништава спајање)</translation>
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
            <source>already-mapped cameras (OSM, Overpass, GeoJSON): a read-only layer</source>
            <translation>већ мапиране камере (OSM, Overpass, GeoJSON): слој само за читање</translation>
        </message>
        <message>
            <source>Cameras others already mapped, shown on the map and used by the duplicate warnings. Without an action: list them.</source>
            <translation>Камере које су други већ мапирали, приказане на мапи и коришћене за упозорења о дупликатима. Без радње: прикажи их.</translation>
        </message>
        <message>
            <source>import GeoJSON, OSM XML or Overpass JSON of {tag}</source>
            <translation>увези GeoJSON, OSM XML или Overpass JSON са {tag}</translation>
        </message>
        <message>
            <source>Import already-mapped cameras; importing the same source again updates its cameras in place. A bad file is refused whole.</source>
            <translation>Увези већ мапиране камере; поновни увоз истог извора ажурира његове камере. Неисправна датотека се одбија цела.</translation>
        </message>
        <message>
            <source>name of the source (default: {osm} for OSM data, else the file name)</source>
            <translation>назив извора (подразумевано: {osm} за OSM податке, иначе назив датотеке)</translation>
        </message>
        <message>
            <source>remove the known cameras</source>
            <translation>уклони познате камере</translation>
        </message>
        <message>
            <source>only this source's</source>
            <translation>само из овог извора</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Увоз</translation>
        </message>
        <message>
            <source>{file}: {reason}; nothing was imported</source>
            <translation>{file}: {reason}; ништа није увезено</translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras added, {updated} updated (source {source}); {skipped} elements skipped (not cameras or no position)</source>
            <translation>
                <numerusform>%n позната камера додата, ажурирано: {updated} (извор {source}); прескочено елемената: {skipped} (нису камере или немају положај)</numerusform>
                <numerusform>%n познате камере додате, ажурирано: {updated} (извор {source}); прескочено елемената: {skipped} (нису камере или немају положај)</numerusform>
                <numerusform>%n познатих камера додато, ажурирано: {updated} (извор {source}); прескочено елемената: {skipped} (нису камере или немају положај)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras removed</source>
            <translation>
                <numerusform>%n позната камера уклоњена</numerusform>
                <numerusform>%n познате камере уклоњене</numerusform>
                <numerusform>%n познатих камера уклоњено</numerusform>
            </translation>
        </message>
        <message>
            <source>direction {direction}</source>
            <translation>смер {direction}</translation>
        </message>
        <message>
            <source>{count} from {source}</source>
            <translation>{source}: {count}</translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras ({sources})</source>
            <translation>
                <numerusform>%n позната камера ({sources})</numerusform>
                <numerusform>%n познате камере ({sources})</numerusform>
                <numerusform>%n познатих камера ({sources})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras</source>
            <translation>
                <numerusform>%n позната камера</numerusform>
                <numerusform>%n познате камере</numerusform>
                <numerusform>%n познатих камера</numerusform>
            </translation>
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
            <source>%n originals restored</source>
            <translation>
                <numerusform>%n оригинал враћен</numerusform>
                <numerusform>%n оригинала враћена</numerusform>
                <numerusform>%n оригинала враћено</numerusform>
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
        <message numerus="yes">
            <source>%n files skipped: not photos</source>
            <translation>
                <numerusform>%n датотека прескочена: није фотографија</numerusform>
                <numerusform>%n датотеке прескочене: нису фотографије</numerusform>
                <numerusform>%n датотека прескочено: нису фотографије</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos whose device clock and GPS clock disagree: check which is right (their lines above say both)</source>
            <translation>
                <numerusform>%n фотографија чији се сат апарата и GPS сат не слажу: проверите који је тачан (њен ред изнад наводи оба)</numerusform>
                <numerusform>%n фотографије чији се сат апарата и GPS сат не слажу: проверите који је тачан (њихови редови изнад наводе оба)</numerusform>
                <numerusform>%n фотографија чији се сат апарата и GPS сат не слажу: проверите који је тачан (њихови редови изнад наводе оба)</numerusform>
            </translation>
        </message>
        <message>
            <source>imported</source>
            <translation>увезено</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>дупликат</translation>
        </message>
        <message>
            <source>original restored</source>
            <translation>оригинал враћен</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>прескочено</translation>
        </message>
        <message>
            <source>the vendor catalogue</source>
            <translation>каталог произвођача</translation>
        </message>
        <message>
            <source>ranked vendors, with confidence, for a model number or label</source>
            <translation>рангирани произвођачи, са сигурношћу, за ознаку модела или натпис</translation>
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
            <source>model {model} looks like {vendor}{covered} ({confidence}: {reason}): set {assignment}?</source>
            <translation>модел {model} личи на {vendor}{covered} ({confidence}: {reason}): поставити {assignment}?</translation>
        </message>
        <message>
            <source>brands: {names}</source>
            <translation>брендови: {names}</translation>
        </message>
        <message>
            <source>Map surveillance cameras from your photos.</source>
            <translation>Мапирајте камере за надзор са својих фотографија.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>прикажи верзију и изађи</translation>
        </message>
        <message>
            <source>survey database file (default: $SURVEYAPP_DB or {path})</source>
            <translation>датотека базе истраживања (подразумевано: $SURVEYAPP_DB или {path})</translation>
        </message>
        <message>
            <source>warning: a token on the command line is visible to other users of this machine; once --save-token has kept it in the keyring, the next runs need no --token</source>
            <translation>упозорење: токен на командној линији виде и други корисници овог рачунара; када га --save-token сачува у привеску кључева, следећим покретањима --token више није потребан</translation>
        </message>
        <message>
            <source>warning: a token on the command line is visible to other users of this machine; prefer $SURVEYAPP_TOKEN or --save-token (the keyring)</source>
            <translation>упозорење: токен на командној линији виде и други корисници овог рачунара; боље је $SURVEYAPP_TOKEN или --save-token (привезак кључева)</translation>
        </message>
        <message>
            <source>interrupted: what the command had not finished was not saved</source>
            <translation>прекинуто: оно што наредба није завршила није сачувано</translation>
        </message>
        <message>
            <source>error: the disk is full: the last step was not saved, everything before it is intact. Free some space and run the command again.</source>
            <translation>грешка: диск је пун: последњи корак није сачуван, све пре њега је нетакнуто. Ослободите простор и поново покрените наредбу.</translation>
        </message>
        <message>
            <source>export the survey</source>
            <translation>извези истраживање</translation>
        </message>
        <message>
            <source>Formats: {formats}.</source>
            <translation>Формати: {formats}.</translation>
        </message>
        <message>
            <source>output file, or - for standard output</source>
            <translation>излазна датотека, или - за стандардни излаз</translation>
        </message>
        <message>
            <source>write capture times as the date only (for publication)</source>
            <translation>време снимања упиши само као датум (за објављивање)</translation>
        </message>
        <message>
            <source>write only the cameras the team's reviewers verified</source>
            <translation>упиши само камере које су рецензенти тима проверили</translation>
        </message>
        <message numerus="yes">
            <source>GeoJSON and %n photos written to {path}</source>
            <translation>
                <numerusform>GeoJSON и %n фотографија уписани у {path}</numerusform>
                <numerusform>GeoJSON и %n фотографије уписани у {path}</numerusform>
                <numerusform>GeoJSON и %n фотографија уписани у {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras written to {path}</source>
            <translation>
                <numerusform>%n камера уписана у {path}</numerusform>
                <numerusform>%n камере уписане у {path}</numerusform>
                <numerusform>%n камера уписано у {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos not named in survey:photos: they have no shared copy yet (the next sync makes them; the zip makes its own)</source>
            <translation>
                <numerusform>%n фотографија није именована у survey:photos: још нема дељену копију (следећа синхронизација је прави; зип прави своју)</numerusform>
                <numerusform>%n фотографије нису именоване у survey:photos: још немају дељене копије (следећа синхронизација их прави; зип прави своје)</numerusform>
                <numerusform>%n фотографија није именовано у survey:photos: још немају дељене копије (следећа синхронизација их прави; зип прави своје)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>left out (%n; the zip's README.txt names them too):</source>
            <translation>
                <numerusform>изостављена фотографија (%n; README.txt у зипу је такође наводи):</numerusform>
                <numerusform>изостављене фотографије (%n; README.txt у зипу их такође наводи):</numerusform>
                <numerusform>изостављених фотографија (%n; README.txt у зипу их такође наводи):</numerusform>
            </translation>
        </message>
        <message>
            <source>the survey's name and privacy settings</source>
            <translation>назив истраживања и подешавања приватности</translation>
        </message>
        <message>
            <source>place photos without GPS from a GPS track or from the photos taken around them</source>
            <translation>постави фотографије без GPS-а из GPS трага или из фотографија снимљених око њих</translation>
        </message>
        <message>
            <source>a GPS logger's track (GPX 1.0 or 1.1); may be given several times</source>
            <translation>траг GPS бележења (GPX 1.0 или 1.1); може се навести више пута</translation>
        </message>
        <message>
            <source>the camera clock's offset from UTC (its time zone, plus its error): for every photo given</source>
            <translation>помак сата апарата у односу на UTC (његова временска зона плус грешка): за све наведене фотографије</translation>
        </message>
        <message>
            <source>time zone of photos without an offset (default: the survey's setting)</source>
            <translation>временска зона фотографија без помака (подразумевано: подешавање истраживања)</translation>
        </message>
        <message>
            <source>refuse to place a photo between track points further apart (default 60 s)</source>
            <translation>не постављај фотографију између тачака трага које су даље (подразумевано 60 с)</translation>
        </message>
        <message>
            <source>clock check: this photo's true time (--at) or place (--place) sets the offset of every photo of its device</source>
            <translation>провера сата: стварно време (--at) или место (--place) ове фотографије одређује помак свих фотографија њеног уређаја</translation>
        </message>
        <message>
            <source>the true time of the --check photo, e.g. 2026-05-04T10:00:00+02:00</source>
            <translation>стварно време фотографије из --check, нпр. 2026-05-04T10:00:00+02:00</translation>
        </message>
        <message>
            <source>where the --check photo was taken (the track gives the time)</source>
            <translation>где је снимљена фотографија из --check (траг даје време)</translation>
        </message>
        <message>
            <source>place photos from the same device's GPS photos taken just before and after</source>
            <translation>постави фотографије из GPS фотографија истог уређаја снимљених непосредно пре и после</translation>
        </message>
        <message>
            <source>with --from-neighbours: how close in time (default 120 s)</source>
            <translation>уз --from-neighbours: колико близу у времену (подразумевано 120 с)</translation>
        </message>
        <message>
            <source>show what would change, change nothing</source>
            <translation>прикажи шта би се променило, не мењај ништа</translation>
        </message>
        <message>
            <source>undo the latest geotagging, wherever it was applied (this command, the geotagging window of the app or a suggestion on the map), and say which one it was: when it was applied, from which track and how many photos</source>
            <translation>поништи последње геоозначавање, где год да је примењено (ова команда, прозор за геоозначавање у апликацији или предлог на мапи), и реци које је то било: када је примењено, по ком трагу и колико фотографија</translation>
        </message>
        <message>
            <source>print as JSON</source>
            <translation>испиши као JSON</translation>
        </message>
        <message>
            <source>{option} must be a positive number of seconds</source>
            <translation>{option} мора бити позитиван број секунди</translation>
        </message>
        <message>
            <source>{option} must be at most {seconds} seconds (a year)</source>
            <translation>{option} мора бити највише {seconds} секунди (година дана)</translation>
        </message>
        <message>
            <source>give one of --gpx TRACK.gpx, --from-neighbours or --undo</source>
            <translation>наведите једно од: --gpx TRAG.gpx, --from-neighbours или --undo</translation>
        </message>
        <message>
            <source>--place needs a track (--gpx)</source>
            <translation>--place захтева траг (--gpx)</translation>
        </message>
        <message>
            <source>--check needs either --at TIME or --place LAT,LON</source>
            <translation>--check захтева --at VREME или --place LAT,LON</translation>
        </message>
        <message>
            <source>--at and --place go with --check PHOTO</source>
            <translation>--at и --place иду уз --check FOTOGRAFIJA</translation>
        </message>
        <message>
            <source>give either --offset or --check, not both</source>
            <translation>наведите --offset или --check, не оба</translation>
        </message>
        <message>
            <source>'{text}' lies outside the calendar SurveyApp knows</source>
            <translation>'{text}' је изван календара који SurveyApp познаје</translation>
        </message>
        <message>
            <source>give the right offset (--offset), or check the clock by a photo's place (--check PHOTO --place LAT,LON)</source>
            <translation>наведите тачан помак (--offset) или проверите сат по месту једне фотографије (--check PHOTO --place LAT,LON)</translation>
        </message>
        <message>
            <source>{placed}; {refused}</source>
            <translation>{placed}; {refused}</translation>
        </message>
        <message numerus="yes">
            <source>undone: the geotagging of %n photos from the track {track}, applied {when}</source>
            <translation>
                <numerusform>поништено: геоозначавање %n фотографије по трагу {track}, примењено {when}</numerusform>
                <numerusform>поништено: геоозначавање %n фотографије по трагу {track}, примењено {when}</numerusform>
                <numerusform>поништено: геоозначавање %n фотографија по трагу {track}, примењено {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>undone: the geotagging of %n photos from the photos taken just before and after, applied {when}</source>
            <translation>
                <numerusform>поништено: геоозначавање %n фотографије према фотографијама снимљеним непосредно пре и после, примењено {when}</numerusform>
                <numerusform>поништено: геоозначавање %n фотографије према фотографијама снимљеним непосредно пре и после, примењено {when}</numerusform>
                <numerusform>поништено: геоозначавање %n фотографија према фотографијама снимљеним непосредно пре и после, примењено {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos back where they were</source>
            <translation>
                <numerusform>%n фотографија враћена где је била</numerusform>
                <numerusform>%n фотографије враћене где су биле</numerusform>
                <numerusform>%n фотографија враћено где су биле</numerusform>
            </translation>
        </message>
        <message>
            <source>'{text}' is not a time with its offset, e.g. 2026-05-04T10:00:00+02:00</source>
            <translation>'{text}' није време са помаком, нпр. 2026-05-04T10:00:00+02:00</translation>
        </message>
        <message>
            <source>'{text}' is not a place as LAT,LON, e.g. 44.8125,20.4612</source>
            <translation>'{text}' није место у облику LAT,LON, нпр. 44.8125,20.4612</translation>
        </message>
        <message>
            <source>--check names one photo, not a camera of several</source>
            <translation>--check наводи једну фотографију, не камеру са више њих</translation>
        </message>
        <message>
            <source>reading the track {name}…</source>
            <translation>читање трага {name}…</translation>
        </message>
        <message>
            <source>track {name}: {start} to {end} ({zone})</source>
            <translation>траг {name}: од {start} до {end} ({zone})</translation>
        </message>
        <message>
            <source>track {name}: {start} to {end} (UTC)</source>
            <translation>траг {name}: од {start} до {end} (UTC)</translation>
        </message>
        <message>
            <source>clock check: {device} runs at {offset} from UTC</source>
            <translation>провера сата: {device} иде {offset} у односу на UTC</translation>
        </message>
        <message>
            <source>clock offsets (wall clock minus UTC):</source>
            <translation>помаци сата (приказано време минус UTC):</translation>
        </message>
        <message numerus="yes">
            <source>{device}: {offset} from {source}, %n photos</source>
            <translation>
                <numerusform>{device}: {offset} према: {source}, %n фотографија</numerusform>
                <numerusform>{device}: {offset} према: {source}, %n фотографије</numerusform>
                <numerusform>{device}: {offset} према: {source}, %n фотографија</numerusform>
            </translation>
        </message>
        <message>
            <source>new position</source>
            <translation>нови положај</translation>
        </message>
        <message>
            <source>moved {metres} m</source>
            <translation>померена {metres} м</translation>
        </message>
        <message>
            <source>±{metres} m</source>
            <translation>±{metres} м</translation>
        </message>
        <message numerus="yes">
            <source>%n photos can be placed</source>
            <translation>
                <numerusform>%n фотографија може да се постави</numerusform>
                <numerusform>%n фотографије могу да се поставе</numerusform>
                <numerusform>%n фотографија може да се постави</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot</source>
            <translation>
                <numerusform>%n не може</numerusform>
                <numerusform>%n не могу</numerusform>
                <numerusform>%n не може</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos are in cameras placed by hand: the photos get their new position, the cameras keep their place</source>
            <translation>
                <numerusform>%n фотографија је у ручно постављеној камери: фотографија добија нови положај, камера задржава своје место</numerusform>
                <numerusform>%n фотографије су у ручно постављеним камерама: фотографије добијају нови положај, камере задржавају своје место</numerusform>
                <numerusform>%n фотографија је у ручно постављеним камерама: фотографије добијају нови положај, камере задржавају своје место</numerusform>
            </translation>
        </message>
        <message>
            <source>dry run: nothing was changed</source>
            <translation>проба: ништа није промењено</translation>
        </message>
        <message numerus="yes">
            <source>%n photos geotagged</source>
            <translation>
                <numerusform>%n фотографија геоозначена</numerusform>
                <numerusform>%n фотографије геоозначене</numerusform>
                <numerusform>%n фотографија геоозначено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras joined a camera nearby</source>
            <translation>
                <numerusform>%n камера придружена оближњој камери</numerusform>
                <numerusform>%n камере придружене оближњој камери</numerusform>
                <numerusform>%n камера придружено оближњој камери</numerusform>
            </translation>
        </message>
        <message>
            <source>to undo: surveyapp geotag --undo</source>
            <translation>за поништавање: surveyapp geotag --undo</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras placed by hand kept their place (their photos were geotagged all the same):</source>
            <translation>
                <numerusform>%n ручно постављена камера задржала је своје место (њене фотографије су ипак геоозначене):</numerusform>
                <numerusform>%n ручно постављене камере задржале су своје место (њихове фотографије су ипак геоозначене):</numerusform>
                <numerusform>%n ручно постављених камера задржало је своје место (њихове фотографије су ипак геоозначене):</numerusform>
            </translation>
        </message>
        <message>
            <source>change settings: name=TEXT blur=on|off time_zone=ZONE</source>
            <translation>промена подешавања: name=TEKST blur=on|off time_zone=ZONA</translation>
        </message>
        <message>
            <source>'{item}' is not name=TEXT, blur=on|off or time_zone=ZONE</source>
            <translation>'{item}' није name=TEKST, blur=on|off ни time_zone=ZONA</translation>
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
            <source>time zone of photos without one: {zone}</source>
            <translation>временска зона фотографија које је немају: {zone}</translation>
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
        <message>
            <source>SQLAlchemy URL: {sqlite} or {postgresql} (default: {variable} or {file_name} in the per-user data folder)</source>
            <translation>SQLAlchemy URL: {sqlite} или {postgresql} (подразумевано: {variable} или {file_name} у корисниковој фасцикли с подацима)</translation>
        </message>
        <message>
            <source>run and administer the team's sync server</source>
            <translation>покрени сервер за синхронизацију тима и управљај њиме</translation>
        </message>
        <message>
            <source>serve the sync API (OpenAPI at /docs)</source>
            <translation>покрени API за синхронизацију (OpenAPI на /docs)</translation>
        </message>
        <message>
            <source>address to listen on (default {host})</source>
            <translation>адреса на којој се слуша (подразумевано {host})</translation>
        </message>
        <message>
            <source>port (default {port})</source>
            <translation>порт (подразумевано {port})</translation>
        </message>
        <message>
            <source>folder for photo blobs (default: beside the database, or {folder} in the per-user data folder)</source>
            <translation>фасцикла за датотеке фотографија (подразумевано: поред базе или {folder} у корисниковој фасцикли с подацима)</translation>
        </message>
        <message>
            <source>largest photo accepted, in MB (default {size})</source>
            <translation>највећа прихваћена фотографија, у MB (подразумевано {size})</translation>
        </message>
        <message>
            <source>delete a shared photo copy this many hours after no photo names it (default 24)</source>
            <translation>обриши дељену копију фотографије оволико сати након што је ниједна фотографија више не наводи (подразумевано 24)</translation>
        </message>
        <message>
            <source>server processes sharing the port (PostgreSQL only; default {count})</source>
            <translation>серверски процеси који деле порт (само PostgreSQL; подразумевано {count})</translation>
        </message>
        <message>
            <source>requests a second one token may make, in each process; 0: no limit (default {rate})</source>
            <translation>захтева у секунди које један токен сме да пошаље, у сваком процесу; 0: без ограничења (подразумевано {rate})</translation>
        </message>
        <message>
            <source>the public map at /</source>
            <translation>јавна мапа на /</translation>
        </message>
        <message>
            <source>the public page's title</source>
            <translation>наслов јавне странице</translation>
        </message>
        <message>
            <source>the public page's language (default: each visitor's browser's, else English)</source>
            <translation>језик јавне странице (подразумевано: језик прегледача сваког посетиоца, иначе енглески)</translation>
        </message>
        <message>
            <source>the public page's about text</source>
            <translation>опис јавне странице</translation>
        </message>
        <message>
            <source>the background map's tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (default: none, the cameras alone)</source>
            <translation>плочице позадинске мапе, нпр. https://tile.openstreetmap.org/{z}/{x}/{y}.png (подразумевано: ниједне, само камере)</translation>
        </message>
        <message>
            <source>the tiles' attribution text</source>
            <translation>текст атрибуције плочица</translation>
        </message>
        <message>
            <source>publish a camera that two volunteers photographed even before a reviewer looked (never one a reviewer disputed or removed)</source>
            <translation>објави камеру коју су фотографисала два волонтера и пре него што је рецензент погледа (никад ону коју је рецензент оспорио или уклонио)</translation>
        </message>
        <message>
            <source>an offline map area (a .basemap.sqlite file the desktop app made from an OSM extract, or a folder of them) that names each published camera's street and district; may be repeated</source>
            <translation>подручје мапе без мреже (датотека .basemap.sqlite коју је апликација направила од OSM извода, или фасцикла таквих датотека) из које се читају улица и кварт сваке објављене камере; може се поновити</translation>
        </message>
        <message>
            <source>add a user; prints their token (shown only once)</source>
            <translation>додај корисника; исписује његов токен (само једном)</translation>
        </message>
        <message>
            <source>a pseudonym (the server stores nothing else about them)</source>
            <translation>псеудоним (сервер не чува ништа друго о особи)</translation>
        </message>
        <message>
            <source>give a user another role (the running server acts on it at once)</source>
            <translation>додели кориснику другу улогу (сервер који ради примењује је одмах)</translation>
        </message>
        <message>
            <source>revoke a user's token</source>
            <translation>опозови токен корисника</translation>
        </message>
        <message>
            <source>give a user a new token in place of their old one (shown only once)</source>
            <translation>дај кориснику нови токен уместо старог (приказује се само једном)</translation>
        </message>
        <message>
            <source>the users, their roles, revoked tokens</source>
            <translation>корисници, њихове улоге, опозвани токени</translation>
        </message>
        <message>
            <source>cannot open the server database: its driver {driver} is not installed; write postgresql+psycopg://USER@HOST/DB or sqlite:///PATH</source>
            <translation>база сервера не може да се отвори: њен драјвер {driver} није инсталиран; напишите postgresql+psycopg://USER@HOST/DB или sqlite:///PATH</translation>
        </message>
        <message>
            <source>cannot open the server database: {reason}</source>
            <translation>база сервера не може да се отвори: {reason}</translation>
        </message>
        <message>
            <source>upgraded the server database's schema from {old} to {new}</source>
            <translation>шема базе сервера је надограђена са {old} на {new}</translation>
        </message>
        <message>
            <source>{option} must be between {low} and {high}</source>
            <translation>{option} мора бити између {low} и {high}</translation>
        </message>
        <message>
            <source>{option} must be positive</source>
            <translation>{option} мора бити позитиван</translation>
        </message>
        <message>
            <source>SQLite serves one process: use PostgreSQL for {option} above 1</source>
            <translation>SQLite опслужује један процес: за {option} веће од 1 користите PostgreSQL</translation>
        </message>
        <message>
            <source>{path} is no offline map area (a .basemap.sqlite file, or a folder of them)</source>
            <translation>{path} није подручје мапе без мреже (датотека .basemap.sqlite или фасцикла таквих датотека)</translation>
        </message>
        <message>
            <source>Added {role} {name}. Their token (shown only this once):</source>
            <translation>Додат {name} ({role}). Његов токен (приказује се само овај пут):</translation>
        </message>
        <message>
            <source>{name} is a {role} already</source>
            <translation>{name} већ има улогу {role}</translation>
        </message>
        <message>
            <source>{name} is now a {role} (was a {was})</source>
            <translation>{name} сада има улогу {role} (раније: {was})</translation>
        </message>
        <message>
            <source>revoked the token of {name}</source>
            <translation>токен корисника {name} је опозван</translation>
        </message>
        <message>
            <source>New token of {name}; the old one no longer works (shown only this once):</source>
            <translation>Нови токен за {name}; стари више не ради (приказује се само овај пут):</translation>
        </message>
        <message>
            <source>what to check: likely duplicates, cameras already in OSM, missing data and originals</source>
            <translation>шта треба проверити: вероватни дупликати, камере већ у OSM-у, подаци и оригинали који недостају</translation>
        </message>
        <message>
            <source>no warnings</source>
            <translation>нема упозорења</translation>
        </message>
        <message>
            <source>put the latest good backup in place of a damaged survey</source>
            <translation>постави последњу исправну резервну копију уместо оштећеног истраживања</translation>
        </message>
        <message>
            <source>this backup file, not the latest</source>
            <translation>ова датотека резервне копије, не последња</translation>
        </message>
        <message>
            <source>list the backups, change nothing</source>
            <translation>прикажи резервне копије, ништа не мењај</translation>
        </message>
        <message>
            <source>back the survey up now, beside it (SQLite's backup API)</source>
            <translation>направи резервну копију истраживања сада, поред њега (SQLite-ов API за резервне копије)</translation>
        </message>
        <message>
            <source>{backup}  cannot be used: {reason}</source>
            <translation>{backup}  не може да се користи: {reason}</translation>
        </message>
        <message>
            <source>no backups beside {path}</source>
            <translation>нема резервних копија поред {path}</translation>
        </message>
        <message>
            <source>restored {path} from the backup {backup} (made {made})</source>
            <translation>{path} је враћен из резервне копије {backup} (направљене {made})</translation>
        </message>
        <message>
            <source>the damaged file is kept as {path}</source>
            <translation>оштећена датотека је сачувана као {path}</translation>
        </message>
        <message>
            <source>the survey it replaced is kept as {path}</source>
            <translation>истраживање које је заменила сачувано је као {path}</translation>
        </message>
        <message numerus="yes">
            <source>warning: the originals of %n photos of the backup are not in the photo library {library}: if it was moved or is on a disk not plugged in, put it back there and run this restore again before anything else, so that the photos imported after the backup are added back too</source>
            <translation>
                <numerusform>упозорење: оригинал %n фотографије из резервне копије није у библиотеци фотографија {library}: ако је премештена или је на диску који није прикључен, вратите је тамо и поново покрените ово враћање пре било чега другог, да би и фотографије увезене после резервне копије биле поново додате</numerusform>
                <numerusform>упозорење: оригинали %n фотографије из резервне копије нису у библиотеци фотографија {library}: ако је премештена или је на диску који није прикључен, вратите је тамо и поново покрените ово враћање пре било чега другог, да би и фотографије увезене после резервне копије биле поново додате</numerusform>
                <numerusform>упозорење: оригинали %n фотографија из резервне копије нису у библиотеци фотографија {library}: ако је премештена или је на диску који није прикључен, вратите је тамо и поново покрените ово враћање пре било чега другог, да би и фотографије увезене после резервне копије биле поново додате</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the damaged file cannot be read, so nothing says which photos imported after the backup you deleted since: %n were not added back, so that none you withdrew is shared again; their originals are kept in {folder}. Those you shared come back at your next sync; import again those you kept and never shared: surveyapp --db {path} import FILE...</source>
            <translation>
                <numerusform>оштећена датотека не може да се прочита, па се не зна које сте од фотографија увезених после резервне копије у међувремену обрисали: %n фотографија није поново додата, да се ништа што сте повукли не би поново делило; оригинал је сачуван у {folder}. Оне које сте делили враћају се при следећој синхронизацији; поново увезите оне које сте задржали а никад нисте делили: surveyapp --db {path} import DATOTEKA...</numerusform>
                <numerusform>оштећена датотека не може да се прочита, па се не зна које сте од фотографија увезених после резервне копије у међувремену обрисали: %n фотографије нису поново додате, да се ништа што сте повукли не би поново делило; оригинали су сачувани у {folder}. Оне које сте делили враћају се при следећој синхронизацији; поново увезите оне које сте задржали а никад нисте делили: surveyapp --db {path} import DATOTEKA...</numerusform>
                <numerusform>оштећена датотека не може да се прочита, па се не зна које сте од фотографија увезених после резервне копије у међувремену обрисали: %n фотографија није поново додато, да се ништа што сте повукли не би поново делило; оригинали су сачувани у {folder}. Оне које сте делили враћају се при следећој синхронизацији; поново увезите оне које сте задржали а никад нисте делили: surveyapp --db {path} import DATOTEKA...</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos imported after the backup were added back from the library; other changes made after it are lost</source>
            <translation>
                <numerusform>%n фотографија увезена после резервне копије је поново додата из библиотеке; остале измене направљене после ње су изгубљене</numerusform>
                <numerusform>%n фотографије увезене после резервне копије су поново додате из библиотеке; остале измене направљене после ње су изгубљене</numerusform>
                <numerusform>%n фотографија увезених после резервне копије је поново додато из библиотеке; остале измене направљене после ње су изгубљене</numerusform>
            </translation>
        </message>
        <message>
            <source>undo the last camera edit made from the command line</source>
            <translation>опозови последњу измену камере направљену из командне линије</translation>
        </message>
        <message>
            <source>when the last edit's undo is refused (changed since, not allowed), set that edit aside without undoing it (it stays as it is and is never undone later) and undo the one before it</source>
            <translation>када је опозив последње измене одбијен (промењена од тада, није дозвољено), остави ту измену по страни без опозива (остаје каква јесте и никада се касније не опозива) и опозови ону пре ње</translation>
        </message>
        <message>
            <source>redo the camera edit undone last</source>
            <translation>понови последњу опозвану измену камере</translation>
        </message>
        <message>
            <source>when the redo of the edit undone last is refused (changed since, not allowed), set that edit aside without redoing it (it stays undone and is never redone later) and redo the one after it</source>
            <translation>када је понављање последње опозване измене одбијено (промењена од тада, није дозвољено), остави ту измену по страни без понављања (остаје опозвана и никада се касније не понавља) и понови ону после ње</translation>
        </message>
        <message>
            <source>set aside, not redone: {edit} (it stays undone)</source>
            <translation>остављено по страни, није поновљено: {edit} (остаје опозвано)</translation>
        </message>
        <message>
            <source>set aside, not undone: {edit} (it stays as it is)</source>
            <translation>остављено по страни, није опозвано: {edit} (остаје какво јесте)</translation>
        </message>
        <message>
            <source>there is no edit after it to redo</source>
            <translation>нема измене после ње за понављање</translation>
        </message>
        <message>
            <source>there is no edit before it to undo</source>
            <translation>нема измене пре ње за опозив</translation>
        </message>
        <message>
            <source>undone: {edit}</source>
            <translation>опозвано: {edit}</translation>
        </message>
        <message>
            <source>redone: {edit}</source>
            <translation>поновљено: {edit}</translation>
        </message>
        <message>
            <source>{error}
`surveyapp redo --skip` sets the {name} aside (it stays undone) and redoes the {before} after it</source>
            <translation>{error}
`surveyapp redo --skip` оставља операцију „{name}“ по страни (остаје опозвана) и понавља операцију „{before}“ после ње</translation>
        </message>
        <message>
            <source>{error}
`surveyapp redo --skip` sets the {name} aside (it stays undone)</source>
            <translation>{error}
`surveyapp redo --skip` оставља операцију „{name}“ по страни (остаје опозвана)</translation>
        </message>
        <message>
            <source>{error}
`surveyapp undo --skip` sets the {name} aside (it stays as it is) and undoes the {before} before it</source>
            <translation>{error}
`surveyapp undo --skip` оставља операцију „{name}“ по страни (остаје каква јесте) и опозива операцију „{before}“ пре ње</translation>
        </message>
        <message>
            <source>{error}
`surveyapp undo --skip` sets the {name} aside (it stays as it is)</source>
            <translation>{error}
`surveyapp undo --skip` оставља операцију „{name}“ по страни (остаје каква јесте)</translation>
        </message>
        <message>
            <source>(the server gets the change at the next sync)</source>
            <translation>(сервер добија промену при следећој синхронизацији)</translation>
        </message>
        <message>
            <source>sync with the team's server (status: what is waiting; fetch: a photo)</source>
            <translation>синхронизуј са сервером тима (`status`: шта чека; `fetch`: фотографија)</translation>
        </message>
        <message>
            <source>keep the token in the OS keyring</source>
            <translation>сачувај токен у системском привеску кључева</translation>
        </message>
        <message>
            <source>print the run's summary as JSON</source>
            <translation>испиши резиме синхронизације као JSON</translation>
        </message>
        <message>
            <source>show what would leave the laptop; no network</source>
            <translation>прикажи шта би напустило рачунар; без мреже</translation>
        </message>
        <message>
            <source>changes and photos waiting, recent runs</source>
            <translation>измене и фотографије на чекању, скорашње синхронизације</translation>
        </message>
        <message>
            <source>drop changes the server refused and take the server's values back</source>
            <translation>одбаци измене које је сервер одбио и врати вредности са сервера</translation>
        </message>
        <message>
            <source>the record's id (or a prefix of 4+ characters)</source>
            <translation>id записа (или његов почетак од 4 или више знакова)</translation>
        </message>
        <message>
            <source>every refused change</source>
            <translation>све одбијене измене</translation>
        </message>
        <message>
            <source>download someone else's photo into the library</source>
            <translation>преузми туђу фотографију у библиотеку</translation>
        </message>
        <message>
            <source>photo id or sha256</source>
            <translation>id или sha256 фотографије</translation>
        </message>
        <message>
            <source>the server's address</source>
            <translation>адреса сервера</translation>
        </message>
        <message>
            <source>your token (else $SURVEYAPP_TOKEN, or the keyring)</source>
            <translation>ваш токен (иначе $SURVEYAPP_TOKEN, или привезак кључева)</translation>
        </message>
        <message>
            <source>'{server}' is not a server address (http://... or https://...)</source>
            <translation>„{server}” није адреса сервера (http://... или https://...)</translation>
        </message>
        <message>
            <source>give the server: --server URL</source>
            <translation>наведите сервер: --server URL</translation>
        </message>
        <message>
            <source>put off: {item}</source>
            <translation>одложено: {item}</translation>
        </message>
        <message>
            <source>everything is in sync</source>
            <translation>све је синхронизовано</translation>
        </message>
        <message>
            <source>this laptop has sent everything</source>
            <translation>овај рачунар је послао све</translation>
        </message>
        <message numerus="yes">
            <source>%n changes were refused by the server: see `surveyapp sync status`; `surveyapp sync discard ID` (or --all) drops them and takes the server's values</source>
            <translation>
                <numerusform>сервер је одбио %n измену: видите `surveyapp sync status`; `surveyapp sync discard ID` (или --all) је одбацује и враћа вредности са сервера</numerusform>
                <numerusform>сервер је одбио %n измене: видите `surveyapp sync status`; `surveyapp sync discard ID` (или --all) их одбацује и враћа вредности са сервера</numerusform>
                <numerusform>сервер је одбио %n измена: видите `surveyapp sync status`; `surveyapp sync discard ID` (или --all) их одбацује и враћа вредности са сервера</numerusform>
            </translation>
        </message>
        <message>
            <source>{changes} and {photos} still waiting: sync again</source>
            <translation>још чека {changes} и {photos}: синхронизујте поново</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n измена</numerusform>
                <numerusform>%n измене</numerusform>
                <numerusform>%n измена</numerusform>
            </translation>
        </message>
        <message>
            <source>{sent} ({merged}), {photos}, {pulled} ({received})</source>
            <translation>{sent} ({merged}), {photos}, {pulled} ({received})</translation>
        </message>
        <message numerus="yes">
            <source>%n merged with others' edits</source>
            <translation>
                <numerusform>%n спојена са туђим изменама</numerusform>
                <numerusform>%n спојене са туђим изменама</numerusform>
                <numerusform>%n спојено са туђим изменама</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes pulled</source>
            <translation>
                <numerusform>%n измена преузета</numerusform>
                <numerusform>%n измене преузете</numerusform>
                <numerusform>%n измена преузето</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new here</source>
            <translation>
                <numerusform>%n нова овде</numerusform>
                <numerusform>%n нове овде</numerusform>
                <numerusform>%n нових овде</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n surveys</source>
            <translation>
                <numerusform>%n истраживање</numerusform>
                <numerusform>%n истраживања</numerusform>
                <numerusform>%n истраживања</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes would be pushed ({kinds}; {deletions})</source>
            <translation>
                <numerusform>%n измена би била послата ({kinds}; {deletions})</numerusform>
                <numerusform>%n измене би биле послате ({kinds}; {deletions})</numerusform>
                <numerusform>%n измена би било послато ({kinds}; {deletions})</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>ниједно</translation>
        </message>
        <message numerus="yes">
            <source>%n deletions</source>
            <translation>
                <numerusform>%n брисање</numerusform>
                <numerusform>%n брисања</numerusform>
                <numerusform>%n брисања</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n refused changes (not sent again; `surveyapp sync discard`)</source>
            <translation>
                <numerusform>и %n одбијена измена (не шаље се поново; `surveyapp sync discard`)</numerusform>
                <numerusform>и %n одбијене измене (не шаљу се поново; `surveyapp sync discard`)</numerusform>
                <numerusform>и %n одбијених измена (не шаљу се поново; `surveyapp sync discard`)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos would be uploaded (shareable copies, never the originals)</source>
            <translation>
                <numerusform>%n фотографија би била отпремљена (копије за дељење, никад оригинали)</numerusform>
                <numerusform>%n фотографије би биле отпремљене (копије за дељење, никад оригинали)</numerusform>
                <numerusform>%n фотографија би било отпремљено (копије за дељење, никад оригинали)</numerusform>
            </translation>
        </message>
        <message>
            <source>warning: the token was not saved: {error}; give it again next time (--token, or $SURVEYAPP_TOKEN)</source>
            <translation>упозорење: токен није сачуван: {error}; наведите га поново следећи пут (--token, или $SURVEYAPP_TOKEN)</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Синхронизација</translation>
        </message>
        <message>
            <source>retry: {reason}</source>
            <translation>нови покушај: {reason}</translation>
        </message>
        <message>
            <source>interrupted: what was sent is kept; sync again to finish</source>
            <translation>прекинуто: послато је сачувано; синхронизујте поново да завршите</translation>
        </message>
        <message>
            <source>{error}; nothing was lost: the changes wait for a new token</source>
            <translation>{error}; ништа није изгубљено: измене чекају нови токен</translation>
        </message>
        <message>
            <source>{error}; nothing was lost: sync again later</source>
            <translation>{error}; ништа није изгубљено: синхронизујте поново касније</translation>
        </message>
        <message>
            <source>refused: {item}</source>
            <translation>одбијена: {item}</translation>
        </message>
        <message>
            <source>(surveyapp sync discard ID, or --all: drop them and take the server's values)</source>
            <translation>(surveyapp sync discard ID, или --all: одбаците их и вратите вредности са сервера)</translation>
        </message>
        <message>
            <source>recent runs:</source>
            <translation>скорашње синхронизације:</translation>
        </message>
        <message>
            <source>{when}  {server}  pushed {pushed}, pulled {pulled}, photos {photos}, errors {errors}: {result}</source>
            <translation>{when}  {server}  послато {pushed}, преузето {pulled}, фотографија {photos}, грешака {errors}: {result}</translation>
        </message>
        <message>
            <source>discarded: {item}</source>
            <translation>одбачена: {item}</translation>
        </message>
        <message numerus="yes">
            <source>'{photo}' names %n photos (give its id or sha256)</source>
            <translation>
                <numerusform>„{photo}” означава %n фотографију (наведите њен id или sha256)</numerusform>
                <numerusform>„{photo}” означава %n фотографије (наведите њен id или sha256)</numerusform>
                <numerusform>„{photo}” означава %n фотографија (наведите њен id или sha256)</numerusform>
            </translation>
        </message>
        <message>
            <source>a user name is 1 to {count} characters</source>
            <translation>име корисника има од 1 до {count} знакова</translation>
        </message>
        <message>
            <source>unknown role {role}; choose one of {roles}</source>
            <translation>непозната улога {role}; изаберите једну од: {roles}</translation>
        </message>
        <message>
            <source>a user named {name} exists already</source>
            <translation>корисник по имену {name} већ постоји</translation>
        </message>
        <message>
            <source>no user named {name}</source>
            <translation>нема корисника по имену {name}</translation>
        </message>
    </context>
    <context>
        <name>database</name>
        <message>
            <source>the backup could not be written in {folder}: {reason}</source>
            <translation>резервна копија није могла да се упише у {folder}: {reason}</translation>
        </message>
        <message>
            <source>the backup could not be put back in {folder}: {reason}</source>
            <translation>резервна копија није могла да се врати у {folder}: {reason}</translation>
        </message>
        <message>
            <source>it is not a file</source>
            <translation>то није датотека</translation>
        </message>
        <message>
            <source>it is empty (0 bytes): cut short</source>
            <translation>празна је (0 бајтова): скраћена</translation>
        </message>
        <message>
            <source>it is damaged or cut short ({detail})</source>
            <translation>оштећена је или скраћена ({detail})</translation>
        </message>
        <message>
            <source>it is no SurveyApp survey</source>
            <translation>то није SurveyApp истраживање</translation>
        </message>
        <message>
            <source>its schema {revision} is none this SurveyApp knows (another program's file, or a newer SurveyApp's)</source>
            <translation>овај SurveyApp не познаје њену шему {revision} (датотека другог програма или новијег SurveyApp-а)</translation>
        </message>
        <message>
            <source>the backup {backup} cannot be used: {reason}</source>
            <translation>резервна копија {backup} не може да се користи: {reason}</translation>
        </message>
        <message>
            <source>{what}; the survey is as it was</source>
            <translation>{what}; истраживање је остало какво је било</translation>
        </message>
        <message>
            <source>{path} is open in SurveyApp (the app or a command): close it, then restore the backup</source>
            <translation>{path} је отворен у SurveyApp-у (апликацији или команди): затворите га, па вратите резервну копију</translation>
        </message>
        <message>
            <source>there is no usable backup of {path}{problems}</source>
            <translation>нема употребљиве резервне копије за {path}{problems}</translation>
        </message>
        <message>
            <source>its last changes are still in {wal}, which SurveyApp cannot read in a read-only folder; copy the folder somewhere writable and open the copy</source>
            <translation>његове последње измене су још у {wal}, који SurveyApp не може да прочита у фасцикли само за читање; копирајте фасциклу на место где може да се пише и отворите копију</translation>
        </message>
        <message>
            <source>{path} is a folder, not a survey database</source>
            <translation>{path} је фасцикла, а не база података истраживања</translation>
        </message>
        <message>
            <source>{path} is not a file (a named pipe or a device), not a survey database</source>
            <translation>{path} није датотека (то је именована цев или уређај), нити база података истраживања</translation>
        </message>
        <message>
            <source>there is no survey at {path}, and its folder is read-only</source>
            <translation>на {path} нема истраживања, а његова фасцикла је само за читање</translation>
        </message>
        <message>
            <source>it was saved by another version of SurveyApp and must be upgraded, which needs write access</source>
            <translation>сачувала га је друга верзија програма SurveyApp и мора да се надогради, за шта је потребан приступ за писање</translation>
        </message>
        <message>
            <source>{path} is not a SurveyApp survey but another program's database (its tables: {tables}); nothing was changed: choose a survey, or a new file name to start one</source>
            <translation>{path} није SurveyApp истраживање него база података другог програма (њене табеле: {tables}); ништа није промењено: изаберите истраживање или ново име датотеке да започнете ново</translation>
        </message>
        <message>
            <source>the survey database is damaged ({reason}) and there is no backup of it beside it; keep the file: SQLite's .recover may still get its data back</source>
            <translation>база података истраживања је оштећена ({reason}) и поред ње нема резервне копије; сачувајте датотеку: SQLite-ов .recover можда још може да поврати њене податке</translation>
        </message>
        <message>
            <source>the survey database is damaged ({reason}): the latest backup is {backup} (made {made}); to go back to it, run: surveyapp --db {path} restore-backup</source>
            <translation>база података истраживања је оштећена ({reason}): последња резервна копија је {backup} (направљена {made}); да бисте се вратили на њу, покрените: surveyapp --db {path} restore-backup</translation>
        </message>
        <message>
            <source>the survey database {path} is empty (0 bytes) and there is no backup of it; if no survey was ever saved there, delete the file and SurveyApp starts a new one</source>
            <translation>база података истраживања {path} је празна (0 бајтова) и нема резервне копије; ако ту никада није сачувано истраживање, обришите датотеку и SurveyApp ће започети ново</translation>
        </message>
        <message>
            <source>the survey database {path} is empty (0 bytes): the latest backup is {backup} (made {made}); to go back to it, run: surveyapp --db {path} restore-backup</source>
            <translation>база података истраживања {path} је празна (0 бајтова): последња резервна копија је {backup} (направљена {made}); да бисте се вратили на њу, покрените: surveyapp --db {path} restore-backup</translation>
        </message>
        <message>
            <source>the file, its folder or its disk does not allow changes</source>
            <translation>датотека, њена фасцикла или њен диск не дозвољавају измене</translation>
        </message>
        <message>
            <source>the survey is read-only: {reason}; nothing was changed (commands that only read still work: {path})</source>
            <translation>истраживање је само за читање: {reason}; ништа није измењено (команде које само читају и даље раде: {path})</translation>
        </message>
        <message>
            <source>the survey database was moved or deleted while SurveyApp had it open; nothing was changed: open it again where it is now ({path})</source>
            <translation>база података истраживања је премештена или обрисана док ју је SurveyApp држао отвореном; ништа није измењено: отворите је поново тамо где је сада ({path})</translation>
        </message>
        <message>
            <source>the disk is full: this change was not saved, everything saved before it is intact; free some space, then try again ({path})</source>
            <translation>диск је пун: ова измена није сачувана, све што је сачувано пре ње је нетакнуто; ослободите мало простора, па покушајте поново ({path})</translation>
        </message>
        <message>
            <source>the survey is busy: another program has been writing to it for a minute; nothing was changed, try again when it is done ({path})</source>
            <translation>истраживање је заузето: други програм у њега пише већ минут; ништа није измењено, покушајте поново када заврши ({path})</translation>
        </message>
        <message>
            <source>the survey database cannot be opened ({reason}): {path}</source>
            <translation>база података истраживања не може да се отвори ({reason}): {path}</translation>
        </message>
        <message>
            <source>the disk could not read or write the survey database ({reason}); nothing more was changed: check the disk, then open the survey again ({path})</source>
            <translation>диск није могао да прочита или упише базу података истраживања ({reason}); ништа више није измењено: проверите диск, па поново отворите истраживање ({path})</translation>
        </message>
        <message>
            <source>This database was written by a newer version of SurveyApp (schema {schema}); this version knows schemas up to {head}. Install the newer SurveyApp to open it.</source>
            <translation>Ову базу података је записала новија верзија SurveyApp-а (шема {schema}); ова верзија познаје шеме до {head}. Инсталирајте новији SurveyApp да бисте је отворили.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>photo {photo} ({name}) cannot be shared: its original is missing from the library ({path}): import its file again to put it back</source>
            <translation>фотографија {photo} ({name}) не може да се дели: њен оригинал недостаје у библиотеци ({path}): поново увезите њену датотеку да бисте га вратили</translation>
        </message>
        <message>
            <source>photo {photo} ({name}) cannot be shared: {path}: {reason}</source>
            <translation>фотографија {photo} ({name}) не може да се дели: {path}: {reason}</translation>
        </message>
        <message>
            <source>photo {photo} ({name}): {error}</source>
            <translation>фотографија {photo} ({name}): {error}</translation>
        </message>
    </context>
    <context>
        <name>families</name>
        <message>
            <source>IPC6000 series (IPC6xxx-WD, -IR, -VRZ, -Z30)</source>
            <translation>серија IPC6000 (IPC6xxx-WD, -IR, -VRZ, -Z30)</translation>
        </message>
        <message>
            <source>IPC6000 series number (IPC6xxx, not IPC60xx)</source>
            <translation>број серије IPC6000 (IPC6xxx, не IPC60xx)</translation>
        </message>
        <message>
            <source>SDC series with -10- (M2141-10-EI, D3220-10-SIU)</source>
            <translation>серија SDC са -10- (M2141-10-EI, D3220-10-SIU)</translation>
        </message>
        <message>
            <source>SDC series suffix (-EI, -EFL, -FLI, -HLI, -SIU, -Z48, -E-Z31M)</source>
            <translation>наставак серије SDC (-EI, -EFL, -FLI, -HLI, -SIU, -Z48, -E-Z31M)</translation>
        </message>
        <message>
            <source>SDC series number (M2141, D3220, X6921)</source>
            <translation>број серије SDC (M2141, D3220, X6921)</translation>
        </message>
        <message>
            <source>C/D/M/X and four digits (SDC naming)</source>
            <translation>C/D/M/X и четири цифре (SDC именовање)</translation>
        </message>
        <message>
            <source>C-series bullet -I-P/-I-PU (C2120-I-P, C2150-10-I-PU)</source>
            <translation>буллет камера C серије -I-П/-И-PU (C2120-I-P, C2150-10-I-PU)</translation>
        </message>
        <message>
            <source>IPC6xxx with another suffix</source>
            <translation>IPC6xxx са другим наставком</translation>
        </message>
        <message>
            <source>DS-2CD network camera</source>
            <translation>DS-2CD мрежна камера</translation>
        </message>
        <message>
            <source>DS-2CE Turbo HD analogue camera</source>
            <translation>DS-2CE Turbo HD аналогна камера</translation>
        </message>
        <message>
            <source>DS-2CC analogue camera</source>
            <translation>DS-2CC аналогна камера</translation>
        </message>
        <message>
            <source>DS-2CV Wi-Fi and cube camera</source>
            <translation>DS-2CV Wi-Fi и коцка камера</translation>
        </message>
        <message>
            <source>DS-2CFS 4G/solar camera</source>
            <translation>DS-2CFS 4G/solarna камера</translation>
        </message>
        <message>
            <source>DS-2DE PTZ speed dome</source>
            <translation>DS-2DE PTZ брза купола</translation>
        </message>
        <message>
            <source>DS-2AE Turbo HD PTZ speed dome</source>
            <translation>DS-2AE Turbo HD PTZ брза купола</translation>
        </message>
        <message>
            <source>DS-2DF speed dome</source>
            <translation>DS-2DF брза купола</translation>
        </message>
        <message>
            <source>DS-2DP PanoVu panoramic PTZ</source>
            <translation>DS-2DP PanoVu панорамска PTZ</translation>
        </message>
        <message>
            <source>DS-2SE/2SF/2SK TandemVu</source>
            <translation>DS-2SE/2SF/2SK TandemVu</translation>
        </message>
        <message>
            <source>DS-2XS/2XE solar and explosion-proof</source>
            <translation>DS-2XS/2XE соларна и противексплозивна</translation>
        </message>
        <message>
            <source>DS-2PT panoramic PTZ</source>
            <translation>DS-2PT панорамска PTZ</translation>
        </message>
        <message>
            <source>DS-2TD thermal camera</source>
            <translation>DS-2TD термална камера</translation>
        </message>
        <message>
            <source>iDS- DeepinView camera</source>
            <translation>iDS- DeepinView камера</translation>
        </message>
        <message>
            <source>iDS-TCM traffic (ITS) camera</source>
            <translation>iDS-TCM саобраћајна (ITS) камера</translation>
        </message>
        <message>
            <source>DS-T traffic (ITS/ANPR) camera</source>
            <translation>DS-T саобраћајна (ITS/ANPR) камера</translation>
        </message>
        <message>
            <source>DS-K video intercom (door and indoor stations)</source>
            <translation>DS-K видео интерфон (улазне и унутрашње јединице)</translation>
        </message>
        <message>
            <source>AE- mobile (vehicle) camera and recorder</source>
            <translation>AE- мобилна (за возила) камера и снимач</translation>
        </message>
        <message>
            <source>DS-2 camera of another series (DS-2DT, DS-2TA, DS-2TP, DS-2ST)</source>
            <translation>DS-2 камера друге серије (DS-2DT, DS-2TA, DS-2TP, DS-2ST)</translation>
        </message>
        <message>
            <source>DS-I/DS-N value camera (DS-I220, DS-N201)</source>
            <translation>DS-I/DS-N камера основне класе (DS-I220, DS-N201)</translation>
        </message>
        <message>
            <source>PCI-/ECI- value camera (PCI-B15Z2S, ECI-T22F2)</source>
            <translation>PCI-/ECI- камера основне класе (PCI-B15Z2S, ECI-T22F2)</translation>
        </message>
        <message>
            <source>HIKMICRO HM-TD/HM-TX thermal camera</source>
            <translation>HIKMICRO HM-TD/HM-TX термална камера</translation>
        </message>
        <message>
            <source>DS- product code</source>
            <translation>DS- шифра производа</translation>
        </message>
        <message>
            <source>DS-2CD/2CE/2CV/2DE/2AE/2DF number with DS- left off (2CD1043G1-I)</source>
            <translation>број DS-2CD/2CE/2CV/2DE/2AE/2DF написан без DS- (2CD1043G1-I)</translation>
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
            <translation>HiLook THC- Turbo HD аналогна камера</translation>
        </message>
        <message>
            <source>EZVIZ CS- part number</source>
            <translation>EZVIZ CS- каталошки број</translation>
        </message>
        <message>
            <source>LTS Platinum CMIP/LXIP/PTZIP and HD-TVI CMHT</source>
            <translation>LTS Platinum CMIP/LXIP/PTZIP и HD-TVI CMHT</translation>
        </message>
        <message>
            <source>TruVision TVB/TVD/TVT (Interlogix)</source>
            <translation>TruVision TVB/TVD/TVT (Interlogix)</translation>
        </message>
        <message>
            <source>Annke series + I-code (C800-I91BN, FCD600-I51FS)</source>
            <translation>Annke серија + I-ознака (C800-I91BN, FCD600-I51FS)</translation>
        </message>
        <message>
            <source>DH-/DHI- prefixed model</source>
            <translation>модел са префиксом DH-/DHI-</translation>
        </message>
        <message>
            <source>IPC-H network camera (HDW, HFW, HDBW, HF)</source>
            <translation>IPC-H мрежна камера (HDW, HFW, HDBW, HF)</translation>
        </message>
        <message>
            <source>IPC-H series written without IPC- (HFW1230S, HDBW2431R-ZS)</source>
            <translation>серија IPC-H написана без IPC- (HFW1230S, HDBW2431R-ZS)</translation>
        </message>
        <message>
            <source>IPC-T/IPC-B turret and bullet of the OEM lines (IPC-T5442T-ZE, IPC-T54IR-AS)</source>
            <translation>IPC-T/IPC-B кугласта и цеваста из OEM линија (IPC-T5442T-ZE, IPC-T54IR-AS)</translation>
        </message>
        <message>
            <source>IPC-Color4M/4K full-colour camera (EmpireTech, Amcrest)</source>
            <translation>IPC-Color4M/4K камера у пуној боји (EmpireTech, Amcrest)</translation>
        </message>
        <message>
            <source>IPC-P multi-sensor (PDW, PFW, PDBW, PTS)</source>
            <translation>IPC-P вишесензорска (PDW, PFW, PDBW, PTS)</translation>
        </message>
        <message>
            <source>IPC-E fisheye (EW, EBW)</source>
            <translation>IPC-E рибље око (EW, EBW)</translation>
        </message>
        <message>
            <source>TPC thermal camera</source>
            <translation>TPC термална камера</translation>
        </message>
        <message>
            <source>VTO door station</source>
            <translation>VTO улазна јединица</translation>
        </message>
        <message>
            <source>Imou Wi-Fi camera with its resolution code (IPC-K9DCN-3T0WE, IPC-S7XEN-8M0WED)</source>
            <translation>Imou Wi-Fi камера са ознаком резолуције (IPC-K9DCN-3T0WE, IPC-S7XEN-8M0WED)</translation>
        </message>
        <message>
            <source>Picoo/Hero Wi-Fi PT camera without DH- (IPC-P3DP-3F-PV)</source>
            <translation>Picoo/Hero Wi-Fi PT камера без DH- (IPC-P3DP-3F-PV)</translation>
        </message>
        <message>
            <source>Imou IPC-A/C/F/K/S consumer camera</source>
            <translation>Imou IPC-A/C/F/K/S кућна камера</translation>
        </message>
        <message>
            <source>HAC- HDCVI camera</source>
            <translation>HAC- HDCVI камера</translation>
        </message>
        <message>
            <source>SD speed dome (…-HNR, -GNY)</source>
            <translation>SD брза купола (…-HNR, -GNY)</translation>
        </message>
        <message>
            <source>SDT dual-lens PTZ</source>
            <translation>SDT PTZ са два објектива</translation>
        </message>
        <message>
            <source>SD speed dome number</source>
            <translation>број SD брзе куполе</translation>
        </message>
        <message>
            <source>ITC traffic/ANPR camera</source>
            <translation>ITC saobraćajna/ANPR камера</translation>
        </message>
        <message>
            <source>PTZ1xxx/PTZ8xxxx</source>
            <translation>PTZ1xxx/PTZ8xxxx</translation>
        </message>
        <message>
            <source>MPTZ mobile PTZ</source>
            <translation>MPTZ мобилна PTZ</translation>
        </message>
        <message>
            <source>F-series consumer bullet (F4C-LED)</source>
            <translation>кућна цеваста серије F (F4C-LED)</translation>
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
            <translation>Lorex серија E/F/U/W (наставак AB, CD, AAD, ASD…)</translation>
        </message>
        <message>
            <source>IC Realtime IPEG/IPEL/IPFX/IPMX</source>
            <translation>IC Реалтиме IPEG/IPEL/IPFX/IPMX</translation>
        </message>
        <message>
            <source>DH- wireless short name (Hero H3A, F5D-PV)</source>
            <translation>DH- кратак назив бежичне (Херо H3A, F5D-PV)</translation>
        </message>
        <message>
            <source>IPC series (IPC2122LB, IPC3614SB, IPC6314LWH)</source>
            <translation>серија IPC (IPC2122LB, IPC3614SB, IPC6314LWH)</translation>
        </message>
        <message>
            <source>Uho consumer line</source>
            <translation>Ухо кућна линија</translation>
        </message>
        <message>
            <source>Uniarch IPC-B/D/T/P</source>
            <translation>Uniarch IPC-B/D/T/P</translation>
        </message>
        <message>
            <source>TIC thermal camera (TIC2621SR, TIC3612SA, TIC2A32SA)</source>
            <translation>TIC термална камера (TIC2621SR, TIC3612SA, TIC2A32SA)</translation>
        </message>
        <message>
            <source>China-market IPC-H/Q/T/Y and IPC-B/L/Y numbers (IPC-H12H28-A, IPC-L2A4)</source>
            <translation>бројеви IPC-H/Q/T/Y и IPC-B/L/Y за кинеско тржиште (IPC-H12H28-A, IPC-L2A4)</translation>
        </message>
        <message>
            <source>IPC and digits</source>
            <translation>IPC и цифре</translation>
        </message>
        <message>
            <source>TC-C/TC-H</source>
            <translation>TC-C/TC-H</translation>
        </message>
        <message>
            <source>TC-H3 pan-tilt number without its last letter (TC-H367)</source>
            <translation>TC-H3 број покретне камере без последњег слова (TC-H367)</translation>
        </message>
        <message>
            <source>TC-A</source>
            <translation>TC-A</translation>
        </message>
        <message>
            <source>IPC series (IPC2231-FN, IPC425-F233-N)</source>
            <translation>серија IPC (IPC2231-FN, IPC425-F233-N)</translation>
        </message>
        <message>
            <source>LC series</source>
            <translation>серија LC</translation>
        </message>
        <message>
            <source>TD-8xxx/TD-9xxx</source>
            <translation>TD-8xxx/TD-9xxx</translation>
        </message>
        <message>
            <source>LB… form + lens + sensor code (LBH30SS500)</source>
            <translation>LB… облик + објектив + ознака сензора (LBH30SS500)</translation>
        </message>
        <message>
            <source>AXIS + product number</source>
            <translation>AXIS + број производа</translation>
        </message>
        <message>
            <source>P/Q series (P1455-LE, Q6135-LE)</source>
            <translation>серије P/Q (P1455-LE, Q6135-LE)</translation>
        </message>
        <message>
            <source>M series (M10xx-M70xx)</source>
            <translation>серија M (M10xx-M70xx)</translation>
        </message>
        <message>
            <source>F/FA modular series</source>
            <translation>модуларна серија F/FA</translation>
        </message>
        <message>
            <source>M/P/Q number with an Axis suffix</source>
            <translation>M/P/Q број са Axis наставком</translation>
        </message>
        <message>
            <source>M/P/Q/F number without a suffix (P1275)</source>
            <translation>M/P/Q/F број без наставка (P1275)</translation>
        </message>
        <message>
            <source>Explosion-protected XP/XF housing + Q number (XP40-Q1785)</source>
            <translation>противексплозивно кућиште XP/XF + Q број (XP40-Q1785)</translation>
        </message>
        <message>
            <source>A8xxx network door station (A8207-VE)</source>
            <translation>A8xxx мрежна улазна јединица (A8207-VE)</translation>
        </message>
        <message>
            <source>D2xxx-VE security radar</source>
            <translation>D2xxx-VE сигурносни радар</translation>
        </message>
        <message>
            <source>N.. IP camera (NBE, NDE, NDP, NDV, NUE, NXF…)</source>
            <translation>IP камера N.. (NBE, NDE, NDP, NDV, NUE, NXF…)</translation>
        </message>
        <message>
            <source>NBN/NDN three-digit DINION and FLEXIDOME HD (NBN-832V-IP)</source>
            <translation>NBN/NDN троцифрене DINION и FLEXIDOME HD (NBN-832V-IP)</translation>
        </message>
        <message>
            <source>KBE/KBN analogue box camera</source>
            <translation>KBE/KBN аналогна кутијаста камера</translation>
        </message>
        <message>
            <source>MIC ruggedised PTZ (a letter after the number: MIC-7504-Z12BR, MIC-550IR55-P)</source>
            <translation>MIC ојачана PTZ (слово после броја: MIC-7504-Z12BR, MIC-550IR55-P)</translation>
        </message>
        <message>
            <source>FCS AVIOTEC</source>
            <translation>FCS AVIOTEC</translation>
        </message>
        <message>
            <source>product line name (FLEXIDOME, AUTODOME, DINION, AVIOTEC)</source>
            <translation>назив линије производа (FLEXIDOME, AUTODOME, DINION, AVIOTEC)</translation>
        </message>
        <message>
            <source>EX14/EX27 Extreme environmental analogue camera</source>
            <translation>EX14/EX27 аналогна камера за екстремне услове</translation>
        </message>
        <message>
            <source>MIC line name (MIC IP fusion 9000i, MIC IP starlight 7100i, MIC inteox 7100i)</source>
            <translation>назив MIC линије (MIC IP фусион 9000i, MIC IP старлигхт 7100i, MIC inteox 7100i)</translation>
        </message>
        <message>
            <source>Wisenet A/L/P/Q/T/X series (XNO-, QNV-, PNM-, XNZ-)</source>
            <translation>Wisenet серије A/L/P/Q/T/X (XNO-, QNV-, PNM-, XNZ-)</translation>
        </message>
        <message>
            <source>Samsung Techwin SNB/SND/SNO/SNP/SNV, Lite -L and SmartCam SNH</source>
            <translation>Samsung Techwin SNB/SND/SNO/SNP/SNV, Lite -L и SmartCam SNH</translation>
        </message>
        <message>
            <source>Wisenet HD+ analogue HCB/HCD/HCO/HCP/HCV/HCF</source>
            <translation>Wisenet HD+ аналогна HCB/HCD/HCO/HCP/HCV/HCF</translation>
        </message>
        <message>
            <source>WV- model</source>
            <translation>WV- модел</translation>
        </message>
        <message>
            <source>resolution + C + H generation (2.0C-H5A-BO1-IR)</source>
            <translation>резолуција + C + генерација H (2.0C-H5A-BO1-IR)</translation>
        </message>
        <message>
            <source>resolution + H generation + form (2.0-H3M-DO1)</source>
            <translation>резолуција + генерација H + облик (2.0-H3M-DO1)</translation>
        </message>
        <message>
            <source>H generation + form, no resolution (H5A-BO-IR, H4A-DO1)</source>
            <translation>генерација H + облик, без резолуције (H5A-BO-IR, H4A-DO1)</translation>
        </message>
        <message>
            <source>Sarix/Optera I-series (IMP231-1ERS, IMM12036)</source>
            <translation>Sarix/Optera серија I (IMP231-1ERS, IMM12036)</translation>
        </message>
        <message>
            <source>Spectra S-series (S7230L-EW1)</source>
            <translation>Spectra серија S (S7230L-EW1)</translation>
        </message>
        <message>
            <source>FD/IB/IP/SD… + number + suffix (FD9391-EHTV)</source>
            <translation>FD/IB/IP/SD… + број + наставак (FD9391-EHTV)</translation>
        </message>
        <message>
            <source>FD/IB/FE… + four-character number (IB8369A, IB836BA)</source>
            <translation>FD/IB/FE… + четворознаковни број (IB8369A, IB836BA)</translation>
        </message>
        <message>
            <source>CD/CU + four digits (CD9381-HNTV)</source>
            <translation>CD/CU + четири цифре (CD9381-HNTV)</translation>
        </message>
        <message>
            <source>AF/AS/BD/BS + 5xxx (AF5127V, BD5336), a shape other products share</source>
            <translation>AF/AS/BD/BS + 5xxx (AF5127V, BD5336), облик који деле и други производи</translation>
        </message>
        <message>
            <source>MS-C series</source>
            <translation>серија MS-C</translation>
        </message>
        <message>
            <source>MS-C number written without MS- (C2964-RFPE, C2966-X12RPE)</source>
            <translation>број MS-C написан без MS- (C2964-RFPE, C2966-X12RPE)</translation>
        </message>
        <message>
            <source>7 series (M73, S74, Q71)</source>
            <translation>серија 7 (M73, S74, Q71)</translation>
        </message>
        <message>
            <source>MOVE line Mx-VB/VD/VT/BC/MD and SD1A/SD2A PTZ</source>
            <translation>линија MOVE Mx-VB/VD/VT/BC/MD и PTZ SD1A/SD2A</translation>
        </message>
        <message>
            <source>CALIP 30 series</source>
            <translation>серија CALIP 30</translation>
        </message>
        <message>
            <source>HC10/HC20/HC25/HC30/HC35/HC60 series (HC35W45R3)</source>
            <translation>серије HC10/HC20/HC25/HC30/HC35/HC60 (HC35W45R3)</translation>
        </message>
        <message>
            <source>product line (Falcon, Sparrow, Condor, Raven)</source>
            <translation>линија производа (Falcon, Sparrow, Condor, Raven)</translation>
        </message>
        <message>
            <source>Vigilant/Avigilon ALPR (L5F, L5M, L5Q, L6A, L6D, L6Q)</source>
            <translation>Vigilant/Avigilon ALPR (L5F, L5M, L5Q, L6A, L6D, L6Q)</translation>
        </message>
        <message>
            <source>AutoVu Sharp (SharpV, SharpX, SharpZ3)</source>
            <translation>AutoVu Схарп (SharpV, SharpX, SharpZ3)</translation>
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
        <message numerus="yes">
            <source>%n verified cameras have no position: the published map shows them once they are placed ({ids})</source>
            <translation>
                <numerusform>%n проверена камера нема положај: објављена мапа ће је приказати када буде постављена ({ids})</numerusform>
                <numerusform>%n проверене камере немају положај: објављена мапа ће их приказати када буду постављене ({ids})</numerusform>
                <numerusform>%n проверених камера нема положај: објављена мапа ће их приказати када буду постављене ({ids})</numerusform>
            </translation>
        </message>
        <message>
            <source>'{text}' is not one of: {values}</source>
            <translation>„{text}” није једна од вредности: {values}</translation>
        </message>
        <message>
            <source>{field} is not a camera field a reviewer chooses</source>
            <translation>{field} није поље камере које рецензент бира</translation>
        </message>
        <message>
            <source>'{text}' is not a direction: use degrees 0-359 clockwise from north (e.g. 135), a compass point ({points}) or a range (e.g. 90-270)</source>
            <translation>„{text}” није смер: унесите степене 0-359 у смеру казаљке од севера (нпр. 135), страну света ({points}) или распон (нпр. 90-270)</translation>
        </message>
        <message>
            <source>'{text}' is not a height in metres (e.g. 5 or 4.5)</source>
            <translation>„{text}” није висина у метрима (нпр. 5 или 4.5)</translation>
        </message>
        <message>
            <source>height must be between 0 and 100 metres, not {text}</source>
            <translation>висина мора бити између 0 и 100 метара, а не {text}</translation>
        </message>
        <message>
            <source>'{text}' is not a date in the form YYYY-MM-DD</source>
            <translation>„{text}” није датум у облику GGGG-MM-DD</translation>
        </message>
        <message>
            <source>check_date {text} is in the future</source>
            <translation>check_date {text} је у будућности</translation>
        </message>
        <message>
            <source>'{text}' is not a Wikidata id (e.g. Q2347731)</source>
            <translation>„{text}” није Wikidata ознака (нпр. Q2347731)</translation>
        </message>
        <message>
            <source>'{text}' is not a time zone (e.g. Europe/Belgrade)</source>
            <translation>'{text}' није временска зона (нпр. Europe/Belgrade)</translation>
        </message>
        <message>
            <source>text contains control characters</source>
            <translation>текст садржи контролне знакове</translation>
        </message>
        <message>
            <source>a vendor, brand or slug from `surveyapp vendors` (sets manufacturer)</source>
            <translation>произвођач, марка или ознака из `surveyapp vendors` (поставља manufacturer)</translation>
        </message>
        <message>
            <source>any other OSM tag; also {keys}</source>
            <translation>било која друга OSM ознака; такође {keys}</translation>
        </message>
        <message>
            <source>{field}: {reason}</source>
            <translation>{field}: {reason}</translation>
        </message>
        <message>
            <source>'{tag}' cannot be used as an extra OSM tag</source>
            <translation>„{tag}” не може да се користи као додатна OSM ознака</translation>
        </message>
        <message>
            <source>unknown field '{key}'. Fields: {fields}, vendor; extra OSM tags: {tags}, or any tag as tag:KEY=VALUE</source>
            <translation>непознато поље „{key}”. Поља: {fields}, vendor; додатне OSM ознаке: {tags} или било која ознака као tag:KEY=VALUE</translation>
        </message>
        <message>
            <source>text is longer than {limit} characters</source>
            <translation>текст је дужи од {limit} знакова</translation>
        </message>
        <message>
            <source>'{ref}' is too short to name a camera</source>
            <translation>„{ref}” је прекратко да означи камеру</translation>
        </message>
        <message numerus="yes">
            <source>'{ref}' names %n cameras</source>
            <translation>
                <numerusform>„{ref}” означава %n камеру</numerusform>
                <numerusform>„{ref}” означава %n камере</numerusform>
                <numerusform>„{ref}” означава %n камера</numerusform>
            </translation>
        </message>
        <message>
            <source>no camera '{ref}'</source>
            <translation>нема камере „{ref}”</translation>
        </message>
        <message>
            <source>latitude {latitude} is outside -90..90</source>
            <translation>географска ширина {latitude} је ван опсега -90..90</translation>
        </message>
        <message>
            <source>longitude {longitude} is outside -180..180</source>
            <translation>географска дужина {longitude} је ван опсега -180..180</translation>
        </message>
        <message>
            <source>none of this camera's photos has a GPS position</source>
            <translation>ниједна фотографија ове камере нема GPS положај</translation>
        </message>
        <message>
            <source>merging needs at least two different cameras</source>
            <translation>за спајање су потребне бар две различите камере</translation>
        </message>
        <message>
            <source>the merged camera's {field} {problem}: shorten it first</source>
            <translation>поље {field} спојене камере {problem}: прво га скратите</translation>
        </message>
        <message>
            <source>name at least one photo to split off</source>
            <translation>наведите бар једну фотографију за одвајање</translation>
        </message>
        <message>
            <source>no photo '{ref}' (give its id or its sha256)</source>
            <translation>нема фотографије „{ref}” (наведите њен id или sha256)</translation>
        </message>
        <message>
            <source>'{ref}' is too short to name a photo</source>
            <translation>„{ref}” је прекратко да означи фотографију</translation>
        </message>
        <message numerus="yes">
            <source>'{ref}' names %n photos</source>
            <translation>
                <numerusform>„{ref}” означава %n фотографију</numerusform>
                <numerusform>„{ref}” означава %n фотографије</numerusform>
                <numerusform>„{ref}” означава %n фотографија</numerusform>
            </translation>
        </message>
        <message>
            <source>vendor: '{text}' is not in the catalogue (see `surveyapp vendors`); set manufacturer=... for a maker that is not listed</source>
            <translation>vendor: „{text}” није у каталогу (види `surveyapp vendors`); за произвођача којег нема на списку поставите manufacturer=...</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>камера</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>фотографија</translation>
        </message>
        <message>
            <source>this {kind} was mapped by {owner}: only they or a reviewer can change it</source>
            <translation>{kind}: мапирао/ла {owner}; само та особа или рецензент може да је мења</translation>
        </message>
        <message>
            <source>only the team's reviewers and admins set a camera's review (this laptop syncs as {role})</source>
            <translation>само рецензенти и администратори тима постављају проверу камере (овај рачунар се синхронизује као {role})</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>још нико</translation>
        </message>
        <message>
            <source>this survey was made by {owner}: only they or a reviewer can change its settings</source>
            <translation>ово истраживање је направио/ла {owner}: само та особа или рецензент може да мења његова подешавања</translation>
        </message>
    </context>
    <context>
        <name>file_dialogs</name>
        <message>
            <source>Folder</source>
            <translation>Фасцикла</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Погледај у:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Датотеке &amp;типа:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Увези</translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message>
            <source>GeoJSON (QGIS, web maps)</source>
            <translation>GeoJSON (QGIS, веб мапе)</translation>
        </message>
        <message>
            <source>RFC 7946 points, OSM tags as properties</source>
            <translation>RFC 7946 тачке, OSM ознаке као својства</translation>
        </message>
        <message>
            <source>CSV spreadsheet</source>
            <translation>CSV табела</translation>
        </message>
        <message>
            <source>one row per camera, OSM keys as columns, longitude/latitude</source>
            <translation>један ред по камери, OSM кључеви као колоне, дужина и ширина</translation>
        </message>
        <message>
            <source>KML (Google Earth, OsmAnd)</source>
            <translation>KML (Google Earth, OsmAnd)</translation>
        </message>
        <message>
            <source>placemarks with a description table and direction</source>
            <translation>ознаке са табелом описа и смером</translation>
        </message>
        <message>
            <source>OSM XML for JOSM</source>
            <translation>OSM XML за JOSM</translation>
        </message>
        <message>
            <source>new nodes to review in JOSM (never uploaded by SurveyApp)</source>
            <translation>нови чворови за проверу у JOSM-у (SurveyApp их никад не шаље)</translation>
        </message>
        <message>
            <source>GPX waypoints</source>
            <translation>GPX тачке</translation>
        </message>
        <message>
            <source>GPX 1.1 waypoints for GPS devices and phone apps</source>
            <translation>GPX 1.1 тачке за GPS уређаје и апликације на телефону</translation>
        </message>
        <message>
            <source>GeoJSON + photos (zip)</source>
            <translation>GeoJSON + фотографије (ZIP)</translation>
        </message>
        <message>
            <source>for journalists: the GeoJSON and privacy-stripped copies of the photos</source>
            <translation>за новинаре: GeoJSON и копије фотографија без личних података</translation>
        </message>
    </context>
    <context>
        <name>geotag</name>
        <message>
            <source>'{text}' is not an offset like +02:00 or -00:03:15</source>
            <translation>'{text}' није помак попут +02:00 или -00:03:15</translation>
        </message>
        <message>
            <source>the offset {text} is more than 26 hours</source>
            <translation>помак {text} је већи од 26 сати</translation>
        </message>
        <message>
            <source>'{name}' is not a time zone (e.g. Europe/Belgrade)</source>
            <translation>'{name}' није временска зона (нпр. Europe/Belgrade)</translation>
        </message>
        <message>
            <source>unknown device</source>
            <translation>непознат уређај</translation>
        </message>
        <message>
            <source>given</source>
            <translation>наведеном вредношћу</translation>
        </message>
        <message>
            <source>clock check</source>
            <translation>провери сата</translation>
        </message>
        <message>
            <source>the photo's own time zone</source>
            <translation>временској зони фотографије</translation>
        </message>
        <message>
            <source>other photos of this device</source>
            <translation>другим фотографијама овог уређаја</translation>
        </message>
        <message>
            <source>the survey's time zone</source>
            <translation>временској зони истраживања</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>непознато</translation>
        </message>
        <message numerus="yes">
            <source>{device}: %n photos with their own GPS position lie {metres} m from the track at their time (median): the clock may be wrong</source>
            <translation>
                <numerusform>{device}: %n фотографија са сопственим GPS положајем је {metres} м од трага у своје време (медијана): сат можда није тачан</numerusform>
                <numerusform>{device}: %n фотографије са сопственим GPS положајем су {metres} м од трага у своје време (медијана): сат можда није тачан</numerusform>
                <numerusform>{device}: %n фотографија са сопственим GPS положајем је {metres} м од трага у своје време (медијана): сат можда није тачан</numerusform>
            </translation>
        </message>
        <message>
            <source>{doubt}; their places on the track give {offset}</source>
            <translation>{doubt}; њихова места на трагу дају {offset}</translation>
        </message>
        <message numerus="yes">
            <source>{device}: %n photos are placed at {offset}, though their times say {written}: their capture times are kept as the device wrote them (photos and exports say {written})</source>
            <translation>
                <numerusform>{device}: %n фотографија је постављена на {offset}, иако њено време каже {written}: њено време снимања остаје како га је апарат записао (фотографије и извози кажу {written})</numerusform>
                <numerusform>{device}: %n фотографије су постављене на {offset}, иако њихова времена кажу {written}: њихова времена снимања остају како их је апарат записао (фотографије и извози кажу {written})</numerusform>
                <numerusform>{device}: %n фотографија је постављено на {offset}, иако њихова времена кажу {written}: њихова времена снимања остају како их је апарат записао (фотографије и извози кажу {written})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>'{ref}' names %n photos: give the start of its sha256 (surveyapp photos lists it)</source>
            <translation>
                <numerusform>„{ref}” означава %n фотографију: наведите почетак њеног sha256 (surveyapp photos га наводи)</numerusform>
                <numerusform>„{ref}” означава %n фотографије: наведите почетак њеног sha256 (surveyapp photos га наводи)</numerusform>
                <numerusform>„{ref}” означава %n фотографија: наведите почетак њеног sha256 (surveyapp photos га наводи)</numerusform>
            </translation>
        </message>
        <message>
            <source>no photo or camera '{ref}'</source>
            <translation>нема фотографије ни камере „{ref}”</translation>
        </message>
        <message>
            <source>has a GPS position of its own</source>
            <translation>има сопствени GPS положај</translation>
        </message>
        <message>
            <source>mapped by {owner}: only they or a reviewer can move it</source>
            <translation>мапирао/ла {owner}: само та особа или рецензент може да је помери</translation>
        </message>
        <message>
            <source>no capture time</source>
            <translation>нема времена снимања</translation>
        </message>
        <message>
            <source>time zone unknown: give an offset, or set the survey's time zone</source>
            <translation>временска зона непозната: наведите помак или подесите временску зону истраживања</translation>
        </message>
        <message>
            <source>too inaccurate to place it (± {km} km)</source>
            <translation>превише непрецизно да би се поставила (± {km} км)</translation>
        </message>
        <message>
            <source>this photo has no capture time to correct</source>
            <translation>ова фотографија нема време снимања које би се исправило</translation>
        </message>
        <message>
            <source>the track has no timed points</source>
            <translation>траг нема тачке са временом</translation>
        </message>
        <message>
            <source>the track never passes within {limit} m of that place ({distance} m)</source>
            <translation>траг никад не пролази ближе од {limit} м том месту ({distance} м)</translation>
        </message>
        <message>
            <source>no photo of this device with GPS within {seconds} s</source>
            <translation>нема фотографије овог уређаја са GPS-ом унутар {seconds} с</translation>
        </message>
        <message>
            <source>photos taken just before and after</source>
            <translation>фотографије снимљене непосредно пре и после</translation>
        </message>
        <message>
            <source>This geotagging was undone already (by a command or another window): nothing was put back</source>
            <translation>Ово геоозначавање је већ поништено (командом или у другом прозору): ништа није враћено</translation>
        </message>
        <message>
            <source>Another geotagging was applied after this one (by a command, another window or a suggestion on the map): nothing was put back. Undo that one first: surveyapp geotag --undo</source>
            <translation>После овог је примењено друго геоозначавање (командом, у другом прозору или предлогом на мапи): ништа није враћено. Прво поништите то: surveyapp geotag --undo</translation>
        </message>
        <message>
            <source>no geotagging to undo</source>
            <translation>нема геоозначавања за поништавање</translation>
        </message>
        <message>
            <source>photo {name} was moved to another camera since the geotagging: it stays in camera {camera}</source>
            <translation>фотографија {name} је премештена у другу камеру после геоозначавања: остаје у камери {camera}</translation>
        </message>
        <message>
            <source>taken before the track starts</source>
            <translation>снимљена пре почетка трага</translation>
        </message>
        <message>
            <source>taken after the track ends</source>
            <translation>снимљена после краја трага</translation>
        </message>
        <message>
            <source>taken during a gap of {seconds} s without GPS fixes in the track</source>
            <translation>снимљена током прекида од {seconds} с без GPS тачака у трагу</translation>
        </message>
        <message>
            <source>the track jumps {metres} m in {seconds} s here (a bad fix, or a waypoint marked elsewhere)</source>
            <translation>траг овде скаче {metres} м за {seconds} с (лоша тачка или путна тачка означена другде)</translation>
        </message>
        <message>
            <source>{name} is not a GPX file SurveyApp can read: {error}</source>
            <translation>{name} није GPX датотека коју SurveyApp може да прочита: {error}</translation>
        </message>
        <message>
            <source>{name} is empty: it holds no GPS track</source>
            <translation>{name} је празна датотека: не садржи GPS траг</translation>
        </message>
        <message>
            <source>its XML is broken at line {line}, column {column}</source>
            <translation>њен XML је неисправан у реду {line}, колони {column}</translation>
        </message>
        <message>
            <source>a value in it is not one GPX allows</source>
            <translation>нека вредност у њој није дозвољена у GPX-у</translation>
        </message>
        <message>
            <source>it is a &lt;{element}&gt; document, not a GPX track</source>
            <translation>то је &lt;{element}&gt; документ, а не GPX траг</translation>
        </message>
        <message>
            <source>{path} is too large to read in the memory this computer has free</source>
            <translation>{path} је превелик да би се учитао у слободну меморију овог рачунара</translation>
        </message>
        <message>
            <source>{name} has no point with both a time and a position on Earth: it cannot place photos</source>
            <translation>{name} нема ниједну тачку са временом и положајем на Земљи: не може да постави фотографије</translation>
        </message>
        <message>
            <source>cannot read {path}: {error}</source>
            <translation>није могуће прочитати {path}: {error}</translation>
        </message>
        <message>
            <source>{path} is too large for a GPS track</source>
            <translation>{path} је превелика за GPS траг</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>empty file (0 bytes)</source>
            <translation>празна датотека (0 бајтова)</translation>
        </message>
        <message>
            <source>a Canon CR3 raw file (not supported), not a photo</source>
            <translation>сирова датотека Canon CR3 (није подржана), није фотографија</translation>
        </message>
        <message>
            <source>an ISO media (MP4/QuickTime) video with brand {brand}, not a still image</source>
            <translation>ISO медиа (MP4/QuickTime) видео са ознаком {brand}, није фотографија</translation>
        </message>
        <message>
            <source>an ISO media file with brand {brand}, not a HEIF/AVIF image</source>
            <translation>ISO медиа датотека са ознаком {brand}, није HEIF/AVIF слика</translation>
        </message>
        <message>
            <source>a ZIP archive, not a photo</source>
            <translation>ZIP архива, није фотографија</translation>
        </message>
        <message>
            <source>an empty ZIP archive, not a photo</source>
            <translation>празна ZIP архива, није фотографија</translation>
        </message>
        <message>
            <source>a PDF document, not a photo</source>
            <translation>PDF документ, није фотографија</translation>
        </message>
        <message>
            <source>a GIF image (not supported), not a photo</source>
            <translation>GIF слика (није подржана), није фотографија</translation>
        </message>
        <message>
            <source>a RIFF file that is not WebP, not a photo</source>
            <translation>RIFF датотека која није WebP, није фотографија</translation>
        </message>
        <message>
            <source>a BigTIFF file (not supported), not a photo</source>
            <translation>BigTIFF датотека (није подржана), није фотографија</translation>
        </message>
        <message>
            <source>a gzip archive, not a photo</source>
            <translation>gzip архива, није фотографија</translation>
        </message>
        <message>
            <source>a JPEG 2000 image (not supported), not a photo</source>
            <translation>JPEG 2000 слика (није подржана), није фотографија</translation>
        </message>
        <message>
            <source>a BMP image (not supported), not a photo</source>
            <translation>BMP слика (није подржана), није фотографија</translation>
        </message>
        <message numerus="yes">
            <source>only %n bytes, too short to be an image</source>
            <translation>
                <numerusform>само %n бајт, прекратко за слику</numerusform>
                <numerusform>само %n бајта, прекратко за слику</numerusform>
                <numerusform>само %n бајтова, прекратко за слику</numerusform>
            </translation>
        </message>
        <message>
            <source>text, not an image</source>
            <translation>текст, није слика</translation>
        </message>
        <message>
            <source>unknown format (first bytes {bytes})</source>
            <translation>непознат формат (први бајтови {bytes})</translation>
        </message>
        <message>
            <source>unexpected error ({kind}: {error})</source>
            <translation>неочекивана грешка ({kind}: {error})</translation>
        </message>
        <message>
            <source>file is larger than {size} MB</source>
            <translation>датотека је већа од {size} MB</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <translation>датотека не може да се прочита: {reason}</translation>
        </message>
        <message>
            <source>not a photo: {reason}</source>
            <translation>није фотографија: {reason}</translation>
        </message>
        <message>
            <source>it could not be listed</source>
            <translation>његов садржај није могао да се излиста</translation>
        </message>
        <message>
            <source>cannot read the folder: {reason}</source>
            <translation>фасцикла не може да се прочита: {reason}</translation>
        </message>
        <message>
            <source>image too large to open safely: {reason}</source>
            <translation>слика је превелика да би се безбедно отворила: {reason}</translation>
        </message>
        <message>
            <source>not enough free space</source>
            <translation>нема довољно слободног простора</translation>
        </message>
        <message>
            <source>cannot copy into the library: {reason}</source>
            <translation>копирање у библиотеку није успело: {reason}</translation>
        </message>
        <message>
            <source>the offset {value} min takes the capture time out of the calendar: left out</source>
            <translation>помак од {value} мин избацује време снимања из календара: изостављено</translation>
        </message>
        <message>
            <source>{field} {value} {problem}: left out (the team's server takes no such value)</source>
            <translation>{field} {value} {problem}: изостављено (сервер тима не прихвата такву вредност)</translation>
        </message>
        <message>
            <source>the device's clock says {clock}, its GPS {gps} UTC: check which is right</source>
            <translation>сат апарата показује {clock}, његов GPS {gps} UTC: проверите који је тачан</translation>
        </message>
        <message>
            <source>no picture: the file is damaged or truncated, or its pixels are in a format SurveyApp cannot draw; its metadata is kept</source>
            <translation>нема слике: датотека је оштећена или скраћена, или су пиксели у формату који SurveyApp не уме да прикаже; метаподаци су сачувани</translation>
        </message>
        <message>
            <source>the image library reported: {text}</source>
            <translation>библиотека за слике је пријавила: {text}</translation>
        </message>
        <message>
            <source>original restored in the library</source>
            <translation>оригинал враћен у библиотеку</translation>
        </message>
        <message>
            <source>held back by a restore: sync first, so that the server says which of these photos you withdrew, then import this folder again</source>
            <translation>задржано при враћању резервне копије: прво синхронизујте, да би сервер рекао које сте од ових фотографија повукли, па поново увезите ову фасциклу</translation>
        </message>
        <message>
            <source>you withdrew this photo from the team's server on {date}: not imported, so that it is not shared again (to share it again, copy it out of this folder and import it)</source>
            <translation>повукли сте ову фотографију са сервера тима {date}: није увезена, да не би поново била подељена (да бисте је поново поделили, копирајте је из ове фасцикле и увезите је)</translation>
        </message>
        <message>
            <source>the disk is full ({free} MB free): the import stopped at {file_name}; free some space and import again</source>
            <translation>диск је пун (слободно {free} MB): увоз је стао код {file_name}; ослободите простор и увезите поново</translation>
        </message>
        <message>
            <source>deleted from the survey: undo the delete to bring it back (once the delete is synced, import it again)</source>
            <translation>обрисана из истраживања: поништите брисање да бисте је вратили (када се брисање синхронизује, увезите је поново)</translation>
        </message>
        <message>
            <source>already in the survey</source>
            <translation>већ је у истраживању</translation>
        </message>
        <message>
            <source>a named pipe or a device, not a photo</source>
            <translation>именована цев или уређај, а не фотографија</translation>
        </message>
    </context>
    <context>
        <name>known</name>
        <message>
            <source>{file_name} is the survey database itself, not a file of cameras</source>
            <translation>{file_name} је сама база података истраживања, а не датотека са камерама</translation>
        </message>
        <message>
            <source>the source name must be 1 to 200 characters</source>
            <translation>назив извора мора имати од 1 до 200 знакова</translation>
        </message>
        <message>
            <source>{element}: position {latitude}, {longitude} is not a number</source>
            <translation>{element}: положај {latitude}, {longitude} није број</translation>
        </message>
        <message>
            <source>{element}: latitude {latitude}, longitude {longitude} is not a position on Earth</source>
            <translation>{element}: ширина {latitude}, дужина {longitude} није положај на Земљи</translation>
        </message>
        <message>
            <source>{element}: tags are not an object</source>
            <translation>{element}: ознаке нису објекат</translation>
        </message>
        <message>
            <source>GeoJSON: 'features' is not a list</source>
            <translation>GeoJSON: „феатурес” није листа</translation>
        </message>
        <message>
            <source>GeoJSON feature {number}: not a Feature</source>
            <translation>GeoJSON, елемент {number}: није Феатуре</translation>
        </message>
        <message>
            <source>GeoJSON feature {number}: properties are not an object</source>
            <translation>GeoJSON, елемент {number}: својства нису објекат</translation>
        </message>
        <message>
            <source>Overpass JSON: 'elements' is not a list</source>
            <translation>Overpass JSON: „елементс” није листа</translation>
        </message>
        <message>
            <source>Overpass JSON: an element without type and id</source>
            <translation>Overpass JSON: елемент без типа и id</translation>
        </message>
        <message>
            <source>not valid JSON: {reason}</source>
            <translation>неисправан JSON: {reason}</translation>
        </message>
        <message>
            <source>JSON, but neither GeoJSON nor Overpass JSON (no 'features'/'elements')</source>
            <translation>JSON, али ни GeoJSON ни Overpass JSON (нема „феатурес”/„елементс”)</translation>
        </message>
        <message>
            <source>XML, but not OSM XML (the root is &lt;{tag}&gt;)</source>
            <translation>XML, али не OSM XML (корен је &lt;{tag}&gt;)</translation>
        </message>
        <message>
            <source>not valid XML: {reason}</source>
            <translation>неисправан XML: {reason}</translation>
        </message>
        <message>
            <source>too large to read in the memory this computer has free</source>
            <translation>превелик да би се учитао у слободну меморију овог рачунара</translation>
        </message>
        <message>
            <source>JSON of more than {size} MB is not read (it takes ten times its size in memory): export OSM XML instead, which is read as it goes</source>
            <translation>JSON већи од {size} MB се не чита (заузима десет пута више меморије од своје величине): извезите уместо тога OSM XML, који се чита постепено</translation>
        </message>
        <message>
            <source>{file_name} is not GeoJSON, OSM XML or Overpass JSON</source>
            <translation>{file_name} није GeoJSON, OSM XML ни Overpass JSON</translation>
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
        <name>metadata</name>
        <message>
            <source>{where} EXIF block has no TIFF header (ignored)</source>
            <translation>{where} EXIF блок нема TIFF заглавље (занемарен)</translation>
        </message>
        <message>
            <source>JPEG is truncated before the image data</source>
            <translation>JPEG је скраћен пре података слике</translation>
        </message>
        <message>
            <source>JPEG has garbage at offset {offset} (stopped reading)</source>
            <translation>JPEG има смеће на позицији {offset} (читање прекинуто)</translation>
        </message>
        <message>
            <source>JPEG has {count} unknown bytes at offset {offset} (skipped)</source>
            <translation>JPEG има непознатих бајтова на позицији {offset}: {count} (прескочено)</translation>
        </message>
        <message>
            <source>JPEG ends (EOI) before the image data</source>
            <translation>JPEG се завршава (EOI) пре података слике</translation>
        </message>
        <message>
            <source>JPEG segment at offset {offset} has a bad length (stopped)</source>
            <translation>JPEG сегмент на позицији {offset} има погрешну дужину (прекинуто)</translation>
        </message>
        <message>
            <source>JPEG has too many segments (stopped reading)</source>
            <translation>JPEG има превише сегмената (читање прекинуто)</translation>
        </message>
        <message>
            <source>JPEG EXIF segment is truncated</source>
            <translation>JPEG EXIF сегмент је скраћен</translation>
        </message>
        <message>
            <source>JPEG extended XMP chunks are not contiguous (ignored)</source>
            <translation>делови проширеног XMP-а у JPEG-у нису узастопни (занемарено)</translation>
        </message>
        <message>
            <source>JPEG extended XMP is incomplete (ignored)</source>
            <translation>проширени XMP у JPEG-у није потпун (занемарен)</translation>
        </message>
        <message>
            <source>PNG is truncated (no IEND chunk)</source>
            <translation>PNG је скраћен (нема IEND дела)</translation>
        </message>
        <message>
            <source>PNG chunk at offset {offset} has a bad length (stopped)</source>
            <translation>PNG део на позицији {offset} има погрешну дужину (прекинуто)</translation>
        </message>
        <message>
            <source>PNG eXIf chunk is too large (ignored)</source>
            <translation>PNG eXIf део је превелик (занемарен)</translation>
        </message>
        <message>
            <source>PNG has too many chunks (stopped reading)</source>
            <translation>PNG има превише делова (читање прекинуто)</translation>
        </message>
        <message>
            <source>PNG {chunk} {keyword} chunk is too large (ignored)</source>
            <translation>PNG {chunk} {keyword} део је превелик (занемарен)</translation>
        </message>
        <message>
            <source>PNG {chunk} {keyword} text is too large once decompressed (ignored)</source>
            <translation>PNG {chunk} {keyword} текст је превелик када се распакује (занемарен)</translation>
        </message>
        <message>
            <source>PNG {keyword} text cannot be decompressed (ignored)</source>
            <translation>PNG {keyword} текст не може да се распакује (занемарен)</translation>
        </message>
        <message>
            <source>PNG {keyword} text is malformed (ignored)</source>
            <translation>PNG {keyword} текст је неисправан (занемарен)</translation>
        </message>
        <message>
            <source>WebP is truncated</source>
            <translation>WebP је скраћен</translation>
        </message>
        <message>
            <source>WebP EXIF chunk is too large (ignored)</source>
            <translation>WebP EXIF део је превелик (занемарен)</translation>
        </message>
        <message>
            <source>WebP EXIF chunk starts with an improper Exif header</source>
            <translation>WebP EXIF део почиње неисправним Exif заглављем</translation>
        </message>
        <message>
            <source>WebP XMP chunk is too large (ignored)</source>
            <translation>WebP XMP део је превелик (занемарен)</translation>
        </message>
        <message>
            <source>WebP has too many chunks (stopped reading)</source>
            <translation>WebP има превише делова (читање прекинуто)</translation>
        </message>
        <message>
            <source>HEIF box at offset {offset} has a bad size (stopped)</source>
            <translation>HEIF кутија на позицији {offset} има погрешну величину (прекинуто)</translation>
        </message>
        <message>
            <source>HEIF meta box is too large (ignored)</source>
            <translation>HEIF мета кутија је превелика (занемарена)</translation>
        </message>
        <message>
            <source>HEIF meta box is truncated</source>
            <translation>HEIF мета кутија је скраћена</translation>
        </message>
        <message>
            <source>HEIF file has no meta box</source>
            <translation>HEIF датотека нема мета кутију</translation>
        </message>
        <message>
            <source>HEIF meta box is corrupt (partly read)</source>
            <translation>HEIF мета кутија је оштећена (делимично прочитана)</translation>
        </message>
        <message>
            <source>HEIF file has no primary item</source>
            <translation>HEIF датотека нема главну ставку</translation>
        </message>
        <message>
            <source>HEIF Exif item has no TIFF header (ignored)</source>
            <translation>HEIF Exif ставка нема TIFF заглавље (занемарена)</translation>
        </message>
        <message>
            <source>HEIF iloc box version {version} is not supported</source>
            <translation>верзија {version} HEIF илоц кутије није подржана</translation>
        </message>
        <message>
            <source>HEIF {item} item has no location (ignored)</source>
            <translation>HEIF {item} ставка нема локацију (занемарена)</translation>
        </message>
        <message>
            <source>HEIF {item} item is truncated</source>
            <translation>HEIF {item} ставка је скраћена</translation>
        </message>
        <message>
            <source>HEIF item construction method {method} is not supported</source>
            <translation>HEIF метод конструкције ставке {method} није подржан</translation>
        </message>
        <message>
            <source>HEIF {item} item is too large (cut)</source>
            <translation>HEIF {item} ставка је превелика (одсечена)</translation>
        </message>
        <message>
            <source>internal error while reading the container ({kind}: {error})</source>
            <translation>интерна грешка при читању датотеке ({kind}: {error})</translation>
        </message>
        <message>
            <source>internal error while reading the metadata ({kind}: {error})</source>
            <translation>интерна грешка при читању метаподатака ({kind}: {error})</translation>
        </message>
        <message>
            <source>IFD0 {label} is empty; {label} read from the Exif IFD</source>
            <translation>IFD0 {label} је празан; {label} прочитан из Exif IFD-а</translation>
        </message>
        <message>
            <source>EXIF {label} is empty</source>
            <translation>EXIF {label} је празан</translation>
        </message>
        <message>
            <source>EXIF Orientation {value} is not a valid orientation (1-8)</source>
            <translation>EXIF Ориентатион {value} није исправна оријентација (1-8)</translation>
        </message>
        <message>
            <source>GPS {label} is stored as text ({value})</source>
            <translation>GPS {label} је записан као текст ({value})</translation>
        </message>
        <message>
            <source>GPS {label} {value} mixes signs; position ignored</source>
            <translation>GPS {label} {value} меша знакове; положај занемарен</translation>
        </message>
        <message>
            <source>GPS {label} has no value (empty or 0/0)</source>
            <translation>GPS {label} нема вредност (празно или 0/0)</translation>
        </message>
        <message>
            <source>GPS {label} -{value:g} is negative while its ref says {ref}; position ignored</source>
            <translation>GPS {label} -{value:g} је негативан, а његова ознака каже {ref}; положај занемарен</translation>
        </message>
        <message>
            <source>GPS {label}Ref {value} is not {first}/{second}</source>
            <translation>GPS {label}Реф {value} није {first}/{second}</translation>
        </message>
        <message>
            <source>GPS fix is void (GPSStatus V); position ignored</source>
            <translation>GPS фикс је неважећи (GPSStatus В); положај занемарен</translation>
        </message>
        <message>
            <source>GPS has only one of latitude and longitude; position ignored</source>
            <translation>GPS има само ширину или само дужину; положај занемарен</translation>
        </message>
        <message>
            <source>XMP GPS position {latitude}, {longitude} cannot be read (ignored)</source>
            <translation>XMP GPS положај {latitude}, {longitude} не може да се прочита (занемарен)</translation>
        </message>
        <message>
            <source>{where} GPS position {position} is not a number; position ignored</source>
            <translation>{where} GPS положај {position} није број; положај занемарен</translation>
        </message>
        <message>
            <source>{where} GPS position {position} is out of range; position ignored</source>
            <translation>{where} GPS положај {position} је ван опсега; положај занемарен</translation>
        </message>
        <message>
            <source>{where} GPS position {position} is exactly 0,0 (no fix); position ignored</source>
            <translation>{where} GPS положај {position} је тачно 0,0 (нема фикса); положај занемарен</translation>
        </message>
        <message>
            <source>GPS Altitude has no value (empty or 0/0)</source>
            <translation>GPS Altitude нема вредност (празно или 0/0)</translation>
        </message>
        <message>
            <source>GPS Altitude {value} is a negative number stored as unsigned; read as {signed}</source>
            <translation>GPS Altitude {value} је негативан број записан без знака; прочитано као {signed}</translation>
        </message>
        <message>
            <source>GPS ImgDirection has no value (empty or 0/0)</source>
            <translation>GPS ImgDirection нема вредност (празно или 0/0)</translation>
        </message>
        <message>
            <source>GPS ImgDirection {value} is out of range (ignored)</source>
            <translation>GPS ImgDirection {value} је ван опсега (занемарено)</translation>
        </message>
        <message>
            <source>GPS ImgDirectionRef {value} is neither T nor M (ignored)</source>
            <translation>GPS ImgDirectionRef {value} није ни Т ни М (занемарено)</translation>
        </message>
        <message>
            <source>EXIF OffsetTimeOriginal {value} is not valid</source>
            <translation>EXIF OffsetTimeOriginal {value} није исправан</translation>
        </message>
        <message>
            <source>EXIF DateTimeOriginal {value} is not a valid date</source>
            <translation>EXIF DateTimeOriginal {value} није исправан датум</translation>
        </message>
        <message>
            <source>XMP DateTimeOriginal {value} is not a valid date</source>
            <translation>XMP DateTimeOriginal {value} није исправан датум</translation>
        </message>
        <message>
            <source>GPS DateStamp/TimeStamp {date} {time} is not a time (ignored)</source>
            <translation>GPS DateStamp/TimeStamp {date} {time} није време (занемарено)</translation>
        </message>
        <message>
            <source>GPS TimeStamp {time} is out of range (ignored)</source>
            <translation>GPS TimeStamp {time} је ван опсега (занемарено)</translation>
        </message>
        <message>
            <source>GPS DateStamp {value} has extra text; its date part is used</source>
            <translation>GPS DateStamp {value} има вишак текста; користи се само датум</translation>
        </message>
        <message>
            <source>EXIF {name} loops back to an earlier directory (ignored)</source>
            <translation>EXIF {name} води назад на ранији директоријум (занемарено)</translation>
        </message>
        <message>
            <source>EXIF {name} offset {offset} is outside the EXIF data (ignored)</source>
            <translation>EXIF {name} позиција {offset} је ван EXIF података (занемарено)</translation>
        </message>
        <message>
            <source>EXIF {name} is truncated (ignored)</source>
            <translation>EXIF {name} је скраћен (занемарен)</translation>
        </message>
        <message>
            <source>EXIF {name} claims {count} entries (ignored as corrupt)</source>
            <translation>EXIF {name} наводи број уноса: {count} (занемарено као оштећено)</translation>
        </message>
        <message>
            <source>EXIF {name} is truncated ({available} of {count} entries readable)</source>
            <translation>EXIF {name} је скраћен (читљиво уноса: {available} од {count})</translation>
        </message>
        <message>
            <source>EXIF {name} tag {tag} has an invalid format ({format})</source>
            <translation>EXIF {name} ознака {tag} има неисправан формат ({format})</translation>
        </message>
        <message>
            <source>EXIF {name} tag {tag} points outside the EXIF data (ignored)</source>
            <translation>EXIF {name} ознака {tag} показује ван EXIF података (занемарена)</translation>
        </message>
        <message>
            <source>EXIF {name} tag {tag} value is truncated (ignored)</source>
            <translation>EXIF {name} вредност ознаке {tag} је скраћена (занемарена)</translation>
        </message>
        <message>
            <source>EXIF {name} pointer has the wrong format ({format}; ignored)</source>
            <translation>EXIF {name} показивач има погрешан формат ({format}; занемарен)</translation>
        </message>
        <message>
            <source>EXIF {name} pointer is empty (ignored)</source>
            <translation>EXIF {name} показивач је празан (занемарен)</translation>
        </message>
        <message>
            <source>EXIF data is truncated (no complete TIFF header)</source>
            <translation>EXIF подаци су скраћени (нема потпуног TIFF заглавља)</translation>
        </message>
        <message>
            <source>EXIF data does not start with a TIFF header</source>
            <translation>EXIF подаци не почињу TIFF заглављем</translation>
        </message>
        <message>
            <source>EXIF thumbnail lies outside the EXIF data (ignored)</source>
            <translation>EXIF сличица је изван EXIF података (занемарено)</translation>
        </message>
        <message>
            <source>EXIF thumbnail is not a JPEG image (ignored)</source>
            <translation>EXIF сличица није JPEG слика (занемарено)</translation>
        </message>
        <message>
            <source>XMP packet of {size} bytes is too large (ignored)</source>
            <translation>XMP пакет је превелик: {size} бајтова (занемарен)</translation>
        </message>
        <message>
            <source>XMP packet has an unusual encoding (read without an XML parser)</source>
            <translation>XMP пакет има необично кодирање (читано без XML парсера)</translation>
        </message>
        <message>
            <source>XMP packet declares a DOCTYPE/ENTITY (read without an XML parser)</source>
            <translation>XMP пакет декларише DOCTYPE/ENTITY (читано без XML парсера)</translation>
        </message>
        <message>
            <source>XMP packet is not well-formed XML (read leniently)</source>
            <translation>XMP пакет није исправан XML (читано попустљиво)</translation>
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
        <name>privacy</name>
        <message>
            <source>image too large to open safely</source>
            <translation>слика је превелика да би се безбедно отворила</translation>
        </message>
        <message>
            <source>the photo's pixels cannot be decoded</source>
            <translation>пиксели фотографије не могу да се декодирају</translation>
        </message>
        <message>
            <source>the photo's pixels cannot be decoded: the file is damaged (no decoder knows it)</source>
            <translation>пиксели фотографије не могу да се декодирају: датотека је оштећена (ниједан декодер је не препознаје)</translation>
        </message>
    </context>
    <context>
        <name>public page</name>
        <message>
            <source>Loading cameras…</source>
            <translation>Учитавање камера…</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Произвођач</translation>
        </message>
        <message>
            <source>Red and orange shades: vendors on the US FCC Covered List.</source>
            <translation>Нијансе црвене и наранџасте: произвођачи са црне листе америчке FCC.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Сви типови</translation>
        </message>
        <message>
            <source>Street or district</source>
            <translation>Улица или кварт</translation>
        </message>
        <message>
            <source>Find a street or district</source>
            <translation>Тражи улицу или кварт</translation>
        </message>
        <message>
            <source>Showing</source>
            <translation>Приказано:</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Прикажи све</translation>
        </message>
        <message>
            <source>Streets</source>
            <translation>Улице</translation>
        </message>
        <message>
            <source>Districts</source>
            <translation>Квартови</translation>
        </message>
        <message>
            <source>Download the verified cameras (GeoJSON)</source>
            <translation>Преузми проверене камере (GeoJSON)</translation>
        </message>
        <message>
            <source>Only cameras the team has verified are shown. Photos are the volunteers' shared copies, with faces and licence plates blurred; dates are given to the day.</source>
            <translation>Приказане су само камере које је тим проверио. Фотографије су дељене копије волонтера, са замућеним лицима и регистарским таблицама; датуми су дати до дана.</translation>
        </message>
        <message>
            <source>Map of the verified cameras</source>
            <translation>Мапа проверених камера</translation>
        </message>
        <message>
            <source>Vendor unknown</source>
            <translation>Непознат произвођач</translation>
        </message>
        <message>
            <source>On the US FCC Covered List</source>
            <translation>На црној листи америчке FCC</translation>
        </message>
        <message>
            <source>{vendor} (covered)</source>
            <translation>{vendor} (FCC листа)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Шта</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>Постављена на</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Смер</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Улица</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Кварт</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Модел</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Власник</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Проверено</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Последњи пут виђена</translation>
        </message>
        <message>
            <source>Photo of the camera (faces and plates blurred)</source>
            <translation>Фотографија камере (лица и таблице замућени)</translation>
        </message>
        <message>
            <source>type unknown</source>
            <translation>непознат тип</translation>
        </message>
        <message>
            <source>None matches</source>
            <translation>Ништа не одговара</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Нема</translation>
        </message>
        <message>
            <source>Street and district names: {source}</source>
            <translation>Називи улица и квартова: {source}</translation>
        </message>
        <message>
            <source>The cameras could not be loaded: {error}</source>
            <translation>Камере нису могле да се учитају: {error}</translation>
        </message>
        <message numerus="yes">
            <source>%n verified cameras</source>
            <translation>
                <numerusform>%n проверена камера</numerusform>
                <numerusform>%n проверене камере</numerusform>
                <numerusform>%n проверених камера</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n verified cameras</source>
            <translation>
                <numerusform>{shown} од %n проверене камере</numerusform>
                <numerusform>{shown} од %n проверене камере</numerusform>
                <numerusform>{shown} од %n проверених камера</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more verified cameras are not shown: they have no position yet.</source>
            <translation>
                <numerusform>Још %n проверена камера није приказана: још нема положај.</numerusform>
                <numerusform>Још %n проверене камере нису приказане: још немају положај.</numerusform>
                <numerusform>Још %n проверених камера није приказано: још немају положај.</numerusform>
            </translation>
        </message>
        <message>
            <source>Surveillance cameras</source>
            <translation>Надзорне камере</translation>
        </message>
        <message>
            <source>Cameras mapped and verified by the team's volunteers.</source>
            <translation>Камере које су мапирали и проверили волонтери тима.</translation>
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <source>not allowed: volunteers edit and delete only the records they created</source>
            <translation>није дозвољено: волонтери мењају и бришу само записе које су сами направили</translation>
        </message>
        <message>
            <source>not allowed: volunteers put photos only on cameras they created</source>
            <translation>није дозвољено: волонтери стављају фотографије само на камере које су сами направили</translation>
        </message>
        <message>
            <source>not allowed: only reviewers and admins change {fields}</source>
            <translation>није дозвољено: само рецензенти и администратори мењају {fields}</translation>
        </message>
        <message>
            <source>this server does not know the field(s) {fields} yet; the change waits for its upgrade</source>
            <translation>овај сервер још не познаје поље (поља) {fields}; измена чека његову надоградњу</translation>
        </message>
        <message>
            <source>record {id} is a {record}, not a {other}</source>
            <translation>запис {id} је типа {record}, а не {other}</translation>
        </message>
        <message>
            <source>a {record}'s {name} never changes</source>
            <translation>{record}: поље {name} се никад не мења</translation>
        </message>
        <message>
            <source>a {record} needs {fields}</source>
            <translation>{record}: потребно је {fields}</translation>
        </message>
        <message>
            <source>a new {record} needs {fields}</source>
            <translation>{record} (нови запис): потребно је {fields}</translation>
        </message>
        <message>
            <source>{op} names a camera and the records it takes</source>
            <translation>{op} наводи камеру и записе које преузима</translation>
        </message>
        <message>
            <source>{op} takes at most {count}</source>
            <translation>{op} преузима највише {count} записа</translation>
        </message>
        <message>
            <source>a merge lists at most {count} photos</source>
            <translation>спајање наводи највише {count} фотографија</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>камера</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>фотографија</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>истраживање</translation>
        </message>
    </context>
    <context>
        <name>sharing</name>
        <message>
            <source>the photo was deleted meanwhile (by a sync or another program)</source>
            <translation>фотографија је у међувремену обрисана (синхронизацијом или другим програмом)</translation>
        </message>
        <message>
            <source>this is {owner}'s photo: the team sees the copy they shared, and only they can change its blur</source>
            <translation>ово је фотографија корисника {owner}: тим види копију коју је та особа поделила и само она може да промени њено замућење</translation>
        </message>
        <message>
            <source>photo {name} is not on this laptop (another volunteer's)</source>
            <translation>фотографија {name} није на овом рачунару (припада другом волонтеру)</translation>
        </message>
        <message>
            <source>photo {name}: its original is missing from the library ({path}): import its file again to put it back</source>
            <translation>фотографија {name}: њен оригинал недостаје у библиотеци ({path}): поново увезите њену датотеку да бисте га вратили</translation>
        </message>
        <message>
            <source>photo {name}: original unreadable: {reason}</source>
            <translation>фотографија {name}: оригинал не може да се прочита: {reason}</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>the server's history is not the one this laptop last saw (restored from a backup, its photo folder lost, or another server at this address): everything this laptop sent goes again, its photos are uploaded again where the server lacks them, and every change is pulled again</source>
            <translation>историја сервера није она коју је овај рачунар последњи пут видео (враћена из резервне копије, изгубљена фасцикла са фотографијама или други сервер на овој адреси): све што је овај рачунар послао шаље се поново, његове фотографије се поново шаљу тамо где их сервер нема, а све промене се поново преузимају</translation>
        </message>
        <message>
            <source>connect</source>
            <translation>повезивање</translation>
        </message>
        <message>
            <source>prepare</source>
            <translation>припрема</translation>
        </message>
        <message>
            <source>push</source>
            <translation>слање</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>фотографије</translation>
        </message>
        <message>
            <source>pull</source>
            <translation>преузимање</translation>
        </message>
        <message>
            <source>retry</source>
            <translation>нови покушај</translation>
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
                <numerusform>%n фотографија за рачунар сарадника</numerusform>
                <numerusform>%n фотографије за рачунар сарадника</numerusform>
                <numerusform>%n фотографија за рачунар сарадника</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos wait for {names} to sync: the same pictures were shared first from their laptop, and the server takes the shareable copy of a photo only from the volunteer who shared it first; this laptop has nothing to send for them</source>
            <translation>
                <numerusform>%n фотографија чека да {names} синхронизује: иста слика је прво подељена са тог рачунара, а сервер копију фотографије за дељење прима само од волонтера који ју је први поделио; овај рачунар нема шта да пошаље за њу</numerusform>
                <numerusform>%n фотографије чекају да {names} синхронизује: исте слике су прво подељене са тог рачунара, а сервер копију фотографије за дељење прима само од волонтера који ју је први поделио; овај рачунар нема шта да пошаље за њих</numerusform>
                <numerusform>%n фотографија чека да {names} синхронизује: исте слике су прво подељене са тог рачунара, а сервер копију фотографије за дељење прима само од волонтера који ју је први поделио; овај рачунар нема шта да пошаље за њих</numerusform>
            </translation>
        </message>
        <message>
            <source>no answer from the server</source>
            <translation>сервер не одговара</translation>
        </message>
        <message>
            <source>the server took too long</source>
            <translation>сервер је предуго одговарао</translation>
        </message>
        <message>
            <source>secure connection failed</source>
            <translation>безбедна веза није успела</translation>
        </message>
        <message>
            <source>server error</source>
            <translation>грешка сервера</translation>
        </message>
        <message>
            <source>token refused</source>
            <translation>токен одбијен</translation>
        </message>
        <message>
            <source>not a SurveyApp server</source>
            <translation>није SurveyApp сервер</translation>
        </message>
        <message>
            <source>versions differ</source>
            <translation>верзије се разликују</translation>
        </message>
        <message>
            <source>unusable answer</source>
            <translation>неупотребљив одговор</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>заустављено</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>није успело</translation>
        </message>
        <message numerus="yes">
            <source>this computer's clock is %n minutes ahead of the server's; sync does not depend on it, but photo times and logs will look wrong</source>
            <translation>
                <numerusform>сат овог рачунара жури %n минут у односу на сервер; синхронизација не зависи од тога, али ће времена фотографија и дневници изгледати погрешно</numerusform>
                <numerusform>сат овог рачунара жури %n минута у односу на сервер; синхронизација не зависи од тога, али ће времена фотографија и дневници изгледати погрешно</numerusform>
                <numerusform>сат овог рачунара жури %n минута у односу на сервер; синхронизација не зависи од тога, али ће времена фотографија и дневници изгледати погрешно</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>this computer's clock is %n minutes behind the server's; sync does not depend on it, but photo times and logs will look wrong</source>
            <translation>
                <numerusform>сат овог рачунара касни %n минут у односу на сервер; синхронизација не зависи од тога, али ће времена фотографија и дневници изгледати погрешно</numerusform>
                <numerusform>сат овог рачунара касни %n минута у односу на сервер; синхронизација не зависи од тога, али ће времена фотографија и дневници изгледати погрешно</numerusform>
                <numerusform>сат овог рачунара касни %n минута у односу на сервер; синхронизација не зависи од тога, али ће времена фотографија и дневници изгледати погрешно</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>sending %n changes, waiting for the server's answer</source>
            <translation>
                <numerusform>слање %n измене, чека се одговор сервера</numerusform>
                <numerusform>слање %n измене, чека се одговор сервера</numerusform>
                <numerusform>слање %n измена, чека се одговор сервера</numerusform>
            </translation>
        </message>
        <message>
            <source>waiting for the server's first page</source>
            <translation>чека се прва страница са сервера</translation>
        </message>
        <message>
            <source>up to change {change}, waiting for the next page</source>
            <translation>до измене {change}, чека се следећа страница</translation>
        </message>
        <message>
            <source>{photo} already on the server</source>
            <translation>{photo} је већ на серверу</translation>
        </message>
        <message>
            <source>shareable copy of photo {number} of {total} made</source>
            <translation>направљена копија за дељење фотографије {number} од {total}</translation>
        </message>
        <message numerus="yes">
            <source>%n photos to send, checking which ones the server has</source>
            <translation>
                <numerusform>%n фотографија за слање, провера на серверу</numerusform>
                <numerusform>%n фотографије за слање, провера на серверу</numerusform>
                <numerusform>%n фотографија за слање, провера на серверу</numerusform>
            </translation>
        </message>
        <message>
            <source>sending photo {number} of {total} ({size})…</source>
            <translation>слање фотографије {number} од {total} ({size})…</translation>
        </message>
        <message numerus="yes">
            <source>%n photos already on the server</source>
            <translation>
                <numerusform>%n фотографија већ на серверу</numerusform>
                <numerusform>%n фотографије већ на серверу</numerusform>
                <numerusform>%n фотографија већ на серверу</numerusform>
            </translation>
        </message>
        <message>
            <source>{uploaded}, {already}</source>
            <translation>{uploaded}, {already}</translation>
        </message>
        <message>
            <source>{uploaded} (+{already} already on the server)</source>
            <translation>{uploaded} (+{already} већ на серверу)</translation>
        </message>
        <message numerus="yes">
            <source>%n of your cameras joined a teammate's camera: they shared the same picture first</source>
            <translation>
                <numerusform>%n ваша камера се придружила камери члана тима: та особа је прва поделила исту слику</numerusform>
                <numerusform>%n ваше камере су се придружиле камерама чланова тима: они су први поделили исте слике</numerusform>
                <numerusform>%n ваших камера се придружило камерама чланова тима: они су први поделили исте слике</numerusform>
            </translation>
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
            <source>{changes} and {photos} waiting</source>
            <translation>Чека {changes} и {photos}</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>завршено</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>прекинуто</translation>
        </message>
        <message>
            <source>{waiting}, {refused}</source>
            <translation>{waiting}, {refused}</translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n одбијена</numerusform>
                <numerusform>%n одбијене</numerusform>
                <numerusform>%n одбијено</numerusform>
            </translation>
        </message>
        <message>
            <source>the server's pages of changes go past its last change ({known}): after {since} it sent up to {next}</source>
            <translation>странице измена са сервера иду даље од његове последње измене ({known}): после {since} послао је до {next}</translation>
        </message>
        <message>
            <source>up to change {change}</source>
            <translation>до измене {change}</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>упозорење: {warning}</translation>
        </message>
        <message numerus="yes">
            <source>%n photos stay on this laptop: their pixels cannot be read, so no shareable copy can be made (their records are shared)</source>
            <translation>
                <numerusform>%n фотографија остаје на овом рачунару: њени пиксели не могу да се прочитају, па не може да се направи копија за дељење (њен запис се дели)</numerusform>
                <numerusform>%n фотографије остају на овом рачунару: њихови пиксели не могу да се прочитају, па не може да се направи копија за дељење (њихови записи се деле)</numerusform>
                <numerusform>%n фотографија остаје на овом рачунару: њихови пиксели не могу да се прочитају, па не може да се направи копија за дељење (њихови записи се деле)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos stay on this laptop: their pixels cannot be read, so no shareable copy can be made</source>
            <translation>
                <numerusform>%n фотографија остаје на овом рачунару: њени пиксели не могу да се прочитају, па не може да се направи копија за дељење</numerusform>
                <numerusform>%n фотографије остају на овом рачунару: њихови пиксели не могу да се прочитају, па не може да се направи копија за дељење</numerusform>
                <numerusform>%n фотографија остаје на овом рачунару: њихови пиксели не могу да се прочитају, па не може да се направи копија за дељење</numerusform>
            </translation>
        </message>
        <message>
            <source>camera</source>
            <translation>камера</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>фотографија</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>истраживање</translation>
        </message>
        <message>
            <source>{record} {id}: not applied: {why}</source>
            <translation>{record} {id}: није примењено: {why}</translation>
        </message>
        <message>
            <source>camera {id} was merged into camera {camera} by {who}</source>
            <translation>камера {id} је спојена са камером {camera} (спојио ју је {who})</translation>
        </message>
        <message>
            <source>camera {id} was merged into camera {camera}</source>
            <translation>камера {id} је спојена са камером {camera}</translation>
        </message>
        <message>
            <source>its {field} may not change</source>
            <translation>поље {field} не сме да се мења</translation>
        </message>
        <message>
            <source>no {fields}</source>
            <translation>недостаје {fields}</translation>
        </message>
        <message>
            <source>photo {id}: the same picture is already here as photo {twin}</source>
            <translation>фотографија {id}: иста слика је већ овде као фотографија {twin}</translation>
        </message>
        <message>
            <source>camera {id} ({holder}'s): {owner} shared the same picture first; your photo {file} is on their camera {camera} now; the camera is placed again by the photos it keeps</source>
            <translation>камера {id} (корисника {holder}): {owner} је први/а поделио/ла исту слику; ваша фотографија {file} је сада на његовој/њеној камери {camera}; камера је поново постављена према фотографијама које задржава</translation>
        </message>
        <message>
            <source>camera {id} ({holder}'s): {owner} shared the same picture first; your photo {file} is on their camera {camera} now</source>
            <translation>камера {id} (корисника {holder}): {owner} је први/а поделио/ла исту слику; ваша фотографија {file} је сада на његовој/њеној камери {camera}</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; photo {file} is on their camera {camera} now; yours is placed again by the photos it keeps</source>
            <translation>камера {id}: {owner} је први/а поделио/ла исту слику; фотографија {file} је сада на његовој/њеној камери {camera}; ваша је поново постављена према фотографијама које задржава</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; photo {file} is on their camera {camera} now</source>
            <translation>камера {id}: {owner} је први/а поделио/ла исту слику; фотографија {file} је сада на његовој/њеној камери {camera}</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; it is on their camera {camera} now</source>
            <translation>камера {id}: {owner} је први/а поделио/ла исту слику; сада је на његовој/њеној камери {camera}</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; it is on their camera {camera} now; yours stays, with what you said of it</source>
            <translation>камера {id}: {owner} је први/а поделио/ла исту слику; сада је на његовој/њеној камери {camera}; ваша остаје, са оним што сте о њој рекли</translation>
        </message>
        <message>
            <source>photo {id}: {owner} shared this picture first and it is their photo now: what you had set of yours was not kept ({values}); only they or a reviewer can set it on theirs</source>
            <translation>фотографија {id}: {owner} је први/а поделио/ла ову слику и сада је то његова/њена фотографија: оно што сте подесили на својој није задржано ({values}); само та особа или рецензент може то да подеси на њеној</translation>
        </message>
        <message>
            <source>photo {id}: {owner} shared this picture first and it is their photo now: the team sees their copy, without the blur you chose on yours; only they can change the blur of theirs</source>
            <translation>фотографија {id}: {owner} је први/а поделио/ла ову слику и сада је то његова/њена фотографија: тим види његову/њену копију, без замућења које сте изабрали на својој; само та особа може да промени замућење на својој</translation>
        </message>
        <message>
            <source>the connection was refused: is the server running at this address?</source>
            <translation>веза је одбијена: да ли сервер ради на овој адреси?</translation>
        </message>
        <message>
            <source>the server's name was not found: no network, or a mistyped address</source>
            <translation>име сервера није пронађено: нема мреже, или је адреса погрешно унета</translation>
        </message>
        <message>
            <source>the server cannot be reached: no network?</source>
            <translation>сервер је недоступан: нема мреже?</translation>
        </message>
        <message>
            <source>the connection was cut</source>
            <translation>веза је прекинута</translation>
        </message>
        <message>
            <source>the server did not answer in time</source>
            <translation>сервер није одговорио на време</translation>
        </message>
        <message>
            <source>the server closed the connection without answering</source>
            <translation>сервер је затворио везу без одговора</translation>
        </message>
        <message>
            <source>the server's {name} header is not a byte count: {value}</source>
            <translation>заглавље {name} са сервера није број бајтова: {value}</translation>
        </message>
        <message>
            <source>the server's answer to {what} is malformed ({problem})</source>
            <translation>одговор сервера на {what} је неисправан ({problem})</translation>
        </message>
        <message>
            <source>the server's answer is not a list of objects</source>
            <translation>одговор сервера није листа објеката</translation>
        </message>
        <message>
            <source>stopped while waiting for {server}</source>
            <translation>заустављено док се чекао {server}</translation>
        </message>
        <message>
            <source>{request}: {problem}; resuming in {delay} s</source>
            <translation>{request}: {problem}; наставља се за {delay} с</translation>
        </message>
        <message>
            <source>{request}: {problem}; retrying in {delay} s</source>
            <translation>{request}: {problem}; нови покушај за {delay} с</translation>
        </message>
        <message>
            <source>the server's answer to {request} is {size} bytes; at most {limit} are expected</source>
            <translation>одговор сервера на {request} има {size} бајтова; очекује се највише {limit}</translation>
        </message>
        <message>
            <source>the server's answer to {request} is over {limit} bytes</source>
            <translation>одговор сервера на {request} премашује {limit} бајтова</translation>
        </message>
        <message>
            <source>the server's answer to {request} does not decode as its Content-Encoding ({encoding}) says: {problem}</source>
            <translation>одговор сервера на {request} не може да се декодира како каже његово заглавље о кодирању ({encoding}): {problem}</translation>
        </message>
        <message>
            <source>{server}: the secure connection failed ({request}): {problem}</source>
            <translation>{server}: безбедна веза није успела ({request}): {problem}</translation>
        </message>
        <message>
            <source>{server} did not answer {request} after {tries} tries: {problem}</source>
            <translation>{server} није одговорио на {request} после {tries} покушаја: {problem}</translation>
        </message>
        <message>
            <source>{server} answered HTTP {status} without SurveyApp's envelope: not a SurveyApp server (captive portal or proxy?)</source>
            <translation>{server} је одговорио HTTP {status} без SurveyApp омотача: није SurveyApp сервер (страница за пријаву на бежичну мрежу или прокси?)</translation>
        </message>
        <message>
            <source>the server refused the token: {reason} (HTTP {status})</source>
            <translation>сервер је одбио токен: {reason} (HTTP {status})</translation>
        </message>
        <message>
            <source>{server} needs a newer SurveyApp (protocol {needed}; this one speaks {spoken}): update SurveyApp, then sync again; nothing was lost</source>
            <translation>{server} захтева новији SurveyApp (протокол {needed}; овај говори {spoken}): ажурирајте SurveyApp, па поново синхронизујте; ништа није изгубљено</translation>
        </message>
        <message>
            <source>{server} runs an older SurveyApp server (protocol {spoken}; this laptop needs {needed}): ask the coordinator to update it; nothing was lost</source>
            <translation>{server} покреће старији SurveyApp сервер (протокол {spoken}; овај рачунар захтева {needed}): замолите координатора да га ажурира; ништа није изгубљено</translation>
        </message>
        <message>
            <source>the server's answer to a pull has no list of changes</source>
            <translation>одговор сервера на преузимање нема листу измена</translation>
        </message>
        <message>
            <source>the server sent {count} changes for a pull of at most {limit}</source>
            <translation>сервер је послао {count} измена за преузимање од највише {limit}</translation>
        </message>
        <message>
            <source>the server's pages of changes do not move on (after {since}: {next})</source>
            <translation>странице измена са сервера не напредују (после {since}: {next})</translation>
        </message>
        <message>
            <source>the server says more changes follow {next} but sent none after {since}</source>
            <translation>сервер каже да после {next} има још измена, али није послао ниједну после {since}</translation>
        </message>
        <message>
            <source>a change the server sent is malformed, skipped: {problem}</source>
            <translation>измена коју је сервер послао је неисправна, прескочена: {problem}</translation>
        </message>
        <message>
            <source>change {seq} is outside this page ({since}..{next}), skipped</source>
            <translation>измена {seq} је изван ове странице ({since}..{next}), прескочена</translation>
        </message>
        <message>
            <source>the server refused the token (HTTP {status})</source>
            <translation>сервер је одбио токен (HTTP {status})</translation>
        </message>
        <message>
            <source>{server} answered HTTP {status}</source>
            <translation>{server} је одговорио HTTP {status}</translation>
        </message>
        <message>
            <source>no shareable copy: {error}</source>
            <translation>нема копије за дељење: {error}</translation>
        </message>
        <message>
            <source>no shareable copy: the original of {name} is missing from the library ({path}): import its file again to put it back</source>
            <translation>нема копије за дељење: оригинал фотографије {name} недостаје у библиотеци ({path}): поново увезите њену датотеку да бисте га вратили</translation>
        </message>
        <message>
            <source>the server says it holds {offset} bytes of photo {photo}, which has {total}</source>
            <translation>сервер каже да има {offset} бајтова фотографије {photo}, која има {total}</translation>
        </message>
        <message>
            <source>the server's offset keeps moving</source>
            <translation>позиција коју сервер наводи стално се мења</translation>
        </message>
        <message>
            <source>another upload of this photo is under way</source>
            <translation>друго слање ове фотографије је у току</translation>
        </message>
        <message>
            <source>connection cut ({error})</source>
            <translation>веза прекинута ({error})</translation>
        </message>
        <message>
            <source>the server did not take the bytes sent</source>
            <translation>сервер није примио послате бајтове</translation>
        </message>
        <message>
            <source>upload of {photo} kept failing: {problem}</source>
            <translation>слање фотографије {photo} није успело ни у једном покушају: {problem}</translation>
        </message>
        <message>
            <source>upload refused: {reason}</source>
            <translation>слање одбијено: {reason}</translation>
        </message>
        <message>
            <source>the shareable copy is missing; sync again</source>
            <translation>копија за дељење недостаје; синхронизујте поново</translation>
        </message>
        <message>
            <source>another upload of this photo is under way; it is sent next time</source>
            <translation>друго слање ове фотографије је у току; биће послата следећи пут</translation>
        </message>
        <message>
            <source>its copy was not sent: the server no longer has this photo as yours (withdrawn, or a teammate's, meanwhile); this sync's pull brings what became of it</source>
            <translation>њена копија није послата: сервер ову фотографију више не води као вашу (повучена је или је у међувремену постала сарадникова); преузимање ове синхронизације доноси шта је с њом било</translation>
        </message>
        <message>
            <source>photo {photo} has no picture on the server</source>
            <translation>фотографија {photo} нема слику на серверу</translation>
        </message>
        <message>
            <source>the server sent other bytes for photo {photo} (SHA-256 differs)</source>
            <translation>сервер је послао друге бајтове за фотографију {photo} (SHA-256 се разликује)</translation>
        </message>
        <message>
            <source>{record} {id}: {message}</source>
            <translation>{record} {id}: {message}</translation>
        </message>
        <message>
            <source>{record} {id}: your edit was not applied: it had been deleted meanwhile (reviewers see what you sent)</source>
            <translation>{record} {id}: ваша измена није примењена: запис је у међувремену обрисан (рецензенти виде шта сте послали)</translation>
        </message>
        <message>
            <source>{record} {id} was merged into camera {camera} by {who}: your edit was not applied ({values}); make it on camera {camera} if it still holds (reviewers see what you sent)</source>
            <translation>{record} {id} је спојена са камером {camera} (спојио ју је {who}): ваша измена није примењена ({values}); унесите је на камери {camera} ако и даље важи (рецензенти виде шта сте послали)</translation>
        </message>
        <message>
            <source>{record} {id} was merged into camera {camera} by {who}: your edit was not applied ({values}); camera {camera} is a teammate's: reviewers see what you sent and can make it there</source>
            <translation>{record} {id} је спојена са камером {camera} (спојио ју је {who}): ваша измена није примењена ({values}); камера {camera} припада члану тима: рецензенти виде шта сте послали и могу да је унесу на њој</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>неко други</translation>
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
            <translation>{record} {id}: није направљена: фотографије које сте издвојили су у међувремену обрисане (рецензенти виде шта сте послали)</translation>
        </message>
        <message>
            <source>{record} {id}: not made: the photos you split off had become a teammate's meanwhile (reviewers see what you sent)</source>
            <translation>{record} {id}: није направљена: фотографије које сте издвојили су у међувремену постале фотографије члана тима (рецензенти виде шта сте послали)</translation>
        </message>
        <message>
            <source>{record} {id}: not made: it had been deleted or merged meanwhile; the photos you split off are on camera {camera} (reviewers see what you sent)</source>
            <translation>{record} {id}: није направљена: у међувремену је обрисана или спојена; фотографије које сте издвојили су на камери {camera} (рецензенти виде шта сте послали)</translation>
        </message>
        <message>
            <source>'{ref}' is too short to name a record</source>
            <translation>„{ref}” је прекратко да означи запис</translation>
        </message>
        <message>
            <source>no refused change</source>
            <translation>нема одбијених измена</translation>
        </message>
        <message>
            <source>no refused change for '{ref}'</source>
            <translation>нема одбијених измена за „{ref}”</translation>
        </message>
        <message numerus="yes">
            <source>%n photos uploaded</source>
            <translation>
                <numerusform>%n фотографија отпремљена</numerusform>
                <numerusform>%n фотографије отпремљене</numerusform>
                <numerusform>%n фотографија отпремљено</numerusform>
            </translation>
        </message>
        <message>
            <source>no token for {server}: pass --token TOKEN (add --save-token to keep it in the system keyring) or set {variable}</source>
            <translation>нема токена за {server}: наведите --token TOKEN (додајте --save-token да се сачува у системском привеску кључева) или поставите {variable}</translation>
        </message>
        <message>
            <source>the system keyring cannot store the token ({error})</source>
            <translation>системски привезак кључева не може да сачува токен ({error})</translation>
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
    </context>
    <context>
        <name>system</name>
        <message>
            <source>permission denied</source>
            <translation>приступ одбијен</translation>
        </message>
        <message>
            <source>a link that leads back to itself</source>
            <translation>веза која води назад на саму себе</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>то је фасцикла</translation>
        </message>
        <message>
            <source>not a folder</source>
            <translation>то није фасцикла</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>име је предугачко</translation>
        </message>
        <message>
            <source>too many files are open</source>
            <translation>отворено је превише датотека</translation>
        </message>
        <message>
            <source>the file is in use</source>
            <translation>датотека је у употреби</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>диск је пун</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>датотека не постоји</translation>
        </message>
        <message>
            <source>the disk could not be read or written</source>
            <translation>диск није могао да се прочита ни да се упише</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>диск је само за читање</translation>
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
            <translation>{name} није MBTiles датотека ({error})</translation>
        </message>
        <message>
            <source>the tile server answered {status}</source>
            <translation>сервер плочица је одговорио {status}</translation>
        </message>
        <message>
            <source>a tile was not an image</source>
            <translation>плочица није била слика</translation>
        </message>
        <message>
            <source>no connection to {host}</source>
            <translation>нема везе са {host}</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <source>field edit</source>
            <translation>измена поља</translation>
        </message>
        <message>
            <source>move</source>
            <translation>померање</translation>
        </message>
        <message>
            <source>placing on the map</source>
            <translation>постављање на карту</translation>
        </message>
        <message>
            <source>return to the photos' position</source>
            <translation>повратак на положај фотографија</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>спајање</translation>
        </message>
        <message>
            <source>marking as two cameras</source>
            <translation>означавање као две камере</translation>
        </message>
        <message>
            <source>split</source>
            <translation>раздвајање</translation>
        </message>
        <message>
            <source>deletion</source>
            <translation>брисање</translation>
        </message>
        <message>
            <source>blur change</source>
            <translation>измена замућења</translation>
        </message>
        <message>
            <source>review decision</source>
            <translation>одлука о провери</translation>
        </message>
        <message>
            <source>photos were put on the camera or taken off it since you were asked (by a sync or another program): look at it again</source>
            <translation>фотографије су додате камери или уклоњене с ње откад сте упитани (синхронизацијом или другим програмом): погледајте је поново</translation>
        </message>
        <message>
            <source>there is nothing to undo</source>
            <translation>нема ничег за опозив</translation>
        </message>
        <message>
            <source>the edit to set aside is no longer the first one to redo (another window or a restart changed the list): look at the Edit menu again</source>
            <translation>измена коју треба оставити по страни више није прва за понављање (други прозор или поновно покретање променили су списак): поново погледајте мени Уређивање</translation>
        </message>
        <message>
            <source>the edit to set aside is no longer the last one (another window or a restart changed the list): look at the Edit menu again</source>
            <translation>измена коју треба оставити по страни више није последња (други прозор или поновно покретање променили су списак): поново погледајте мени Уређивање</translation>
        </message>
        <message>
            <source>the {name} can be redone now, so it was not set aside: redo makes it again</source>
            <translation>операција „{name}“ сада може да се понови, па није остављена по страни: понављање је поново прави</translation>
        </message>
        <message>
            <source>the {name} can be undone now, so it was not set aside: undo takes it back</source>
            <translation>операција „{name}“ сада може да се опозове, па није остављена по страни: опозив је враћа</translation>
        </message>
        <message>
            <source>there is nothing to redo</source>
            <translation>нема ничег за понављање</translation>
        </message>
        <message>
            <source>the {name} cannot be undone: the position it would put back came from a geotagging undone since, and the camera's photos no longer give it</source>
            <translation>операција „{name}“ не може да се опозове: положај који би вратила потиче од геоозначавања опозваног од тада, а фотографије камере га више не дају</translation>
        </message>
        <message>
            <source>the {name} cannot be redone: the survey was synced since it was undone; make it again</source>
            <translation>операција „{name}“ не може да се понови: снимање је синхронизовано откад је опозвана; урадите је поново</translation>
        </message>
        <message>
            <source>{refusal}; it is taken off the list of edits to undo</source>
            <translation>{refusal}; уклоњена је са списка измена за опозив</translation>
        </message>
        <message>
            <source>{refusal}; it is taken off the list of edits to redo</source>
            <translation>{refusal}; уклоњена је са списка измена за понављање</translation>
        </message>
        <message>
            <source>the {name} was sent to the server, but no answer came back: the server may have it, and the next sync sends it again; it can no longer be undone here</source>
            <translation>операција „{name}“ је послата серверу, али одговор није стигао: сервер је можда има, а следећа синхронизација је шаље поново; овде се више не може опозвати</translation>
        </message>
        <message>
            <source>the {name} was already sent to the server, which keeps it: it can no longer be undone here</source>
            <translation>операција „{name}“ је већ послата серверу, који је чува: овде се више не може опозвати</translation>
        </message>
        <message numerus="yes">
            <source>{refusal}; nothing is lost: %n photos of yours stay on a camera of their own, and only {owner} or a reviewer can merge them back into their camera</source>
            <translation>
                <numerusform>{refusal}; ништа није изгубљено: %n ваша фотографија остаје на посебној камери, а на камеру особе {owner} спајањем је може вратити само та особа или рецензент</numerusform>
                <numerusform>{refusal}; ништа није изгубљено: %n ваше фотографије остају на посебној камери, а на камеру особе {owner} спајањем их може вратити само та особа или рецензент</numerusform>
                <numerusform>{refusal}; ништа није изгубљено: %n ваших фотографија остаје на посебној камери, а на камеру особе {owner} спајањем их може вратити само та особа или рецензент</numerusform>
            </translation>
        </message>
        <message>
            <source>the {name} cannot be undone: what it changed was changed again since (by a sync or another program)</source>
            <translation>операција „{name}“ не може да се опозове: оно што је променила од тада је поново промењено (синхронизацијом или другим програмом)</translation>
        </message>
        <message>
            <source>the {name} cannot be redone: what it changed was changed again since (by a sync or another program)</source>
            <translation>операција „{name}“ не може да се понови: оно што је променила од тада је поново промењено (синхронизацијом или другим програмом)</translation>
        </message>
        <message>
            <source>a record of this step is gone</source>
            <translation>запис овог корака више не постоји</translation>
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
            <translation>породица модела {family}</translation>
        </message>
        <message>
            <source>model family {family}, but {maker} makes other products</source>
            <translation>породица модела {family}, али {maker} прави друге производе</translation>
        </message>
        <message>
            <source>brand {brand} ({vendor})</source>
            <translation>бренд {brand} ({vendor})</translation>
        </message>
        <message>
            <source>name {name}</source>
            <translation>назив {name}</translation>
        </message>
        <message>
            <source>label {seen} reads {owner}</source>
            <translation>натпис {seen} означава {owner}</translation>
        </message>
        <message>
            <source>model family {family}, read as {model}</source>
            <translation>породица модела {family}, прочитано као {model}</translation>
        </message>
        <message>
            <source>model family {family}, read as {model}, but {maker} makes other products</source>
            <translation>породица модела {family}, прочитано као {model}, али {maker} прави друге производе</translation>
        </message>
        <message>
            <source>{vendor} — {confidence}: {reasons}</source>
            <translation>{vendor} — {confidence}: {reasons}</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>сигурно</translation>
        </message>
        <message>
            <source>likely</source>
            <translation>вероватно</translation>
        </message>
        <message>
            <source>weak</source>
            <translation>слабо</translation>
        </message>
    </context>
    <context>
        <name>warnings</name>
        <message>
            <source>Camera</source>
            <translation>Камера</translation>
        </message>
        <message>
            <source>{camera} and {other} are probably one camera ({metres} m apart)</source>
            <translation>{camera} и {other} су вероватно једна камера (на {metres} м)</translation>
        </message>
        <message>
            <source>{camera} is already in {source} ({source_id}, {metres} m away)</source>
            <translation>{camera} је већ у {source} ({source_id}, на {metres} м)</translation>
        </message>
        <message numerus="yes">
            <source>The originals of %n photos are missing from the library ({names}): it holds none of them. If you moved the photo library, close SurveyApp and move it back to {library}; else import their files again</source>
            <translation>
                <numerusform>Оригинал %n фотографије недостаје у библиотеци ({names}): у њој нема ниједног. Ако сте преместили библиотеку фотографија, затворите SurveyApp и вратите је на њено место ({library}); иначе поново увезите њену датотеку</numerusform>
                <numerusform>Оригинали %n фотографије недостају у библиотеци ({names}): у њој нема ниједног. Ако сте преместили библиотеку фотографија, затворите SurveyApp и вратите је на њено место ({library}); иначе поново увезите њихове датотеке</numerusform>
                <numerusform>Оригинали %n фотографија недостају у библиотеци ({names}): у њој нема ниједног. Ако сте преместили библиотеку фотографија, затворите SurveyApp и вратите је на њено место ({library}); иначе поново увезите њихове датотеке</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The originals of %n photos are missing from the library ({names}): import their files again</source>
            <translation>
                <numerusform>Оригинал %n фотографије недостаје у библиотеци ({names}): поново увезите њену датотеку</numerusform>
                <numerusform>Оригинали %n фотографије недостају у библиотеци ({names}): поново увезите њихове датотеке</numerusform>
                <numerusform>Оригинали %n фотографија недостају у библиотеци ({names}): поново увезите њихове датотеке</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{camera} has no position: place it on the map (%n photos)</source>
            <translation>
                <numerusform>{camera} нема положај: поставите је на мапу (%n фотографија)</numerusform>
                <numerusform>{camera} нема положај: поставите је на мапу (%n фотографије)</numerusform>
                <numerusform>{camera} нема положај: поставите је на мапу (%n фотографија)</numerusform>
            </translation>
        </message>
        <message>
            <source>Photo {file_name} has no capture time</source>
            <translation>Фотографија {file_name} нема време снимања</translation>
        </message>
        <message>
            <source>Photo {file_name}: {warning}</source>
            <translation>Фотографија {file_name}: {warning}</translation>
        </message>
        <message>
            <source>{owner}'s photo {file_name}: {warning}</source>
            <translation>Фотографија {file_name} корисника {owner}: {warning}</translation>
        </message>
    </context>
</TS>
