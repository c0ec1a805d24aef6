"""Running the extraction stage on every core.

Entry points: ``parallel.extract_many(docs, …)`` (cache look-ups, then the
misses on a process pool, results in input order), ``parallel.Workers``
(workers started while the files are still being read) and
``parallel.start_beside(fn, …)`` (one call in a second process, used for the
PDF layout). It sits above the stages it runs and below the pipeline.
"""
