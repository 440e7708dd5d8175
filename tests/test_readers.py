"""The readers: every format on small inputs written for these tests, and every
kind of bad input yielding exactly one ReadError that names the file (and line
or entry) while the good files of the same run still come through.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsgraph.readers as readers
from newsgraph.errors import ReadError
from newsgraph.models import Article
from newsgraph.readers import (
    DEFAULT_MAX_BYTES,
    ReadOptions,
    article_id,
    make_article,
    normalize_date,
    read_file,
    read_jsonl,
    read_path,
    read_paths,
)
from newsgraph.readers.dates import DateError, ImpossibleDateError

DATA = Path(__file__).parent / "data" / "readers"
GOOD = DATA / "good"
BAD = DATA / "bad"

# All the articles the good folder holds: txt 1, md 1, jsonl 2, html 1, rss 2, atom 1.
GOOD_COUNT = 8

ARTICLE_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>{meta}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
<p>{body}</p>
<p>The harbor board said more work would follow in the coming years, as the town keeps growing.</p>
</article><footer>Copyright notice and a newsletter form.</footer></body></html>
"""


def split(results) -> tuple[list[Article], list[ReadError]]:
    articles, errors = [], []
    for item in results:
        assert isinstance(item, (Article, ReadError)), item
        (articles if isinstance(item, Article) else errors).append(item)
    return articles, errors


def good_plus(bad: Path, **kwargs) -> tuple[list[Article], list[ReadError]]:
    """Read the good folder and one bad path in one run."""
    return split(read_paths([GOOD, bad], **kwargs))


def assert_one_error(errors: list[ReadError], path: Path, *words: str) -> ReadError:
    assert len(errors) == 1, [str(e) for e in errors]
    err = errors[0]
    message = str(err)
    assert "\n" not in message
    assert message.startswith(str(path)), message
    for word in words:
        assert word in message.lower(), message
    return err


# --- identity ----------------------------------------------------------------

def test_article_id_normalizes_unicode_and_white_space_but_keeps_case():
    composed, decomposed = "Caf\u00e9 owners met.", "Cafe\u0301 owners met."
    assert article_id(composed) == article_id(decomposed)
    assert article_id("Two  lines\n\nof text. ") == article_id("Two lines of text.")
    assert article_id("The US said.") != article_id("The us said.")
    assert len(article_id("x")) == 32 and int(article_id("x"), 16) >= 0


def test_same_article_from_txt_and_jsonl_has_the_same_id(tmp_path):
    body = "The ferry left the harbor at dawn.\n\nIt carried forty passengers, the captain said."
    (tmp_path / "a.txt").write_text(f" date 2023-05-01 {body}\n", encoding="utf-8")
    record = {"id": "x-1", "published": "2023-05-01", "text": body.replace("\n\n", " ")}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    articles, errors = split(read_path(tmp_path))
    assert not errors
    assert len(articles) == 2
    assert articles[0].id == articles[1].id
    assert {a.origin for a in articles} == {str(tmp_path / "a.txt"), f"{tmp_path / 'a.jsonl'}:1"}


# --- dates -------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "expected"), [
    ("2024-01-04", "2024-01-04"),
    ("Tue, 02 Jan 2024 09:30:00 -0500", "2024-01-02T09:30:00-05:00"),
    ("02 Jan 2024 09:30:00 GMT", "2024-01-02T09:30:00+00:00"),
    ("2024-01-02T09:30:00Z", "2024-01-02T09:30:00+00:00"),
    ("2024-01-02T09:30:00+0130", "2024-01-02T09:30:00+01:30"),
    ("2024-01-02 09:30", "2024-01-02T09:30:00"),
    (None, None),
    ("", None),
])
def test_normalize_date(raw, expected):
    assert normalize_date(raw) == expected


@pytest.mark.parametrize("raw", ["2024-02-30", "2023-13-01", "2023-02-29T10:00:00Z", "Fri, 30 Feb 2024 10:00:00 GMT"])
def test_impossible_dates_are_refused(raw):
    with pytest.raises(ImpossibleDateError):
        normalize_date(raw)


def test_unreadable_date_is_refused_not_guessed():
    with pytest.raises(DateError):
        normalize_date("sometime last spring")


