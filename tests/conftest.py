"""Shared fixtures: one pipeline per test session (loading the model is the slow part)."""

from __future__ import annotations

import os

import pytest

from extract.pipeline import build_pipeline


def pytest_collection_modifyitems(config, items):
    """Slow tests run only in CI (CI=true) or when asked for with ``-m slow``."""
    if os.environ.get("CI") == "true" or "slow" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="slow: runs in CI (CI=true) or with -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()
