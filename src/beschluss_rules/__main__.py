"""``python -m beschluss_rules`` runs the command-line interface."""

from .cli.app import main

raise SystemExit(main())
