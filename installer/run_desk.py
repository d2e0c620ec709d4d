"""Entry point of the built desk (PyInstaller): the same as the `desk` gui-script of pyproject.toml."""

import multiprocessing
import sys

from desk.ui.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
