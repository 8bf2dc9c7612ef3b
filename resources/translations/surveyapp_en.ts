<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>cli</name>
        <message>
            <source>list every camera</source>
            <translation>list every camera</translation>
        </message>
        <message>
            <source>as a JSON array</source>
            <translation>as a JSON array</translation>
        </message>
        <message>
            <source>edit a camera</source>
            <translation>edit a camera</translation>
        </message>
        <message>
            <source>set fields: camera:type=dome height=5 (empty clears)</source>
            <translation>set fields: camera:type=dome height=5 (empty clears)</translation>
        </message>
        <message>
            <source>camera id (or a unique prefix)</source>
            <translation>camera id (or a unique prefix)</translation>
        </message>
        <message>
            <source>place a camera by hand</source>
            <translation>place a camera by hand</translation>
        </message>
        <message>
            <source>merge cameras into the first one named</source>
            <translation>merge cameras into the first one named</translation>
        </message>
        <message>
            <source>move photos (id or sha256) into a new camera</source>
            <translation>move photos (id or sha256) into a new camera</translation>
        </message>
        <message>
            <source>delete a camera</source>
            <translation>delete a camera</translation>
        </message>
        <message>
            <source>list the fields and their allowed values</source>
            <translation>list the fields and their allowed values</translation>
        </message>
        <message>
            <source>vendor unknown</source>
            <translation>vendor unknown</translation>
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
            <translation>'{item}' is not key=value (e.g. camera:type=dome)</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>no position</translation>
        </message>
        <message>
            <source>no such folder: {path}</source>
            <translation>no such folder: {path}</translation>
        </message>
        <message>
            <source>import photos (files or folders, recursive)</source>
            <translation>import photos (files or folders, recursive)</translation>
        </message>
        <message>
            <source>one JSON object per file on stdout</source>
            <translation>one JSON object per file on stdout</translation>
        </message>
        <message>
            <source>list every photo</source>
            <translation>list every photo</translation>
        </message>
        <message>
            <source>no such file or folder: {path}</source>
            <translation>no such file or folder: {path}</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importing</translation>
        </message>
        <message>
            <source>error: {path}: {reason}</source>
            <translation>error: {path}: {reason}</translation>
        </message>
        <message>
            <source>interrupted: the photos imported so far are kept</source>
            <translation>interrupted: the photos imported so far are kept</translation>
        </message>
        <message>
            <source>error: {reason}</source>
            <translation>error: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n photos are in the survey; the next import skips them</source>
            <translation>
                <numerusform>%n photo is in the survey; the next import skips it</numerusform>
                <numerusform>%n photos are in the survey; the next import skips them</numerusform>
            </translation>
        </message>
        <message>
            <source>no photo of this import could be saved</source>
            <translation>no photo of this import could be saved</translation>
        </message>
        <message>
            <source>error: the disk is full: the database could not grow; the photos of earlier checkpoints are kept. Free some space and import again.</source>
            <translation>error: the disk is full: the database could not grow; the photos of earlier checkpoints are kept. Free some space and import again.</translation>
        </message>
        <message numerus="yes">
            <source>%n imported</source>
            <translation>
                <numerusform>%n imported</numerusform>
                <numerusform>%n imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicates</source>
            <translation>
                <numerusform>%n duplicate</numerusform>
                <numerusform>%n duplicates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without position</source>
            <translation>
                <numerusform>%n without position</numerusform>
                <numerusform>%n without position</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new cameras</source>
            <translation>
                <numerusform>%n new camera</numerusform>
                <numerusform>%n new cameras</numerusform>
            </translation>
        </message>
        <message>
            <source>the vendor catalogue</source>
            <translation>the vendor catalogue</translation>
        </message>
        <message>
            <source>model number or label text to identify</source>
            <translation>model number or label text to identify</translation>
        </message>
        <message>
            <source>vendors identify needs a model number or label text</source>
            <translation>vendors identify needs a model number or label text</translation>
        </message>
        <message>
            <source>no vendor recognised (vendor unknown is a valid answer)</source>
            <translation>no vendor recognised (vendor unknown is a valid answer)</translation>
        </message>
        <message>
            <source>FCC Covered List</source>
            <translation>FCC Covered List</translation>
        </message>
        <message>
            <source>brands: {names}</source>
            <translation>brands: {names}</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>who is watched: public street, private outdoor, indoor</source>
            <translation>who is watched: public street, private outdoor, indoor</translation>
        </message>
        <message>
            <source>what it is</source>
            <translation>what it is</translation>
        </message>
        <message>
            <source>what it watches</source>
            <translation>what it watches</translation>
        </message>
        <message>
            <source>housing: fixed, panning, dome</source>
            <translation>housing: fixed, panning, dome</translation>
        </message>
        <message>
            <source>what it is fixed to</source>
            <translation>what it is fixed to</translation>
        </message>
        <message>
            <source>where it looks</source>
            <translation>where it looks</translation>
        </message>
        <message>
            <source>metres above ground</source>
            <translation>metres above ground</translation>
        </message>
        <message>
            <source>who runs it</source>
            <translation>who runs it</translation>
        </message>
        <message>
            <source>the true maker</source>
            <translation>the true maker</translation>
        </message>
        <message>
            <source>maker's Q-id</source>
            <translation>maker's Q-id</translation>
        </message>
        <message>
            <source>the label on the housing</source>
            <translation>the label on the housing</translation>
        </message>
        <message>
            <source>the model number</source>
            <translation>the model number</translation>
        </message>
        <message>
            <source>seen = label or model read; shape = judged by its look; unknown</source>
            <translation>seen = label or model read; shape = judged by its look; unknown</translation>
        </message>
        <message>
            <source>present, removed, not_found</source>
            <translation>present, removed, not_found</translation>
        </message>
        <message>
            <source>last seen, YYYY-MM-DD</source>
            <translation>last seen, YYYY-MM-DD</translation>
        </message>
        <message>
            <source>the volunteer's notes</source>
            <translation>the volunteer's notes</translation>
        </message>
    </context>
    <context>
        <name>osm</name>
        <message>
            <source>public</source>
            <translation>public</translation>
        </message>
        <message>
            <source>outdoor</source>
            <translation>outdoor</translation>
        </message>
        <message>
            <source>indoor</source>
            <translation>indoor</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>camera</translation>
        </message>
        <message>
            <source>ALPR</source>
            <translation>ALPR</translation>
        </message>
        <message>
            <source>guard</source>
            <translation>guard</translation>
        </message>
        <message>
            <source>gunshot_detector</source>
            <translation>gunshot_detector</translation>
        </message>
        <message>
            <source>town</source>
            <translation>town</translation>
        </message>
        <message>
            <source>traffic</source>
            <translation>traffic</translation>
        </message>
        <message>
            <source>parking</source>
            <translation>parking</translation>
        </message>
        <message>
            <source>shop</source>
            <translation>shop</translation>
        </message>
        <message>
            <source>bank</source>
            <translation>bank</translation>
        </message>
        <message>
            <source>building</source>
            <translation>building</translation>
        </message>
        <message>
            <source>entrance</source>
            <translation>entrance</translation>
        </message>
        <message>
            <source>public_transport_platform</source>
            <translation>public_transport_platform</translation>
        </message>
        <message>
            <source>corridor</source>
            <translation>corridor</translation>
        </message>
        <message>
            <source>atm</source>
            <translation>atm</translation>
        </message>
        <message>
            <source>fixed</source>
            <translation>fixed</translation>
        </message>
        <message>
            <source>panning</source>
            <translation>panning</translation>
        </message>
        <message>
            <source>dome</source>
            <translation>dome</translation>
        </message>
        <message>
            <source>panorama</source>
            <translation>panorama</translation>
        </message>
        <message>
            <source>doorbell</source>
            <translation>doorbell</translation>
        </message>
        <message>
            <source>wall</source>
            <translation>wall</translation>
        </message>
        <message>
            <source>pole</source>
            <translation>pole</translation>
        </message>
        <message>
            <source>ceiling</source>
            <translation>ceiling</translation>
        </message>
        <message>
            <source>street_lamp</source>
            <translation>street_lamp</translation>
        </message>
        <message>
            <source>traffic_signal</source>
            <translation>traffic_signal</translation>
        </message>
        <message>
            <source>tree</source>
            <translation>tree</translation>
        </message>
        <message>
            <source>seen</source>
            <translation>seen</translation>
        </message>
        <message>
            <source>shape</source>
            <translation>shape</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>not_found</source>
            <translation>not_found</translation>
        </message>
    </context>
</TS>
