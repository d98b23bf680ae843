"""Shared helpers for the editors' tests: staff users in each group, admin form data."""

from django.contrib.auth.models import Group
from django.forms.models import model_to_dict

PASSWORD = "a-long-test-password-0123"


def logged_in(client, user):
    """The client signed in as `user`, with the admin in English (the tests read messages)."""
    client.force_login(user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def staff_user(django_user_model, name, group):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", PASSWORD)
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=group))
    return user


def article_form(**overrides):
    """What the article add form posts, in the three language tabs."""
    data = {
        "title_ar": "مقال تجريبي",
        "title_fr": "Article d'essai",
        "title_en": "",
        "slug": "",
        "summary_ar": "ملخص",
        "summary_fr": "Résumé",
        "summary_en": "",
        "body_ar": "<p>نص</p>",
        "body_fr": "<p>Texte</p>",
        "body_en": "",
        "published_on": "2026-11-28",
        "source_name_ar": "",
        "source_name_fr": "",
        "source_name_en": "",
        "source_url": "",
        "event": "",
        "cover_alt_ar": "",
        "cover_alt_fr": "",
        "cover_alt_en": "",
        "status": "draft",
        "publish_at_0": "",
        "publish_at_1": "",
        "withdraw_at_0": "",
        "withdraw_at_1": "",
    }
    data.update(overrides)
    return data


def change_form(obj, **overrides):
    """The change form of `obj` as the admin would post it back, with changes."""
    data = {}
    for key, value in model_to_dict(obj).items():
        if value is None:
            data[key] = ""
        elif isinstance(value, list):
            data[key] = [item.pk for item in value]
        elif key in {"cover", "photo"}:
            continue
        else:
            data[key] = value
    for name in ("publish_at", "withdraw_at"):
        data.pop(name, None)
        data[f"{name}_0"] = ""
        data[f"{name}_1"] = ""
    data.update(overrides)
    return data
