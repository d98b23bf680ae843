"""Building blocks that every content app shares."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from portal.core.prepared import PreparedQuery

from .labels import ChoiceLabels
from .sanitize import clean_html


class PublishedQuerySet(models.QuerySet):
    def published(self, at=None):
        """Objects a visitor may see: published, and inside their time window."""
        at = at or timezone.now()
        return self.filter(
            Q(publish_at__isnull=True) | Q(publish_at__lte=at),
            Q(withdraw_at__isnull=True) | Q(withdraw_at__gt=at),
            status=Publishable.Status.PUBLISHED,
        )


class Publishable(ChoiceLabels, models.Model):
    """A piece of content that editors draft, review and publish for a span of time.

    Visitors only ever see what `published()` returns, so a draft or a withdrawn page never
    leaks into a list, a feed or the navigation.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("In review")
        PUBLISHED = "published", _("Published")
        ARCHIVED = "archived", _("Archived")

    # Statuses only a Publisher may set (custom permission publish_<model>).
    PUBLISHER_STATUSES = (Status.PUBLISHED, Status.ARCHIVED)

    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text=_("Only published content is shown to visitors."),
    )
    publish_at = models.DateTimeField(
        _("publish from"),
        null=True,
        blank=True,
        help_text=_("Leave empty to publish as soon as the status is Published."),
    )
    withdraw_at = models.DateTimeField(
        _("withdraw at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to keep it online until it is archived."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.fill_slug()
        if self.pk and hasattr(self, "slug"):
            old = type(self).objects.filter(pk=self.pk).values("slug", "status").first()
            super().save(*args, **kwargs)
            if old and old["slug"] != self.slug:
                SlugRedirect.record(self, old["slug"], old["status"])
            return
        super().save(*args, **kwargs)

    def fill_slug(self):
        """Slugs are ASCII and the same in every language: Arabic does not slugify, so an
        empty slug comes from the French, then the English title."""
        # Content without an address (a plan text, a speaker) has nothing to fill.
        if getattr(self, "slug", None) or not hasattr(type(self), "slug"):
            return
        for code in ("fr", "en"):
            candidate = slugify(getattr(self, f"title_{code}", "") or "")[:100].strip("-")
            if candidate:
                self.slug = candidate
                return

    @property
    def is_visible(self):
        return type(self).objects.published().filter(pk=self.pk).exists()

    def is_live(self, at=None):
        """True while visitors see this object: published and inside its time window.

        The review workflow asks every reviewed model this question: a change to a live
        object waits for a Publisher, a change to anything else is saved at once. Same rule
        as `published()`, answered without a query.
        """
        at = at or timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and (self.publish_at is None or self.publish_at <= at)
            and (self.withdraw_at is None or self.withdraw_at > at)
        )


def publish_permission(model_name):
    """The `publish_<model>` permission every content model declares in Meta.permissions.

    Publishers hold it (granted by each app's migration through groups.grant()): it lets
    them publish, archive and approve changes. One wording for every model, so the admin's
    permission list reads the same everywhere.
    """
    return (f"publish_{model_name}", _("Can publish, archive and approve changes"))


class ReviewChild(ChoiceLabels):
    """For models with no status of their own, edited inside a parent's form (a guide's
    step, an event's talk, an organisation's contact point): they are live when their
    parent is, so a change to one is reviewed like a change to the parent.

    Subclasses name the foreign key to the parent in `review_parent_field`.
    """

    review_parent_field = None

    def review_parent(self):
        """The object whose workflow this one follows (the review helper reads it)."""
        return getattr(self, self.review_parent_field)

    def is_live(self, at=None):
        """Live when the parent is: visitors see a child only on its parent's page."""
        parent = self.review_parent() if getattr(self, f"{self.review_parent_field}_id") else None
        return parent is not None and parent.is_live(at)


class SingletonContent:
    """Site settings editors own (one row, no status): always live, since every page reads
    them, so every change to them is reviewed."""

    def is_live(self, at=None):
        return True

    @classmethod
    def load(cls):
        """The one row, or an unsaved row with the defaults while editors have made none."""
        # Pages read it on every request: its SQL is compiled once (core/prepared.py).
        query = _SINGLETON_QUERIES.get(cls)
        if query is None:
            query = PreparedQuery(lambda: cls.objects.order_by("pk")[:1])
            _SINGLETON_QUERIES[cls] = query
        return query.first() or cls()


_SINGLETON_QUERIES = {}


class AutoSlug(models.Model):
    """The address of content whose slug editors may leave empty: ASCII and the same in every
    language, made from the French or English title (Publishable.fill_slug). When it changes
    on published content, the old address keeps working (SlugRedirect)."""

    slug = models.SlugField(
        _("address"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_(
            "Latin letters, digits and hyphens, the same in every language. Left empty, it "
            "is made from the French or English title."
        ),
    )

    class Meta:
        abstract = True


class SlugRedirect(models.Model):
    """The old address of a published object whose slug changed, so that links people
    shared or bookmarked keep working (a permanent redirect to the new address)."""

    content_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        verbose_name=_("content type"),
        help_text=_("The kind of content the address belonged to."),
    )
    object_id = models.PositiveBigIntegerField(
        _("object"), help_text=_("The object the old address now leads to.")
    )
    old_slug = models.SlugField(
        _("old address"), max_length=100, help_text=_("The address part that was replaced.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        # Created by core's first migration; the table kept its name when the model moved.
        db_table = "core_slugredirect"
        verbose_name = _("old address")
        verbose_name_plural = _("old addresses")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "old_slug"], name="unique_old_slug_per_type"
            )
        ]

    def __str__(self):
        return self.old_slug

    def get_absolute_url(self):
        target = self.content_type.get_object_for_this_type(pk=self.object_id)
        return target.get_absolute_url()

    @classmethod
    def record(cls, obj, old_slug, old_status):
        content_type = ContentType.objects.get_for_model(obj)
        # The new slug is live now: an older redirect from it would hide the object.
        cls.objects.filter(content_type=content_type, old_slug=obj.slug).delete()
        # Only an address that visitors could have seen needs to keep working.
        # Each row points at the object itself, so a slug changed twice never makes a chain.
        if old_status in Publishable.PUBLISHER_STATUSES:
            cls.objects.update_or_create(
                content_type=content_type, old_slug=old_slug, defaults={"object_id": obj.pk}
            )

    @classmethod
    def find(cls, queryset, slug):
        """The object of `queryset` (what visitors may see) that used to live at `slug`,
        or None. A model stands for its published() objects."""
        if isinstance(queryset, type):
            queryset = queryset.objects.published()
        content_type = ContentType.objects.get_for_model(queryset.model)
        row = cls.objects.filter(content_type=content_type, old_slug=slug).first()
        if row is None:
            return None
        return queryset.filter(pk=row.object_id).first()


