"""Two app servers on one PostgreSQL and one Redis behave as one site.

Starts a throwaway PostgreSQL and Redis in a temp dir, seeds the full catalogue, and runs two
gunicorn instances (2 workers each) as a reverse proxy would see them: production settings,
one proxy hop, the same secret key. Then shows that a save limit is counted once across both,
that an import or a seed on one is seen by the other within 2 s, and that a questionnaire
started on one continues on the other. Skipped only when PostgreSQL's initdb or redis-server
is not installed (Debian packages `postgresql` and `redis-server`).
"""

from __future__ import annotations

import glob
import http.client
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from limits import parse as parse_limit

from kiesmbo.config import Config
from kiesmbo.questionnaire import Interest
from kiesmbo.views.orientation import PAGES, TOTAL_STEPS

PROJECT_ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
# The public name a reverse proxy passes on unchanged to every app server.
PUBLIC_HOST = "kiesmbo.test"
CLIENT_ADDRESS = "203.0.113.7"  # what the proxy says the pupil's address is
PROGRAMME = "/opleidingen/25655/mbo-verpleegkundige"
SAVE_LIMIT = parse_limit(Config.SAVE_RESULT_LIMIT).amount  # saves per hour
SEEN_WITHIN_SECONDS = 2.0
INITDB = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
REDIS_SERVER = shutil.which("redis-server")

