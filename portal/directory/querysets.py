"""Which directory entries a visitor sees, which are stale, and how the lists filter; and
what an entry needs before it is published."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.content.models import PublishedQuerySet


def stale_cutoff(today=None):
    """Entries verified before this date are stale."""
    today = today or timezone.localdate()
    return today - timedelta(days=settings.DIRECTORY_STALE_AFTER_DAYS)


class OrganisationQuerySet(PublishedQuerySet):
    def public(self, at=None):
        """What visitors and partners see: published, in its time window, and sourced.

        The source and the date are checked here too, so an entry saved without them (by a
        script, say) never reaches a victim.
        """
        return self.published(at).exclude(source_url="").exclude(verified_on__isnull=True)

    def stale(self, today=None):
        return self.filter(Q(verified_on__isnull=True) | Q(verified_on__lt=stale_cutoff(today)))

    def with_lists(self):
        """Everything a list or the JSON shows, in a fixed number of queries."""
        return self.prefetch_related("regions", "audiences", "languages", "contact_points")

    def with_any(self, relation, codes):
        """Entries linked to any of these codes through `relation` (regions, audiences,
        languages). EXISTS rather than a join, so an entry never appears twice."""
        field = self.model._meta.get_field(relation)
        target = field.related_model._meta.model_name
        links = field.remote_field.through.objects.filter(
            organisation=OuterRef("pk"), **{f"{target}__code__in": list(codes)}
        )
        return self.filter(Exists(links))


def check_sourced(organisation):
    """An entry is published only with a public source and the date someone checked it; the
    queryset's public() checks the same, so nothing unsourced reaches a victim."""
    if organisation.status == organisation.Status.PUBLISHED:
        errors = {}
        if not organisation.source_url:
            errors["source_url"] = _("A source address is required to publish.")
        if not organisation.verified_on:
            errors["verified_on"] = _("A “last verified on” date is required to publish.")
        if errors:
            raise ValidationError(errors)
    if organisation.verified_on and organisation.verified_on > timezone.localdate():
        raise ValidationError({"verified_on": _("This date is in the future.")})