class HTMLField(models.TextField):
    """Text with a little HTML, cleaned against the allowlist every time it is saved.

    Because the cleaning happens here, no form, import or shell session can store a script.
    """

    def pre_save(self, model_instance, add):
        value = clean_html(getattr(model_instance, self.attname))
        # Into __dict__, not setattr: on a field modeltranslation translates, setattr goes
        # through its descriptor and would copy the fallback (Arabic) text into the field of
        # whatever language is active, making an untranslated text look translated.
        model_instance.__dict__[self.attname] = value
        return value


def cover_upload_to(instance, filename):
    """articles/…, pages/…: one folder per kind of content."""
    return f"{instance._meta.model_name}s/{filename}"


class SeedRecord(models.Model):
    """That a piece of launch content was created once, under a key editors never see.

    `load_demo` creates a launch object only when its key has no record, so whatever editors
    later do to the object (new text, another slug, withdrawn, deleted) is never undone by
    loading the launch content again. The record is not a foreign key: it outlives the
    object, so an object an editor deleted is not brought back either.
    """

    key = models.CharField(
        _("key"),
        max_length=255,
        unique=True,
        help_text=_("The launch content's own name for the object, e.g. guides.guide:now."),
    )
    content_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        verbose_name=_("content type"),
        help_text=_("The kind of content that was created."),
    )
    object_id = models.PositiveBigIntegerField(
        _("object"), help_text=_("The object that was created (it may have been deleted since).")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("launch content record")
        verbose_name_plural = _("launch content records")

    def __str__(self):
        return self.key

    def get_absolute_url(self):
        target = self.target
        return target.get_absolute_url() if target is not None else ""

    @property
    def target(self):
        """The object, or None when an editor deleted it."""
        model = self.content_type.model_class()
        return model._default_manager.filter(pk=self.object_id).first() if model else None
