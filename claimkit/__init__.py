"""claimkit: rule-based extraction of checkable claims from Indonesian news.

Quick use::

    import claimkit
    record = claimkit.extract('"Kami siap," kata Budi Santoso, Senin (22/3/2021).', published="2021-03-23")

For many documents build one :class:`Engine` and call :meth:`Engine.extract`.
"""

__version__ = "0.1.0"

from .claims import Claim  # noqa: E402
from .document import Document  # noqa: E402
from .engine import Engine, extract  # noqa: E402
from .errors import PluginError, Problem, RuleLoadError  # noqa: E402
from .plugins import hookimpl  # noqa: E402
from .rules import Rule, RuleMatch  # noqa: E402

__all__ = [
    "Claim",
    "Document",
    "Engine",
    "PluginError",
    "Problem",
    "Rule",
    "RuleLoadError",
    "RuleMatch",
    "__version__",
    "extract",
    "hookimpl",
]
