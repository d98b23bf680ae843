"""<img> with width, height and srcset, so that nothing shifts while it loads and a phone
fetches the smallest copy that fits."""

from django import template
from django.utils.html import format_html

from ..images import renditions

register = template.Library()


@register.simple_tag
def responsive_image(image, alt, sizes="(min-width: 48rem) 40rem, 100vw", css_class=""):
    if not image:
        return ""
    copies = renditions(image)
    srcset = ", ".join(f"{url} {width}w" for url, width, _height in copies)
    srcset += (", " if srcset else "") + f"{image.url} {image.width}w"
    src, width, height = copies[-1] if copies else (image.url, image.width, image.height)
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" class="{}"'
        ' loading="lazy" decoding="async">',
        src,
        srcset,
        sizes,
        width,
        height,
        alt,
        css_class,
    )
