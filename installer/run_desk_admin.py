"""Entry point of the built `desk-admin` (PyInstaller): the same as the console script of pyproject.toml."""

import multiprocessing
import sys

from desk.scripts.admin import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # desk-admin bench starts simulated agents in processes
    sys.exit(main())
