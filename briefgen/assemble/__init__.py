"""Stage 3: from the articles to the briefing model (a plain dict, the
contract of docs/briefing-model.md).

Entry point: ``briefing.assemble(articles, letterhead=…)``. Inside:
``group`` files statements under themes (``data/themes.yaml``), ``merge``
unites statements that say the same thing across articles, ``figures``
collects key figures, ``analysis`` computes the match form and content words
that grouping and merging compare (the extraction workers compute them
ahead, see ``briefgen.run.parallel``).
"""
