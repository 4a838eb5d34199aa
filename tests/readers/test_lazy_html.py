"""The HTML reader is imported only when a page is read."""

from __future__ import annotations

import subprocess
import sys

_CODE = """
import sys
from sitrep.readers import ReadReport, article_from_text, read_inputs
article_from_text("Troops shelled a village on Tuesday.")
print("sitrep.readers.html" in sys.modules, end=" ")
list(read_inputs([sys.argv[1]], report=ReadReport()))
print("sitrep.readers.html" in sys.modules)
"""


def test_the_html_reader_waits_for_a_page(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><article><p>Troops shelled a village on Tuesday, "
                    "officials said.</p></article></body></html>", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", _CODE, str(page)], capture_output=True,
                         text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
