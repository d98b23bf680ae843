from django.shortcuts import render

from portal.content.helpers import published_or_redirect

from .models import Page


def page_detail(request, slug):
    page, redirect = published_or_redirect(Page.objects.published(), slug)
    if redirect:
        return redirect
    return render(request, "pages/page_detail.html", page_context(page))


def page_context(page):
    return {
        "page": page,
        "children": page.children.published(),
        "parent": page.parent if page.parent and page.parent.is_visible else None,
    }
