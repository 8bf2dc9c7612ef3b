"""`python -m surveyapp.cli`."""

import sys

from surveyapp.cli import main

sys.exit(main())