pytestmark = pytest.mark.skipif(
    not INITDB or REDIS_SERVER is None,
    reason="needs PostgreSQL's initdb (Debian postgresql) and redis-server (Debian "
           "redis-server) to start real servers")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _venv_tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def _wait_for_port(port: int, process: subprocess.Popen, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not listen on port {port} within {timeout} s")


def _wait_for_health(port: int, process: subprocess.Popen, what: str,
                     timeout: float = 180) -> None:
    """Wait until a worker answers /health: gunicorn listens before its workers have loaded
    the app and built the catalogue, which takes long on a busy machine."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        connection = http.client.HTTPConnection(HOST, port, timeout=10)
        try:
            connection.request("GET", "/health")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        finally:
            connection.close()
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not answer /health within {timeout} s")


@dataclass
class Browser:
    """One pupil's browser behind the proxy: keeps its cookies, whichever server answers.

    The cookies are Secure (production), so they are kept by hand: the proxy speaks HTTPS
    to the browser (X-Forwarded-Proto) and plain HTTP to the app servers.
    """

    cookies: dict[str, str] = field(default_factory=dict)

    def request(self, port: int, method: str, path: str,
                form: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
        headers = {"Host": PUBLIC_HOST, "X-Forwarded-For": CLIENT_ADDRESS,
                   "X-Forwarded-Proto": "https", "Referer": f"https://{PUBLIC_HOST}{path}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection(HOST, port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    for key, morsel in SimpleCookie(value).items():
                        self.cookies[key] = morsel.value
            return response.status, {k.lower(): v for k, v in response.getheaders()}, text
        finally:
            connection.close()

    def get(self, port: int, path: str) -> tuple[int, dict[str, str], str]:
        return self.request(port, "GET", path)

    def token(self, port: int, path: str = "/orientatie/stap/1") -> str:
        status, _headers, text = self.get(port, path)
        assert status == 200, (path, status)
        field_ = BeautifulSoup(text, "html.parser").select_one("input[name=csrf_token]")
        assert field_ is not None, path
        return str(field_["value"])

    def post(self, port: int, path: str, data: dict[str, str],
             token_from: str = "/orientatie/stap/1") -> tuple[int, dict[str, str], str]:
        return self.request(port, "POST", path,
                            {"csrf_token": self.token(port, token_from), **data})


@dataclass
class Cluster:
    """The two app servers and what they share."""

    a: int
    b: int
    env: dict[str, str]
    tmp: Path

    def flask(self, *args: str) -> None:
        """Run a flask CLI command as an operator would on server A's machine."""
        result = subprocess.run([_venv_tool("flask"), "--app", "kiesmbo", *args],
                                cwd=PROJECT_ROOT, env=self.env, capture_output=True, text=True,
                                timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr


def _start_postgres(tmp: Path, port: int) -> list[str]:
    """initdb and start a server like scripts/with_postgres.sh; return the pg_ctl stop command."""
    bindir = Path(INITDB[-1]).parent
    as_owner: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(tmp, "postgres", "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]
    data = tmp / "pgdata"
    subprocess.run([*as_owner, str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
                   check=True, capture_output=True)
    subprocess.run([*as_owner, str(bindir / "pg_ctl"), "-D", str(data), "-l",
                    str(tmp / "pg.log"), "-w", "start", "-o",
                    f"-p {port} -k {tmp} -c listen_addresses={HOST} -c fsync=off"],
                   check=True, capture_output=True)
    return [*as_owner, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]


def _spawn(command: list[str], log: Path, env: Mapping[str, str]) -> subprocess.Popen:
    """Start a server in the background with its output in a log file."""
    with log.open("wb") as out:
        return subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=out,
                                stderr=subprocess.STDOUT)


def _run_while_asking(cluster: Cluster, port: int, marker: str, *args: str) -> None:
    """Run a flask command while the programme page on `port` is asked for all the time,
    as on a live site: every worker has just checked the catalogue version when it ends,
    so the time to see the change is the recheck interval plus the rebuild."""
    with (cluster.tmp / "command.log").open("wb") as out:
        command = subprocess.Popen([_venv_tool("flask"), "--app", "kiesmbo", *args],
                                   cwd=PROJECT_ROOT, env=cluster.env, stdout=out,
                                   stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 300
    while command.poll() is None and time.monotonic() < deadline:
        _shows(port, marker)
    assert command.wait(timeout=10) == 0, (cluster.tmp / "command.log").read_text()


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    tmp = tmp_path_factory.mktemp("multi")
    # Its own folder under /tmp: the postgres user cannot enter pytest's (mode 0700).
    pg_tmp = Path(tempfile.mkdtemp(prefix="kiesmbo-pg-"))
    pg_port, redis_port, port_a, port_b = (_free_port() for _ in range(4))
    processes: list[subprocess.Popen] = []
    try:
        stop_postgres = _start_postgres(pg_tmp, pg_port)
    except BaseException:
        shutil.rmtree(pg_tmp, ignore_errors=True)
        raise
    try:
        redis = _spawn([str(REDIS_SERVER), "--port", str(redis_port), "--bind", HOST,
                        "--save", "", "--appendonly", "no", "--dir", str(tmp)],
                       tmp / "redis.log", os.environ)
        processes.append(redis)
        _wait_for_port(redis_port, redis, "redis-server")
        env = {**os.environ,
               "DATABASE_URL": f"postgresql+psycopg://postgres@{HOST}:{pg_port}/postgres",
               "RATELIMIT_STORAGE_URI": f"redis://{HOST}:{redis_port}/0",
               "KIESMBO_SECRET_KEY": secrets.token_urlsafe(48),
               "KIESMBO_ENV": "production", "KIESMBO_PROXY_HOPS": "1"}
        env.pop("KIESMBO_PAGE_CACHE_ENTRIES", None)
        cluster = Cluster(port_a, port_b, env, tmp)
        cluster.flask("seed")
        for name, port in (("a", port_a), ("b", port_b)):
            server = _spawn([_venv_tool("gunicorn"), "--workers", "2", "--bind",
                             f"{HOST}:{port}", "wsgi:app"], tmp / f"gunicorn-{name}.log", env)
            processes.append(server)
            _wait_for_health(port, server, f"gunicorn {name}")
        yield cluster
    finally:
        for process in reversed(processes):
            _stop(process)
        subprocess.run(stop_postgres, capture_output=True)
        shutil.rmtree(pg_tmp, ignore_errors=True)


def _answers(step: int) -> dict[str, str]:
    return {item.id: "5" if item.interest == Interest.SOCIAL else "1" for item in PAGES[step - 1]}


CHOICES = {"learning": "either", "school": "vmbo_kader", "distance": "25", "place": "",
           "in_mind": ""}


def _finish_questionnaire(cluster: Cluster, browser: Browser) -> None:
    """Answer every step, each on the other server than the step before."""
    ports = (cluster.a, cluster.b)
    for step in range(1, TOTAL_STEPS + 1):
        port = ports[step % 2]
        path = f"/orientatie/stap/{step}"
        status, _headers, _text = browser.get(port, path)
        assert status == 200, f"step {step} on port {port}: {status} (session not shared?)"
        data = _answers(step) if step < TOTAL_STEPS else CHOICES
        status, headers, _text = browser.post(port, path, data, token_from=path)
        assert status == 303, (step, status)
        expected = ("/orientatie/uitslag" if step == TOTAL_STEPS
                    else f"/orientatie/stap/{step + 1}")
        assert headers["location"].endswith(expected), (step, headers["location"])


def test_a_session_started_on_one_server_continues_on_the_other(cluster: Cluster):
    browser = Browser()
    status, headers, _text = browser.post(cluster.a, "/orientatie/stap/1", _answers(1))
    assert status == 303 and headers["location"].endswith("/orientatie/stap/2")
    # Step 2 on B: B knows step 1 was answered (it would send a new visitor to step 1).
    status, headers, text = browser.get(cluster.b, "/orientatie/stap/2")
    assert status == 200, headers.get("location")
    assert "stap/2" in text
    _finish_questionnaire(cluster, browser)
    status, _headers, text = browser.get(cluster.a, "/orientatie/uitslag?weight=some")
    assert status == 200
    status, _headers, text_b = browser.get(cluster.b, "/orientatie/uitslag?weight=some")
    assert status == 200
    titles = [re.findall(r'href="(/opleidingen/\d+/[^"]+)"', t)[:5] for t in (text, text_b)]
    assert titles[0] and titles[0] == titles[1]


def test_the_save_limit_is_counted_once_across_both_servers(cluster: Cluster):
    browser = Browser()
    _finish_questionnaire(cluster, browser)
    statuses, remaining = [], []
    for attempt in range(SAVE_LIMIT + 1):
        port = (cluster.a, cluster.b)[attempt % 2]  # a proxy's round robin
        status, headers, _text = browser.post(port, "/orientatie/bewaar", {},
                                              token_from="/orientatie/uitslag?weight=some")
        statuses.append(status)
        remaining.append(headers.get("x-ratelimit-remaining"))
    assert statuses == [303] * SAVE_LIMIT + [429], statuses
    # One count: each server saw the other's saves.
    assert remaining[:SAVE_LIMIT] == [str(SAVE_LIMIT - 1 - i) for i in range(SAVE_LIMIT)]
    # The 429 page is the translated one, on both servers.
    status, _headers, text = browser.post(cluster.a, "/orientatie/bewaar", {},
                                          token_from="/orientatie/uitslag?weight=some")
    assert status == 429 and 'lang="nl"' in text


def _shows(port: int, marker: str) -> bool:
    status, _headers, text = Browser().get(port, PROGRAMME)
    assert status == 200
    return marker in text


def _seen_on(port: int, marker: str, present: bool) -> float:
    """Seconds until the programme page on `port` shows (or no longer shows) the marker.

    Every worker must have caught up (each request may land on another one), so the time
    counts from the first of five answers in a row that agree; it polls for at most
    SEEN_WITHIN_SECONDS (plus the rest of a streak begun before then), else returns inf.
    """
    start = time.monotonic()
    streak_began: float | None = None
    agreeing = 0
    while True:
        asked_at = time.monotonic() - start
        if _shows(port, marker) == present:
            agreeing += 1
            streak_began = asked_at if streak_began is None else streak_began
            if agreeing >= 5:
                return streak_began
        else:
            agreeing, streak_began = 0, None
            if asked_at > SEEN_WITHIN_SECONDS:
                return float("inf")
        time.sleep(0.05)


def test_an_import_or_a_seed_on_one_server_is_seen_by_the_other(cluster: Cluster):
    marker = "Meerdere-servers-proef 2099"
    assert not _shows(cluster.a, marker) and not _shows(cluster.b, marker)
    figures = cluster.tmp / "figures.csv"
    figures.write_text("crebo,leerweg,region,indicator,value,unit,year,source\n"
                       f"25655,,,start_salary,2987,eur_month,2099,{marker}\n", encoding="utf-8")
    _run_while_asking(cluster, cluster.b, marker, "import-figures", str(figures))
    seconds = _seen_on(cluster.b, marker, present=True)
    assert seconds <= SEEN_WITHIN_SECONDS, f"server B showed the imported figure after {seconds} s"
    assert _seen_on(cluster.a, marker, present=True) <= SEEN_WITHIN_SECONDS
    # A reset seed drops the imported figure; B follows again.
    _run_while_asking(cluster, cluster.b, marker, "seed", "--reset")
    seconds = _seen_on(cluster.b, marker, present=False)
    assert seconds <= SEEN_WITHIN_SECONDS, f"server B showed the new catalogue after {seconds} s"
