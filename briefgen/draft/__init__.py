"""The editable briefing file (``*.briefing.yaml``), the single source of
both documents after a review.

Entry points: ``yaml_io.dump_briefing(briefing)`` and
``yaml_io.load_briefing(path)`` (checks it and names the line of any
mistake, in Vietnamese); ``schema`` holds the contract and its checks.
"""
