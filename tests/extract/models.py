"""Rules loaded with a model file chosen by its environment variable (the
screen's and the corrector's tests)."""
from briefgen.extract.rules import load_rules


def rules_with(monkeypatch, env: str, choice: str):
    """The rules with ``env`` set to ``choice`` ("off", a path, "" for the packaged model)."""
    monkeypatch.setenv(env, choice)
    load_rules.cache_clear()
    try:
        return load_rules()
    finally:
        monkeypatch.undo()
        load_rules.cache_clear()
