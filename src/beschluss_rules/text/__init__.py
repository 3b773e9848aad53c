"""Text folding, literal prefilters and path patterns shared by the parts above.

A leaf part: it imports only the standard library, pathspec and the TR 39 confusables data
(``confusable_homoglyphs``); ``spoofing`` says when a name hides what it says. ``normalize`` folds German text for matching
(NFC, case, umlauts, OCR confusables) and keeps a map back to the original positions;
``prefilter`` finds the literal needles a regular expression needs, so that one scan of a paper
decides which vocabulary patterns can match at all; ``globs`` reads path patterns as
``.gitignore`` does (exclusions and the papers of waivers).
"""
