"""A throwaway PostgreSQL server for the tests and the benchmarks: initdb + pg_ctl in a temporary folder, loopback only.

As root (these machines run us as root, and initdb refuses root) the server runs as the `postgres`
system user through runuser, on a folder owned by that user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def find_bin_dir() -> Path | None:
    configured = os.environ.get("DESK_PG_BIN")
    if configured:
        return Path(configured)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    if candidates:
        return Path(candidates[-1])
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ThrowawayPostgres:
    superuser = "desk"

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.port = free_loopback_port()
        self.root = Path(tempfile.mkdtemp(prefix="desk-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.as_root = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}\n{log}")

    def start(self) -> None:
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(
            "initdb", "-D", str(self.data), "-U", self.superuser, "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        self._require_passwords()
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "start")

    def _require_passwords(self) -> None:
        """The superuser (the tests' owner) keeps trust on loopback; every other login (the desk's per-person
        logins) must give its password, as on a real server."""
        hba = self.data / "pg_hba.conf"
        rules = (f"local all {self.superuser} trust\nhost all {self.superuser} 127.0.0.1/32 trust\n"
                 "local all all scram-sha-256\nhost all all 127.0.0.1/32 scram-sha-256\n")  # fmt: skip
        command = ["tee", str(hba)]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, input=rules, capture_output=True, text=True, check=True, timeout=30)

    def stop(self) -> None:
        try:
            if self.data.exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.superuser}@127.0.0.1:{self.port}/{database}"

    # --- the database going away and coming back (tests/test_faults.py) ----------------------------------

    def shut_down(self) -> None:
        """Stop the server as an administrator would (`pg_ctl stop -m fast`: sessions are cut, nothing is
        left half-written), keeping its data so that `restart()` brings the same databases back."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def restart(self) -> None:
        """Start it again, stopped or not. `pg_ctl restart` reuses the options of the last start (postmaster.opts):
        the same port, socket folder and settings as `start()` gave it."""
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "restart")

    def is_running(self) -> bool:
        command = [str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "status"]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=60).returncode == 0
