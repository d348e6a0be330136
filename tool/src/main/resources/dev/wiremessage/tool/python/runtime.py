from __future__ import annotations

import asyncio
import datetime
import decimal
import enum
import ipaddress
import json
import socket
import struct
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar, Dict, Iterator, List, Literal, Optional, Tuple, Type, TypeVar, Union

# ---------------------------------------------------------------------------------------------
# The wire format (docs/wire-format.md): errors, lengths, the payload writer and reader, framing.
# The same in every generated module; the message classes follow below.
# ---------------------------------------------------------------------------------------------

FRAME_TOO_LONG = "frame-too-long"
TRUNCATED = "truncated"
MALFORMED = "malformed"
ENCODE = "encode"

MAX_DEPTH = 64
"""Messages nested inside one another on one path, the top-level message counting 1."""
MAX_ZERO_WIDTH_ELEMENTS = 65536
"""Elements that take no bytes (empty records), all lists of one payload together."""
_VARINT_MAX = (1 << 63) - 1
E = TypeVar("E", bound=enum.Enum)
_WIDTHS = {"U8": 1, "U16": 2, "U24": 3, "U32": 4, "U64": 8}


class WireError(Exception):
    """Every failure of this module. ``category`` is one of ``frame-too-long``, ``truncated``,
    ``malformed`` (bytes that break the format) or ``encode`` (a value that cannot be written;
    nothing is written then). ``offset`` is the payload byte where reading broke, when known."""

    def __init__(self, category: str, message: str, offset: Optional[int] = None) -> None:
        super().__init__(f"{category}: {message}" + ("" if offset is None else f" (at byte {offset})"))
        self.category = category
        self.detail = message
        self.offset = offset


def _order(order: str) -> Literal["little", "big"]:
    return "little" if order == "LITTLE" else "big"


def _encode_length(n: int, kind: str, order: str, where: str) -> bytes:
    """A length, count or tag: U8..U64 in ``order``, VARINT (unsigned LEB128), or nothing for REST."""
    if kind == "REST":
        return b""
    if n < 0:
        raise WireError(ENCODE, f"{where}: negative length {n}")
    if kind == "VARINT":
        if n > _VARINT_MAX:
            raise WireError(ENCODE, f"{where}: {n} does not fit a VARINT")
        out = bytearray()
        while True:
            low, n = n & 0x7F, n >> 7
            out.append(low | 0x80 if n else low)
            if not n:
                return bytes(out)
    width = _WIDTHS[kind]
    if n >= 1 << (8 * width):
        raise WireError(ENCODE, f"{where}: {n} does not fit {kind}")
    return n.to_bytes(width, _order(order))


def _twos_complement(value: int) -> bytes:
    """The fewest big-endian two's-complement bytes of value (one byte for 0)."""
    n = (value.bit_length() + 8) // 8 if value >= 0 else ((~value).bit_length() + 8) // 8
    return value.to_bytes(n, "big", signed=True)


def _utf8(text: str, where: str) -> bytes:
    """Strict UTF-8: an unpaired surrogate is an encode error, never a replacement byte."""
    if not isinstance(text, str):
        raise WireError(ENCODE, f"{where}: expected a str, got {type(text).__name__}")
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise WireError(ENCODE, f"{where}: not valid Unicode ({e.reason})") from None


def _no_constant(value: str) -> Any:
    raise ValueError(f"{value} is not JSON")


def _unique_keys(pairs: List[Tuple[str, Any]]) -> Dict[str, Any]:
    result: Dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def json_text(value: Any, where: str) -> bytes:
    """Compact JSON, UTF-8 (what the Java side writes)."""
    try:
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as e:
        raise WireError(ENCODE, f"{where}: not JSON ({e})") from None
    return _utf8(text, where)


