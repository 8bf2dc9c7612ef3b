"""The offline map: stores made from OpenStreetMap extracts, street names, tile downloads."""
