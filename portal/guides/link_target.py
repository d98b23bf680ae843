"""Where a plan step's link leads: another guide, a directory entry, or an outside address."""

from . import rules
from .contacts import PHONES, directory_url


class LinkTarget:
    """For StepLink: exactly one target among `guide`, `directory_slug` and `url`
    (rules.check_link_target), its address, and the text shown for it."""

    def clean(self):
        rules.check_link_target(self)

    @property
    def href(self):
        if self.guide_id:
            return self.guide.get_absolute_url()
        if self.directory_slug:
            return directory_url(self.directory_slug)
        return self.url

    @property
    def phone(self):
        """An emergency number to show as a tel: link right in the step, if this is one."""
        return PHONES.get(self.directory_slug) if not self.guide_id else None

    @property
    def is_external(self):
        # Guides and directory entries are ours (reversed, relative): only an outside address
        # can be external, so no second reverse() for each link.
        if self.guide_id or self.directory_slug:
            return False
        return self.url.startswith(("http://", "https://"))

    @property
    def text(self):
        return self.label or (self.guide.title if self.guide_id else "")
