"""A faster get_FOO_display(). Django's rebuilds a dict of the field's choices (through
make_hashable) at every call: the directory's cards call it hundreds of times per page, and it
was a sixth of the page's rendering time. The labels stay lazy, so each call still answers in
the active language."""

from django.utils.encoding import force_str


class ChoiceLabels:
    def _get_FIELD_display(self, field):
        labels = field.__dict__.get("_portal_choice_labels")
        if labels is None:
            # Choices of these models are flat (value, label) pairs of strings.
            labels = field.__dict__["_portal_choice_labels"] = dict(field.flatchoices)
        value = getattr(self, field.attname)
        return force_str(labels.get(value, value), strings_only=True)
