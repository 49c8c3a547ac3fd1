"""Answer grounding of `deskhand ask --about FOLDER` on public documents found on this machine.

    .venv/bin/python -m bench.ask [--folder /usr/share/common-licenses] [--out bench/results/ask-X.json]

The questions below were written, with the passage that answers each and the fact the answer
must hold, before the benchmark was first run; they are about the licence texts Debian installs
in /usr/share/common-licenses (GPL, LGPL, GFDL, Apache, MPL, BSD, CC0, Artistic). For each question the
ask service (the document index, the built-in model as the answerer, nothing in the cloud) is
run as the command runs it, and three things are counted:

- retrieval hit@3: a passage that holds the answering phrase, from one of the right files, is
  among the three passages the model is given (retrieval alone: no model involved);
- cited hit: such a passage is among the sources the answer is credited with (its [n], or the
  passages holding its words when it writes none);
- fact: the answer holds the expected fact (any of the accepted spellings, case ignored).

`--retrieval-only` counts the first figure alone, without the model (seconds, not minutes).
A figure can fail: a question whose passage BM25 misses scores 0 in all three. Prints JSON with
the per-question rows, the three rates, the median answer time and the load average before and
after (the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.config import Settings
from app.services.ask import TOP_PASSAGES, AskResult, answer_pool, ask, document_sources
from app.store.documents import DocumentIndex


@dataclass(frozen=True)
class Question:
    text: str
    #: Files any of which holds the answer (Debian ships some licences under two names).
    files: tuple[str, ...]
    #: A phrase of the passage that answers it (whitespace ignored).
    phrase: str
    #: Accepted spellings of the fact the answer must hold.
    facts: tuple[str, ...]


QUESTIONS = (
    Question(
        "When was version 2 of the GNU General Public License published?",
        ("GPL-2",),
        "Version 2, June 1991",
        ("1991",),
    ),
    Question(
        "When was version 2.1 of the GNU Lesser General Public License published?",
        ("LGPL-2.1",),
        "Version 2.1, February 1999",
        ("1999",),
    ),
    Question(
        "When was the Apache License Version 2.0 published?", ("Apache-2.0",), "January 2004", ("2004",)
    ),
    Question(
        "What is the date of version 1.3 of the GNU Free Documentation License?",
        ("GFDL-1.3", "GFDL"),
        "3 November 2008",
        ("2008",),
    ),
    Question(
        "Under the GPL version 3, how many days after the notice does a licensee have to cure a violation?",
        ("GPL-3", "GPL"),
        "prior to 30 days after your receipt of the notice",
        ("30", "thirty"),
    ),
    Question(
        "Who holds the copyright of the BSD license?",
        ("BSD",),
        "The Regents of the University of California",
        ("University of California", "Regents"),
    ),
    Question(
        "What street is the Free Software Foundation on, according to the GPL version 2?",
        ("GPL-2",),
        "51 Franklin Street",
        ("Franklin",),
    ),
    Question(
        "What is Creative Commons Corporation not, according to the CC0 legal code?",
        ("CC0-1.0",),
        "IS NOT A LAW FIRM",
        ("law firm",),
    ),
    Question(
        "Which law governs the Mozilla Public License version 1.1?",
        ("MPL-1.1",),
        "California law",
        ("California",),
    ),
    Question(
        "Which organisation publishes the GNU General Public License version 3?",
        ("GPL-3", "GPL", "LGPL-3", "LGPL"),
        "Free Software Foundation",
        ("Free Software Foundation", "FSF"),
    ),
    Question(
        "What kind of patent license does each Contributor grant under the Apache License?",
        ("Apache-2.0",),
        "Grant of Patent License",
        ("perpetual", "royalty-free", "worldwide", "irrevocable"),
    ),
    Question(
        "The GNU Lesser General Public License version 3 incorporates the terms of which license?",
        ("LGPL-3", "LGPL"),
        "incorporates the terms and conditions of version 3 of the GNU General Public License",
        ("version 3", "GPL", "GNU General Public License"),
    ),
    Question(
        "What is the purpose of the GNU Free Documentation License?",
        ("GFDL-1.3", "GFDL", "GFDL-1.2"),
        "The purpose of this License is to make a manual",
        ("manual", "textbook", "free in the sense of freedom"),
    ),
    Question(
        "Who is permitted to copy and distribute verbatim copies of the GPL version 2 document?",
        ("GPL-2",),
        "Everyone is permitted to copy and distribute verbatim copies",
        ("everyone",),
    ),
    Question(
        "What does the Mozilla Public License 2.0 call the software made available under it?",
        ("MPL-2.0",),
        '"Covered Software" means',
        ("Covered Software",),
    ),
    Question(
        "What is a covered work in the GPL version 3?",
        ("GPL-3", "GPL"),
        'A "covered work" means either the unmodified Program',
        ("unmodified Program", "work based on the Program"),
    ),
    Question(
        'What does "Package" refer to in the Artistic License?',
        ("Artistic",),
        '"Package" refers to the collection of files',
        ("collection of files", "files distributed"),
    ),
)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _hit(result: AskResult, numbers: set[int], question: Question) -> bool:
    return any(
        s.number in numbers
        and s.path is not None
        and s.path.name in question.files
        and _squeezed(question.phrase) in _squeezed(s.text)
        for s in result.sources
    )


def run(folder: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="deskhand-bench-ask-") as home:
        settings = Settings(data_dir=Path(home))
        pool = answer_pool(settings)
        rows: list[dict[str, Any]] = []
        try:
            for question in QUESTIONS:
                started = time.perf_counter()
                events = list(ask(settings, question.text, about=folder, pool=pool))
                result = events[-1]
                assert isinstance(result, AskResult)
                answer = result.answer.lower()
                rows.append(
                    {
                        "question": question.text,
                        "answer": result.answer,
                        "sources": [s.where for s in result.sources],
                        "cited": list(result.cited),
                        "cited_by": result.cited_by,
                        "retrieval_hit_at_3": _hit(result, {s.number for s in result.sources}, question),
                        "cited_hit": _hit(result, set(result.cited), question),
                        "fact": any(f.lower() in answer for f in question.facts),
                        "error": result.error,
                        "wall_s": round(time.perf_counter() - started, 2),
                    }
                )
                print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
        finally:
            pool.close()
    count = len(rows)
    return {
        "folder": str(folder),
        "questions": count,
        "model": "built-in (answerer role unbound)",
        "retrieval_hit_at_3": round(sum(r["retrieval_hit_at_3"] for r in rows) / count, 3),
        "cited_hit": round(sum(r["cited_hit"] for r in rows) / count, 3),
        "fact": round(sum(r["fact"] for r in rows) / count, 3),
        "cited_by_model": sum(r["cited_by"] == "model" for r in rows),
        "median_wall_s": statistics.median(r["wall_s"] for r in rows),
        "rows": rows,
    }


def retrieval_only(folder: Path) -> dict[str, Any]:
    """Retrieval hit@3 alone, with no model: the passages the model would be given."""
    with tempfile.TemporaryDirectory(prefix="deskhand-bench-ask-") as home:
        rows: list[dict[str, Any]] = []
        with DocumentIndex(Path(home) / "documents.db") as index:
            index.update(folder)
            for question in QUESTIONS:
                given = document_sources(index.search(question.text, under=folder, limit=TOP_PASSAGES))
                result = AskResult(question.text, "", given, (), "none", "", "local", 0.0)
                hit = _hit(result, {s.number for s in given}, question)
                rows.append({"question": question.text, "sources": [s.where for s in given], "hit": hit})
    return {
        "folder": str(folder),
        "questions": len(rows),
        "model": None,
        "retrieval_hit_at_3": round(sum(r["hit"] for r in rows) / len(rows), 3),
        "rows": rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--folder", type=Path, default=Path("/usr/share/common-licenses"))
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    parser.add_argument("--retrieval-only", action="store_true", help="retrieval hit@3 alone, no model")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"{args.folder} is not a folder: name one with --folder", file=sys.stderr)
        return 2
    load_before = [round(x, 2) for x in os.getloadavg()]
    measure = retrieval_only if args.retrieval_only else run
    figures = {"load_average_before": load_before, **measure(args.folder)}
    figures["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    text = json.dumps(figures, indent=2)
    print(text)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
