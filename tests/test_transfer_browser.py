"""In the real app: upload a LinkedIn export, see the preview, confirm, find the contacts."""

import contact_files as cf
import pytest
from conftest import open_app, shot

import netkit


def open_transfer(page) -> None:
    """The import/export panel is folded behind one button on the Contacts tab (open on an
    empty workbook); open it if closed."""
    panel = page.locator(".netkit-transfer")
    page.locator(".netkit-open-transfer").wait_for()
    if not panel.is_visible():
        page.locator(".netkit-open-transfer").click()
    panel.wait_for(state="visible")


def upload(page, selector: str, path) -> None:
    """Choose a file in a FileUpload (its <input type=file> lives outside the page, so go
    through the file chooser its button opens)."""
    with page.expect_file_chooser() as chooser:
        page.locator(selector).click()
    chooser.value.set_files(str(path))


@pytest.mark.browser
def test_uploading_linkedin_connections_in_the_app_adds_the_contacts(start_app, page, tmp_path):
    server = start_app()
    open_app(page, server, "Contacts")
    open_transfer(page)
    path = cf.write(tmp_path, "Connections.csv", cf.linkedin(3, bom=True, hidden=2))
    upload(page, ".netkit-import .jupyter-widgets.widget-upload", path)
    preview = page.locator(".netkit-preview")
    preview.get_by_text("From Connections.csv (LinkedIn): 5 new").wait_for()
    assert "2 × hidden profile" in preview.inner_text()
    shot(page, "transfer-preview-1280")
    with netkit.open_workbook(server.workbook) as wb:
        assert wb.count_contacts() == 0  # nothing is written before the user confirms
    page.locator(".netkit-confirm-import button, button.netkit-confirm-import").first.click()
    # The panel folds itself and says what the import did above the list.
    page.locator(".netkit-contacts-notice.netkit-ok").get_by_text("5 added").wait_for()
    page.locator(".netkit-transfer").wait_for(state="hidden")
    shot(page, "transfer-imported-1280")
    with netkit.open_workbook(server.workbook) as wb:
        names = set(wb.contacts()["name"])
    assert {"Ana Pérez", "Bo Lindqvist", "Eun-ji Park 🌱"} <= names


@pytest.mark.browser
def test_a_bad_upload_shows_one_line_in_place_on_a_narrow_screen(start_app, page, tmp_path):
    page.set_viewport_size({"width": 420, "height": 800})
    server = start_app()
    open_app(page, server, "Contacts")
    open_transfer(page)
    path = cf.write(tmp_path, "broken.csv", b'Name,Email\n"Pia,pia@example.org\n')
    upload(page, ".netkit-import .jupyter-widgets.widget-upload", path)
    error = page.locator(".netkit-import .netkit-error")
    error.get_by_text("broken.csv, line 2: the CSV quoting is broken").wait_for()
    assert "Traceback" not in page.content()
    shot(page, "transfer-error-420")
    upload(
        page,
        ".netkit-import .jupyter-widgets.widget-upload",
        cf.write(tmp_path, "Connections.csv", cf.linkedin(3)),
    )
    page.locator(".netkit-preview").get_by_text("5 new").wait_for()
    shot(page, "transfer-preview-420")


@pytest.mark.browser
def test_the_backup_button_downloads_the_workbook(start_app, page):
    server = start_app()
    open_app(page, server, "Contacts")
    open_transfer(page)
    with page.expect_download() as info:
        page.locator(".netkit-backup").click()
    download = info.value
    assert download.suggested_filename.startswith("netkit-backup-")
    with open(download.path(), "rb") as handle:
        assert handle.read(16) == b"SQLite format 3\x00"


@pytest.mark.browser
def test_on_binder_the_app_says_data_is_temporary_next_to_the_backup(start_app, page, monkeypatch):
    monkeypatch.setenv("BINDER_SERVICE_HOST", "10.0.0.1")
    server = start_app()
    open_app(page, server, "Contacts")
    open_transfer(page)
    notice = page.locator(".netkit-binder-notice")
    notice.get_by_text("thrown away when you close this tab").wait_for()
    notice.scroll_into_view_if_needed()
    assert page.locator(".netkit-backup").is_visible()
    shot(page, "transfer-binder-1280")


@pytest.mark.browser
def test_after_importing_linkedin_the_industries_are_given_by_organisation(
        start_app, page, tmp_path):
    server = start_app()
    open_app(page, server, "Contacts")
    page.locator(".netkit-transfer").wait_for()  # open on an empty workbook
    path = cf.write(tmp_path, "Connections.csv", cf.linkedin(3, people=cf.COLLEAGUES))
    upload(page, ".netkit-import .jupyter-widgets.widget-upload", path)
    page.locator(".netkit-preview").get_by_text("6 new").wait_for()
    page.locator(".netkit-confirm-import button, button.netkit-confirm-import").first.click()
    page.locator(".netkit-contacts-notice").get_by_text("6 added").wait_for()
    page.locator(".netkit-transfer").wait_for(state="hidden")  # the panel folded itself
    page.locator(".netkit-form-column").wait_for(state="hidden")
    names = page.locator(".netkit-contacts .netkit-row-name")
    names.filter(has_text="Pia Lund").wait_for()
    assert names.filter(visible=True).count() == 6
    rows = page.locator(".netkit-org-row")
    assert "3 people at GreenGrid Inc." in " ".join(rows.first.inner_text().split())
    shot(page, "industries-after-import-1280")
    rows.first.locator("input").fill("Renewable energy")
    page.locator(".netkit-save-industries").click()
    page.locator(".netkit-industries .netkit-ok").get_by_text(
        "Industry saved for 3 people").wait_for()
    page.locator(".netkit-org-row", has_text="GreenGrid").wait_for(state="detached")
    with netkit.open_workbook(server.workbook) as wb:
        assert set(wb.search_contacts("renewable")["name"]) == {"Pia Lund", "Ola Berg",
                                                                "Kai Moe"}
    page.locator(".netkit-search input").fill("renewable")
    page.wait_for_function(
        "document.querySelector('.netkit-page-summary').innerText.includes('of 3')")
    assert "Renewable energy" in names.filter(visible=True).first.locator(
        "xpath=..").inner_text()
    shot(page, "industries-saved-1280")
