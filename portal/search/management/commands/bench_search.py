"""`make bench`'s search case: median and 95th percentile of searches over 10,000 generated
published objects, on PostgreSQL. The corpus goes into a throwaway database (Django's test
database, created and destroyed here), never into DATABASE_URL's own."""

import random
import statistics
import time
from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import (
    override_settings,
    setup_test_environment,
    teardown_test_environment,
)
from django.utils import timezone, translation

from portal.core.hooks import SearchKind

from ... import index, query
from ...bench_corpus import create
from ...models import SearchEntry
from ...normalise import query_terms

# Words the generated texts are made of; the first ones are frequent, the last rare.
ARABIC = (
    "الابتزاز الإلكتروني الضحية الصور الشرطة التبليغ المساعدة الأطفال المدرسة الهاتف "
    "الحساب الرسائل التهديد القانون المحكمة المحامي الأسرة الخوف الثقة الإنترنت المنصة "
    "الحذف الأدلة الشاشة الرقم الخط الجمعية الطبيب المستشفى النيابة العامة الدعم النفسي "
    "الرباط الدار البيضاء فاس مراكش طنجة أكادير وجدة القنيطرة مكناس تطوان العيون الداخلة"
)
FRENCH = (
    "chantage sextorsion victime photos police signalement aide enfants école téléphone "
    "compte messages menace loi tribunal avocat famille peur confiance internet plateforme "
    "suppression preuves écran numéro ligne association médecin hôpital parquet soutien "
    "psychologique Rabat Casablanca Fès Marrakech Tanger Agadir Oujda Kénitra Meknès Tétouan"
)
ENGLISH = (
    "blackmail sextortion victim photos police report help children school phone account "
    "messages threat law court lawyer family fear trust internet platform removal evidence "
    "screen number line association doctor hospital prosecutor support psychological Rabat "
    "Casablanca Fes Marrakech Tangier Agadir Oujda Kenitra Meknes Tetouan"
)

# What people type: common and rare words, with and without the article, hamza forms,
# diacritics, Eastern digits, French without accents, typos (the trigram fallback), nothing.
QUERIES = {
    "ar": [
        "ابتزاز",
        "الإبتزاز الالكتروني",
        "شرطه",
        "الأطفال",
        "طفل",
        "مستشفي",
        "الرباط",
        "الدَّاخِلَة",
        "محامي المحكمة",
        "تهديد رسائل هاتف",
        "١٩",
        "ابتزاذ",
        "كلمةغيرموجودة",
    ],
    "fr": ["chantage", "hopital", "ecole enfants", "Kenitra", "sextortion", "plaite"],
    "en": ["blackmail", "hospital", "children school", "Tangier", "prosecuter"],
}


def sentence(rng, vocabulary, length):
    # Zipf-like: early words much more frequent than late ones.
    return " ".join(
        vocabulary[min(int(rng.paretovariate(1.2)) - 1, len(vocabulary) - 1)]
        if rng.random() < 0.7
        else rng.choice(vocabulary)
        for _ in range(length)
    )


class Command(BaseCommand):
    help = "Median and p95 of searches over 10,000 generated published objects (PostgreSQL)."

    def add_arguments(self, parser):
        parser.add_argument("--objects", type=int, default=10_000)
        parser.add_argument("--rounds", type=int, default=10)
        parser.add_argument(
            "--keep",
            action="store_true",
            help="Keep the generated database, and use it again if it is there.",
        )

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            self.stdout.write("Search: skipped, it is measured on PostgreSQL (set DATABASE_URL).")
            return
        setup_test_environment()
        # Its own name, so that it never meets the test suite's database.
        connection.settings_dict["TEST"]["NAME"] = (
            f"{connection.settings_dict['NAME']}_search_bench"
        )
        keep = options["keep"]
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=keep)
        try:
            if not (keep and SearchEntry.objects.exists()):
                started = time.perf_counter()
                self.generate(options["objects"])
                generated = time.perf_counter() - started
                built = self.build_index()
                self.stdout.write(
                    f"Search: {built} published objects generated in {generated:.0f} s, "
                    f"indexed in {time.perf_counter() - started - generated:.0f} s"
                )
            count = SearchEntry.objects.filter(language="ar").count()
            self.stdout.write(f"Search over {count} published objects (PostgreSQL):")
            self.measure(options["rounds"])
        finally:
            if not keep:
                connection.creation.destroy_test_db(old_name, verbosity=0)
            teardown_test_environment()

    def generate(self, count):
        rng = random.Random(12)
        # Guides and FAQ, help contacts, articles and pages: 30 %, 10 %, 60 % of the corpus.
        shares = {SearchKind.GUIDE: 0.3, SearchKind.CONTACT: 0.1, SearchKind.ARTICLE: 0.6}
        create(
            count,
            shares,
            rng,
            timezone.localdate(),
            (ARABIC.split(), FRENCH.split(), ENGLISH.split()),
            sentence,
            index.sources().values(),
        )

    def build_index(self):
        """As a restore would: rows first, then the GIN indexes (much faster than keeping
        them up to date row by row; the searches measured are the same)."""
        migration = import_module("portal.search.migrations.0002_postgresql_indexes")
        indexes = [sql for sql in migration.FORWARDS if sql.startswith("CREATE INDEX")]
        with connection.cursor() as cursor:
            for sql in migration.BACKWARDS:
                if sql.startswith("DROP INDEX"):
                    cursor.execute(sql)
        built = index.rebuild()
        with connection.cursor() as cursor:
            for sql in indexes:
                cursor.execute(sql)
            cursor.execute("ANALYZE search_searchentry")
        return built

    # The search database has no urgent guide or plans: the page cache must not try to warm
    # them (404s in the log, and rendering work in the background of the measurement).
    @override_settings(PAGE_CACHE_WARM="off")
    def measure(self, rounds):
        client = Client()
        search_times, page_times = [], []
        for _round in range(rounds):
            for language, queries in QUERIES.items():
                for text in queries:
                    terms = query_terms(text)
                    with translation.override(language):
                        started = time.perf_counter()
                        found = query.search(language, terms)
                        search_times.append((time.perf_counter() - started) * 1000)
                    if found is None:
                        raise RuntimeError("search failed")
                    started = time.perf_counter()
                    response = client.get(f"/{language}/search/", {"q": text}, secure=True)
                    page_times.append((time.perf_counter() - started) * 1000)
                    if response.status_code != 200:
                        raise RuntimeError(f"search page answered {response.status_code}")
        for label, times in (("query", search_times), ("whole page", page_times)):
            times.sort()
            p95 = times[max(0, int(len(times) * 0.95) - 1)]
            self.stdout.write(
                f"  search {label:<10} over {len(times)} searches: "
                f"median {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  "
                f"max {times[-1]:6.1f} ms"
            )
