#!/usr/bin/env python
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network_site.settings.local")
    if sys.argv[1:2] != ["runserver"]:
        # Commands (migrate, load_demo…) may rightly run long: no web request timeouts (settings/base.py).
        os.environ.setdefault("DB_TIMEOUTS", "off")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