# --- plain text --------------------------------------------------------------

def test_seed_reads_as_one_dated_article(shared_dir):
    path = shared_dir / "seed" / "gypsy-kim-2024-01-04.txt"
    articles, errors = split(read_path(path))
    assert not errors
    assert len(articles) == 1
    article = articles[0]
    assert article.published == "2024-01-04"
    assert article.origin == str(path)
    assert not article.text.lower().startswith("date")
    assert article.text[0].isalpha() and article.text == article.text.strip()
    assert "2024-01-04" not in article.text[:20]
    # untouched: the article text is a verbatim stretch of the file, after the header
    raw = path.read_text(encoding="utf-8")
    assert raw.index(article.text) > raw.index("2024-01-04")
    assert article.title is None and article.source == "gypsy-kim"  # no source header: the file name, undated


def test_crawl_header_on_the_same_line():
    article = next(read_path(GOOD / "pier-crawl.txt"))
    assert article.published == "2023-11-20"
    assert article.text.startswith("The harbor board")
    assert article.text.endswith("decision.")
    assert "\n\n" in article.text  # paragraph breaks kept
    raw = (GOOD / "pier-crawl.txt").read_text()
    assert article.text in raw


def test_crawl_header_on_its_own_line_and_key_value_headers(tmp_path):
    (tmp_path / "a.txt").write_text("date 2023-05-02\nThe quay was rebuilt in stone.\n")
    (tmp_path / "b.txt").write_text("Date: 2023-05-03\nTitle: Quay news\n\nThe quay was rebuilt in wood.\n")
    (tmp_path / "c.md").write_text("---\ndate: 2023-05-04\nsource: Quay Weekly\n---\n# Quay\n\nStone again.\n")
    (tmp_path / "d.txt").write_text("  The quay had no date at all.  \n")
    a, b, c, d = (next(read_path(tmp_path / n)) for n in ("a.txt", "b.txt", "c.md", "d.txt"))
    assert (a.published, a.text) == ("2023-05-02", "The quay was rebuilt in stone.")
    assert (b.published, b.title, b.text) == ("2023-05-03", "Quay news", "The quay was rebuilt in wood.")
    assert (c.published, c.source, c.text) == ("2023-05-04", "Quay Weekly", "# Quay\n\nStone again.")
    assert (d.published, d.text) == (None, "The quay had no date at all.")


def test_header_fields_of_a_markdown_file():
    article = next(read_path(GOOD / "nested" / "library.md"))
    assert article.title == "Norvik opens its new library"
    assert article.source == "The Norvik Courier"
    assert article.url == "https://courier.example/norvik-library"
    assert article.authors == ("Ada Brenn", "Tomas Ek")
    assert article.published == "2023-11-22"
    assert article.text.startswith("The new public library")


def test_a_word_that_only_looks_like_a_header_is_text(tmp_path):
    (tmp_path / "a.txt").write_text("Dated records show the quay was older than thought.\n")
    article = next(read_path(tmp_path / "a.txt"))
    assert article.published is None
    assert article.text.startswith("Dated records")


