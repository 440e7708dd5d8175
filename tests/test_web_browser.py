"""The pages in headless Chromium over the real server and a real store (example corpus + a markup article).

Each test saves a screenshot of the page it checks under docs/screenshots/ so a reviewer can look.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser import chromium, running_server
from webstore import store_copy

from newsgraph.api import ServeSettings, create_app

QUESTION = "Why does Gypsy Rose Blanchard want to meet Kim Kardashian?"
SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
MARKUP = '<img src=x onerror="window.__xss=1">'


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    app = create_app(ServeSettings(db=str(store_copy(tmp_path_factory.mktemp("browser")))))
    with running_server(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert not errors, errors


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def no_script_ran(page) -> None:
    assert page.evaluate("window.__xss === undefined"), "a script from the store ran"
    assert page.title() != "pwned"


def test_ask_then_citation_opens_the_sentence_highlighted(page, base_url):
    page.goto(base_url + "/")
    page.fill("input[name=q]", QUESTION)
    page.click("form.ask button")
    page.wait_for_selector("#answer")
    assert page.locator(".answer-text").inner_text().strip()
    citations = page.locator("#answer li.citation")
    assert citations.count() >= 1
    assert page.locator(".histogram .bar").count() >= 3
    shot(page, "home")
    quoted = citations.first.locator("q").inner_text().strip()
    citations.first.locator("a.cite").click()
    page.wait_for_url(re.compile(r"/articles/.+\?s=\d+"))
    highlighted = page.locator(".sentence.highlight")
    assert highlighted.count() == 1 and highlighted.is_visible()
    assert " ".join(highlighted.inner_text().split()) == " ".join(quoted.split())
    assert page.locator("article a.m-entity").count() > 0 and page.locator("article mark.m-time").count() > 0
    shot(page, "article")


def _first_person(page, base_url) -> str:
    page.goto(base_url + "/?type=PERSON")
    return page.locator("ul.entities a.entity").first.get_attribute("href")


def test_entity_page_draws_the_timeline(page, base_url):
    page.goto(base_url + _first_person(page, base_url))
    page.wait_for_selector("#timeline[data-drawn]")
    assert int(page.get_attribute("#timeline", "data-drawn")) > 0
    assert page.locator("#timeline .vis-item").count() > 0
    page.locator("#timeline .vis-item.vis-box").first.click(force=True)
    page.wait_for_selector("#timeline-detail li.citation")
    assert page.locator("table.claims tbody tr").count() > 0
    shot(page, "entity")


def test_connection_view_edge_click_shows_evidence(page, base_url):
    entity = _first_person(page, base_url).rsplit("/", 1)[1]
    page.goto(f"{base_url}/connect?a={entity}")
    page.wait_for_selector("#graph[data-drawn]")
    assert int(page.get_attribute("#graph", "data-drawn")) > 0
    point = page.evaluate("""() => {
        const cy = window.newsgraphGraph, box = document.getElementById('graph').getBoundingClientRect();
        const p = cy.edges()[0].renderedMidpoint();
        return {x: box.left + p.x, y: box.top + p.y};
    }""")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#evidence[data-edge] li.citation")
    assert page.locator("#evidence h3").inner_text().count("—") == 1
    shot(page, "connect")


def test_curation_takes_effect_and_markup_stays_text(page, base_url):
    href = _first_person(page, base_url)
    page.goto(base_url + href)
    old = page.locator("#entity-name").inner_text()
    new_name = f"Renamed {MARKUP}"
    page.fill("form[data-action=rename] input[name=name]", new_name)
    page.click("form[data-action=rename] button")
    page.wait_for_selector("#curation-result #undo")
    assert new_name in page.locator("#entity-name").inner_text()
    page.wait_for_selector("#timeline[data-drawn]")
    no_script_ran(page)
    shot(page, "curation")
    page.goto(f"{base_url}/connect?a={href.rsplit('/', 1)[1]}")  # the new name as a graph label, as text
    page.wait_for_selector("#graph[data-drawn]")
    assert page.evaluate("window.newsgraphGraph.nodes('[?focus]')[0].data('label')") == new_name
    no_script_ran(page)
    decision = page.request.get(base_url + "/api/curation/decisions").json()["items"][-1]
    page.goto(base_url + href)  # undo, from the API this time, and the old name is back
    assert page.request.post(base_url + "/api/curation/undo", data={"decision": decision["id"]}).ok
    page.reload()
    assert page.locator("#entity-name").inner_text().startswith(old.rsplit(" ", 1)[0])


def test_an_article_with_a_script_tag_does_not_run_it(page, base_url):
    page.goto(base_url + "/")
    link = page.locator("ul.articles a", has_text="<script>")
    assert link.count() == 1  # the title shows as text
    link.click()
    page.wait_for_selector("#article-text")
    assert "<script>" in page.locator("#article-title").inner_text()
    assert "<script>" in page.locator("#article-text").inner_text()
    assert page.locator("#article-text script, #article-text img").count() == 0
    no_script_ran(page)
    shot(page, "article-markup")


def test_open_loops_conflicts_and_ingest_pages(page, base_url, tmp_path):
    page.goto(base_url + "/open-loops")
    assert page.locator("h1").inner_text() == "Open loops"
    shot(page, "open-loops")
    page.goto(base_url + "/conflicts")
    assert page.locator("section.conflict").count() >= 1
    shot(page, "conflicts")
    upload = tmp_path / "2024-03-01-upload.txt"
    upload.write_text("date: 2024-03-01\n\nThe Harbor Trust opened its ferry line on Friday, officials said.\n")
    page.goto(base_url + "/ingest")
    page.set_input_files("input[type=file]", str(upload))
    page.click("#ingest-form button")
    page.wait_for_selector("#ingest-status[data-state=done]", timeout=90_000)
    assert "stored 1" in page.locator("#ingest-status").inner_text()
    shot(page, "ingest")
