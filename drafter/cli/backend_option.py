"""The ``--backend`` option of the drafting commands. Its choices come from the backend registry,
which imports the backends' base and the draft models: a module of its own, so that
`drafter check` (through drafter.cli.common) does not import them."""

from __future__ import annotations

import click

from drafter.backends import BACKENDS

backend_option = click.option("--backend", type=click.Choice(list(BACKENDS)), default=None, help="Drafting backend.")
