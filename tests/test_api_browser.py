"""The page a notebook shows inline (graph.api.PageView._repr_html_), drawn in a real headless
Chromium inside its sandboxed iframe, with no request leaving the machine."""

import graph
from test_viz_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, READY


def test_the_inline_page_draws_in_its_frame(make_store, tmp_path):
    from playwright.sync_api import sync_playwright

    with graph.open(make_store("api-browser")) as kg:
        view = kg.page(focus="Kakao", depth=1)
    host = tmp_path / "notebook.html"
    host.write_text(f"<!DOCTYPE html><html><body><h1>cell output</h1>{view._repr_html_()}</body></html>",
                    encoding="utf-8")
    outside, errors = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
            ("file:", "data:", "about:")) else (outside.append(route.request.url), route.abort()))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(host.as_uri())
        frame = page.frames[1]
        frame.wait_for_function(READY, timeout=90_000)
        drawn = frame.evaluate("() => network.body.data.nodes.length")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "api-inline-page.png"))
        browser.close()
    assert drawn == view.nodes > 1
    assert (outside, errors) == ([], [])
