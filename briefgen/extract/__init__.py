"""Stage 2: from one ``Document`` to an ``Article`` with its statements.

Entry point: ``article.extract_document(doc, rules)`` (``rules.load_rules``
gives the rules: packaged ``data/rules.yaml`` plus the user's file). Inside,
in order: ``noise`` drops page chrome and cuts paragraphs, ``segment`` cuts
sentences and clauses, ``leads`` recognises lead-ins, ``classify`` follows the
discourse and files each clause as achievement, limitation or task,
``cleantext`` turns a quote into a clean statement, ``metadata`` reads title,
unit, locality, periods, meeting date and chair with their evidence.
"""