def test_byte_order_marks_are_honoured(tmp_path):
    text = "date 2023-06-01 Fjord towns voted on Sunday."
    (tmp_path / "bom8.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "bom16.txt").write_bytes(text.encode("utf-16"))
    articles, errors = split(read_path(tmp_path))
    assert not errors
    assert [a.text for a in articles] == ["Fjord towns voted on Sunday."] * 2
    assert {a.published for a in articles} == {"2023-06-01"}


# --- JSONL -------------------------------------------------------------------

def test_jsonl_fields():
    articles, errors = split(read_jsonl(GOOD / "articles.jsonl"))
    assert not errors
    first, second = articles
    assert first.doc_id == "wire-1" and first.title == "Ferry strike ends"
    assert first.source == "Coastal Wire" and first.url == "https://wire.example/1"
    assert first.authors == ("Lena Sol",) and first.published == "2023-11-21"
    assert first.origin == f"{GOOD / 'articles.jsonl'}:1"
    assert second.published == "2023-11-21T16:45:00+01:00"
    assert second.origin == f"{GOOD / 'articles.jsonl'}:3"  # line 2 is blank


def test_malformed_jsonl_lines_are_errors_with_line_numbers_and_the_rest_goes_on():
    path = BAD / "mixed.jsonl"
    articles, errors = good_plus(path)
    assert len(articles) == GOOD_COUNT + 2
    mine = [a for a in articles if a.origin.startswith(str(path))]
    assert [a.doc_id for a in mine] == ["ok-1", "ok-2"]
    assert [(e.origin, e.line) for e in errors] == [(str(path), 2), (str(path), 3), (str(path), 4)]
    assert str(errors[0]).startswith(f"{path}:2: malformed JSON")
    assert "impossible date" in str(errors[1])
    assert "text" in str(errors[2])


def test_jsonl_line_over_the_limit_is_skipped_without_losing_the_next(tmp_path):
    path = tmp_path / "long.jsonl"
    short = {"text": "The dock opened."}
    long = {"text": "word " * 400}
    path.write_text("\n".join(json.dumps(r) for r in (short, long, short)) + "\n")
    articles, errors = split(read_path(path, max_bytes=200))
    assert [a.origin for a in articles] == [f"{path}:1", f"{path}:3"]
    assert len(errors) == 1 and errors[0].line == 2 and "limit" in str(errors[0])


def test_jsonl_wrong_types_are_errors(tmp_path):
    path = tmp_path / "types.jsonl"
    rows = ['["a list"]', '{"text": 5}', '{"text": "ok.", "authors": 7}', '{"text": "ok.", "published": 20240101}',
            '{"text": "Fine text here.", "id": 12}']
    path.write_text("\n".join(rows) + "\n")
    articles, errors = split(read_path(path))
    assert [e.line for e in errors] == [1, 2, 3, 4]
    assert len(articles) == 1 and articles[0].doc_id == "12"


# --- HTML --------------------------------------------------------------------

def test_html_page():
    article = next(read_path(GOOD / "page.html"))
    assert article.title == "Norvik Museum Reopens After Repairs"
    assert article.source == "The Norvik Courier"
    assert article.authors == ("Ada Brenn",)
    # the stated first publication, with its offset; not the modified time
    assert article.published == "2023-11-23T09:15:00-05:00"
    assert article.text.startswith("The maritime museum")  # the headline is the title, not text
    assert "according to a statement" in article.text
    for chrome in ("Home", "Subscribe", "rights reserved"):
        assert chrome not in article.text


def test_html_date_from_markup_via_htmldate_and_undated_page(tmp_path):
    body = "Divers found an old anchor near the north quay of the town on a calm morning last week."
    (tmp_path / "dated.html").write_text(ARTICLE_HTML.format(
        title="Anchor found", meta='<meta name="date" content="2022-08-09">', body=body))
    (tmp_path / "undated.html").write_text(ARTICLE_HTML.format(title="Anchor found", meta="", body=body))
    dated, undated = (next(read_path(tmp_path / n)) for n in ("dated.html", "undated.html"))
    assert dated.published == "2022-08-09"
    assert undated.published is None  # dates in the body are events, not the publication
    assert dated.id == undated.id


def test_html_with_impossible_stated_date_is_refused(tmp_path):
    path = tmp_path / "bad-date.html"
    path.write_text(ARTICLE_HTML.format(
        title="Anchor", body="Divers found an old anchor near the quay of the town on a calm day.",
        meta='<meta property="article:published_time" content="2024-02-30T10:00:00Z">'))
    articles, errors = good_plus(path)
    assert len(articles) == GOOD_COUNT
    assert_one_error(errors, path, "impossible date")


def test_html_in_a_declared_legacy_charset(tmp_path):
    path = tmp_path / "latin.html"
    declared = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    page = ARTICLE_HTML.format(title="Caf\u00e9", meta=declared,
                               body="The caf\u00e9 by the quay reopened on Friday with a new owner from the north.")
    path.write_bytes(page.replace('<meta charset="utf-8">', "").encode("cp1252"))
    article = next(read_path(path))
    assert "caf\u00e9 by the quay" in article.text


# --- RSS / Atom --------------------------------------------------------------

def test_rss_entries():
    path = GOOD / "feed.rss"
    articles, errors = split(read_path(path))
    assert not errors
    storm, pier = articles
    assert storm.published == "2024-01-02T09:30:00-05:00"
    assert storm.title == "Storm closes the northern pier"
    assert storm.url == "https://wire.example/storm" and storm.doc_id == "wire-storm-7"
    assert storm.source == "Coastal Wire" and storm.authors == ("Lena Sol",)
    assert storm.text == ("A winter storm closed the northern pier of Norvik on Tuesday.\n"
                          "Ferries will sail from the south harbor until Friday.")
    assert (storm.origin, pier.origin) == (f"{path}#1", f"{path}#2")
    assert pier.published == "2024-01-06T07:00:00+00:00" and pier.authors == ()


def test_atom_entries():
    (article,) = read_path(GOOD / "feed.atom")
    assert article.published == "2024-01-03T08:00:00+01:00"  # published, not updated
    assert article.authors == ("Ola Berg", "Kari Dahl")
    assert article.source == "Harbor Notes" and article.doc_id == "urn:harbor-notes:ferry"
    assert article.text.startswith("The new ferry") and "<" not in article.text


def test_feed_entry_with_impossible_date_is_one_error(tmp_path):
    path = tmp_path / "f.rss"
    item = "<item><title>{}</title><pubDate>{}</pubDate>{}</item>"
    good_item = item.format("A", "Mon, 01 Jan 2024 10:00:00 GMT", "<description>The quay froze.</description>")
    bad_item = item.format("B", "Fri, 30 Feb 2024 10:00:00 GMT", "<description>Never.</description>")
    empty_item = item.format("C", "Mon, 01 Jan 2024 11:00:00 GMT", "")
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                    f"{good_item}{bad_item}{empty_item}</channel></rss>")
    articles, errors = split(read_path(path))
    assert [a.origin for a in articles] == [f"{path}#1"]
    assert [str(e).split(":")[0] for e in errors] == [f"{path}#2", f"{path}#3"]
    assert "impossible date" in str(errors[0]) and "no text" in str(errors[1])


