"""Shared pytest set-up."""

pytest_plugins = ["cassettes_conftest_plugin"]
