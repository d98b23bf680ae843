"""A generated body of published content, for `make bench` and for the tests that check a
page's query count does not grow with the amount of content. Never run on a real database:
the command that calls it (bench_corpus) refuses without --throwaway."""

from datetime import date, timedelta
from itertools import cycle

from django.utils import timezone

from portal.directory.choices import Kind, RegionCode
from portal.directory.contact_kinds import normalised
from portal.directory.models import Audience, ContactPoint, Language, Organisation, Region
from portal.directory.seed import ensure_rows
from portal.guides.models import Guide, Step
from portal.seminars.models import Article, Event, Topic

PUBLISHED = "published"
BODY = "<p>{}</p>".format("نص تجريبي لقياس سرعة الموقع. " * 40)


def topics(count=3):
    rows = [
        Topic.objects.get_or_create(
            slug=f"bench-topic-{n}",
            defaults={"name_ar": f"موضوع {n}", "name_fr": f"Thème {n}", "status": PUBLISHED},
        )[0]
        for n in range(count)
    ]
    return rows


def articles(count, prefix="bench-article"):
    """`count` published articles, each in 2 topics and half of them tied to one event."""
    event = Event.objects.create(
        title_ar="فعالية تجريبية",
        title_fr="Événement d'essai",
        slug=f"{prefix}-event",
        date=date(2026, 1, 15),
        venue_ar="قاعة",
        city_ar="الرباط",
        organiser_ar="منظم",
        summary_ar="ملخص",
        status=PUBLISHED,
    )
    start = date(2026, 1, 1)
    rows = Article.objects.bulk_create(
        Article(
            title_ar=f"مقال تجريبي {n}",
            title_fr=f"Article d'essai {n}",
            title_en=f"Test article {n}",
            slug=f"{prefix}-{n}",
            summary_ar="ملخص قصير للمقال.",
            summary_fr="Un court résumé.",
            body_ar=BODY,
            body_fr="<p>Texte d'essai.</p>",
            published_on=start - timedelta(days=n % 700),
            event=event if n % 2 else None,
            status=PUBLISHED,
        )
        for n in range(count)
    )
    through = Article.topics.through
    pool = topics()
    through.objects.bulk_create(
        through(article_id=row.pk, topic_id=topic.pk)
        for n, row in enumerate(rows)
        for topic in (pool[n % 3], pool[(n + 1) % 3])
    )
    return rows


def organisations(count, prefix="bench-org"):
    """`count` published directory entries spread over the regions and kinds, each with two
    ways to reach it and a few regions, audiences and languages."""
    ensure_rows()
    kinds = cycle([kind for kind in Kind.values if kind != Kind.EMERGENCY])
    regions = list(Region.objects.filter(code__in=RegionCode.values))
    audiences = list(Audience.objects.all())
    languages = list(Language.objects.all())
    today = timezone.localdate()
    rows = Organisation.objects.bulk_create(
        Organisation(
            slug=f"{prefix}-{n}",
            kind=next(kinds),
            name_ar=f"منظمة تجريبية {n}",
            name_fr=f"Organisation d'essai {n}",
            name_en=f"Test organisation {n}",
            description_ar="وصف قصير.",
            status=PUBLISHED,
            verified_on=today - timedelta(days=n % 300),
            source_url="https://example.org/source",
            is_free=bool(n % 2),
            is_anonymous=not n % 3,
            is_24_7=not n % 5,
        )
        for n in range(count)
    )
    for field, pool, per in (
        ("regions", regions, 3),
        ("audiences", audiences, 2),
        ("languages", languages, 2),
    ):
        m2m = Organisation._meta.get_field(field)
        through, target = m2m.remote_field.through, m2m.m2m_reverse_field_name() + "_id"
        through.objects.bulk_create(
            through(organisation_id=row.pk, **{target: pool[(n + k) % len(pool)].pk})
            for n, row in enumerate(rows)
            for k in range(min(per, len(pool)))
        )
    ContactPoint.objects.bulk_create(
        ContactPoint(
            organisation=row,
            kind=kind,
            value=normalised(kind, value),
            order=order,
        )
        for n, row in enumerate(rows)
        for order, (kind, value) in enumerate(
            (
                ("phone", f"05 37 12 {n % 100:02d} {n % 90 + 10}"),
                ("email", f"bench{n}@example.org"),
            )
        )
    )
    return rows


def guides(count, prefix="bench-guide"):
    """`count` published guides of two steps each (not urgent: the urgent guide is seeded)."""
    rows = Guide.objects.bulk_create(
        Guide(
            title_ar=f"دليل تجريبي {n}",
            title_fr=f"Guide d'essai {n}",
            slug=f"{prefix}-{n}",
            summary_ar="ملخص",
            order=100 + n,
            status=PUBLISHED,
        )
        for n in range(count)
    )
    Step.objects.bulk_create(
        Step(guide=row, title_ar=f"خطوة {order}", order=order) for row in rows for order in (1, 2)
    )
    return rows
