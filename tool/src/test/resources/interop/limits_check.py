"""Checks the generated module's limits and partial-read helpers (run by PythonModuleTest).
Prints one line per check that holds; exits non-zero at the first that does not."""
import socket

from limits import Connection, Empties, FrameBuffer, Line, Node, Profile, Tiny, WireError, parse_json


def fails(category, action, offset=None):
    try:
        action()
    except WireError as e:
        assert e.category == category, f"{e.category}, expected {category}: {e}"
        assert offset is None or e.offset == offset, f"offset {e.offset}, expected {offset}: {e}"
        return str(e)
    raise AssertionError(f"no error, expected {category}")


def check(name, result=""):
    print(f"ok {name}{' -- ' + result if result else ''}")


# frame-too-long on the header alone: the payload never arrived and nothing of its size is held
frames = FrameBuffer(Tiny)
check("header over the limit", fails("frame-too-long", lambda: frames.feed(b"\x05")))
check("VARINT header of 11 bytes", fails("malformed", lambda: FrameBuffer(Tiny).feed(b"\x80" * 11)))
cut = FrameBuffer(Tiny)
assert cut.feed(b"\x02\x01") == []
check("end inside a frame", fails("truncated", cut.finish))
check("delimited: 9 bytes without a delimiter", fails("frame-too-long", lambda: FrameBuffer(Line).feed(b"123456789")))
assert FrameBuffer(Line).feed(b"1234" + b"5678\n") == [Line("12345678")]
check("delimited: 8 bytes then the delimiter")
check("delimiter in a payload", fails("encode", lambda: Line("a\nb").to_frame()))
check("integer out of range", fails("encode", lambda: Tiny(300).to_frame()))

# nesting depth: 64 levels read, the 65th is refused where it starts
assert Node.decode(bytes.fromhex("0701" * 63 + "0700")).value == 7
check("64 nested levels", fails("malformed", lambda: Node.decode(bytes.fromhex("0701" * 64 + "0700")), 128))

# maxima and counts, before anything is built
check("maxBytes", fails("malformed", lambda: Profile.decode(bytes.fromhex("05" + "61" * 5 + "00" + "00000000")), 0))
check("@Count(max)", fails("malformed", lambda: Profile.decode(bytes.fromhex("0161" + "03010203" + "00000000")), 2))
check("count against the bytes left",
      fails("malformed", lambda: Profile.decode(bytes.fromhex("0161" + "00" + "ffffffff" + "0000000161")), 3))
check("maxBytes on encode", fails("encode", lambda: Profile("abcde", [], []).to_frame()))
check("@Count(max) on encode", fails("encode", lambda: Profile("a", [1, 2, 3], []).to_frame()))
assert len(Empties.decode(bytes.fromhex("00010000")).xs) == 65536
check("empty elements over the budget", fails("malformed", lambda: Empties.decode(bytes.fromhex("00010001"))))

# JSON: an escaped half of a surrogate pair is not text (the Java side refuses it too)
check("lone surrogate in JSON", fails("malformed", lambda: parse_json(b'{"s":"\\ud800"}', "X", 0)))

# a blocking socket: a frame in pieces, then a clean end
a, b = socket.socketpair()
frame = Tiny(9).to_frame() + Tiny(10).to_frame()
a.sendall(frame[:1])
a.sendall(frame[1:3])
a.sendall(frame[3:])
a.shutdown(socket.SHUT_WR)
conn = Connection(b, Tiny, chunk=1)
assert conn.receive() == Tiny(9) and conn.receive() == Tiny(10) and conn.receive() is None
check("Connection: frames in pieces, then a clean end")
