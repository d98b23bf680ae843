"""Public pages of the help directory and its JSON export. All read-only, no cookie."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from portal.content.helpers import published_or_redirect
from portal.core.origin import site_origin

from .cards import Cards
from .emergency_entries import emergency_entries
from .forms import DirectoryFilterForm
from .listing import emergency_first, entries_by_id, matching_ids
from .models import DirectorySettings, Organisation
from .offered import active_filters, offer_only, offered
from .rows import contacts_of
from .rows import entries as entries_of

PAGE_SIZE = 20


def read_filters(request):
    """The filters as a bound form, plus plain notices about what was not understood.

    A repeated parameter counts once (the last one); a value the form does not know is
    ignored rather than answered with an error, so the visitor still sees the directory.
    """
    form = DirectoryFilterForm(
        {name: request.GET.get(name) for name in DirectoryFilterForm.base_fields}
    )
    notices = []
    repeated = [name for name in form.fields if len(request.GET.getlist(name)) > 1]
    if repeated:
        notices.append(_("A filter was given more than once; the last value was used."))
    form.is_valid()
    for name in form.errors:
        label = form.fields[name].label
        notices.append(
            _("The filter “%(label)s” was not understood and was ignored.") % {"label": label}
        )
    return form, getattr(form, "cleaned_data", {}), notices


@require_safe
def directory_list(request):
    form, filters, notices = read_filters(request)
    kinds, audiences = offered()
    offer_only(form, "kind", kinds)
    offer_only(form, "audience", audiences)
    page = Paginator(matching_ids(filters), PAGE_SIZE).get_page(request.GET.get("page"))
    # The page links keep the filters.
    query = request.GET.copy()
    query.pop("page", None)
    emergency = emergency_entries()
    listed = entries_by_id(list(page.object_list))
    # One query for the contacts of the cards and of the emergency numbers.
    contacts = contacts_of([entry.pk for entry in listed + emergency])
    directory_settings = DirectorySettings.load()
    cards = Cards(request, directory_settings.editors_email).cards(listed, contacts)
    return render(
        request,
        "directory/list.html",
        {
            "form": form,
            "notices": notices,
            "page_obj": page,
            "cards": cards,
            "filtered": any(filters.values()),
            "active_filters": active_filters(form, filters, request.GET),
            "emergency": [
                {"name": entry.name, "contacts": contacts[entry.pk]} for entry in emergency
            ],
            "page_query": query.urlencode(),
            "directory_settings": directory_settings,
        },
    )


@require_safe
def directory_detail(request, slug):
    # The card's values are worked out by the template (templatetags/directory.py), which
    # the admin's preview renders too.
    organisation, moved = published_or_redirect(Organisation.objects.public(), slug)
    if moved:
        return moved
    return render(
        request,
        "directory/detail.html",
        {"organisation": organisation, "directory_settings": DirectorySettings.load()},
    )


def as_json(card, organisation, origin):
    return {
        "slug": card.slug,
        "url": origin + card.url,
        "name": card.name,
        "kind": card.kind,
        "kind_label": card.kind_label,
        "description": card.description,
        "regions": card.codes["regions"],
        "audiences": card.codes["audiences"],
        "languages": card.codes["languages"],
        "free": card.is_free,
        "anonymous": card.is_anonymous,
        "open_24_7": card.is_24_7,
        "hours": card.hours,
        "address": organisation.address,
        "website": organisation.website,
        "contact_points": [
            {
                "kind": contact.kind,
                "value": contact.value,
                "display": contact.display,
                "href": contact.href,
                "label": contact.label,
                "hours": contact.hours,
            }
            for contact in card.contacts
        ],
        "source_url": card.source_url,
        "last_verified_on": card.checked_iso,
        "stale": card.stale,
    }


@require_safe
def directory_json(request):
    """The published directory in the page's language, for partners (see README.md)."""
    public = Organisation.objects.public()
    organisations = entries_of(emergency_first(public), "address", "website")
    # The contacts and vocabularies of every public entry: a subquery, not 300 ids.
    cards = Cards().cards(organisations, among=public.values("pk"))
    origin = site_origin()
    data = {
        "language": get_language(),
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "count": len(organisations),
        "organisations": [
            as_json(card, organisation, origin)
            for card, organisation in zip(cards, organisations, strict=True)
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    # Public data without credentials: partners may read it from a browser too.
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=600"
    return response
