"""The rule base: rule, profile and vocabulary types, strict YAML, the loader and its cache.

Everything here is data handling, no judgement: ``types`` holds :class:`Rule`, :class:`Profile`,
:class:`RuleBase` and the reader's :class:`Lexicon`; ``loader`` validates the YAML files under
``rules/`` into them (every error names file, line and key); ``conditions`` is the small
declarative condition language; ``vocabulary`` the matter, body and legal-form terms; ``cache``
keeps parsed files between runs. Imports only ``model``, ``errors``, ``text``.
"""
