from __future__ import annotations

from samverkan.ingest.reader import content_id, read_document
from samverkan.ingest.transcript import split_transcript

FOOTER = "Samordningsförbundet Väst, Storgatan 1, Borås"


def _site_transcript(n: int) -> str:
    topics = ["samverkan", "rehabilitering", "budget", "målgrupper", "projekt"]
    pages = [f"{k} Text på sidan {k} om {topics[k % 5]}. {FOOTER} {k}" for k in range(1, n + 1)]
    return ("Samordningsförbundet Väst\n\nStorlek: px\nStarta visningen från sidan:\n\n"
            'Download "Verksamhetsplan"\n\nTranskript\n\n' + "\n\n".join(pages)
            + "\n\nEn annan rapport\n\nEn annan rapport om något annat helt\n\nLäs mer\n\n"
              "Tredje\n\nTredje dokumentet\n\nLäs mer\n")


def test_numbered_pages_footer_boilerplate_and_trailing_list():
    split = split_transcript(_site_transcript(4))
    assert [n for n, _ in split.pages] == [1, 2, 3, 4]
    body = "\n".join(t for _, t in split.pages)
    for junk in ("Storlek", "Transkript", "Läs mer", "En annan rapport", FOOTER):
        assert junk not in body
    kinds = {f.kind for f in split.furniture}
    assert {"boilerplate", "footer", "page_number"} <= kinds
    assert split.pages[1][1].strip() == "Text på sidan 2 om budget."


def test_parenthesised_page_markers():
    text = "(1)\nFörsta sidan.\n\n(2)\nAndra sidan.\n\n(3)\nTredje sidan.\n"
    split = split_transcript(text)
    assert [n for n, _ in split.pages] == [1, 2, 3]
    assert split.pages[2][1].strip() == "Tredje sidan."


def test_sida_av_markers_close_pages():
    text = ("Verksamhetsberättelse 2012\nFörsta sidans text.\nSida 1 av 3\n"
            "Andra sidans text.\nSida 2 av 3\nTredje sidans text.\nSida 3 av 3\n")
    split = split_transcript(text)
    assert [n for n, _ in split.pages] == [1, 2, 3]
    assert "Andra sidans text." in split.pages[1][1]
    assert all("Sida" not in t for _, t in split.pages)


def test_form_feed_pages():
    split = split_transcript("Sida ett\fSida två\fSida tre")
    assert [t for _, t in split.pages] == ["Sida ett", "Sida två", "Sida tre"]


def test_running_header_lines_removed():
    pages = "\n\n".join(f"({k})\nLSG Torshälla – Handlingsplan\nInnehåll {k}.\n" for k in range(1, 4))
    split = split_transcript(pages)
    assert all("Handlingsplan" not in t for _, t in split.pages)
    assert any(f.kind == "header" for f in split.furniture)


def test_eval_004_pages_without_boilerplate(eval_corpus):
    path = next(eval_corpus.glob("004_*.txt"))
    doc = read_document(path, content_id(path))
    assert [p.number for p in doc.pages] == list(range(1, 17))
    for junk in ("Storlek: px", "Starta visningen", "Transkript", "Läs mer",
                 "Västra Gatan 64, Kungälv", "Nära det vanliga arbetet"):
        assert junk not in doc.text
    assert doc.text[doc.pages[2].char_start:].startswith("VERKSAMHETSPLAN MED BUDGET 2010")


def test_metadata_on_eval(eval_corpus):
    got = {}
    for path in sorted(eval_corpus.glob("*.txt")):
        doc = read_document(path, content_id(path))
        got[path.name[:3]] = (doc.doc_type, doc.year, doc.organisation)
    assert got["000"] == ("verksamhetsberattelse", 2010, "LSG Strängnäs")
    assert got["002"][:2] == ("verksamhetsberattelse", 2010)
    assert got["003"] == ("handlingsplan", 2008, "LSG Nyköping")
    assert got["004"] == ("verksamhetsplan", 2010,
                          "Samordningsförbundet Ale, Kungälv, Stenungsund och Tjörn")


