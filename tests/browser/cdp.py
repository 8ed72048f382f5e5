"""A small Chrome DevTools Protocol driver for headless Chromium, Python 3 stdlib only.

Chromium is started with --remote-debugging-pipe: it reads commands from its fd 3 and writes replies and events
to its fd 4, each message one JSON object terminated by a NUL byte. One reader thread collects the messages;
every wait has a timeout and says what it was waiting for.

    with Browser.launch() as browser:
        page = browser.new_page()
        page.goto("file:///.../index.html")
        page.eval("document.title")
        page.click("a.person")             # scroll into view, click the centre of its box
        page.key("Tab"); page.key("Escape")
        page.screenshot("/tmp/x.png", full=True)
"""

import base64
import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic", "--remote-debugging-pipe",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio", "--font-render-hinting=none",
]

# key name -> (code, windowsVirtualKeyCode, text typed on keyDown)
KEYS = {
    "Tab": ("Tab", 9, ""), "Enter": ("Enter", 13, "\r"), "Escape": ("Escape", 27, ""),
    "Space": ("Space", 32, " "), "ArrowDown": ("ArrowDown", 40, ""), "ArrowUp": ("ArrowUp", 38, ""),
    "Backspace": ("Backspace", 8, ""), "Home": ("Home", 36, ""), "End": ("End", 35, ""),
}
SHIFT = 8


class CDPError(Exception):
    pass


