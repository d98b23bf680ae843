"""Directory entries made inside tests, with every field a filter looks at."""

from datetime import date

from django.utils import timezone

from portal.directory.contact_kinds import normalised
from portal.directory.models import Audience, ContactPoint, Language, Organisation, Region
from portal.directory.seed import ensure_rows


def make_org(
    slug,
    kind="ngo",
    regions=("nationwide",),
    audiences=("everyone",),
    languages=("ar",),
    contacts=(("short-code", "19"),),
    status=Organisation.Status.PUBLISHED,
    verified_on="today",
    source_url="https://example.org/source",
    **fields,
):
    ensure_rows()
    if verified_on == "today":
        verified_on = timezone.localdate()
    elif isinstance(verified_on, str):
        verified_on = date.fromisoformat(verified_on)
    organisation = Organisation.objects.create(
        slug=slug,
        kind=kind,
        name_ar=fields.pop("name_ar", f"منظمة {slug}"),
        name_fr=fields.pop("name_fr", f"Organisation {slug}"),
        name_en=fields.pop("name_en", f"Organisation {slug}"),
        status=status,
        verified_on=verified_on,
        source_url=source_url,
        **fields,
    )
    organisation.regions.set(Region.objects.filter(code__in=regions))
    organisation.audiences.set(Audience.objects.filter(code__in=audiences))
    organisation.languages.set(Language.objects.filter(code__in=languages))
    for order, (kind_, value) in enumerate(contacts):
        ContactPoint.objects.create(
            organisation=organisation,
            kind=kind_,
            value=normalised(kind_, value),
            order=order,
        )
    return organisation
