from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_no_page_template_loads_anything_from_another_host():
    for template in (ROOT / "templates").rglob("*.html"):
        text = template.read_text()
        for marker in ['src="http', "src='http", 'href="//', "@import url(http", 'rel="stylesheet" href="http']:
            assert marker not in text, f"{template} loads {marker} from another host"
