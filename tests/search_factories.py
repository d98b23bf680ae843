"""Content for the search tests: one object per kind, written the way editors write (with
hamza, ta marbuta, diacritics, tatweel, Eastern digits, French accents)."""

from datetime import timedelta

from django.utils import timezone

from portal.guides.models import FAQEntry, Guide, Step
from portal.pages.models import Page
from portal.seminars.models import Article
from tests.directory_factories import make_org

PUBLISHED = "published"


def corpus():
    guide = Guide.objects.create(
        title_ar="ماذا أفعل إذا تعرضت للابتزاز",
        title_fr="Que faire face au chantage",
        title_en="What to do about blackmail",
        slug="que-faire",
        summary_ar="خطوات أولى لمواجهة الإبتزاز الإلكتروني",
        summary_fr="Sécurité d'abord : les premières étapes contre la sextorsion.",
        summary_en="Safety first: the first steps against sextortion.",
        status=PUBLISHED,
    )
    Step.objects.create(
        guide=guide, title_ar="احتفظ بالأدلة", body_ar="<p>صوّر الشاشة</p>", order=1
    )
    faq = FAQEntry.objects.create(
        question_ar="هل يمكنني الاتصال بالشرطة؟",
        question_fr="Puis-je appeler la police ?",
        answer_ar="<p>نعم، اتصل بالرقم ١٩ من أي هاتف، أو اذهب إلى المستشفى.</p>",
        answer_fr="<p>Oui, appelez le 19 depuis n'importe quel téléphone.</p>",
        status=PUBLISHED,
    )
    organisation = make_org(
        "child-line",
        kind="child-protection",
        regions=("rabat-sale-kenitra",),
        audiences=("under-18",),
        name_ar="خط حماية القاصرين",
        name_fr="Ligne de protection des mineurs",
        description_ar="يستمع إلى الأطفال ويوجههم",
        description_fr="Écoute les enfants et les oriente.",
    )
    article = Article.objects.create(
        title_ar="مَكْتَبُ الشُّرْطَةِ يفتح أبوابه",
        title_fr="Le bureau de la police ouvre ses portes",
        slug="bureau-police",
        summary_ar="زيارة إلى المدرسة رقم ٢٠٢٦ مع الأسـاتـذة",
        body_ar="<p>حملة توعية في کلية الحقوق</p>",
        published_on=timezone.localdate(),
        status=PUBLISHED,
    )
    page = Page.objects.create(
        title_ar="الخصوصية",
        title_fr="Confidentialité",
        slug="confidentialite",
        body_ar="<p>لا نحتفظ بأي معطيات عن زوارنا.</p>",
        body_fr="<p>Nous ne gardons aucune donnée sur nos visiteurs.</p>",
        status=PUBLISHED,
    )
    return {
        "guide": guide,
        "faq": faq,
        "organisation": organisation,
        "article": article,
        "page": page,
    }


def hidden():
    """Content visitors must never find: a draft, one not yet published, one withdrawn."""
    now = timezone.now()
    common = {"summary_ar": "ملخص", "status": PUBLISHED}
    return {
        "draft": Guide.objects.create(
            title_ar="مسودة سرية زمردية", slug="draft", summary_ar="ملخص"
        ),
        "future": Guide.objects.create(
            title_ar="مستقبل سري زمردي",
            slug="future",
            publish_at=now + timedelta(days=1),
            **common,
        ),
        "withdrawn": Guide.objects.create(
            title_ar="منسحب سري زمردي",
            slug="withdrawn",
            withdraw_at=now - timedelta(days=1),
            **common,
        ),
    }