def test_xml_that_is_not_a_feed_is_refused():
    articles, errors = good_plus(BAD / "not-a-feed.xml")
    assert len(articles) == GOOD_COUNT
    assert_one_error(errors, BAD / "not-a-feed.xml", "not an rss or atom feed")


# --- WARC --------------------------------------------------------------------

def _write_warc(path: Path, *, gzip: bool) -> None:
    page = ARTICLE_HTML.format(
        title="Bridge tolls end", meta="",
        body="The town of Norvik stopped charging tolls on the old bridge on Monday, the council said.")
    empty_page = "<html><head><title>Index</title></head><body><a href='/'>Home</a></body></html>"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))  # 1

        def response(uri, body: bytes, content_type: str, status="200 OK", date="2023-03-14T12:00:00Z"):
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                               warc_headers_dict={"WARC-Date": date})
            writer.write_record(record)

        response("https://news.example/bridge", page.encode("utf-8"), "text/html; charset=utf-8")  # 2
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")  # 3
        response("https://news.example/old", b"", "text/html", status="301 Moved Permanently")  # 4
        response("https://news.example/index", empty_page.encode(), "text/html")  # 5


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_become_articles(tmp_path, name):
    path = tmp_path / name
    _write_warc(path, gzip=name.endswith(".gz"))
    articles, errors = split(read_path(path))
    assert len(articles) == 1
    article = articles[0]
    assert article.url == "https://news.example/bridge"
    assert article.title == "Bridge tolls end"
    assert article.published == "2023-03-14T12:00:00+00:00"  # WARC-Date: the page states none
    assert article.origin == f"{path}#2"
    assert article.text.startswith("The town of Norvik stopped charging tolls")
    assert len(errors) == 1 and str(errors[0]).startswith(f"{path}#5: no article text")


def test_warc_without_extension_is_sniffed(tmp_path):
    whole = tmp_path / "w.warc.gz"
    _write_warc(whole, gzip=True)
    sniffed = tmp_path / "capture"
    shutil.copy(whole, sniffed)
    (article,) = split(read_path(sniffed))[0]
    assert article.origin == f"{sniffed}#2"


