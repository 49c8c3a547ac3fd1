"""The scrubber on the corpus written before it was tuned (tests/privacy/heldout_corpus.json).

Floors sit a little under what the test split (and the fresh split, written later) measured
when issue 16 closed, so a change that loses a kind fails here; `python -m bench.privacy`
prints the figures themselves.
"""

from __future__ import annotations

from bench.privacy import load, measure

FLOORS = {
    "ADDRESS": 0.95,
    "CARD": 0.95,
    "DOB": 0.95,
    # the split labels a team's mailbox ("billing@example.org") a person's; the corpora written
    # since leave role mailboxes unlabelled (35 of 36), and the scrubber keeps them
    "EMAIL": 0.9,
    "IBAN": 0.95,
    "IP": 0.95,
    "NAME": 0.90,
    "NATIONAL_ID": 0.95,
    "PHONE": 0.85,
    "SECRET": 0.88,
}


def test_every_kind_keeps_its_recall_on_the_test_split() -> None:
    figures = measure([row for row in load() if row["split"] == "test"])
    assert figures.recall_overall >= 0.93, figures.missed
    below = {kind: r for kind, r in figures.recall.items() if r < FLOORS[kind]}
    assert not below, (below, figures.missed)


def test_clean_lines_are_rarely_touched_on_the_test_split() -> None:
    figures = measure([row for row in load() if row["split"] == "test"])
    assert figures.clean_damaged <= 4, figures.damaged


def test_the_fresh_split_keeps_what_it_measured_when_written() -> None:
    # tests/privacy/fresh_corpus.json was written after the rules and never tuned on; these
    # floors sit under its figures (recall 0.897, 1 of 42 clean lines changed) to catch a loss.
    figures = measure([row for row in load() if row["split"] == "fresh"])
    assert figures.recall_overall >= 0.87, figures.missed
    assert figures.clean_damaged <= 2, figures.damaged


def test_the_second_holdout_keeps_what_its_fixes_reached() -> None:
    # tests/privacy/holdout2_corpus.json measured recall 0.854 and 10 of 44 clean lines changed
    # when written; the second names round tuned on its misses (recall 0.969, 1 of 44 changed),
    # the fourth pass reached 1.0 and 0 of 44 (holiday words, an e-mail vouching for a name).
    figures = measure([row for row in load() if row["split"] == "holdout2"])
    assert figures.recall_overall >= 0.98, figures.missed
    assert figures.clean_damaged <= 2, figures.damaged


def test_the_third_holdout_keeps_what_its_fixes_reached() -> None:
    # tests/privacy/holdout3_corpus.json measured recall 0.818 and 17 of 45 clean lines changed
    # when written, 0.924 and 14 after the second names round; the fourth pass tuned on it
    # (recall 1.0, 1 of 45 changed: a product named after a first name in a price table).
    figures = measure([row for row in load() if row["split"] == "holdout3"])
    assert figures.recall_overall >= 0.98, figures.missed
    assert figures.clean_damaged <= 2, figures.damaged


def test_the_fourth_and_fifth_holdouts_keep_what_their_passes_reached() -> None:
    # holdout4 measured recall 0.758 and 12 of 77 clean lines changed when written; the fifth
    # pass tuned on it (0.997, 1 of 77). holdout5 measured 0.799 and 8 of 89 when written; the
    # sixth pass built label, greeting, street and ID coverage from tables in 44 languages and
    # fixed its damage by cause (0.976, 1 of 89).
    holdout4 = measure([row for row in load() if row["split"] == "holdout4"])
    assert holdout4.recall_overall >= 0.98, holdout4.missed
    assert holdout4.clean_damaged <= 2, holdout4.damaged
    holdout5 = measure([row for row in load() if row["split"] == "holdout5"])
    assert holdout5.recall_overall >= 0.96, holdout5.missed
    assert holdout5.clean_damaged <= 2, holdout5.damaged


