"""The team's sync server: a FastAPI app over its own tables and a content-addressed blob store.

``create_app(settings)`` in ``app.py`` builds it; ``surveyapp server run`` serves it with uvicorn.
It speaks the wire format of ``surveyapp.protocol.wire``.
"""
