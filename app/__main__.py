"""`python -m app` is the same as the `deskhand` command."""

from app.cli import main

raise SystemExit(main())
