"""Camera records: OSM fields, grouping photos into cameras, and the edits a volunteer makes."""
