"""Shared helpers for the editors' tests: staff users in each group, admin form data."""

from django.contrib.auth.models import Group
from django.forms.models import model_to_dict

PASSWORD = "a-long-test-password-0123"


def log_in_past_second_factor(client, user):
    """Sign `user` in as a full admin login would, second factor included: Django's
    force_login, plus an authenticator marked verified in the session (django-otp), so that
    admin tests need not type codes. The login form itself, with its second factor, is tested
    in tests/test_admin_security.py."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client.force_login(user)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = device or TOTPDevice.objects.create(user=user, name="tests")
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def logged_in(client, user):
    """The client signed in as `user`, with the admin in English (the tests read messages)."""
    log_in_past_second_factor(client, user)
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
