"""ID numbers after labels the vocabulary lacked, and in the digits of other scripts.

A Czech driving licence ("Číslo řidičského průkazu"), a Hebrew one ("מספר רישיון נהיגה"), Irish
"Uimhir PSP", a Bengali or Tamil national ID card's number (in Bengali digits too), Ethiopia's
"ፋይዳ FIN", a Brazilian voter's "Nº do título", a Latin American "C.I.", a travel document's
number in French, an Irish residence permit's "IRP number" and a table's "nhs_no" column. Every
case of IDS fails at e548393; the guards (a firm's licence and a reference after similar words)
pass there and must keep passing.
"""

import pytest

from app.privacy.scrub import Scrubber

IDS = [
    ("Číslo řidičského průkazu: EF 482913", "EF 482913"),
    ("מספר רישיון נהיגה: 8834102", "8834102"),
    ("Uimhir PSP: 7660549W", "7660549W"),
    ("জাতীয় পরিচয়পত্র নম্বর: ৮৭১ ৪৪২ ৯০৬৩", "৮৭১ ৪৪২ ৯০৬৩"),
    ("தேசிய அடையாள அட்டை எண்: 199267803914", "199267803914"),
    ("ፋይዳ FIN: 6140 7729 3318", "6140 7729 3318"),
    ("Nº do título: 8926 0888 0396", "8926 0888 0396"),
    ("C.I.: 6.926.926-5", "6.926.926-5"),
    ("13. Numéro du document de voyage : A02817364", "A02817364"),
    ("My IRP number is 4417 2280 and my address is on file", "4417 2280"),
    ("patient_name,nhs_no,test\nKowalczyk Marta,4914189992,Ferritin", "4914189992"),
]

GUARDS = [
    "Bluefin Manning Agency Inc. | Company reg. no. 142-LB-061524-R",
    "Numéro de commande : A02817364",
]


@pytest.mark.parametrize(("text", "value"), IDS)
def test_id_after_its_label_is_masked(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", GUARDS)
def test_references_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
