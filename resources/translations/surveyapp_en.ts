<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>BlurEditor</name>
        <message>
            <source>Blur before sharing</source>
            <translation>Blur before sharing</translation>
        </message>
        <message>
            <source>This is the copy that leaves the laptop. Drag to blur a rectangle; click a blurred region to leave it sharp, and click it again to blur it again.</source>
            <translation>This is the copy that leaves the laptop. Drag to blur a rectangle; click a blurred region to leave it sharp, and click it again to blur it again.</translation>
        </message>
        <message>
            <source>found and blurred</source>
            <translation>found and blurred</translation>
        </message>
        <message>
            <source>blurred by you</source>
            <translation>blurred by you</translation>
        </message>
        <message>
            <source>left sharp by you</source>
            <translation>left sharp by you</translation>
        </message>
        <message>
            <source>Making the shareable copy…</source>
            <translation>Making the shareable copy…</translation>
        </message>
        <message numerus="yes">
            <source>%n regions blurred in the shared copy.</source>
            <translation>
                <numerusform>%n region blurred in the shared copy.</numerusform>
                <numerusform>%n regions blurred in the shared copy.</numerusform>
            </translation>
        </message>
        <message>
            <source>This survey does not look for faces and plates.</source>
            <translation>This survey does not look for faces and plates.</translation>
        </message>
        <message>
            <source>Cannot show the shared copy: {error}</source>
            <translation>Cannot show the shared copy: {error}</translation>
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
            <translation>Kind</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Camera type</source>
            <translation>Camera type</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>Mount</translation>
        </message>
        <message>
            <source>Vendor confidence</source>
            <translation>Vendor confidence</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Height (m)</source>
            <translation>Height (m)</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Brand on housing</source>
            <translation>Brand on housing</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Check date</source>
            <translation>Check date</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>type a name or a brand (EZVIZ, Lorex…)</source>
            <translation>type a name or a brand (EZVIZ, Lorex…)</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>e.g. {model}</source>
            <translation>e.g. {model}</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Anything a reviewer should know</source>
            <translation>Anything a reviewer should know</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Metres above ground, e.g. 4.5</source>
            <translation>Metres above ground, e.g. 4.5</translation>
        </message>
        <message>
            <source>FCC Covered List</source>
            <translation>FCC Covered List</translation>
        </message>
        <message>
            <source>Not on Covered List</source>
            <translation>Not on Covered List</translation>
        </message>
        <message>
            <source>{field}: “{theirs}”, stored meanwhile by a sync or another program, was replaced by what you typed (Edit → Undo puts it back)</source>
            <translation>{field}: “{theirs}”, stored meanwhile by a sync or another program, was replaced by what you typed (Edit → Undo puts it back)</translation>
        </message>
        <message>
            <source>{line} (FCC Covered List)</source>
            <translation>{line} (FCC Covered List)</translation>
        </message>
        <message>
            <source>Looks like:</source>
            <translation>Looks like:</translation>
        </message>
        <message>
            <source>Use {vendor}</source>
            <translation>Use {vendor}</translation>
        </message>
    </context>
    <context>
        <name>CameraPanel</name>
        <message>
            <source>from the photos' GPS</source>
            <translation>from the photos' GPS</translation>
        </message>
        <message>
            <source>from the photos' XMP</source>
            <translation>from the photos' XMP</translation>
        </message>
        <message>
            <source>placed by hand</source>
            <translation>placed by hand</translation>
        </message>
        <message>
            <source>mean of merged cameras</source>
            <translation>mean of merged cameras</translation>
        </message>
        <message>
            <source>from a GPX track</source>
            <translation>from a GPX track</translation>
        </message>
        <message>
            <source>from the photos taken just before and after</source>
            <translation>from the photos taken just before and after</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync…&lt;/b&gt; (Ctrl+Shift+Y) brings the team's cameras to this laptop, and their newest changes at every sync. Import photos only of a walk of your own.</source>
            <translation>&lt;b&gt;Sync…&lt;/b&gt; (Ctrl+Shift+Y) brings the team's cameras to this laptop, and their newest changes at every sync. Import photos only of a walk of your own.</translation>
        </message>
        <message>
            <source>Select a camera in the list or on the map to see its photos and what its volunteer recorded.</source>
            <translation>Select a camera in the list or on the map to see its photos and what its volunteer recorded.</translation>
        </message>
        <message>
            <source>Check the &lt;b&gt;Review&lt;/b&gt; tab for conflicts, new and changed cameras and likely duplicates between volunteers.</source>
            <translation>Check the &lt;b&gt;Review&lt;/b&gt; tab for conflicts, new and changed cameras and likely duplicates between volunteers.</translation>
        </message>
        <message>
            <source>Import the photos of your walk: drop a folder on this window, or &lt;b&gt;Import photos&lt;/b&gt; (Ctrl+I).</source>
            <translation>Import the photos of your walk: drop a folder on this window, or &lt;b&gt;Import photos&lt;/b&gt; (Ctrl+I).</translation>
        </message>
        <message>
            <source>Photos taken a few metres and minutes apart become one camera.</source>
            <translation>Photos taken a few metres and minutes apart become one camera.</translation>
        </message>
        <message>
            <source>Select a camera in the list or on the map to see its photos and record what you saw: vendor, type, mount, direction.</source>
            <translation>Select a camera in the list or on the map to see its photos and record what you saw: vendor, type, mount, direction.</translation>
        </message>
        <message>
            <source>Check the &lt;b&gt;Warnings&lt;/b&gt; tab for likely duplicates and cameras without a position.</source>
            <translation>Check the &lt;b&gt;Warnings&lt;/b&gt; tab for likely duplicates and cameras without a position.</translation>
        </message>
        <message>
            <source>How to start</source>
            <translation>How to start</translation>
        </message>
        <message>
            <source>Merge into one camera</source>
            <translation>Merge into one camera</translation>
        </message>
        <message>
            <source>The first selected camera keeps its values; empty ones are filled from the others</source>
            <translation>The first selected camera keeps its values; empty ones are filled from the others</translation>
        </message>
        <message>
            <source>Delete selected cameras…</source>
            <translation>Delete selected cameras…</translation>
        </message>
        <message>
            <source>Team review:</source>
            <translation>Team review:</translation>
        </message>
        <message>
            <source>Back to the photos' GPS position</source>
            <translation>Back to the photos' GPS position</translation>
        </message>
        <message>
            <source>Undo the placement by hand: the mean of the photos' GPS positions</source>
            <translation>Undo the placement by hand: the mean of the photos' GPS positions</translation>
        </message>
        <message>
            <source>Double-click to open; select photos to split them off</source>
            <translation>Double-click to open; select photos to split them off</translation>
        </message>
        <message>
            <source>Split off selected photos</source>
            <translation>Split off selected photos</translation>
        </message>
        <message>
            <source>Delete camera…</source>
            <translation>Delete camera…</translation>
        </message>
        <message>
            <source>Show the camera it went into</source>
            <translation>Show the camera it went into</translation>
        </message>
        <message>
            <source>Put what you typed on the camera it went into</source>
            <translation>Put what you typed on the camera it went into</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras selected.</source>
            <translation>
                <numerusform>%n camera selected.</numerusform>
                <numerusform>%n cameras selected.</numerusform>
            </translation>
        </message>
        <message>
            <source>Merging keeps every photo; the first selected camera's values win, empty ones are filled from the others and notes are joined.</source>
            <translation>Merging keeps every photo; the first selected camera's values win, empty ones are filled from the others and notes are joined.</translation>
        </message>
        <message>
            <source>Camera (vendor not identified yet)</source>
            <translation>Camera (vendor not identified yet)</translation>
        </message>
        <message>
            <source>No position yet: click the map to place it.</source>
            <translation>No position yet: click the map to place it.</translation>
        </message>
        <message>
            <source>No position yet.</source>
            <translation>No position yet.</translation>
        </message>
        <message>
            <source>(± {metres} m)</source>
            <translation>(± {metres} m)</translation>
        </message>
        <message>
            <source>changed since last sync</source>
            <translation>changed since last sync</translation>
        </message>
        <message>
            <source>a change refused by the server: see Sync</source>
            <translation>a change refused by the server: see Sync</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>synced</translation>
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
            <translation>camera {id}</translation>
        </message>
        <message>
            <source>bearing {degrees}°</source>
            <translation>bearing {degrees}°</translation>
        </message>
        <message>
            <source>no time</source>
            <translation>no time</translation>
        </message>
        <message>
            <source>Mapped by {owner}: your changes reach them with the next sync.</source>
            <translation>Mapped by {owner}: your changes reach them with the next sync.</translation>
        </message>
        <message>
            <source>Mapped by {owner}: only they or a reviewer can change it.</source>
            <translation>Mapped by {owner}: only they or a reviewer can change it.</translation>
        </message>
        <message>
            <source>Your decision reaches the team with the next sync</source>
            <translation>Your decision reaches the team with the next sync</translation>
        </message>
        <message>
            <source>Set by the team's reviewers (the server says at each sync who is one)</source>
            <translation>Set by the team's reviewers (the server says at each sync who is one)</translation>
        </message>
        <message>
            <source>This verified camera has no position: the published map shows it once it is placed.</source>
            <translation>This verified camera has no position: the published map shows it once it is placed.</translation>
        </message>
        <message numerus="yes">
            <source>Split off %n photos</source>
            <translation>
                <numerusform>Split off %n photo</numerusform>
                <numerusform>Split off %n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>This camera was merged into camera {camera} by {who} (brought by a sync).</source>
            <translation>This camera was merged into camera {camera} by {who} (brought by a sync).</translation>
        </message>
        <message>
            <source>This camera was merged into camera {camera} (brought by a sync).</source>
            <translation>This camera was merged into camera {camera} (brought by a sync).</translation>
        </message>
        <message>
            <source>What you typed has not been saved: {typed}.</source>
            <translation>What you typed has not been saved: {typed}.</translation>
        </message>
        <message>
            <source>Camera {camera} is a teammate's: only they or a reviewer can change it.</source>
            <translation>Camera {camera} is a teammate's: only they or a reviewer can change it.</translation>
        </message>
        <message>
            <source>The camera was merged into camera {camera} by {who} (brought by a sync): what you typed was not saved ({typed})</source>
            <translation>The camera was merged into camera {camera} by {who} (brought by a sync): what you typed was not saved ({typed})</translation>
        </message>
        <message>
            <source>The camera was merged into camera {camera} (brought by a sync): what you typed was not saved ({typed})</source>
            <translation>The camera was merged into camera {camera} (brought by a sync): what you typed was not saved ({typed})</translation>
        </message>
        <message>
            <source>The camera was deleted meanwhile (by a sync or another program): what you typed was not saved ({typed})</source>
            <translation>The camera was deleted meanwhile (by a sync or another program): what you typed was not saved ({typed})</translation>
        </message>
    </context>
    <context>
        <name>CameraSide</name>
        <message>
            <source>Loading the photos…</source>
            <translation>Loading the photos…</translation>
        </message>
        <message>
            <source>Previous photo</source>
            <translation>Previous photo</translation>
        </message>
        <message>
            <source>Next photo</source>
            <translation>Next photo</translation>
        </message>
        <message>
            <source>Download the photo</source>
            <translation>Download the photo</translation>
        </message>
        <message>
            <source>Bring its shared copy (blurred, without personal data) from the team's server</source>
            <translation>Bring its shared copy (blurred, without personal data) from the team's server</translation>
        </message>
        <message>
            <source>This camera is gone (merged or deleted meanwhile).</source>
            <translation>This camera is gone (merged or deleted meanwhile).</translation>
        </message>
        <message>
            <source>Vendor and type not recorded yet</source>
            <translation>Vendor and type not recorded yet</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>No photo</translation>
        </message>
        <message>
            <source>photo {index} of {count}</source>
            <translation>photo {index} of {count}</translation>
        </message>
        <message>
            <source>no time</source>
            <translation>no time</translation>
        </message>
        <message>
            <source>Cannot open the photo: {error}</source>
            <translation>Cannot open the photo: {error}</translation>
        </message>
        <message>
            <source>Downloading the photo from the team's server…</source>
            <translation>Downloading the photo from the team's server…</translation>
        </message>
        <message>
            <source>The photo could not be downloaded: {reason}</source>
            <translation>The photo could not be downloaded: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CameraTable</name>
        <message>
            <source>exif</source>
            <translation>exif</translation>
        </message>
        <message>
            <source>xmp</source>
            <translation>xmp</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>merged</translation>
        </message>
        <message>
            <source>gpx</source>
            <translation>gpx</translation>
        </message>
        <message>
            <source>neighbours</source>
            <translation>neighbours</translation>
        </message>
        <message>
            <source>No position yet</source>
            <translation>No position yet</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>unverified</source>
            <translation>unverified</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verified</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>disputed</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>pending</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>synced</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>Mount</translation>
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
            <translation>Checked</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Search vendor, model, street, type… (Ctrl+F)</source>
            <translation>Search vendor, model, street, type… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Any vendor</source>
            <translation>Any vendor</translation>
        </message>
        <message>
            <source>Vendor unknown</source>
            <translation>Vendor unknown</translation>
        </message>
        <message>
            <source>{vendor} (covered)</source>
            <translation>{vendor} (covered)</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Any type</translation>
        </message>
        <message>
            <source>Type unknown</source>
            <translation>Type unknown</translation>
        </message>
        <message>
            <source>Any review</source>
            <translation>Any review</translation>
        </message>
        <message>
            <source>Covered List</source>
            <translation>Covered List</translation>
        </message>
        <message>
            <source>Only vendors on the US FCC Covered List</source>
            <translation>Only vendors on the US FCC Covered List</translation>
        </message>
        <message>
            <source>No position</source>
            <translation>No position</translation>
        </message>
        <message>
            <source>Unsynced</source>
            <translation>Unsynced</translation>
        </message>
        <message>
            <source>Cameras with a change waiting to sync, or one the server refused</source>
            <translation>Cameras with a change waiting to sync, or one the server refused</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras</source>
            <translation>
                <numerusform>%n camera</numerusform>
                <numerusform>%n cameras</numerusform>
            </translation>
        </message>
        <message>
            <source>No camera matches (of {total})</source>
            <translation>No camera matches (of {total})</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} of {total}</translation>
        </message>
    </context>
    <context>
        <name>CameraTableModel</name>
        <message>
            <source>vendor unknown</source>
            <translation>vendor unknown</translation>
        </message>
        <message>
            <source>model {model}</source>
            <translation>model {model}</translation>
        </message>
        <message>
            <source>on the FCC Covered List</source>
            <translation>on the FCC Covered List</translation>
        </message>
    </context>
    <context>
        <name>Compass</name>
        <message>
            <source>Where the phone pointed (GPS bearing)</source>
            <translation>Where the phone pointed (GPS bearing)</translation>
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
            <translation>unknown</translation>
        </message>
        <message>
            <source>Degrees clockwise from north (135), a compass point (SE) or 90-270</source>
            <translation>Degrees clockwise from north (135), a compass point (SE) or 90-270</translation>
        </message>
        <message>
            <source>Drag to set the direction (north is up)</source>
            <translation>Drag to set the direction (north is up)</translation>
        </message>
        <message>
            <source>Use photo bearing {degrees}°</source>
            <translation>Use photo bearing {degrees}°</translation>
        </message>
        <message>
            <source>unknown (photo bearing {degrees}°)</source>
            <translation>unknown (photo bearing {degrees}°)</translation>
        </message>
    </context>
    <context>
        <name>DownloadDialog</name>
        <message>
            <source>Download this area for offline use</source>
            <translation>Download this area for offline use</translation>
        </message>
        <message>
            <source>This tile server's terms allow downloading its tiles</source>
            <translation>This tile server's terms allow downloading its tiles</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Download</translation>
        </message>
        <message>
            <source>Tile server</source>
            <translation>Tile server</translation>
        </message>
        <message>
            <source>From zoom</source>
            <translation>From zoom</translation>
        </message>
        <message>
            <source>To zoom</source>
            <translation>To zoom</translation>
        </message>
        <message>
            <source>{count} tiles, about {size}</source>
            <translation>{count} tiles, about {size}</translation>
        </message>
        <message>
            <source>too many: choose fewer zooms or a smaller area</source>
            <translation>too many: choose fewer zooms or a smaller area</translation>
        </message>
        <message>
            <source>Cancelled: nothing was kept.</source>
            <translation>Cancelled: nothing was kept.</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Downloading…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>{done} of {total} tiles, {size}</source>
            <translation>{done} of {total} tiles, {size}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{count} tiles saved for offline use ({size}).</source>
            <translation>{count} tiles saved for offline use ({size}).</translation>
        </message>
    </context>
    <context>
        <name>DuplicateDialog</name>
        <message>
            <source>One camera or two?</source>
            <translation>One camera or two?</translation>
        </message>
        <message>
            <source>These two cameras are {metres} m apart and of the same vendor and type. Do the photos show one camera?</source>
            <translation>These two cameras are {metres} m apart and of the same vendor and type. Do the photos show one camera?</translation>
        </message>
        <message>
            <source>Merge: one camera</source>
            <translation>Merge: one camera</translation>
        </message>
        <message>
            <source>Merge the newer camera into the older one (Edit → Undo takes it back)</source>
            <translation>Merge the newer camera into the older one (Edit → Undo takes it back)</translation>
        </message>
        <message>
            <source>Not the same</source>
            <translation>Not the same</translation>
        </message>
        <message>
            <source>Two cameras: remembered, also for the team, so the warning goes away</source>
            <translation>Two cameras: remembered, also for the team, so the warning goes away</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Decide later</translation>
        </message>
        <message>
            <source>Another volunteer mapped one of them: only a reviewer can merge them</source>
            <translation>Another volunteer mapped one of them: only a reviewer can merge them</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>the {edit} was set aside (it stays as it is), but {error}</source>
            <translation>the {edit} was set aside (it stays as it is), but {error}</translation>
        </message>
        <message>
            <source>Redo again sets the {edit} aside (it stays undone) and redoes the {before} after it.</source>
            <translation>Redo again sets the {edit} aside (it stays undone) and redoes the {before} after it.</translation>
        </message>
        <message>
            <source>Redo again sets the {edit} aside (it stays undone).</source>
            <translation>Redo again sets the {edit} aside (it stays undone).</translation>
        </message>
        <message>
            <source>Undo again sets the {edit} aside (it stays as it is) and undoes the {before} before it.</source>
            <translation>Undo again sets the {edit} aside (it stays as it is) and undoes the {before} before it.</translation>
        </message>
        <message>
            <source>Undo again sets the {edit} aside (it stays as it is).</source>
            <translation>Undo again sets the {edit} aside (it stays as it is).</translation>
        </message>
        <message>
            <source>The edit was not saved: {error}</source>
            <translation>The edit was not saved: {error}</translation>
        </message>
        <message>
            <source>the {edit} was set aside (it stays undone), but {error}</source>
            <translation>the {edit} was set aside (it stays undone), but {error}</translation>
        </message>
        <message>
            <source>The move was not saved: {error}</source>
            <translation>The move was not saved: {error}</translation>
        </message>
        <message>
            <source>The review was not saved: {error}</source>
            <translation>The review was not saved: {error}</translation>
        </message>
        <message>
            <source>The merge was not saved: {error}</source>
            <translation>The merge was not saved: {error}</translation>
        </message>
        <message>
            <source>The split was not saved: {error}</source>
            <translation>The split was not saved: {error}</translation>
        </message>
        <message>
            <source>The decision was not saved: {error}</source>
            <translation>The decision was not saved: {error}</translation>
        </message>
        <message>
            <source>The deletion was not saved: {error}</source>
            <translation>The deletion was not saved: {error}</translation>
        </message>
        <message>
            <source>Nothing was undone: {error}</source>
            <translation>Nothing was undone: {error}</translation>
        </message>
        <message>
            <source>Nothing was redone: {error}</source>
            <translation>Nothing was redone: {error}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the survey</source>
            <translation>Export the survey</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>All cameras</source>
            <translation>All cameras</translation>
        </message>
        <message numerus="yes">
            <source>The %n cameras the list shows (filtered)</source>
            <translation>
                <numerusform>The %n camera the list shows (filtered)</numerusform>
                <numerusform>The %n cameras the list shows (filtered)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n selected cameras</source>
            <translation>
                <numerusform>The %n selected camera</numerusform>
                <numerusform>The %n selected cameras</numerusform>
            </translation>
        </message>
        <message>
            <source>Only the cameras the team's reviewers verified</source>
            <translation>Only the cameras the team's reviewers verified</translation>
        </message>
        <message>
            <source>Dates only, no times of day (for publication)</source>
            <translation>Dates only, no times of day (for publication)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Cameras</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Export to</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>Cancelled; no file was written.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message numerus="yes">
            <source>Exported the GeoJSON and %n photos to {path}</source>
            <translation>
                <numerusform>Exported the GeoJSON and %n photo to {path}</numerusform>
                <numerusform>Exported the GeoJSON and %n photos to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n cameras to {path}</source>
            <translation>
                <numerusform>Exported %n camera to {path}</numerusform>
                <numerusform>Exported %n cameras to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras without a position were left out: place them on the map first</source>
            <translation>
                <numerusform>%n camera without a position was left out: place it on the map first</numerusform>
                <numerusform>%n cameras without a position were left out: place them on the map first</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos are counted but not named in the file: they have no shared copy yet (the next sync makes them; the zip makes its own)</source>
            <translation>
                <numerusform>%n photos are counted but not named in the file: they have no shared copy yet (the next sync makes them; the zip makes its own)</numerusform>
                <numerusform>%n photos are counted but not named in the file: they have no shared copy yet (the next sync makes them; the zip makes its own)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos were left out: their files are damaged (the zip's README.txt names them)</source>
            <translation>
                <numerusform>%n photo was left out: its file is damaged (the zip's README.txt names it)</numerusform>
                <numerusform>%n photos were left out: their files are damaged (the zip's README.txt names them)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export failed: {error}</source>
            <translation>Export failed: {error}</translation>
        </message>
    </context>
    <context>
        <name>GeotagDialog</name>
        <message>
            <source>Geotag photos without GPS</source>
            <translation>Geotag photos without GPS</translation>
        </message>
        <message>
            <source>From a GPS track</source>
            <translation>From a GPS track</translation>
        </message>
        <message>
            <source>From the same device's photos taken just before and after</source>
            <translation>From the same device's photos taken just before and after</translation>
        </message>
        <message>
            <source>a GPX file from the phone's logger app</source>
            <translation>a GPX file from the phone's logger app</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>automatic, or e.g. +02:00:00</source>
            <translation>automatic, or e.g. +02:00:00</translation>
        </message>
        <message>
            <source>s</source>
            <comment>seconds</comment>
            <translation>s</translation>
        </message>
        <message>
            <source>Track:</source>
            <translation>Track:</translation>
        </message>
        <message>
            <source>Clock offset from UTC:</source>
            <translation>Clock offset from UTC:</translation>
        </message>
        <message>
            <source>Time zone of photos without one:</source>
            <translation>Time zone of photos without one:</translation>
        </message>
        <message>
            <source>Largest gap between fixes:</source>
            <translation>Largest gap between fixes:</translation>
        </message>
        <message>
            <source>Neighbours within:</source>
            <translation>Neighbours within:</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Offset</translation>
        </message>
        <message>
            <source>New place</source>
            <translation>New place</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Moved</translation>
        </message>
        <message>
            <source>Use as its true time</source>
            <translation>Use as its true time</translation>
        </message>
        <message>
            <source>Clock check: the chosen photo was taken at</source>
            <translation>Clock check: the chosen photo was taken at</translation>
        </message>
        <message>
            <source>…or click on the track where it was taken (the wheel zooms in to the streets); the offset applies to its device.</source>
            <translation>…or click on the track where it was taken (the wheel zooms in to the streets); the offset applies to its device.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Undo last geotagging</source>
            <translation>Undo last geotagging</translation>
        </message>
        <message>
            <source>GPS track</source>
            <translation>GPS track</translation>
        </message>
        <message>
            <source>GPS tracks (*.gpx)</source>
            <translation>GPS tracks (*.gpx)</translation>
        </message>
        <message>
            <source>Choose a GPS track (a .gpx file) first.</source>
            <translation>Choose a GPS track (a .gpx file) first.</translation>
        </message>
        <message>
            <source>Reading the track…</source>
            <translation>Reading the track…</translation>
        </message>
        <message>
            <source>Reading the track was cancelled.</source>
            <translation>Reading the track was cancelled.</translation>
        </message>
        <message>
            <source>Working out where each photo goes…</source>
            <translation>Working out where each photo goes…</translation>
        </message>
        <message>
            <source>Clock offsets (wall clock minus UTC):</source>
            <translation>Clock offsets (wall clock minus UTC):</translation>
        </message>
        <message numerus="yes">
            <source>{device}: {offset} from {source}, %n photos</source>
            <translation>
                <numerusform>{device}: {offset} from {source}, %n photo</numerusform>
                <numerusform>{device}: {offset} from {source}, %n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>Use {offset}</source>
            <translation>Use {offset}</translation>
        </message>
        <message>
            <source>{metres} m</source>
            <translation>{metres} m</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>{placed}; {refused}.</source>
            <translation>{placed}; {refused}.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos can be placed</source>
            <translation>
                <numerusform>%n photo can be placed</numerusform>
                <numerusform>%n photos can be placed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot</source>
            <translation>
                <numerusform>%n cannot</numerusform>
                <numerusform>%n cannot</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is changed until you apply.</source>
            <translation>Nothing is changed until you apply.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos are in cameras placed by hand: the photos get their new position, the cameras keep their place.</source>
            <translation>
                <numerusform>%n photo is in a camera placed by hand: the photo gets its new position, the camera keeps its place.</numerusform>
                <numerusform>%n photos are in cameras placed by hand: the photos get their new position, the cameras keep their place.</numerusform>
            </translation>
        </message>
        <message>
            <source>The track runs from {start} to {end} ({zone}).</source>
            <translation>The track runs from {start} to {end} ({zone}).</translation>
        </message>
        <message>
            <source>Choose a photo in the list and a time zone first.</source>
            <translation>Choose a photo in the list and a time zone first.</translation>
        </message>
        <message>
            <source>Choose a photo in the list, then click where it was taken.</source>
            <translation>Choose a photo in the list, then click where it was taken.</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras joined a camera nearby (taken within 15 m and 10 min).</source>
            <translation>
                <numerusform>%n cameras joined a camera nearby (taken within 15 m and 10 min).</numerusform>
                <numerusform>%n cameras joined a camera nearby (taken within 15 m and 10 min).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras placed by hand kept their place; their photos were geotagged all the same.</source>
            <translation>
                <numerusform>%n camera placed by hand kept its place; its photos were geotagged all the same.</numerusform>
                <numerusform>%n cameras placed by hand kept their place; their photos were geotagged all the same.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos geotagged.</source>
            <translation>
                <numerusform>%n photo geotagged.</numerusform>
                <numerusform>%n photos geotagged.</numerusform>
            </translation>
        </message>
        <message>
            <source>“Undo last geotagging” puts them back.</source>
            <translation>“Undo last geotagging” puts them back.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos put back where they were.</source>
            <translation>
                <numerusform>%n photo put back where it was.</numerusform>
                <numerusform>%n photos put back where they were.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HelpGuide</name>
        <message>
            <source>Using SurveyApp</source>
            <translation>Using SurveyApp</translation>
        </message>
        <message>
            <source>The walk</source>
            <translation>The walk</translation>
        </message>
        <message>
            <source>Photograph each camera from where you can see it, pointing the phone at it: the photo keeps the position, the time and the direction the phone faced. Two or three photos of one camera, a few metres apart, are one camera here.</source>
            <translation>Photograph each camera from where you can see it, pointing the phone at it: the photo keeps the position, the time and the direction the phone faced. Two or three photos of one camera, a few metres apart, are one camera here.</translation>
        </message>
        <message>
            <source>The import</source>
            <translation>The import</translation>
        </message>
        <message>
            <source>Import photos… (or drop a card's folder on the window) copies the photos into the survey's library; photos already there are skipped, other files are counted and left alone. The summary lists what needs a look: photos without a position (place them by clicking the map), without a time, or damaged.</source>
            <translation>Import photos… (or drop a card's folder on the window) copies the photos into the survey's library; photos already there are skipped, other files are counted and left alone. The summary lists what needs a look: photos without a position (place them by clicking the map), without a time, or damaged.</translation>
        </message>
        <message>
            <source>Identifying</source>
            <translation>Identifying</translation>
        </message>
        <message>
            <source>Select a camera in the list or on the map and fill in what you saw: vendor, type, mount, direction. Type the model number printed on the label: the panel says which vendor it looks like. Vendor unknown is a valid answer.</source>
            <translation>Select a camera in the list or on the map and fill in what you saw: vendor, type, mount, direction. Type the model number printed on the label: the panel says which vendor it looks like. Vendor unknown is a valid answer.</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Syncing</translation>
        </message>
        <message>
            <source>Sync… sends your cameras and photos to the team's server and brings back everyone else's. It can be stopped and run again at any time: nothing is lost or sent twice.</source>
            <translation>Sync… sends your cameras and photos to the team's server and brings back everyone else's. It can be stopped and run again at any time: nothing is lost or sent twice.</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privacy</translation>
        </message>
        <message>
            <source>Photos leave this laptop only through a sync you start, as copies without personal metadata; faces and licence plates can be blurred first (Camera → Blur before sharing…). Before a first sync, the window shows what will be shared.</source>
            <translation>Photos leave this laptop only through a sync you start, as copies without personal metadata; faces and licence plates can be blurred first (Camera → Blur before sharing…). Before a first sync, the window shows what will be shared.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>The survey is the file {database}; its photos are in {library}.</source>
            <translation>The survey is the file {database}; its photos are in {library}.</translation>
        </message>
        <message>
            <source>Where your data is</source>
            <translation>Where your data is</translation>
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
            <translation>label</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import photos</source>
            <translation>Import photos</translation>
        </message>
        <message>
            <source>Looking for photos…</source>
            <translation>Looking for photos…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop after the current photo; what is imported is kept</source>
            <translation>Stop after the current photo; what is imported is kept</translation>
        </message>
        <message>
            <source>Importing photo {done} of {total}</source>
            <translation>Importing photo {done} of {total}</translation>
        </message>
        <message>
            <source>Stopping after this photo…</source>
            <translation>Stopping after this photo…</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Import cancelled</translation>
        </message>
        <message>
            <source>The import stopped</source>
            <translation>The import stopped</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ImportSummaryView</name>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Files that were not imported, and photos that need a look:</source>
            <translation>Files that were not imported, and photos that need a look:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>no position</translation>
        </message>
        <message>
            <source>The photo has no GPS position.</source>
            <translation>The photo has no GPS position.</translation>
        </message>
        <message>
            <source>no time</source>
            <translation>no time</translation>
        </message>
        <message>
            <source>The photo does not say when it was taken.</source>
            <translation>The photo does not say when it was taken.</translation>
        </message>
        <message>
            <source>damaged picture</source>
            <translation>damaged picture</translation>
        </message>
        <message>
            <source>clocks disagree</source>
            <translation>clocks disagree</translation>
        </message>
        <message numerus="yes">
            <source>%n new cameras</source>
            <comment>after: N photos imported into</comment>
            <translation>
                <numerusform>%n new camera</numerusform>
                <numerusform>%n new cameras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos imported into {cameras}</source>
            <translation>
                <numerusform>%n photo imported into {cameras}</numerusform>
                <numerusform>%n photos imported into {cameras}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n originals restored in the library</source>
            <translation>
                <numerusform>%n originals restored in the library</numerusform>
                <numerusform>%n originals restored in the library</numerusform>
            </translation>
        </message>
        <message>
            <source>(cancelled: what was imported is kept)</source>
            <translation>(cancelled: what was imported is kept)</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Already in the survey, original restored</source>
            <translation>Already in the survey, original restored</translation>
        </message>
        <message>
            <source>Already in the survey (skipped)</source>
            <translation>Already in the survey (skipped)</translation>
        </message>
        <message>
            <source>Not imported (errors)</source>
            <translation>Not imported (errors)</translation>
        </message>
        <message>
            <source>Imported without a position</source>
            <translation>Imported without a position</translation>
        </message>
        <message>
            <source>Imported without a capture time</source>
            <translation>Imported without a capture time</translation>
        </message>
        <message>
            <source>Imported with a damaged picture</source>
            <translation>Imported with a damaged picture</translation>
        </message>
        <message>
            <source>Imported with two clocks that disagree</source>
            <translation>Imported with two clocks that disagree</translation>
        </message>
        <message numerus="yes">
            <source>%n files skipped: not photos</source>
            <translation>
                <numerusform>%n file skipped: not a photo</numerusform>
                <numerusform>%n files skipped: not photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos carry notes on their metadata that need nothing from you (shown in each photo's details)</source>
            <translation>
                <numerusform>%n photo carries notes on its metadata that need nothing from you (shown in the photo's details)</numerusform>
                <numerusform>%n photos carry notes on their metadata that need nothing from you (shown in each photo's details)</numerusform>
            </translation>
        </message>
        <message>
            <source>not imported</source>
            <translation>not imported</translation>
        </message>
        <message>
            <source>folder not read</source>
            <translation>folder not read</translation>
        </message>
        <message>
            <source>Cameras without a position are listed under “No position”: select one and click the map where it is.</source>
            <translation>Cameras without a position are listed under “No position”: select one and click the map where it is.</translation>
        </message>
        <message>
            <source>Photos whose original was missing from the library have it back: their exports, blurring and sync use it again.</source>
            <translation>Photos whose original was missing from the library have it back: their exports, blurring and sync use it again.</translation>
        </message>
        <message>
            <source>Photos already in the survey were skipped; nothing was copied twice.</source>
            <translation>Photos already in the survey were skipped; nothing was copied twice.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>read-only</source>
            <translation>read-only</translation>
        </message>
        <message numerus="yes">
            <source>%n photos placed where their neighbours suggest</source>
            <translation>
                <numerusform>%n photo placed where its neighbours suggest</numerusform>
                <numerusform>%n photos placed where their neighbours suggest</numerusform>
            </translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Cameras</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>The survey file was moved while SurveyApp had it open. It is now at {now}, with every change saved so far. SurveyApp saves no more changes to it from here: open it where it is now (Settings, Survey database, then start SurveyApp again).</source>
            <translation>The survey file was moved while SurveyApp had it open. It is now at {now}, with every change saved so far. SurveyApp saves no more changes to it from here: open it where it is now (Settings, Survey database, then start SurveyApp again).</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Loading cameras…</source>
            <translation>Loading cameras…</translation>
        </message>
        <message>
            <source>Import photos…</source>
            <translation>Import photos…</translation>
        </message>
        <message>
            <source>Import photos or a folder</source>
            <translation>Import photos or a folder</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Merge the selected cameras</source>
            <translation>Merge the selected cameras</translation>
        </message>
        <message>
            <source>Split photos</source>
            <translation>Split photos</translation>
        </message>
        <message>
            <source>Move the selected photos into a new camera</source>
            <translation>Move the selected photos into a new camera</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected cameras</source>
            <translation>Delete the selected cameras</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Undo your last edit</source>
            <translation>Undo your last edit</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Redo the edit undone last</source>
            <translation>Redo the edit undone last</translation>
        </message>
        <message>
            <source>Next camera</source>
            <translation>Next camera</translation>
        </message>
        <message>
            <source>Previous camera</source>
            <translation>Previous camera</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Show all cameras</source>
            <translation>Show all cameras</translation>
        </message>
        <message>
            <source>Show photos large</source>
            <translation>Show photos large</translation>
        </message>
        <message>
            <source>The selected camera's photos under the map, with previous, next and zoom</source>
            <translation>The selected camera's photos under the map, with previous, next and zoom</translation>
        </message>
        <message>
            <source>Geotag from a GPS track…</source>
            <translation>Geotag from a GPS track…</translation>
        </message>
        <message>
            <source>Place photos without GPS from a GPS track or from the photos taken around them</source>
            <translation>Place photos without GPS from a GPS track or from the photos taken around them</translation>
        </message>
        <message>
            <source>Import already-mapped cameras…</source>
            <translation>Import already-mapped cameras…</translation>
        </message>
        <message>
            <source>Load an OpenStreetMap (Overpass) or GeoJSON file of cameras others mapped</source>
            <translation>Load an OpenStreetMap (Overpass) or GeoJSON file of cameras others mapped</translation>
        </message>
        <message>
            <source>Sync…</source>
            <translation>Sync…</translation>
        </message>
        <message>
            <source>Sync with the team's server</source>
            <translation>Sync with the team's server</translation>
        </message>
        <message>
            <source>Blur before sharing…</source>
            <translation>Blur before sharing…</translation>
        </message>
        <message>
            <source>See and correct what is blurred in the selected photo's shared copy</source>
            <translation>See and correct what is blurred in the selected photo's shared copy</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>About SurveyApp</source>
            <translation>About SurveyApp</translation>
        </message>
        <message>
            <source>Using SurveyApp</source>
            <translation>Using SurveyApp</translation>
        </message>
        <message>
            <source>Identifying a camera</source>
            <translation>Identifying a camera</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Main</translation>
        </message>
        <message>
            <source>&amp;Survey</source>
            <translation>&amp;Survey</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Camera</source>
            <translation>&amp;Camera</translation>
        </message>
        <message>
            <source>&amp;Map</source>
            <translation>&amp;Map</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>The offline basemap cannot be used: {error}</source>
            <translation>The offline basemap cannot be used: {error}</translation>
        </message>
        <message>
            <source>The survey file {path} was deleted while SurveyApp had it open. SurveyApp still holds it: save a copy now, or it is gone when SurveyApp closes. No change is saved until you open a copy.</source>
            <translation>The survey file {path} was deleted while SurveyApp had it open. SurveyApp still holds it: save a copy now, or it is gone when SurveyApp closes. No change is saved until you open a copy.</translation>
        </message>
        <message>
            <source>The survey file {path} was moved or deleted while SurveyApp had it open. SurveyApp saves no more changes to it; save a copy now if it was deleted.</source>
            <translation>The survey file {path} was moved or deleted while SurveyApp had it open. SurveyApp saves no more changes to it; save a copy now if it was deleted.</translation>
        </message>
        <message>
            <source>Survey file moved</source>
            <translation>Survey file moved</translation>
        </message>
        <message>
            <source>Survey file deleted</source>
            <translation>Survey file deleted</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Save a copy…</translation>
        </message>
        <message>
            <source>{name} (saved copy)</source>
            <translation>{name} (saved copy)</translation>
        </message>
        <message>
            <source>Save a copy of the survey</source>
            <translation>Save a copy of the survey</translation>
        </message>
        <message>
            <source>Choose another name: SurveyApp still uses {name} until it closes.</source>
            <translation>Choose another name: SurveyApp still uses {name} until it closes.</translation>
        </message>
        <message>
            <source>The copy could not be saved: {error}</source>
            <translation>The copy could not be saved: {error}</translation>
        </message>
        <message>
            <source>Saved: {copy}. Its photos are in {library}: quit SurveyApp, give the copy the name {name} and open it.</source>
            <translation>Saved: {copy}. Its photos are in {library}: quit SurveyApp, give the copy the name {name} and open it.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Nothing waiting to sync</source>
            <translation>Nothing waiting to sync</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos waiting</source>
            <translation>
                <numerusform>%n photo waiting</numerusform>
                <numerusform>%n photos waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos waiting for a teammate's laptop</source>
            <translation>
                <numerusform>%n photo waiting for a teammate's laptop</numerusform>
                <numerusform>%n photos waiting for a teammate's laptop</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n refused</numerusform>
                <numerusform>%n refused</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused some changes: no sync sends them again. Sync lists them with the reason; discarding one takes the server's values back.</source>
            <translation>The server refused some changes: no sync sends them again. Sync lists them with the reason; discarding one takes the server's values back.</translation>
        </message>
        <message>
            <source>this laptop has not synced with the team's server yet</source>
            <translation>this laptop has not synced with the team's server yet</translation>
        </message>
        <message>
            <source>no token for {server}: sync from the Sync dialog first (Remember keeps it)</source>
            <translation>no token for {server}: sync from the Sync dialog first (Remember keeps it)</translation>
        </message>
        <message>
            <source>Select a photo in the camera panel first.</source>
            <translation>Select a photo in the camera panel first.</translation>
        </message>
        <message>
            <source>Set the {edit} aside and redo the {before}</source>
            <translation>Set the {edit} aside and redo the {before}</translation>
        </message>
        <message>
            <source>Set the {edit} aside and undo the {before}</source>
            <translation>Set the {edit} aside and undo the {before}</translation>
        </message>
        <message>
            <source>Set the {edit} aside</source>
            <translation>Set the {edit} aside</translation>
        </message>
        <message>
            <source>Undo {edit}</source>
            <translation>Undo {edit}</translation>
        </message>
        <message>
            <source>Redo {edit}</source>
            <translation>Redo {edit}</translation>
        </message>
        <message>
            <source>Undone: {edit}</source>
            <translation>Undone: {edit}</translation>
        </message>
        <message>
            <source>Redone: {edit}</source>
            <translation>Redone: {edit}</translation>
        </message>
        <message>
            <source>Set aside: {edit} (it stays as it is).</source>
            <translation>Set aside: {edit} (it stays as it is).</translation>
        </message>
        <message>
            <source>Set aside: {edit} (it stays undone).</source>
            <translation>Set aside: {edit} (it stays undone).</translation>
        </message>
        <message>
            <source>(the server gets the change at the next sync)</source>
            <translation>(the server gets the change at the next sync)</translation>
        </message>
        <message>
            <source>Import photos and folders</source>
            <translation>Import photos and folders</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop importing the already-mapped cameras; nothing is imported</source>
            <translation>Stop importing the already-mapped cameras; nothing is imported</translation>
        </message>
        <message>
            <source>Import already-mapped cameras</source>
            <translation>Import already-mapped cameras</translation>
        </message>
        <message>
            <source>OpenStreetMap, Overpass or GeoJSON (*.osm *.xml *.json *.geojson)</source>
            <translation>OpenStreetMap, Overpass or GeoJSON (*.osm *.xml *.json *.geojson)</translation>
        </message>
        <message>
            <source>a named pipe or a device, not a file</source>
            <translation>a named pipe or a device, not a file</translation>
        </message>
        <message>
            <source>Reading {file_name}…</source>
            <translation>Reading {file_name}…</translation>
        </message>
        <message>
            <source>{file_name}: import cancelled; nothing was imported</source>
            <translation>{file_name}: import cancelled; nothing was imported</translation>
        </message>
        <message>
            <source>{file_name}: {reason}; nothing was imported</source>
            <translation>{file_name}: {reason}; nothing was imported</translation>
        </message>
        <message>
            <source>Reading {file_name}: {done} of {total} MB…</source>
            <translation>Reading {file_name}: {done} of {total} MB…</translation>
        </message>
        <message>
            <source>Loading already-mapped cameras: {done} of {total}…</source>
            <translation>Loading already-mapped cameras: {done} of {total}…</translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n new</numerusform>
                <numerusform>%n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped (not a camera, or no position)</source>
            <translation>
                <numerusform>%n skipped (not a camera, or no position)</numerusform>
                <numerusform>%n skipped (not a camera, or no position)</numerusform>
            </translation>
        </message>
        <message>
            <source>To start: Import photos (Ctrl+I) or drop a folder of photos on this window.</source>
            <translation>To start: Import photos (Ctrl+I) or drop a folder of photos on this window.</translation>
        </message>
        <message>
            <source>These cameras stand {distance} apart. Merged, the camera stands at their mean position. Merge them?</source>
            <translation>These cameras stand {distance} apart. Merged, the camera stands at their mean position. Merge them?</translation>
        </message>
        <message>
            <source>Select the photos to split off in the camera panel first.</source>
            <translation>Select the photos to split off in the camera panel first.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n camera(s) and their photos from the survey?</source>
            <translation>
                <numerusform>Delete %n camera and its photos from the survey?</numerusform>
                <numerusform>Delete %n cameras and their photos from the survey?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapMenu</name>
        <message>
            <source>Move cameras by dragging</source>
            <translation>Move cameras by dragging</translation>
        </message>
        <message>
            <source>Drag a camera to move it (without this, hold Shift while dragging)</source>
            <translation>Drag a camera to move it (without this, hold Shift while dragging)</translation>
        </message>
        <message>
            <source>Zoom to selected camera</source>
            <translation>Zoom to selected camera</translation>
        </message>
        <message>
            <source>Download this area for offline use…</source>
            <translation>Download this area for offline use…</translation>
        </message>
        <message>
            <source>Offline map…</source>
            <translation>Offline map…</translation>
        </message>
        <message>
            <source>No online tile server is set (Settings → Map tiles URL).</source>
            <translation>No online tile server is set (Settings → Map tiles URL).</translation>
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
            <translation>already mapped (e.g. in OpenStreetMap)</translation>
        </message>
        <message>
            <source>suggested place (click to accept)</source>
            <translation>suggested place (click to accept)</translation>
        </message>
        <message>
            <source>FCC Covered List vendor</source>
            <translation>FCC Covered List vendor</translation>
        </message>
        <message>
            <source>other or unknown vendor</source>
            <translation>other or unknown vendor</translation>
        </message>
        <message>
            <source>selected</source>
            <translation>selected</translation>
        </message>
        <message>
            <source>verified by a reviewer</source>
            <translation>verified by a reviewer</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>disputed</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>Online map tiles cannot be loaded ({error}): the map shows the offline basemap.</source>
            <translation>Online map tiles cannot be loaded ({error}): the map shows the offline basemap.</translation>
        </message>
        <message>
            <source>No cameras yet: drop photos here, or Import (Ctrl+I)</source>
            <translation>No cameras yet: drop photos here, or Import (Ctrl+I)</translation>
        </message>
        <message>
            <source>Zoom in to place this camera: click the map to zoom in there</source>
            <translation>Zoom in to place this camera: click the map to zoom in there</translation>
        </message>
        <message>
            <source>Click the map where this camera is, to place it</source>
            <translation>Click the map where this camera is, to place it</translation>
        </message>
        <message>
            <source>Zoom in to move a camera: here one pixel is {distance} of ground.</source>
            <translation>Zoom in to move a camera: here one pixel is {distance} of ground.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Earlier:</source>
            <translation>Earlier:</translation>
        </message>
    </context>
    <context>
        <name>OfflineAreas</name>
        <message>
            <source>Add a city or region file…</source>
            <translation>Add a city or region file…</translation>
        </message>
        <message>
            <source>An OpenStreetMap extract: .osm.pbf, .osm or .osm.gz</source>
            <translation>An OpenStreetMap extract: .osm.pbf, .osm or .osm.gz</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Streets with their names, buildings, water, parks and rail of your city, with no network. Get the file once from an OpenStreetMap extract service (for example Geofabrik or BBBike: the .osm.pbf of a city or region). Map data © OpenStreetMap contributors.</source>
            <translation>Streets with their names, buildings, water, parks and rail of your city, with no network. Get the file once from an OpenStreetMap extract service (for example Geofabrik or BBBike: the .osm.pbf of a city or region). Map data © OpenStreetMap contributors.</translation>
        </message>
        <message>
            <source>Downloaded tiles: {name} · {size}</source>
            <translation>Downloaded tiles: {name} · {size}</translation>
        </message>
        <message>
            <source>No offline area yet: the map shows the world only.</source>
            <translation>No offline area yet: the map shows the world only.</translation>
        </message>
        <message>
            <source>{name} ({source}) · {size} · {streets} named streets</source>
            <translation>{name} ({source}) · {size} · {streets} named streets</translation>
        </message>
        <message>
            <source>Add a city or region file</source>
            <translation>Add a city or region file</translation>
        </message>
        <message>
            <source>OpenStreetMap extracts (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2)</source>
            <translation>OpenStreetMap extracts (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2)</translation>
        </message>
        <message>
            <source>Cancelled: no area was added.</source>
            <translation>Cancelled: no area was added.</translation>
        </message>
        <message>
            <source>Preparing {name}…</source>
            <translation>Preparing {name}…</translation>
        </message>
        <message>
            <source>Reading OpenStreetMap data: {count} objects</source>
            <translation>Reading OpenStreetMap data: {count} objects</translation>
        </message>
        <message>
            <source>{name} added: {streets} named streets, {size}.</source>
            <translation>{name} added: {streets} named streets, {size}.</translation>
        </message>
        <message>
            <source>Remove {name} from the offline map?</source>
            <translation>Remove {name} from the offline map?</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>Removed.</translation>
        </message>
    </context>
    <context>
        <name>PhotoPane</name>
        <message>
            <source>Select a camera to see its photos here.</source>
            <translation>Select a camera to see its photos here.</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Previous</translation>
        </message>
        <message>
            <source>The camera's previous photo (Page Up)</source>
            <translation>The camera's previous photo (Page Up)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <source>The camera's next photo (Page Down)</source>
            <translation>The camera's next photo (Page Down)</translation>
        </message>
        <message>
            <source>Download the photo</source>
            <translation>Download the photo</translation>
        </message>
        <message>
            <source>Bring its shared copy (blurred, without personal data) from the team's server</source>
            <translation>Bring its shared copy (blurred, without personal data) from the team's server</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Show the whole photo (the mouse wheel zooms, dragging pans)</source>
            <translation>Show the whole photo (the mouse wheel zooms, dragging pans)</translation>
        </message>
        <message>
            <source>Loading the photo…</source>
            <translation>Loading the photo…</translation>
        </message>
        <message>
            <source>{number} of {total}</source>
            <translation>{number} of {total}</translation>
        </message>
        <message>
            <source>A teammate's photo: only its preview is on this laptop.</source>
            <translation>A teammate's photo: only its preview is on this laptop.</translation>
        </message>
        <message>
            <source>The photo is on the team's server; `surveyapp sync fetch {sha256}` downloads its shared copy into this survey.</source>
            <translation>The photo is on the team's server; `surveyapp sync fetch {sha256}` downloads its shared copy into this survey.</translation>
        </message>
        <message>
            <source>Downloading the photo from the team's server…</source>
            <translation>Downloading the photo from the team's server…</translation>
        </message>
        <message>
            <source>The photo could not be downloaded: {reason}</source>
            <translation>The photo could not be downloaded: {reason}</translation>
        </message>
        <message>
            <source>Cannot open the photo: {error}</source>
            <translation>Cannot open the photo: {error}</translation>
        </message>
        <message>
            <source>The original of {name} is missing from the library ({path}): import its file again (from the card or folder it came from) to put it back.</source>
            <translation>The original of {name} is missing from the library ({path}): import its file again (from the card or folder it came from) to put it back.</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewer</name>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>no capture time</source>
            <translation>no capture time</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>no position</translation>
        </message>
        <message>
            <source>GPS bearing {degrees}° true north</source>
            <translation>GPS bearing {degrees}° true north</translation>
        </message>
        <message>
            <source>GPS bearing {degrees}° magnetic north</source>
            <translation>GPS bearing {degrees}° magnetic north</translation>
        </message>
        <message>
            <source>GPS bearing {degrees}°</source>
            <translation>GPS bearing {degrees}°</translation>
        </message>
        <message>
            <source>no GPS bearing</source>
            <translation>no GPS bearing</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>File &amp;name:</source>
            <translation>File &amp;name:</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>All Files (*)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Choose</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;New Folder</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Rename</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Show &amp;hidden files</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Forward</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Parent Directory</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Create New Folder</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>List View</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detail View</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Date Modified</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Show Details...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Hide Details...</translation>
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
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>The survey database is damaged.</source>
            <translation>The survey database is damaged.</translation>
        </message>
        <message>
            <source>SurveyApp can go back to its latest backup, made {made}. The damaged file cannot be read, so photos imported since then are not added back (none you deleted is shared again): their originals are kept in a folder beside the survey. Other changes made since are lost. The damaged file is kept beside it.</source>
            <translation>SurveyApp can go back to its latest backup, made {made}. The damaged file cannot be read, so photos imported since then are not added back (none you deleted is shared again): their originals are kept in a folder beside the survey. Other changes made since are lost. The damaged file is kept beside it.</translation>
        </message>
        <message>
            <source>SurveyApp can go back to its latest backup, made {made}. Photos imported since then are added back from the photo library; other changes made since are lost. The damaged file is kept beside it.</source>
            <translation>SurveyApp can go back to its latest backup, made {made}. Photos imported since then are added back from the photo library; other changes made since are lost. The damaged file is kept beside it.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Restore the backup</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>The survey was restored from the backup {backup}.</source>
            <translation>The survey was restored from the backup {backup}.</translation>
        </message>
        <message numerus="yes">
            <source>%n photos imported since were added back from the library.</source>
            <translation>
                <numerusform>%n photo imported since was added back from the library.</numerusform>
                <numerusform>%n photos imported since were added back from the library.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The damaged survey cannot be read, so nothing says which photos imported since the backup you deleted: %n were not added back, so that none you withdrew is shared again. Their originals are kept in {folder}. Those you shared come back at your next sync; import again those you kept and never shared.</source>
            <translation>
                <numerusform>The damaged survey cannot be read, so nothing says whether you deleted the photo imported since the backup: %n was not added back, so that nothing you withdrew is shared again. Its original is kept in {folder}. If you shared it, it comes back at your next sync; if you kept it and never shared it, import it again.</numerusform>
                <numerusform>The damaged survey cannot be read, so nothing says which photos imported since the backup you deleted: %n were not added back, so that none you withdrew is shared again. Their originals are kept in {folder}. Those you shared come back at your next sync; import again those you kept and never shared.</numerusform>
            </translation>
        </message>
        <message>
            <source>The damaged file is kept as {path}.</source>
            <translation>The damaged file is kept as {path}.</translation>
        </message>
        <message>
            <source>The survey it replaced is kept as {path}.</source>
            <translation>The survey it replaced is kept as {path}.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>its survey</source>
            <translation>its survey</translation>
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
            <translation>where its position came from</translation>
        </message>
        <message>
            <source>position accuracy</source>
            <translation>position accuracy</translation>
        </message>
        <message>
            <source>vendor (catalogue entry)</source>
            <translation>vendor (catalogue entry)</translation>
        </message>
        <message>
            <source>extra OSM tags</source>
            <translation>extra OSM tags</translation>
        </message>
        <message>
            <source>the team's review</source>
            <translation>the team's review</translation>
        </message>
        <message>
            <source>cameras found not to be the same</source>
            <translation>cameras found not to be the same</translation>
        </message>
        <message>
            <source>this laptop has not synced with the team's server yet</source>
            <translation>this laptop has not synced with the team's server yet</translation>
        </message>
        <message>
            <source>no token for this server: sync from the Sync dialog (Remember keeps it), then Refresh</source>
            <translation>no token for this server: sync from the Sync dialog (Remember keeps it), then Refresh</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Camera</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Or take</source>
            <translation>Or take</translation>
        </message>
        <message>
            <source>Mapped by</source>
            <translation>Mapped by</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Reached server</source>
            <translation>Reached server</translation>
        </message>
        <message>
            <source>Same as</source>
            <translation>Same as</translation>
        </message>
        <message>
            <source>Metres</source>
            <translation>Metres</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Times</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verify</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>Dispute</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <source>Mark all as seen</source>
            <translation>Mark all as seen</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Not the same</source>
            <translation>Not the same</translation>
        </message>
        <message>
            <source>Mark all from the sender reviewed</source>
            <translation>Mark all from the sender reviewed</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>New and changed</source>
            <translation>New and changed</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Duplicates</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Volunteer</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>Cameras</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>Disputed</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Reading the server's lists…</source>
            <translation>Reading the server's lists…</translation>
        </message>
        <message>
            <source>When the camera's last change reached the team's server. When it was made on its volunteer's laptop is not sent: it may be days earlier.</source>
            <translation>When the camera's last change reached the team's server. When it was made on its volunteer's laptop is not sent: it may be days earlier.</translation>
        </message>
        <message>
            <source>Changed on this laptop at this time: not sent yet (the next sync sends it)</source>
            <translation>Changed on this laptop at this time: not sent yet (the next sync sends it)</translation>
        </message>
        <message>
            <source>How many times the server refused this change of this camera from this volunteer</source>
            <translation>How many times the server refused this change of this camera from this volunteer</translation>
        </message>
        <message>
            <source>Reviewing as {name} on {server}</source>
            <translation>Reviewing as {name} on {server}</translation>
        </message>
        <message>
            <source>The server's lists could not be read: {error}</source>
            <translation>The server's lists could not be read: {error}</translation>
        </message>
        <message>
            <source>First sent {when} UTC</source>
            <translation>First sent {when} UTC</translation>
        </message>
        <message>
            <source>changed concurrently, {when} UTC</source>
            <translation>changed concurrently, {when} UTC</translation>
        </message>
        <message>
            <source>sent by {user}</source>
            <translation>sent by {user}</translation>
        </message>
        <message>
            <source>The edit: {values}</source>
            <translation>The edit: {values}</translation>
        </message>
        <message>
            <source>Each row chosen goes, however many times it was refused</source>
            <translation>Each row chosen goes, however many times it was refused</translation>
        </message>
        <message>
            <source>Choose a refused change: all of its sender's rows go</source>
            <translation>Choose a refused change: all of its sender's rows go</translation>
        </message>
        <message>
            <source>The refused changes listed here that {user} sent</source>
            <translation>The refused changes listed here that {user} sent</translation>
        </message>
        <message numerus="yes">
            <source>%n refused changes marked reviewed</source>
            <translation>
                <numerusform>%n refused change marked reviewed</numerusform>
                <numerusform>%n refused changes marked reviewed</numerusform>
            </translation>
        </message>
        <message>
            <source>This server cannot mark refused changes reviewed: it needs an update</source>
            <translation>This server cannot mark refused changes reviewed: it needs an update</translation>
        </message>
        <message>
            <source>Mark reviewed</source>
            <translation>Mark reviewed</translation>
        </message>
        <message>
            <source>Merge not done: the camera to merge into was deleted meanwhile</source>
            <translation>Merge not done: the camera to merge into was deleted meanwhile</translation>
        </message>
        <message>
            <source>Merge set aside: someone else had merged the camera to merge into</source>
            <translation>Merge set aside: someone else had merged the camera to merge into</translation>
        </message>
        <message>
            <source>Merge set aside for the cameras someone else had merged meanwhile</source>
            <translation>Merge set aside for the cameras someone else had merged meanwhile</translation>
        </message>
        <message>
            <source>Merged into the camera it had been merged into meanwhile</source>
            <translation>Merged into the camera it had been merged into meanwhile</translation>
        </message>
        <message>
            <source>Photos not moved: the camera was deleted meanwhile</source>
            <translation>Photos not moved: the camera was deleted meanwhile</translation>
        </message>
        <message>
            <source>Photos not moved: someone else had merged the camera</source>
            <translation>Photos not moved: someone else had merged the camera</translation>
        </message>
        <message>
            <source>Photos moved to the camera it had been merged into meanwhile</source>
            <translation>Photos moved to the camera it had been merged into meanwhile</translation>
        </message>
        <message>
            <source>Not deleted: someone had added photos to the camera meanwhile</source>
            <translation>Not deleted: someone had added photos to the camera meanwhile</translation>
        </message>
        <message>
            <source>Photo deleted with its camera, which was deleted meanwhile</source>
            <translation>Photo deleted with its camera, which was deleted meanwhile</translation>
        </message>
        <message>
            <source>Edit not applied: the camera had been merged into camera {camera} meanwhile</source>
            <translation>Edit not applied: the camera had been merged into camera {camera} meanwhile</translation>
        </message>
        <message>
            <source>Edit not applied: the record had been deleted meanwhile</source>
            <translation>Edit not applied: the record had been deleted meanwhile</translation>
        </message>
        <message>
            <source>Deleted after someone else had restored it</source>
            <translation>Deleted after someone else had restored it</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>no photo</translation>
        </message>
        <message>
            <source>Choose a conflict told in words: all of its sender's go</source>
            <translation>Choose a conflict told in words: all of its sender's go</translation>
        </message>
        <message numerus="yes">
            <source>Mark reviewed: the %n from {user}</source>
            <translation>
                <numerusform>Mark reviewed: the %n from {user}</numerusform>
                <numerusform>Mark reviewed: the %n from {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>The conflicts listed here that {user} sent</source>
            <translation>The conflicts listed here that {user} sent</translation>
        </message>
        <message numerus="yes">
            <source>%n conflicts from {user} marked reviewed</source>
            <translation>
                <numerusform>%n conflicts from {user} marked reviewed</numerusform>
                <numerusform>%n conflicts from {user} marked reviewed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>empty: no online tiles (the offline map only)</source>
            <translation>empty: no online tiles (the offline map only)</translation>
        </message>
        <message>
            <source>An XYZ template such as {url}</source>
            <translation>An XYZ template such as {url}</translation>
        </message>
        <message>
            <source>none: use the tile URL</source>
            <translation>none: use the tile URL</translation>
        </message>
        <message>
            <source>a name or pseudonym the team knows you by</source>
            <translation>a name or pseudonym the team knows you by</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <source>Survey database</source>
            <translation>Survey database</translation>
        </message>
        <message>
            <source>A different database opens at the next start.</source>
            <translation>A different database opens at the next start.</translation>
        </message>
        <message>
            <source>Map tiles URL</source>
            <translation>Map tiles URL</translation>
        </message>
        <message>
            <source>MBTiles basemap</source>
            <translation>MBTiles basemap</translation>
        </message>
        <message>
            <source>Volunteer name</source>
            <translation>Volunteer name</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>A new language shows at the next start.</source>
            <translation>A new language shows at the next start.</translation>
        </message>
        <message>
            <source>Look up street names online (OpenStreetMap Nominatim)</source>
            <translation>Look up street names online (OpenStreetMap Nominatim)</translation>
        </message>
        <message>
            <source>Streets are found offline in the areas above. Online, each camera's position is sent to nominatim.openstreetmap.org (once, at most one a second): leave it off where that could put volunteers at risk.</source>
            <translation>Streets are found offline in the areas above. Online, each camera's position is sent to nominatim.openstreetmap.org (once, at most one a second): leave it off where that could put volunteers at risk.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Offline map</source>
            <translation>Offline map</translation>
        </message>
        <message>
            <source>no such file: {path}</source>
            <translation>no such file: {path}</translation>
        </message>
        <message>
            <source>The tile URL must be http(s) with {z}, {x} and {y} in it.</source>
            <translation>The tile URL must be http(s) with {z}, {x} and {y} in it.</translation>
        </message>
    </context>
    <context>
        <name>SharePreviewDialog</name>
        <message>
            <source>What will be shared</source>
            <translation>What will be shared</translation>
        </message>
        <message>
            <source>Syncing sends these to the team's server. Photos leave only as copies without metadata, with faces and licence plates blurred; the originals stay here.</source>
            <translation>Syncing sends these to the team's server. Photos leave only as copies without metadata, with faces and licence plates blurred; the originals stay here.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message numerus="yes">
            <source>%n changes, with these fields:</source>
            <translation>
                <numerusform>%n change, with these fields:</numerusform>
                <numerusform>%n changes, with these fields:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos, as these blurred copies:</source>
            <translation>
                <numerusform>%n photo, as this blurred copy:</numerusform>
                <numerusform>%n photos, as these blurred copies:</numerusform>
            </translation>
        </message>
        <message>
            <source>survey: name</source>
            <translation>survey: name</translation>
        </message>
        <message>
            <source>{name}: cannot be shared ({reason})</source>
            <translation>{name}: cannot be shared ({reason})</translation>
        </message>
        <message numerus="yes">
            <source>{name}
%n regions blurred</source>
            <translation>
                <numerusform>{name}
%n region blurred</numerusform>
                <numerusform>{name}
%n regions blurred</numerusform>
            </translation>
        </message>
        <message>
            <source>The preview failed: {error}</source>
            <translation>The preview failed: {error}</translation>
        </message>
        <message>
            <source>survey: blur faces and plates</source>
            <translation>survey: blur faces and plates</translation>
        </message>
        <message>
            <source>survey: time zone</source>
            <translation>survey: time zone</translation>
        </message>
        <message>
            <source>camera: its survey</source>
            <translation>camera: its survey</translation>
        </message>
        <message>
            <source>camera: position (latitude)</source>
            <translation>camera: position (latitude)</translation>
        </message>
        <message>
            <source>camera: position (longitude)</source>
            <translation>camera: position (longitude)</translation>
        </message>
        <message>
            <source>camera: where its position came from</source>
            <translation>camera: where its position came from</translation>
        </message>
        <message>
            <source>camera: position accuracy</source>
            <translation>camera: position accuracy</translation>
        </message>
        <message>
            <source>camera: surveillance (public, outdoor, indoor)</source>
            <translation>camera: surveillance (public, outdoor, indoor)</translation>
        </message>
        <message>
            <source>camera: kind</source>
            <translation>camera: kind</translation>
        </message>
        <message>
            <source>camera: zone watched</source>
            <translation>camera: zone watched</translation>
        </message>
        <message>
            <source>camera: type (fixed, dome, panning)</source>
            <translation>camera: type (fixed, dome, panning)</translation>
        </message>
        <message>
            <source>camera: mount</source>
            <translation>camera: mount</translation>
        </message>
        <message>
            <source>camera: direction</source>
            <translation>camera: direction</translation>
        </message>
        <message>
            <source>camera: mounting height (m)</source>
            <translation>camera: mounting height (m)</translation>
        </message>
        <message>
            <source>camera: operator</source>
            <translation>camera: operator</translation>
        </message>
        <message>
            <source>camera: vendor</source>
            <translation>camera: vendor</translation>
        </message>
        <message>
            <source>camera: vendor's Wikidata item</source>
            <translation>camera: vendor's Wikidata item</translation>
        </message>
        <message>
            <source>camera: vendor (catalogue entry)</source>
            <translation>camera: vendor (catalogue entry)</translation>
        </message>
        <message>
            <source>camera: brand on the housing</source>
            <translation>camera: brand on the housing</translation>
        </message>
        <message>
            <source>camera: model</source>
            <translation>camera: model</translation>
        </message>
        <message>
            <source>camera: how sure the vendor is</source>
            <translation>camera: how sure the vendor is</translation>
        </message>
        <message>
            <source>camera: status (present, removed…)</source>
            <translation>camera: status (present, removed…)</translation>
        </message>
        <message>
            <source>camera: date last checked</source>
            <translation>camera: date last checked</translation>
        </message>
        <message>
            <source>camera: your notes</source>
            <translation>camera: your notes</translation>
        </message>
        <message>
            <source>camera: extra OSM tags</source>
            <translation>camera: extra OSM tags</translation>
        </message>
        <message>
            <source>camera: the team's review</source>
            <translation>camera: the team's review</translation>
        </message>
        <message>
            <source>camera: cameras found not to be the same</source>
            <translation>camera: cameras found not to be the same</translation>
        </message>
        <message>
            <source>photo: fingerprint of the original</source>
            <translation>photo: fingerprint of the original</translation>
        </message>
        <message>
            <source>photo: the camera it shows</source>
            <translation>photo: the camera it shows</translation>
        </message>
        <message>
            <source>photo: file name</source>
            <translation>photo: file name</translation>
        </message>
        <message>
            <source>photo: file type</source>
            <translation>photo: file type</translation>
        </message>
        <message>
            <source>photo: width in pixels</source>
            <translation>photo: width in pixels</translation>
        </message>
        <message>
            <source>photo: height in pixels</source>
            <translation>photo: height in pixels</translation>
        </message>
        <message>
            <source>photo: capture time</source>
            <translation>photo: capture time</translation>
        </message>
        <message>
            <source>photo: time zone</source>
            <translation>photo: time zone</translation>
        </message>
        <message>
            <source>photo: capture time (UTC)</source>
            <translation>photo: capture time (UTC)</translation>
        </message>
        <message>
            <source>photo: position (latitude)</source>
            <translation>photo: position (latitude)</translation>
        </message>
        <message>
            <source>photo: position (longitude)</source>
            <translation>photo: position (longitude)</translation>
        </message>
        <message>
            <source>photo: altitude</source>
            <translation>photo: altitude</translation>
        </message>
        <message>
            <source>photo: compass bearing</source>
            <translation>photo: compass bearing</translation>
        </message>
        <message>
            <source>photo: true or magnetic north</source>
            <translation>photo: true or magnetic north</translation>
        </message>
        <message>
            <source>photo: where its position came from</source>
            <translation>photo: where its position came from</translation>
        </message>
        <message>
            <source>photo: position accuracy</source>
            <translation>photo: position accuracy</translation>
        </message>
        <message>
            <source>photo: fingerprint of the shared copy</source>
            <translation>photo: fingerprint of the shared copy</translation>
        </message>
        <message>
            <source>photo: size of the shared copy</source>
            <translation>photo: size of the shared copy</translation>
        </message>
        <message>
            <source>photo: small preview of the shared copy</source>
            <translation>photo: small preview of the shared copy</translation>
        </message>
    </context>
    <context>
        <name>StreetNames</name>
        <message>
            <source>Street names online: {error}</source>
            <translation>Street names online: {error}</translation>
        </message>
    </context>
    <context>
        <name>SurveyCounts</name>
        <message numerus="yes">
            <source>%n cameras</source>
            <translation>
                <numerusform>%n camera</numerusform>
                <numerusform>%n cameras</numerusform>
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
            <source>%n on the Covered List</source>
            <translation>
                <numerusform>%n on the Covered List</numerusform>
                <numerusform>%n on the Covered List</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n waiting to sync</numerusform>
                <numerusform>%n waiting to sync</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n refused</numerusform>
                <numerusform>%n refused</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>The server at {server} did not answer. Check the address and your connection; nothing was lost.</source>
            <translation>The server at {server} did not answer. Check the address and your connection; nothing was lost.</translation>
        </message>
        <message>
            <source>The server at {server} took too long to answer: the connection is slow or the server is busy. Nothing was lost: sync again later.</source>
            <translation>The server at {server} took too long to answer: the connection is slow or the server is busy. Nothing was lost: sync again later.</translation>
        </message>
        <message>
            <source>The secure connection to {server} failed: its certificate is not valid for this address, or the server does not use https. Check the address with your coordinator; nothing was lost.</source>
            <translation>The secure connection to {server} failed: its certificate is not valid for this address, or the server does not use https. Check the address with your coordinator; nothing was lost.</translation>
        </message>
        <message>
            <source>The server at {server} has a problem of its own and kept failing. Nothing was lost: sync again later, and tell your coordinator if it lasts.</source>
            <translation>The server at {server} has a problem of its own and kept failing. Nothing was lost: sync again later, and tell your coordinator if it lasts.</translation>
        </message>
        <message>
            <source>The server at {server} refused your token: it may be mistyped, or your coordinator revoked it. Ask them for a new one. Nothing was lost: the changes wait here until you sync with a valid token.</source>
            <translation>The server at {server} refused your token: it may be mistyped, or your coordinator revoked it. Ask them for a new one. Nothing was lost: the changes wait here until you sync with a valid token.</translation>
        </message>
        <message>
            <source>{server} answered, but it is not a SurveyApp server (a Wi-Fi sign-in page, or a wrong address?). Nothing was lost.</source>
            <translation>{server} answered, but it is not a SurveyApp server (a Wi-Fi sign-in page, or a wrong address?). Nothing was lost.</translation>
        </message>
        <message>
            <source>This SurveyApp and the server at {server} do not speak the same version: update SurveyApp, or ask your coordinator to update the server. Nothing was lost.</source>
            <translation>This SurveyApp and the server at {server} do not speak the same version: update SurveyApp, or ask your coordinator to update the server. Nothing was lost.</translation>
        </message>
        <message>
            <source>The server at {server} gave an answer SurveyApp cannot use. Nothing was lost: sync again later, and tell your coordinator if it lasts.</source>
            <translation>The server at {server} gave an answer SurveyApp cannot use. Nothing was lost: sync again later, and tell your coordinator if it lasts.</translation>
        </message>
        <message>
            <source>Sync stopped: a file on this laptop could not be read or written. Nothing was lost.</source>
            <translation>Sync stopped: a file on this laptop could not be read or written. Nothing was lost.</translation>
        </message>
        <message>
            <source>Sync stopped because of an error in SurveyApp. Nothing was lost; the details help the developers.</source>
            <translation>Sync stopped because of an error in SurveyApp. Nothing was lost; the details help the developers.</translation>
        </message>
        <message>
            <source>Sync with the team's server</source>
            <translation>Sync with the team's server</translation>
        </message>
        <message>
            <source>the token your coordinator gave you</source>
            <translation>the token your coordinator gave you</translation>
        </message>
        <message>
            <source>Remember in the system keyring</source>
            <translation>Remember in the system keyring</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Refused change</source>
            <translation>Refused change</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Discard the selected</source>
            <translation>Discard the selected</translation>
        </message>
        <message>
            <source>Discard all</source>
            <translation>Discard all</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Errors</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Recent runs</source>
            <translation>Recent runs</translation>
        </message>
        <message numerus="yes">
            <source>The server refused %n changes. They are not sent again; discarding one takes the server's values back on this laptop.</source>
            <translation>
                <numerusform>The server refused %n change. It is not sent again; discarding it takes the server's values back on this laptop.</numerusform>
                <numerusform>The server refused %n changes. They are not sent again; discarding one takes the server's values back on this laptop.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused changes discarded: the server's values are back.</source>
            <translation>
                <numerusform>%n refused change discarded: the server's values are back.</numerusform>
                <numerusform>%n refused changes discarded: the server's values are back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the server's address (https://…).</source>
            <translation>Give the server's address (https://…).</translation>
        </message>
        <message>
            <source>Give your token: your coordinator made it for you.</source>
            <translation>Give your token: your coordinator made it for you.</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>Nothing was sent.</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>Connecting to {server}…</translation>
        </message>
        <message>
            <source>Stopping after the current step…</source>
            <translation>Stopping after the current step…</translation>
        </message>
        <message>
            <source>{sent}, {photos}, {received}.</source>
            <translation>{sent}, {photos}, {received}.</translation>
        </message>
        <message numerus="yes">
            <source>%n changes received</source>
            <translation>
                <numerusform>%n change received</numerusform>
                <numerusform>%n changes received</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything is in sync.</source>
            <translation>Everything is in sync.</translation>
        </message>
        <message numerus="yes">
            <source>This laptop has sent everything; %n photos wait for a teammate's laptop.</source>
            <translation>
                <numerusform>This laptop has sent everything; %n photo waits for a teammate's laptop.</numerusform>
                <numerusform>This laptop has sent everything; %n photos wait for a teammate's laptop.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server refused %n changes: they are listed below; discard them to take the server's values back.</source>
            <translation>
                <numerusform>The server refused %n change: it is listed below; discard it to take the server's values back.</numerusform>
                <numerusform>The server refused %n changes: they are listed below; discard them to take the server's values back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some items were not sent: sync again.</source>
            <translation>Some items were not sent: sync again.</translation>
        </message>
        <message>
            <source>Stopped. What was sent is kept; sync again to finish.</source>
            <translation>Stopped. What was sent is kept; sync again to finish.</translation>
        </message>
    </context>
    <context>
        <name>TrackPreview</name>
        <message>
            <source>The track and the photos' new places appear here.</source>
            <translation>The track and the photos' new places appear here.</translation>
        </message>
    </context>
    <context>
        <name>VendorGuide</name>
        <message>
            <source>Bullet</source>
            <translation>Bullet</translation>
        </message>
        <message>
            <source>Turret</source>
            <translation>Turret</translation>
        </message>
        <message>
            <source>Dome</source>
            <translation>Dome</translation>
        </message>
        <message>
            <source>PTZ dome</source>
            <translation>PTZ dome</translation>
        </message>
        <message>
            <source>Plate reader</source>
            <translation>Plate reader</translation>
        </message>
        <message>
            <source>The HUAWEI name, sometimes with the red petal logo, on the body or the sunshield. Huawei's camera line is also sold under the HOLOWITS name.</source>
            <translation>The HUAWEI name, sometimes with the red petal logo, on the body or the sunshield. Huawei's camera line is also sold under the HOLOWITS name.</translation>
        </message>
        <message>
            <source>The label names Huawei Technologies Co., Ltd. and the model. Older cameras are IPC6000 series (IPC6225-VRZ-ES); newer ones are a series letter C, D, M or X, four digits and a suffix (M2141-10-EI, D3220-10-SIU, X6921-Z48).</source>
            <translation>The label names Huawei Technologies Co., Ltd. and the model. Older cameras are IPC6000 series (IPC6225-VRZ-ES); newer ones are a series letter C, D, M or X, four digits and a suffix (M2141-10-EI, D3220-10-SIU, X6921-Z48).</translation>
        </message>
        <message>
            <source>Safe City networks (Belgrade, Valenciennes) put bullets and PTZ domes on poles at squares, crossings and main roads. In Belgrade the SHARE Foundation (#hiljadekamera) found the models IPC6625-Z30 and IPC6225-VRZ-ES; -Z30 marks a PTZ dome with 30× zoom.</source>
            <translation>Safe City networks (Belgrade, Valenciennes) put bullets and PTZ domes on poles at squares, crossings and main roads. In Belgrade the SHARE Foundation (#hiljadekamera) found the models IPC6625-Z30 and IPC6225-VRZ-ES; -Z30 marks a PTZ dome with 30× zoom.</translation>
        </message>
        <message>
            <source>HIKVISION in capital letters, usually on the sunshield of a bullet, around the lens of a turret or on the base of a dome. Rebrands carry their own name instead: EZVIZ (home cameras), HiLook, HiWatch, LTS and others; the app counts them as Hikvision.</source>
            <translation>HIKVISION in capital letters, usually on the sunshield of a bullet, around the lens of a turret or on the base of a dome. Rebrands carry their own name instead: EZVIZ (home cameras), HiLook, HiWatch, LTS and others; the app counts them as Hikvision.</translation>
        </message>
        <message>
            <source>A white or silver sticker on the base or the back: the HIKVISION logo, Model: DS-… or iDS-…, the serial number, often a QR code, and Hangzhou Hikvision Digital Technology Co., Ltd.</source>
            <translation>A white or silver sticker on the base or the back: the HIKVISION logo, Model: DS-… or iDS-…, the serial number, often a QR code, and Hangzhou Hikvision Digital Technology Co., Ltd.</translation>
        </message>
        <message>
            <source>From shops to city networks. The prefix tells the kind: DS-2CD network camera, DS-2CE analogue (Turbo HD), DS-2DE and DS-2DF PTZ speed domes, DS-2TD thermal, iDS- DeepinView (analytics), iDS-TCM traffic camera.</source>
            <translation>From shops to city networks. The prefix tells the kind: DS-2CD network camera, DS-2CE analogue (Turbo HD), DS-2DE and DS-2DF PTZ speed domes, DS-2TD thermal, iDS- DeepinView (analytics), iDS-TCM traffic camera.</translation>
        </message>
        <message>
            <source>The Dahua logo on the sunshield or on the base. Dahua's home cameras say Imou; many Lorex and Amcrest cameras are Dahua-made but carry their own name.</source>
            <translation>The Dahua logo on the sunshield or on the base. Dahua's home cameras say Imou; many Lorex and Amcrest cameras are Dahua-made but carry their own name.</translation>
        </message>
        <message>
            <source>The model, often with DH- or DHI- in front (DH-IPC-HFW2431S-S-S2), and Zhejiang Dahua Vision Technology Co., Ltd. (earlier: Zhejiang Dahua Technology).</source>
            <translation>The model, often with DH- or DHI- in front (DH-IPC-HFW2431S-S-S2), and Zhejiang Dahua Vision Technology Co., Ltd. (earlier: Zhejiang Dahua Technology).</translation>
        </message>
        <message>
            <source>The letters after IPC-H give the shape: HFW bullet with infrared, HDW dome with infrared, HDBW vandal-proof dome with infrared; PFW and PDW are multi-sensor cameras, SD a PTZ speed dome, ITC a traffic (ANPR) camera, HAC an analogue HDCVI camera.</source>
            <translation>The letters after IPC-H give the shape: HFW bullet with infrared, HDW dome with infrared, HDBW vandal-proof dome with infrared; PFW and PDW are multi-sensor cameras, SD a PTZ speed dome, ITC a traffic (ANPR) camera, HAC an analogue HDCVI camera.</translation>
        </message>
        <message>
            <source>The UNV logo; Uniview's budget line says Uniarch. A Chinese maker, not on the FCC Covered List.</source>
            <translation>The UNV logo; Uniview's budget line says Uniarch. A Chinese maker, not on the FCC Covered List.</translation>
        </message>
        <message>
            <source>Zhejiang Uniview Technologies Co., Ltd. and a model such as IPC2122LB-SF28-A: IPC, four digits, letters, then lens and options.</source>
            <translation>Zhejiang Uniview Technologies Co., Ltd. and a model such as IPC2122LB-SF28-A: IPC, four digits, letters, then lens and options.</translation>
        </message>
        <message>
            <source>Not to be confused with Huawei's IPC6000 series: a Uniview number has letters right after its digits (IPC6322SR-…), a Huawei number a dash (IPC6325-WD-…).</source>
            <translation>Not to be confused with Huawei's IPC6000 series: a Uniview number has letters right after its digits (IPC6322SR-…), a Huawei number a dash (IPC6325-WD-…).</translation>
        </message>
        <message>
            <source>AXIS in capital letters, small, on the front or the side.</source>
            <translation>AXIS in capital letters, small, on the front or the side.</translation>
        </message>
        <message>
            <source>AXIS and the product name (AXIS P3245-LVE); the serial number is the camera's MAC address, twelve hexadecimal digits.</source>
            <translation>AXIS and the product name (AXIS P3245-LVE); the serial number is the camera's MAC address, twelve hexadecimal digits.</translation>
        </message>
        <message>
            <source>A series letter and four digits: M small, P professional, Q high end, F modular; suffix letters L infrared, V vandal-resistant, E outdoor. An Axis M20xx-LE is not a Huawei M2xxx-10-EI.</source>
            <translation>A series letter and four digits: M small, P professional, Q high end, F modular; suffix letters L infrared, V vandal-resistant, E outdoor. An Axis M20xx-LE is not a Huawei M2xxx-10-EI.</translation>
        </message>
        <message>
            <source>Wisenet or Hanwha on the housing; older units say Samsung (the business was Samsung Techwin until 2015).</source>
            <translation>Wisenet or Hanwha on the housing; older units say Samsung (the business was Samsung Techwin until 2015).</translation>
        </message>
        <message>
            <source>Models such as XNO-6080R: a series letter (X, Q, P, A, L, T), N for network, then the shape (O bullet, D dome, V vandal-proof dome, P PTZ) and digits. Samsung-era models start SNO, SND, SNV, SNP or SNB.</source>
            <translation>Models such as XNO-6080R: a series letter (X, Q, P, A, L, T), N for network, then the shape (O bullet, D dome, V vandal-proof dome, P PTZ) and digits. Samsung-era models start SNO, SND, SNV, SNP or SNB.</translation>
        </message>
        <message>
            <source>Common in shops, offices and transport; a South Korean maker.</source>
            <translation>Common in shops, offices and transport; a South Korean maker.</translation>
        </message>
        <message>
            <source>BOSCH in capital letters on the base or the side.</source>
            <translation>BOSCH in capital letters on the base or the side.</translation>
        </message>
        <message>
            <source>Bosch Security Systems, a product line name and a type number such as NDE-5503-AL or NBE-3502-AL.</source>
            <translation>Bosch Security Systems, a product line name and a type number such as NDE-5503-AL or NBE-3502-AL.</translation>
        </message>
        <message>
            <source>The product line gives the shape: FLEXIDOME fixed dome, DINION bullet or box camera, AUTODOME PTZ dome, MIC ruggedised PTZ camera.</source>
            <translation>The product line gives the shape: FLEXIDOME fixed dome, DINION bullet or box camera, AUTODOME PTZ dome, MIC ruggedised PTZ camera.</translation>
        </message>
        <message>
            <source>A small black camera on its own pole, usually with a solar panel above it, aimed along the road at the plates of passing cars.</source>
            <translation>A small black camera on its own pole, usually with a solar panel above it, aimed along the road at the plates of passing cars.</translation>
        </message>
        <message>
            <source>Rarely readable from the street. The products: Falcon (licence plates), Sparrow (plates, for neighbourhoods), Condor (video) and Raven (a gunshot detector, not a camera).</source>
            <translation>Rarely readable from the street. The products: Falcon (licence plates), Sparrow (plates, for neighbourhoods), Condor (video) and Raven (a gunshot detector, not a camera).</translation>
        </message>
        <message>
            <source>Neighbourhood entrances, car parks and main roads. Speed cameras, red-light cameras and traffic-detection cameras are often mistaken for licence-plate readers.</source>
            <translation>Neighbourhood entrances, car parks and main roads. Speed cameras, red-light cameras and traffic-detection cameras are often mistaken for licence-plate readers.</translation>
        </message>
        <message>
            <source>What to photograph</source>
            <translation>What to photograph</translation>
        </message>
        <message>
            <source>The whole camera from where you stand, then the logo and, if you can reach it with the zoom, the label: usually under the base, on the back or inside the mounting arm. Zoom in rather than climb.</source>
            <translation>The whole camera from where you stand, then the logo and, if you can reach it with the zoom, the label: usually under the base, on the back or inside the mounting arm. Zoom in rather than climb.</translation>
        </message>
        <message>
            <source>The model number</source>
            <translation>The model number</translation>
        </message>
        <message>
            <source>Type it into Model as printed; dashes, spaces, case and a lens size in brackets do not matter. The app then suggests a vendor: strong means the number fits that vendor's documented naming scheme, likely that it matches only part of it, weak that other makers use the same pattern. The suggestion is only applied when you click it.</source>
            <translation>Type it into Model as printed; dashes, spaces, case and a lens size in brackets do not matter. The app then suggests a vendor: strong means the number fits that vendor's documented naming scheme, likely that it matches only part of it, weak that other makers use the same pattern. The suggestion is only applied when you click it.</translation>
        </message>
        <message>
            <source>Type the name on the housing into Vendor: pick EZVIZ and the app records the maker Hikvision with the brand EZVIZ. Rebranded cameras of a Covered List maker are flagged like their maker.</source>
            <translation>Type the name on the housing into Vendor: pick EZVIZ and the app records the maker Hikvision with the brand EZVIZ. Rebranded cameras of a Covered List maker are flagged like their maker.</translation>
        </message>
        <message>
            <source>Vendor confidence</source>
            <translation>Vendor confidence</translation>
        </message>
        <message>
            <source>Choose seen when you read the logo or the label, shape when you judge by the look alone. Vendor unknown is a valid answer: a gap on the map is better than a wrong name in a published report.</source>
            <translation>Choose seen when you read the logo or the label, shape when you judge by the look alone. Vendor unknown is a valid answer: a gap on the map is better than a wrong name in a published report.</translation>
        </message>
        <message>
            <source>Rebrands</source>
            <translation>Rebrands</translation>
        </message>
        <message>
            <source>Identifying a camera</source>
            <translation>Identifying a camera</translation>
        </message>
        <message>
            <source>Start here</source>
            <translation>Start here</translation>
        </message>
        <message>
            <source>FCC Covered List</source>
            <translation>FCC Covered List</translation>
        </message>
        <message>
            <source>Other common makers</source>
            <translation>Other common makers</translation>
        </message>
        <message>
            <source>On the housing</source>
            <translation>On the housing</translation>
        </message>
        <message>
            <source>On the label</source>
            <translation>On the label</translation>
        </message>
        <message>
            <source>Shapes and places</source>
            <translation>Shapes and places</translation>
        </message>
        <message>
            <source>Also sold as</source>
            <translation>Also sold as</translation>
        </message>
        <message>
            <source>Model numbers the app recognises</source>
            <translation>Model numbers the app recognises</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Examples</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>Sources:</translation>
        </message>
    </context>
    <context>
        <name>WarningsPanel</name>
        <message>
            <source>Originals missing from the library</source>
            <translation>Originals missing from the library</translation>
        </message>
        <message>
            <source>Likely duplicates (&lt; 20 m, same vendor and type)</source>
            <translation>Likely duplicates (&lt; 20 m, same vendor and type)</translation>
        </message>
        <message>
            <source>Already mapped by others</source>
            <translation>Already mapped by others</translation>
        </message>
        <message>
            <source>Cameras without a position</source>
            <translation>Cameras without a position</translation>
        </message>
        <message>
            <source>Photos without a capture time</source>
            <translation>Photos without a capture time</translation>
        </message>
        <message>
            <source>Photos whose two clocks disagree</source>
            <translation>Photos whose two clocks disagree</translation>
        </message>
        <message>
            <source>Nothing to check: no likely duplicates, every camera has a position and every photo a time.</source>
            <translation>Nothing to check: no likely duplicates, every camera has a position and every photo a time.</translation>
        </message>
        <message>
            <source>Compare photos…</source>
            <translation>Compare photos…</translation>
        </message>
        <message>
            <source>Both cameras' photos side by side: merge them, or keep them as two</source>
            <translation>Both cameras' photos side by side: merge them, or keep them as two</translation>
        </message>
        <message>
            <source>Checking the survey…</source>
            <translation>Checking the survey…</translation>
        </message>
        <message>
            <source>Double-click or Compare photos… to decide: one camera or two?</source>
            <translation>Double-click or Compare photos… to decide: one camera or two?</translation>
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <source>Map the surveillance cameras of a city from volunteers' photos.</source>
            <translation>Map the surveillance cameras of a city from volunteers' photos.</translation>
        </message>
        <message>
            <source>Licence: {licence} (GNU General Public License, version 3 or later).</source>
            <translation>Licence: {licence} (GNU General Public License, version 3 or later).</translation>
        </message>
        <message>
            <source>Map data {attribution}, under the ODbL.</source>
            <translation>Map data {attribution}, under the ODbL.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Cannot open the survey {path}:

{error}</source>
            <translation>Cannot open the survey {path}:

{error}</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>usage: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>positional arguments</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>show this help message and exit</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unrecognized arguments: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>the following arguments are required: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>one of the arguments %s is required</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>invalid %(type)s value: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>expected one argument</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>expected at most one argument</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>expected at least one argument</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>expected %s argument</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>expected %s arguments</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>not allowed with argument %s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>ambiguous option: %(option)s could match %(matches)s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>ignored explicit argument %r</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>can't open '%(filename)s': %(error)s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
        </message>
    </context>
    <context>
        <name>basemap</name>
        <message>
            <source>OpenStreetMap's standard tiles may not be downloaded in bulk (its tile usage policy). For an offline map of your city, add an OpenStreetMap extract of it (a .osm.pbf file) in Settings → Offline map.</source>
            <translation>OpenStreetMap's standard tiles may not be downloaded in bulk (its tile usage policy). For an offline map of your city, add an OpenStreetMap extract of it (a .osm.pbf file) in Settings → Offline map.</translation>
        </message>
        <message>
            <source>{count} tiles is too many to download: choose a smaller area or fewer zooms</source>
            <translation>{count} tiles is too many to download: choose a smaller area or fewer zooms</translation>
        </message>
        <message>
            <source>the tile server keeps refusing (HTTP {status})</source>
            <translation>the tile server keeps refusing (HTTP {status})</translation>
        </message>
        <message>
            <source>no such file: {path}</source>
            <translation>no such file: {path}</translation>
        </message>
        <message>
            <source>{name} is not an OpenStreetMap extract (.osm.pbf, .osm or .osm.gz)</source>
            <translation>{name} is not an OpenStreetMap extract (.osm.pbf, .osm or .osm.gz)</translation>
        </message>
        <message>
            <source>{name} cannot be read as OpenStreetMap data: {error}</source>
            <translation>{name} cannot be read as OpenStreetMap data: {error}</translation>
        </message>
        <message>
            <source>{name} holds no streets, buildings or other map data</source>
            <translation>{name} holds no streets, buildings or other map data</translation>
        </message>
    </context>
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
            <source>move photos (id, sha256, or their first characters as `photos` lists them) into a new camera</source>
            <translation>move photos (id, sha256, or their first characters as `photos` lists them) into a new camera</translation>
        </message>
        <message>
            <source>delete a camera</source>
            <translation>delete a camera</translation>
        </message>
        <message>
            <source>set the team's review: verified, disputed, removed, unverified (reviewers)</source>
            <translation>set the team's review: verified, disputed, removed, unverified (reviewers)</translation>
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
            <source>note: these cameras stood {distance} apart; the merged camera stands at their mean position (`surveyapp undo` takes the merge back)</source>
            <translation>note: these cameras stood {distance} apart; the merged camera stands at their mean position (`surveyapp undo` takes the merge back)</translation>
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
            <source>already-mapped cameras (OSM, Overpass, GeoJSON): a read-only layer</source>
            <translation>already-mapped cameras (OSM, Overpass, GeoJSON): a read-only layer</translation>
        </message>
        <message>
            <source>Cameras others already mapped, shown on the map and used by the duplicate warnings. Without an action: list them.</source>
            <translation>Cameras others already mapped, shown on the map and used by the duplicate warnings. Without an action: list them.</translation>
        </message>
        <message>
            <source>import GeoJSON, OSM XML or Overpass JSON of {tag}</source>
            <translation>import GeoJSON, OSM XML or Overpass JSON of {tag}</translation>
        </message>
        <message>
            <source>Import already-mapped cameras; importing the same source again updates its cameras in place. A bad file is refused whole.</source>
            <translation>Import already-mapped cameras; importing the same source again updates its cameras in place. A bad file is refused whole.</translation>
        </message>
        <message>
            <source>name of the source (default: {osm} for OSM data, else the file name)</source>
            <translation>name of the source (default: {osm} for OSM data, else the file name)</translation>
        </message>
        <message>
            <source>remove the known cameras</source>
            <translation>remove the known cameras</translation>
        </message>
        <message>
            <source>only this source's</source>
            <translation>only this source's</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importing</translation>
        </message>
        <message>
            <source>{file}: {reason}; nothing was imported</source>
            <translation>{file}: {reason}; nothing was imported</translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras added, {updated} updated (source {source}); {skipped} elements skipped (not cameras or no position)</source>
            <translation>
                <numerusform>%n known camera added, {updated} updated (source {source}); {skipped} elements skipped (not cameras or no position)</numerusform>
                <numerusform>%n known cameras added, {updated} updated (source {source}); {skipped} elements skipped (not cameras or no position)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras removed</source>
            <translation>
                <numerusform>%n known camera removed</numerusform>
                <numerusform>%n known cameras removed</numerusform>
            </translation>
        </message>
        <message>
            <source>direction {direction}</source>
            <translation>direction {direction}</translation>
        </message>
        <message>
            <source>{count} from {source}</source>
            <translation>{count} from {source}</translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras ({sources})</source>
            <translation>
                <numerusform>%n known camera ({sources})</numerusform>
                <numerusform>%n known cameras ({sources})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n known cameras</source>
            <translation>
                <numerusform>%n known camera</numerusform>
                <numerusform>%n known cameras</numerusform>
            </translation>
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
            <source>%n originals restored</source>
            <translation>
                <numerusform>%n original restored</numerusform>
                <numerusform>%n originals restored</numerusform>
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
        <message numerus="yes">
            <source>%n files skipped: not photos</source>
            <translation>
                <numerusform>%n file skipped: not a photo</numerusform>
                <numerusform>%n files skipped: not photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos whose device clock and GPS clock disagree: check which is right (their lines above say both)</source>
            <translation>
                <numerusform>%n photo whose device clock and GPS clock disagree: check which is right (its line above says both)</numerusform>
                <numerusform>%n photos whose device clock and GPS clock disagree: check which is right (their lines above say both)</numerusform>
            </translation>
        </message>
        <message>
            <source>imported</source>
            <translation>imported</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>duplicate</translation>
        </message>
        <message>
            <source>original restored</source>
            <translation>original restored</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>skipped</translation>
        </message>
        <message>
            <source>the vendor catalogue</source>
            <translation>the vendor catalogue</translation>
        </message>
        <message>
            <source>ranked vendors, with confidence, for a model number or label</source>
            <translation>ranked vendors, with confidence, for a model number or label</translation>
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
            <source>model {model} looks like {vendor}{covered} ({confidence}: {reason}): set {assignment}?</source>
            <translation>model {model} looks like {vendor}{covered} ({confidence}: {reason}): set {assignment}?</translation>
        </message>
        <message>
            <source>brands: {names}</source>
            <translation>brands: {names}</translation>
        </message>
        <message>
            <source>Map surveillance cameras from your photos.</source>
            <translation>Map surveillance cameras from your photos.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>show the version and exit</translation>
        </message>
        <message>
            <source>survey database file (default: $SURVEYAPP_DB or {path})</source>
            <translation>survey database file (default: $SURVEYAPP_DB or {path})</translation>
        </message>
        <message>
            <source>warning: a token on the command line is visible to other users of this machine; once --save-token has kept it in the keyring, the next runs need no --token</source>
            <translation>warning: a token on the command line is visible to other users of this machine; once --save-token has kept it in the keyring, the next runs need no --token</translation>
        </message>
        <message>
            <source>warning: a token on the command line is visible to other users of this machine; prefer $SURVEYAPP_TOKEN or --save-token (the keyring)</source>
            <translation>warning: a token on the command line is visible to other users of this machine; prefer $SURVEYAPP_TOKEN or --save-token (the keyring)</translation>
        </message>
        <message>
            <source>interrupted: what the command had not finished was not saved</source>
            <translation>interrupted: what the command had not finished was not saved</translation>
        </message>
        <message>
            <source>error: the disk is full: the last step was not saved, everything before it is intact. Free some space and run the command again.</source>
            <translation>error: the disk is full: the last step was not saved, everything before it is intact. Free some space and run the command again.</translation>
        </message>
        <message>
            <source>export the survey</source>
            <translation>export the survey</translation>
        </message>
        <message>
            <source>Formats: {formats}.</source>
            <translation>Formats: {formats}.</translation>
        </message>
        <message>
            <source>output file, or - for standard output</source>
            <translation>output file, or - for standard output</translation>
        </message>
        <message>
            <source>write capture times as the date only (for publication)</source>
            <translation>write capture times as the date only (for publication)</translation>
        </message>
        <message>
            <source>write only the cameras the team's reviewers verified</source>
            <translation>write only the cameras the team's reviewers verified</translation>
        </message>
        <message numerus="yes">
            <source>GeoJSON and %n photos written to {path}</source>
            <translation>
                <numerusform>GeoJSON and %n photos written to {path}</numerusform>
                <numerusform>GeoJSON and %n photos written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras written to {path}</source>
            <translation>
                <numerusform>%n cameras written to {path}</numerusform>
                <numerusform>%n cameras written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos not named in survey:photos: they have no shared copy yet (the next sync makes them; the zip makes its own)</source>
            <translation>
                <numerusform>%n photos not named in survey:photos: they have no shared copy yet (the next sync makes them; the zip makes its own)</numerusform>
                <numerusform>%n photos not named in survey:photos: they have no shared copy yet (the next sync makes them; the zip makes its own)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>left out (%n; the zip's README.txt names them too):</source>
            <translation>
                <numerusform>left out (%n; the zip's README.txt names them too):</numerusform>
                <numerusform>left out (%n; the zip's README.txt names them too):</numerusform>
            </translation>
        </message>
        <message>
            <source>the survey's name and privacy settings</source>
            <translation>the survey's name and privacy settings</translation>
        </message>
        <message>
            <source>place photos without GPS from a GPS track or from the photos taken around them</source>
            <translation>place photos without GPS from a GPS track or from the photos taken around them</translation>
        </message>
        <message>
            <source>a GPS logger's track (GPX 1.0 or 1.1); may be given several times</source>
            <translation>a GPS logger's track (GPX 1.0 or 1.1); may be given several times</translation>
        </message>
        <message>
            <source>the camera clock's offset from UTC (its time zone, plus its error): for every photo given</source>
            <translation>the camera clock's offset from UTC (its time zone, plus its error): for every photo given</translation>
        </message>
        <message>
            <source>time zone of photos without an offset (default: the survey's setting)</source>
            <translation>time zone of photos without an offset (default: the survey's setting)</translation>
        </message>
        <message>
            <source>refuse to place a photo between track points further apart (default 60 s)</source>
            <translation>refuse to place a photo between track points further apart (default 60 s)</translation>
        </message>
        <message>
            <source>clock check: this photo's true time (--at) or place (--place) sets the offset of every photo of its device</source>
            <translation>clock check: this photo's true time (--at) or place (--place) sets the offset of every photo of its device</translation>
        </message>
        <message>
            <source>the true time of the --check photo, e.g. 2026-05-04T10:00:00+02:00</source>
            <translation>the true time of the --check photo, e.g. 2026-05-04T10:00:00+02:00</translation>
        </message>
        <message>
            <source>where the --check photo was taken (the track gives the time)</source>
            <translation>where the --check photo was taken (the track gives the time)</translation>
        </message>
        <message>
            <source>place photos from the same device's GPS photos taken just before and after</source>
            <translation>place photos from the same device's GPS photos taken just before and after</translation>
        </message>
        <message>
            <source>with --from-neighbours: how close in time (default 120 s)</source>
            <translation>with --from-neighbours: how close in time (default 120 s)</translation>
        </message>
        <message>
            <source>show what would change, change nothing</source>
            <translation>show what would change, change nothing</translation>
        </message>
        <message>
            <source>undo the latest geotagging, wherever it was applied (this command, the geotagging window of the app or a suggestion on the map), and say which one it was: when it was applied, from which track and how many photos</source>
            <translation>undo the latest geotagging, wherever it was applied (this command, the geotagging window of the app or a suggestion on the map), and say which one it was: when it was applied, from which track and how many photos</translation>
        </message>
        <message>
            <source>print as JSON</source>
            <translation>print as JSON</translation>
        </message>
        <message>
            <source>{option} must be a positive number of seconds</source>
            <translation>{option} must be a positive number of seconds</translation>
        </message>
        <message>
            <source>{option} must be at most {seconds} seconds (a year)</source>
            <translation>{option} must be at most {seconds} seconds (a year)</translation>
        </message>
        <message>
            <source>give one of --gpx TRACK.gpx, --from-neighbours or --undo</source>
            <translation>give one of --gpx TRACK.gpx, --from-neighbours or --undo</translation>
        </message>
        <message>
            <source>--place needs a track (--gpx)</source>
            <translation>--place needs a track (--gpx)</translation>
        </message>
        <message>
            <source>--check needs either --at TIME or --place LAT,LON</source>
            <translation>--check needs either --at TIME or --place LAT,LON</translation>
        </message>
        <message>
            <source>--at and --place go with --check PHOTO</source>
            <translation>--at and --place go with --check PHOTO</translation>
        </message>
        <message>
            <source>give either --offset or --check, not both</source>
            <translation>give either --offset or --check, not both</translation>
        </message>
        <message>
            <source>'{text}' lies outside the calendar SurveyApp knows</source>
            <translation>'{text}' lies outside the calendar SurveyApp knows</translation>
        </message>
        <message>
            <source>give the right offset (--offset), or check the clock by a photo's place (--check PHOTO --place LAT,LON)</source>
            <translation>give the right offset (--offset), or check the clock by a photo's place (--check PHOTO --place LAT,LON)</translation>
        </message>
        <message>
            <source>{placed}; {refused}</source>
            <translation>{placed}; {refused}</translation>
        </message>
        <message numerus="yes">
            <source>undone: the geotagging of %n photos from the track {track}, applied {when}</source>
            <translation>
                <numerusform>undone: the geotagging of %n photo from the track {track}, applied {when}</numerusform>
                <numerusform>undone: the geotagging of %n photos from the track {track}, applied {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>undone: the geotagging of %n photos from the photos taken just before and after, applied {when}</source>
            <translation>
                <numerusform>undone: the geotagging of %n photo from the photos taken just before and after, applied {when}</numerusform>
                <numerusform>undone: the geotagging of %n photos from the photos taken just before and after, applied {when}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos back where they were</source>
            <translation>
                <numerusform>%n photo back where it was</numerusform>
                <numerusform>%n photos back where they were</numerusform>
            </translation>
        </message>
        <message>
            <source>'{text}' is not a time with its offset, e.g. 2026-05-04T10:00:00+02:00</source>
            <translation>'{text}' is not a time with its offset, e.g. 2026-05-04T10:00:00+02:00</translation>
        </message>
        <message>
            <source>'{text}' is not a place as LAT,LON, e.g. 44.8125,20.4612</source>
            <translation>'{text}' is not a place as LAT,LON, e.g. 44.8125,20.4612</translation>
        </message>
        <message>
            <source>--check names one photo, not a camera of several</source>
            <translation>--check names one photo, not a camera of several</translation>
        </message>
        <message>
            <source>reading the track {name}…</source>
            <translation>reading the track {name}…</translation>
        </message>
        <message>
            <source>track {name}: {start} to {end} ({zone})</source>
            <translation>track {name}: {start} to {end} ({zone})</translation>
        </message>
        <message>
            <source>track {name}: {start} to {end} (UTC)</source>
            <translation>track {name}: {start} to {end} (UTC)</translation>
        </message>
        <message>
            <source>clock check: {device} runs at {offset} from UTC</source>
            <translation>clock check: {device} runs at {offset} from UTC</translation>
        </message>
        <message>
            <source>clock offsets (wall clock minus UTC):</source>
            <translation>clock offsets (wall clock minus UTC):</translation>
        </message>
        <message numerus="yes">
            <source>{device}: {offset} from {source}, %n photos</source>
            <translation>
                <numerusform>{device}: {offset} from {source}, %n photo</numerusform>
                <numerusform>{device}: {offset} from {source}, %n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>new position</source>
            <translation>new position</translation>
        </message>
        <message>
            <source>moved {metres} m</source>
            <translation>moved {metres} m</translation>
        </message>
        <message>
            <source>±{metres} m</source>
            <translation>±{metres} m</translation>
        </message>
        <message numerus="yes">
            <source>%n photos can be placed</source>
            <translation>
                <numerusform>%n photo can be placed</numerusform>
                <numerusform>%n photos can be placed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cannot</source>
            <translation>
                <numerusform>%n cannot</numerusform>
                <numerusform>%n cannot</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos are in cameras placed by hand: the photos get their new position, the cameras keep their place</source>
            <translation>
                <numerusform>%n photo is in a camera placed by hand: the photo gets its new position, the camera keeps its place</numerusform>
                <numerusform>%n photos are in cameras placed by hand: the photos get their new position, the cameras keep their place</numerusform>
            </translation>
        </message>
        <message>
            <source>dry run: nothing was changed</source>
            <translation>dry run: nothing was changed</translation>
        </message>
        <message numerus="yes">
            <source>%n photos geotagged</source>
            <translation>
                <numerusform>%n photo geotagged</numerusform>
                <numerusform>%n photos geotagged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cameras joined a camera nearby</source>
            <translation>
                <numerusform>%n camera joined a camera nearby</numerusform>
                <numerusform>%n cameras joined a camera nearby</numerusform>
            </translation>
        </message>
        <message>
            <source>to undo: surveyapp geotag --undo</source>
            <translation>to undo: surveyapp geotag --undo</translation>
        </message>
        <message numerus="yes">
            <source>%n cameras placed by hand kept their place (their photos were geotagged all the same):</source>
            <translation>
                <numerusform>%n camera placed by hand kept its place (its photos were geotagged all the same):</numerusform>
                <numerusform>%n cameras placed by hand kept their place (their photos were geotagged all the same):</numerusform>
            </translation>
        </message>
        <message>
            <source>change settings: name=TEXT blur=on|off time_zone=ZONE</source>
            <translation>change settings: name=TEXT blur=on|off time_zone=ZONE</translation>
        </message>
        <message>
            <source>'{item}' is not name=TEXT, blur=on|off or time_zone=ZONE</source>
            <translation>'{item}' is not name=TEXT, blur=on|off or time_zone=ZONE</translation>
        </message>
        <message>
            <source>blur is on or off, not '{value}'</source>
            <translation>blur is on or off, not '{value}'</translation>
        </message>
        <message>
            <source>survey: {name}</source>
            <translation>survey: {name}</translation>
        </message>
        <message>
            <source>blur faces and licence plates in shared photos: on</source>
            <translation>blur faces and licence plates in shared photos: on</translation>
        </message>
        <message>
            <source>blur faces and licence plates in shared photos: off</source>
            <translation>blur faces and licence plates in shared photos: off</translation>
        </message>
        <message>
            <source>time zone of photos without one: {zone}</source>
            <translation>time zone of photos without one: {zone}</translation>
        </message>
        <message>
            <source>a survey name has 1 to 200 characters</source>
            <translation>a survey name has 1 to 200 characters</translation>
        </message>
        <message numerus="yes">
            <source>%n photos will be shared again with the new setting</source>
            <translation>
                <numerusform>%n photo will be shared again with the new setting</numerusform>
                <numerusform>%n photos will be shared again with the new setting</numerusform>
            </translation>
        </message>
        <message>
            <source>SQLAlchemy URL: {sqlite} or {postgresql} (default: {variable} or {file_name} in the per-user data folder)</source>
            <translation>SQLAlchemy URL: {sqlite} or {postgresql} (default: {variable} or {file_name} in the per-user data folder)</translation>
        </message>
        <message>
            <source>run and administer the team's sync server</source>
            <translation>run and administer the team's sync server</translation>
        </message>
        <message>
            <source>serve the sync API (OpenAPI at /docs)</source>
            <translation>serve the sync API (OpenAPI at /docs)</translation>
        </message>
        <message>
            <source>address to listen on (default {host})</source>
            <translation>address to listen on (default {host})</translation>
        </message>
        <message>
            <source>port (default {port})</source>
            <translation>port (default {port})</translation>
        </message>
        <message>
            <source>folder for photo blobs (default: beside the database, or {folder} in the per-user data folder)</source>
            <translation>folder for photo blobs (default: beside the database, or {folder} in the per-user data folder)</translation>
        </message>
        <message>
            <source>largest photo accepted, in MB (default {size})</source>
            <translation>largest photo accepted, in MB (default {size})</translation>
        </message>
        <message>
            <source>delete a shared photo copy this many hours after no photo names it (default 24)</source>
            <translation>delete a shared photo copy this many hours after no photo names it (default 24)</translation>
        </message>
        <message>
            <source>server processes sharing the port (PostgreSQL only; default {count})</source>
            <translation>server processes sharing the port (PostgreSQL only; default {count})</translation>
        </message>
        <message>
            <source>requests a second one token may make, in each process; 0: no limit (default {rate})</source>
            <translation>requests a second one token may make, in each process; 0: no limit (default {rate})</translation>
        </message>
        <message>
            <source>the public map at /</source>
            <translation>the public map at /</translation>
        </message>
        <message>
            <source>the public page's title</source>
            <translation>the public page's title</translation>
        </message>
        <message>
            <source>the public page's language (default: each visitor's browser's, else English)</source>
            <translation>the public page's language (default: each visitor's browser's, else English)</translation>
        </message>
        <message>
            <source>the public page's about text</source>
            <translation>the public page's about text</translation>
        </message>
        <message>
            <source>the background map's tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (default: none, the cameras alone)</source>
            <translation>the background map's tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (default: none, the cameras alone)</translation>
        </message>
        <message>
            <source>the tiles' attribution text</source>
            <translation>the tiles' attribution text</translation>
        </message>
        <message>
            <source>publish a camera that two volunteers photographed even before a reviewer looked (never one a reviewer disputed or removed)</source>
            <translation>publish a camera that two volunteers photographed even before a reviewer looked (never one a reviewer disputed or removed)</translation>
        </message>
        <message>
            <source>an offline map area (a .basemap.sqlite file the desktop app made from an OSM extract, or a folder of them) that names each published camera's street and district; may be repeated</source>
            <translation>an offline map area (a .basemap.sqlite file the desktop app made from an OSM extract, or a folder of them) that names each published camera's street and district; may be repeated</translation>
        </message>
        <message>
            <source>add a user; prints their token (shown only once)</source>
            <translation>add a user; prints their token (shown only once)</translation>
        </message>
        <message>
            <source>a pseudonym (the server stores nothing else about them)</source>
            <translation>a pseudonym (the server stores nothing else about them)</translation>
        </message>
        <message>
            <source>give a user another role (the running server acts on it at once)</source>
            <translation>give a user another role (the running server acts on it at once)</translation>
        </message>
        <message>
            <source>revoke a user's token</source>
            <translation>revoke a user's token</translation>
        </message>
        <message>
            <source>give a user a new token in place of their old one (shown only once)</source>
            <translation>give a user a new token in place of their old one (shown only once)</translation>
        </message>
        <message>
            <source>the users, their roles, revoked tokens</source>
            <translation>the users, their roles, revoked tokens</translation>
        </message>
        <message>
            <source>cannot open the server database: its driver {driver} is not installed; write postgresql+psycopg://USER@HOST/DB or sqlite:///PATH</source>
            <translation>cannot open the server database: its driver {driver} is not installed; write postgresql+psycopg://USER@HOST/DB or sqlite:///PATH</translation>
        </message>
        <message>
            <source>cannot open the server database: {reason}</source>
            <translation>cannot open the server database: {reason}</translation>
        </message>
        <message>
            <source>upgraded the server database's schema from {old} to {new}</source>
            <translation>upgraded the server database's schema from {old} to {new}</translation>
        </message>
        <message>
            <source>{option} must be between {low} and {high}</source>
            <translation>{option} must be between {low} and {high}</translation>
        </message>
        <message>
            <source>{option} must be positive</source>
            <translation>{option} must be positive</translation>
        </message>
        <message>
            <source>SQLite serves one process: use PostgreSQL for {option} above 1</source>
            <translation>SQLite serves one process: use PostgreSQL for {option} above 1</translation>
        </message>
        <message>
            <source>{path} is no offline map area (a .basemap.sqlite file, or a folder of them)</source>
            <translation>{path} is no offline map area (a .basemap.sqlite file, or a folder of them)</translation>
        </message>
        <message>
            <source>Added {role} {name}. Their token (shown only this once):</source>
            <translation>Added {role} {name}. Their token (shown only this once):</translation>
        </message>
        <message>
            <source>{name} is a {role} already</source>
            <translation>{name} is a {role} already</translation>
        </message>
        <message>
            <source>{name} is now a {role} (was a {was})</source>
            <translation>{name} is now a {role} (was a {was})</translation>
        </message>
        <message>
            <source>revoked the token of {name}</source>
            <translation>revoked the token of {name}</translation>
        </message>
        <message>
            <source>New token of {name}; the old one no longer works (shown only this once):</source>
            <translation>New token of {name}; the old one no longer works (shown only this once):</translation>
        </message>
        <message>
            <source>what to check: likely duplicates, cameras already in OSM, missing data and originals</source>
            <translation>what to check: likely duplicates, cameras already in OSM, missing data and originals</translation>
        </message>
        <message>
            <source>no warnings</source>
            <translation>no warnings</translation>
        </message>
        <message>
            <source>put the latest good backup in place of a damaged survey</source>
            <translation>put the latest good backup in place of a damaged survey</translation>
        </message>
        <message>
            <source>this backup file, not the latest</source>
            <translation>this backup file, not the latest</translation>
        </message>
        <message>
            <source>list the backups, change nothing</source>
            <translation>list the backups, change nothing</translation>
        </message>
        <message>
            <source>back the survey up now, beside it (SQLite's backup API)</source>
            <translation>back the survey up now, beside it (SQLite's backup API)</translation>
        </message>
        <message>
            <source>{backup}  cannot be used: {reason}</source>
            <translation>{backup}  cannot be used: {reason}</translation>
        </message>
        <message>
            <source>no backups beside {path}</source>
            <translation>no backups beside {path}</translation>
        </message>
        <message>
            <source>restored {path} from the backup {backup} (made {made})</source>
            <translation>restored {path} from the backup {backup} (made {made})</translation>
        </message>
        <message>
            <source>the damaged file is kept as {path}</source>
            <translation>the damaged file is kept as {path}</translation>
        </message>
        <message>
            <source>the survey it replaced is kept as {path}</source>
            <translation>the survey it replaced is kept as {path}</translation>
        </message>
        <message numerus="yes">
            <source>warning: the originals of %n photos of the backup are not in the photo library {library}: if it was moved or is on a disk not plugged in, put it back there and run this restore again before anything else, so that the photos imported after the backup are added back too</source>
            <translation>
                <numerusform>warning: the original of %n photo of the backup is not in the photo library {library}: if it was moved or is on a disk not plugged in, put it back there and run this restore again before anything else, so that the photos imported after the backup are added back too</numerusform>
                <numerusform>warning: the originals of %n photos of the backup are not in the photo library {library}: if it was moved or is on a disk not plugged in, put it back there and run this restore again before anything else, so that the photos imported after the backup are added back too</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the damaged file cannot be read, so nothing says which photos imported after the backup you deleted since: %n were not added back, so that none you withdrew is shared again; their originals are kept in {folder}. Those you shared come back at your next sync; import again those you kept and never shared: surveyapp --db {path} import FILE...</source>
            <translation>
                <numerusform>the damaged file cannot be read, so nothing says whether you deleted the photo imported after the backup: %n was not added back, so that nothing you withdrew is shared again; its original is kept in {folder}. If you shared it, it comes back at your next sync; if you kept it and never shared it, import it again: surveyapp --db {path} import FILE...</numerusform>
                <numerusform>the damaged file cannot be read, so nothing says which photos imported after the backup you deleted since: %n were not added back, so that none you withdrew is shared again; their originals are kept in {folder}. Those you shared come back at your next sync; import again those you kept and never shared: surveyapp --db {path} import FILE...</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos imported after the backup were added back from the library; other changes made after it are lost</source>
            <translation>
                <numerusform>%n photo imported after the backup was added back from the library; other changes made after it are lost</numerusform>
                <numerusform>%n photos imported after the backup were added back from the library; other changes made after it are lost</numerusform>
            </translation>
        </message>
        <message>
            <source>undo the last camera edit made from the command line</source>
            <translation>undo the last camera edit made from the command line</translation>
        </message>
        <message>
            <source>when the last edit's undo is refused (changed since, not allowed), set that edit aside without undoing it (it stays as it is and is never undone later) and undo the one before it</source>
            <translation>when the last edit's undo is refused (changed since, not allowed), set that edit aside without undoing it (it stays as it is and is never undone later) and undo the one before it</translation>
        </message>
        <message>
            <source>redo the camera edit undone last</source>
            <translation>redo the camera edit undone last</translation>
        </message>
        <message>
            <source>when the redo of the edit undone last is refused (changed since, not allowed), set that edit aside without redoing it (it stays undone and is never redone later) and redo the one after it</source>
            <translation>when the redo of the edit undone last is refused (changed since, not allowed), set that edit aside without redoing it (it stays undone and is never redone later) and redo the one after it</translation>
        </message>
        <message>
            <source>set aside, not redone: {edit} (it stays undone)</source>
            <translation>set aside, not redone: {edit} (it stays undone)</translation>
        </message>
        <message>
            <source>set aside, not undone: {edit} (it stays as it is)</source>
            <translation>set aside, not undone: {edit} (it stays as it is)</translation>
        </message>
        <message>
            <source>there is no edit after it to redo</source>
            <translation>there is no edit after it to redo</translation>
        </message>
        <message>
            <source>there is no edit before it to undo</source>
            <translation>there is no edit before it to undo</translation>
        </message>
        <message>
            <source>undone: {edit}</source>
            <translation>undone: {edit}</translation>
        </message>
        <message>
            <source>redone: {edit}</source>
            <translation>redone: {edit}</translation>
        </message>
        <message>
            <source>{error}
`surveyapp redo --skip` sets the {name} aside (it stays undone) and redoes the {before} after it</source>
            <translation>{error}
`surveyapp redo --skip` sets the {name} aside (it stays undone) and redoes the {before} after it</translation>
        </message>
        <message>
            <source>{error}
`surveyapp redo --skip` sets the {name} aside (it stays undone)</source>
            <translation>{error}
`surveyapp redo --skip` sets the {name} aside (it stays undone)</translation>
        </message>
        <message>
            <source>{error}
`surveyapp undo --skip` sets the {name} aside (it stays as it is) and undoes the {before} before it</source>
            <translation>{error}
`surveyapp undo --skip` sets the {name} aside (it stays as it is) and undoes the {before} before it</translation>
        </message>
        <message>
            <source>{error}
`surveyapp undo --skip` sets the {name} aside (it stays as it is)</source>
            <translation>{error}
`surveyapp undo --skip` sets the {name} aside (it stays as it is)</translation>
        </message>
        <message>
            <source>(the server gets the change at the next sync)</source>
            <translation>(the server gets the change at the next sync)</translation>
        </message>
        <message>
            <source>sync with the team's server (status: what is waiting; fetch: a photo)</source>
            <translation>sync with the team's server (status: what is waiting; fetch: a photo)</translation>
        </message>
        <message>
            <source>keep the token in the OS keyring</source>
            <translation>keep the token in the OS keyring</translation>
        </message>
        <message>
            <source>print the run's summary as JSON</source>
            <translation>print the run's summary as JSON</translation>
        </message>
        <message>
            <source>show what would leave the laptop; no network</source>
            <translation>show what would leave the laptop; no network</translation>
        </message>
        <message>
            <source>changes and photos waiting, recent runs</source>
            <translation>changes and photos waiting, recent runs</translation>
        </message>
        <message>
            <source>drop changes the server refused and take the server's values back</source>
            <translation>drop changes the server refused and take the server's values back</translation>
        </message>
        <message>
            <source>the record's id (or a prefix of 4+ characters)</source>
            <translation>the record's id (or a prefix of 4+ characters)</translation>
        </message>
        <message>
            <source>every refused change</source>
            <translation>every refused change</translation>
        </message>
        <message>
            <source>download someone else's photo into the library</source>
            <translation>download someone else's photo into the library</translation>
        </message>
        <message>
            <source>photo id or sha256</source>
            <translation>photo id or sha256</translation>
        </message>
        <message>
            <source>the server's address</source>
            <translation>the server's address</translation>
        </message>
        <message>
            <source>your token (else $SURVEYAPP_TOKEN, or the keyring)</source>
            <translation>your token (else $SURVEYAPP_TOKEN, or the keyring)</translation>
        </message>
        <message>
            <source>'{server}' is not a server address (http://... or https://...)</source>
            <translation>'{server}' is not a server address (http://... or https://...)</translation>
        </message>
        <message>
            <source>give the server: --server URL</source>
            <translation>give the server: --server URL</translation>
        </message>
        <message>
            <source>put off: {item}</source>
            <translation>put off: {item}</translation>
        </message>
        <message>
            <source>everything is in sync</source>
            <translation>everything is in sync</translation>
        </message>
        <message>
            <source>this laptop has sent everything</source>
            <translation>this laptop has sent everything</translation>
        </message>
        <message numerus="yes">
            <source>%n changes were refused by the server: see `surveyapp sync status`; `surveyapp sync discard ID` (or --all) drops them and takes the server's values</source>
            <translation>
                <numerusform>%n change was refused by the server: see `surveyapp sync status`; `surveyapp sync discard ID` (or --all) drops it and takes the server's values</numerusform>
                <numerusform>%n changes were refused by the server: see `surveyapp sync status`; `surveyapp sync discard ID` (or --all) drops them and takes the server's values</numerusform>
            </translation>
        </message>
        <message>
            <source>{changes} and {photos} still waiting: sync again</source>
            <translation>{changes} and {photos} still waiting: sync again</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message>
            <source>{sent} ({merged}), {photos}, {pulled} ({received})</source>
            <translation>{sent} ({merged}), {photos}, {pulled} ({received})</translation>
        </message>
        <message numerus="yes">
            <source>%n merged with others' edits</source>
            <translation>
                <numerusform>%n merged with others' edits</numerusform>
                <numerusform>%n merged with others' edits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes pulled</source>
            <translation>
                <numerusform>%n change pulled</numerusform>
                <numerusform>%n changes pulled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new here</source>
            <translation>
                <numerusform>%n new here</numerusform>
                <numerusform>%n new here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n surveys</source>
            <translation>
                <numerusform>%n survey</numerusform>
                <numerusform>%n surveys</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes would be pushed ({kinds}; {deletions})</source>
            <translation>
                <numerusform>%n change would be pushed ({kinds}; {deletions})</numerusform>
                <numerusform>%n changes would be pushed ({kinds}; {deletions})</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message numerus="yes">
            <source>%n deletions</source>
            <translation>
                <numerusform>%n deletion</numerusform>
                <numerusform>%n deletions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n refused changes (not sent again; `surveyapp sync discard`)</source>
            <translation>
                <numerusform>and %n refused change (not sent again; `surveyapp sync discard`)</numerusform>
                <numerusform>and %n refused changes (not sent again; `surveyapp sync discard`)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos would be uploaded (shareable copies, never the originals)</source>
            <translation>
                <numerusform>%n photo would be uploaded (shareable copies, never the originals)</numerusform>
                <numerusform>%n photos would be uploaded (shareable copies, never the originals)</numerusform>
            </translation>
        </message>
        <message>
            <source>warning: the token was not saved: {error}; give it again next time (--token, or $SURVEYAPP_TOKEN)</source>
            <translation>warning: the token was not saved: {error}; give it again next time (--token, or $SURVEYAPP_TOKEN)</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Syncing</translation>
        </message>
        <message>
            <source>retry: {reason}</source>
            <translation>retry: {reason}</translation>
        </message>
        <message>
            <source>interrupted: what was sent is kept; sync again to finish</source>
            <translation>interrupted: what was sent is kept; sync again to finish</translation>
        </message>
        <message>
            <source>{error}; nothing was lost: the changes wait for a new token</source>
            <translation>{error}; nothing was lost: the changes wait for a new token</translation>
        </message>
        <message>
            <source>{error}; nothing was lost: sync again later</source>
            <translation>{error}; nothing was lost: sync again later</translation>
        </message>
        <message>
            <source>refused: {item}</source>
            <translation>refused: {item}</translation>
        </message>
        <message>
            <source>(surveyapp sync discard ID, or --all: drop them and take the server's values)</source>
            <translation>(surveyapp sync discard ID, or --all: drop them and take the server's values)</translation>
        </message>
        <message>
            <source>recent runs:</source>
            <translation>recent runs:</translation>
        </message>
        <message>
            <source>{when}  {server}  pushed {pushed}, pulled {pulled}, photos {photos}, errors {errors}: {result}</source>
            <translation>{when}  {server}  pushed {pushed}, pulled {pulled}, photos {photos}, errors {errors}: {result}</translation>
        </message>
        <message>
            <source>discarded: {item}</source>
            <translation>discarded: {item}</translation>
        </message>
        <message numerus="yes">
            <source>'{photo}' names %n photos (give its id or sha256)</source>
            <translation>
                <numerusform>'{photo}' names %n photo (give its id or sha256)</numerusform>
                <numerusform>'{photo}' names %n photos (give its id or sha256)</numerusform>
            </translation>
        </message>
        <message>
            <source>a user name is 1 to {count} characters</source>
            <translation>a user name is 1 to {count} characters</translation>
        </message>
        <message>
            <source>unknown role {role}; choose one of {roles}</source>
            <translation>unknown role {role}; choose one of {roles}</translation>
        </message>
        <message>
            <source>a user named {name} exists already</source>
            <translation>a user named {name} exists already</translation>
        </message>
        <message>
            <source>no user named {name}</source>
            <translation>no user named {name}</translation>
        </message>
    </context>
    <context>
        <name>database</name>
        <message>
            <source>the backup could not be written in {folder}: {reason}</source>
            <translation>the backup could not be written in {folder}: {reason}</translation>
        </message>
        <message>
            <source>the backup could not be put back in {folder}: {reason}</source>
            <translation>the backup could not be put back in {folder}: {reason}</translation>
        </message>
        <message>
            <source>it is not a file</source>
            <translation>it is not a file</translation>
        </message>
        <message>
            <source>it is empty (0 bytes): cut short</source>
            <translation>it is empty (0 bytes): cut short</translation>
        </message>
        <message>
            <source>it is damaged or cut short ({detail})</source>
            <translation>it is damaged or cut short ({detail})</translation>
        </message>
        <message>
            <source>it is no SurveyApp survey</source>
            <translation>it is no SurveyApp survey</translation>
        </message>
        <message>
            <source>its schema {revision} is none this SurveyApp knows (another program's file, or a newer SurveyApp's)</source>
            <translation>its schema {revision} is none this SurveyApp knows (another program's file, or a newer SurveyApp's)</translation>
        </message>
        <message>
            <source>the backup {backup} cannot be used: {reason}</source>
            <translation>the backup {backup} cannot be used: {reason}</translation>
        </message>
        <message>
            <source>{what}; the survey is as it was</source>
            <translation>{what}; the survey is as it was</translation>
        </message>
        <message>
            <source>{path} is open in SurveyApp (the app or a command): close it, then restore the backup</source>
            <translation>{path} is open in SurveyApp (the app or a command): close it, then restore the backup</translation>
        </message>
        <message>
            <source>there is no usable backup of {path}{problems}</source>
            <translation>there is no usable backup of {path}{problems}</translation>
        </message>
        <message>
            <source>its last changes are still in {wal}, which SurveyApp cannot read in a read-only folder; copy the folder somewhere writable and open the copy</source>
            <translation>its last changes are still in {wal}, which SurveyApp cannot read in a read-only folder; copy the folder somewhere writable and open the copy</translation>
        </message>
        <message>
            <source>{path} is a folder, not a survey database</source>
            <translation>{path} is a folder, not a survey database</translation>
        </message>
        <message>
            <source>{path} is not a file (a named pipe or a device), not a survey database</source>
            <translation>{path} is not a file (a named pipe or a device), not a survey database</translation>
        </message>
        <message>
            <source>there is no survey at {path}, and its folder is read-only</source>
            <translation>there is no survey at {path}, and its folder is read-only</translation>
        </message>
        <message>
            <source>it was saved by another version of SurveyApp and must be upgraded, which needs write access</source>
            <translation>it was saved by another version of SurveyApp and must be upgraded, which needs write access</translation>
        </message>
        <message>
            <source>{path} is not a SurveyApp survey but another program's database (its tables: {tables}); nothing was changed: choose a survey, or a new file name to start one</source>
            <translation>{path} is not a SurveyApp survey but another program's database (its tables: {tables}); nothing was changed: choose a survey, or a new file name to start one</translation>
        </message>
        <message>
            <source>the survey database is damaged ({reason}) and there is no backup of it beside it; keep the file: SQLite's .recover may still get its data back</source>
            <translation>the survey database is damaged ({reason}) and there is no backup of it beside it; keep the file: SQLite's .recover may still get its data back</translation>
        </message>
        <message>
            <source>the survey database is damaged ({reason}): the latest backup is {backup} (made {made}); to go back to it, run: surveyapp --db {path} restore-backup</source>
            <translation>the survey database is damaged ({reason}): the latest backup is {backup} (made {made}); to go back to it, run: surveyapp --db {path} restore-backup</translation>
        </message>
        <message>
            <source>the survey database {path} is empty (0 bytes) and there is no backup of it; if no survey was ever saved there, delete the file and SurveyApp starts a new one</source>
            <translation>the survey database {path} is empty (0 bytes) and there is no backup of it; if no survey was ever saved there, delete the file and SurveyApp starts a new one</translation>
        </message>
        <message>
            <source>the survey database {path} is empty (0 bytes): the latest backup is {backup} (made {made}); to go back to it, run: surveyapp --db {path} restore-backup</source>
            <translation>the survey database {path} is empty (0 bytes): the latest backup is {backup} (made {made}); to go back to it, run: surveyapp --db {path} restore-backup</translation>
        </message>
        <message>
            <source>the file, its folder or its disk does not allow changes</source>
            <translation>the file, its folder or its disk does not allow changes</translation>
        </message>
        <message>
            <source>the survey is read-only: {reason}; nothing was changed (commands that only read still work: {path})</source>
            <translation>the survey is read-only: {reason}; nothing was changed (commands that only read still work: {path})</translation>
        </message>
        <message>
            <source>the survey database was moved or deleted while SurveyApp had it open; nothing was changed: open it again where it is now ({path})</source>
            <translation>the survey database was moved or deleted while SurveyApp had it open; nothing was changed: open it again where it is now ({path})</translation>
        </message>
        <message>
            <source>the disk is full: this change was not saved, everything saved before it is intact; free some space, then try again ({path})</source>
            <translation>the disk is full: this change was not saved, everything saved before it is intact; free some space, then try again ({path})</translation>
        </message>
        <message>
            <source>the survey is busy: another program has been writing to it for a minute; nothing was changed, try again when it is done ({path})</source>
            <translation>the survey is busy: another program has been writing to it for a minute; nothing was changed, try again when it is done ({path})</translation>
        </message>
        <message>
            <source>the survey database cannot be opened ({reason}): {path}</source>
            <translation>the survey database cannot be opened ({reason}): {path}</translation>
        </message>
        <message>
            <source>the disk could not read or write the survey database ({reason}); nothing more was changed: check the disk, then open the survey again ({path})</source>
            <translation>the disk could not read or write the survey database ({reason}); nothing more was changed: check the disk, then open the survey again ({path})</translation>
        </message>
        <message>
            <source>This database was written by a newer version of SurveyApp (schema {schema}); this version knows schemas up to {head}. Install the newer SurveyApp to open it.</source>
            <translation>This database was written by a newer version of SurveyApp (schema {schema}); this version knows schemas up to {head}. Install the newer SurveyApp to open it.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>photo {photo} ({name}) cannot be shared: its original is missing from the library ({path}): import its file again to put it back</source>
            <translation>photo {photo} ({name}) cannot be shared: its original is missing from the library ({path}): import its file again to put it back</translation>
        </message>
        <message>
            <source>photo {photo} ({name}) cannot be shared: {path}: {reason}</source>
            <translation>photo {photo} ({name}) cannot be shared: {path}: {reason}</translation>
        </message>
        <message>
            <source>photo {photo} ({name}): {error}</source>
            <translation>photo {photo} ({name}): {error}</translation>
        </message>
    </context>
    <context>
        <name>families</name>
        <message>
            <source>IPC6000 series (IPC6xxx-WD, -IR, -VRZ, -Z30)</source>
            <translation>IPC6000 series (IPC6xxx-WD, -IR, -VRZ, -Z30)</translation>
        </message>
        <message>
            <source>IPC6000 series number (IPC6xxx, not IPC60xx)</source>
            <translation>IPC6000 series number (IPC6xxx, not IPC60xx)</translation>
        </message>
        <message>
            <source>SDC series with -10- (M2141-10-EI, D3220-10-SIU)</source>
            <translation>SDC series with -10- (M2141-10-EI, D3220-10-SIU)</translation>
        </message>
        <message>
            <source>SDC series suffix (-EI, -EFL, -FLI, -HLI, -SIU, -Z48, -E-Z31M)</source>
            <translation>SDC series suffix (-EI, -EFL, -FLI, -HLI, -SIU, -Z48, -E-Z31M)</translation>
        </message>
        <message>
            <source>SDC series number (M2141, D3220, X6921)</source>
            <translation>SDC series number (M2141, D3220, X6921)</translation>
        </message>
        <message>
            <source>C/D/M/X and four digits (SDC naming)</source>
            <translation>C/D/M/X and four digits (SDC naming)</translation>
        </message>
        <message>
            <source>C-series bullet -I-P/-I-PU (C2120-I-P, C2150-10-I-PU)</source>
            <translation>C-series bullet -I-P/-I-PU (C2120-I-P, C2150-10-I-PU)</translation>
        </message>
        <message>
            <source>IPC6xxx with another suffix</source>
            <translation>IPC6xxx with another suffix</translation>
        </message>
        <message>
            <source>DS-2CD network camera</source>
            <translation>DS-2CD network camera</translation>
        </message>
        <message>
            <source>DS-2CE Turbo HD analogue camera</source>
            <translation>DS-2CE Turbo HD analogue camera</translation>
        </message>
        <message>
            <source>DS-2CC analogue camera</source>
            <translation>DS-2CC analogue camera</translation>
        </message>
        <message>
            <source>DS-2CV Wi-Fi and cube camera</source>
            <translation>DS-2CV Wi-Fi and cube camera</translation>
        </message>
        <message>
            <source>DS-2CFS 4G/solar camera</source>
            <translation>DS-2CFS 4G/solar camera</translation>
        </message>
        <message>
            <source>DS-2DE PTZ speed dome</source>
            <translation>DS-2DE PTZ speed dome</translation>
        </message>
        <message>
            <source>DS-2AE Turbo HD PTZ speed dome</source>
            <translation>DS-2AE Turbo HD PTZ speed dome</translation>
        </message>
        <message>
            <source>DS-2DF speed dome</source>
            <translation>DS-2DF speed dome</translation>
        </message>
        <message>
            <source>DS-2DP PanoVu panoramic PTZ</source>
            <translation>DS-2DP PanoVu panoramic PTZ</translation>
        </message>
        <message>
            <source>DS-2SE/2SF/2SK TandemVu</source>
            <translation>DS-2SE/2SF/2SK TandemVu</translation>
        </message>
        <message>
            <source>DS-2XS/2XE solar and explosion-proof</source>
            <translation>DS-2XS/2XE solar and explosion-proof</translation>
        </message>
        <message>
            <source>DS-2PT panoramic PTZ</source>
            <translation>DS-2PT panoramic PTZ</translation>
        </message>
        <message>
            <source>DS-2TD thermal camera</source>
            <translation>DS-2TD thermal camera</translation>
        </message>
        <message>
            <source>iDS- DeepinView camera</source>
            <translation>iDS- DeepinView camera</translation>
        </message>
        <message>
            <source>iDS-TCM traffic (ITS) camera</source>
            <translation>iDS-TCM traffic (ITS) camera</translation>
        </message>
        <message>
            <source>DS-T traffic (ITS/ANPR) camera</source>
            <translation>DS-T traffic (ITS/ANPR) camera</translation>
        </message>
        <message>
            <source>DS-K video intercom (door and indoor stations)</source>
            <translation>DS-K video intercom (door and indoor stations)</translation>
        </message>
        <message>
            <source>AE- mobile (vehicle) camera and recorder</source>
            <translation>AE- mobile (vehicle) camera and recorder</translation>
        </message>
        <message>
            <source>DS-2 camera of another series (DS-2DT, DS-2TA, DS-2TP, DS-2ST)</source>
            <translation>DS-2 camera of another series (DS-2DT, DS-2TA, DS-2TP, DS-2ST)</translation>
        </message>
        <message>
            <source>DS-I/DS-N value camera (DS-I220, DS-N201)</source>
            <translation>DS-I/DS-N value camera (DS-I220, DS-N201)</translation>
        </message>
        <message>
            <source>PCI-/ECI- value camera (PCI-B15Z2S, ECI-T22F2)</source>
            <translation>PCI-/ECI- value camera (PCI-B15Z2S, ECI-T22F2)</translation>
        </message>
        <message>
            <source>HIKMICRO HM-TD/HM-TX thermal camera</source>
            <translation>HIKMICRO HM-TD/HM-TX thermal camera</translation>
        </message>
        <message>
            <source>DS- product code</source>
            <translation>DS- product code</translation>
        </message>
        <message>
            <source>DS-2CD/2CE/2CV/2DE/2AE/2DF number with DS- left off (2CD1043G1-I)</source>
            <translation>DS-2CD/2CE/2CV/2DE/2AE/2DF number with DS- left off (2CD1043G1-I)</translation>
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
            <translation>HiLook THC- Turbo HD analogue camera</translation>
        </message>
        <message>
            <source>EZVIZ CS- part number</source>
            <translation>EZVIZ CS- part number</translation>
        </message>
        <message>
            <source>LTS Platinum CMIP/LXIP/PTZIP and HD-TVI CMHT</source>
            <translation>LTS Platinum CMIP/LXIP/PTZIP and HD-TVI CMHT</translation>
        </message>
        <message>
            <source>TruVision TVB/TVD/TVT (Interlogix)</source>
            <translation>TruVision TVB/TVD/TVT (Interlogix)</translation>
        </message>
        <message>
            <source>Annke series + I-code (C800-I91BN, FCD600-I51FS)</source>
            <translation>Annke series + I-code (C800-I91BN, FCD600-I51FS)</translation>
        </message>
        <message>
            <source>DH-/DHI- prefixed model</source>
            <translation>DH-/DHI- prefixed model</translation>
        </message>
        <message>
            <source>IPC-H network camera (HDW, HFW, HDBW, HF)</source>
            <translation>IPC-H network camera (HDW, HFW, HDBW, HF)</translation>
        </message>
        <message>
            <source>IPC-H series written without IPC- (HFW1230S, HDBW2431R-ZS)</source>
            <translation>IPC-H series written without IPC- (HFW1230S, HDBW2431R-ZS)</translation>
        </message>
        <message>
            <source>IPC-T/IPC-B turret and bullet of the OEM lines (IPC-T5442T-ZE, IPC-T54IR-AS)</source>
            <translation>IPC-T/IPC-B turret and bullet of the OEM lines (IPC-T5442T-ZE, IPC-T54IR-AS)</translation>
        </message>
        <message>
            <source>IPC-Color4M/4K full-colour camera (EmpireTech, Amcrest)</source>
            <translation>IPC-Color4M/4K full-colour camera (EmpireTech, Amcrest)</translation>
        </message>
        <message>
            <source>IPC-P multi-sensor (PDW, PFW, PDBW, PTS)</source>
            <translation>IPC-P multi-sensor (PDW, PFW, PDBW, PTS)</translation>
        </message>
        <message>
            <source>IPC-E fisheye (EW, EBW)</source>
            <translation>IPC-E fisheye (EW, EBW)</translation>
        </message>
        <message>
            <source>TPC thermal camera</source>
            <translation>TPC thermal camera</translation>
        </message>
        <message>
            <source>VTO door station</source>
            <translation>VTO door station</translation>
        </message>
        <message>
            <source>Imou Wi-Fi camera with its resolution code (IPC-K9DCN-3T0WE, IPC-S7XEN-8M0WED)</source>
            <translation>Imou Wi-Fi camera with its resolution code (IPC-K9DCN-3T0WE, IPC-S7XEN-8M0WED)</translation>
        </message>
        <message>
            <source>Picoo/Hero Wi-Fi PT camera without DH- (IPC-P3DP-3F-PV)</source>
            <translation>Picoo/Hero Wi-Fi PT camera without DH- (IPC-P3DP-3F-PV)</translation>
        </message>
        <message>
            <source>Imou IPC-A/C/F/K/S consumer camera</source>
            <translation>Imou IPC-A/C/F/K/S consumer camera</translation>
        </message>
        <message>
            <source>HAC- HDCVI camera</source>
            <translation>HAC- HDCVI camera</translation>
        </message>
        <message>
            <source>SD speed dome (…-HNR, -GNY)</source>
            <translation>SD speed dome (…-HNR, -GNY)</translation>
        </message>
        <message>
            <source>SDT dual-lens PTZ</source>
            <translation>SDT dual-lens PTZ</translation>
        </message>
        <message>
            <source>SD speed dome number</source>
            <translation>SD speed dome number</translation>
        </message>
        <message>
            <source>ITC traffic/ANPR camera</source>
            <translation>ITC traffic/ANPR camera</translation>
        </message>
        <message>
            <source>PTZ1xxx/PTZ8xxxx</source>
            <translation>PTZ1xxx/PTZ8xxxx</translation>
        </message>
        <message>
            <source>MPTZ mobile PTZ</source>
            <translation>MPTZ mobile PTZ</translation>
        </message>
        <message>
            <source>F-series consumer bullet (F4C-LED)</source>
            <translation>F-series consumer bullet (F4C-LED)</translation>
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
            <translation>Lorex E/F/U/W series (suffix AB, CD, AAD, ASD…)</translation>
        </message>
        <message>
            <source>IC Realtime IPEG/IPEL/IPFX/IPMX</source>
            <translation>IC Realtime IPEG/IPEL/IPFX/IPMX</translation>
        </message>
        <message>
            <source>DH- wireless short name (Hero H3A, F5D-PV)</source>
            <translation>DH- wireless short name (Hero H3A, F5D-PV)</translation>
        </message>
        <message>
            <source>IPC series (IPC2122LB, IPC3614SB, IPC6314LWH)</source>
            <translation>IPC series (IPC2122LB, IPC3614SB, IPC6314LWH)</translation>
        </message>
        <message>
            <source>Uho consumer line</source>
            <translation>Uho consumer line</translation>
        </message>
        <message>
            <source>Uniarch IPC-B/D/T/P</source>
            <translation>Uniarch IPC-B/D/T/P</translation>
        </message>
        <message>
            <source>TIC thermal camera (TIC2621SR, TIC3612SA, TIC2A32SA)</source>
            <translation>TIC thermal camera (TIC2621SR, TIC3612SA, TIC2A32SA)</translation>
        </message>
        <message>
            <source>China-market IPC-H/Q/T/Y and IPC-B/L/Y numbers (IPC-H12H28-A, IPC-L2A4)</source>
            <translation>China-market IPC-H/Q/T/Y and IPC-B/L/Y numbers (IPC-H12H28-A, IPC-L2A4)</translation>
        </message>
        <message>
            <source>IPC and digits</source>
            <translation>IPC and digits</translation>
        </message>
        <message>
            <source>TC-C/TC-H</source>
            <translation>TC-C/TC-H</translation>
        </message>
        <message>
            <source>TC-H3 pan-tilt number without its last letter (TC-H367)</source>
            <translation>TC-H3 pan-tilt number without its last letter (TC-H367)</translation>
        </message>
        <message>
            <source>TC-A</source>
            <translation>TC-A</translation>
        </message>
        <message>
            <source>IPC series (IPC2231-FN, IPC425-F233-N)</source>
            <translation>IPC series (IPC2231-FN, IPC425-F233-N)</translation>
        </message>
        <message>
            <source>LC series</source>
            <translation>LC series</translation>
        </message>
        <message>
            <source>TD-8xxx/TD-9xxx</source>
            <translation>TD-8xxx/TD-9xxx</translation>
        </message>
        <message>
            <source>LB… form + lens + sensor code (LBH30SS500)</source>
            <translation>LB… form + lens + sensor code (LBH30SS500)</translation>
        </message>
        <message>
            <source>AXIS + product number</source>
            <translation>AXIS + product number</translation>
        </message>
        <message>
            <source>P/Q series (P1455-LE, Q6135-LE)</source>
            <translation>P/Q series (P1455-LE, Q6135-LE)</translation>
        </message>
        <message>
            <source>M series (M10xx-M70xx)</source>
            <translation>M series (M10xx-M70xx)</translation>
        </message>
        <message>
            <source>F/FA modular series</source>
            <translation>F/FA modular series</translation>
        </message>
        <message>
            <source>M/P/Q number with an Axis suffix</source>
            <translation>M/P/Q number with an Axis suffix</translation>
        </message>
        <message>
            <source>M/P/Q/F number without a suffix (P1275)</source>
            <translation>M/P/Q/F number without a suffix (P1275)</translation>
        </message>
        <message>
            <source>Explosion-protected XP/XF housing + Q number (XP40-Q1785)</source>
            <translation>Explosion-protected XP/XF housing + Q number (XP40-Q1785)</translation>
        </message>
        <message>
            <source>A8xxx network door station (A8207-VE)</source>
            <translation>A8xxx network door station (A8207-VE)</translation>
        </message>
        <message>
            <source>D2xxx-VE security radar</source>
            <translation>D2xxx-VE security radar</translation>
        </message>
        <message>
            <source>N.. IP camera (NBE, NDE, NDP, NDV, NUE, NXF…)</source>
            <translation>N.. IP camera (NBE, NDE, NDP, NDV, NUE, NXF…)</translation>
        </message>
        <message>
            <source>NBN/NDN three-digit DINION and FLEXIDOME HD (NBN-832V-IP)</source>
            <translation>NBN/NDN three-digit DINION and FLEXIDOME HD (NBN-832V-IP)</translation>
        </message>
        <message>
            <source>KBE/KBN analogue box camera</source>
            <translation>KBE/KBN analogue box camera</translation>
        </message>
        <message>
            <source>MIC ruggedised PTZ (a letter after the number: MIC-7504-Z12BR, MIC-550IR55-P)</source>
            <translation>MIC ruggedised PTZ (a letter after the number: MIC-7504-Z12BR, MIC-550IR55-P)</translation>
        </message>
        <message>
            <source>FCS AVIOTEC</source>
            <translation>FCS AVIOTEC</translation>
        </message>
        <message>
            <source>product line name (FLEXIDOME, AUTODOME, DINION, AVIOTEC)</source>
            <translation>product line name (FLEXIDOME, AUTODOME, DINION, AVIOTEC)</translation>
        </message>
        <message>
            <source>EX14/EX27 Extreme environmental analogue camera</source>
            <translation>EX14/EX27 Extreme environmental analogue camera</translation>
        </message>
        <message>
            <source>MIC line name (MIC IP fusion 9000i, MIC IP starlight 7100i, MIC inteox 7100i)</source>
            <translation>MIC line name (MIC IP fusion 9000i, MIC IP starlight 7100i, MIC inteox 7100i)</translation>
        </message>
        <message>
            <source>Wisenet A/L/P/Q/T/X series (XNO-, QNV-, PNM-, XNZ-)</source>
            <translation>Wisenet A/L/P/Q/T/X series (XNO-, QNV-, PNM-, XNZ-)</translation>
        </message>
        <message>
            <source>Samsung Techwin SNB/SND/SNO/SNP/SNV, Lite -L and SmartCam SNH</source>
            <translation>Samsung Techwin SNB/SND/SNO/SNP/SNV, Lite -L and SmartCam SNH</translation>
        </message>
        <message>
            <source>Wisenet HD+ analogue HCB/HCD/HCO/HCP/HCV/HCF</source>
            <translation>Wisenet HD+ analogue HCB/HCD/HCO/HCP/HCV/HCF</translation>
        </message>
        <message>
            <source>WV- model</source>
            <translation>WV- model</translation>
        </message>
        <message>
            <source>resolution + C + H generation (2.0C-H5A-BO1-IR)</source>
            <translation>resolution + C + H generation (2.0C-H5A-BO1-IR)</translation>
        </message>
        <message>
            <source>resolution + H generation + form (2.0-H3M-DO1)</source>
            <translation>resolution + H generation + form (2.0-H3M-DO1)</translation>
        </message>
        <message>
            <source>H generation + form, no resolution (H5A-BO-IR, H4A-DO1)</source>
            <translation>H generation + form, no resolution (H5A-BO-IR, H4A-DO1)</translation>
        </message>
        <message>
            <source>Sarix/Optera I-series (IMP231-1ERS, IMM12036)</source>
            <translation>Sarix/Optera I-series (IMP231-1ERS, IMM12036)</translation>
        </message>
        <message>
            <source>Spectra S-series (S7230L-EW1)</source>
            <translation>Spectra S-series (S7230L-EW1)</translation>
        </message>
        <message>
            <source>FD/IB/IP/SD… + number + suffix (FD9391-EHTV)</source>
            <translation>FD/IB/IP/SD… + number + suffix (FD9391-EHTV)</translation>
        </message>
        <message>
            <source>FD/IB/FE… + four-character number (IB8369A, IB836BA)</source>
            <translation>FD/IB/FE… + four-character number (IB8369A, IB836BA)</translation>
        </message>
        <message>
            <source>CD/CU + four digits (CD9381-HNTV)</source>
            <translation>CD/CU + four digits (CD9381-HNTV)</translation>
        </message>
        <message>
            <source>AF/AS/BD/BS + 5xxx (AF5127V, BD5336), a shape other products share</source>
            <translation>AF/AS/BD/BS + 5xxx (AF5127V, BD5336), a shape other products share</translation>
        </message>
        <message>
            <source>MS-C series</source>
            <translation>MS-C series</translation>
        </message>
        <message>
            <source>MS-C number written without MS- (C2964-RFPE, C2966-X12RPE)</source>
            <translation>MS-C number written without MS- (C2964-RFPE, C2966-X12RPE)</translation>
        </message>
        <message>
            <source>7 series (M73, S74, Q71)</source>
            <translation>7 series (M73, S74, Q71)</translation>
        </message>
        <message>
            <source>MOVE line Mx-VB/VD/VT/BC/MD and SD1A/SD2A PTZ</source>
            <translation>MOVE line Mx-VB/VD/VT/BC/MD and SD1A/SD2A PTZ</translation>
        </message>
        <message>
            <source>CALIP 30 series</source>
            <translation>CALIP 30 series</translation>
        </message>
        <message>
            <source>HC10/HC20/HC25/HC30/HC35/HC60 series (HC35W45R3)</source>
            <translation>HC10/HC20/HC25/HC30/HC35/HC60 series (HC35W45R3)</translation>
        </message>
        <message>
            <source>product line (Falcon, Sparrow, Condor, Raven)</source>
            <translation>product line (Falcon, Sparrow, Condor, Raven)</translation>
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
        <message numerus="yes">
            <source>%n verified cameras have no position: the published map shows them once they are placed ({ids})</source>
            <translation>
                <numerusform>%n verified camera has no position: the published map shows it once it is placed ({ids})</numerusform>
                <numerusform>%n verified cameras have no position: the published map shows them once they are placed ({ids})</numerusform>
            </translation>
        </message>
        <message>
            <source>'{text}' is not one of: {values}</source>
            <translation>'{text}' is not one of: {values}</translation>
        </message>
        <message>
            <source>{field} is not a camera field a reviewer chooses</source>
            <translation>{field} is not a camera field a reviewer chooses</translation>
        </message>
        <message>
            <source>'{text}' is not a direction: use degrees 0-359 clockwise from north (e.g. 135), a compass point ({points}) or a range (e.g. 90-270)</source>
            <translation>'{text}' is not a direction: use degrees 0-359 clockwise from north (e.g. 135), a compass point ({points}) or a range (e.g. 90-270)</translation>
        </message>
        <message>
            <source>'{text}' is not a height in metres (e.g. 5 or 4.5)</source>
            <translation>'{text}' is not a height in metres (e.g. 5 or 4.5)</translation>
        </message>
        <message>
            <source>height must be between 0 and 100 metres, not {text}</source>
            <translation>height must be between 0 and 100 metres, not {text}</translation>
        </message>
        <message>
            <source>'{text}' is not a date in the form YYYY-MM-DD</source>
            <translation>'{text}' is not a date in the form YYYY-MM-DD</translation>
        </message>
        <message>
            <source>check_date {text} is in the future</source>
            <translation>check_date {text} is in the future</translation>
        </message>
        <message>
            <source>'{text}' is not a Wikidata id (e.g. Q2347731)</source>
            <translation>'{text}' is not a Wikidata id (e.g. Q2347731)</translation>
        </message>
        <message>
            <source>'{text}' is not a time zone (e.g. Europe/Belgrade)</source>
            <translation>'{text}' is not a time zone (e.g. Europe/Belgrade)</translation>
        </message>
        <message>
            <source>text contains control characters</source>
            <translation>text contains control characters</translation>
        </message>
        <message>
            <source>a vendor, brand or slug from `surveyapp vendors` (sets manufacturer)</source>
            <translation>a vendor, brand or slug from `surveyapp vendors` (sets manufacturer)</translation>
        </message>
        <message>
            <source>any other OSM tag; also {keys}</source>
            <translation>any other OSM tag; also {keys}</translation>
        </message>
        <message>
            <source>{field}: {reason}</source>
            <translation>{field}: {reason}</translation>
        </message>
        <message>
            <source>'{tag}' cannot be used as an extra OSM tag</source>
            <translation>'{tag}' cannot be used as an extra OSM tag</translation>
        </message>
        <message>
            <source>unknown field '{key}'. Fields: {fields}, vendor; extra OSM tags: {tags}, or any tag as tag:KEY=VALUE</source>
            <translation>unknown field '{key}'. Fields: {fields}, vendor; extra OSM tags: {tags}, or any tag as tag:KEY=VALUE</translation>
        </message>
        <message>
            <source>text is longer than {limit} characters</source>
            <translation>text is longer than {limit} characters</translation>
        </message>
        <message>
            <source>'{ref}' is too short to name a camera</source>
            <translation>'{ref}' is too short to name a camera</translation>
        </message>
        <message numerus="yes">
            <source>'{ref}' names %n cameras</source>
            <translation>
                <numerusform>'{ref}' names %n camera</numerusform>
                <numerusform>'{ref}' names %n cameras</numerusform>
            </translation>
        </message>
        <message>
            <source>no camera '{ref}'</source>
            <translation>no camera '{ref}'</translation>
        </message>
        <message>
            <source>latitude {latitude} is outside -90..90</source>
            <translation>latitude {latitude} is outside -90..90</translation>
        </message>
        <message>
            <source>longitude {longitude} is outside -180..180</source>
            <translation>longitude {longitude} is outside -180..180</translation>
        </message>
        <message>
            <source>none of this camera's photos has a GPS position</source>
            <translation>none of this camera's photos has a GPS position</translation>
        </message>
        <message>
            <source>merging needs at least two different cameras</source>
            <translation>merging needs at least two different cameras</translation>
        </message>
        <message>
            <source>the merged camera's {field} {problem}: shorten it first</source>
            <translation>the merged camera's {field} {problem}: shorten it first</translation>
        </message>
        <message>
            <source>name at least one photo to split off</source>
            <translation>name at least one photo to split off</translation>
        </message>
        <message>
            <source>no photo '{ref}' (give its id or its sha256)</source>
            <translation>no photo '{ref}' (give its id or its sha256)</translation>
        </message>
        <message>
            <source>'{ref}' is too short to name a photo</source>
            <translation>'{ref}' is too short to name a photo</translation>
        </message>
        <message numerus="yes">
            <source>'{ref}' names %n photos</source>
            <translation>
                <numerusform>'{ref}' names %n photos</numerusform>
                <numerusform>'{ref}' names %n photos</numerusform>
            </translation>
        </message>
        <message>
            <source>vendor: '{text}' is not in the catalogue (see `surveyapp vendors`); set manufacturer=... for a maker that is not listed</source>
            <translation>vendor: '{text}' is not in the catalogue (see `surveyapp vendors`); set manufacturer=... for a maker that is not listed</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>camera</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>this {kind} was mapped by {owner}: only they or a reviewer can change it</source>
            <translation>this {kind} was mapped by {owner}: only they or a reviewer can change it</translation>
        </message>
        <message>
            <source>only the team's reviewers and admins set a camera's review (this laptop syncs as {role})</source>
            <translation>only the team's reviewers and admins set a camera's review (this laptop syncs as {role})</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>nobody yet</translation>
        </message>
        <message>
            <source>this survey was made by {owner}: only they or a reviewer can change its settings</source>
            <translation>this survey was made by {owner}: only they or a reviewer can change its settings</translation>
        </message>
    </context>
    <context>
        <name>file_dialogs</name>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message>
            <source>GeoJSON (QGIS, web maps)</source>
            <translation>GeoJSON (QGIS, web maps)</translation>
        </message>
        <message>
            <source>RFC 7946 points, OSM tags as properties</source>
            <translation>RFC 7946 points, OSM tags as properties</translation>
        </message>
        <message>
            <source>CSV spreadsheet</source>
            <translation>CSV spreadsheet</translation>
        </message>
        <message>
            <source>one row per camera, OSM keys as columns, longitude/latitude</source>
            <translation>one row per camera, OSM keys as columns, longitude/latitude</translation>
        </message>
        <message>
            <source>KML (Google Earth, OsmAnd)</source>
            <translation>KML (Google Earth, OsmAnd)</translation>
        </message>
        <message>
            <source>placemarks with a description table and direction</source>
            <translation>placemarks with a description table and direction</translation>
        </message>
        <message>
            <source>OSM XML for JOSM</source>
            <translation>OSM XML for JOSM</translation>
        </message>
        <message>
            <source>new nodes to review in JOSM (never uploaded by SurveyApp)</source>
            <translation>new nodes to review in JOSM (never uploaded by SurveyApp)</translation>
        </message>
        <message>
            <source>GPX waypoints</source>
            <translation>GPX waypoints</translation>
        </message>
        <message>
            <source>GPX 1.1 waypoints for GPS devices and phone apps</source>
            <translation>GPX 1.1 waypoints for GPS devices and phone apps</translation>
        </message>
        <message>
            <source>GeoJSON + photos (zip)</source>
            <translation>GeoJSON + photos (zip)</translation>
        </message>
        <message>
            <source>for journalists: the GeoJSON and privacy-stripped copies of the photos</source>
            <translation>for journalists: the GeoJSON and privacy-stripped copies of the photos</translation>
        </message>
    </context>
    <context>
        <name>geotag</name>
        <message>
            <source>'{text}' is not an offset like +02:00 or -00:03:15</source>
            <translation>'{text}' is not an offset like +02:00 or -00:03:15</translation>
        </message>
        <message>
            <source>the offset {text} is more than 26 hours</source>
            <translation>the offset {text} is more than 26 hours</translation>
        </message>
        <message>
            <source>'{name}' is not a time zone (e.g. Europe/Belgrade)</source>
            <translation>'{name}' is not a time zone (e.g. Europe/Belgrade)</translation>
        </message>
        <message>
            <source>unknown device</source>
            <translation>unknown device</translation>
        </message>
        <message>
            <source>given</source>
            <translation>given</translation>
        </message>
        <message>
            <source>clock check</source>
            <translation>clock check</translation>
        </message>
        <message>
            <source>the photo's own time zone</source>
            <translation>the photo's own time zone</translation>
        </message>
        <message>
            <source>other photos of this device</source>
            <translation>other photos of this device</translation>
        </message>
        <message>
            <source>the survey's time zone</source>
            <translation>the survey's time zone</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message numerus="yes">
            <source>{device}: %n photos with their own GPS position lie {metres} m from the track at their time (median): the clock may be wrong</source>
            <translation>
                <numerusform>{device}: %n photos with their own GPS position lie {metres} m from the track at their time (median): the clock may be wrong</numerusform>
                <numerusform>{device}: %n photos with their own GPS position lie {metres} m from the track at their time (median): the clock may be wrong</numerusform>
            </translation>
        </message>
        <message>
            <source>{doubt}; their places on the track give {offset}</source>
            <translation>{doubt}; their places on the track give {offset}</translation>
        </message>
        <message numerus="yes">
            <source>{device}: %n photos are placed at {offset}, though their times say {written}: their capture times are kept as the device wrote them (photos and exports say {written})</source>
            <translation>
                <numerusform>{device}: %n photos are placed at {offset}, though their times say {written}: their capture times are kept as the device wrote them (photos and exports say {written})</numerusform>
                <numerusform>{device}: %n photos are placed at {offset}, though their times say {written}: their capture times are kept as the device wrote them (photos and exports say {written})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>'{ref}' names %n photos: give the start of its sha256 (surveyapp photos lists it)</source>
            <translation>
                <numerusform>'{ref}' names %n photos: give the start of its sha256 (surveyapp photos lists it)</numerusform>
                <numerusform>'{ref}' names %n photos: give the start of its sha256 (surveyapp photos lists it)</numerusform>
            </translation>
        </message>
        <message>
            <source>no photo or camera '{ref}'</source>
            <translation>no photo or camera '{ref}'</translation>
        </message>
        <message>
            <source>has a GPS position of its own</source>
            <translation>has a GPS position of its own</translation>
        </message>
        <message>
            <source>mapped by {owner}: only they or a reviewer can move it</source>
            <translation>mapped by {owner}: only they or a reviewer can move it</translation>
        </message>
        <message>
            <source>no capture time</source>
            <translation>no capture time</translation>
        </message>
        <message>
            <source>time zone unknown: give an offset, or set the survey's time zone</source>
            <translation>time zone unknown: give an offset, or set the survey's time zone</translation>
        </message>
        <message>
            <source>too inaccurate to place it (± {km} km)</source>
            <translation>too inaccurate to place it (± {km} km)</translation>
        </message>
        <message>
            <source>this photo has no capture time to correct</source>
            <translation>this photo has no capture time to correct</translation>
        </message>
        <message>
            <source>the track has no timed points</source>
            <translation>the track has no timed points</translation>
        </message>
        <message>
            <source>the track never passes within {limit} m of that place ({distance} m)</source>
            <translation>the track never passes within {limit} m of that place ({distance} m)</translation>
        </message>
        <message>
            <source>no photo of this device with GPS within {seconds} s</source>
            <translation>no photo of this device with GPS within {seconds} s</translation>
        </message>
        <message>
            <source>photos taken just before and after</source>
            <translation>photos taken just before and after</translation>
        </message>
        <message>
            <source>This geotagging was undone already (by a command or another window): nothing was put back</source>
            <translation>This geotagging was undone already (by a command or another window): nothing was put back</translation>
        </message>
        <message>
            <source>Another geotagging was applied after this one (by a command, another window or a suggestion on the map): nothing was put back. Undo that one first: surveyapp geotag --undo</source>
            <translation>Another geotagging was applied after this one (by a command, another window or a suggestion on the map): nothing was put back. Undo that one first: surveyapp geotag --undo</translation>
        </message>
        <message>
            <source>no geotagging to undo</source>
            <translation>no geotagging to undo</translation>
        </message>
        <message>
            <source>photo {name} was moved to another camera since the geotagging: it stays in camera {camera}</source>
            <translation>photo {name} was moved to another camera since the geotagging: it stays in camera {camera}</translation>
        </message>
        <message>
            <source>taken before the track starts</source>
            <translation>taken before the track starts</translation>
        </message>
        <message>
            <source>taken after the track ends</source>
            <translation>taken after the track ends</translation>
        </message>
        <message>
            <source>taken during a gap of {seconds} s without GPS fixes in the track</source>
            <translation>taken during a gap of {seconds} s without GPS fixes in the track</translation>
        </message>
        <message>
            <source>the track jumps {metres} m in {seconds} s here (a bad fix, or a waypoint marked elsewhere)</source>
            <translation>the track jumps {metres} m in {seconds} s here (a bad fix, or a waypoint marked elsewhere)</translation>
        </message>
        <message>
            <source>{name} is not a GPX file SurveyApp can read: {error}</source>
            <translation>{name} is not a GPX file SurveyApp can read: {error}</translation>
        </message>
        <message>
            <source>{name} is empty: it holds no GPS track</source>
            <translation>{name} is empty: it holds no GPS track</translation>
        </message>
        <message>
            <source>its XML is broken at line {line}, column {column}</source>
            <translation>its XML is broken at line {line}, column {column}</translation>
        </message>
        <message>
            <source>a value in it is not one GPX allows</source>
            <translation>a value in it is not one GPX allows</translation>
        </message>
        <message>
            <source>it is a &lt;{element}&gt; document, not a GPX track</source>
            <translation>it is a &lt;{element}&gt; document, not a GPX track</translation>
        </message>
        <message>
            <source>{path} is too large to read in the memory this computer has free</source>
            <translation>{path} is too large to read in the memory this computer has free</translation>
        </message>
        <message>
            <source>{name} has no point with both a time and a position on Earth: it cannot place photos</source>
            <translation>{name} has no point with both a time and a position on Earth: it cannot place photos</translation>
        </message>
        <message>
            <source>cannot read {path}: {error}</source>
            <translation>cannot read {path}: {error}</translation>
        </message>
        <message>
            <source>{path} is too large for a GPS track</source>
            <translation>{path} is too large for a GPS track</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>empty file (0 bytes)</source>
            <translation>empty file (0 bytes)</translation>
        </message>
        <message>
            <source>a Canon CR3 raw file (not supported), not a photo</source>
            <translation>a Canon CR3 raw file (not supported), not a photo</translation>
        </message>
        <message>
            <source>an ISO media (MP4/QuickTime) video with brand {brand}, not a still image</source>
            <translation>an ISO media (MP4/QuickTime) video with brand {brand}, not a still image</translation>
        </message>
        <message>
            <source>an ISO media file with brand {brand}, not a HEIF/AVIF image</source>
            <translation>an ISO media file with brand {brand}, not a HEIF/AVIF image</translation>
        </message>
        <message>
            <source>a ZIP archive, not a photo</source>
            <translation>a ZIP archive, not a photo</translation>
        </message>
        <message>
            <source>an empty ZIP archive, not a photo</source>
            <translation>an empty ZIP archive, not a photo</translation>
        </message>
        <message>
            <source>a PDF document, not a photo</source>
            <translation>a PDF document, not a photo</translation>
        </message>
        <message>
            <source>a GIF image (not supported), not a photo</source>
            <translation>a GIF image (not supported), not a photo</translation>
        </message>
        <message>
            <source>a RIFF file that is not WebP, not a photo</source>
            <translation>a RIFF file that is not WebP, not a photo</translation>
        </message>
        <message>
            <source>a BigTIFF file (not supported), not a photo</source>
            <translation>a BigTIFF file (not supported), not a photo</translation>
        </message>
        <message>
            <source>a gzip archive, not a photo</source>
            <translation>a gzip archive, not a photo</translation>
        </message>
        <message>
            <source>a JPEG 2000 image (not supported), not a photo</source>
            <translation>a JPEG 2000 image (not supported), not a photo</translation>
        </message>
        <message>
            <source>a BMP image (not supported), not a photo</source>
            <translation>a BMP image (not supported), not a photo</translation>
        </message>
        <message numerus="yes">
            <source>only %n bytes, too short to be an image</source>
            <translation>
                <numerusform>only %n byte, too short to be an image</numerusform>
                <numerusform>only %n bytes, too short to be an image</numerusform>
            </translation>
        </message>
        <message>
            <source>text, not an image</source>
            <translation>text, not an image</translation>
        </message>
        <message>
            <source>unknown format (first bytes {bytes})</source>
            <translation>unknown format (first bytes {bytes})</translation>
        </message>
        <message>
            <source>unexpected error ({kind}: {error})</source>
            <translation>unexpected error ({kind}: {error})</translation>
        </message>
        <message>
            <source>file is larger than {size} MB</source>
            <translation>file is larger than {size} MB</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <translation>cannot read the file: {reason}</translation>
        </message>
        <message>
            <source>not a photo: {reason}</source>
            <translation>not a photo: {reason}</translation>
        </message>
        <message>
            <source>it could not be listed</source>
            <translation>it could not be listed</translation>
        </message>
        <message>
            <source>cannot read the folder: {reason}</source>
            <translation>cannot read the folder: {reason}</translation>
        </message>
        <message>
            <source>image too large to open safely: {reason}</source>
            <translation>image too large to open safely: {reason}</translation>
        </message>
        <message>
            <source>not enough free space</source>
            <translation>not enough free space</translation>
        </message>
        <message>
            <source>cannot copy into the library: {reason}</source>
            <translation>cannot copy into the library: {reason}</translation>
        </message>
        <message>
            <source>the offset {value} min takes the capture time out of the calendar: left out</source>
            <translation>the offset {value} min takes the capture time out of the calendar: left out</translation>
        </message>
        <message>
            <source>{field} {value} {problem}: left out (the team's server takes no such value)</source>
            <translation>{field} {value} {problem}: left out (the team's server takes no such value)</translation>
        </message>
        <message>
            <source>the device's clock says {clock}, its GPS {gps} UTC: check which is right</source>
            <translation>the device's clock says {clock}, its GPS {gps} UTC: check which is right</translation>
        </message>
        <message>
            <source>no picture: the file is damaged or truncated, or its pixels are in a format SurveyApp cannot draw; its metadata is kept</source>
            <translation>no picture: the file is damaged or truncated, or its pixels are in a format SurveyApp cannot draw; its metadata is kept</translation>
        </message>
        <message>
            <source>the image library reported: {text}</source>
            <translation>the image library reported: {text}</translation>
        </message>
        <message>
            <source>original restored in the library</source>
            <translation>original restored in the library</translation>
        </message>
        <message>
            <source>held back by a restore: sync first, so that the server says which of these photos you withdrew, then import this folder again</source>
            <translation>held back by a restore: sync first, so that the server says which of these photos you withdrew, then import this folder again</translation>
        </message>
        <message>
            <source>you withdrew this photo from the team's server on {date}: not imported, so that it is not shared again (to share it again, copy it out of this folder and import it)</source>
            <translation>you withdrew this photo from the team's server on {date}: not imported, so that it is not shared again (to share it again, copy it out of this folder and import it)</translation>
        </message>
        <message>
            <source>the disk is full ({free} MB free): the import stopped at {file_name}; free some space and import again</source>
            <translation>the disk is full ({free} MB free): the import stopped at {file_name}; free some space and import again</translation>
        </message>
        <message>
            <source>deleted from the survey: undo the delete to bring it back (once the delete is synced, import it again)</source>
            <translation>deleted from the survey: undo the delete to bring it back (once the delete is synced, import it again)</translation>
        </message>
        <message>
            <source>already in the survey</source>
            <translation>already in the survey</translation>
        </message>
        <message>
            <source>a named pipe or a device, not a photo</source>
            <translation>a named pipe or a device, not a photo</translation>
        </message>
    </context>
    <context>
        <name>known</name>
        <message>
            <source>{file_name} is the survey database itself, not a file of cameras</source>
            <translation>{file_name} is the survey database itself, not a file of cameras</translation>
        </message>
        <message>
            <source>the source name must be 1 to 200 characters</source>
            <translation>the source name must be 1 to 200 characters</translation>
        </message>
        <message>
            <source>{element}: position {latitude}, {longitude} is not a number</source>
            <translation>{element}: position {latitude}, {longitude} is not a number</translation>
        </message>
        <message>
            <source>{element}: latitude {latitude}, longitude {longitude} is not a position on Earth</source>
            <translation>{element}: latitude {latitude}, longitude {longitude} is not a position on Earth</translation>
        </message>
        <message>
            <source>{element}: tags are not an object</source>
            <translation>{element}: tags are not an object</translation>
        </message>
        <message>
            <source>GeoJSON: 'features' is not a list</source>
            <translation>GeoJSON: 'features' is not a list</translation>
        </message>
        <message>
            <source>GeoJSON feature {number}: not a Feature</source>
            <translation>GeoJSON feature {number}: not a Feature</translation>
        </message>
        <message>
            <source>GeoJSON feature {number}: properties are not an object</source>
            <translation>GeoJSON feature {number}: properties are not an object</translation>
        </message>
        <message>
            <source>Overpass JSON: 'elements' is not a list</source>
            <translation>Overpass JSON: 'elements' is not a list</translation>
        </message>
        <message>
            <source>Overpass JSON: an element without type and id</source>
            <translation>Overpass JSON: an element without type and id</translation>
        </message>
        <message>
            <source>not valid JSON: {reason}</source>
            <translation>not valid JSON: {reason}</translation>
        </message>
        <message>
            <source>JSON, but neither GeoJSON nor Overpass JSON (no 'features'/'elements')</source>
            <translation>JSON, but neither GeoJSON nor Overpass JSON (no 'features'/'elements')</translation>
        </message>
        <message>
            <source>XML, but not OSM XML (the root is &lt;{tag}&gt;)</source>
            <translation>XML, but not OSM XML (the root is &lt;{tag}&gt;)</translation>
        </message>
        <message>
            <source>not valid XML: {reason}</source>
            <translation>not valid XML: {reason}</translation>
        </message>
        <message>
            <source>too large to read in the memory this computer has free</source>
            <translation>too large to read in the memory this computer has free</translation>
        </message>
        <message>
            <source>JSON of more than {size} MB is not read (it takes ten times its size in memory): export OSM XML instead, which is read as it goes</source>
            <translation>JSON of more than {size} MB is not read (it takes ten times its size in memory): export OSM XML instead, which is read as it goes</translation>
        </message>
        <message>
            <source>{file_name} is not GeoJSON, OSM XML or Overpass JSON</source>
            <translation>{file_name} is not GeoJSON, OSM XML or Overpass JSON</translation>
        </message>
    </context>
    <context>
        <name>map</name>
        <message>
            <source>map tiles: {host}</source>
            <translation>map tiles: {host}</translation>
        </message>
    </context>
    <context>
        <name>metadata</name>
        <message>
            <source>{where} EXIF block has no TIFF header (ignored)</source>
            <translation>{where} EXIF block has no TIFF header (ignored)</translation>
        </message>
        <message>
            <source>JPEG is truncated before the image data</source>
            <translation>JPEG is truncated before the image data</translation>
        </message>
        <message>
            <source>JPEG has garbage at offset {offset} (stopped reading)</source>
            <translation>JPEG has garbage at offset {offset} (stopped reading)</translation>
        </message>
        <message>
            <source>JPEG has {count} unknown bytes at offset {offset} (skipped)</source>
            <translation>JPEG has {count} unknown bytes at offset {offset} (skipped)</translation>
        </message>
        <message>
            <source>JPEG ends (EOI) before the image data</source>
            <translation>JPEG ends (EOI) before the image data</translation>
        </message>
        <message>
            <source>JPEG segment at offset {offset} has a bad length (stopped)</source>
            <translation>JPEG segment at offset {offset} has a bad length (stopped)</translation>
        </message>
        <message>
            <source>JPEG has too many segments (stopped reading)</source>
            <translation>JPEG has too many segments (stopped reading)</translation>
        </message>
        <message>
            <source>JPEG EXIF segment is truncated</source>
            <translation>JPEG EXIF segment is truncated</translation>
        </message>
        <message>
            <source>JPEG extended XMP chunks are not contiguous (ignored)</source>
            <translation>JPEG extended XMP chunks are not contiguous (ignored)</translation>
        </message>
        <message>
            <source>JPEG extended XMP is incomplete (ignored)</source>
            <translation>JPEG extended XMP is incomplete (ignored)</translation>
        </message>
        <message>
            <source>PNG is truncated (no IEND chunk)</source>
            <translation>PNG is truncated (no IEND chunk)</translation>
        </message>
        <message>
            <source>PNG chunk at offset {offset} has a bad length (stopped)</source>
            <translation>PNG chunk at offset {offset} has a bad length (stopped)</translation>
        </message>
        <message>
            <source>PNG eXIf chunk is too large (ignored)</source>
            <translation>PNG eXIf chunk is too large (ignored)</translation>
        </message>
        <message>
            <source>PNG has too many chunks (stopped reading)</source>
            <translation>PNG has too many chunks (stopped reading)</translation>
        </message>
        <message>
            <source>PNG {chunk} {keyword} chunk is too large (ignored)</source>
            <translation>PNG {chunk} {keyword} chunk is too large (ignored)</translation>
        </message>
        <message>
            <source>PNG {keyword} text cannot be decompressed (ignored)</source>
            <translation>PNG {keyword} text cannot be decompressed (ignored)</translation>
        </message>
        <message>
            <source>PNG {keyword} text is malformed (ignored)</source>
            <translation>PNG {keyword} text is malformed (ignored)</translation>
        </message>
        <message>
            <source>PNG {chunk} {keyword} text is too large once decompressed (ignored)</source>
            <translation>PNG {chunk} {keyword} text is too large once decompressed (ignored)</translation>
        </message>
        <message>
            <source>WebP is truncated</source>
            <translation>WebP is truncated</translation>
        </message>
        <message>
            <source>WebP EXIF chunk is too large (ignored)</source>
            <translation>WebP EXIF chunk is too large (ignored)</translation>
        </message>
        <message>
            <source>WebP EXIF chunk starts with an improper Exif header</source>
            <translation>WebP EXIF chunk starts with an improper Exif header</translation>
        </message>
        <message>
            <source>WebP XMP chunk is too large (ignored)</source>
            <translation>WebP XMP chunk is too large (ignored)</translation>
        </message>
        <message>
            <source>WebP has too many chunks (stopped reading)</source>
            <translation>WebP has too many chunks (stopped reading)</translation>
        </message>
        <message>
            <source>HEIF box at offset {offset} has a bad size (stopped)</source>
            <translation>HEIF box at offset {offset} has a bad size (stopped)</translation>
        </message>
        <message>
            <source>HEIF meta box is too large (ignored)</source>
            <translation>HEIF meta box is too large (ignored)</translation>
        </message>
        <message>
            <source>HEIF meta box is truncated</source>
            <translation>HEIF meta box is truncated</translation>
        </message>
        <message>
            <source>HEIF file has no meta box</source>
            <translation>HEIF file has no meta box</translation>
        </message>
        <message>
            <source>HEIF meta box is corrupt (partly read)</source>
            <translation>HEIF meta box is corrupt (partly read)</translation>
        </message>
        <message>
            <source>HEIF file has no primary item</source>
            <translation>HEIF file has no primary item</translation>
        </message>
        <message>
            <source>HEIF Exif item has no TIFF header (ignored)</source>
            <translation>HEIF Exif item has no TIFF header (ignored)</translation>
        </message>
        <message>
            <source>HEIF iloc box version {version} is not supported</source>
            <translation>HEIF iloc box version {version} is not supported</translation>
        </message>
        <message>
            <source>HEIF {item} item has no location (ignored)</source>
            <translation>HEIF {item} item has no location (ignored)</translation>
        </message>
        <message>
            <source>HEIF {item} item is truncated</source>
            <translation>HEIF {item} item is truncated</translation>
        </message>
        <message>
            <source>HEIF item construction method {method} is not supported</source>
            <translation>HEIF item construction method {method} is not supported</translation>
        </message>
        <message>
            <source>HEIF {item} item is too large (cut)</source>
            <translation>HEIF {item} item is too large (cut)</translation>
        </message>
        <message>
            <source>internal error while reading the container ({kind}: {error})</source>
            <translation>internal error while reading the container ({kind}: {error})</translation>
        </message>
        <message>
            <source>internal error while reading the metadata ({kind}: {error})</source>
            <translation>internal error while reading the metadata ({kind}: {error})</translation>
        </message>
        <message>
            <source>IFD0 {label} is empty; {label} read from the Exif IFD</source>
            <translation>IFD0 {label} is empty; {label} read from the Exif IFD</translation>
        </message>
        <message>
            <source>EXIF {label} is empty</source>
            <translation>EXIF {label} is empty</translation>
        </message>
        <message>
            <source>EXIF Orientation {value} is not a valid orientation (1-8)</source>
            <translation>EXIF Orientation {value} is not a valid orientation (1-8)</translation>
        </message>
        <message>
            <source>GPS {label} is stored as text ({value})</source>
            <translation>GPS {label} is stored as text ({value})</translation>
        </message>
        <message>
            <source>GPS {label} {value} mixes signs; position ignored</source>
            <translation>GPS {label} {value} mixes signs; position ignored</translation>
        </message>
        <message>
            <source>GPS {label} has no value (empty or 0/0)</source>
            <translation>GPS {label} has no value (empty or 0/0)</translation>
        </message>
        <message>
            <source>GPS {label} -{value:g} is negative while its ref says {ref}; position ignored</source>
            <translation>GPS {label} -{value:g} is negative while its ref says {ref}; position ignored</translation>
        </message>
        <message>
            <source>GPS {label}Ref {value} is not {first}/{second}</source>
            <translation>GPS {label}Ref {value} is not {first}/{second}</translation>
        </message>
        <message>
            <source>GPS fix is void (GPSStatus V); position ignored</source>
            <translation>GPS fix is void (GPSStatus V); position ignored</translation>
        </message>
        <message>
            <source>GPS has only one of latitude and longitude; position ignored</source>
            <translation>GPS has only one of latitude and longitude; position ignored</translation>
        </message>
        <message>
            <source>XMP GPS position {latitude}, {longitude} cannot be read (ignored)</source>
            <translation>XMP GPS position {latitude}, {longitude} cannot be read (ignored)</translation>
        </message>
        <message>
            <source>{where} GPS position {position} is not a number; position ignored</source>
            <translation>{where} GPS position {position} is not a number; position ignored</translation>
        </message>
        <message>
            <source>{where} GPS position {position} is out of range; position ignored</source>
            <translation>{where} GPS position {position} is out of range; position ignored</translation>
        </message>
        <message>
            <source>{where} GPS position {position} is exactly 0,0 (no fix); position ignored</source>
            <translation>{where} GPS position {position} is exactly 0,0 (no fix); position ignored</translation>
        </message>
        <message>
            <source>GPS Altitude has no value (empty or 0/0)</source>
            <translation>GPS Altitude has no value (empty or 0/0)</translation>
        </message>
        <message>
            <source>GPS Altitude {value} is a negative number stored as unsigned; read as {signed}</source>
            <translation>GPS Altitude {value} is a negative number stored as unsigned; read as {signed}</translation>
        </message>
        <message>
            <source>GPS ImgDirection has no value (empty or 0/0)</source>
            <translation>GPS ImgDirection has no value (empty or 0/0)</translation>
        </message>
        <message>
            <source>GPS ImgDirection {value} is out of range (ignored)</source>
            <translation>GPS ImgDirection {value} is out of range (ignored)</translation>
        </message>
        <message>
            <source>GPS ImgDirectionRef {value} is neither T nor M (ignored)</source>
            <translation>GPS ImgDirectionRef {value} is neither T nor M (ignored)</translation>
        </message>
        <message>
            <source>EXIF OffsetTimeOriginal {value} is not valid</source>
            <translation>EXIF OffsetTimeOriginal {value} is not valid</translation>
        </message>
        <message>
            <source>EXIF DateTimeOriginal {value} is not a valid date</source>
            <translation>EXIF DateTimeOriginal {value} is not a valid date</translation>
        </message>
        <message>
            <source>XMP DateTimeOriginal {value} is not a valid date</source>
            <translation>XMP DateTimeOriginal {value} is not a valid date</translation>
        </message>
        <message>
            <source>GPS DateStamp/TimeStamp {date} {time} is not a time (ignored)</source>
            <translation>GPS DateStamp/TimeStamp {date} {time} is not a time (ignored)</translation>
        </message>
        <message>
            <source>GPS TimeStamp {time} is out of range (ignored)</source>
            <translation>GPS TimeStamp {time} is out of range (ignored)</translation>
        </message>
        <message>
            <source>GPS DateStamp {value} has extra text; its date part is used</source>
            <translation>GPS DateStamp {value} has extra text; its date part is used</translation>
        </message>
        <message>
            <source>EXIF {name} loops back to an earlier directory (ignored)</source>
            <translation>EXIF {name} loops back to an earlier directory (ignored)</translation>
        </message>
        <message>
            <source>EXIF {name} offset {offset} is outside the EXIF data (ignored)</source>
            <translation>EXIF {name} offset {offset} is outside the EXIF data (ignored)</translation>
        </message>
        <message>
            <source>EXIF {name} is truncated (ignored)</source>
            <translation>EXIF {name} is truncated (ignored)</translation>
        </message>
        <message>
            <source>EXIF {name} claims {count} entries (ignored as corrupt)</source>
            <translation>EXIF {name} claims {count} entries (ignored as corrupt)</translation>
        </message>
        <message>
            <source>EXIF {name} is truncated ({available} of {count} entries readable)</source>
            <translation>EXIF {name} is truncated ({available} of {count} entries readable)</translation>
        </message>
        <message>
            <source>EXIF {name} tag {tag} has an invalid format ({format})</source>
            <translation>EXIF {name} tag {tag} has an invalid format ({format})</translation>
        </message>
        <message>
            <source>EXIF {name} tag {tag} points outside the EXIF data (ignored)</source>
            <translation>EXIF {name} tag {tag} points outside the EXIF data (ignored)</translation>
        </message>
        <message>
            <source>EXIF {name} tag {tag} value is truncated (ignored)</source>
            <translation>EXIF {name} tag {tag} value is truncated (ignored)</translation>
        </message>
        <message>
            <source>EXIF {name} pointer has the wrong format ({format}; ignored)</source>
            <translation>EXIF {name} pointer has the wrong format ({format}; ignored)</translation>
        </message>
        <message>
            <source>EXIF {name} pointer is empty (ignored)</source>
            <translation>EXIF {name} pointer is empty (ignored)</translation>
        </message>
        <message>
            <source>EXIF data is truncated (no complete TIFF header)</source>
            <translation>EXIF data is truncated (no complete TIFF header)</translation>
        </message>
        <message>
            <source>EXIF data does not start with a TIFF header</source>
            <translation>EXIF data does not start with a TIFF header</translation>
        </message>
        <message>
            <source>EXIF thumbnail lies outside the EXIF data (ignored)</source>
            <translation>EXIF thumbnail lies outside the EXIF data (ignored)</translation>
        </message>
        <message>
            <source>EXIF thumbnail is not a JPEG image (ignored)</source>
            <translation>EXIF thumbnail is not a JPEG image (ignored)</translation>
        </message>
        <message>
            <source>XMP packet of {size} bytes is too large (ignored)</source>
            <translation>XMP packet of {size} bytes is too large (ignored)</translation>
        </message>
        <message>
            <source>XMP packet has an unusual encoding (read without an XML parser)</source>
            <translation>XMP packet has an unusual encoding (read without an XML parser)</translation>
        </message>
        <message>
            <source>XMP packet declares a DOCTYPE/ENTITY (read without an XML parser)</source>
            <translation>XMP packet declares a DOCTYPE/ENTITY (read without an XML parser)</translation>
        </message>
        <message>
            <source>XMP packet is not well-formed XML (read leniently)</source>
            <translation>XMP packet is not well-formed XML (read leniently)</translation>
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
    <context>
        <name>privacy</name>
        <message>
            <source>image too large to open safely</source>
            <translation>image too large to open safely</translation>
        </message>
        <message>
            <source>the photo's pixels cannot be decoded</source>
            <translation>the photo's pixels cannot be decoded</translation>
        </message>
        <message>
            <source>the photo's pixels cannot be decoded: the file is damaged (no decoder knows it)</source>
            <translation>the photo's pixels cannot be decoded: the file is damaged (no decoder knows it)</translation>
        </message>
    </context>
    <context>
        <name>public page</name>
        <message>
            <source>Loading cameras…</source>
            <translation>Loading cameras…</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>Red and orange shades: vendors on the US FCC Covered List.</source>
            <translation>Red and orange shades: vendors on the US FCC Covered List.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Any type</translation>
        </message>
        <message>
            <source>Street or district</source>
            <translation>Street or district</translation>
        </message>
        <message>
            <source>Find a street or district</source>
            <translation>Find a street or district</translation>
        </message>
        <message>
            <source>Showing</source>
            <translation>Showing</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Show all</translation>
        </message>
        <message>
            <source>Streets</source>
            <translation>Streets</translation>
        </message>
        <message>
            <source>Districts</source>
            <translation>Districts</translation>
        </message>
        <message>
            <source>Download the verified cameras (GeoJSON)</source>
            <translation>Download the verified cameras (GeoJSON)</translation>
        </message>
        <message>
            <source>Only cameras the team has verified are shown. Photos are the volunteers' shared copies, with faces and licence plates blurred; dates are given to the day.</source>
            <translation>Only cameras the team has verified are shown. Photos are the volunteers' shared copies, with faces and licence plates blurred; dates are given to the day.</translation>
        </message>
        <message>
            <source>Map of the verified cameras</source>
            <translation>Map of the verified cameras</translation>
        </message>
        <message>
            <source>Vendor unknown</source>
            <translation>Vendor unknown</translation>
        </message>
        <message>
            <source>On the US FCC Covered List</source>
            <translation>On the US FCC Covered List</translation>
        </message>
        <message>
            <source>{vendor} (covered)</source>
            <translation>{vendor} (covered)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>Mount</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <source>Photo of the camera (faces and plates blurred)</source>
            <translation>Photo of the camera (faces and plates blurred)</translation>
        </message>
        <message>
            <source>type unknown</source>
            <translation>type unknown</translation>
        </message>
        <message>
            <source>None matches</source>
            <translation>None matches</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Street and district names: {source}</source>
            <translation>Street and district names: {source}</translation>
        </message>
        <message>
            <source>The cameras could not be loaded: {error}</source>
            <translation>The cameras could not be loaded: {error}</translation>
        </message>
        <message numerus="yes">
            <source>%n verified cameras</source>
            <translation>
                <numerusform>%n verified camera</numerusform>
                <numerusform>%n verified cameras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n verified cameras</source>
            <translation>
                <numerusform>{shown} of %n verified camera</numerusform>
                <numerusform>{shown} of %n verified cameras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more verified cameras are not shown: they have no position yet.</source>
            <translation>
                <numerusform>%n more verified camera is not shown: it has no position yet.</numerusform>
                <numerusform>%n more verified cameras are not shown: they have no position yet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Surveillance cameras</source>
            <translation>Surveillance cameras</translation>
        </message>
        <message>
            <source>Cameras mapped and verified by the team's volunteers.</source>
            <translation>Cameras mapped and verified by the team's volunteers.</translation>
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <source>not allowed: volunteers edit and delete only the records they created</source>
            <translation>not allowed: volunteers edit and delete only the records they created</translation>
        </message>
        <message>
            <source>not allowed: volunteers put photos only on cameras they created</source>
            <translation>not allowed: volunteers put photos only on cameras they created</translation>
        </message>
        <message>
            <source>not allowed: only reviewers and admins change {fields}</source>
            <translation>not allowed: only reviewers and admins change {fields}</translation>
        </message>
        <message>
            <source>this server does not know the field(s) {fields} yet; the change waits for its upgrade</source>
            <translation>this server does not know the field(s) {fields} yet; the change waits for its upgrade</translation>
        </message>
        <message>
            <source>record {id} is a {record}, not a {other}</source>
            <translation>record {id} is a {record}, not a {other}</translation>
        </message>
        <message>
            <source>a {record}'s {name} never changes</source>
            <translation>a {record}'s {name} never changes</translation>
        </message>
        <message>
            <source>a {record} needs {fields}</source>
            <translation>a {record} needs {fields}</translation>
        </message>
        <message>
            <source>a new {record} needs {fields}</source>
            <translation>a new {record} needs {fields}</translation>
        </message>
        <message>
            <source>{op} names a camera and the records it takes</source>
            <translation>{op} names a camera and the records it takes</translation>
        </message>
        <message>
            <source>{op} takes at most {count}</source>
            <translation>{op} takes at most {count}</translation>
        </message>
        <message>
            <source>a merge lists at most {count} photos</source>
            <translation>a merge lists at most {count} photos</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>camera</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>survey</translation>
        </message>
    </context>
    <context>
        <name>sharing</name>
        <message>
            <source>the photo was deleted meanwhile (by a sync or another program)</source>
            <translation>the photo was deleted meanwhile (by a sync or another program)</translation>
        </message>
        <message>
            <source>this is {owner}'s photo: the team sees the copy they shared, and only they can change its blur</source>
            <translation>this is {owner}'s photo: the team sees the copy they shared, and only they can change its blur</translation>
        </message>
        <message>
            <source>photo {name} is not on this laptop (another volunteer's)</source>
            <translation>photo {name} is not on this laptop (another volunteer's)</translation>
        </message>
        <message>
            <source>photo {name}: its original is missing from the library ({path}): import its file again to put it back</source>
            <translation>photo {name}: its original is missing from the library ({path}): import its file again to put it back</translation>
        </message>
        <message>
            <source>photo {name}: original unreadable: {reason}</source>
            <translation>photo {name}: original unreadable: {reason}</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>the server's history is not the one this laptop last saw (restored from a backup, its photo folder lost, or another server at this address): everything this laptop sent goes again, its photos are uploaded again where the server lacks them, and every change is pulled again</source>
            <translation>the server's history is not the one this laptop last saw (restored from a backup, its photo folder lost, or another server at this address): everything this laptop sent goes again, its photos are uploaded again where the server lacks them, and every change is pulled again</translation>
        </message>
        <message>
            <source>connect</source>
            <translation>connect</translation>
        </message>
        <message>
            <source>prepare</source>
            <translation>prepare</translation>
        </message>
        <message>
            <source>push</source>
            <translation>push</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>photos</translation>
        </message>
        <message>
            <source>pull</source>
            <translation>pull</translation>
        </message>
        <message>
            <source>retry</source>
            <translation>retry</translation>
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
                <numerusform>%n photo for a teammate's laptop</numerusform>
                <numerusform>%n photos for a teammate's laptop</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos wait for {names} to sync: the same pictures were shared first from their laptop, and the server takes the shareable copy of a photo only from the volunteer who shared it first; this laptop has nothing to send for them</source>
            <translation>
                <numerusform>%n photo waits for {names} to sync: the same picture was shared first from their laptop, and the server takes the shareable copy of a photo only from the volunteer who shared it first; this laptop has nothing to send for it</numerusform>
                <numerusform>%n photos wait for {names} to sync: the same pictures were shared first from their laptop, and the server takes the shareable copy of a photo only from the volunteer who shared it first; this laptop has nothing to send for them</numerusform>
            </translation>
        </message>
        <message>
            <source>no answer from the server</source>
            <translation>no answer from the server</translation>
        </message>
        <message>
            <source>the server took too long</source>
            <translation>the server took too long</translation>
        </message>
        <message>
            <source>secure connection failed</source>
            <translation>secure connection failed</translation>
        </message>
        <message>
            <source>server error</source>
            <translation>server error</translation>
        </message>
        <message>
            <source>token refused</source>
            <translation>token refused</translation>
        </message>
        <message>
            <source>not a SurveyApp server</source>
            <translation>not a SurveyApp server</translation>
        </message>
        <message>
            <source>versions differ</source>
            <translation>versions differ</translation>
        </message>
        <message>
            <source>unusable answer</source>
            <translation>unusable answer</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>stopped</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message numerus="yes">
            <source>this computer's clock is %n minutes ahead of the server's; sync does not depend on it, but photo times and logs will look wrong</source>
            <translation>
                <numerusform>this computer's clock is %n minute ahead of the server's; sync does not depend on it, but photo times and logs will look wrong</numerusform>
                <numerusform>this computer's clock is %n minutes ahead of the server's; sync does not depend on it, but photo times and logs will look wrong</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>this computer's clock is %n minutes behind the server's; sync does not depend on it, but photo times and logs will look wrong</source>
            <translation>
                <numerusform>this computer's clock is %n minute behind the server's; sync does not depend on it, but photo times and logs will look wrong</numerusform>
                <numerusform>this computer's clock is %n minutes behind the server's; sync does not depend on it, but photo times and logs will look wrong</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>sending %n changes, waiting for the server's answer</source>
            <translation>
                <numerusform>sending %n change, waiting for the server's answer</numerusform>
                <numerusform>sending %n changes, waiting for the server's answer</numerusform>
            </translation>
        </message>
        <message>
            <source>waiting for the server's first page</source>
            <translation>waiting for the server's first page</translation>
        </message>
        <message>
            <source>up to change {change}, waiting for the next page</source>
            <translation>up to change {change}, waiting for the next page</translation>
        </message>
        <message>
            <source>{photo} already on the server</source>
            <translation>{photo} already on the server</translation>
        </message>
        <message>
            <source>shareable copy of photo {number} of {total} made</source>
            <translation>shareable copy of photo {number} of {total} made</translation>
        </message>
        <message numerus="yes">
            <source>%n photos to send, checking which ones the server has</source>
            <translation>
                <numerusform>%n photo to send, checking whether the server has it</numerusform>
                <numerusform>%n photos to send, checking which ones the server has</numerusform>
            </translation>
        </message>
        <message>
            <source>sending photo {number} of {total} ({size})…</source>
            <translation>sending photo {number} of {total} ({size})…</translation>
        </message>
        <message numerus="yes">
            <source>%n photos already on the server</source>
            <translation>
                <numerusform>%n photo already on the server</numerusform>
                <numerusform>%n photos already on the server</numerusform>
            </translation>
        </message>
        <message>
            <source>{uploaded}, {already}</source>
            <translation>{uploaded}, {already}</translation>
        </message>
        <message>
            <source>{uploaded} (+{already} already on the server)</source>
            <translation>{uploaded} (+{already} already on the server)</translation>
        </message>
        <message numerus="yes">
            <source>%n of your cameras joined a teammate's camera: they shared the same picture first</source>
            <translation>
                <numerusform>%n of your cameras joined a teammate's camera: they shared the same picture first</numerusform>
                <numerusform>%n of your cameras joined a teammate's camera: they shared the same picture first</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes sent</source>
            <translation>
                <numerusform>%n change sent</numerusform>
                <numerusform>%n changes sent</numerusform>
            </translation>
        </message>
        <message>
            <source>{changes} and {photos} waiting</source>
            <translation>{changes} and {photos} waiting</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>complete</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrupted</translation>
        </message>
        <message>
            <source>{waiting}, {refused}</source>
            <translation>{waiting}, {refused}</translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n refused</numerusform>
                <numerusform>%n refused</numerusform>
            </translation>
        </message>
        <message>
            <source>the server's pages of changes go past its last change ({known}): after {since} it sent up to {next}</source>
            <translation>the server's pages of changes go past its last change ({known}): after {since} it sent up to {next}</translation>
        </message>
        <message>
            <source>up to change {change}</source>
            <translation>up to change {change}</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>warning: {warning}</translation>
        </message>
        <message numerus="yes">
            <source>%n photos stay on this laptop: their pixels cannot be read, so no shareable copy can be made (their records are shared)</source>
            <translation>
                <numerusform>%n photo stays on this laptop: its pixels cannot be read, so no shareable copy can be made (its record is shared)</numerusform>
                <numerusform>%n photos stay on this laptop: their pixels cannot be read, so no shareable copy can be made (their records are shared)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos stay on this laptop: their pixels cannot be read, so no shareable copy can be made</source>
            <translation>
                <numerusform>%n photo stays on this laptop: its pixels cannot be read, so no shareable copy can be made</numerusform>
                <numerusform>%n photos stay on this laptop: their pixels cannot be read, so no shareable copy can be made</numerusform>
            </translation>
        </message>
        <message>
            <source>camera</source>
            <translation>camera</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>survey</translation>
        </message>
        <message>
            <source>{record} {id}: not applied: {why}</source>
            <translation>{record} {id}: not applied: {why}</translation>
        </message>
        <message>
            <source>camera {id} was merged into camera {camera} by {who}</source>
            <translation>camera {id} was merged into camera {camera} by {who}</translation>
        </message>
        <message>
            <source>camera {id} was merged into camera {camera}</source>
            <translation>camera {id} was merged into camera {camera}</translation>
        </message>
        <message>
            <source>its {field} may not change</source>
            <translation>its {field} may not change</translation>
        </message>
        <message>
            <source>no {fields}</source>
            <translation>no {fields}</translation>
        </message>
        <message>
            <source>photo {id}: the same picture is already here as photo {twin}</source>
            <translation>photo {id}: the same picture is already here as photo {twin}</translation>
        </message>
        <message>
            <source>camera {id} ({holder}'s): {owner} shared the same picture first; your photo {file} is on their camera {camera} now; the camera is placed again by the photos it keeps</source>
            <translation>camera {id} ({holder}'s): {owner} shared the same picture first; your photo {file} is on their camera {camera} now; the camera is placed again by the photos it keeps</translation>
        </message>
        <message>
            <source>camera {id} ({holder}'s): {owner} shared the same picture first; your photo {file} is on their camera {camera} now</source>
            <translation>camera {id} ({holder}'s): {owner} shared the same picture first; your photo {file} is on their camera {camera} now</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; photo {file} is on their camera {camera} now; yours is placed again by the photos it keeps</source>
            <translation>camera {id}: {owner} shared the same picture first; photo {file} is on their camera {camera} now; yours is placed again by the photos it keeps</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; photo {file} is on their camera {camera} now</source>
            <translation>camera {id}: {owner} shared the same picture first; photo {file} is on their camera {camera} now</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; it is on their camera {camera} now</source>
            <translation>camera {id}: {owner} shared the same picture first; it is on their camera {camera} now</translation>
        </message>
        <message>
            <source>camera {id}: {owner} shared the same picture first; it is on their camera {camera} now; yours stays, with what you said of it</source>
            <translation>camera {id}: {owner} shared the same picture first; it is on their camera {camera} now; yours stays, with what you said of it</translation>
        </message>
        <message>
            <source>photo {id}: {owner} shared this picture first and it is their photo now: what you had set of yours was not kept ({values}); only they or a reviewer can set it on theirs</source>
            <translation>photo {id}: {owner} shared this picture first and it is their photo now: what you had set of yours was not kept ({values}); only they or a reviewer can set it on theirs</translation>
        </message>
        <message>
            <source>photo {id}: {owner} shared this picture first and it is their photo now: the team sees their copy, without the blur you chose on yours; only they can change the blur of theirs</source>
            <translation>photo {id}: {owner} shared this picture first and it is their photo now: the team sees their copy, without the blur you chose on yours; only they can change the blur of theirs</translation>
        </message>
        <message>
            <source>the connection was refused: is the server running at this address?</source>
            <translation>the connection was refused: is the server running at this address?</translation>
        </message>
        <message>
            <source>the server's name was not found: no network, or a mistyped address</source>
            <translation>the server's name was not found: no network, or a mistyped address</translation>
        </message>
        <message>
            <source>the server cannot be reached: no network?</source>
            <translation>the server cannot be reached: no network?</translation>
        </message>
        <message>
            <source>the connection was cut</source>
            <translation>the connection was cut</translation>
        </message>
        <message>
            <source>the server did not answer in time</source>
            <translation>the server did not answer in time</translation>
        </message>
        <message>
            <source>the server closed the connection without answering</source>
            <translation>the server closed the connection without answering</translation>
        </message>
        <message>
            <source>the server's {name} header is not a byte count: {value}</source>
            <translation>the server's {name} header is not a byte count: {value}</translation>
        </message>
        <message>
            <source>the server's answer to {what} is malformed ({problem})</source>
            <translation>the server's answer to {what} is malformed ({problem})</translation>
        </message>
        <message>
            <source>the server's answer is not a list of objects</source>
            <translation>the server's answer is not a list of objects</translation>
        </message>
        <message>
            <source>stopped while waiting for {server}</source>
            <translation>stopped while waiting for {server}</translation>
        </message>
        <message>
            <source>{request}: {problem}; resuming in {delay} s</source>
            <translation>{request}: {problem}; resuming in {delay} s</translation>
        </message>
        <message>
            <source>{request}: {problem}; retrying in {delay} s</source>
            <translation>{request}: {problem}; retrying in {delay} s</translation>
        </message>
        <message>
            <source>the server's answer to {request} is {size} bytes; at most {limit} are expected</source>
            <translation>the server's answer to {request} is {size} bytes; at most {limit} are expected</translation>
        </message>
        <message>
            <source>the server's answer to {request} is over {limit} bytes</source>
            <translation>the server's answer to {request} is over {limit} bytes</translation>
        </message>
        <message>
            <source>the server's answer to {request} does not decode as its Content-Encoding ({encoding}) says: {problem}</source>
            <translation>the server's answer to {request} does not decode as its Content-Encoding ({encoding}) says: {problem}</translation>
        </message>
        <message>
            <source>{server}: the secure connection failed ({request}): {problem}</source>
            <translation>{server}: the secure connection failed ({request}): {problem}</translation>
        </message>
        <message>
            <source>{server} did not answer {request} after {tries} tries: {problem}</source>
            <translation>{server} did not answer {request} after {tries} tries: {problem}</translation>
        </message>
        <message>
            <source>{server} answered HTTP {status} without SurveyApp's envelope: not a SurveyApp server (captive portal or proxy?)</source>
            <translation>{server} answered HTTP {status} without SurveyApp's envelope: not a SurveyApp server (captive portal or proxy?)</translation>
        </message>
        <message>
            <source>the server refused the token: {reason} (HTTP {status})</source>
            <translation>the server refused the token: {reason} (HTTP {status})</translation>
        </message>
        <message>
            <source>{server} needs a newer SurveyApp (protocol {needed}; this one speaks {spoken}): update SurveyApp, then sync again; nothing was lost</source>
            <translation>{server} needs a newer SurveyApp (protocol {needed}; this one speaks {spoken}): update SurveyApp, then sync again; nothing was lost</translation>
        </message>
        <message>
            <source>{server} runs an older SurveyApp server (protocol {spoken}; this laptop needs {needed}): ask the coordinator to update it; nothing was lost</source>
            <translation>{server} runs an older SurveyApp server (protocol {spoken}; this laptop needs {needed}): ask the coordinator to update it; nothing was lost</translation>
        </message>
        <message>
            <source>the server's answer to a pull has no list of changes</source>
            <translation>the server's answer to a pull has no list of changes</translation>
        </message>
        <message>
            <source>the server sent {count} changes for a pull of at most {limit}</source>
            <translation>the server sent {count} changes for a pull of at most {limit}</translation>
        </message>
        <message>
            <source>the server's pages of changes do not move on (after {since}: {next})</source>
            <translation>the server's pages of changes do not move on (after {since}: {next})</translation>
        </message>
        <message>
            <source>the server says more changes follow {next} but sent none after {since}</source>
            <translation>the server says more changes follow {next} but sent none after {since}</translation>
        </message>
        <message>
            <source>a change the server sent is malformed, skipped: {problem}</source>
            <translation>a change the server sent is malformed, skipped: {problem}</translation>
        </message>
        <message>
            <source>change {seq} is outside this page ({since}..{next}), skipped</source>
            <translation>change {seq} is outside this page ({since}..{next}), skipped</translation>
        </message>
        <message>
            <source>the server refused the token (HTTP {status})</source>
            <translation>the server refused the token (HTTP {status})</translation>
        </message>
        <message>
            <source>{server} answered HTTP {status}</source>
            <translation>{server} answered HTTP {status}</translation>
        </message>
        <message>
            <source>no shareable copy: {error}</source>
            <translation>no shareable copy: {error}</translation>
        </message>
        <message>
            <source>no shareable copy: the original of {name} is missing from the library ({path}): import its file again to put it back</source>
            <translation>no shareable copy: the original of {name} is missing from the library ({path}): import its file again to put it back</translation>
        </message>
        <message>
            <source>the server says it holds {offset} bytes of photo {photo}, which has {total}</source>
            <translation>the server says it holds {offset} bytes of photo {photo}, which has {total}</translation>
        </message>
        <message>
            <source>the server's offset keeps moving</source>
            <translation>the server's offset keeps moving</translation>
        </message>
        <message>
            <source>another upload of this photo is under way</source>
            <translation>another upload of this photo is under way</translation>
        </message>
        <message>
            <source>connection cut ({error})</source>
            <translation>connection cut ({error})</translation>
        </message>
        <message>
            <source>the server did not take the bytes sent</source>
            <translation>the server did not take the bytes sent</translation>
        </message>
        <message>
            <source>upload of {photo} kept failing: {problem}</source>
            <translation>upload of {photo} kept failing: {problem}</translation>
        </message>
        <message>
            <source>upload refused: {reason}</source>
            <translation>upload refused: {reason}</translation>
        </message>
        <message>
            <source>the shareable copy is missing; sync again</source>
            <translation>the shareable copy is missing; sync again</translation>
        </message>
        <message>
            <source>another upload of this photo is under way; it is sent next time</source>
            <translation>another upload of this photo is under way; it is sent next time</translation>
        </message>
        <message>
            <source>its copy was not sent: the server no longer has this photo as yours (withdrawn, or a teammate's, meanwhile); this sync's pull brings what became of it</source>
            <translation>its copy was not sent: the server no longer has this photo as yours (withdrawn, or a teammate's, meanwhile); this sync's pull brings what became of it</translation>
        </message>
        <message>
            <source>photo {photo} has no picture on the server</source>
            <translation>photo {photo} has no picture on the server</translation>
        </message>
        <message>
            <source>the server sent other bytes for photo {photo} (SHA-256 differs)</source>
            <translation>the server sent other bytes for photo {photo} (SHA-256 differs)</translation>
        </message>
        <message>
            <source>{record} {id}: {message}</source>
            <translation>{record} {id}: {message}</translation>
        </message>
        <message>
            <source>{record} {id}: your edit was not applied: it had been deleted meanwhile (reviewers see what you sent)</source>
            <translation>{record} {id}: your edit was not applied: it had been deleted meanwhile (reviewers see what you sent)</translation>
        </message>
        <message>
            <source>{record} {id} was merged into camera {camera} by {who}: your edit was not applied ({values}); make it on camera {camera} if it still holds (reviewers see what you sent)</source>
            <translation>{record} {id} was merged into camera {camera} by {who}: your edit was not applied ({values}); make it on camera {camera} if it still holds (reviewers see what you sent)</translation>
        </message>
        <message>
            <source>{record} {id} was merged into camera {camera} by {who}: your edit was not applied ({values}); camera {camera} is a teammate's: reviewers see what you sent and can make it there</source>
            <translation>{record} {id} was merged into camera {camera} by {who}: your edit was not applied ({values}); camera {camera} is a teammate's: reviewers see what you sent and can make it there</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>someone else</translation>
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
            <translation>{record} {id}: not made: the photos you split off had been deleted meanwhile (reviewers see what you sent)</translation>
        </message>
        <message>
            <source>{record} {id}: not made: the photos you split off had become a teammate's meanwhile (reviewers see what you sent)</source>
            <translation>{record} {id}: not made: the photos you split off had become a teammate's meanwhile (reviewers see what you sent)</translation>
        </message>
        <message>
            <source>{record} {id}: not made: it had been deleted or merged meanwhile; the photos you split off are on camera {camera} (reviewers see what you sent)</source>
            <translation>{record} {id}: not made: it had been deleted or merged meanwhile; the photos you split off are on camera {camera} (reviewers see what you sent)</translation>
        </message>
        <message>
            <source>'{ref}' is too short to name a record</source>
            <translation>'{ref}' is too short to name a record</translation>
        </message>
        <message>
            <source>no refused change</source>
            <translation>no refused change</translation>
        </message>
        <message>
            <source>no refused change for '{ref}'</source>
            <translation>no refused change for '{ref}'</translation>
        </message>
        <message numerus="yes">
            <source>%n photos uploaded</source>
            <translation>
                <numerusform>%n photo uploaded</numerusform>
                <numerusform>%n photos uploaded</numerusform>
            </translation>
        </message>
        <message>
            <source>no token for {server}: pass --token TOKEN (add --save-token to keep it in the system keyring) or set {variable}</source>
            <translation>no token for {server}: pass --token TOKEN (add --save-token to keep it in the system keyring) or set {variable}</translation>
        </message>
        <message>
            <source>the system keyring cannot store the token ({error})</source>
            <translation>the system keyring cannot store the token ({error})</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
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
            <translation>permission denied</translation>
        </message>
        <message>
            <source>a link that leads back to itself</source>
            <translation>a link that leads back to itself</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>it is a folder</translation>
        </message>
        <message>
            <source>not a folder</source>
            <translation>not a folder</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>the name is too long</translation>
        </message>
        <message>
            <source>too many files are open</source>
            <translation>too many files are open</translation>
        </message>
        <message>
            <source>the file is in use</source>
            <translation>the file is in use</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>no such file</translation>
        </message>
        <message>
            <source>the disk could not be read or written</source>
            <translation>the disk could not be read or written</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>the disk is read-only</translation>
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
            <translation>{name} is not an MBTiles file ({error})</translation>
        </message>
        <message>
            <source>the tile server answered {status}</source>
            <translation>the tile server answered {status}</translation>
        </message>
        <message>
            <source>a tile was not an image</source>
            <translation>a tile was not an image</translation>
        </message>
        <message>
            <source>no connection to {host}</source>
            <translation>no connection to {host}</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <source>field edit</source>
            <translation>field edit</translation>
        </message>
        <message>
            <source>move</source>
            <translation>move</translation>
        </message>
        <message>
            <source>placing on the map</source>
            <translation>placing on the map</translation>
        </message>
        <message>
            <source>return to the photos' position</source>
            <translation>return to the photos' position</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>merge</translation>
        </message>
        <message>
            <source>marking as two cameras</source>
            <translation>marking as two cameras</translation>
        </message>
        <message>
            <source>split</source>
            <translation>split</translation>
        </message>
        <message>
            <source>deletion</source>
            <translation>deletion</translation>
        </message>
        <message>
            <source>blur change</source>
            <translation>blur change</translation>
        </message>
        <message>
            <source>review decision</source>
            <translation>review decision</translation>
        </message>
        <message>
            <source>photos were put on the camera or taken off it since you were asked (by a sync or another program): look at it again</source>
            <translation>photos were put on the camera or taken off it since you were asked (by a sync or another program): look at it again</translation>
        </message>
        <message>
            <source>there is nothing to undo</source>
            <translation>there is nothing to undo</translation>
        </message>
        <message>
            <source>the edit to set aside is no longer the first one to redo (another window or a restart changed the list): look at the Edit menu again</source>
            <translation>the edit to set aside is no longer the first one to redo (another window or a restart changed the list): look at the Edit menu again</translation>
        </message>
        <message>
            <source>the edit to set aside is no longer the last one (another window or a restart changed the list): look at the Edit menu again</source>
            <translation>the edit to set aside is no longer the last one (another window or a restart changed the list): look at the Edit menu again</translation>
        </message>
        <message>
            <source>the {name} can be redone now, so it was not set aside: redo makes it again</source>
            <translation>the {name} can be redone now, so it was not set aside: redo makes it again</translation>
        </message>
        <message>
            <source>the {name} can be undone now, so it was not set aside: undo takes it back</source>
            <translation>the {name} can be undone now, so it was not set aside: undo takes it back</translation>
        </message>
        <message>
            <source>there is nothing to redo</source>
            <translation>there is nothing to redo</translation>
        </message>
        <message>
            <source>the {name} cannot be undone: the position it would put back came from a geotagging undone since, and the camera's photos no longer give it</source>
            <translation>the {name} cannot be undone: the position it would put back came from a geotagging undone since, and the camera's photos no longer give it</translation>
        </message>
        <message>
            <source>the {name} cannot be redone: the survey was synced since it was undone; make it again</source>
            <translation>the {name} cannot be redone: the survey was synced since it was undone; make it again</translation>
        </message>
        <message>
            <source>{refusal}; it is taken off the list of edits to undo</source>
            <translation>{refusal}; it is taken off the list of edits to undo</translation>
        </message>
        <message>
            <source>{refusal}; it is taken off the list of edits to redo</source>
            <translation>{refusal}; it is taken off the list of edits to redo</translation>
        </message>
        <message>
            <source>the {name} was sent to the server, but no answer came back: the server may have it, and the next sync sends it again; it can no longer be undone here</source>
            <translation>the {name} was sent to the server, but no answer came back: the server may have it, and the next sync sends it again; it can no longer be undone here</translation>
        </message>
        <message>
            <source>the {name} was already sent to the server, which keeps it: it can no longer be undone here</source>
            <translation>the {name} was already sent to the server, which keeps it: it can no longer be undone here</translation>
        </message>
        <message numerus="yes">
            <source>{refusal}; nothing is lost: %n photos of yours stay on a camera of their own, and only {owner} or a reviewer can merge them back into their camera</source>
            <translation>
                <numerusform>{refusal}; nothing is lost: %n photo of yours stays on a camera of its own, and only {owner} or a reviewer can merge it back into their camera</numerusform>
                <numerusform>{refusal}; nothing is lost: %n photos of yours stay on a camera of their own, and only {owner} or a reviewer can merge them back into their camera</numerusform>
            </translation>
        </message>
        <message>
            <source>the {name} cannot be undone: what it changed was changed again since (by a sync or another program)</source>
            <translation>the {name} cannot be undone: what it changed was changed again since (by a sync or another program)</translation>
        </message>
        <message>
            <source>the {name} cannot be redone: what it changed was changed again since (by a sync or another program)</source>
            <translation>the {name} cannot be redone: what it changed was changed again since (by a sync or another program)</translation>
        </message>
        <message>
            <source>a record of this step is gone</source>
            <translation>a record of this step is gone</translation>
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
            <translation>model family {family}</translation>
        </message>
        <message>
            <source>model family {family}, but {maker} makes other products</source>
            <translation>model family {family}, but {maker} makes other products</translation>
        </message>
        <message>
            <source>brand {brand} ({vendor})</source>
            <translation>brand {brand} ({vendor})</translation>
        </message>
        <message>
            <source>name {name}</source>
            <translation>name {name}</translation>
        </message>
        <message>
            <source>label {seen} reads {owner}</source>
            <translation>label {seen} reads {owner}</translation>
        </message>
        <message>
            <source>model family {family}, read as {model}</source>
            <translation>model family {family}, read as {model}</translation>
        </message>
        <message>
            <source>model family {family}, read as {model}, but {maker} makes other products</source>
            <translation>model family {family}, read as {model}, but {maker} makes other products</translation>
        </message>
        <message>
            <source>{vendor} — {confidence}: {reasons}</source>
            <translation>{vendor} — {confidence}: {reasons}</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>strong</translation>
        </message>
        <message>
            <source>likely</source>
            <translation>likely</translation>
        </message>
        <message>
            <source>weak</source>
            <translation>weak</translation>
        </message>
    </context>
    <context>
        <name>warnings</name>
        <message>
            <source>Camera</source>
            <translation>Camera</translation>
        </message>
        <message>
            <source>{camera} and {other} are probably one camera ({metres} m apart)</source>
            <translation>{camera} and {other} are probably one camera ({metres} m apart)</translation>
        </message>
        <message>
            <source>{camera} is already in {source} ({source_id}, {metres} m away)</source>
            <translation>{camera} is already in {source} ({source_id}, {metres} m away)</translation>
        </message>
        <message numerus="yes">
            <source>The originals of %n photos are missing from the library ({names}): it holds none of them. If you moved the photo library, close SurveyApp and move it back to {library}; else import their files again</source>
            <translation>
                <numerusform>The originals of %n photos are missing from the library ({names}): it holds none of them. If you moved the photo library, close SurveyApp and move it back to {library}; else import their files again</numerusform>
                <numerusform>The originals of %n photos are missing from the library ({names}): it holds none of them. If you moved the photo library, close SurveyApp and move it back to {library}; else import their files again</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The originals of %n photos are missing from the library ({names}): import their files again</source>
            <translation>
                <numerusform>The original of %n photo is missing from the library ({names}): import its file again</numerusform>
                <numerusform>The originals of %n photos are missing from the library ({names}): import their files again</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{camera} has no position: place it on the map (%n photos)</source>
            <translation>
                <numerusform>{camera} has no position: place it on the map (%n photo)</numerusform>
                <numerusform>{camera} has no position: place it on the map (%n photos)</numerusform>
            </translation>
        </message>
        <message>
            <source>Photo {file_name} has no capture time</source>
            <translation>Photo {file_name} has no capture time</translation>
        </message>
        <message>
            <source>Photo {file_name}: {warning}</source>
            <translation>Photo {file_name}: {warning}</translation>
        </message>
        <message>
            <source>{owner}'s photo {file_name}: {warning}</source>
            <translation>{owner}'s photo {file_name}: {warning}</translation>
        </message>
    </context>
</TS>