def test_running_line_glued_to_the_next_page_s_first_heading():
    from samverkan.ingest.transcript import split_transcript

    text = ("Första sidans text om förbundet.\n\nSida 1 av 3\n"
            "Finsam Norr | www.finsamnorr.se        1Mål 2022\nMinst 30 personer ska delta.\n\n"
            "Sida 2 av 3\nFinsam Norr | www.finsamnorr.se        2Ekonomi\nIntäkterna var 3 mnkr.\n"
            "Målet att minst 150 deltagare ska delta följs upp.\nMålet att minst 40 procent går "
            "vidare följs upp.\n\nSida 3 av 3\nSlut.\n")
    split = split_transcript(text)
    body = "\n".join(t for _, t in split.pages)
    assert "\nMål 2022\n" in f"\n{body}\n" and "\nEkonomi\n" in f"\n{body}\n"
    assert "Målet att minst 150 deltagare" in body and "Målet att minst 40 procent" in body
    assert any("www.finsamnorr.se 2" in f.text for f in split.furniture)


def test_a_read_more_list_in_the_middle_takes_only_the_list():
    report = ("Verksamhetsberättelse 2031 LSG Åby\n\nUnder året har gruppen träffats sex gånger "
              "och arbetat med samverkan kring unga vuxna i kommunen och regionen. Arbetet har "
              "följts upp vid varje möte och redovisats för förbundets styrelse i juni och i "
              "december.\n\nEkonomi\n\nGruppen har disponerat 40 000 kronor i aktivitetsmedel "
              "från förbundet, varav 32 000 kronor har använts till utbildning.\n")
    more = ("Läs mer\n\nVerksamhetsplan 2030\n\nVerksamhetsplan 2030 för LSG Åby. Innehåll 1. "
            "Inledning\n\nLäs mer\n\n")
    later = report.replace("2031", "2032").replace("sex", "sju")
    split = split_transcript(report + "\n" + more + later + "\n" + more)
    body = "\n".join(t for _, t in split.pages)
    assert "träffats sju gånger" in body  # the text after the list stays
    assert "Läs mer" not in body and "Verksamhetsplan 2030" not in body
    assert any(f.text == "Läs mer" for f in split.furniture)


def test_a_recurring_footer_glued_to_the_end_of_a_line_of_text():
    from samverkan.ingest.transcript import split_transcript

    text = ("Inledning\nFörbundet arbetade vidare med sina insatser.\n"
            "Årsrapport 2031 Förbundet Norrby Sida 1 av 3\nMålgrupper\n"
            "Unga vuxna som varken arbetar eller studerar\n"
            "Utrikes födda med kort utbildning Årsrapport 2031 Förbundet Norrby Sida 2 av 3\n"
            "Ekonomi\nIntäkterna var 3 mnkr.\nÅrsrapport 2031 Förbundet Norrby Sida 3 av 3\n")
    split = split_transcript(text)
    body = "\n".join(t for _, t in split.pages)
    assert "\nUtrikes födda med kort utbildning\n" in f"\n{body}\n"
    assert "Årsrapport 2031" not in body
    assert any(f.text == "Årsrapport 2031 Förbundet Norrby Sida 2 av 3" for f in split.furniture)


def test_a_recurring_footer_numbered_page_of_pages_in_brackets():
    from samverkan.ingest.transcript import split_transcript

    text = ("LSG Norrby Rapport 2031 1(3)\nInledning\nText om året.\n"
            "LSG Norrby Rapport 2031 2(3)\nMålgrupper\nunga vuxna med aktivitetsersättning\n"
            "Arbetet fortsätter under 2032. LSG Norrby Rapport 2031 3(3)\nSlut.\n")
    split = split_transcript(text)
    body = "\n".join(t for _, t in split.pages)
    assert "(3)" not in body and "Rapport 2031" not in body
    assert "\nArbetet fortsätter under 2032.\n" in f"\n{body}\n"


def test_recurring_labelled_points_with_decimal_numbers_are_no_running_header():
    from samverkan.ingest.transcript import split_transcript

    text = ("Måluppfyllelse\n\nDelmål 2.1 Alla grupper ska ha en plan (uppnått).\n\n"
            "Delmål 2.2 Minst 150 medarbetare ska delta – Ej uppnått.\n\n"
            "Delmål 2.3 Två insatser ska implementeras. Delvis uppnått.\n")
    body = "\n".join(t for _, t in split_transcript(text).pages)
    assert "Delmål 2.1 Alla" in body and "Delmål 2.3 Två" in body


