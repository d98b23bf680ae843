"""Published objects for the search benchmark, made for any model an app offers to the
search (SearchSource.model) from its fields alone, so the benchmark imports no content app."""

from django.db import models

LANGUAGES = ("ar", "fr", "en")
# Fields that hold the long text of an object; everything else textual gets a short phrase.
LONG = (models.TextField,)


def value(field, index, language_words, rng, today, sentence):
    name = field.name
    suffix = name.rsplit("_", 1)[-1] if "_" in name else ""
    if name == "status":
        return "published"
    if field.choices:
        # The model's default when it has one: a generated page is not in the menu (two
        # thousand menu entries would measure the menu, not the search).
        return None if field.has_default() else field.choices[0][0]
    if isinstance(field, models.SlugField):
        return f"bench-{field.model._meta.model_name}-{index}"
    if isinstance(field, models.URLField):
        return "https://example.org/source"
    if isinstance(field, models.DateTimeField):
        # publish_at, withdraw_at stay empty: live at once, and for good.
        return None
    if isinstance(field, models.DateField):
        return today
    if isinstance(field, (models.CharField, models.TextField)) and suffix in LANGUAGES:
        words = language_words[LANGUAGES.index(suffix)]
        text = sentence(rng, words, 80 if isinstance(field, LONG) else 6)
        return text[: field.max_length] if field.max_length else text
    return None


def build(model, index, language_words, rng, today, sentence):
    kwargs = {}
    for field in model._meta.concrete_fields:
        if field.primary_key or field.is_relation:
            continue
        filled = value(field, index, language_words, rng, today, sentence)
        if filled is not None:
            kwargs[field.attname] = filled
    return model(**kwargs)


def create(count, shares, rng, today, language_words, sentence, sources):
    """`count` objects split between the kinds by `shares`, evenly between a kind's models."""
    by_kind = {}
    for source in sources:
        by_kind.setdefault(source.kind, []).append(source.model)
    made = 0
    for kind, share in shares.items():
        kind_models = by_kind.get(kind, [])
        for position, model in enumerate(kind_models):
            number = int(count * share) // len(kind_models)
            if position == len(kind_models) - 1 and kind == list(shares)[-1]:
                number = count - made
            objects = [
                build(model, made + i, language_words, rng, today, sentence) for i in range(number)
            ]
            model._default_manager.bulk_create(objects, batch_size=500)
            made += number
    return made