def _check_text(value: Any) -> None:
    """Every string and key of a parsed JSON value is Unicode: an escaped half of a surrogate
    pair (``"\\ud800"``) is not, and could not be written again."""
    if isinstance(value, str):
        value.encode("utf-8")
    elif isinstance(value, list):
        for item in value:
            _check_text(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            key.encode("utf-8")
            _check_text(item)


def parse_json(data: bytes, where: str, offset: int) -> Any:
    """Strict JSON: valid UTF-8, no duplicate keys, no NaN or Infinity, no lone surrogate."""
    try:
        value = json.loads(data.decode("utf-8"), object_pairs_hook=_unique_keys, parse_constant=_no_constant)
        _check_text(value)
        return value
    except (UnicodeError, ValueError, RecursionError) as e:
        raise WireError(MALFORMED, f"{where}: invalid JSON ({e})", offset) from None


# The JDK types of docs/wire-format.md section 15, exactly (a datetime has microseconds only).

_MAX_NANO_OF_DAY = 86_400_000_000_000 - 1
_INSTANT_SECONDS = (-31557014167219200, 31556889864403199)
_EPOCH = datetime.date(1970, 1, 1)


@dataclass(frozen=True)
class Instant:
    """java.time.Instant: seconds since 1970-01-01T00:00:00Z, and nanoseconds 0..999999999."""

    seconds: int
    nanos: int = 0

    @classmethod
    def from_datetime(cls, dt: datetime.datetime) -> "Instant":
        """An aware datetime (naive ones are taken as UTC), to the microsecond."""
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=datetime.timezone.utc)
        delta = dt - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
        micros = (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds
        return cls(micros // 1_000_000, (micros % 1_000_000) * 1000)

    def to_datetime(self) -> datetime.datetime:
        """In UTC, nanoseconds cut to microseconds."""
        return datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(
            seconds=self.seconds, microseconds=self.nanos // 1000)


@dataclass(frozen=True)
class Duration:
    """java.time.Duration: seconds (any sign), and nanoseconds 0..999999999 added to them."""

    seconds: int
    nanos: int = 0

    @classmethod
    def from_timedelta(cls, td: datetime.timedelta) -> "Duration":
        micros = (td.days * 86400 + td.seconds) * 1_000_000 + td.microseconds
        return cls(micros // 1_000_000, (micros % 1_000_000) * 1000)

    def to_timedelta(self) -> datetime.timedelta:
        return datetime.timedelta(seconds=self.seconds, microseconds=self.nanos // 1000)


@dataclass(frozen=True)
class LocalTime:
    """java.time.LocalTime: the nanosecond of the day, 0..86399999999999."""

    nano_of_day: int

    @classmethod
    def of(cls, hour: int, minute: int = 0, second: int = 0, nano: int = 0) -> "LocalTime":
        return cls(((hour * 60 + minute) * 60 + second) * 1_000_000_000 + nano)

    @classmethod
    def from_time(cls, t: datetime.time) -> "LocalTime":
        return cls.of(t.hour, t.minute, t.second, t.microsecond * 1000)

    def to_time(self) -> datetime.time:
        s, n = divmod(self.nano_of_day, 1_000_000_000)
        return datetime.time(s // 3600, s // 60 % 60, s % 60, n // 1000)


@dataclass(frozen=True)
class LocalDateTime:
    """java.time.LocalDateTime: a date and a time of day, no zone."""

    date: datetime.date
    time: LocalTime


class _Writer:
    """Builds one payload. Every check happens before a byte of the frame leaves."""

    def __init__(self) -> None:
        self.out = bytearray()
        self.depth = 0

    def integer(self, value: int, nbytes: int, order: str, signed: bool, where: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise WireError(ENCODE, f"{where}: expected an int, got {type(value).__name__}")
        low, high = (-(1 << (8 * nbytes - 1)), (1 << (8 * nbytes - 1)) - 1) if signed else (0, (1 << (8 * nbytes)) - 1)
        if not low <= value <= high:
            raise WireError(ENCODE, f"{where}: {value} is out of range {low}..{high}")
        self.out += value.to_bytes(nbytes, _order(order), signed=signed)

    def char(self, value: str, nbytes: int, order: str, where: str) -> None:
        if not isinstance(value, str) or len(value) != 1 or ord(value) >= 1 << (8 * nbytes):
            raise WireError(ENCODE, f"{where}: expected one character below U+{1 << (8 * nbytes):04X}, got {value!r}")
        self.out += ord(value).to_bytes(nbytes, _order(order))

    def boolean(self, value: bool, where: str) -> None:
        if not isinstance(value, bool):
            raise WireError(ENCODE, f"{where}: expected a bool, got {type(value).__name__}")
        self.out.append(1 if value else 0)

    def floating(self, value: float, nbytes: int, where: str) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise WireError(ENCODE, f"{where}: expected a float, got {type(value).__name__}")
        try:
            self.out += struct.pack(">f" if nbytes == 4 else ">d", value)
        except OverflowError:
            raise WireError(ENCODE, f"{where}: {value} does not fit a 4-byte float") from None

    def length(self, n: int, kind: str, order: str, where: str) -> None:
        self.out += _encode_length(n, kind, order, where)

    def sized(self, data: bytes, kind: str, order: str, max_bytes: Optional[int], where: str) -> None:
        """A byte length (or none for REST), then the bytes: strings, byte arrays, JSON text."""
        if max_bytes is not None and len(data) > max_bytes:
            raise WireError(ENCODE, f"{where}: {len(data)} bytes is longer than maxBytes = {max_bytes}")
        self.length(len(data), kind, order, where)
        self.out += data

    def utf8(self, value: str, kind: str, order: str, max_bytes: Optional[int], where: str) -> None:
        self.sized(_utf8(value, where), kind, order, max_bytes, where)

    def raw(self, value: bytes, kind: str, order: str, max_bytes: Optional[int], where: str) -> None:
        if not isinstance(value, (bytes, bytearray)):
            raise WireError(ENCODE, f"{where}: expected bytes, got {type(value).__name__}")
        self.sized(bytes(value), kind, order, max_bytes, where)

    def json(self, value: Any, kind: str, order: str, max_bytes: Optional[int], where: str) -> None:
        self.sized(json_text(value, where), kind, order, max_bytes, where)

    def optional(self, value: Any, write: Callable[[Any], None]) -> None:
        if value is None:
            self.out.append(0)
        else:
            self.out.append(1)
            write(value)

    def sequence(self, items: List[Any], kind: str, order: str, max_count: Optional[int], where: str,
             write: Callable[[Any], None]) -> None:
        if not isinstance(items, (list, tuple)):
            raise WireError(ENCODE, f"{where}: expected a list, got {type(items).__name__}")
        if max_count is not None and len(items) > max_count:
            raise WireError(ENCODE, f"{where}: {len(items)} elements is more than max = {max_count}")
        self.length(len(items), kind, order, where)
        for item in items:
            write(item)

    def enum_code(self, value: enum.Enum, enum_type: Type[enum.Enum], nbytes: int, order: str, signed: bool,
                  where: str) -> None:
        """An enum by its code, written as an integer."""
        if not isinstance(value, enum_type):
            raise WireError(ENCODE, f"{where}: expected a {enum_type.__name__}, got {value!r}")
        self.integer(value.value, nbytes, order, signed, where)

    def enum_name(self, value: enum.Enum, enum_type: Type[enum.Enum], kind: str, order: str,
                  max_bytes: Optional[int], where: str) -> None:
        """An enum by its constant's name, written as a string."""
        if not isinstance(value, enum_type):
            raise WireError(ENCODE, f"{where}: expected a {enum_type.__name__}, got {value!r}")
        self.utf8(value.value, kind, order, max_bytes, where)

    def _expect(self, value: Any, kind: Any, name: str, where: str) -> None:
        if not isinstance(value, kind):
            raise WireError(ENCODE, f"{where}: expected {name}, got {type(value).__name__}")

    def uuid(self, value: uuid.UUID, where: str) -> None:
        """16 bytes, RFC 9562 order."""
        self._expect(value, uuid.UUID, "a uuid.UUID", where)
        self.out += value.bytes

    def _seconds_nanos(self, seconds: int, nanos: int, where: str) -> None:
        if not 0 <= nanos <= 999_999_999:
            raise WireError(ENCODE, f"{where}: nanoseconds {nanos} (expected 0..999999999)")
        self.integer(seconds, 8, "BIG", True, where)
        self.out += nanos.to_bytes(4, "big")

    def instant(self, value: Instant, where: str) -> None:
        """8 bytes of signed epoch seconds, 4 of nanoseconds."""
        self._expect(value, Instant, "an Instant", where)
        if not _INSTANT_SECONDS[0] <= value.seconds <= _INSTANT_SECONDS[1]:
            raise WireError(ENCODE, f"{where}: {value.seconds} epoch seconds is outside Java's Instant range")
        self._seconds_nanos(value.seconds, value.nanos, where)

    def duration(self, value: Duration, where: str) -> None:
        self._expect(value, Duration, "a Duration", where)
        self._seconds_nanos(value.seconds, value.nanos, where)

    def local_date(self, value: datetime.date, where: str) -> None:
        """The epoch day, 4 bytes signed."""
        if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
            raise WireError(ENCODE, f"{where}: expected a datetime.date, got {type(value).__name__}")
        self.integer((value - _EPOCH).days, 4, "BIG", True, where)

    def local_time(self, value: LocalTime, where: str) -> None:
        """The nanosecond of the day, 8 bytes."""
        self._expect(value, LocalTime, "a LocalTime", where)
        if not 0 <= value.nano_of_day <= _MAX_NANO_OF_DAY:
            raise WireError(ENCODE, f"{where}: nanosecond of the day {value.nano_of_day} (expected 0..{_MAX_NANO_OF_DAY})")
        self.out += value.nano_of_day.to_bytes(8, "big")

    def local_date_time(self, value: LocalDateTime, where: str) -> None:
        self._expect(value, LocalDateTime, "a LocalDateTime", where)
        self.local_date(value.date, where)
        self.local_time(value.time, where)

    def inet_address(self, value: Union[ipaddress.IPv4Address, ipaddress.IPv6Address], where: str) -> None:
        """A byte 4 or 16, then the address."""
        self._expect(value, (ipaddress.IPv4Address, ipaddress.IPv6Address), "an ipaddress address", where)
        self.out.append(len(value.packed))
        self.out += value.packed

    def big_integer(self, value: int, kind: str, order: str, max_bytes: Optional[int], where: str) -> None:
        """The fewest two's-complement bytes, after their count (as Java's BigInteger.toByteArray)."""
        if isinstance(value, bool) or not isinstance(value, int):
            raise WireError(ENCODE, f"{where}: expected an int, got {type(value).__name__}")
        self.sized(_twos_complement(value), kind, order, max_bytes, where)

    def big_decimal(self, value: decimal.Decimal, kind: str, order: str, max_bytes: Optional[int], where: str) -> None:
        """The scale (4 bytes signed), then the unscaled value as big_integer: 12.50 is scale 2, 1250."""
        self._expect(value, decimal.Decimal, "a decimal.Decimal", where)
        if not value.is_finite():
            raise WireError(ENCODE, f"{where}: {value} has no exact decimal form")
        sign, digits, exponent = value.as_tuple()
        unscaled = int("".join(map(str, digits)) or "0") * (-1 if sign else 1)
        scale = -int(exponent)
        if not -(1 << 31) <= scale < 1 << 31:
            raise WireError(ENCODE, f"{where}: scale {scale} does not fit 4 signed bytes")
        self.out += scale.to_bytes(4, "big", signed=True)
        self.big_integer(unscaled, kind, order, max_bytes, where)

    def protocol(self, value: Any, protocol_type: Type["Protocol"], evolving: Dict[int, bool], where: str) -> None:
        """A protocol inside a record: the member's tag, then the member nested as a record is."""
        for tag, member in protocol_type.MEMBERS.items():
            if type(value) is member:
                self.out += _encode_length(tag, protocol_type.TAG[0], protocol_type.TAG[1], where)
                self.message(value, member, evolving[tag], where)
                return
        raise WireError(ENCODE, f"{where}: {type(value).__name__} is not a member of {protocol_type.__name__}")

    def message(self, value: Any, message_type: Type["Message"], evolving: bool, where: str) -> None:
        """A nested record: inline, or after its payload's VARINT byte length when it evolves."""
        if not isinstance(value, message_type):
            raise WireError(ENCODE, f"{where}: expected a {message_type.__name__}, got {type(value).__name__}")
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise WireError(ENCODE, f"{where}: messages nested deeper than {MAX_DEPTH}")
        if evolving:
            inner = _Writer()
            inner.depth = self.depth
            value._write(inner)
            self.length(len(inner.out), "VARINT", "BIG", where)
            self.out += inner.out
        else:
            value._write(self)
        self.depth -= 1


class _Reader:
    """Reads one payload front to back. Every length is checked against the bytes left before
    anything of that size is allocated."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0
        self.end = len(data)
        self.depth = 1
        self.zero_width_left = MAX_ZERO_WIDTH_ELEMENTS

    def remaining(self) -> int:
        return self.end - self.pos

    def fail(self, message: str, offset: Optional[int] = None) -> WireError:
        return WireError(MALFORMED, message, self.pos if offset is None else offset)

    def take(self, n: int, where: str) -> bytes:
        if n > self.remaining():
            raise self.fail(f"{where}: {n} bytes needed, {self.remaining()} left")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def integer(self, nbytes: int, order: str, signed: bool, where: str) -> int:
        return int.from_bytes(self.take(nbytes, where), _order(order), signed=signed)

    def char(self, nbytes: int, order: str, where: str) -> str:
        return chr(int.from_bytes(self.take(nbytes, where), _order(order)))

    def boolean(self, where: str) -> bool:
        start = self.pos
        b = self.take(1, where)[0]
        if b > 1:
            raise self.fail(f"{where}: boolean byte {b:02x} (expected 00 or 01)", start)
        return b == 1

    def floating(self, nbytes: int, where: str) -> float:
        value: float = struct.unpack(">f" if nbytes == 4 else ">d", self.take(nbytes, where))[0]
        return value

    def length(self, kind: str, order: str, where: str) -> int:
        """A length, count or tag; REST is the bytes left."""
        if kind == "REST":
            return self.remaining()
        if kind != "VARINT":
            return int.from_bytes(self.take(_WIDTHS[kind], where), _order(order))
        start, value, shift = self.pos, 0, 0
        for _ in range(10):
            b = self.take(1, where)[0]
            value |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                if value > _VARINT_MAX:
                    raise self.fail(f"{where}: VARINT {value} is over 2^63 - 1", start)
                return value
        raise self.fail(f"{where}: VARINT longer than 10 bytes", start)

    def sized(self, kind: str, order: str, max_bytes: Optional[int], where: str) -> bytes:
        start = self.pos
        n = self.length(kind, order, where)
        if max_bytes is not None and n > max_bytes:
            raise self.fail(f"{where}: {n} bytes is longer than maxBytes = {max_bytes}", start)
        if n > self.remaining():
            raise self.fail(f"{where}: length {n}, {self.remaining()} bytes left", start)
        return self.take(n, where)

    def utf8(self, kind: str, order: str, max_bytes: Optional[int], where: str) -> str:
        data = self.sized(kind, order, max_bytes, where)
        try:
            return data.decode("utf-8")  # strict: overlong forms, surrogates and > U+10FFFF fail
        except UnicodeDecodeError as e:
            raise self.fail(f"{where}: invalid UTF-8 ({e.reason})", self.pos - len(data) + e.start) from None

    def raw(self, kind: str, order: str, max_bytes: Optional[int], where: str) -> bytes:
        return bytes(self.sized(kind, order, max_bytes, where))

    def json(self, kind: str, order: str, max_bytes: Optional[int], where: str) -> Any:
        data = self.sized(kind, order, max_bytes, where)
        return parse_json(data, where, self.pos - len(data))

    def optional(self, read: Callable[[], Any], where: str) -> Any:
        start = self.pos
        b = self.take(1, where)[0]
        if b > 1:
            raise self.fail(f"{where}: presence byte {b:02x} (expected 00 or 01)", start)
        return read() if b == 1 else None

    def sequence(self, kind: str, order: str, max_count: Optional[int], least: int, where: str,
             read: Callable[[], Any]) -> List[Any]:
        start = self.pos
        if kind == "REST":
            items: List[Any] = []
            while self.remaining() > 0:
                if max_count is not None and len(items) == max_count:
                    raise self.fail(f"{where}: more than max = {max_count} elements")
                items.append(read())
            return items
        count = self.length(kind, order, where)
        if max_count is not None and count > max_count:
            raise self.fail(f"{where}: count {count} is more than max = {max_count}", start)
        if least > 0 and count * least > self.remaining():
            raise self.fail(f"{where}: count {count} needs at least {count * least} bytes, {self.remaining()} left", start)
        if least == 0:
            if count > self.zero_width_left:
                raise self.fail(f"{where}: more than {MAX_ZERO_WIDTH_ELEMENTS} empty elements in one payload", start)
            self.zero_width_left -= count
        return [read() for _ in range(count)]

    def enum_code(self, enum_type: Type[E], nbytes: int, order: str, signed: bool, where: str) -> E:
        start = self.pos
        code = self.integer(nbytes, order, signed, where)
        try:
            return enum_type(code)
        except ValueError:
            raise self.fail(f"{where}: unknown code {code} for {enum_type.__name__}", start) from None

    def enum_name(self, enum_type: Type[E], kind: str, order: str, max_bytes: Optional[int], where: str) -> E:
        start = self.pos
        name = self.utf8(kind, order, max_bytes, where)
        try:
            return enum_type(name)
        except ValueError:
            raise self.fail(f"{where}: unknown name {name!r} for {enum_type.__name__}", start) from None

    def uuid(self, where: str) -> uuid.UUID:
        return uuid.UUID(bytes=self.take(16, where))

    def _seconds_nanos(self, where: str) -> Tuple[int, int]:
        start = self.pos
        data = self.take(12, where)
        nanos = int.from_bytes(data[8:], "big")
        if nanos > 999_999_999:
            raise self.fail(f"{where}: nanoseconds {nanos} (expected 0..999999999)", start + 8)
        return int.from_bytes(data[:8], "big", signed=True), nanos

    def instant(self, where: str) -> Instant:
        start = self.pos
        seconds, nanos = self._seconds_nanos(where)
        if not _INSTANT_SECONDS[0] <= seconds <= _INSTANT_SECONDS[1]:
            raise self.fail(f"{where}: instant of {seconds} epoch seconds is outside Java's Instant range", start)
        return Instant(seconds, nanos)

    def duration(self, where: str) -> Duration:
        seconds, nanos = self._seconds_nanos(where)
        return Duration(seconds, nanos)

    def local_date(self, where: str) -> datetime.date:
        start = self.pos
        day = self.integer(4, "BIG", True, where)
        try:
            return _EPOCH + datetime.timedelta(days=day)
        except OverflowError:
            raise self.fail(f"{where}: epoch day {day} is outside Python's dates (years 1..9999)", start) from None

    def local_time(self, where: str) -> LocalTime:
        start = self.pos
        nanos = self.integer(8, "BIG", False, where)
        if nanos > _MAX_NANO_OF_DAY:
            raise self.fail(f"{where}: nanosecond of the day {nanos} (expected 0..{_MAX_NANO_OF_DAY})", start)
        return LocalTime(nanos)

    def local_date_time(self, where: str) -> LocalDateTime:
        date = self.local_date(where)
        return LocalDateTime(date, self.local_time(where))

    def inet_address(self, where: str) -> Union[ipaddress.IPv4Address, ipaddress.IPv6Address]:
        start = self.pos
        n = self.take(1, where)[0]
        if n not in (4, 16):
            raise self.fail(f"{where}: IP address of {n} bytes (expected 4 or 16)", start)
        data = self.take(n, where)
        return ipaddress.IPv4Address(data) if n == 4 else ipaddress.IPv6Address(data)

    def big_integer(self, kind: str, order: str, max_bytes: Optional[int], where: str) -> int:
        data = self.sized(kind, order, max_bytes, where)
        start = self.pos - len(data)
        if not data:
            raise self.fail(f"{where}: integer of 0 bytes (0 is one byte, 00)", start)
        if len(data) > 1 and ((data[0] == 0 and data[1] < 0x80) or (data[0] == 0xFF and data[1] >= 0x80)):
            raise self.fail(f"{where}: integer with a needless leading byte {data[0]:02X} (not the fewest bytes)", start)
        return int.from_bytes(data, "big", signed=True)

    def big_decimal(self, kind: str, order: str, max_bytes: Optional[int], where: str) -> decimal.Decimal:
        scale = self.integer(4, "BIG", True, where)
        unscaled = self.big_integer(kind, order, max_bytes, where)
        return decimal.Decimal((1 if unscaled < 0 else 0, tuple(int(d) for d in str(abs(unscaled))), -scale))

    def protocol(self, protocol_type: Type["Protocol"], evolving: Dict[int, bool], where: str) -> Any:
        """A protocol inside a record: a tag, then that member nested as a record is."""
        start = self.pos
        tag = self.length(protocol_type.TAG[0], protocol_type.TAG[1], where)
        member = protocol_type.MEMBERS.get(tag)
        if member is None:
            raise self.fail(f"{where}: unknown tag {tag} of {protocol_type.__name__}", start)
        return self.message(member, evolving[tag], member.EXTENSIBLE, where)

    def message(self, message_type: Type["Message"], evolving: bool, extensible: bool, where: str) -> Any:
        """A nested record: inline, or inside its VARINT byte length when it evolves."""
        start = self.pos
        if self.depth >= MAX_DEPTH:
            raise self.fail(f"{where}: messages nested deeper than {MAX_DEPTH} (maxDepth)", start)
        self.depth += 1
        if not evolving:
            value = message_type._read(self)
        else:
            n = self.length("VARINT", "BIG", where)
            if n > self.remaining():
                raise self.fail(f"{where}: nested length {n}, {self.remaining()} bytes left", start)
            outer_end, self.end = self.end, self.pos + n
            value = message_type._read(self)
            if self.remaining() and not extensible:
                raise self.fail(f"{where}: {self.remaining()} bytes left after the last component of a "
                                f"{n}-byte nested message")
            self.pos, self.end = self.end, outer_end
        self.depth -= 1
        return value

    def finish(self, what: str, extensible: bool) -> None:
        """The end of a top-level payload: later versions' bytes are skipped only when extensible."""
        if self.remaining() and not extensible:
            raise self.fail(f"{self.remaining()} bytes left after {what}")
        self.pos = self.end


# Framing: one parser per framing, fed any chunks, used by every way of reading.

class LengthPrefixed:
    """``header payload``: the payload's byte length as ``length`` (U8..U64 in ``order``, or VARINT)."""

    def __init__(self, length: str, order: str, max_frame_bytes: int) -> None:
        self.length, self.order, self.max_frame_bytes = length, order, max_frame_bytes

    def frame(self, payload: bytes) -> bytes:
        if len(payload) > self.max_frame_bytes:
            raise WireError(ENCODE, f"payload of {len(payload)} bytes is over the frame limit {self.max_frame_bytes}")
        return _encode_length(len(payload), self.length, self.order, "frame header") + payload

    def next_payload(self, buf: bytearray, at_end: bool) -> Optional[bytes]:
        """The first whole frame's payload, removed from ``buf``; None when more bytes are needed."""
        if self.length == "VARINT":
            value, shift, size = 0, 0, 0
            for size in range(1, min(len(buf), 10) + 1):
                b = buf[size - 1]
                value |= (b & 0x7F) << shift
                shift += 7
                if not b & 0x80:
                    break
            else:
                if len(buf) >= 10:
                    raise WireError(MALFORMED, "VARINT frame header longer than 10 bytes", 0)
                return self._more(buf, at_end)
        else:
            size = _WIDTHS[self.length]
            if len(buf) < size:
                return self._more(buf, at_end)
            value = int.from_bytes(buf[:size], _order(self.order))
        if value > self.max_frame_bytes:  # before a payload byte is read or anything allocated
            raise WireError(FRAME_TOO_LONG, f"frame header says {value} bytes, over the limit {self.max_frame_bytes}")
        if len(buf) < size + value:
            return self._more(buf, at_end)
        payload = bytes(buf[size:size + value])
        del buf[:size + value]
        return payload

    @staticmethod
    def _more(buf: bytearray, at_end: bool) -> None:
        if at_end and buf:
            raise WireError(TRUNCATED, f"the stream ended inside a frame ({len(buf)} bytes of it)")
        return None


class Delimited:
    """``payload' delimiter``; with ``escape``, the delimiter's first byte and 7D are stuffed."""

    ESCAPE = 0x7D

    def __init__(self, delimiter: bytes, escape: bool, max_frame_bytes: int) -> None:
        self.delimiter, self.escape, self.max_frame_bytes = delimiter, escape, max_frame_bytes

    def frame(self, payload: bytes) -> bytes:
        if self.escape:
            special = (self.delimiter[0], self.ESCAPE)
            out = bytearray()
            for b in payload:
                out += bytes((self.ESCAPE, b ^ 0x20)) if b in special else bytes((b,))
            payload = bytes(out)
        elif (payload + self.delimiter).find(self.delimiter) != len(payload):
            raise WireError(ENCODE, "the payload holds the delimiter")
        if len(payload) > self.max_frame_bytes:
            raise WireError(ENCODE, f"payload of {len(payload)} bytes is over the frame limit {self.max_frame_bytes}")
        return payload + self.delimiter

    def next_payload(self, buf: bytearray, at_end: bool) -> Optional[bytes]:
        i = buf.find(self.delimiter, 0, self.max_frame_bytes + len(self.delimiter))
        if i < 0:
            if len(buf) >= self.max_frame_bytes + len(self.delimiter):
                raise WireError(FRAME_TOO_LONG, f"more than {self.max_frame_bytes} bytes without a delimiter")
            if at_end and buf:
                raise WireError(TRUNCATED, f"the stream ended inside a frame ({len(buf)} bytes of it)")
            return None
        raw = bytes(buf[:i])
        del buf[:i + len(self.delimiter)]
        return self._unescape(raw) if self.escape else raw

    def _unescape(self, raw: bytes) -> bytes:
        out, i = bytearray(), 0
        while i < len(raw):
            b = raw[i]
            if b == self.ESCAPE:
                if i + 1 == len(raw) or raw[i + 1] ^ 0x20 not in (self.delimiter[0], self.ESCAPE):
                    raise WireError(MALFORMED, "bad escape sequence", len(out))
                b = raw[i + 1] ^ 0x20
                i += 1
            out.append(b)
            i += 1
        return bytes(out)


Framing = Union[LengthPrefixed, Delimited]
M = TypeVar("M", bound="Message")


class Message:
    """A record of the Java side: ``encode``/``decode`` a payload, ``to_frame``/``from_frame``
    a whole frame in this message's own framing."""

    FRAMING: ClassVar[Framing]
    EXTENSIBLE: ClassVar[bool] = False
    WIRE_NAMES: ClassVar[Tuple[str, ...]] = ()

    def _write(self, w: _Writer) -> None:
        raise NotImplementedError

    @classmethod
    def _read(cls: Type[M], r: _Reader) -> M:
        raise NotImplementedError

    def encode(self) -> bytes:
        w = _Writer()
        w.depth = 1
        self._write(w)
        return bytes(w.out)

    def to_frame(self) -> bytes:
        return self.FRAMING.frame(self.encode())

    @classmethod
    def decode(cls: Type[M], payload: bytes) -> M:
        r = _Reader(payload)
        value = cls._read(r)
        r.finish(cls.__name__, cls.EXTENSIBLE)
        return value

    @classmethod
    def from_frame(cls: Type[M], frame: bytes) -> M:
        return cls.decode(_one_frame(cls.FRAMING, frame))

    @classmethod
    def frame_of(cls, message: Any) -> bytes:
        if not isinstance(message, cls):
            raise WireError(ENCODE, f"expected a {cls.__name__}, got {type(message).__name__}")
        return message.to_frame()


class Protocol:
    """Several message types on one stream: a tag (the member's id), then its payload."""

    FRAMING: ClassVar[Framing]
    TAG: ClassVar[Tuple[str, str]]
    MEMBERS: ClassVar[Dict[int, Type[Message]]]

    @classmethod
    def encode(cls, message: Message) -> bytes:
        for tag, member in cls.MEMBERS.items():
            if type(message) is member:
                return _encode_length(tag, cls.TAG[0], cls.TAG[1], f"{cls.__name__} tag") + message.encode()
        raise WireError(ENCODE, f"{type(message).__name__} is not a member of {cls.__name__}")

    @classmethod
    def decode(cls, payload: bytes) -> Message:
        r = _Reader(payload)
        if not payload:
            raise WireError(MALFORMED, f"{cls.__name__}: no tag in an empty payload", 0)
        tag = r.length(cls.TAG[0], cls.TAG[1], f"{cls.__name__} tag")
        member = cls.MEMBERS.get(tag)
        if member is None:
            raise WireError(MALFORMED, f"{cls.__name__}: unknown tag {tag}", 0)
        value = member._read(r)
        r.finish(member.__name__, member.EXTENSIBLE)
        return value

    @classmethod
    def to_frame(cls, message: Message) -> bytes:
        return cls.FRAMING.frame(cls.encode(message))

    @classmethod
    def from_frame(cls, frame: bytes) -> Message:
        return cls.decode(_one_frame(cls.FRAMING, frame))

    @classmethod
    def frame_of(cls, message: Any) -> bytes:
        return cls.to_frame(message)


Codec = Union[Type[Message], Type[Protocol]]


def _one_frame(framing: Framing, frame: bytes) -> bytes:
    buf = bytearray(frame)
    payload = framing.next_payload(buf, at_end=True)
    if payload is None:
        raise WireError(TRUNCATED, "no frame")
    if buf:
        raise WireError(MALFORMED, f"{len(buf)} bytes after the frame")
    return payload


class FrameBuffer:
    """Frames from a byte stream that arrives in pieces of any size: ``feed`` what ``recv``
    returned, take whole messages with ``messages``, call ``finish`` at the end of the stream.
    It holds at most one frame plus one chunk: a header over the limit fails at once."""

    def __init__(self, codec: Codec) -> None:
        self.codec = codec
        self.buf = bytearray()

    def feed(self, data: bytes) -> List[Any]:
        self.buf += data
        return self.messages()

    def messages(self, at_end: bool = False) -> List[Any]:
        out: List[Any] = []
        while True:
            payload = self.codec.FRAMING.next_payload(self.buf, at_end)
            if payload is None:
                return out
            out.append(self.codec.decode(payload))

    def finish(self) -> None:
        """End of stream: clean between frames, else ``truncated``."""
        self.codec.FRAMING.next_payload(self.buf, at_end=True)


class Connection:
    """A blocking socket speaking ``codec`` (a message or protocol class): the seed's recv loop,
    done right (partial reads, frames split or joined across ``recv`` calls, limits)."""

    def __init__(self, sock: socket.socket, codec: Codec, chunk: int = 65536) -> None:
        self.sock, self.codec, self.chunk = sock, codec, chunk
        self.frames = FrameBuffer(codec)
        self.ready: List[Any] = []

    def send(self, message: Any) -> None:
        self.sock.sendall(self.codec.frame_of(message))

    def receive(self) -> Optional[Any]:
        """The next message; None at a clean end of stream."""
        while not self.ready:
            data = self.sock.recv(self.chunk)
            if not data:
                self.frames.finish()
                return None
            self.ready.extend(self.frames.feed(data))
        return self.ready.pop(0)

    def __iter__(self) -> Any:
        while True:
            message = self.receive()
            if message is None:
                return
            yield message


class AsyncConnection:
    """The same over asyncio streams (``asyncio.open_connection`` or a server's callback)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, codec: Codec,
                 chunk: int = 65536) -> None:
        self.reader, self.writer, self.codec, self.chunk = reader, writer, codec, chunk
        self.frames = FrameBuffer(codec)
        self.ready: List[Any] = []

    async def send(self, message: Any) -> None:
        self.writer.write(self.codec.frame_of(message))
        await self.writer.drain()

    async def receive(self) -> Optional[Any]:
        """The next message; None at a clean end of stream."""
        while not self.ready:
            data = await self.reader.read(self.chunk)
            if not data:
                self.frames.finish()
                return None
            self.ready.extend(self.frames.feed(data))
        return self.ready.pop(0)


def _json_body(cls: Any, payload: bytes) -> Dict[str, Any]:
    value = parse_json(payload, cls.__name__, 0)
    if not isinstance(value, dict):
        raise WireError(MALFORMED, f"{cls.__name__}: the body is not a JSON object", 0)
    return value


def _json_field(body: Dict[str, Any], key: str, kind: str, since: int, where: str) -> Any:
    """A component of a JSON body: present and of its kind; a missing @Since key is absent."""
    value = body.get(key)
    if value is None:
        if since >= 2 or kind == "any":
            return None
        raise WireError(MALFORMED, f"{where}: missing key {key!r}", 0)
    ok = {
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        "boolean": isinstance(value, bool),
        "string": isinstance(value, str),
    }.get(kind, True)
    if not ok:
        raise WireError(MALFORMED, f"{where}: {value!r} is not a JSON {kind}", 0)
    return value