class Browser:
    """One Chromium process and the pipe to it."""

    def __init__(self, proc, to_chrome, from_chrome, profile):
        self.proc, self._w, self._r, self.profile = proc, to_chrome, from_chrome, profile
        self._next_id = 0
        self._replies = {}      # id -> message
        self.events = []        # every event, in order: {"method", "params", "sessionId"}
        self._cond = threading.Condition()
        self._closed = False
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    @classmethod
    def launch(cls, chromium=CHROMIUM, extra_flags=(), timeout=20):
        if not os.path.exists(chromium):
            raise CDPError(f"{chromium} is missing: run scripts/install-deps.sh (it installs the Debian package "
                           f"chromium), or set CHROMIUM to a Chromium binary")
        profile = tempfile.mkdtemp(prefix="editio-chromium-")
        # Pipes whose ends are moved to fds 3 (Chromium reads) and 4 (Chromium writes) in the child. The parent's
        # copies are first put above 4 so that the dup2 calls in the child cannot overwrite one another.
        c_read, p_write = os.pipe()
        p_read, c_write = os.pipe()
        c_read, c_write = (fd if fd > 4 else _dup_above(fd, 4) for fd in (c_read, c_write))

        def child_fds():
            os.dup2(c_read, 3)
            os.dup2(c_write, 4)
            _die_with_parent()

        _become_subreaper()
        args = [chromium, *FLAGS, f"--user-data-dir={profile}", *extra_flags, "about:blank"]
        try:
            proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, pass_fds=(3, 4), preexec_fn=child_fds,
                                    start_new_session=True)
        except BaseException:
            shutil.rmtree(profile, ignore_errors=True)
            raise
        finally:
            os.close(c_read)
            os.close(c_write)
        browser = cls(proc, p_write, p_read, profile)
        threading.Thread(target=browser._drain_stderr, daemon=True).start()
        try:
            browser.send("Browser.getVersion", timeout=timeout)
        except BaseException:
            browser.close()
            raise
        return browser

    # -- plumbing -------------------------------------------------------------------------------------------------

    def _drain_stderr(self):
        self.stderr_tail = []
        for line in self.proc.stderr:
            self.stderr_tail = (self.stderr_tail + [line.decode(errors="replace").rstrip()])[-30:]

    def _read_loop(self):
        buf = b""
        while True:
            try:
                chunk = os.read(self._r, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                break
            buf += chunk
            *messages, buf = buf.split(b"\0")
            with self._cond:
                for raw in messages:
                    msg = json.loads(raw)
                    if "id" in msg:
                        self._replies[msg["id"]] = msg
                    else:
                        self.events.append(msg)
                self._cond.notify_all()
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def send_async(self, method, params=None, session=None):
        with self._cond:
            self._next_id += 1
            mid = self._next_id
        msg = {"id": mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        data = json.dumps(msg).encode() + b"\0"
        while data:
            data = data[os.write(self._w, data):]
        return mid

    def send(self, method, params=None, session=None, timeout=10):
        """Sends a command and returns its result; raises CDPError on an error reply or after the timeout."""
        mid = self.send_async(method, params, session)
        deadline = time.monotonic() + timeout
        with self._cond:
            while mid not in self._replies:
                if self._closed:
                    raise CDPError(f"Chromium closed the pipe while waiting for the reply to {method}"
                                   f"{self._stderr_hint()}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise CDPError(f"timeout after {timeout}s waiting for the reply to {method}")
                self._cond.wait(left)
            msg = self._replies.pop(mid)
        if "error" in msg:
            raise CDPError(f"{method}: {msg['error'].get('message')} {msg['error'].get('data', '')}".strip())
        return msg.get("result", {})

    def mark(self):
        """A position in the event list: wait_event(after=mark) only sees events that come later."""
        with self._cond:
            return len(self.events)

    def wait_event(self, methods, session=None, after=0, timeout=10, what=None, predicate=None):
        """Waits for an event whose method is in `methods` (a name or a tuple) after position `after`."""
        methods = (methods,) if isinstance(methods, str) else tuple(methods)
        deadline = time.monotonic() + timeout
        i = after
        with self._cond:
            while True:
                while i < len(self.events):
                    ev = self.events[i]
                    i += 1
                    if ev["method"] in methods and (session is None or ev.get("sessionId") == session) \
                            and (predicate is None or predicate(ev["params"])):
                        return ev
                if self._closed:
                    raise CDPError(f"Chromium closed the pipe while waiting for {what or '/'.join(methods)}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise CDPError(f"timeout after {timeout}s waiting for {what or '/'.join(methods)}")
                self._cond.wait(left)

    def _stderr_hint(self):
        tail = getattr(self, "stderr_tail", [])
        return (": Chromium said:\n  " + "\n  ".join(tail[-10:])) if tail else ""

    # -- pages ----------------------------------------------------------------------------------------------------

    def new_page(self, width=1280, height=900):
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, target, session)
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(f"{domain}.enable", session=session)
        page.viewport(width, height)
        return page

    def close(self):
        """Ends Chromium (its whole process group) and removes the temporary profile. Safe to call twice."""
        if self.proc.poll() is None:
            try:
                self.send_async("Browser.close")
                self.proc.wait(timeout=3)
            except Exception:
                pass
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=10)
        # helpers (zygote, renderers) left behind in the group Chromium led: kill them and reap them (they are
        # our children: see _become_subreaper), so that no process and no zombie outlives the run
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                break
            _reap()
            time.sleep(0.02)
        _reap()
        for fd in (self._w, self._r):
            try:
                os.close(fd)
            except OSError:
                pass
        self._w = self._r = -1
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _become_subreaper():
    """Linux: Chromium's helper processes, orphaned when it exits, become children of this process (not of an
    init that may never reap them), so close() can reap them."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except Exception:
        pass


def _die_with_parent():
    """Linux, in the child: Chromium gets SIGKILL when this process dies (even killed by a test timeout)."""
    try:
        import ctypes
        ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def _reap():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _dup_above(fd, n):
    import fcntl
    new = fcntl.fcntl(fd, fcntl.F_DUPFD, n + 1)
    os.close(fd)
    return new


class Page:
    """One tab, attached with a flat session: navigation, script, input, screenshots, and what it logged."""

    def __init__(self, browser, target, session):
        self.browser, self.target, self.session = browser, target, session
        self.width, self.height, self.mobile = 1280, 900, False
        self.scripts_disabled = False

    def send(self, method, params=None, timeout=10):
        return self.browser.send(method, params, self.session, timeout)

    def mark(self):
        return self.browser.mark()

    def wait_event(self, methods, after=0, timeout=10, what=None, predicate=None):
        return self.browser.wait_event(methods, self.session, after, timeout, what, predicate)

    # -- navigation -----------------------------------------------------------------------------------------------

    def goto(self, url, timeout=15):
        """Navigates and waits for the load event (or the same-document navigation of a fragment change)."""
        mark = self.mark()
        res = self.send("Page.navigate", {"url": url}, timeout)
        if res.get("errorText"):
            raise CDPError(f"navigating to {url}: {res['errorText']}")
        if res.get("loaderId"):
            self.wait_event("Page.loadEventFired", mark, timeout, f"the load event of {url}")
        return res

    def reload(self, timeout=15):
        mark = self.mark()
        self.send("Page.reload", {"ignoreCache": True})
        self.wait_event("Page.loadEventFired", mark, timeout, "the load event after reload")

    def wait_load(self, after, timeout=10, what="a page load"):
        """Waits for a load event after `after` (a mark taken before the action that navigates)."""
        return self.wait_event("Page.loadEventFired", after, timeout, what)

    def wait_navigation(self, after, timeout=10, what="a navigation"):
        """Waits for a new document's load or a same-document (fragment) navigation after `after`."""
        ev = self.wait_event(("Page.loadEventFired", "Page.navigatedWithinDocument"), after, timeout, what)
        return ev["method"]

    def wait_for(self, expression, timeout=5, what=None, interval=0.05):
        """Polls a JS expression until it is truthy; returns its value or raises after the timeout."""
        deadline = time.monotonic() + timeout
        last_error = None
        while True:
            try:
                value = self.eval(expression)
                if value:
                    return value
            except CDPError as e:  # e.g. the context went away during a navigation
                last_error = e
            if time.monotonic() >= deadline:
                raise CDPError(f"timeout after {timeout}s waiting for {what or expression}"
                               + (f" (last error: {last_error})" if last_error else ""))
            time.sleep(interval)

    def settle(self, timeout=3, interval=0.05):
        """Waits until the page stops scrolling (smooth scrolling after focus, a fragment, scrollIntoView)."""
        deadline = time.monotonic() + timeout
        prev = None
        while time.monotonic() < deadline:
            pos = self.eval("[scrollX, scrollY, visualViewport ? visualViewport.pageTop : 0]")
            if pos == prev:
                return pos
            prev = pos
            time.sleep(interval)
        raise CDPError(f"timeout after {timeout}s waiting for the page to stop scrolling")

    @property
    def url(self):
        return self.eval("location.href")

    # -- script ---------------------------------------------------------------------------------------------------

    def eval(self, expression, timeout=10):
        """Evaluates JS in the page and returns its value (JSON-able; promises are awaited)."""
        res = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                             "awaitPromise": True, "userGesture": True}, timeout)
        if "exceptionDetails" in res:
            d = res["exceptionDetails"]
            desc = d.get("exception", {}).get("description") or d.get("text")
            raise CDPError(f"JS error in {expression[:80]!r}: {desc}")
        return res["result"].get("value")

    def js_disabled(self, disabled):
        """Disables (or enables again) the page's scripts; eval() still works. Takes effect on the next load."""
        self.scripts_disabled = bool(disabled)
        self.send("Emulation.setScriptExecutionDisabled", {"value": bool(disabled)})

    # -- input ----------------------------------------------------------------------------------------------------

    def key(self, name, shift=False):
        """Presses and releases a key (Tab, Enter, Escape, ...)."""
        code, vk, text = KEYS[name]
        base = {"key": name if name != "Space" else " ", "code": code, "windowsVirtualKeyCode": vk,
                "nativeVirtualKeyCode": vk, "modifiers": SHIFT if shift else 0}
        down = dict(base, type="keyDown" if text else "rawKeyDown")
        if text:
            down.update(text=text, unmodifiedText=text)
        self.send("Input.dispatchKeyEvent", down)
        self.send("Input.dispatchKeyEvent", dict(base, type="keyUp"))

    def insert_text(self, text):
        """Types text into the focused element (as an IME commit: one input event)."""
        self.send("Input.insertText", {"text": text})

    def box(self, selector, scroll=True):
        """Scrolls the element into view, waits until it stops moving (fonts loading, the scroll to a fragment),
        and returns its box in viewport coordinates, with its centre and whether the element (or a descendant)
        is what is hit at the centre."""
        sel = json.dumps(selector)
        if scroll:
            self.eval(f"(el => el && el.scrollIntoView({{block: 'center', inline: 'center', behavior: 'instant'}}))"
                      f"(document.querySelector({sel}))")
        if not self.scripts_disabled:  # (promises are not run while page scripts are disabled)
            self.eval("document.fonts.ready.then(() => true)")
        measure = """(() => {
          const el = document.querySelector(%s);
          if (!el) return null;
          const r = el.getBoundingClientRect();
          const x = r.left + r.width / 2, y = r.top + r.height / 2;
          const hit = document.elementFromPoint(x, y);
          return {x, y, left: r.left, top: r.top, width: r.width, height: r.height,
                  hit: !!hit && (hit === el || el.contains(hit)),
                  hitDesc: hit ? hit.tagName.toLowerCase() + (hit.id ? '#' + hit.id : '') +
                                 (hit.className && typeof hit.className === 'string' ? '.' + hit.className.trim().replace(/\\s+/g, '.') : '') : null};
        })()""" % sel
        b = prev = None
        for _ in range(40):
            b = self.eval(measure)
            if b is None or b == prev:
                break
            prev = b
            time.sleep(0.05)
        if b is None:
            raise CDPError(f"no element matches {selector!r} on {self.url}")
        if b["width"] <= 0 or b["height"] <= 0:
            raise CDPError(f"{selector!r} has no box (hidden?) on {self.url}")
        return b

    def mouse_move(self, x, y):
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y, "button": "none"})

    def click_at(self, x, y):
        self.mouse_move(x, y)
        for t in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": t, "x": x, "y": y, "button": "left", "buttons": 1,
                                                   "clickCount": 1})

    def click(self, selector):
        """Clicks the centre of the element's box (after scrolling it into view) with real mouse events.
        Fails when another element covers that point."""
        b = self.box(selector)
        if not b["hit"]:
            raise CDPError(f"cannot click {selector!r}: the point ({b['x']:.0f},{b['y']:.0f}) hits "
                           f"{b['hitDesc']} instead")
        self.click_at(b["x"], b["y"])
        return b

    def hover(self, selector):
        b = self.box(selector)
        self.mouse_move(b["x"], b["y"])
        return b

    # -- viewport and screenshots ---------------------------------------------------------------------------------

    def viewport(self, width, height, mobile=False, scale=1):
        self.width, self.height, self.mobile = width, height, mobile
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                         "deviceScaleFactor": scale, "mobile": mobile})
        self.send("Emulation.setTouchEmulationEnabled", {"enabled": mobile})

    def phone(self):
        self.viewport(390, 844, mobile=True, scale=2)

    def desktop(self):
        self.viewport(1280, 900)

    def screenshot(self, path, full=False):
        params = {"format": "png"}
        if full:
            m = self.send("Page.getLayoutMetrics")
            size = m.get("cssContentSize") or m["contentSize"]
            params.update(captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 16000),
                                "scale": 1})
        data = self.send("Page.captureScreenshot", params, timeout=30)["data"]
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        return path

    # -- what the page did ----------------------------------------------------------------------------------------

    def requests(self, after=0):
        """URLs requested (Network.requestWillBeSent) after a mark."""
        return [ev["params"]["request"]["url"] for ev in self.browser.events[after:]
                if ev.get("sessionId") == self.session and ev["method"] == "Network.requestWillBeSent"]

    def failed_requests(self, after=0):
        by_id = {ev["params"]["requestId"]: ev["params"]["request"]["url"] for ev in self.browser.events[after:]
                 if ev.get("sessionId") == self.session and ev["method"] == "Network.requestWillBeSent"}
        return [(by_id.get(ev["params"]["requestId"], "?"), ev["params"].get("errorText"))
                for ev in self.browser.events[after:]
                if ev.get("sessionId") == self.session and ev["method"] == "Network.loadingFailed"]

    def errors(self, after=0):
        """Console errors and uncaught exceptions after a mark, as readable strings."""
        out = []
        for ev in self.browser.events[after:]:
            if ev.get("sessionId") != self.session:
                continue
            m, p = ev["method"], ev["params"]
            if m == "Runtime.exceptionThrown":
                d = p["exceptionDetails"]
                out.append("exception: " + (d.get("exception", {}).get("description") or d.get("text", "")) +
                           f" ({d.get('url', '')}:{d.get('lineNumber', '')})")
            elif m == "Runtime.consoleAPICalled" and p["type"] in ("error", "assert"):
                out.append("console.error: " + " ".join(str(a.get("value", a.get("description", "")))
                                                        for a in p["args"]))
            elif m == "Log.entryAdded" and p["entry"]["level"] == "error":
                e = p["entry"]
                out.append(f"log ({e['source']}): {e['text']} {e.get('url', '')}".rstrip())
        return out
