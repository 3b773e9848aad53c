"""From papers to verdicts: the :class:`Checker`, the default logic and batch checking.

``checker`` reads papers (through ``reader``), evaluates each decision item with the engine and
cross-checks it; ``decide`` turns the matching rules into one verdict per item (reserved >
statutory assignment > urgency > local delegation > general competence); ``batch`` and
``cluster`` check many papers in worker processes with identical results.
"""
