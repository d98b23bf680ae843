"""The guides' queries that the busiest pages run (the urgent guide, every guide's steps, the
home's guide cards), compiled to SQL once (portal/core/prepared.py): the urgent guide is the
page a flood must not slow."""

from portal.core.prepared import PreparedQuery

from .models import Guide, Step, StepLink

URGENT = PreparedQuery(
    lambda at: Guide.objects.published(at=at).filter(is_urgent=True)[:1],
    at=Guide._meta.get_field("publish_at"),
)
# The home's guide cards (apps.py): the urgent one links to help/now/ by its URL name.
HOME_GUIDES = PreparedQuery(
    lambda at: Guide.objects.published(at=at).filter(is_urgent=False).only(*Guide.CARD_FIELDS)[:6],
    at=Guide._meta.get_field("publish_at"),
)
STEPS = PreparedQuery(
    lambda guide: Step.objects.filter(guide_id=guide).order_by("order", "pk"),
    guide=Step._meta.get_field("guide"),
)
# A guide's step links, and the guides they lead to: a link to a guide shows its title and
# address only, so the guide's summary and introduction (three languages each) stay unloaded.
LINKS = PreparedQuery(
    lambda guide: StepLink.objects.filter(step__guide_id=guide).order_by("order", "pk"),
    guide=Step._meta.get_field("guide"),
)
LINKED_GUIDES = PreparedQuery(
    lambda guide: (
        Guide.objects.filter(linked_from__step__guide_id=guide)
        .defer(*Guide.SUMMARY_FIELDS, *Guide.INTRO_FIELDS)
        .order_by("pk")
        .distinct()
    ),
    guide=Step._meta.get_field("guide"),
)
