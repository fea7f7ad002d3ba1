# Models arrive with the issue that gives this tab its public pages.