@pytest.mark.parametrize("gzip", [False, True])
def test_truncated_warc_names_the_cut_record_and_keeps_the_ones_before(tmp_path, gzip):
    whole = tmp_path / ("w.warc.gz" if gzip else "w.warc")
    _write_warc(whole, gzip=gzip)
    data = whole.read_bytes()
    with whole.open("rb") as handle:
        iterator = ArchiveIterator(handle)
        spans = []
        for record in iterator:
            record.content_stream().read()
            spans.append((iterator.get_record_offset(), iterator.get_record_length()))
    assert len(spans) == 5
    cut = tmp_path / whole.name.replace("w.", "cut.")
    for number, (offset, length) in enumerate(spans, start=1):
        for point in (offset + 30, offset + length // 2):  # inside the header, inside the body
            cut.write_bytes(data[:point])
            articles, errors = split(read_path(cut))
            assert [a.origin for a in articles] == ([f"{cut}#2"] if number > 2 else []), (number, point)
            assert [str(e).split(": ")[0] for e in errors] == [f"{cut}#{number}"], (number, point, errors)


# --- bad input: one ReadError each, the good files still come through -------

def test_empty_file():
    articles, errors = good_plus(BAD / "empty.txt")
    assert len(articles) == GOOD_COUNT
    assert_one_error(errors, BAD / "empty.txt", "empty")


def test_white_space_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n")
    articles, errors = good_plus(path)
    assert len(articles) == GOOD_COUNT
    assert_one_error(errors, path, "white space")


def test_header_without_text(tmp_path):
    path = tmp_path / "header-only.txt"
    path.write_text(" date 2023-01-01 \n")
    assert_one_error(good_plus(path)[1], path, "no article text")


@pytest.mark.parametrize("name", ["blob.txt", "blob.jsonl", "blob.html", "blob.rss", "blob", "blob.bin"])
def test_binary_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 8)
    articles, errors = good_plus(path)
    assert len(articles) == GOOD_COUNT
    assert_one_error(errors, path)


