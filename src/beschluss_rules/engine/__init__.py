"""Rule evaluation: compile rule files once, then match decision items against them.

- :mod:`.compile` turns validated rules into a pure, engine-neutral form (pure Python, testable
  without the C extension) and checks durable_rules' size limits.
- :mod:`.reference` is the pure-Python evaluator of that form: the cross-check.
- :mod:`._durable` is the only module that imports durable_rules: the production engine.
- :mod:`.facts` flattens a decision item into the typed fact both evaluators see.
"""
