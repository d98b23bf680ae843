"""Signal receivers that keep the index in step: a save or delete of searchable content or
of one of its children, and a change to its many-to-many lists (the directory's regions)."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from . import index


def _parents(instance):
    """(source, object) pairs whose indexed text includes `instance`."""
    found = []
    table = index.sources()
    source = table.get(type(instance))
    if source is not None:
        found.append((source, instance))
    for parent_source in table.values():
        for model, field in parent_source.children:
            if isinstance(instance, model):
                parent = getattr(instance, field, None)
                if parent is not None:
                    found.append((parent_source, parent))
    return found


def _refresh(source, obj):
    # Read again: a child's cached parent may be older than the database. The admin saves
    # the many-to-many lists and the inlines after the object; each of those saves comes
    # back here, so the last one leaves the whole text indexed.
    fresh = source.model._default_manager.filter(pk=obj.pk).first()
    if fresh is None:
        index.forget(source.model, obj.pk)
    else:
        index.reindex(source, fresh)


def saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for source, obj in _parents(instance):
        _refresh(source, obj)


def deleted(sender, instance, **kwargs):
    for source, obj in _parents(instance):
        if obj is instance:
            index.forget(source.model, instance.pk)
        else:
            _refresh(source, obj)


def m2m(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        saved(sender, instance)


def connect():
    post_save.connect(saved, dispatch_uid="search_saved")
    post_delete.connect(deleted, dispatch_uid="search_deleted")
    m2m_changed.connect(m2m, dispatch_uid="search_m2m")
