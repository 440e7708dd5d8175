"""Outlets by name: every reader names the outlet from the article, and no face shows an id instead."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.cli.main import app
from newsgraph.ingest import ingest
from newsgraph.models import Article
from newsgraph.query import profile, timeline
from newsgraph.query.types import UNKNOWN_OUTLET, outlet_label
from newsgraph.readers import read_path
from newsgraph.readers.outlet import file_outlet, host_of, outlet_name

OUTLETS = Path(__file__).resolve().parent / "data" / "outlets"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
_HASH = re.compile(r"\b[0-9a-f]{12,}\b")


def _by_origin(path: Path) -> dict[str, Article]:
    out = {}
    for item in read_path(path):
        assert isinstance(item, Article), item
        out[Path(item.origin).name] = item
    return out


def test_helpers():
    assert host_of("https://www.apnews.com/article/x") == "apnews.com"
    assert host_of("https://m.example.co.uk/a") == "example.co.uk"
    assert host_of("not a url") is None and host_of(None) is None
    assert file_outlet("/a/2024-01-04-valley-herald-ferry.txt") == "valley-herald-ferry"
    assert file_outlet("/a/valley-herald-20240104.txt") == "valley-herald"
    assert file_outlet("/a/2024-01-04.txt") == "2024-01-04"  # nothing else to go by
    assert outlet_name(None, "https://www.x.example/1", "file") == "x.example"
    assert outlet_name("Named", "https://www.x.example/1") == "Named"
    assert outlet_label(None) == UNKNOWN_OUTLET and outlet_label("Coast Wire") == "Coast Wire"


def test_every_format_names_its_outlet(tmp_path):
    got = _by_origin(OUTLETS)
    assert got["2021-03-02-valley-herald-ferry.txt"].source == "Valley Herald"  # source: header
    assert got["2021-03-03-tesby-post.txt"].source == "tesby-post"  # crawl form: the file name
    assert got["by-url.txt"].source == "orla-daily.example"  # url: header's host
    assert got["wire.jsonl:1"].source == "Coast Wire"  # source field
    assert got["wire.jsonl:2"].source == "ferrynews.example"  # url host
    assert got["wire.jsonl:3"].source == "wire"  # neither: the file's name
    assert got["site.html"].source == "Orla Evening Star"  # og:site_name via trafilatura
    assert got["nositename.html"].source == "nositename"
    assert got["untitled-feed.rss#1"].source == "harborbeat.example"  # feed without a title: its link


def test_warc_record_outlet_is_its_target_host(tmp_path):
    path = tmp_path / "crawl.warc"
    page = ("<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1><p>The town of Norvik "
            "stopped charging tolls on the old bridge on Monday, the council said.</p></article></body></html>")
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://www.norvik-news.example/bridge", "response", payload=io.BytesIO(page.encode()),
            http_headers=http, warc_headers_dict={"WARC-Date": "2023-03-14T12:00:00Z"}))
    (article,) = list(read_path(path))
    assert article.source == "norvik-news.example"


def test_example_corpus_outlets_are_names():
    sources = {a.source for a in read_path(EXAMPLES) if isinstance(a, Article) and "README" not in a.origin}
    assert sources == {"Ozark Ledger", "Gulf Coast Courier", "The Justice Beat", "Celeb Pulse", "Screen Daily Wire"}


def test_store_query_and_cli_show_outlet_names(tmp_path, annotator, store):
    result = ingest([OUTLETS], store, annotator=annotator)
    assert result.stored == 9 and not result.errors
    sources = {row.source for row in store.articles()}
    assert None not in sources and not any(_HASH.search(s) for s in sources)
    assert {"Valley Herald", "Coast Wire", "Orla Evening Star", "tesby-post"} <= sources
    data = json.dumps(profile(store, "Orla").to_dict())
    assert "Orla Evening Star" in data or "orla-daily.example" in data or "nositename" in data
    runner = CliRunner()
    for args in (["articles"], ["profile", "Orla"], ["timeline", "Orla"], ["claims"]):
        out = runner.invoke(app, [*args, "--db", str(store.path)])
        assert out.exit_code == 0, out.output
        assert not _HASH.search(out.output.replace(" ", "")) or args == ["articles"], (args, out.output)
    entries = timeline(store, "Orla").entries
    assert all(s and not _HASH.fullmatch(s) for e in entries for s in e.sources)
