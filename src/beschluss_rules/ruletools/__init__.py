"""Tools with which the rule base proves itself: lint, rule test cases, catalogue, solver.

``lint`` runs the registered checks over rule files and profiles; ``cases`` loads and runs the
OpenFisca-style YAML test cases under ``tests/cases``; ``catalogue`` generates ``docs/rules``;
``solver`` decides satisfiability of conditions for lint and the catalogue.
"""
