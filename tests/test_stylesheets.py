"""The stylesheets parse as written: a block left open swallows every rule after it (a merge
once lost the brace closing `.guide-card__summary`, and the search box and the narrow-phone
rules below it silently stopped applying)."""

from pathlib import Path

import pytest

CSS_FILES = sorted((Path(__file__).resolve().parent.parent / "static" / "css").glob("*.css"))


def open_blocks_per_line(text):
    depth = 0
    in_comment = False
    for number, line in enumerate(text.splitlines(), 1):
        i = 0
        while i < len(line):
            pair = line[i : i + 2]
            if in_comment:
                if pair == "*/":
                    in_comment, i = False, i + 2
                    continue
            elif pair == "/*":
                in_comment, i = True, i + 2
                continue
            elif line[i] == "{":
                depth += 1
            elif line[i] == "}":
                depth -= 1
            i += 1
        yield number, line, depth


@pytest.mark.parametrize("path", CSS_FILES, ids=lambda p: p.name)
def test_every_block_closes_before_the_next_rule_starts(path):
    assert CSS_FILES, "no stylesheet found"
    depth_before = 0
    at_rule_depths = []
    for number, line, depth in open_blocks_per_line(path.read_text()):
        stripped = line.strip()
        if stripped.startswith("@media") or stripped.startswith("@supports"):
            at_rule_depths.append(depth_before)
        allowed = len([d for d in at_rule_depths if d < depth_before]) if "{" in line else None
        if allowed is not None and not stripped.startswith("@"):
            # A selector opening a block may sit only at the top level or inside @media/@supports.
            assert depth_before <= allowed, f"{path.name}:{number}: rule opened inside a block"
        assert depth >= 0, f"{path.name}:{number}: a brace closes nothing"
        at_rule_depths = [d for d in at_rule_depths if d < depth]
        depth_before = depth
    assert depth_before == 0, f"{path.name}: {depth_before} block(s) never closed"
