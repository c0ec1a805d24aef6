"""``briefgen review``: a local web page to review a draft before it goes to
leadership, so that staff never edit the YAML by hand.

Entry points: ``server.run_review(draft, port=…, open_browser=…)`` (127.0.0.1
only, a per-run token) and ``app.create_app(draft, token)``. Inside: ``ops``
the edits (pure functions on the briefing model), ``draftfile`` the draft on
disk (versioned, atomic save with a backup), ``sources`` the cited articles'
text, ``assets/`` the page, its script and style (no CDN, nothing external).
"""
