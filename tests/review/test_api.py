"""The review server over HTTP, as a browser or a hostile page would call it:
token on every request, POST with the token in a header, conflicts instead
of overwrites, atomic save with a backup, render as 'briefgen render'."""
from __future__ import annotations

import json
import urllib.error
import urllib.request

from briefgen.draft.yaml_io import load_briefing
from tests.review.conftest import DIALOGUE, PRAISE, SLOW

A0 = {"section": "achievement", "theme": 0, "list": "items", "index": 0}


def call(server, path, body=None, *, token=True, header=True, host=None, ctype="application/json"):
    url = server.base + path
    headers = {}
    if token and header:
        headers["X-Briefgen-Token"] = server.token
    elif token:
        url += ("&" if "?" in url else "?") + "token=" + server.token
    if host:
        headers["Host"] = host
    data = None
    if body is not None:
        data = json.dumps(body).encode() if not isinstance(body, bytes) else body
        headers["Content-Type"] = ctype
    req = urllib.request.Request(url, data=data, headers=headers, method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            raw = r.read()
            return r.status, raw, dict(r.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def body(raw: bytes):
    return json.loads(raw.decode("utf-8"))


def test_every_request_needs_the_token(server):
    for path in ("/", "/api/draft", "/static/review.js", "/api/source/1"):
        status, raw, _ = call(server, path, token=False)
        assert status == 403 and "mã truy cập" in raw.decode(), path
    status, raw, headers = call(server, "/", token=True, header=False)
    assert status == 200 and server.token in raw.decode()
    assert "default-src 'none'" in headers["content-security-policy"]
    status, _, _ = call(server, "/api/draft", token=True, header=True)
    assert status == 200


def test_changes_need_the_token_in_a_header_and_json(server, draft):
    before = draft.read_bytes()
    version = body(call(server, "/api/draft")[1])["version"]
    model = body(call(server, "/api/draft")[1])["model"]
    # a form on another site can put the token in the address but not in a header
    status, _, _ = call(server, "/api/save", {"model": model, "version": version}, header=False)
    assert status == 403
    status, _, _ = call(server, "/api/save", b"model=x", ctype="application/x-www-form-urlencoded")
    assert status == 415
    status, raw, _ = call(server, "/api/draft", host="evil.example:80")
    assert status == 403 and "127.0.0.1" in raw.decode()
    assert draft.read_bytes() == before


def test_only_the_rendered_documents_are_downloadable(server):
    for path in ("/download/..%2F..%2Fetc%2Fpasswd", "/download/bao-cao-tong-hop.briefing.yaml",
                 "/static/..%2Fapp.py", "/static/page.html", "/api/source/7"):
        status, raw, _ = call(server, path)
        assert b"root:" not in raw and b"import" not in raw and b"version:" not in raw, path
        if path == "/api/source/7":
            assert status == 200 and body(raw)["found"] is False
        else:
            assert status == 404, path


def test_source_text_is_served_by_id(server):
    data = body(call(server, "/api/source/1")[1])
    assert data["found"] and DIALOGUE in data["text"] and "<script>" in data["text"]


def test_op_save_backup_and_conflict(server, draft):
    first = body(call(server, "/api/draft")[1])
    original = draft.read_bytes()
    status, raw, _ = call(server, "/api/op", {"model": first["model"], "op": "hide", "args": {"at": {**A0, "index": 2}}})
    assert status == 200
    hidden = body(raw)["model"]
    assert draft.read_bytes() == original  # an edit is not a save
    status, raw, _ = call(server, "/api/save", {"model": hidden, "version": first["version"]})
    assert status == 200
    saved = load_briefing(draft)
    assert [i["text"] for i in saved["sections"][0]["themes"][0]["items"]] == [DIALOGUE, SLOW]
    assert [i["text"] for i in saved["sections"][0]["themes"][0]["hidden_items"]] == [PRAISE]
    assert draft.with_name(draft.name + ".bak").read_bytes() == original
    # a second tab still holding the first version
    reworded = body(call(server, "/api/op", {"model": first["model"], "op": "reword",
                                             "args": {"at": A0, "text": "Câu của thẻ thứ hai."}})[1])["model"]
    now = draft.read_bytes()
    status, raw, _ = call(server, "/api/save", {"model": reworded, "version": first["version"]})
    assert status == 409 and "tải lại trang" in body(raw)["error"] and body(raw)["conflict"]
    assert draft.read_bytes() == now


def test_an_invalid_model_is_refused_with_the_render_messages(server, draft):
    first = body(call(server, "/api/draft")[1])
    model = first["model"]
    model["sections"][0]["themes"][0]["items"][0]["sources"] = [42]
    before = draft.read_bytes()
    status, raw, _ = call(server, "/api/save", {"model": model, "version": first["version"]})
    assert status == 422 and "[42]" in body(raw)["error"] and "bao-cao-tong-hop.briefing.yaml" in body(raw)["error"]
    assert draft.read_bytes() == before
    status, raw, _ = call(server, "/api/op", {"model": model, "op": "reword", "args": {"at": A0, "text": ""}})
    assert status == 400 and "không được để trống" in body(raw)["error"]


def test_render_writes_beside_the_draft_and_offers_both(server, draft):
    version = body(call(server, "/api/draft")[1])["version"]
    status, raw, _ = call(server, "/api/render", {"version": "stale"})
    assert status == 409
    status, raw, _ = call(server, "/api/render", {"version": version})
    assert status == 200, raw
    assert {"bao-cao-tong-hop.docx", "bao-cao-tong-hop.pdf"} <= set(body(raw)["files"])
    status, pdf, headers = call(server, "/download/bao-cao-tong-hop.pdf")
    assert status == 200 and pdf.startswith(b"%PDF") and "attachment" in headers["content-disposition"]
    assert (draft.parent / "bao-cao-tong-hop.docx").is_file()


def test_a_read_only_folder_is_named_not_a_traceback(server, draft):
    import os

    if os.geteuid() == 0:  # root writes anywhere: make the draft's path a folder instead
        first = body(call(server, "/api/draft")[1])
        backup = draft.with_name(draft.name + ".bak")
        backup.mkdir()
        status, raw, _ = call(server, "/api/save", {"model": first["model"], "version": first["version"]})
        backup.rmdir()
    else:
        draft.parent.chmod(0o555)
        try:
            first = body(call(server, "/api/draft")[1])
            status, raw, _ = call(server, "/api/save", {"model": first["model"], "version": first["version"]})
        finally:
            draft.parent.chmod(0o755)
    assert status == 500 and "Không ghi được bản nháp" in body(raw)["error"]


def test_a_draft_broken_by_hand_gets_the_render_messages(server, draft):
    import pytest

    from briefgen.errors import BriefingFileError

    text = draft.read_text(encoding="utf-8").replace("category: limitation", "category: limitaton")
    draft.write_text(text, encoding="utf-8")
    with pytest.raises(BriefingFileError) as cli:
        load_briefing(draft)  # what 'briefgen render' says
    loaded = body(call(server, "/api/draft")[1])
    assert loaded["model"] is None and loaded["problems"] == cli.value.problems
    status, raw, _ = call(server, "/api/render", {"version": loaded["version"]})
    assert status == 422 and body(raw)["problems"] == cli.value.problems
    assert "limitaton" in body(raw)["error"]
    assert not (draft.parent / "bao-cao-tong-hop.pdf").exists()
