"""Keeping the search index in step with the content: rows for one object (every
language), kept on save and delete through signals, and the whole index rebuilt by
`manage.py rebuild_search_index` or after `migrate` when it is empty."""

from functools import cache
from html import unescape

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.html import strip_tags

from portal.core.hooks import portal_apps

from .models import SearchEntry
from .normalise import index_text

# Enough text to find a long page by what it says; past this, a page says nothing new.
MAX_BODY = 20_000
FALLBACK = settings.MODELTRANSLATION_FALLBACK_LANGUAGES[0]


@cache
def sources():
    """{model: SearchSource} from every app that offers content to the search (fixed once
    the apps are loaded; every save asks)."""
    return {source.model: source for config in portal_apps() for source in config.search_sources()}


def source_label(model):
    return model._meta.label_lower


def with_related(source, queryset):
    """`queryset` with what `source.text()` reads besides the object itself (its children,
    its many-to-many lists) fetched in one query each, never once per object."""
    related = [field.name for field in source.model._meta.many_to_many]
    for child, key in source.children:
        related.append(child._meta.get_field(key).remote_field.get_accessor_name())
    return queryset.prefetch_related(*related)


def plain(texts):
    # A space before every tag: paragraphs and list items stay separate words.
    return " ".join(unescape(strip_tags(str(text).replace("<", " <"))) for text in texts if text)


def document(source, obj, language):
    """(title, body, text language) of `obj` as the `language` page shows it."""
    with translation.override(language):
        title = str(getattr(obj, source.title) or "")
        body = plain(source.text(obj))
    written = language if getattr(obj, f"{source.title}_{language}", None) else FALLBACK
    return title, body, written


def indexable(obj):
    """Published, whatever its time window (the window is checked when searching)."""
    status = getattr(obj, "status", None)
    return status is None or status == obj.Status.PUBLISHED


def rows(source, obj):
    for language, _name in settings.LANGUAGES:
        title, body, written = document(source, obj, language)
        yield SearchEntry(
            source=source_label(source.model),
            object_id=obj.pk,
            language=language,
            text_language=written,
            kind=int(source.kind),
            title=index_text(title),
            body=index_text(body)[:MAX_BODY],
            publish_at=getattr(obj, "publish_at", None),
            withdraw_at=getattr(obj, "withdraw_at", None),
        )


def reindex(source, obj):
    with transaction.atomic():
        SearchEntry.objects.filter(source=source_label(source.model), object_id=obj.pk).delete()
        if indexable(obj):
            SearchEntry.objects.bulk_create(rows(source, obj))


def forget(model, pk):
    SearchEntry.objects.filter(source=source_label(model), object_id=pk).delete()


def rebuild(stdout=None):
    """The whole index again, from the database: after a migration, an import or a script
    that saved with `update()` (which sends no signal)."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        count, batch = 0, []
        for source in sources().values():
            manager = source.model._default_manager
            for obj in with_related(source, manager.all()).iterator(chunk_size=500):
                if indexable(obj):
                    batch.extend(rows(source, obj))
                    count += 1
                if len(batch) >= 1500:
                    SearchEntry.objects.bulk_create(batch)
                    batch = []
        SearchEntry.objects.bulk_create(batch)
    if stdout is not None:
        stdout.write(f"{count}\n")
    return count
