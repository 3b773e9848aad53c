"""``python -m beschluss_rules`` runs the command-line interface."""

from .cli import main

raise SystemExit(main())
