"""Text folding and literal prefilters shared by the rule base and the reader.

A leaf part: it imports only the standard library. ``normalize`` folds German text for matching
(NFC, case, umlauts, OCR confusables) and keeps a map back to the original positions;
``prefilter`` finds the literal needles a regular expression needs, so that one scan of a paper
decides which vocabulary patterns can match at all.
"""
