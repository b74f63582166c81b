#!/usr/bin/python3
"""Walks the standalone procedure of the training scenario standalone-ready through the accessibility
tree only, as a screen reader user would: every button is found by its accessible name and role and
pressed through its AT-SPI action, every field is typed into through EditableText, and the verdict,
the refusal and the summary are read through the Text interface. Nothing looks at pixels or at Qt.

Usage: walk_standalone.py WIZARD_BINARY JOURNAL   (run by run-walk.sh on a private X and D-Bus)
Exit status 0 when the walk ends with a finished run; otherwise it says where it stopped.
"""
import subprocess
import sys
import time

import pyatspi

TIMEOUT = 20.0
wizard_binary, journal = sys.argv[1], sys.argv[2]


def fail(message):
    print("AtSpiWalk: " + message, file=sys.stderr)
    sys.exit(1)


def showing(acc):
    try:
        return acc.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


class Window:
    """The wizard's window, looked up again at every use: QWizard hides and shows its inner widgets on
    every page change, and a screen reader follows the tree as it is now."""

    def __init__(self, app):
        self.app = app

    def get(self):
        for w in self.app:
            if w is not None and showing(w) and w.name == "Secure Path Upgrade Wizard":
                return w
        return None


def descendants(acc):
    """The shown part of the tree: hidden pages (QWizard keeps every page) are not walked."""
    if isinstance(acc, Window):
        acc = acc.get()
        if acc is None:
            return
    try:
        count = acc.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        if child is None or not showing(child):
            continue
        yield child
        yield from descendants(child)


def role_name(acc):
    return acc.getRoleName()


def text_of(acc):
    try:
        t = acc.queryText()
        return t.getText(0, -1)
    except NotImplementedError:
        return acc.name or ""


CURRENT_ROOT = []


def dump(root):
    """What a screen reader could read now: the shown tree, for a failure's message."""
    lines = []
    for acc in descendants(root):
        lines.append("  %s \"%s\" %s" % (role_name(acc), acc.name, " ".join(text_of(acc).split())[:80]))
    return "\n".join(lines)


def wait_for(what, find, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = find()
        if found is not None:
            return found
        time.sleep(0.1)
    fail("timed out waiting for " + what + ("; shown now:\n" + dump(CURRENT_ROOT[0]) if CURRENT_ROOT else ""))


def find_app():
    def look():
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == "sp-upgrade-wizard":
                return app
        return None
    return wait_for("the wizard on the accessibility bus", look)


def window(app):
    w = Window(app)
    wait_for("the wizard's window", w.get)
    return w


def find(root, role, name=None, contains=None):
    for acc in descendants(root):
        if role is not None and acc.getRole() != role:
            continue
        if name is not None and acc.name != name:
            continue
        if contains is not None and contains not in text_of(acc):
            continue
        return acc
    return None


def enabled(acc):
    s = acc.getState()
    return s.contains(pyatspi.STATE_ENABLED) and s.contains(pyatspi.STATE_SENSITIVE)


def press(root, name):
    """Presses the push button called `name` once it is shown and enabled."""
    button = wait_for('button "%s"' % name,
                      lambda: (lambda b: b if b is not None and enabled(b) else None)(
                          find(root, pyatspi.ROLE_PUSH_BUTTON, name=name)))
    if not button.description:
        fail('button "%s" has no accessible description' % name)
    button.queryAction().doAction(0)
    print('pressed "%s" (%s)' % (name, button.description))


def type_into(root, name, text):
    field = wait_for('text field "%s"' % name, lambda: find(root, pyatspi.ROLE_TEXT, name=name))
    if not field.description:
        fail('text field "%s" has no accessible description' % name)
    field.queryEditableText().setTextContents(text)
    print('typed into "%s"' % name)


def read(root, what, role, contains):
    acc = wait_for(what, lambda: find(root, role, contains=contains))
    print("%s: %s" % (what, " ".join(text_of(acc).split())[:160]))
    return text_of(acc)


def page(root, title):
    """The wizard's header shows the page's title as a label."""
    wait_for('page "%s"' % title, lambda: find(root, pyatspi.ROLE_LABEL, name=title))
    print("page: " + title)


def main():
    started = time.monotonic()
    proc = subprocess.Popen([wizard_binary, "--scenario", "standalone-ready", "--journal", journal],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        app = find_app()
        w = window(app)
        CURRENT_ROOT.append(w)
        page(w, "Welcome")
        type_into(w, "Operator name", "Ada Operator")
        press(w, "Next >")

        page(w, "Preflight")
        # The verdict is a read-only text: a screen reader finds it by its name and reads its text.
        verdict = text_of(wait_for("the verdict", lambda: find(w, None, name="Verdict",
                                                               contains="Upgrade standalone Windows 2000 Server")))
        print("verdict: " + " ".join(verdict.split())[:160])
        if "Standalone server" not in verdict:
            fail("the verdict does not say why: " + verdict)
        press(w, "Next >")

        page(w, "Back up the complete system configuration")
        press(w, "Run the full backup")
        type_into(w, "Backup media or location", "LTO-2 tape 0042")
        press(w, "I attest that this backup is complete and verified")
        read(w, "confirmation", pyatspi.ROLE_LABEL, "recorded in the journal")
        press(w, "Next >")

        page(w, "Remove all SAN connections")
        press(w, "Check that no SAN volume is visible")
        refusal = read(w, "refusal", pyatspi.ROLE_LABEL, "still visible")
        if "E:" not in refusal:
            fail("the refusal does not name the volumes: " + refusal)
        press(w, "I have disconnected the SAN cables")
        press(w, "Check that no SAN volume is visible")
        read(w, "confirmation", pyatspi.ROLE_LABEL, "Checked and recorded")
        press(w, "Next >")

        page(w, "Upgrade to Windows Server 2003")
        press(w, "Run Windows Server 2003 setup")
        press(w, "Check the Windows version")
        press(w, "Upgrade done")

        page(w, "Install Secure Path 4.0A for Windows Server 2003")
        press(w, "Install HP Secure Path 4.0A")
        press(w, "Check Raidisk.sys")
        press(w, "Next >")

        page(w, "Reconnect the SAN")
        press(w, "I have reconnected the SAN cables")
        press(w, "Check that every SAN volume is back")
        press(w, "Next >")

        page(w, "Summary")
        summary = text_of(wait_for("the summary", lambda: find(w, None, name="Summary", contains="The run is finished")))
        print("summary: " + " ".join(summary.split())[:200])
        if "finished and complete" not in summary:
            fail("the summary does not say the run is complete: " + summary)
        press(w, "Finish")
        try:
            code = proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            fail("the wizard did not close after Finish")
        if code != 0:
            fail("the wizard exited with %d" % code)
    finally:
        if proc.poll() is None:
            proc.kill()
        output = proc.communicate()[0].decode(errors="replace")
        if output.strip():
            print("wizard said:\n" + output)
    check = subprocess.run([wizard_binary, "--journal", journal, "--verify-journal"], capture_output=True,
                           text=True)
    if check.returncode != 0:
        fail("the journal does not verify: " + check.stdout + check.stderr)
    print("walked through the accessibility tree in %.1f s; journal: %s" % (time.monotonic() - started,
                                                                          check.stdout.strip()))


main()
