"""Text folding and literal prefilters shared by the rule base and the reader.

A leaf part: it imports only the standard library and the TR 39 confusables data
(``confusable_homoglyphs``); ``spoofing`` says when a name hides what it says. ``normalize`` folds German text for matching
(NFC, case, umlauts, OCR confusables) and keeps a map back to the original positions;
``prefilter`` finds the literal needles a regular expression needs, so that one scan of a paper
decides which vocabulary patterns can match at all.
"""
