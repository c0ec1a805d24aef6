"""The articles a draft cites, read again so a reviewer sees each quote in
its place.

Only the files the draft lists under ``sources`` are read, by their id; a
page cannot name a path. The text is what the build read (front matter cut
the same way), so the quotes' offsets point into it.
"""
from __future__ import annotations

from pathlib import Path

from briefgen.errors import BriefgenError


def locate(recorded: str, draft: Path) -> Path | None:
    """Where the article recorded as ``recorded`` is now: the path as built
    (relative to where ``build`` ran), else beside the draft or its parent."""
    given = Path(recorded)
    if given.is_absolute():
        return given if given.is_file() else None
    for base in (Path.cwd(), draft.parent, draft.parent.parent):
        candidate = base / given
        if candidate.is_file():
            return candidate
    return None


class SourceTexts:
    def __init__(self, draft: Path):
        self.draft = Path(draft)
        self._cache: dict[tuple[int, str], dict] = {}

    def get(self, sources: list[dict], sid: int) -> dict:
        entry = next((s for s in sources if s.get("id") == sid), None)
        if entry is None:
            return {"id": sid, "found": False, "message": f"Bản nháp không có bài viết nguồn số [{sid}]."}
        key = (sid, str(entry.get("path")))
        if key not in self._cache:
            self._cache[key] = self._read(entry)
        return self._cache[key]

    def _read(self, entry: dict) -> dict:
        from briefgen.read import read_document
        from briefgen.read.sidecar import split_front_matter

        out = {"id": entry.get("id"), "title": entry.get("title") or "", "path": entry.get("path") or ""}
        path = locate(str(entry.get("path") or ""), self.draft)
        if path is None:
            return {**out, "found": False,
                    "message": f"Không tìm thấy tệp bài viết '{out['path']}' (đã chuyển hoặc xoá?): "
                               "chỉ xem được các đoạn trích lưu trong bản nháp."}
        try:
            doc = read_document(path, out["path"])
            _, text, _ = split_front_matter(doc.text, doc.path, [])
        except BriefgenError as err:
            return {**out, "found": False, "message": str(err)}
        return {**out, "found": True, "text": text}
