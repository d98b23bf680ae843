"""One row of every content type, not live (a draft, or the child of a draft), so that an
Editor's change to it is saved at once, and with the children its parent's form edits."""

from datetime import date

from portal.directory.models import DirectorySettings, Organisation
from portal.guides.models import FAQEntry, Guide, PlanStep, QuickExitSettings, Step, StepLink
from portal.pages.models import Page
from portal.seminars.models import Article, Event, Speaker, Talk, Topic
from tests.directory_factories import make_org


def speaker():
    return Speaker.objects.create(name_ar="متحدث تجريبي", name_en="Test speaker")


def event():
    row = Event.objects.create(
        title_ar="يوم دراسي تجريبي",
        title_fr="Journée d'essai",
        slug="journee-dessai",
        date=date(2026, 1, 15),
        venue_ar="قاعة",
        city_ar="الرباط",
        organiser_ar="منظم",
        summary_ar="ملخص",
    )
    Talk.objects.create(event=row, speaker=speaker(), title_ar="مداخلة", order=1)
    return row


def topic():
    return Topic.objects.create(name_ar="موضوع تجريبي", name_fr="Thème d'essai", slug="theme")


def article():
    return Article.objects.create(
        title_ar="مقال تجريبي",
        title_fr="Article d'essai",
        slug="article-dessai",
        summary_ar="ملخص",
        body_ar="<p>نص</p>",
        published_on=date(2026, 1, 15),
    )


def page():
    return Page.objects.create(
        title_ar="صفحة تجريبية", title_fr="Page d'essai", slug="page-dessai", body_ar="<p>نص</p>"
    )


def guide():
    row = Guide.objects.create(
        title_ar="دليل تجريبي", slug="guide-dessai", summary_ar="ملخص", order=50
    )
    step_row = Step.objects.create(guide=row, title_ar="خطوة", order=1)
    StepLink.objects.create(
        step=step_row, url="https://example.org/", label_ar="رابط", label_en="Link", order=1
    )
    return row


def step():
    return guide().steps.get()


def faq_entry():
    return FAQEntry.objects.create(question_ar="سؤال؟", answer_ar="<p>جواب</p>", topic_ar="عام")


def plan_step():
    return PlanStep.objects.create(key="test-text", title_ar="نص الخطة")


def quick_exit():
    return QuickExitSettings.objects.order_by("pk").first() or QuickExitSettings.objects.create()


def organisation():
    return make_org(
        "test-entry",
        status=Organisation.Status.DRAFT,
        verified_on=None,
        contacts=(("phone", "05 37 12 34 56"),),
    )


def directory_settings():
    return DirectorySettings.objects.first() or DirectorySettings.objects.create()
