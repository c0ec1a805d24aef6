"""What each command of the CLI does, between ``briefgen.cli`` (options,
messages) and ``briefgen.pipeline`` (the recipe).

Entry points: ``documents.run_build``, ``run_extract``, ``run_explain``,
``run_render``; ``init.write_init`` (the ``briefgen init`` command).
"""
