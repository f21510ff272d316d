"""The frozen app's entry point: the same `smm-career` as the wheel's console script."""

import multiprocessing

# `batch --jobs N` starts worker processes: in a frozen app they re-run this executable,
# and freeze_support() turns them into workers instead of new command lines.
multiprocessing.freeze_support()

from app.cli import main  # noqa: E402

raise SystemExit(main())