def test_the_later_tuning_splits_keep_what_their_passes_reached() -> None:
    # Each was written by an engineer who never saw the rules and measured before anyone tuned
    # on it (holdout9..holdout14 first ran at 0.949, 0.94, 0.876, 0.846, 0.874, 0.838 recall);
    # the tenth to twelfth passes tuned on them by cause. A floor a little under where the
    # passes left each split fails a change that loses what they built.
    rows = load()
    floors = {
        "holdout6": (0.99, 1),
        "holdout7": (0.99, 1),
        "holdout8": (0.99, 1),
        "holdout9": (0.99, 1),
        "holdout10": (0.98, 1),
        "holdout11": (0.98, 1),
        "holdout12": (0.97, 3),
        "holdout13": (0.95, 2),
        "holdout14": (0.92, 1),
        # first run 0.721 recall, 20 clean lines changed; two passes of one session read it
        "holdout19": (0.79, 10),
        # first run 0.827 recall, 11 clean lines changed; the last pass of that session read it
        "holdout21": (0.83, 11),
        # measured only (figures, never a line) for three sessions, then read by the ninth:
        # 0.868, 0.89, 0.87, 0.886 recall and 19, 12, 21, 16 clean lines changed before it
        "holdout20": (0.91, 12),
        "holdout22": (0.94, 10),
        "holdout23": (0.92, 11),
        "holdout24": (0.92, 11),
        # measured only at the start and end of the ninth session (0.796 -> 0.822 recall, 57 ->
        # 47 clean lines changed, both pooled), then read by the tenth: 0.815 and 0.832 recall,
        # 16 and 31 clean lines changed before it, 0.903 and 0.913, 5 and 6 after
        "holdout27": (0.89, 7),
        "holdout28": (0.90, 8),
        # measured only at the start and end of the tenth session (0.848 -> 0.874 recall, 73 ->
        # 46 clean lines changed, both pooled), then read by the eleventh: 0.889 and 0.861
        # recall, 28 and 18 clean lines changed before it, 0.937 and 0.941, 11 and 5 after
        "holdout29": (0.92, 13),
        "holdout30": (0.92, 7),
        # measured only at the start and end of the eleventh session (0.803 -> 0.821 recall, 38
        # -> 31 clean lines changed, both pooled), then read by the twelfth: 0.810 and 0.834
        # recall, 11 and 20 clean lines changed before it
        "holdout31": (0.92, 8),
        "holdout32": (0.91, 11),
        # measured only at the start and end of the twelfth session (0.837 -> 0.868 recall, 37
        # -> 37 clean lines changed, both pooled), then read by the thirteenth: 0.874 and 0.862
        # recall, 16 and 21 clean lines changed before it, 0.956 and 0.954, 8 and 15 after
        "holdout33": (0.94, 9),
        "holdout34": (0.94, 16),
        # measured only at the start and end of the thirteenth session (0.869 -> 0.893 recall,
        # 33 -> 32 clean lines changed, both pooled), then read by the fourteenth: 0.898 and
        # 0.889 recall, 13 and 19 clean lines changed before it, 0.925 and 0.933, 4 and 8 after
        "holdout35": (0.91, 6),
        "holdout36": (0.92, 10),
        # written and measured in the fourteenth session before it was read (0.867 recall and
        # 43 of 84 clean lines changed at the session's start, 0.872 and 44 mid-session), then
        # tuned on: 0.935 and 24 after
        "holdout39": (0.92, 26),
        # written mid-way through the fourteenth session and measured blind (0.874 -> 0.884
        # recall, 23 -> 21 of 84 clean lines changed), then read by the fifteenth: 0.935, 14
        "holdout40": (0.92, 16),
        # written in the fifteenth session and measured blind at its start commit (0.879 recall,
        # 42 of 85 clean lines changed) and mid-way (0.881, 41), then read: 0.900 and 26 after
        "holdout43": (0.89, 28),
        # written in the fifteenth session and measured blind through it (holdout41 0.900 -> 0.908
        # recall, holdout42 0.826 -> 0.842; 15 and 22 clean lines changed at its end), then read
        # by the sixteenth: 0.941 and 0.899, 14 and 16 clean lines changed after
        "holdout41": (0.93, 16),
        "holdout42": (0.88, 18),
        # written in the sixteenth session and measured blind through it (holdout44 0.938 ->
        # 0.938 recall, holdout45 0.863 -> 0.872; 34 and 23 clean lines changed at its end),
        # then read by the seventeenth: 0.962 and 0.939, 27 and 20 clean lines changed after
        "holdout44": (0.95, 29),
        "holdout45": (0.92, 22),
        # written in the seventeenth session and measured blind through it (holdout46 0.935 ->
        # 0.936 recall, holdout47 0.933 -> 0.943; 31 and 31 clean lines changed at its end),
        # then read by the eighteenth: 0.963 and 0.960, 11 and 22 clean lines changed after
        "holdout46": (0.95, 13),
        "holdout47": (0.95, 24),
        # written in the eighteenth session and measured blind through it (holdout48 0.939 ->
        # 0.940 recall, holdout49 0.922 -> 0.923; 25 and 15 clean lines changed at its end),
        # then read by the nineteenth: 0.979 and 0.958, 16 and 9 clean lines changed after
        "holdout48": (0.97, 18),
        "holdout49": (0.95, 11),
        # written in the nineteenth session and measured blind through it (holdout50 0.934 ->
        # 0.939 recall, holdout51 0.935 -> 0.937; 18 and 26 clean lines changed at its end),
        # then read by the twentieth: 0.966 and 0.962, 5 and 10 clean lines changed after
        "holdout50": (0.96, 7),
        "holdout51": (0.95, 12),
        # written in the twentieth session and measured blind through it (holdout52 0.930 ->
        # 0.932 recall, holdout53 0.896 -> 0.897; 21 and 16 clean lines changed at its end),
        # then read by the twenty-first: 0.957 and 0.939, 11 and 12 clean lines changed after
        "holdout52": (0.95, 13),
        "holdout53": (0.93, 14),
        # written in the twenty-first session and measured blind through it (holdout54 0.935 ->
        # 0.935 recall, holdout55 0.935 -> 0.945; 32 and 32 clean lines changed at its end),
        # then read by the twenty-second: 0.940 and 0.955, 30 and 26 clean lines changed after
        "holdout54": (0.93, 32),
        "holdout55": (0.95, 28),
        # written in the twenty-second session and measured blind through it (holdout56 0.928 ->
        # 0.928 recall, holdout57 0.942 -> 0.942; 18 and 6 clean lines changed at its end),
        # then read by the twenty-third: 0.950 and 0.965, 14 and 4 clean lines changed after
        "holdout56": (0.94, 16),
        "holdout57": (0.96, 6),
        # written in the twenty-third session and measured blind through it (holdout58 0.918 ->
        # 0.921 recall, holdout59 0.903 -> 0.906; 37 and 32 clean lines changed at its end),
        # then read by the twenty-fourth: 0.939 and 0.952, 24 and 22 clean lines changed after
        "holdout58": (0.93, 26),
        "holdout59": (0.94, 24),
        # written in the twenty-fourth session and measured blind through it (holdout60 0.938 ->
        # 0.939 recall, holdout61 0.943 -> 0.947; 29 and 30 clean lines changed at its end),
        # then read by the twenty-fifth: 0.954 and 0.955, 15 and 18 clean lines changed after
        "holdout60": (0.95, 17),
        "holdout61": (0.95, 20),
        # written in the twenty-fifth session and measured blind through it (holdout62 0.940 ->
        # 0.946 recall, holdout63 0.935 -> 0.942; 41 and 30 clean lines changed at its end),
        # then read by the twenty-sixth: 0.953 and 0.946, 28 and 20 clean lines changed after
        "holdout62": (0.95, 30),
        "holdout63": (0.94, 22),
        # written in the twenty-sixth session and measured blind through it (holdout64 0.951 ->
        # 0.952 recall, holdout65 0.933 -> 0.934; 30 and 24 clean lines changed at its end),
        # then read by the twenty-seventh: 0.955 and 0.936, 15 and 13 clean lines changed after
        "holdout64": (0.95, 17),
        "holdout65": (0.93, 15),
        # written in the twenty-seventh session and measured blind through it (holdout66 0.945 ->
        # 0.946 recall, holdout67 0.936 -> 0.937; 29 and 28 clean lines changed at its end),
        # then read by the twenty-eighth: 0.961 and 0.955, 26 and 28 clean lines changed after
        "holdout66": (0.95, 28),
        "holdout67": (0.95, 30),
        # written in the twenty-eighth session and measured blind through it (holdout68 0.957 ->
        # 0.962 recall, holdout69 0.920 -> 0.921; 34 and 34 clean lines changed at its end),
        # then read by the twenty-ninth: 0.973 and 0.944, 34 and 33 clean lines changed after
        "holdout68": (0.97, 36),
        "holdout69": (0.94, 35),
        # written in the twenty-ninth session and measured blind through it (holdout70 0.933 ->
        # 0.935 recall, holdout71 0.931 -> 0.933; 24 and 35 clean lines changed at its end),
        # then read by the thirtieth: 0.941 and 0.951, 22 and 32 clean lines changed after
        "holdout70": (0.94, 24),
        "holdout71": (0.95, 34),
        # written in the thirtieth session and measured blind through it (holdout72 0.955 ->
        # 0.959 recall, holdout73 0.934 -> 0.936; 26 and 11 clean lines changed at its end),
        # then read by the thirty-first: 0.972 and 0.947, 19 and 10 clean lines changed after
        "holdout72": (0.97, 19),
        "holdout73": (0.94, 10),
        # written in the thirty-first session and measured blind through it (holdout74 0.930 ->
        # 0.935 recall, holdout75 0.914 -> 0.916; 23 and 11 clean lines changed at its end),
        # then read by the thirty-second: 0.942 and 0.940, 23 and 11 clean lines changed after
        "holdout74": (0.94, 23),
        "holdout75": (0.94, 11),
        # written in the thirty-second session and measured blind through it (holdout76 0.872 ->
        # 0.873 recall, holdout77 0.949; 35 and 27 clean lines changed at its end), then read by
        # the thirty-fourth: 0.912 and 0.957, 31 and 25 clean lines changed after
        "holdout76": (0.91, 31),
        "holdout77": (0.95, 25),
        # written in the thirty-fourth session and measured blind through it (holdout78 0.952 ->
        # 0.953 recall, holdout79 0.943 -> 0.944; 26 and 27 clean lines changed at its end), then
        # read by the thirty-fifth: 0.957 and 0.955, 19 and 25 clean lines changed after
        "holdout78": (0.95, 19),
        "holdout79": (0.95, 25),
        # written in the thirty-fifth session and measured blind through it (holdout80 0.921 ->
        # 0.922 recall, holdout81 0.934; 32 and 20 clean lines changed at its end), then read by
        # the thirty-sixth: 0.953 and 0.961, 32 and 20 clean lines changed after
        "holdout80": (0.95, 32),
        "holdout81": (0.95, 20),
        # written in the thirty-sixth session and measured blind through it (holdout82 0.935 ->
        # 0.949 recall, holdout83 0.938 -> 0.942; 26 and 19 clean lines changed at its end), then
        # read by the thirty-seventh: 0.967 and 0.961, 23 and 18 clean lines changed after
        "holdout82": (0.95, 23),
        "holdout83": (0.95, 18),
        # written in the thirty-seventh session and measured blind through it (holdout84 0.955 ->
        # 0.959 recall, holdout85 0.933 -> 0.938; 24 and 24 clean lines changed at its end), then
        # read by the thirty-eighth: 0.986 and 0.964, 24 and 23 clean lines changed after
        "holdout84": (0.98, 24),
        "holdout85": (0.96, 23),
        # written in the thirty-eighth session and measured blind through it (holdout86 0.939 ->
        # 0.941 recall, holdout87 0.949 -> 0.958; 28 and 28 clean lines changed at its end), then
        # read by the thirty-ninth: 0.975 and 0.976, 19 and 25 clean lines changed after
        "holdout86": (0.97, 19),
        "holdout87": (0.97, 25),
        # written in the thirty-ninth session and measured blind through it (holdout88 0.957 ->
        # 0.959 recall, holdout89 0.956 -> 0.957; 34 and 31 clean lines changed at its end), then
        # read by the fortieth: 0.978 and 0.978, 25 and 28 clean lines changed after
        "holdout88": (0.97, 25),
        "holdout89": (0.97, 28),
        # written in the fortieth session and measured blind through it (holdout90 0.956 ->
        # 0.958 recall, holdout91 0.970 -> 0.970; 32 and 22 clean lines changed at its end), then
        # read by the forty-first: 0.974 and 0.983, 32 and 19 clean lines changed after
        "holdout90": (0.97, 32),
        "holdout91": (0.98, 19),
    }
    for split, (recall, damaged) in floors.items():
        figures = measure([row for row in rows if row["split"] == split])
        assert figures.recall_overall >= recall, (split, figures.missed)
        assert figures.clean_damaged <= damaged, (split, figures.damaged)
