"""The scrubber's figures on a corpus it was not written from (issue 16).

    python -m bench.privacy [--out FILE] [--details]

tests/privacy/heldout_corpus.json was written by hand before the scrubber was tuned for it;
its lines are split into a development part (looked at while building) and a test part
(looked at only to report). tests/privacy/fresh_corpus.json is a third split written later,
before the rules were run on it, because the test split had once been printed while building.
tests/privacy/holdout2_corpus.json (split "holdout2") was written the same way for the work on
names in structured data and from many cultures; it was only reported until the second names
round, which tuned on it (its misses named the causes fixed then). tests/privacy/holdout3_corpus.json
(split "holdout3") was written for that round before the scrubber was run on it, and was only
reported until the fourth names pass, which tuned on it (public-life lines, a table header, CJK
role labels, home folders...): it is a tuning split now, no longer a measure of generalisation.
tests/privacy/holdout4_corpus.json (split "holdout4", 298 lines, 77 clean) was written by another
engineer who had not seen the scrubber's rules, its kinds added by a third from the lines alone,
before the scrubber ever ran on it; its first run is bench/results/privacy-issue16-holdout4.json.
The fifth pass tuned on holdout4's misses and damage by cause (secret, birth-date, ID and address
labels in 15 languages, names before honorifics, logins...): it is a tuning split now, no longer
a measure of generalisation; bench/results/privacy-issue16-holdout4-tuned.json has its figures.
tests/privacy/holdout5_corpus.json (split "holdout5", 429 lines in 27 languages, 89 clean) was
written the same way by an engineer who never saw the rules, kinds labelled as written, before the
scrubber ran on it; its first run is bench/results/privacy-issue16-holdout5.json. The sixth pass
(H-priv6) tuned on it: not line by line but by building coverage from tables (field labels,
greetings and street words in 44 languages, every personal ID python-stdnum knows) and fixing
its damage by cause, so it is a tuning split now, no longer a measure of generalisation;
bench/results/privacy-issue16-holdout5-tuned.json has its figures.
tests/privacy/holdout6_corpus.json (split "holdout6", 278 lines, half in English, 79 clean) was
written the same way by an engineer who never saw the rules, before the scrubber ran on it; its
first run is bench/results/privacy-issue16-holdout6.json. The seventh pass (H-priv7) tuned on its
misses and damage by cause (logins in logs, role and relationship words, chat headers, Slavic
case endings, a person after their ID; history years, publication and fiction words), so it is a
tuning split now, no longer a measure of generalisation;
bench/results/privacy-issue16-holdout6-tuned.json has its figures.
tests/privacy/holdout7_corpus.json (split "holdout7", 362 lines, 57% English, 91 clean) was written
the same way by an engineer who never saw the rules, before the scrubber ran on it; its first run
is bench/results/privacy-issue16-holdout7.json (recall 0.928, 7 of 91 clean lines changed). The
eighth pass (H-priv8) tuned on its misses and damage by cause (headerless CSV rows, shipping-label
recipients, logins in sshd/IAM/password-reset lines, answering cues, signatures, CJK names, more
national IDs and token shapes; lists of person-named organisations and public figures), so it is
a tuning split now, no longer a measure of generalisation;
bench/results/privacy-issue16-holdout7-tuned.json has its figures.
The organisation and public-figure lists (app/privacy/organisations.py) are measured against a
reference run without them (`--no-public-lists`), on every split at commit time of the eighth pass:
recall is the same with and without on every split (dev..holdout6 1.0/1.0/1.0/1.0/1.0/0.997/0.985/
1.0, holdout7 1.0), and no personal value is lost to them; clean lines changed with / without:
holdout4 0/77 vs 1/77, holdout7 0/91 vs 7/91, every other split the same (holdout3 1, holdout5 1).
tests/privacy/holdout8_corpus.json (split "holdout8", 287 lines, 60% English, 67 clean) was written
the same way by an engineer who never saw the rules, before the scrubber ran on it; its first run
is bench/results/privacy-issue16-holdout8.json (recall 0.928, 7 of 67 clean lines changed). The
ninth pass (H-priv9) tuned on its misses and damage by cause (chat handles, logins in audit and
IAM lines, signatures after a line's last comma, self-introductions, CJK names by their cue,
post-office boxes, connection-string users, cut card numbers, TFN; shell expansions, kernel
time stamps, loopback and private networks, cities on routes), so it is a tuning split now, no
longer a measure of generalisation; bench/results/privacy-issue16-holdout8-tuned.json has its figures.
tests/privacy/holdout9_corpus.json (split "holdout9", 291 lines, 59% English, 74 clean) was written
the same way by an engineer who never saw the rules, before the scrubber ran on it; its first run
is bench/results/privacy-issue16-holdout9.json, reported only.
tests/privacy/holdout10_corpus.json (split "holdout10", 297 lines, 61% English, 72 clean) was
written the same way after the last tuning pass, before the scrubber ran on it: with holdout9, a
second never-tuned measure of the session's final scrubber (bench/results/privacy-issue16-holdout10.json).
tests/privacy/holdout11_corpus.json (split "holdout11", 293 lines, 60% English in 23 languages, 78 clean)
was written the same way the next session, before the scrubber ran on it; its first run (recall 0.876,
SECRET 0.636, NAME 0.809, 10 of 78 clean lines changed; figures only, no line read) showed the ninth
pass had not generalised to another writer's phrasing, so the tenth pass tunes on it with holdout9 and
holdout10. tests/privacy/holdout12_corpus.json (289 lines of screen text, 55% English, 77 clean) and
holdout13 (295 lines, 51% English, 82 clean), written by two more engineers, were measured apart,
figures only (`python -m bench.privacy_blind`), before and after the tenth pass: holdout12 0.846 ->
0.892, holdout13 0.874 -> 0.907 (bench/results/privacy-issue16-blind-pass10.json). The eleventh pass
tuned on holdout12 too. holdout14 (289 lines, 55% English, 78 clean), measured apart on the ninth,
tenth and eleventh passes' scrubbers, with holdout13: 0.838 -> 0.879 -> 0.888 and 0.874 -> 0.907 ->
0.916 (bench/results/privacy-issue16-blind-pass11.json): each pass gains less on text it never saw.
The twelfth pass tuned on both (bench/results/privacy-issue16-pass12-tuned.json). holdout15 (308
lines) and holdout16 (309 lines), measured apart on the ninth to twelfth passes' scrubbers:
0.855 -> 0.889 -> 0.892 -> 0.892 and 0.771 -> 0.815 -> 0.815 -> 0.818 (NAME 0.754 and 0.603 at the
end; bench/results/privacy-issue16-blind-pass12.json): tuning on one writer's misses no longer
carries over to the next. holdout17 (309 lines) and holdout18 (319 lines) were written with much
unlabelled prose about people. The final scrubber on holdout15..18 pooled (1,245 lines, 329 clean):
recall 0.853, NAME 0.656, SECRET 0.906, every other kind 0.948-1.0, 31 clean lines changed
(bench/results/privacy-issue16-blind-final.json; the ninth pass's scrubber: 0.855, 0.771, 0.812,
0.792 on the four). holdout19 (303 lines, 74 clean) and holdout20 (317 lines, 77 clean) were
written the next session with names in plain prose; their first run (recall 0.721 and 0.671, NAME
0.595 and 0.552, 20 and 19 clean lines changed; bench/results/privacy-issue16-holdout19-20-first.json)
was figures only. That session then read holdout19's misses (meeting minutes that list first names,
a name beside its owner's other data, a copy of a found name, a signature after a dash), so it is a
tuning split now. holdout21 (300 lines, 78 clean) and holdout22 (302 lines, 78 clean) were written
after that pass; their first runs, figures only, on the session's starting scrubber and after each
pass are in bench/results/privacy-issue16-blind-session5.json. holdout21's misses were then read for
one more pass (spoken one-time passwords, lists of inflected first names, council and clergy
titles), so it is a tuning split too. The sixth session read holdout19's and holdout21's misses
again (IDs after "ID" alone, door codes, lower-case names, titles of every language) and measured
the six never-read splits pooled after each change, figures only: recall 0.831 -> 0.851, NAME 0.685
-> 0.724, PHONE 0.972 -> 0.983, precision 0.930 -> 0.932, 60 of 484 clean lines changed before and after
(bench/results/privacy-issue16-blind-session6.json). The seventh session read holdout14's, holdout19's
and holdout21's misses once more (names in Cyrillic and Greek, Russian and Ukrainian cases and pet
forms, names in scripts without capitals) and measured apart, figures only, the six never-read splits
and two written that session before the scrubber ran on them, holdout23 (297 lines, 78 clean) and
holdout24 (310 lines, 76 clean): recall 0.844 -> 0.858 and NAME 0.734 -> 0.764 pooled over the eight,
holdout23 0.824 -> 0.841, holdout24 0.832 -> 0.853, clean lines changed 105 -> 107 of 638
(bench/results/privacy-issue16-blind-session7.json). The eighth session had two more written before
it changed anything, holdout25 (316 lines, 81 clean: civic and public life) and holdout26 (307
lines, 79 clean: small businesses), run only at its start and end: recall 0.874 -> 0.889, NAME
0.830 -> 0.861, clean lines changed 67 -> 50 of 160 (most were an organisation's own address,
phone or mailbox). All ten never-read splits pooled (3,094 lines): recall 0.862 -> 0.893, NAME
0.779 -> 0.835, SECRET 0.841 -> 0.875, clean lines changed 174 -> 143 of 798
(bench/results/privacy-issue16-blind-session8.json). The ninth session made holdout20, 22, 23
and 24 tuning splits (their figures before it read them: recall 0.868, 0.89, 0.87, 0.886; clean
lines changed 19, 12, 21, 16) and had two corpora written before it changed anything, holdout27
(322 lines, 83 clean: home and family life) and holdout28 (317 lines, 80 clean: travel and a
company's systems), run only at its start and end: recall 0.796 -> 0.822, NAME 0.718 -> 0.747,
SECRET 0.758 -> 0.813, clean lines changed 57 -> 47 of 163. The eight never-read splits pooled
(2,507 lines): recall 0.877 -> 0.893, NAME 0.801 -> 0.828, clean lines changed 132 -> 113 of 652
(bench/results/privacy-issue16-blind-session9.json). The tenth session made holdout27 and 28
tuning splits (their figures before it read them: recall 0.815 and 0.832, clean lines changed
16 and 31) and had two more written before it changed anything, holdout29 (320 lines, 79
clean: money, law and property) and holdout30 (325 lines, 82 clean: learning, research and
online communities), run at its start, once near its end and at its end: recall 0.848 ->
0.874, NAME 0.790 -> 0.813, SECRET 0.711 -> 0.811, clean lines changed 73 -> 46 of 161. The
eight never-read splits pooled (2,513 lines): recall 0.897 -> 0.909, NAME 0.838 -> 0.848,
SECRET 0.861 -> 0.907, clean lines changed 139 -> 107 of 650
(bench/results/privacy-issue16-blind-session10.json). The eleventh session made holdout29 and
30 tuning splits (their figures before it read them: recall 0.889 and 0.861, clean lines
changed 28 and 18) and had two more written before it changed anything, holdout31 (325 lines,
80 clean: health and care work) and holdout32 (318 lines, 78 clean: work and social life
online), run at its start, once near its end and at its end: recall 0.803 -> 0.821, NAME 0.752
-> 0.772, SECRET 0.658 -> 0.699, clean lines changed 38 -> 31 of 158. The eight never-read
splits pooled (2,511 lines): recall 0.888 -> 0.896, NAME 0.827 -> 0.838, SECRET 0.830 -> 0.849,
clean lines changed 99 -> 88 of 647 (bench/results/privacy-issue16-blind-session11.json). The
twelfth session made holdout31 and 32 tuning splits (their figures before it read them: recall
0.810 and 0.834, clean lines changed 11 and 20) and had two more written before it changed
anything, holdout33 (333 lines, 80 clean: IT and security work) and holdout34 (331 lines, 80
clean: industry, trades, logistics and field work), run at its start, once near its end and at
its end: recall 0.837 -> 0.868, NAME 0.776 -> 0.785, SECRET 0.717 -> 0.890, clean lines changed
37 -> 37 of 160. The eight never-read splits pooled (2,532 lines): recall 0.898 -> 0.911, NAME
0.837 -> 0.842, SECRET 0.857 -> 0.941, clean lines changed 94 -> 93 of 649
(bench/results/privacy-issue16-blind-session12.json).
The thirteenth session made holdout33 and 34 tuning splits (their figures before it read them:
recall 0.874 and 0.862, clean lines changed 16 and 21; 0.956 and 0.954, 8 and 15 after) and had
two more written before it changed anything, holdout35 (326 lines, 79 clean: community life)
and holdout36 (320 lines, 82 clean: public administration, law and media), run at its start,
twice during it and twice at its end: recall 0.869 -> 0.893, NAME 0.823 -> 0.866, SECRET 0.835
-> 0.845, clean lines changed 33 -> 32 of 161. The eight never-read splits pooled (2,514 lines):
recall 0.910 -> 0.921, NAME 0.854 -> 0.875, clean lines changed 89 -> 89 of 650
(bench/results/privacy-issue16-blind-session13.json).
The fourteenth session made holdout35 and 36 tuning splits (their figures before it read them:
recall 0.898 and 0.889, clean lines changed 13 and 19; 0.925 and 0.933, 4 and 8 after) and had
two more written before it changed anything, holdout37 (330 lines, 84 clean: homes, property and
trades) and holdout38 (337 lines, 84 clean: travel and hospitality), run at its start, once
during it and at its end: recall 0.902 -> 0.908, NAME 0.852 -> 0.852, SECRET 0.922 -> 0.969,
clean lines changed 43 -> 43 of 168. The eight never-read splits pooled (2,535 lines): recall
0.925 -> 0.927, NAME 0.871 -> 0.872, clean lines changed 100 -> 93 of 657. Midway it had two
more written: holdout39 (330 lines, 84 clean: retail back office), measured at the session's
start commit (recall 0.867, 43 clean lines changed) and then read and tuned on (0.935, 24: a
tuning split now), and holdout40 (332 lines, 84 clean: education), measured at the start commit
and the end only: 0.874 -> 0.884, 23 -> 21 clean lines changed
(bench/results/privacy-issue16-blind-session14.json).
The fifteenth session made holdout40 a tuning split (0.884 recall and 21 clean lines changed
before it read it; 0.935 and 14 after) and had two more written before it changed anything,
holdout41 (330 lines, 87 clean: utilities, telecoms and cars) and holdout42 (345 lines, 84 clean:
personal life online), run at its start, six times during it and at its end: recall 0.858 ->
0.871, NAME 0.818 -> 0.839, SECRET 0.766 -> 0.777, clean lines changed 40 -> 37 of 171. The eight
never-read splits pooled (2,535 lines): recall 0.927 -> 0.937, NAME 0.872 -> 0.893, clean lines
changed 93 -> 91 of 657. Midway it had holdout43 written (346 lines, 85 clean: freelancers and
sole traders), measured at the start commit (recall 0.879, 42 clean lines changed) and then read
and tuned on (0.900, 26: a tuning split now)
(bench/results/privacy-issue16-blind-session15.json).
The sixteenth session made holdout41 and 42 tuning splits (0.908 and 0.842 recall, 15 and 22
clean lines changed before it read them; 0.941 and 0.899, 14 and 16 after) and had two more
written before it changed anything, holdout44 (330 lines, 87 clean: sports, gaming and fitness)
and holdout45 (330 lines, 85 clean: farming, charities, NGOs and faith communities), run at its
start, seven times during it and at its end: recall 0.901 -> 0.906, NAME 0.876 -> 0.876,
NATIONAL_ID 0.808 -> 0.840, SECRET 0.848 -> 0.879, clean lines changed 60 -> 57 of 172. The eight
never-read splits pooled (2,535 lines): recall 0.937 -> 0.938, NAME 0.893 -> 0.895, clean lines
changed 91 -> 91 of 657 (bench/results/privacy-issue16-blind-session16.json).
The seventeenth session made holdout44 and 45 tuning splits (0.938 and 0.872 recall, 34 and 23
clean lines changed before it read them; 0.962 and 0.939, 27 and 20 after) and had two more
written, holdout46 (335 lines, 84 clean: insurance, law, lettings and probate) and holdout47 (327
lines, 88 clean: transport, science labs, veterans and elderly care), run at its start commit,
five times during it and at its end: recall 0.934 -> 0.940, NAME 0.907 -> 0.917, NATIONAL_ID
0.922 -> 0.930, clean lines changed 62 -> 62 of 172. The eight never-read splits pooled (2,535
lines): recall 0.938 -> 0.941, NAME 0.895 -> 0.902, clean lines changed 91 -> 89 of 657; one
line of holdout38 was seen by mistake (bench/results/privacy-issue16-blind-session17.json).
The eighteenth session made holdout46 and 47 tuning splits (0.936 and 0.943 recall, 31 and 31
clean lines changed before it read them; 0.963 and 0.960, 11 and 22 after) and had two more
written, holdout48 (331 lines, 86 clean: retail, hospitality, utilities and telecom) and
holdout49 (330 lines, 84 clean: government offices, newsrooms, wellness and trades), run at its
start commit, eight times during it and at its end: recall 0.930 -> 0.932, SECRET 0.786 ->
0.806, NAME 0.927 -> 0.927, clean lines changed 48 -> 40 of 170 (IP addresses 9 -> 2: a private
network's address is kept where nothing on its line ties it to a person). The eight never-read
splits pooled (2,535 lines): recall 0.941 -> 0.942, clean lines changed 89 -> 84 of 657; their
IP figure was read twice to choose the words that tie a private address to a person
(bench/results/privacy-issue16-blind-session18.json).
The nineteenth session made holdout48 and 49 tuning splits (0.940 and 0.923 recall, 25 and 15
clean lines changed before it read them; 0.979 and 0.958, 16 and 9 after) and had two more
written, holdout50 (330 lines, 87 clean: automotive, travel, banking and fintech) and holdout51
(326 lines, 85 clean: pharmacies and clinics, IT helpdesk, schools and childcare), run at its
start commit, four times during it and at its end: recall 0.935 -> 0.938, SECRET 0.854 ->
0.865, NAME 0.910 -> 0.913, clean lines changed 44 -> 44 of 172. The eight never-read splits
pooled (2,535 lines): recall 0.942 -> 0.942, clean lines changed 84 -> 82 of 657
(bench/results/privacy-issue16-blind-session19.json).
The twentieth session made holdout50 and 51 tuning splits (0.939 and 0.937 recall, 18 and 26
clean lines changed before it read them; 0.966 and 0.962, 5 and 10 after) and had two more
written, holdout52 (330 lines, 85 clean: logistics and warehousing, energy and utilities field
work, events and weddings) and holdout53 (336 lines, 85 clean: hospitals and emergency care,
courts, police and legal aid, dating apps, gaming and esports), run at its start commit, about
a dozen times during it and at its end: recall 0.913 -> 0.915, SECRET 0.835 -> 0.856, NAME
0.871 -> 0.873, clean lines changed 39 -> 37 of 170. The eight never-read splits pooled (2,535
lines): recall 0.942 -> 0.942, clean lines changed 82 -> 80 of 657; the eight were run after
each change, and two changes were taken back for what they cost there (a Traditional Chinese
ID label, a time's hour before a house number) (bench/results/privacy-issue16-blind-session20.json).
The twenty-first session made holdout52 and 53 tuning splits (0.932 and 0.897 recall, 21 and 16
clean lines changed before it read them; 0.957 and 0.939, 11 and 12 after) and had two more
written, holdout54 (330 lines, 85 clean: fashion and beauty, music and festivals, libraries,
museums and archives) and holdout55 (329 lines, 86 clean: construction sites, shipping, ports
and seafaring, veterinary clinics and animal care), run at its start commit, about twenty times
during it and at its end: recall 0.935 -> 0.940, NATIONAL_ID 0.898 -> 0.906, DOB 0.974 -> 0.987,
NAME 0.907 -> 0.915, clean lines changed 65 -> 64 of 171. The eight never-read splits pooled
(2,535 lines): recall 0.942 -> 0.943, NATIONAL_ID 0.949 -> 0.955, clean lines changed 80 -> 79
of 657; the eight took back a time's minutes before a house number once more
(bench/results/privacy-issue16-blind-session21.json).
The twenty-second session made holdout54 and 55 tuning splits (0.935 and 0.945 recall, 32 and 32
clean lines changed before it read them; 0.940 and 0.955, 30 and 26 after) and had two more
written, holdout56 (333 lines, 84 clean: real-estate lettings, public transport, amateur sports
clubs) and holdout57 (330 lines, 85 clean: telecoms and call centres, HR and recruitment,
benefits and public services), run at its start commit, after each change and at its end:
recall 0.935 -> 0.935 (NAME 0.912, NATIONAL_ID 0.928, SECRET 0.832 unchanged), precision 0.898
-> 0.906, clean lines changed 25 -> 24 of 169. The eight never-read splits pooled (2,535 lines):
recall 0.943 -> 0.943, ADDRESS 0.958 -> 0.965, SECRET 0.979 -> 0.982, clean lines changed 79 ->
77 of 657. A list of 3,700 more public figures was taken back: it cost the new pair one name
and changed nothing else there (bench/results/privacy-issue16-blind-session22.json).
The twenty-third session made holdout56 and 57 tuning splits (0.928 and 0.942 recall, 18 and 6
clean lines changed before it read them; 0.950 and 0.965, 14 and 4 after) and had two more
written, holdout58 (344 lines, 96 clean: aviation and airports, hotels, farming co-operatives in
Africa and Asia) and holdout59 (343 lines, 91 clean: universities and research administration,
insurance claims, bank branches and pharmacies), run at its start commit, after each change and
at its end: recall 0.910 -> 0.913, NATIONAL_ID 0.853 -> 0.862, SECRET 0.847 -> 0.856, DOB 0.939
-> 0.947, ADDRESS 0.942 -> 0.948, clean lines changed 70 -> 69 of 187. The eight never-read
splits pooled (2,535 lines): recall 0.943 -> 0.946, ADDRESS 0.965 -> 0.979, clean lines changed
77 -> 77 of 657; three changes were taken back or narrowed for a clean line each cost there
(bench/results/privacy-issue16-blind-session23.json).
The twenty-fourth session made holdout58 and 59 tuning splits (0.921 and 0.906 recall, 37 and 32
clean lines changed before it read them; 0.939 and 0.952, 24 and 22 after: an example's word in
a domain, "keio-sample.ac.jp", had made whole mails templates) and had two more written,
holdout60 (336 lines, 94 clean: schools and childcare abroad, gyms, car dealers and garages) and
holdout61 (339 lines, 88 clean: churches, charities and NGOs, tourism, funeral services and
utilities abroad), run at its start commit, after each change and at its end: recall 0.941 ->
0.943, NATIONAL_ID 0.903 -> 0.926, ADDRESS 0.940 -> 0.946, precision 0.857 -> 0.870, clean lines
changed 67 -> 59 of 182. The eight never-read splits pooled (2,535 lines): recall 0.946 ->
0.947, DOB 0.951 -> 0.955, clean lines changed 77 -> 76 of 657. Two changes were taken back or
narrowed for what they cost the blind sets (a digit and colon before a house number cost the
eight an address; an example's heading over a block cost the new pair three e-mails), two for
what they cost the tuning splits ("guide" alone as a person's label; "gym" as an organisation's
word and "Mercedes" as a car's make) (bench/results/privacy-issue16-blind-session24.json).
The twenty-fifth session made holdout60 and 61 tuning splits (0.939 and 0.947 recall, 29 and 30
clean lines changed before it read them; 0.954 and 0.955, 15 and 18 after) and had two more
written, holdout62 (332 lines, 94 clean: restaurants and food delivery, home services, salons)
and holdout63 (331 lines, 88 clean: couriers, IT desks and phone shops, vets and shelters,
farming co-operatives), run at its start commit, after each change and at its end: recall 0.937
-> 0.944, IBAN 0.882 -> 1.00 (IBANs whose banks' own check digits fail), NAME 0.916 -> 0.923,
SECRET 0.864 -> 0.873, clean lines changed 74 -> 71 of 182. The eight never-read splits pooled
(2,535 lines): recall 0.947 -> 0.947, NATIONAL_ID 0.957 -> 0.965, clean lines changed 76 -> 70 of
657. A firm's name read to its legal form was narrowed for a name and a phone it cost holdout26;
a three-letter name after "with" was taken back for a clean line it cost the eight
(bench/results/privacy-issue16-blind-session25.json).
The twenty-sixth session made holdout62 and 63 tuning splits (0.946 and 0.942 recall, 41 and 30
clean lines changed before it read them; 0.953 and 0.946, 28 and 20 after) and had two more
written, holdout64 (329 lines, 90 clean: dentists, opticians and hearing-aid shops, removals,
language schools) and holdout65 (346 lines, 91 clean: prisons, probation and legal aid, election
and constituency offices, coworking spaces and weddings abroad), run at its start commit, after
each change and at its end: recall 0.941 -> 0.942, NATIONAL_ID 0.859 -> 0.869 (not blind: ID
labels added after reading the helpers' notes, which list the ID types), clean lines changed 59
-> 54 of 181. The eight never-read splits pooled (2,535 lines): recall 0.947 -> 0.947, clean
lines changed 70 -> 68 of 657. A name ending in an institution's word and a time's minutes
before a house number were taken back for a name and an address they cost the eight
(bench/results/privacy-issue16-blind-session26.json).
The twenty-seventh session made holdout64 and 65 tuning splits (0.952 and 0.934 recall, 30 and 24
clean lines changed before it read them; 0.955 and 0.936, 15 and 13 after) and had two more
written, holdout66 (333 lines, 92 clean: mining and oil & gas sites, car rental and
ride-hailing, tax advisers) and holdout67 (331 lines, 92 clean: property management and
homeowners' associations, translation agencies, lost-luggage desks and care homes abroad), run
at its start commit, after each change and at its end: recall 0.940 -> 0.941, NAME 0.922 ->
0.924, clean lines changed 59 -> 57 of 184. The eight never-read splits pooled (2,535 lines):
recall 0.947 -> 0.947, every kind unchanged, clean lines changed 68 -> 68 of 657. A business's
number asked to be called on with words between was taken back for a phone it cost the eight
(bench/results/privacy-issue16-blind-session27.json).
The twenty-eighth session made holdout66 and 67 tuning splits (0.946 and 0.937 recall, 29 and 28
clean lines changed before it read them; 0.961 and 0.955, 26 and 28 after) and had two more
written, holdout68 (330 lines, 88 clean: crypto exchanges and wallets, public libraries, amateur
sports clubs abroad, university admissions) and holdout69 (345 lines, 96 clean: shipping crews,
NGO field operations, utility call centres, pharmacies abroad), run at its start commit, after
each change and at its end: recall 0.938 -> 0.941, SECRET 0.867 -> 0.895 (a wallet's recovery
phrase by BIP39's word lists), NATIONAL_ID 0.891 -> 0.906 (not blind: ID labels added after
reading the helpers' notes), clean lines changed 71 -> 68 of 184. The eight never-read splits
pooled (2,535 lines): recall 0.947 -> 0.948, NAME 0.905 -> 0.906, NATIONAL_ID 0.965 -> 0.968,
clean lines changed 68 -> 67 of 657. An exception for a field team's "Radio check" from the
lines about public life was taken back for a false finding it added on the new pair
(bench/results/privacy-issue16-blind-session28.json).
The twenty-ninth session made holdout68 and 69 tuning splits (0.962 and 0.921 recall, 34 and 34
clean lines changed before it read them; 0.973 and 0.944, 34 and 33 after) and had two more
written, holdout70 (332 lines, 90 clean: funeral homes and bereavement, wedding planners,
fertility and maternity services, personal finance) and holdout71 (357 lines, 90 clean:
embassies and consulates, sports betting and lotteries, software teams' tooling, marinas and
campsites), run at its start commit, after each change and at its end: recall 0.932 -> 0.934,
ADDRESS 0.924 -> 0.942, NATIONAL_ID 0.902 -> 0.907, PHONE 0.978 -> 0.982, clean lines changed
59 -> 59 of 180. The eight never-read splits pooled (2,535 lines): recall 0.948 -> 0.948,
NATIONAL_ID 0.968 -> 0.971, clean lines changed 67 -> 67 of 657. A first name with a surname's
initial ("Raj M.") was tried and taken back: it cost the tuning splits 58 values, the longer
names it cut short (bench/results/privacy-issue16-blind-session29.json).
The thirtieth session made holdout70 and 71 tuning splits (0.935 and 0.933 recall, 24 and 35
clean lines changed before it read them; 0.941 and 0.951, 22 and 32 after) and had two more
written, holdout72 (340 lines, 93 clean: farms and farm co-operatives, hotel front desks, debt
collectors and credit bureaus, dating sites) and holdout73 (351 lines, 89 clean: home care and
physiotherapy, municipal services, online marketplaces, film and TV production), run at its
start commit, after each change and at its end: recall 0.944 -> 0.947, NATIONAL_ID 0.944 ->
0.958, NAME 0.929 -> 0.932, clean lines changed 39 -> 37 of 182. The eight never-read splits
pooled (2,535 lines): recall 0.948 -> 0.949, NATIONAL_ID 0.971 -> 0.973, clean lines changed
67 -> 67 of 657. A given name with a surname's initial came back in a narrower form (before a
bracket, a dash or the sentence's next word; a chat's speaker) and cost nothing; an initial
and a surname in brackets was taken back where no list knows the surname ("(A. Rows)" cites a
figure) (bench/results/privacy-issue16-blind-session30.json).
The thirty-first session made holdout72 and 73 tuning splits (0.959 and 0.936 recall, 26 and 11
clean lines changed before it read them; 0.972 and 0.947, 19 and 10 after) and had two more
written, holdout74 (336 lines, 92 clean: nurseries and kindergartens, driving schools and
licensing offices, emergency dispatch, family history and parish records) and holdout75 (338
lines, 89 clean: parking fines and traffic enforcement, video-game and esports support,
veterans' services, medical laboratories and blood donation), run at its start commit, after
each change and at its end: recall 0.922 -> 0.926, DOB 0.852 -> 0.873, NATIONAL_ID 0.906 ->
0.916, NAME 0.898 -> 0.900, clean lines changed 35 -> 34 of 181. Its rules for family records,
players' handles and soldiers' numbers were written from probes on the pair's themes, not its
lines, so the pair's DOB figure is not wholly blind. The eight never-read splits pooled (2,535
lines): recall 0.949 -> 0.950, NAME 0.906 -> 0.910 (Chinese nicknames), NATIONAL_ID 0.973 ->
0.976, IP 1.0 -> 0.956 (a database server's private address is left now, as the corpora since
holdout19 label it), clean lines changed 67 -> 65 of 657
(bench/results/privacy-issue16-blind-session31.json).
The thirty-second session made holdout74 and 75 tuning splits (0.935 and 0.916 recall, 23 and 11
clean lines changed before it read them; 0.942 and 0.940, 23 and 11 after) and had two more
written, holdout76 (337 lines, 93 clean: ride-hailing and food-delivery apps, tattoo studios,
amateur radio and astronomy clubs, counselling practices; a private radio operator's call sign is
labelled a name) and holdout77 (330 lines, 88 clean: ski schools and campsites, locksmiths and
alarm installers, scholarships and student housing, pawnshops), run at its start commit, after
each change and at its end: recall 0.910 -> 0.911, NAME 0.856 -> 0.857, clean lines changed 62
of 181 at both ends, about one in three; no rule was written from the pair's themes. The eight
never-read splits pooled: recall 0.950 -> 0.951, NAME 0.910 -> 0.912, SECRET 0.982 -> 0.988
(a password by its shape), precision 0.945 -> 0.943, clean lines changed 65 of 657 at both ends
(bench/results/privacy-issue16-blind-session32.json).
The thirty-fourth session made holdout76 and 77 tuning splits (0.873 and 0.949 recall, 35 and 27
clean lines changed before it read them; 0.912 and 0.957, 31 and 25 after: radio call signs,
handlers' labels, double given names, Romanian's comma-below letters) and had two more written,
holdout78 (346 lines, 92 clean: opticians and hearing-aid shops, allotment associations,
language-tutoring platforms, bicycle repair and sharing) and holdout79 (332 lines, 91 clean:
coworking spaces, photography studios, laundries, print shops and exam centres), run at its
start commit, after each change and at its end: recall 0.948 -> 0.949, DOB 0.945 -> 0.953 (a
birth date's day in words), NAME 0.926 -> 0.927, clean lines changed 53 of 183 at both ends; no
rule was written from the pair's themes. The eight never-read splits pooled: recall 0.951 at
both ends, precision 0.943 -> 0.942 (one more secret in quotes taken), clean lines changed 65 of
657 at both ends (bench/results/privacy-issue16-blind-session34.json).
The thirty-fifth session made holdout78 and 79 tuning splits (0.953 and 0.944 recall, 26 and 27
clean lines changed before it read them; 0.957 and 0.955, 19 and 25 after: help-desk and
committee mailboxes, months in a row, rooms and cups named after people, a person's test near a
code, trade labels, a found name inside a file's name, Serbian's labels) and had two more
written, holdout80 (336 lines, 91 clean: florists, escape rooms and bowling alleys, blood
donation centres, watch and jewellery repair) and holdout81 (329 lines, 93 clean: self-storage,
pest control and cleaning, hunting and fishing licences, recycling centres), run at its start
commit, after each change and at its end: recall 0.927 -> 0.928, SECRET 0.899 -> 0.905,
clean lines changed 53 -> 52 of 184; no rule was written from the pair's themes. The eight
never-read splits pooled: recall 0.951 and precision 0.942 at both ends, clean lines changed
65 -> 64 of 657 (bench/results/privacy-issue16-blind-session35.json).
The thirty-sixth session made holdout80 and 81 tuning splits (0.922 and 0.934 recall, 32 and
20 clean lines changed before it read them; 0.953 and 0.961, 32 and 20 after: Georgian,
Armenian, Kazakh and Icelandic forms and phones, Irish's greeting by name, accounts with an
IBAN's shape and wrong check digits, safes' combinations and code words, tenants' and parents'
labels in nineteen more languages, a label's genitive, a name before a line break or a column's
gap, placeholder people, things' names in settings, Arabic script's comma inside an address)
and had two more written, holdout82 (334
lines, 92 clean: chess clubs, community theatre and choirs, swimming pools and lifeguards,
makerspaces) and holdout83 (330 lines, 89 clean: beekeeping and honey co-ops, carpooling and
school-run rotas, antique auctions and estate sales, volunteer fire brigades), run at its start
commit, after each change and at its end: recall 0.936 -> 0.945 (IBAN 0.917 -> 0.944, ID 0.928
-> 0.954, DOB 0.948 -> 0.974, PHONE 0.979 -> 0.992, NAME 0.912 -> 0.918), clean lines changed
44 -> 45 of 181; no rule was written from the pair's themes. The eight never-read splits
pooled: recall 0.951 -> 0.953 (ADDRESS 0.979 -> 0.983), precision 0.942 at both ends, clean
lines changed 64 -> 65 of 657 (bench/results/privacy-issue16-blind-session36.json).
The thirty-seventh session made holdout82 and 83 tuning splits (0.949 and 0.942 recall, 26
and 19 clean lines changed before it read them; 0.967 and 0.961, 23 and 18 after: labels a
settings key joins with "_", name columns in scripts without capitals, `last`'s rows and lists
of "login:password", Turkic patronymics, identity cards' layouts, a street line above its
postcode, a record's other address fields, unlock patterns, lists of codes) and had two more
written, holdout84 (329 lines, 90 clean: summer camps and host families, race registrations,
notaries and land registries, climbing gyms) and holdout85 (328 lines, 92 clean: au pair and
nanny agencies, food banks, ferry bookings, repair cafés), run at its start commit, after each
change and at its end: recall 0.944 -> 0.949 (ID 0.925 -> 0.941, DOB 0.945 -> 0.955, NAME 0.930
-> 0.935, SECRET 0.877 -> 0.885), clean lines changed 48 at both ends of 182. One rule came from
thinking about the pair's themes, not its lines: a phone's unlock pattern, from its repair
cafés' intake tickets (SECRET 0.877 -> 0.885 with the lists of codes). The eight never-read
splits pooled: recall 0.953 at both ends (SECRET 0.988 -> 0.991), precision 0.942 -> 0.943,
clean lines changed 65 of 657 at both ends (bench/results/privacy-issue16-blind-session37.json).
The thirty-eighth session made holdout84 and 85 tuning splits (0.959 and 0.938 recall, 24
and 24 clean lines changed before it read them; 0.986 and 0.964, 24 and 23 after: names as
registers and deeds write them, households by their surname, Armenian and Georgian surnames'
endings, numbered North American streets and Canadian postcodes, addresses told in prose,
columns of codes and of addresses, a query's printed rows, psql's expanded records, sibling
IDs, genitives, direct lines and service lines) and had two more written, holdout86 (333
lines, 92 clean: scuba diving, riding stables, dance schools, bridge clubs and bowling leagues)
and holdout87 (333 lines, 90 clean: chimney sweeps and window cleaners, piano tuners and music
teachers, pottery studios, home brewing and wine clubs), run at its start commit, after each
change and at its end: recall 0.944 -> 0.949 (NAME 0.938 -> 0.946, ADDRESS 0.943 -> 0.956,
IBAN 0.857 -> 0.878; SECRET 0.839 at both ends), clean lines changed 56 at both ends of 182;
no rule was written from the pair's themes. The eight never-read splits pooled: recall 0.953,
precision 0.943 and 65 of 657 clean lines changed at both ends
(bench/results/privacy-issue16-blind-session38.json).
The thirty-ninth session made holdout86 and 87 tuning splits (0.941 and 0.958 recall, 28 and
28 clean lines changed before it read them; 0.975 and 0.976, 19 and 25 after: bank accounts
without an IBAN by a country's label or beside a bank's word, a table's column of names,
identity cards' machine-readable zones, numbers of schemes a text names, codes in locker tables
and at intercoms, a code's new value after an arrow, keys in a settings file's language, birth
words in more languages, letters' town-and-date headings and places by their feature word) and
had two more written, holdout88 (331 lines, 90 clean: fencing and archery clubs, tailors,
model railways and stamp collectors, birdwatchers) and holdout89 (330 lines, 92 clean: ice
rinks and curling clubs, upholstery and carpentry workshops, bookbinding and calligraphy,
orienteering and hiking clubs), run at its start commit, after each change and at its end:
recall 0.957 -> 0.958 (SECRET 0.917 -> 0.935, IBAN 0.953 -> 0.969; DOB 0.877 at both ends),
clean lines changed 67 -> 65 of 182; no rule was written from the pair's themes. The eight
never-read splits pooled: recall 0.953 and precision 0.943 at both ends (NATIONAL_ID 0.976 ->
0.979), clean lines changed 65 of 657 at both ends
(bench/results/privacy-issue16-blind-session39.json).
The fortieth session made holdout88 and 89 tuning splits (0.959 and 0.957 recall, 34 and 31
clean lines changed before it read them; 0.978 and 0.978, 25 and 28 after: letter-spaced and
keyed birth dates, a date under its label, accounts beside their credentials, schemes a text
names a sentence away, passport labels in 30 more languages, a URL query's phone, a quoted CSV
cell, caseless names beside a phone, clubs, committee offices and "call us" as no one's) and
had two more written, holdout90 (334 lines, 91 clean: martial arts clubs, surf schools,
quilting guilds, ballooning and gliding clubs) and holdout91 (334 lines, 90 clean: rowing
clubs, cheese-making and baking classes, youth football, drone and model aircraft clubs), run
at its start commit, after each change and at its end: recall 0.963 -> 0.964 (DOB 0.924 ->
0.941; NATIONAL_ID 0.921 at both ends), clean lines changed 54 of 181 at both ends; no rule was
written from the pair's themes. The eight never-read splits pooled: recall 0.953 -> 0.954
(NAME 0.914 -> 0.915), precision 0.943 and 65 of 657 clean lines changed at both ends
(bench/results/privacy-issue16-blind-session40.json).
The forty-first session made holdout90 and 91 tuning splits (0.958 and 0.970 recall, 32 and 22
clean lines changed before it read them; 0.974 and 0.983, 32 and 19 after: notice fields,
feasts' weekdays and clubs' boards as no one's, a first name before "'s mobile", Korea's Park,
documents seen and licences in columns, labels read without their accents, a code changed in
the next turn, birthday lists, short-name signatures, Japanese names with a space, firms before
", Inc.") and had two more written, holdout92 (330 lines, 91 clean: tennis, padel and squash
clubs, foraging and herbalism societies, classic car and motorcycle clubs, fishkeeping
societies) and holdout93 (335 lines, 90 clean: golf clubs, table tennis and badminton leagues,
bonsai and orchid societies, circus schools and juggling clubs), run at its start commit, after
each change and at its end: recall 0.952 -> 0.953 (ADDRESS 0.941 -> 0.949; SECRET 0.926 and
NAME 0.933 at both ends), clean lines changed 36 of 181 at both ends; no rule was written from
the pair's themes. The eight never-read splits pooled: recall 0.954 and precision 0.943 at both
ends, clean lines changed 65 -> 64 of 657
(bench/results/privacy-issue16-blind-session41.json).
holdout15..18, holdout25, 26, 37, 38, 92 and 93 stay apart, never listed here.
Per split this prints, as JSON: recall per kind (the share of personal values no longer
present after scrubbing), precision overall and per kind found (the share of findings that
touch a personal value), clean lines damaged (lines without personal data that came back
changed), the time to scrub a screen's worth of text, and the time of one cloud request's
privacy pass (`app.privacy.request`: learn every value of a 60-text screen, scrub the prompt
that lists it, black out a 1024x768 screenshot). A figure never makes it fail.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.privacy import organisations
from app.privacy.redact import Screenshot, ScreenText
from app.privacy.request import scrub_request
from app.privacy.scrub import Scrubber, detect, forget_detections

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "privacy" / "heldout_corpus.json"
FRESH = ROOT / "tests" / "privacy" / "fresh_corpus.json"
HOLDOUT2 = ROOT / "tests" / "privacy" / "holdout2_corpus.json"
HOLDOUT3 = ROOT / "tests" / "privacy" / "holdout3_corpus.json"
HOLDOUT4 = ROOT / "tests" / "privacy" / "holdout4_corpus.json"
HOLDOUT5 = ROOT / "tests" / "privacy" / "holdout5_corpus.json"
HOLDOUT6 = ROOT / "tests" / "privacy" / "holdout6_corpus.json"
HOLDOUT7 = ROOT / "tests" / "privacy" / "holdout7_corpus.json"
HOLDOUT8 = ROOT / "tests" / "privacy" / "holdout8_corpus.json"
HOLDOUT9 = ROOT / "tests" / "privacy" / "holdout9_corpus.json"
HOLDOUT10 = ROOT / "tests" / "privacy" / "holdout10_corpus.json"
HOLDOUT11 = ROOT / "tests" / "privacy" / "holdout11_corpus.json"
HOLDOUT12 = ROOT / "tests" / "privacy" / "holdout12_corpus.json"
HOLDOUT13 = ROOT / "tests" / "privacy" / "holdout13_corpus.json"
HOLDOUT14 = ROOT / "tests" / "privacy" / "holdout14_corpus.json"
HOLDOUT19 = ROOT / "tests" / "privacy" / "holdout19_corpus.json"
HOLDOUT21 = ROOT / "tests" / "privacy" / "holdout21_corpus.json"
HOLDOUT20 = ROOT / "tests" / "privacy" / "holdout20_corpus.json"
HOLDOUT22 = ROOT / "tests" / "privacy" / "holdout22_corpus.json"
HOLDOUT23 = ROOT / "tests" / "privacy" / "holdout23_corpus.json"
HOLDOUT24 = ROOT / "tests" / "privacy" / "holdout24_corpus.json"
HOLDOUT27 = ROOT / "tests" / "privacy" / "holdout27_corpus.json"
HOLDOUT28 = ROOT / "tests" / "privacy" / "holdout28_corpus.json"
HOLDOUT29 = ROOT / "tests" / "privacy" / "holdout29_corpus.json"
HOLDOUT30 = ROOT / "tests" / "privacy" / "holdout30_corpus.json"
HOLDOUT31 = ROOT / "tests" / "privacy" / "holdout31_corpus.json"
HOLDOUT32 = ROOT / "tests" / "privacy" / "holdout32_corpus.json"
HOLDOUT33 = ROOT / "tests" / "privacy" / "holdout33_corpus.json"
HOLDOUT34 = ROOT / "tests" / "privacy" / "holdout34_corpus.json"
HOLDOUT35 = ROOT / "tests" / "privacy" / "holdout35_corpus.json"
HOLDOUT36 = ROOT / "tests" / "privacy" / "holdout36_corpus.json"
HOLDOUT39 = ROOT / "tests" / "privacy" / "holdout39_corpus.json"
HOLDOUT40 = ROOT / "tests" / "privacy" / "holdout40_corpus.json"
HOLDOUT41 = ROOT / "tests" / "privacy" / "holdout41_corpus.json"
HOLDOUT42 = ROOT / "tests" / "privacy" / "holdout42_corpus.json"
HOLDOUT43 = ROOT / "tests" / "privacy" / "holdout43_corpus.json"
HOLDOUT44 = ROOT / "tests" / "privacy" / "holdout44_corpus.json"
HOLDOUT45 = ROOT / "tests" / "privacy" / "holdout45_corpus.json"
HOLDOUT46 = ROOT / "tests" / "privacy" / "holdout46_corpus.json"
HOLDOUT47 = ROOT / "tests" / "privacy" / "holdout47_corpus.json"
HOLDOUT48 = ROOT / "tests" / "privacy" / "holdout48_corpus.json"
HOLDOUT49 = ROOT / "tests" / "privacy" / "holdout49_corpus.json"
HOLDOUT50 = ROOT / "tests" / "privacy" / "holdout50_corpus.json"
HOLDOUT51 = ROOT / "tests" / "privacy" / "holdout51_corpus.json"
HOLDOUT52 = ROOT / "tests" / "privacy" / "holdout52_corpus.json"
HOLDOUT53 = ROOT / "tests" / "privacy" / "holdout53_corpus.json"
HOLDOUT54 = ROOT / "tests" / "privacy" / "holdout54_corpus.json"
HOLDOUT55 = ROOT / "tests" / "privacy" / "holdout55_corpus.json"
HOLDOUT56 = ROOT / "tests" / "privacy" / "holdout56_corpus.json"
HOLDOUT57 = ROOT / "tests" / "privacy" / "holdout57_corpus.json"
HOLDOUT58 = ROOT / "tests" / "privacy" / "holdout58_corpus.json"
HOLDOUT59 = ROOT / "tests" / "privacy" / "holdout59_corpus.json"
HOLDOUT60 = ROOT / "tests" / "privacy" / "holdout60_corpus.json"
HOLDOUT61 = ROOT / "tests" / "privacy" / "holdout61_corpus.json"
HOLDOUT62 = ROOT / "tests" / "privacy" / "holdout62_corpus.json"
HOLDOUT63 = ROOT / "tests" / "privacy" / "holdout63_corpus.json"
HOLDOUT64 = ROOT / "tests" / "privacy" / "holdout64_corpus.json"
HOLDOUT65 = ROOT / "tests" / "privacy" / "holdout65_corpus.json"
HOLDOUT66 = ROOT / "tests" / "privacy" / "holdout66_corpus.json"
HOLDOUT67 = ROOT / "tests" / "privacy" / "holdout67_corpus.json"
HOLDOUT68 = ROOT / "tests" / "privacy" / "holdout68_corpus.json"
HOLDOUT69 = ROOT / "tests" / "privacy" / "holdout69_corpus.json"
HOLDOUT70 = ROOT / "tests" / "privacy" / "holdout70_corpus.json"
HOLDOUT71 = ROOT / "tests" / "privacy" / "holdout71_corpus.json"
HOLDOUT72 = ROOT / "tests" / "privacy" / "holdout72_corpus.json"
HOLDOUT73 = ROOT / "tests" / "privacy" / "holdout73_corpus.json"
HOLDOUT74 = ROOT / "tests" / "privacy" / "holdout74_corpus.json"
HOLDOUT75 = ROOT / "tests" / "privacy" / "holdout75_corpus.json"
HOLDOUT76 = ROOT / "tests" / "privacy" / "holdout76_corpus.json"
HOLDOUT77 = ROOT / "tests" / "privacy" / "holdout77_corpus.json"
HOLDOUT78 = ROOT / "tests" / "privacy" / "holdout78_corpus.json"
HOLDOUT79 = ROOT / "tests" / "privacy" / "holdout79_corpus.json"
HOLDOUT80 = ROOT / "tests" / "privacy" / "holdout80_corpus.json"
HOLDOUT81 = ROOT / "tests" / "privacy" / "holdout81_corpus.json"
HOLDOUT82 = ROOT / "tests" / "privacy" / "holdout82_corpus.json"
HOLDOUT83 = ROOT / "tests" / "privacy" / "holdout83_corpus.json"
HOLDOUT84 = ROOT / "tests" / "privacy" / "holdout84_corpus.json"
HOLDOUT85 = ROOT / "tests" / "privacy" / "holdout85_corpus.json"
HOLDOUT86 = ROOT / "tests" / "privacy" / "holdout86_corpus.json"
HOLDOUT87 = ROOT / "tests" / "privacy" / "holdout87_corpus.json"
HOLDOUT88 = ROOT / "tests" / "privacy" / "holdout88_corpus.json"
HOLDOUT89 = ROOT / "tests" / "privacy" / "holdout89_corpus.json"
HOLDOUT90 = ROOT / "tests" / "privacy" / "holdout90_corpus.json"
HOLDOUT91 = ROOT / "tests" / "privacy" / "holdout91_corpus.json"
#: The corpora whose lines may be read while tuning (every split of SPLITS is in one of them).
TUNING_CORPORA = (
    CORPUS,
    FRESH,
    HOLDOUT2,
    HOLDOUT3,
    HOLDOUT4,
    HOLDOUT5,
    HOLDOUT6,
    HOLDOUT7,
    HOLDOUT8,
    HOLDOUT9,
    HOLDOUT10,
    HOLDOUT11,
    HOLDOUT12,
    HOLDOUT13,
    HOLDOUT14,
    HOLDOUT19,
    HOLDOUT20,
    HOLDOUT21,
    HOLDOUT22,
    HOLDOUT23,
    HOLDOUT24,
    HOLDOUT27,
    HOLDOUT28,
    HOLDOUT29,
    HOLDOUT30,
    HOLDOUT31,
    HOLDOUT32,
    HOLDOUT33,
    HOLDOUT34,
    HOLDOUT35,
    HOLDOUT36,
    HOLDOUT39,
    HOLDOUT40,
    HOLDOUT41,
    HOLDOUT42,
    HOLDOUT43,
    HOLDOUT44,
    HOLDOUT45,
    HOLDOUT46,
    HOLDOUT47,
    HOLDOUT48,
    HOLDOUT49,
    HOLDOUT50,
    HOLDOUT51,
    HOLDOUT52,
    HOLDOUT53,
    HOLDOUT54,
    HOLDOUT55,
    HOLDOUT56,
    HOLDOUT57,
    HOLDOUT58,
    HOLDOUT59,
    HOLDOUT60,
    HOLDOUT61,
    HOLDOUT62,
    HOLDOUT63,
    HOLDOUT64,
    HOLDOUT65,
    HOLDOUT66,
    HOLDOUT67,
    HOLDOUT68,
    HOLDOUT69,
    HOLDOUT70,
    HOLDOUT71,
    HOLDOUT72,
    HOLDOUT73,
    HOLDOUT74,
    HOLDOUT75,
    HOLDOUT76,
    HOLDOUT77,
    HOLDOUT78,
    HOLDOUT79,
    HOLDOUT80,
    HOLDOUT81,
    HOLDOUT82,
    HOLDOUT83,
    HOLDOUT84,
    HOLDOUT85,
    HOLDOUT86,
    HOLDOUT87,
    HOLDOUT88,
    HOLDOUT89,
    HOLDOUT90,
    HOLDOUT91,
)
SPLITS = (
    "dev",
    "test",
    "fresh",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout27",
    "holdout28",
    "holdout29",
    "holdout30",
    "holdout31",
    "holdout32",
    "holdout33",
    "holdout34",
    "holdout35",
    "holdout36",
    "holdout39",
    "holdout40",
    "holdout41",
    "holdout42",
    "holdout43",
    "holdout44",
    "holdout45",
    "holdout46",
    "holdout47",
    "holdout48",
    "holdout49",
    "holdout50",
    "holdout51",
    "holdout52",
    "holdout53",
    "holdout54",
    "holdout55",
    "holdout56",
    "holdout57",
    "holdout58",
    "holdout59",
    "holdout60",
    "holdout61",
    "holdout62",
    "holdout63",
    "holdout64",
    "holdout65",
    "holdout66",
    "holdout67",
    "holdout68",
    "holdout69",
    "holdout70",
    "holdout71",
    "holdout72",
    "holdout73",
    "holdout74",
    "holdout75",
    "holdout76",
    "holdout77",
    "holdout78",
    "holdout79",
    "holdout80",
    "holdout81",
    "holdout82",
    "holdout83",
    "holdout84",
    "holdout85",
    "holdout86",
    "holdout87",
    "holdout88",
    "holdout89",
    "holdout90",
    "holdout91",
)


@dataclass(frozen=True)
class Figures:
    lines: int
    recall: dict[str, float]
    recall_overall: float
    precision: float
    precision_by_kind: dict[str, float]
    clean_lines: int
    clean_damaged: int
    #: how many damaged clean lines hold a finding of each kind: which kind of finding does
    #: the damage, a figure a blind split may show where its lines may not be read
    clean_damaged_by_kind: dict[str, int]
    missed: list[dict[str, str]]
    damaged: list[str]


def load(*paths: Path) -> list[dict[str, Any]]:
    """Every line of the corpora (the tuning ones by default), each tagged with its split."""
    lines: list[dict[str, Any]] = []
    for path in paths or TUNING_CORPORA:
        lines += json.loads(path.read_text(encoding="utf-8"))["lines"]
    return lines


def measure(rows: list[dict[str, Any]]) -> Figures:
    """Recall per kind, precision and clean-line damage of a fresh Scrubber per line."""
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    missed: list[dict[str, str]] = []
    damaged: list[str] = []
    found: Counter[str] = Counter()
    found_true: Counter[str] = Counter()
    damaged_by_kind: Counter[str] = Counter()
    for row in rows:
        text = row["text"]
        scrubbed = Scrubber().scrub(text)
        if not row["pii"] and scrubbed != text:
            damaged.append(f"{text!r} -> {scrubbed!r}")
            damaged_by_kind.update({finding.kind for finding in detect(text)})
        spans = [
            (start, start + len(item["value"]))
            for item in row["pii"]
            for start in _occurrences(text, item["value"])
        ]
        for finding in detect(text):
            found[finding.kind] += 1
            found_true[finding.kind] += any(
                finding.start < end and start < finding.end for start, end in spans
            )
        for item in row["pii"]:
            totals[item["kind"]] += 1
            if item["value"] in scrubbed:
                missed.append({"kind": item["kind"], "value": item["value"], "text": text})
            else:
                hits[item["kind"]] += 1
    clean = sum(1 for row in rows if not row["pii"])
    return Figures(
        lines=len(rows),
        recall={kind: round(hits[kind] / totals[kind], 3) for kind in sorted(totals)},
        recall_overall=round(sum(hits.values()) / max(1, sum(totals.values())), 3),
        precision=round(sum(found_true.values()) / max(1, sum(found.values())), 3),
        precision_by_kind={kind: round(found_true[kind] / found[kind], 3) for kind in sorted(found)},
        clean_lines=clean,
        clean_damaged=len(damaged),
        clean_damaged_by_kind=dict(sorted(damaged_by_kind.items())),
        missed=missed,
        damaged=damaged,
    )


def _occurrences(text: str, value: str) -> list[int]:
    starts, at = [], text.find(value)
    while at >= 0:
        starts.append(at)
        at = text.find(value, at + 1)
    return starts


def screen_time_ms(rows: list[dict[str, Any]], repeat: int = 5) -> float:
    """Milliseconds to scrub one screen: 60 corpus lines joined, as a grounder's text is."""
    screen = "\n".join(row["text"] for row in rows[:60])
    Scrubber().scrub(screen)  # first use loads phone metadata and name lists
    best = float("inf")
    for _ in range(repeat):
        forget_detections()
        start = time.perf_counter()
        Scrubber().scrub(screen)
        best = min(best, time.perf_counter() - start)
    return round(best * 1000, 1)


