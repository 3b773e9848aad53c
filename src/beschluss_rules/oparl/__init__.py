"""Reading a council's own OParl 1.0/1.1 server: a polite HTTP client (:mod:`.client`) and the
papers it fetches, checked by the ordinary Checker (:mod:`.papers`). See docs/oparl.md.

This part sits above the reader and the verdict (it reads fetched papers with them) and below
the command line and the web server, which use it.
"""

from __future__ import annotations

from .client import FetchError, HostPolicy, OParlClient, Response
from .papers import FetchedPaper, PaperFetcher, check_body, check_fetched, check_url, is_url, object_type

__all__ = [
    "FetchError",
    "FetchedPaper",
    "HostPolicy",
    "OParlClient",
    "PaperFetcher",
    "Response",
    "check_body",
    "check_fetched",
    "check_url",
    "is_url",
    "object_type",
]
