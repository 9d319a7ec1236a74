"""Add pages: upload .txt pages (several at once) or a .zip of them; they are parsed with a progress
bar, added to the on-disk store (de-duplicated by content) and listed with any file that failed."""

import pandas as pd
import streamlit as st

from jdash.errors import JdashError
from jdash.pipeline import is_internal_error
from ui import cache, widgets as w

w.current_filters()  # routes this run through app.py (see ui.widgets._ensure_router)
s = cache.settings()
st.title("Add pages")
st.markdown(
    f"Pages are parsed and added to the store at {w.md(s.store)}; they survive a restart. A page whose "
    "text is already stored is skipped, and a bad file never harms what is stored."
)

st.caption("To give pages their issue dates, add a `pages.csv` (columns `file,date,page,paper`, e.g. "
           "`a.txt,2019-06-14,3,济宁日报`, or a year alone, `b.txt,2019`, when the day is not known; `file` as the "
           "page is named beside it) inside the zip, next to the "
           "pages, or upload it together with the `.txt` files. Its dates win over dates in file names and "
           "inferred ones, and are kept for every later build.")
files = st.file_uploader("Page files (.txt), a .zip of them, and an optional pages.csv", type=["txt", "zip", "csv"],
                         accept_multiple_files=True,
                         key=f"up_files_{st.session_state.get('_up_round', 0)}",
                         max_upload_size=max(1, s.max_upload_bytes // 2**20))


if files and st.button("Add to the store", type="primary", icon=":material/upload:"):
    from jdash import store

    bar = st.progress(0.0, text=f"Reading {w.count(len(files), 'upload')} …")

    def progress(done: int, total: int) -> None:
        bar.progress(min(done / max(total, 1), 1.0), text=f"Parsed {done} of {w.count(total, 'page')} …")

    try:
        report = store.ingest_uploads(((up.name, up.getvalue()) for up in files), s.store,
                                      workers=s.workers, progress=progress)
    except JdashError as err:
        bar.empty()
        st.error(f"Nothing was added: {w.md(err)}", icon=":material/error:")
    else:
        bar.progress(1.0, text="Done.")
        cache.clear()
        st.session_state["_up_report"] = report
        st.session_state["_up_round"] = st.session_state.get("_up_round", 0) + 1  # empties the uploader
        st.rerun()

report = st.session_state.get("_up_report")
if report is not None:
    st.subheader("Last upload")
    k = st.columns(4)
    k[0].metric("New pages", len(report.added))
    k[1].metric("Already stored", len(report.duplicates))
    k[2].metric("Pages parsed", report.parsed)
    k[3].metric("Problems", len(report.warnings))
    if report.added:
        more = len(report.added) - 50  # "…" said neither how many nor which: they are in the dates' list below
        st.markdown("**Added:** " + "、".join(w.md(a) for a in report.added[:50])
                    + (f" … and {more} more (all in “Dates of the uploaded pages” below)" if more > 0 else ""))
        from jdash.store import given_its_hash

        renamed = [a for a in report.added if given_its_hash(a)]
        if renamed:
            st.caption(f"{'、'.join(w.md(a) for a in renamed[:10])}: a page of {'that name' if len(renamed) == 1 else 'those names'} "
                       "with other text was stored already, so the name carries the start of the text's hash.")
    if report.duplicates:
        dup = pd.DataFrame(report.duplicates, columns=["file", "same content as"])
        st.markdown("**Skipped: the same text is already stored**")
        st.dataframe(dup, hide_index=True, width="stretch")
    near = getattr(report, "near_duplicates", [])
    if near:
        one = len(near) == 1
        st.warning(f"{w.count(len(near), 'new page')} nearly {'repeats' if one else 'repeat'} a stored page (the same "
                   "text with small differences, such as a page uploaded again after an OCR fix): until the older "
                   f"copy is replaced, {'its' if one else 'their'} articles are counted twice.",
                   icon=":material/content_copy:")
        st.dataframe(pd.DataFrame([{"new page": d.source, "nearly repeats": d.older, "similarity": d.similarity}
                                   for d in near]), hide_index=True, width="stretch")
    bugs = [x for x in report.warnings if is_internal_error(x)]
    if bugs:
        st.error(f"{w.count(len(bugs), 'page')} hit a bug in jdash, not a problem with the files: the server log has "
                 "the traceback.", icon=":material/bug_report:")
    # A page stored with a warning about its layout ("one paragraph: … check them") was added: it was listed
    # among the files that "could not be used", beside its own name in the Added list.
    added = set(report.added)
    checked = [x for x in report.warnings if x.source in added]
    unused = [x for x in report.warnings if x.source not in added]
    for said, problems in ((f"{w.count(len(unused), 'file')}, or parts of files, could not be used:", unused),
                           (f"{w.count(len(checked), 'page')} {w.verb(len(checked), 'was', 'were')} added with a warning: "
                            "check them.", checked)):
        if not problems:
            continue
        st.warning(said, icon=":material/warning:")
        for x in problems[:50]:
            st.markdown(f"- **{w.md(x.source)}**: {w.md(x.reason)}")
        if len(problems) > 50:
            st.dataframe(pd.DataFrame([{"file": x.source, "reason": x.reason} for x in problems]), hide_index=True,
                         width="stretch")
    if not report.warnings:
        st.success("Every file was added or was already stored.", icon=":material/check_circle:")
    st.page_link(w.PAGES["overview"], label="See the corpus", icon=":material/dashboard:")

uploaded = cache.uploaded_pages()
if not uploaded.empty:
    from jdash.dates import how_dated
    from ui import correct

    st.subheader("Dates of the uploaded pages")
    notice = st.session_state.pop("cx_notice", None)
    if notice:
        st.success(notice, icon=":material/edit:")
    st.markdown("Each uploaded page and its issue date. Set a page's date here when you know it: it is kept "
                "with the store, wins over every other date after every rebuild, and is shown as set by the user.")
    st.dataframe(pd.DataFrame({
        "page": uploaded["source"],
        "issue date": [w.fmt_date(d, y) for d, y in zip(uploaded["issue_date"], uploaded["issue_year"])],
        "how dated": [how_dated(src, conf) for src, conf in zip(uploaded["date_source"], uploaded["date_confidence"])],
    }), hide_index=True, width="stretch")
    chosen = st.selectbox("Page to date", uploaded["source"].tolist(), key="up_date_page")
    page = uploaded.loc[uploaded["source"] == chosen].iloc[0]
    correct.page_date_control({"source": page["source"], "content_hash": page["content_hash"]}, page["issue_date"],
                              page["issue_year"], w.fmt_date(page["issue_date"], page["issue_year"]),
                              key=f"up_date_{page['content_hash'][:12]}")

near = cache.near_duplicates()
if not near.empty:
    st.subheader("Pages stored twice, nearly")
    one = len(near) == 1
    st.markdown(f"{w.count(len(near), 'stored page')} nearly {'repeats' if one else 'repeat'} an older page (the same "
                "text with small differences, such as a page uploaded again after an OCR fix); "
                f"{'its' if one else 'their'} articles are counted twice. Replace the older copy "
                "to count the page once (its file is left as it is; the page is left out of every later build).")
    for i, d in enumerate(near.itertuples(index=False)):
        a, b = st.columns([4, 1])
        a.markdown(f"**{w.md(d.source)}** nearly repeats **{w.md(d.older)}** (similarity {d.similarity:.0%}, "
                   f"{w.count(int(d.articles), 'article')})")
        if b.button("Replace the older", key=f"up_replace_{i}", icon=":material/swap_horiz:",
                    help=f"Keep {d.source}, leave {d.older} out of the store"):
            from jdash import store

            with st.spinner(f"Leaving {w.md(d.older)} out and rebuilding …"):
                try:
                    store.replace_older(s.store, d.older, [s.corpus], workers=s.workers)
                except JdashError as err:
                    st.error(f"Nothing was replaced: {w.md(err)}", icon=":material/error:")
                    st.stop()
            cache.clear()
            st.session_state["_up_replaced"] = (d.older, d.source)
            st.rerun()
done = st.session_state.pop("_up_replaced", None)
if done:
    st.success(f"{w.md(done[0])} was replaced by {w.md(done[1])}: its articles are counted once.", icon=":material/check_circle:")

n_pages, n_articles = cache.store_counts()
st.caption(f"The store holds {w.count(n_pages, 'page')} and {w.count(n_articles, 'article')}.")
