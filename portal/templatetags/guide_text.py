from django import template
from django.utils.html import escape, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def guide_text(text: str) -> str:
    """Guide text as HTML: paragraphs split by empty lines, "- " lines as a list.
    Everything is escaped: admins write words, not markup."""
    blocks = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        if not lines:
            continue
        items = [line[2:] for line in lines if line.startswith("- ")]
        lead = [line for line in lines if not line.startswith("- ")]
        if lead:
            blocks.append("<p>" + "<br>".join(escape(line) for line in lead) + "</p>")
        if items:
            blocks.append(
                "<ul>" + format_html_join("", "<li>{}</li>", ((item,) for item in items)) + "</ul>"
            )
    return mark_safe("\n".join(blocks))
