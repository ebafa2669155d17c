"""The printable sheet (Markdown and HTML) and `netkit script`."""

import re

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from netkit.cli import main
from netkit.interview.sheet import data_url, sheet_filename, sheet_html, sheet_markdown

EVIL = "<img src=x onerror=alert(1)>"


@pytest.fixture
def talk(wb):
    wb.set_profile(focus="product analytics", why_me="<script>alert('me')</script>")
    contact = wb.add_contact(EVIL, organization="<b>Evil & Co</b>", title="Lead")
    talk = wb.schedule_conversation(contact, "2026-12-01 14:00", place="<i>Café</i>")
    wb.prepare_conversation(
        talk, known="Likes <svg onload=alert(2)>", learn=["<u>tools</u>", "how teams work"]
    )
    wb.start_script(talk)
    wb.add_own_question_to_script("What is it like at {organization}?", "the organisation", talk)
    return talk


def _questions_in_html(html):
    return [
        re.sub(r"<[^>]+>", "", q) for q in re.findall(r'<div class="question">(.*?)</div>', html)
    ]


def test_the_html_sheet_escapes_every_piece_of_user_text(wb, talk):
    html = sheet_html(wb.store, talk)
    for raw in ("<img", "<script>", "<svg", "<b>Evil", "<i>Café", "<u>tools"):
        assert raw not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "What is it like at &lt;b&gt;Evil &amp; Co&lt;/b&gt;?" in html


def test_the_html_sheet_is_print_ready_with_room_for_answers_and_closing_questions_last(wb, talk):
    html = sheet_html(wb.store, talk)
    assert "@media print" in html
    assert html.count('<div class="answer">') == len(wb.script(talk))
    assert _questions_in_html(html)[-2:] == [
        "Who else do you think I should talk to?",
        "May I mention your name when I reach out to them?",
    ]
    assert 'class="reminder"' not in html


def test_the_sheet_reminds_you_when_a_closing_question_was_removed(wb, talk):
    pinned = wb.script(talk).query("pinned")["item_id"]
    for item_id in pinned:
        wb.remove_from_script(int(item_id), confirm=True)
    html = sheet_html(wb.store, talk)
    assert 'class="reminder"' in html and "Who else do you think I should talk to?" in html
    assert "Reminder" in sheet_markdown(wb.store, talk)


def test_the_markdown_sheet_lists_the_questions_in_order_and_keeps_user_text_inert(wb, talk):
    markdown = sheet_markdown(wb.store, talk)
    assert markdown.startswith("# Informational interview with \\<img src=x onerror=alert(1)\\>")
    numbered = re.findall(r"^\d+\. (.*?) _\(", markdown, flags=re.M)
    assert len(numbered) == len(wb.script(talk))
    assert numbered[-2:] == [
        "**Who else do you think I should talk to?**",
        "**May I mention your name when I reach out to them?**",
    ]
    assert "1. \\<u\\>tools\\</u\\>" in markdown
    assert "<script>" not in markdown


def test_the_general_script_prints_without_a_person(wb):
    wb.start_script()
    markdown = sheet_markdown(wb.store)
    assert "My informational interview script" in markdown
    assert "your field" in markdown and "{" not in markdown
    assert sheet_filename(wb.store, None, "html") == "interview-script.html"


def test_download_file_names_and_data_urls(wb, talk):
    assert sheet_filename(wb.store, talk, "ics") == "interview-img-src-x-onerror-alert-1.ics"
    assert data_url("hé", "text/html") == "data:text/html;base64,aMOp"


def _run(workbook_path, *args):
    return CliRunner().invoke(main, ["--workbook", str(workbook_path), "script", *args])


def test_netkit_script_prints_markdown_and_writes_html_and_ics(wb, talk, workbook_path, tmp_path):
    result = _run(workbook_path, "--conversation", str(talk))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Informational interview with")
    out = tmp_path / "sheet.html"
    result = _run(workbook_path, "--conversation", str(talk), "--format", "html", "--out", str(out))
    assert result.exit_code == 0
    assert _questions_in_html(out.read_text("utf-8"))[-1].startswith("May I mention your name")
    result = _run(workbook_path, "--conversation", str(talk), "--format", "ics")
    assert result.exit_code == 0
    assert Calendar.from_ical(result.output).walk("VEVENT")[0]["SUMMARY"]


def test_netkit_script_without_a_conversation_prints_the_general_script(wb, workbook_path):
    result = _run(workbook_path, "--format", "md")
    assert result.exit_code == 0 and "My informational interview script" in result.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["--conversation", "999"], "There is no conversation number 999."),
        (["--format", "ics"], "A calendar event needs a conversation"),
    ],
)
def test_netkit_script_with_bad_input_prints_one_line_and_exits_1(wb, workbook_path, args, message):
    result = _run(workbook_path, *args)
    assert result.exit_code == 1
    assert result.output.strip().startswith(f"netkit: {message}")
    assert len(result.output.strip().splitlines()) == 1


def test_netkit_help_lists_the_script_command():
    result = CliRunner().invoke(main, ["--help"])
    assert "script" in result.output


def test_a_too_long_script_warns_on_screen_but_never_on_the_sheet(wb, talk):
    for question_id in wb.questions(category="the work")["id"]:
        wb.add_to_script(int(question_id), talk)
    estimate = wb.script_estimate(talk)
    assert estimate["over"] and "Too long" in estimate["message"]  # the screen warns
    html, markdown = sheet_html(wb.store, talk), sheet_markdown(wb.store, talk)
    for sheet in (html, markdown):
        assert "Too long" not in sheet and "Remove a question" not in sheet
        assert f"About {estimate['minutes']:g} minutes of questions." in sheet
    assert "over" not in re.findall(r'<p class="estimate([^"]*)"', html)[0]


def test_your_own_question_is_printed_under_the_category_you_chose(wb, talk):
    wb.add_own_question_to_script("Who taught you the most about {organization}?",
                                  "their path", talk)
    html = sheet_html(wb.store, talk)
    assert re.search(r'<div class="category">Their path</div>\s*'
                     r'<div class="question">Who taught you the most about', html)
    line = next(line for line in sheet_markdown(wb.store, talk).splitlines()
                if "Who taught you the most" in line)
    assert line.endswith("_(Their path)_")