def request_time_ms(rows: list[dict[str, Any]], repeat: int = 5) -> float:
    """Milliseconds for one request's privacy pass over a screen of 60 corpus lines, each a
    text box, every fourth one a field under its line's first word as caption."""
    texts = tuple(
        ScreenText(row["text"], (10, 12 * i, 1000, 11), row["text"].split(" ")[0], field=i % 4 == 0)
        for i, row in enumerate(rows[:60])
    )
    screen = Screenshot(np.full((768, 1024, 3), 255, dtype=np.uint8), texts)
    prompt = "Task: fill the form\n\nScreen elements:\n" + "\n".join(t.text for t in texts)
    scrub_request(Scrubber(), ["Pick one.", prompt], screen, with_image=True)
    best = float("inf")
    for _ in range(repeat):
        forget_detections()
        start = time.perf_counter()
        scrub_request(Scrubber(), ["Pick one.", prompt], screen, with_image=True)
        best = min(best, time.perf_counter() - start)
    return round(best * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    parser.add_argument("--details", action="store_true", help="list what was missed or damaged")
    parser.add_argument(
        "--no-public-lists",
        action="store_true",
        help="the reference run: without the organisation and public-figure lists",
    )
    args = parser.parse_args()
    organisations.set_enabled(not args.no_public_lists)
    rows = load()
    report: dict[str, Any] = {
        "corpora": [path.name for path in TUNING_CORPORA],
        "public_lists": organisations.enabled(),
    }
    for split in SPLITS:
        figures = asdict(measure([row for row in rows if row["split"] == split]))
        if not args.details:
            figures.pop("missed")
            figures.pop("damaged")
        report[split] = figures
    report["screen_ms"] = screen_time_ms(rows)
    report["request_ms"] = request_time_ms(rows)
    report["load_average"] = [round(x, 2) for x in os.getloadavg()]
    publish(report, args.out)


def publish(report: dict[str, Any], out: Path | None) -> None:
    """Print a privacy bench's report as JSON, and write it to `out` too when given."""
    text = json.dumps(report, ensure_ascii=False, indent=1)
    print(text)
    if out:
        out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