def test_wrong_encoding_is_refused_unless_a_fallback_is_asked_for(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("date 2023-02-02 The caf\u00e9 na\u00efvely opened at dawn.".encode("cp1252"))
    articles, errors = good_plus(path)
    assert len(articles) == GOOD_COUNT
    err = assert_one_error(errors, path, "not utf-8", "0xe9")
    assert "offset" in err.reason
    (article,) = read_path(path, options=ReadOptions(fallback_encoding="cp1252"))
    assert article.text == "The caf\u00e9 na\u00efvely opened at dawn."


def test_impossible_date_header():
    articles, errors = good_plus(BAD / "impossible-date.txt")
    assert len(articles) == GOOD_COUNT
    assert_one_error(errors, BAD / "impossible-date.txt", "impossible date", "2024-02-30")


def test_impossible_month_in_the_crawl_header(tmp_path):
    path = tmp_path / "month.txt"
    path.write_text(" date 2023-13-01 The month is wrong.")
    assert_one_error(good_plus(path)[1], path, "impossible date")


def test_file_over_max_bytes_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    line = ("The quay was long and the night was longer. " * 20 + "\n").encode()
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size > 50 * 1024 * 1024
    articles, errors = good_plus(path)
    assert len(articles) == GOOD_COUNT
    assert_one_error(errors, path, "too large", "limit")
    tracemalloc.start()
    try:
        (err,) = read_path(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(err, ReadError)
    assert peak < 2 * 1024 * 1024  # refused from its size: neither 50 MB nor the 10 MB limit was read


def test_max_bytes_is_configurable(tmp_path):
    path = tmp_path / "small.txt"
    path.write_text("The quay was long. " * 10)
    assert isinstance(next(read_path(path)), Article)
    assert isinstance(next(read_path(path, max_bytes=50)), ReadError)
    assert isinstance(next(read_path(path, options=ReadOptions(max_bytes=50))), ReadError)
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024
    with pytest.raises(ValueError):
        ReadOptions(max_bytes=0)


def test_html_page_without_article():
    articles, errors = good_plus(BAD / "no-article.html")
    assert len(articles) == GOOD_COUNT
    assert_one_error(errors, BAD / "no-article.html", "no article text")


def test_missing_path(tmp_path):
    path = tmp_path / "nowhere.txt"
    articles, errors = good_plus(path)
    assert len(articles) == GOOD_COUNT
    assert_one_error(errors, path, "no such file")


def test_dangling_link_in_a_folder(tmp_path):
    (tmp_path / "ok.txt").write_text("The quay held.")
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    articles, errors = split(read_path(tmp_path))
    assert [a.text for a in articles] == ["The quay held."]
    assert_one_error(errors, tmp_path / "link.txt", "no such file")


def test_directory_given_as_a_file(tmp_path):
    folder = tmp_path / "looks-like.txt"
    folder.mkdir()
    (err,) = read_file(folder, ReadOptions())
    assert isinstance(err, ReadError)
    assert str(err).startswith(str(folder)) and "directory" in str(err)


def test_permission_denied(tmp_path, monkeypatch):
    # Tests run as root, who may read anything: make one file's open fail as it would.
    path = tmp_path / "locked.txt"
    path.write_text("The quay was locked.")
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    articles, errors = good_plus(path)
    assert len(articles) == GOOD_COUNT
    assert_one_error(errors, path, "permission denied")


def test_unknown_extension():
    articles, errors = good_plus(BAD / "table.csv")
    assert len(articles) == GOOD_COUNT
    assert_one_error(errors, BAD / "table.csv", "unknown kind of file", ".csv")


def test_pretty_printed_json_is_one_error_not_one_per_line(tmp_path):
    path = tmp_path / "doc.json"
    path.write_text(json.dumps({"text": "The quay.", "published": "2023-01-01"}, indent=2))
    assert_one_error(good_plus(path)[1], path, "unknown kind of file")


def test_library_surprises_become_read_errors(tmp_path, monkeypatch):
    import newsgraph.readers.html as html_reader

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(html_reader, "find_published", explode)
    (tmp_path / "a.html").write_text(ARTICLE_HTML.format(
        title="T", meta="", body="The quay was rebuilt after the storm of the last winter season."))
    (tmp_path / "b.txt").write_text("The quay stands.")
    articles, errors = split(read_path(tmp_path))
    assert [a.text for a in articles] == ["The quay stands."]
    assert_one_error(errors, tmp_path / "a.html", "unexpected error", "boom")


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".html", ".rss", ".xml", ".warc", ".warc.gz", ""])
def test_junk_never_raises(tmp_path, suffix):
    junk = {
        "text": b"\xff\xfe\xfd not text \x80\x81",
        "markup": b"<<<rss><feed></item><html>&&&",
        "json": b'{"text": [1, {"a": }\n{{{\n',
        "warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort",
        "gzip": b"\x1f\x8b\x08\x00garbage",
    }
    for name, data in junk.items():
        (tmp_path / f"{name}{suffix}").write_bytes(data)
    results = list(read_path(tmp_path))  # must not raise
    assert all(isinstance(r, (Article, ReadError)) for r in results)
    assert any(isinstance(r, ReadError) for r in results)
    for error in (r for r in results if isinstance(r, ReadError)):
        assert str(error).startswith(str(tmp_path)) and "\n" not in str(error)


# --- folders -----------------------------------------------------------------

def test_folder_is_read_recursively_in_sorted_order_skipping_hidden_files(tmp_path):
    shutil.copytree(GOOD, tmp_path / "good")
    (tmp_path / ".hidden.txt").write_text("A hidden note.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Version control data.")
    (tmp_path / "zz").mkdir()
    (tmp_path / "zz" / "a.txt").write_text("Deep text.")
    (tmp_path / "NOTES").write_text("A file with no extension is plain text.")
    (tmp_path / "page.dat").write_text(ARTICLE_HTML.format(
        title="T", meta="", body="The quay was rebuilt after the storm of the last winter season."))
    first = [a.origin for a in read_path(tmp_path)]
    second = [a.origin for a in read_path(tmp_path)]
    assert first == second
    texts = [a.text for a in read_path(tmp_path) if isinstance(a, Article)]
    assert "A hidden note." not in texts and "Version control data." not in texts
    assert "Deep text." in texts and "A file with no extension is plain text." in texts
    files = [o.split("#")[0].rsplit(":", 1)[0] if o.endswith(tuple("0123456789")) else o for o in first]
    assert files == sorted(files, key=lambda p: Path(p).relative_to(tmp_path).parts)
    assert any(o.endswith("page.dat") for o in first)  # sniffed as HTML
    assert len(first) == GOOD_COUNT + 3


