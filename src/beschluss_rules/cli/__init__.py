"""The command line: ``beschluss-rules check | explain | rule | rules``.

``app`` builds the argparse application; ``settings`` reads the configuration
(``pyproject.toml`` / ``.beschluss-rules.toml``) into typed settings; ``discover`` finds the
papers under the paths given; ``check_command`` and ``rules_command`` run the commands.
"""

from .app import main

__all__ = ["main"]
