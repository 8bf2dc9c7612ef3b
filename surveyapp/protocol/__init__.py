"""The sync protocol, shared by the laptop and the server: the field registry and the wire.

``fields`` declares every synced field once (type, limits, OSM key, parser, merge policy);
``wire`` holds the messages. Nothing here touches a database, Qt or the network.
"""