WEB_PAGE = """Hoppa till huvudinnehåll

Den här webbplatsen använder kakor
Godkänn alla    Endast nödvändiga

Samordningsförbundet Norrvik
Lyssna   Språk   Kontakt   Sök

☰ Meny
Start
Om förbundet
För dig som handläggare
Aktuellt
Dokument och protokoll
Kontakt

Start › Om oss › Årsberättelser › Verksamhetsberättelse 2031

Så gick året

Här kan du läsa vad förbundet gjorde under 2031 och hur det gick med målen.
"""


def test_a_web_pages_menu_and_breadcrumb_are_furniture_and_the_trail_names_the_page(tmp_path):
    path = tmp_path / "sida.txt"
    path.write_text(WEB_PAGE, encoding="utf-8")
    doc = read_document(path, "sida")
    site = {f.text for f in doc.furniture if f.kind == "boilerplate"}
    # the menu's own words, the items between them, and a row of menu cells
    assert {"Start", "För dig som handläggare", "Dokument och protokoll", "☰ Meny",
            "Lyssna   Språk   Kontakt   Sök"} <= site
    assert "protokoll" not in doc.text and "Samordningsförbundet Norrvik" in doc.text
    # the menu's "Dokument och protokoll" makes no protokoll of it: the trail's last step names it
    assert (doc.doc_type, doc.year) == ("verksamhetsberattelse", 2031)


def test_a_news_item_of_a_site_is_no_application_though_it_tells_of_one(tmp_path):
    path = tmp_path / "nyhet.txt"
    path.write_text("Samordningsförbundet Norrvik\n\nDu är här: Start / Aktuellt / Nyheter / "
                    "Styrelsen säger ja till ny insats\n\nStyrelsen säger ja till ny insats\n\n"
                    "Styrelsen beviljade ansökan om medel för en förstudie i Norrvik 2031.\n",
                    encoding="utf-8")
    assert read_document(path, "nyhet").doc_type == "other"


def test_a_line_of_place_names_or_a_label_and_a_name_is_no_menu():
    from samverkan.ingest.transcript import _menu_line, breadcrumb_trail
    assert not _menu_line("Haparanda | Kalix | Överkalix | Övertorneå")
    assert not _menu_line("Kontakt  Nils Öberg")
    assert _menu_line("Hem   Om oss   Lokala grupper   Insatser   Aktuellt   Kontakt   🔍")
    assert breadcrumb_trail("Hem › Lokala grupper › LSG Norrvik") == ["Hem", "Lokala grupper",
                                                                     "LSG Norrvik"]
    assert breadcrumb_trail("Haninge · Nynäshamn · Tyresö") == []


def test_numbers_that_count_up_on_one_page_are_a_tables_row_numbers_not_page_numbers():
    pages = split_transcript("Aktivitetsplan\n\nNr\nAktivitet\nStatus\n1\nStarta ett team\n"
                             "Genomförd\n2\nOrdna en temadag\nInställd\n").pages
    body = "\n".join(text for _, text in pages)
    assert "\n1\nStarta" in body and "\n2\nOrdna" in body
    # one number alone on a page is the page's own
    pages = split_transcript("Text på sidan.\n\n3\n\nMer text.\n").pages
    assert "\n3\n" not in "\n".join(text for _, text in pages)


def test_a_fact_boxs_labels_glued_to_their_values_get_their_colon_back():
    from samverkan.ingest.glued_fields import unglue_fields

    box = ("Projekt Lyktan\n\nProjektägareÅby kommun\nKontaktpersonEva Ström\n"
           "Beviljat stöd412 500 kr\nProjektperiod2031-01-01 till 2031-12-31\nIn English\n\n"
           "SamCoach är ett projekt i Åby.\n")
    got = unglue_fields(box)
    assert "Projektägare: Åby kommun\nKontaktperson: Eva Ström\nBeviljat stöd: 412 500 kr\n" \
        "Projektperiod: 2031-01-01" in got
    assert "SamCoach är ett projekt" in got  # one line alone is as likely a name


def test_review_a_list_of_names_in_camel_case_is_no_fact_box():
    from samverkan.ingest.glued_fields import unglue_fields

    names = "Våra insatser\nUngKraft Jämtland\nJobbTorget Åby\nSamCoach Östby\nFramTid Bro\n"
    assert unglue_fields(names) == names
