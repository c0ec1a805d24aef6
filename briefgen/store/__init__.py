"""What touches the disk besides the inputs, below every stage.

Entry points: ``cache.ExtractionCache`` and ``cache.load_value`` /
``store_value`` (the per-article cache, keyed by text, rules and code),
``atomic.write_atomic(path, data)`` (outputs replaced atomically),
``atomic.check_outdir``.
"""
