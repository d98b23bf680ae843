"""The word diff: whole words, escaped, in the text's own direction."""

from portal.review.diff import diff_words


def test_arabic_words_stay_whole_inside_ins_and_del():
    old = "اتصل بالرقم 19 فورا"
    new = "اتصل بالشرطة على الرقم 19 فورا"
    html = diff_words(old, new, "ar")
    assert '<ins dir="rtl" lang="ar">بالشرطة على الرقم</ins>' in html
    assert '<del dir="rtl" lang="ar">بالرقم</del>' in html
    assert 'class="word-diff" dir="rtl" lang="ar"' in html
    # No word was cut into letters: every word of the new text appears whole.
    for word in new.split():
        assert word in html


def test_arabic_text_is_right_to_left_even_without_a_language():
    html = diff_words("نص قديم", "نص جديد")
    assert '<ins dir="rtl" lang="ar">جديد</ins>' in html


def test_french_and_english_read_left_to_right():
    html = diff_words("Appelez le 19", "Appelez le 19 ou le 112", "fr")
    assert '<ins dir="ltr" lang="fr">ou le 112</ins>' in html
    assert "<del" not in html


def test_everything_is_escaped():
    html = diff_words("<p>Bonjour</p>", '<p>Bonjour <script>alert("x")</script></p>', "fr")
    assert "<script>" not in html
    # HTML fields are compared on their text: the tags are not words.
    assert "<p>" not in html and "Bonjour" in html
    plain = diff_words("a", "a < b & c", "en")
    assert "&lt;" in plain and "&amp;" in plain


def test_unchanged_text_has_no_marks():
    html = diff_words("Même texte", "Même texte", "fr")
    assert "<ins" not in html and "<del" not in html and "Même texte" in html
