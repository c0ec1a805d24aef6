"""Keep the test suite hermetic: the extraction cache lives in a temp folder."""
import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    os.environ["BRIEFGEN_CACHE_DIR"] = str(tmp_path_factory.mktemp("briefgen-cache"))
    yield
