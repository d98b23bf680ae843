"""Launch content is created once and then belongs to the editors.

Each app's seed names every launch object by a key of its own (`guides.step:now/stop`),
recorded in SeedRecord when the object is created. A key with a record is never created
again, so `load_demo` (run by `make run`, and by `make serve` when asked) cannot overwrite
an edited text, bring back a withdrawn guide, duplicate an article whose slug was changed,
or resurrect something an editor deleted. The key is the launch file's own name for the
object, not its slug: editors may change the slug, never the key.

Each object is created inside its own django-reversion revision, so its launch text stays
in the history and can be restored from the admin.
"""

import reversion
from django.contrib.contenttypes.models import ContentType

from .models import SeedRecord

# Stored as the revision's comment, which the history shows as it is: in every language.
LAUNCH_COMMENT = "المحتوى الأولي · Contenu de lancement · Launch content"


def ensure_registered(model, follow=()):
    """Register `model` with django-reversion unless an admin (VersionAdmin) or the model
    already did: the launch revision needs it even for models the admin does not version.
    `follow` puts children (a guide's steps) into their parent's revision."""
    if not reversion.is_registered(model):
        reversion.register(model, follow=follow)


class Seeder:
    """Creates launch objects once each; counts what it created and what it left alone."""

    def __init__(self):
        self.created = 0
        self.kept = 0

    def once(self, key, model, create, legacy=None):
        """The object seeded under `key`.

        Never seeded: `create()` makes it (children included) inside a first revision, and
        the key is recorded. Seeded before: the object as editors left it, or None if they
        deleted it. `legacy` is a lookup for databases seeded before keys were recorded:
        an object it finds is adopted as it is, never changed.
        """
        record = SeedRecord.objects.filter(key=key).first()
        if record is not None:
            self.kept += 1
            return model._default_manager.filter(pk=record.object_id).first()
        obj = model._default_manager.filter(**legacy).first() if legacy else None
        if obj is None:
            with reversion.create_revision():
                obj = create()
                # Again at the end, so the version holds the many-to-many links and the
                # children created after the object itself.
                reversion.add_to_revision(obj)
                reversion.set_comment(LAUNCH_COMMENT)
            self.created += 1
        else:
            self.kept += 1
        SeedRecord.objects.create(
            key=key, content_type=ContentType.objects.get_for_model(model), object_id=obj.pk
        )
        return obj

    def summary(self):
        return f"{self.created} created, {self.kept} left as editors keep them"
