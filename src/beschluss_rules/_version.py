"""The package version: one source, read by the package, the reports and the build (a leaf:
it imports nothing, so every part may import it)."""

__version__ = "0.1.0"
