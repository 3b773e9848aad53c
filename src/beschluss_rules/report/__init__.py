"""Reports: one registry of output formats (text, line, json, sarif, junit, github) and waivers.

``report`` builds the :class:`Report` (results, totals, waivers) and the JSON of schema
``beschluss-rules/report/v1``; ``registry`` owns the format names and renders any of them; one
module per format; ``waivers`` applies documented exceptions with reason and expiry.
"""
