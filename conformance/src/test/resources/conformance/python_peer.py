"""The Python side of the conformance runner (PythonPeer.java): applies vectors to modules that
wiremessage-tool generated from the vectors' layout descriptors.

usage: python3 python_peer.py CASES.json RESULTS.json   (the module directory on sys.path)

Each case: name, module, type (binary name), frame (hex), direction, error, value (the vector's
value). Each result: name, problems (a list of strings), decoded (the value read, as the vector
writes values, or null). The Java side compares decoded values with the descriptors' rules.
"""
import asyncio
import base64
import dataclasses
import enum
import importlib
import json
import sys
import typing


def simple(binary_name):
    return binary_name.rsplit(".", 1)[-1].rsplit("$", 1)[-1]


def binary_name_of(module, cls):
    for name, c in module.TYPES.items():
        if c is cls:
            return name
    raise KeyError(cls)


def to_python(module, hint, value):
    """A vector value (JSON) as the generated module's Python value of type ``hint``."""
    origin = typing.get_origin(hint)
    if origin is typing.Union:
        if value is None:
            return None
        return to_python(module, [a for a in typing.get_args(hint) if a is not type(None)][0], value)
    if origin in (list, typing.List):
        return [to_python(module, typing.get_args(hint)[0], v) for v in value]
    if hint is typing.Any:
        return value
    if value is None:
        return None
    if hint is int:
        return int(value)
    if hint is float:
        return float(value)
    if hint is bytes:
        return base64.b64decode(value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint[value] if value in hint.__members__ else hint[value + "_"]
    if isinstance(hint, type) and issubclass(hint, module.Protocol):
        for member in hint.MEMBERS.values():
            if simple(binary_name_of(module, member)) == value["@type"]:
                return to_python(module, member, value)
        raise KeyError(value["@type"])
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint, vars(module))
        args = {}
        for f, wire in zip(dataclasses.fields(hint), hint.WIRE_NAMES):
            args[f.name] = to_python(module, hints[f.name], value.get(wire))
        return hint(**args)
    return value


def to_json(module, value, protocol_member=False):
    """A decoded Python value as the vectors write values."""
    if isinstance(value, module.Message):
        out = {}
        if protocol_member:
            out["@type"] = simple(binary_name_of(module, type(value)))
        for f, wire in zip(dataclasses.fields(value), type(value).WIRE_NAMES):
            out[wire] = to_json(module, getattr(value, f.name))
        return out
    if isinstance(value, enum.Enum):
        return value.value if isinstance(value.value, str) else value.name.rstrip("_")
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, list):
        return [to_json(module, v) for v in value]
    return value


class TrickleSocket:
    """A socket that returns one byte per recv, as a slow peer does."""

    def __init__(self, data):
        self.data, self.pos = data, 0

    def recv(self, n):
        chunk = self.data[self.pos:self.pos + 1]
        self.pos += len(chunk)
        return chunk


def read_all(codec, frame, mode):
    if mode == "from_frame":
        return [codec.from_frame(frame)]
    if mode == "connection, one byte per recv":
        return list(codec_module(codec).Connection(TrickleSocket(frame), codec))
    if mode == "asyncio, one byte at a time":
        async def run():
            reader = asyncio.StreamReader()
            for b in frame:
                reader.feed_data(bytes([b]))
            reader.feed_eof()
            conn = codec_module(codec).AsyncConnection(reader, None, codec)
            out = []
            while True:
                m = await conn.receive()
                if m is None:
                    return out
                out.append(m)
        return asyncio.run(run())
    raise ValueError(mode)


def codec_module(codec):
    return sys.modules[codec.__module__]


MODES = ("from_frame", "connection, one byte per recv", "asyncio, one byte at a time")


def apply(case):
    problems = []
    decoded = None
    module = importlib.import_module(case["module"])
    codec = module.TYPES[case["type"]]
    frame = bytes.fromhex(case["frame"])
    direction, error = case["direction"], case.get("error")
    is_protocol = issubclass(codec, module.Protocol)
    if direction in ("both", "decode"):
        for mode in MODES:
            try:
                messages = read_all(codec, frame, mode)
                if error is not None:
                    problems.append(f"{mode}: decoded {len(messages)} message(s), expected {error}")
                elif len(messages) != 1:
                    problems.append(f"{mode}: {len(messages)} messages, expected 1")
                else:
                    value = to_json(module, messages[0], is_protocol)
                    if decoded is None:
                        decoded = value
                    elif value != decoded:
                        problems.append(f"{mode}: decoded {value}, another way read {decoded}")
            except module.WireError as e:
                if e.category != error:
                    problems.append(f"{mode}: failed as {e.category}, expected {error or 'a message'} ({e})")
            except Exception as e:  # any other exception is a defect of the generated module
                problems.append(f"{mode}: {type(e).__name__}: {e}")
    if direction in ("both", "encode"):
        try:
            value = to_python(module, codec, case["value"])
            out = codec.frame_of(value)
            if error is not None:
                problems.append(f"encoded {out.hex()}, expected an encode error")
            elif out != frame:
                problems.append(f"encoded {out.hex()}, expected {frame.hex()}")
        except module.WireError as e:
            if error != "encode" or e.category != "encode":
                problems.append(f"encoding failed: {e}")
        except Exception as e:
            problems.append(f"encoding: {type(e).__name__}: {e}")
    return {"name": case["name"], "problems": problems, "decoded": decoded}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cases = json.load(f)
    results = []
    for case in cases:
        try:
            results.append(apply(case))
        except Exception as e:
            results.append({"name": case["name"], "problems": [f"cannot apply: {type(e).__name__}: {e}"],
                            "decoded": None})
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(results, f)


if __name__ == "__main__":
    main()
