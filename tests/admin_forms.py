"""Read an admin change form as a browser would, to post it back with one change.

Every content type's form is different (translation tabs, inlines, split date widgets,
autocompletes); reading the rendered form keeps one test valid for all of them, and proves
the form an editor sees can be submitted as it is."""

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.data = {}
        self.select = None
        self.textarea = None

    def add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside = True
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.add(name, attrs.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = {"name": name, "multiple": "multiple" in attrs, "options": []}
        elif tag == "option" and self.select is not None:
            self.select["options"].append((attrs.get("value", ""), "selected" in attrs))

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "textarea" and self.textarea is not None:
            name, text = self.textarea
            # A browser drops the newline right after <textarea>.
            self.add(name, text[1:] if text.startswith("\n") else text)
            self.textarea = None
        elif tag == "select" and self.select is not None:
            options = self.select["options"]
            chosen = [value for value, selected in options if selected]
            if not self.select["multiple"] and not chosen and options:
                chosen = [options[0][0]]
            for value in chosen:
                self.add(self.select["name"], value)
            self.select = None


def form_data(html, model_name):
    """The data the admin form of `model_name` would post, as {name: value or [values]}."""
    reader = _FormReader(f"{model_name}_form")
    reader.feed(html)
    return {
        name: values[0] if len(values) == 1 else values for name, values in reader.data.items()
    }
