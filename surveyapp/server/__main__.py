"""`python -m surveyapp.server ACTION ...` is `surveyapp-server ACTION ...`."""

from surveyapp.server.command import main

raise SystemExit(main())
