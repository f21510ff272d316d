"""The frozen app's entry point: the same `smm-career` as the wheel's console script."""

from app.cli import main

raise SystemExit(main())
