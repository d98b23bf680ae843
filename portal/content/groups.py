"""The two editorial groups, filled by each content app's data migration so that no app
needs to know another's models.

Editors add and change content and send it to review; Publishers also publish, archive and
delete. Staff accounts get the group that matches their role (and "staff status").
Neither group ever gets a permission on users, groups or authenticator devices: grant() only
touches the models of the content app it is given."""

EDITORS = "Editors"
PUBLISHERS = "Publishers"


def can_publish(user, model):
    """Whether `user` may publish and archive `model`'s objects: the one rule for the admin's
    publishing actions and for approving changes under review."""
    meta = model._meta
    return user.has_perm(f"{meta.app_label}.publish_{meta.model_name}")


def grant(apps, app_label, editor_models, publishable_models=(), view_models=()):
    """Give both groups their permissions on `app_label`'s models. Safe to run again.

    editor_models: add, change, view for both groups, delete for Publishers.
    publishable_models: publish_<model> (Meta.permissions) for Publishers.
    view_models: view only, for both groups (logs the code writes, nobody edits).
    """
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; these need them now.
    app_config = apps.get_app_config(app_label)
    if not getattr(app_config, "models_module", None):  # historical models in a migration
        app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _created = Group.objects.get_or_create(name=EDITORS)
    publishers, _created = Group.objects.get_or_create(name=PUBLISHERS)
    for model in editor_models:
        perms = Permission.objects.filter(
            content_type__app_label=app_label,
            codename__in=[f"add_{model}", f"change_{model}", f"view_{model}"],
        )
        editors.permissions.add(*perms)
        publishers.permissions.add(*perms)
        publishers.permissions.add(
            *Permission.objects.filter(
                content_type__app_label=app_label, codename=f"delete_{model}"
            )
        )
    for model in view_models:
        perms = Permission.objects.filter(
            content_type__app_label=app_label, codename=f"view_{model}"
        )
        editors.permissions.add(*perms)
        publishers.permissions.add(*perms)
    for model in publishable_models:
        publishers.permissions.add(
            *Permission.objects.filter(
                content_type__app_label=app_label, codename=f"publish_{model}"
            )
        )
