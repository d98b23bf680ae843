"""Run axe-core in a page, with the fix for Arabic text in the colour-contrast rule.

axe takes a text node of Arabic letters for an icon-font ligature and skips its contrast
check, so low-contrast Arabic would pass silently. We make the rule match every element that
holds text of its own. The script is evaluated through the DevTools protocol, so the page's
Content-Security-Policy does not need to allow it.
"""

from pathlib import Path

import axe_playwright_python

AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

CONFIGURE = """
() => {
  axe.configure({rules: [{
    id: 'color-contrast',
    matches: (node) => [...node.childNodes].some(
      (child) => child.nodeType === 3 && child.nodeValue.trim()),
  }]});
}
"""


def axe_violations(page):
    """The violations axe finds in the page as it is now (an empty list is a pass).

    A run that checked almost nothing is an error, not a pass.
    """
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SOURCE)
        page.evaluate(CONFIGURE)
    result = page.evaluate(
        "(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS
    )
    checked = len(result["passes"]) + len(result["violations"])
    assert checked >= 10, f"axe checked only {checked} rules"
    return [
        {
            "id": violation["id"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
    ]
