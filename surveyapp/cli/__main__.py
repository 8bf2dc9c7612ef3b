"""`python -m surveyapp.cli`."""

from surveyapp.cli import leave, main

leave(main())