def test_folder_documentation_is_skipped_unless_named(tmp_path):
    (tmp_path / "README.md").write_text("# About this folder\n\nThese files are test news.")
    (tmp_path / "LICENSE").write_text("Permission is granted to read.")
    (tmp_path / "readme-not.txt").write_text("A story whose file name only starts like a readme.")
    articles, errors = split(read_path(tmp_path))
    assert not errors
    assert [Path(a.origin).name for a in articles] == ["readme-not.txt"]
    (named,) = read_path(tmp_path / "README.md")
    assert named.text.startswith("# About")


def test_read_paths_keeps_the_order_given():
    order = [a.origin for a in read_paths([GOOD / "pier-crawl.txt", GOOD / "articles.jsonl"])]
    assert order[0] == str(GOOD / "pier-crawl.txt")
    assert order[1].startswith(str(GOOD / "articles.jsonl"))


def test_read_paths_takes_one_path_as_a_path_not_as_letters():
    assert [a.origin for a in read_paths(str(GOOD / "pier-crawl.txt"))] == [str(GOOD / "pier-crawl.txt")]
    assert len(list(read_paths(GOOD))) == GOOD_COUNT


def test_folder_link_loop_is_reported_once(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("Looping quay.")
    os.symlink(tmp_path / "a", tmp_path / "a" / "back")
    articles, errors = split(read_path(tmp_path))
    assert [a.text for a in articles] == ["Looping quay."]
    assert len(errors) == 1 and "loop" in str(errors[0])


# --- properties ----------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.text(alphabet=st.characters(categories=("L", "N", "P")), min_size=1, max_size=8),
                      min_size=1, max_size=12),
       gaps=st.lists(st.sampled_from([" ", "  ", "\n", "\n\n", "\t", " \r\n"]), min_size=12, max_size=12))
def test_article_id_ignores_how_white_space_is_laid_out(words, gaps):
    plain = " ".join(words)
    laid_out = "".join(w + g for w, g in zip(words, gaps))
    assert article_id(laid_out) == article_id(plain) == article_id(f"  {plain}\n")


@settings(max_examples=60, deadline=None)
@given(day=st.dates(), hour=st.integers(0, 23), minutes=st.integers(-12 * 60, 14 * 60))
def test_normalize_date_keeps_day_time_and_offset(day, hour, minutes):
    from datetime import datetime, timedelta, timezone

    moment = datetime(day.year, day.month, day.day, hour, 5, tzinfo=timezone(timedelta(minutes=minutes)))
    assert normalize_date(day.isoformat()) == day.isoformat()
    assert normalize_date(moment.isoformat()) == moment.isoformat()
    if day.year >= 1900:
        from email.utils import format_datetime

        assert normalize_date(format_datetime(moment)) == moment.isoformat()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".jsonl", ".html", ".rss", ".warc", ""]))
def test_any_bytes_give_articles_or_read_errors_never_exceptions(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    for item in read_path(path):
        assert isinstance(item, (Article, ReadError))
        if isinstance(item, ReadError):
            assert str(item).startswith(str(path)) and "\n" not in str(item)
        else:
            assert item.text and item.text == item.text.strip()


# --- API ---------------------------------------------------------------------

def test_make_article():
    article = make_article("  Body text.\n", published="2023-01-02", title=" A  title ",
                           authors=["A B", "A B", " C D "], origin="x")
    assert article.text == "Body text." and article.id == article_id("Body text.")
    assert article.title == "A title" and article.authors == ("A B", "C D")
    with pytest.raises(ImpossibleDateError):
        make_article("Body.", published="2023-02-30")


def test_public_api_is_exported():
    assert sorted(readers.__all__) == readers.__all__
    for name in readers.__all__:
        assert hasattr(readers, name), name
    for name in ("read_paths", "read_path", "read_jsonl", "article_id", "make_article",
                 "ReadOptions", "DEFAULT_MAX_BYTES"):
        assert name in readers.__all__
