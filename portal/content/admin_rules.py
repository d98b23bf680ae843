"""What the admin lets anyone do with two kinds of model that are not ordinary content:
single-row settings, and records the site writes itself."""


class SingleRowAdmin:
    """Settings with one row (SingletonContent): "add" only while there is none, since the
    pages read the first one."""

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not self.model.objects.exists()


class NoHandEdits:
    """Logs and review records are written by the site, never added, changed or deleted by
    hand, whoever asks."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
