import pytest

from conftest import open_app, shot


@pytest.mark.browser
def test_the_app_opens_with_its_contacts_tab(start_app, page):
    server = start_app()
    open_app(page, server, "Contacts")
    assert page.locator(".netkit-contacts").is_visible()
    shot(page, "smoke")
