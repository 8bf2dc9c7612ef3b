"""`python3 -m surveyapp ...`: the same as the `surveyapp` command."""

import sys

from surveyapp.app import main

sys.exit(main())
