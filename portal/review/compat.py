"""Where the shared content building blocks live: `portal.content` once they move out of
`portal.core` (issue 9's refactoring), `portal.core` before. Review depends only on these."""

try:
    from portal.content.groups import PUBLISHERS
    from portal.content.models import Publishable
except ImportError:  # before the move
    from portal.core.groups import PUBLISHERS
    from portal.core.models import Publishable

__all__ = ["PUBLISHERS", "Publishable"]
