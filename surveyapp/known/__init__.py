"""Known cameras: already-mapped cameras (OSM, Overpass, GeoJSON) in a read-only layer."""
