"""End-to-end tests, and the helpers the server tests share (support.py)."""
