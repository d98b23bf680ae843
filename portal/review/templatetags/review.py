from django import template

from ..queue import queue_for

register = template.Library()


@register.inclusion_tag("review/queue.html", takes_context=True)
def review_queue(context):
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return {"queue": {}}
    return {"queue": queue_for(request.user)}
