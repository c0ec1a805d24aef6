// briefgen review: the page. Every piece of text from the draft or an article
// is inserted as a text node (never as HTML), so "<script>" or "{{ 7*7 }}" in
// an article shows literally. Nothing is loaded from outside this server.
"use strict";
(() => {
  const TOKEN = document.querySelector('meta[name="briefgen-token"]').content;
  const ROMAN = ["I", "II", "III"];
  const SECTION_NAMES = {achievement: "I. Kết quả đạt được", limitation: "II. Hạn chế, tồn tại", task: "III. Nhiệm vụ"};
  const S = {model: null, saved: null, version: null, undo: [], sel: null, texts: new Map(), req: 0, open: new Set()};
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (v === true) e.setAttribute(k, "");
      else if (v !== false && v != null) e.setAttribute(k, v);
    }
    for (const kid of kids.flat()) if (kid != null) e.append(kid instanceof Node ? kid : String(kid));
    return e;
  }

  // -- server ---------------------------------------------------------------
  async function api(path, body) {
    const opts = {headers: {"X-Briefgen-Token": TOKEN}};
    if (body !== undefined) {
      opts.method = "POST";
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(body);
    }
    let r;
    try { r = await fetch(path, opts); } catch (e) {
      throw new Error("Không kết nối được với briefgen review (lệnh đã dừng?). Hãy chạy lại lệnh và mở địa chỉ mới.");
    }
    let data;
    try { data = await r.json(); } catch (e) { data = {error: (await r.text().catch(() => "")) || `Lỗi ${r.status}`}; }
    if (!r.ok) {
      const err = new Error(data.error || `Lỗi ${r.status}`);
      err.status = r.status; err.problems = data.problems || []; err.conflict = !!data.conflict;
      throw err;
    }
    return data;
  }

  // -- messages -------------------------------------------------------------
  const now = () => new Date().toLocaleTimeString("vi-VN", {hour: "2-digit", minute: "2-digit"});
  function status(text) { $("state").textContent = text; }
  function hideAlert() { $("alert").hidden = true; }
  function showAlert(title, lines, kind) {
    const a = $("alert");
    a.className = "alert " + (kind || "error");
    a.replaceChildren(el("strong", {}, title));
    const rest = (lines || []).filter((l) => l && l !== title);
    if (rest.length) a.append(el("ul", {}, rest.map((l) => el("li", {}, l))));
    a.append(el("button", {type: "button", class: "close", "aria-label": "Đóng thông báo", onclick: hideAlert}, "×"));
    a.hidden = false;
  }
  function fail(err, what) {
    if (err.conflict) {
      showAlert("Xung đột: " + err.message, [], "conflict");
      $("alert").append(el("button", {type: "button", onclick: () => { S.saved = S.model; location.reload(); }},
        "Tải lại trang (bỏ các thay đổi chưa lưu của trang này)"));
    }
    else if (err.status === 422) showAlert(what || "Bản nháp chưa hợp lệ:", err.problems);
    else showAlert((what ? what + " " : "") + err.message, []);
  }

  // -- the model ------------------------------------------------------------
  const secOf = (m, cat) => m.sections.find((s) => s.category === cat);
  function itemAt(at, m = S.model) {
    const sec = at && secOf(m, at.section);
    const th = sec && sec.themes[at.theme];
    return th && (th[at.list] || [])[at.index];
  }
  const same = (a, b) => a && b && a.section === b.section && a.theme === b.theme && a.list === b.list && a.index === b.index;
  function clampSel(at) {
    if (!at || itemAt(at)) return at;
    const sec = secOf(S.model, at.section);
    const th = sec && sec.themes[at.theme];
    const list = th && th[at.list];
    return list && list.length ? {...at, index: list.length - 1} : null;
  }
  const dirty = () => S.model !== S.saved;
  function cites(ids) { return ids && ids.length ? ids.map((i) => `[${i}]`).join(", ") : ""; }

  // -- drawing the briefing -----------------------------------------------
  function draw() {
    const m = S.model, body = $("body"), lh = m.letterhead || {};
    body.replaceChildren(
      el("div", {class: "head"},
        el("div", {class: "issuer"}, lh.parent ? [lh.parent, el("br")] : null, lh.issuer || ""),
        el("div", {class: "right"}, el("div", {}, lh.number || ""), el("div", {class: "place"}, lh.place_date || ""))),
      el("h2", {class: "title"}, m.title || ""),
      el("p", {class: "subject"}, m.subject || ""));
    m.sections.forEach((sec, si) => {
      const s = el("section", {class: "sec " + sec.category},
        el("h3", {}, `${ROMAN[si] || si + 1}. ${(sec.title || "").toUpperCase()}`));
      if (!sec.themes.length) s.append(el("p", {class: "empty"}, "(chưa có ý nào)"));
      sec.themes.forEach((th, ti) => {
        s.append(el("h4", {}, `${ti + 1}. ${th.title}`));
        s.append(el("ul", {class: "items"}, th.items.map((it, i) =>
          row(it, {section: sec.category, theme: ti, list: "items", index: i}))));
        const hidden = th.hidden_items || [];
        if (hidden.length) {
          // drawn only while open: a national draft keeps thousands of them
          const key = `${sec.category}/${ti}`;
          const list = () => el("ul", {class: "items"}, hidden.map((it, i) =>
            row(it, {section: sec.category, theme: ti, list: "hidden_items", index: i})));
          const det = el("details", {class: "hidden-items"}, el("summary", {}, `Ý không in ra (${hidden.length})`));
          det.open = S.open.has(key) || (S.sel && S.sel.list === "hidden_items" && S.sel.section === sec.category && S.sel.theme === ti);
          if (det.open) det.append(list());
          det.addEventListener("toggle", () => {
            if (det.open) { S.open.add(key); if (!det.querySelector("ul")) det.append(list()); }
            else { S.open.delete(key); const ul = det.querySelector("ul"); if (ul) ul.remove(); }
          });
          s.append(det);
        }
      });
      body.append(s);
    });
    $("btn-undo").disabled = !S.undo.length;
    $("btn-save").disabled = !dirty();
    status(dirty() ? "Có thay đổi chưa lưu" : `Đã lưu${S.savedAt ? " lúc " + S.savedAt : ""}`);
  }

  function row(it, at) {
    // the entry is the focusable part; the toolbar beside it is not inside it
    const selected = same(at, S.sel);
    const entry = el("div", {class: "entry", tabindex: "0", role: "button", "aria-pressed": selected ? "true" : "false"},
      el("span", {class: "text"}, it.text), " ", el("span", {class: "cites"}, cites(it.sources)));
    if (!(it.quotes || []).length) entry.append(el("span", {class: "badge manual"}, "nhập tay, không trích từ bài viết"));
    if (at.list === "hidden_items") entry.append(el("span", {class: "badge off"}, "không in"));
    entry.addEventListener("click", () => select(at));
    entry.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(at); }
    });
    const li = el("li", {class: "item" + (at.list === "hidden_items" ? " off" : "") + (selected ? " selected" : ""),
                         "data-key": JSON.stringify(at)}, entry);
    if (selected) li.append(tools(at, it));
    return li;
  }

  function tools(at, it) {
    const b = (label, fn, key) => el("button", {type: "button", "aria-keyshortcuts": key || null,
                                                onclick: (e) => { e.stopPropagation(); fn(); }}, label);
    const t = el("div", {class: "tools", role: "toolbar", "aria-label": "Thao tác với ý đã chọn"});
    t.append(b("Sửa câu chữ (S)", () => rewordDialog(at, it), "S"));
    if (at.list === "hidden_items") {
      t.append(b("Khôi phục (A)", () => op("restore", {at}), "A"));
      return t;
    }
    t.append(b("Ẩn (A)", () => op("hide", {at}), "A"));
    if (at.section !== "limitation") t.append(b("Chuyển sang II. Hạn chế (H)", () => op("to_limitation", {at}), "H"));
    t.append(b("Chuyển… (C)", () => moveDialog(at), "C"),
      b("↑ Lên", () => op("reorder", {at, step: -1}, {...at, index: at.index - 1}), "Alt+ArrowUp"),
      b("↓ Xuống", () => op("reorder", {at, step: 1}, {...at, index: at.index + 1}), "Alt+ArrowDown"),
      b("Gộp với…", () => mergeDialog(at)), b("Tách…", () => splitDialog(at, it)));
    return t;
  }

  function focusSel() {
    const li = S.sel && document.querySelector(`li.item[data-key='${JSON.stringify(S.sel)}']`);
    if (li) { li.querySelector(".entry").focus({preventScroll: true}); li.scrollIntoView({block: "nearest"}); }
  }

  function select(at) {
    S.sel = at;
    draw();
    focusSel();
    showSources(at);
  }

  // -- edits ----------------------------------------------------------------
  async function op(name, args, after, quiet) {
    let data;
    try { data = await api("/api/op", {model: S.model, op: name, args}); } catch (e) {
      if (quiet) return e.message;
      fail(e); return e.message;
    }
    S.undo.push({model: S.model, sel: S.sel});
    S.model = data.model;
    // follow the item to where it went (moved, merged, restored, added)
    S.sel = clampSel(data.at || (after !== undefined ? after : S.sel));
    draw(); focusSel(); showSources(S.sel);
    return null;
  }

  function undo() {
    const last = S.undo.pop();
    if (!last) return;
    S.model = last.model; S.sel = clampSel(last.sel);
    draw(); focusSel(); showSources(S.sel);
    status("Đã hoàn tác" + (dirty() ? " — có thay đổi chưa lưu" : ""));
  }

  async function save() {
    status("Đang lưu…");
    try {
      const data = await api("/api/save", {model: S.model, version: S.version});
      S.version = data.version; S.model = S.saved = data.model; S.savedAt = now();
      hideAlert(); draw(); focusSel();
      return true;
    } catch (e) {
      fail(e, "Chưa lưu được, bản nháp có lỗi:");
      status("Chưa lưu");
      return false;
    }
  }

  async function render() {
    if (dirty() && !(await save())) return;
    const button = $("btn-render");
    button.disabled = true;
    status("Đang tạo văn bản DOCX và PDF…");
    try {
      const data = await api("/api/render", {version: S.version});
      const links = data.files.filter((n) => /\.(docx|pdf)$/.test(n)).map((n) =>
        el("a", {href: `/download/${encodeURIComponent(n)}?token=${encodeURIComponent(TOKEN)}`, download: n},
          (n.endsWith(".pdf") ? "Tải tệp PDF: " : "Tải tệp Word (DOCX): ") + n));
      $("files").replaceChildren(el("strong", {}, `Đã tạo văn bản lúc ${now()}.`), ...links);
      $("files").hidden = false;
      hideAlert();
      status("Đã tạo văn bản");
    } catch (e) {
      fail(e, "Chưa tạo được văn bản:");
      status("Chưa tạo được văn bản");
    } finally { button.disabled = false; }
  }

  // -- the sources panel ----------------------------------------------------
  async function sourceText(sid) {
    if (!S.texts.has(sid)) S.texts.set(sid, await api(`/api/source/${sid}`));
    return S.texts.get(sid);
  }

  function locate(text, q) {
    if (Number.isInteger(q.start) && Number.isInteger(q.end)) {  // offsets count code points
      const cps = Array.from(text);
      if (q.end <= cps.length && cps.slice(q.start, q.end).join("") === q.text) {
        const a = cps.slice(0, q.start).join("").length;
        return [a, a + q.text.length];
      }
    }
    const at = q.text ? text.indexOf(q.text) : -1;
    return at >= 0 ? [at, at + q.text.length] : null;
  }

  function highlighted(text, quotes, category) {
    const ranges = [], missing = [];
    for (const q of quotes) { const r = locate(text, q); r ? ranges.push(r) : missing.push(q); }
    ranges.sort((a, b) => a[0] - b[0]);
    const box = el("div", {class: "article"});
    let pos = 0;
    for (const [a, b] of ranges) {
      if (a < pos) continue;
      box.append(text.slice(pos, a), el("mark", {class: "q " + category}, text.slice(a, b)));
      pos = b;
    }
    box.append(text.slice(pos));
    const out = [box];
    if (missing.length) out.unshift(el("p", {class: "warn"}, "Không thấy đoạn trích sau trong bài viết hiện tại:"),
      ...missing.map((q) => el("blockquote", {}, q.text)));
    return out;
  }

  // with no item chosen: every article of the draft, numbered as cited
  function sourceList() {
    const list = el("ol", {class: "source-list"});
    for (const src of S.model.sources || []) {
      const place = [src.unit_level, src.locality].filter(Boolean).join(" ");
      const button = el("button", {type: "button", class: "link", onclick: () => showArticle(src)},
        src.title || src.path);
      list.append(el("li", {value: String(src.id)}, `[${src.id}] `, button, place ? ` — ${place}` : ""));
    }
    return list;
  }

  async function showArticle(src) {
    const box = $("source-body"), req = ++S.req;
    const back = el("button", {type: "button", onclick: () => showSources(null)}, "← Danh sách bài viết");
    const art = el("article", {class: "src"}, el("h3", {}, `[${src.id}] ${src.title || src.path}`));
    box.replaceChildren(back, art);
    try {
      const data = await sourceText(src.id);
      if (req !== S.req) return;
      art.append(data.found ? el("div", {class: "article"}, data.text) : el("p", {class: "warn"}, data.message));
    } catch (e) { art.append(el("p", {class: "warn"}, e.message)); }
    back.focus();
  }

  async function showSources(at) {
    const box = $("source-body"), req = ++S.req, it = at && itemAt(at);
    box.replaceChildren();
    $("sources-hint").hidden = !!it;
    if (!it) { box.append(sourceList()); return; }
    const quotes = it.quotes || [];
    if (!quotes.length) {
      box.append(el("p", {class: "hint"}, "Ý này được gõ tay, không trích từ bài viết nào" +
        (it.sources.length ? ` (nguồn ghi kèm: ${cites(it.sources)}).` : ".")));
    }
    const bySource = new Map();
    for (const q of quotes) { if (!bySource.has(q.source)) bySource.set(q.source, []); bySource.get(q.source).push(q); }
    for (const [sid, qs] of bySource) {
      const meta = (S.model.sources || []).find((s) => s.id === sid) || {};
      const art = el("article", {class: "src"}, el("h3", {}, `[${sid}] ${meta.title || meta.path || ""}`));
      box.append(art);
      let data;
      try { data = await sourceText(sid); } catch (e) { art.append(el("p", {class: "warn"}, e.message)); continue; }
      if (req !== S.req) return;
      if (!data.found) {
        art.append(el("p", {class: "warn"}, data.message), ...qs.map((q) => el("blockquote", {}, q.text)));
      } else art.append(...highlighted(data.text, qs, at.section));
    }
    const first = box.querySelector("mark");
    if (first) first.scrollIntoView({block: "center"});
  }

  // -- dialogs --------------------------------------------------------------
  let onOk = null;
  function dialog(title, nodes, ok) {
    $("dlg-title").textContent = title;
    $("dlg-body").replaceChildren(...nodes);
    $("dlg-error").textContent = "";
    onOk = ok;
    $("dlg").showModal();
    const first = $("dlg-body").querySelector("textarea, input, select");
    if (first) first.focus();
  }
  $("dlg-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const error = onOk ? await onOk() : null;
    if (error) { $("dlg-error").textContent = error; return; }
    $("dlg").close();
  });
  $("dlg-cancel").addEventListener("click", () => $("dlg").close());
  // Ctrl+Enter agrees from anywhere; Enter too, except where a new line is
  // wanted (the split dialog, the list of recipients)
  $("dlg-form").addEventListener("keydown", (e) => {
    if (e.key !== "Enter" || e.shiftKey || e.target.tagName !== "TEXTAREA") return;
    if (e.ctrlKey || e.metaKey || !e.target.dataset.lines) { e.preventDefault(); $("dlg-form").requestSubmit(); }
  });
  $("dlg").addEventListener("close", () => focusSel());

  const field = (label, input) => el("label", {class: "field"}, el("span", {}, label), input);
  const value = (id) => $(id).value;

  function themePicker(prefix, category, current) {
    const sectionSel = el("select", {id: prefix + "-section"},
      Object.entries(SECTION_NAMES).map(([c, n]) => el("option", {value: c, selected: c === category}, n)));
    const themeSel = el("select", {id: prefix + "-theme"});
    const newName = el("input", {id: prefix + "-new", type: "text", placeholder: "Tên chủ đề mới"});
    const newField = field("Tên chủ đề mới", newName);
    const toggle = () => { newField.hidden = themeSel.value !== "new"; };
    const fill = () => {
      const sec = secOf(S.model, sectionSel.value);
      themeSel.replaceChildren(...(sec ? sec.themes : []).map((t, i) => el("option", {value: String(i)}, t.title)),
        el("option", {value: "new"}, "— Chủ đề mới —"));
      if (current != null && sectionSel.value === category && sec && sec.themes[current]) themeSel.value = String(current);
      toggle();
    };
    themeSel.addEventListener("change", toggle);
    sectionSel.addEventListener("change", fill);
    fill();
    const nodes = [field("Mục", sectionSel), field("Chủ đề", themeSel), newField];
    const read = () => ({section: sectionSel.value, theme: themeSel.value === "new" ? null : Number(themeSel.value),
                         new_theme: themeSel.value === "new" ? newName.value : null});
    return {nodes, read};
  }

  function rewordDialog(at, it) {
    const quotes = (it.quotes || []).map((q) => el("blockquote", {}, `[${q.source}] ${q.text}`));
    dialog("Sửa câu chữ của ý", [
      field("Nội dung in trong văn bản", el("textarea", {id: "f-text", rows: "5"}, it.text)),
      el("p", {class: "hint"}, quotes.length ? "Đoạn trích gốc (giữ nguyên làm bằng chứng, không in ra):" : "Ý gõ tay, không có đoạn trích gốc."),
      ...quotes], () => op("reword", {at, text: value("f-text")}, at, true));
  }

  function moveDialog(at) {
    const picker = themePicker("mv", at.section, at.theme);
    dialog("Chuyển ý sang mục hoặc chủ đề khác", picker.nodes, () => {
      const target = picker.read();
      return op("move", {at, ...target}, null, true);
    });
  }

  function mergeDialog(at) {
    const options = [];
    S.model.sections.forEach((sec, si) => sec.themes.forEach((th, ti) => th.items.forEach((it, i) => {
      const other = {section: sec.category, theme: ti, list: "items", index: i};
      if (!same(other, at)) {
        const short = it.text.length > 90 ? it.text.slice(0, 89) + "…" : it.text;
        options.push(el("option", {value: JSON.stringify(other)}, `${ROMAN[si]}.${ti + 1}.${i + 1} — ${short}`));
      }
    })));
    dialog("Gộp ý đã chọn với ý khác", [
      el("p", {class: "hint"}, "Giữ câu chữ của ý đã chọn; nguồn và đoạn trích của hai ý được gộp lại, ý kia bị bỏ."),
      field("Gộp với ý", el("select", {id: "f-other"}, options))],
    () => op("merge", {at, other: JSON.parse(value("f-other"))}, at, true));
  }

  function splitDialog(at, it) {
    const parts = it.text.split(/(?<=[.;])\s+(?=\S)/).join("\n");
    dialog("Tách ý thành nhiều ý", [
      el("p", {class: "hint"}, "Mỗi dòng là một ý; mỗi ý giữ đủ nguồn và đoạn trích của ý cũ."),
      field("Các ý sau khi tách", el("textarea", {id: "f-parts", rows: "6", "data-lines": "1"}, parts))],
    () => op("split", {at, texts: value("f-parts").split("\n")}, at, true));
  }

  function addDialog() {
    const at = S.sel;
    const picker = themePicker("add", at ? at.section : "achievement", at ? at.theme : null);
    dialog("Thêm một ý gõ tay", [...picker.nodes,
      field("Nội dung ý", el("textarea", {id: "f-new", rows: "4"})),
      field("Số nguồn (nếu có), ví dụ: 1, 3", el("input", {id: "f-sources", type: "text", inputmode: "numeric"})),
      el("p", {class: "hint"}, "Ý thêm tay được đánh dấu là không trích từ bài viết.")], () => {
      const raw = value("f-sources").split(/[^0-9]+/).filter(Boolean).map(Number);
      return op("add", {...picker.read(), text: value("f-new"), sources: raw}, undefined, true);
    });
  }

  function metaDialog() {
    const m = S.model, lh = m.letterhead || {};
    const input = (id, v) => el("input", {id, type: "text", value: v || ""});
    const keys = [["title", "Tên loại văn bản", m.title], ["subject", "Trích yếu", m.subject],
      ["period", "Kỳ báo cáo", m.period], ["next_period", "Kỳ tới", m.next_period]];
    const lkeys = [["parent", "Cơ quan cấp trên"], ["issuer", "Cơ quan ban hành"], ["number", "Số văn bản"],
      ["place_date", "Địa danh, ngày tháng"], ["signer_prefix", "Quyền hạn ký (T/M, K/T…)"],
      ["signer_title", "Chức vụ người ký"], ["signer_name", "Họ tên người ký"]];
    dialog("Thông tin văn bản", [
      ...keys.map(([k, label, v]) => field(label, input("m-" + k, v))),
      field("Đoạn mở đầu", el("textarea", {id: "m-intro", rows: "3", "data-lines": "1"}, m.intro || "")),
      ...lkeys.map(([k, label]) => field(label, input("l-" + k, lh[k]))),
      field("Nơi nhận (mỗi dòng một nơi)", el("textarea", {id: "l-recipients", rows: "4", "data-lines": "1"}, (lh.recipients || []).join("\n")))],
    () => {
      const fields = {letterhead: {recipients: value("l-recipients")}};
      keys.forEach(([k]) => { fields[k] = value("m-" + k); });
      fields.intro = value("m-intro");
      lkeys.forEach(([k]) => { fields.letterhead[k] = value("l-" + k); });
      return op("edit", {fields}, undefined, true);
    });
  }

  // -- keyboard and buttons -------------------------------------------------
  document.addEventListener("keydown", (e) => {
    if ($("dlg").open) return;
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && e.key.toLowerCase() === "s") { e.preventDefault(); if (dirty()) save(); return; }
    if (ctrl && e.key.toLowerCase() === "z" && !typing) { e.preventDefault(); undo(); return; }
    if (typing || ctrl || !S.sel) return;
    const it = itemAt(S.sel), at = S.sel;
    if (!it) return;
    const hidden = at.list === "hidden_items";
    const keys = {
      s: () => rewordDialog(at, it),
      a: () => op(hidden ? "restore" : "hide", {at}),
      h: () => !hidden && at.section !== "limitation" && op("to_limitation", {at}),
      c: () => !hidden && moveDialog(at),
    };
    if (e.altKey && (e.key === "ArrowUp" || e.key === "ArrowDown") && !hidden) {
      e.preventDefault();
      const step = e.key === "ArrowUp" ? -1 : 1;
      op("reorder", {at, step}, {...at, index: at.index + step});
    } else if (!e.altKey && keys[e.key.toLowerCase()]) {
      e.preventDefault(); keys[e.key.toLowerCase()]();
    }
  });
  window.addEventListener("beforeunload", (e) => { if (S.model && dirty()) { e.preventDefault(); e.returnValue = ""; } });
  $("btn-undo").addEventListener("click", undo);
  $("btn-save").addEventListener("click", save);
  $("btn-render").addEventListener("click", render);
  $("btn-add").addEventListener("click", addDialog);
  $("btn-meta").addEventListener("click", metaDialog);

  api("/api/draft").then((d) => {
    if (!d.model) {
      showAlert("Bản nháp trên đĩa có lỗi, chưa rà soát được. Hãy sửa các dòng sau rồi tải lại trang:", d.problems);
      status("Bản nháp có lỗi");
      return;
    }
    S.model = S.saved = d.model; S.version = d.version;
    draw();
    showSources(null);
  }).catch((e) => { fail(e); status("Chưa tải được bản nháp"); });
})();
