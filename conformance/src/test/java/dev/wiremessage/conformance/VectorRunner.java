package dev.wiremessage.conformance;

import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Applies one vector to its compiled codec as ../shared/conformance/README.md says, and
 * returns every way it failed (empty when it passed).
 */
final class VectorRunner {
  /** The code javac gives an error reported through the processor's Messager. */
  private static final String PROCESSOR_ERROR = "compiler.err.proc.messager";

  private VectorRunner() {}

  static List<String> checkCompileVector(Vector v, VectorCompiler.Result result) {
    List<String> problems = new ArrayList<>();
    if (result.success()) {
      problems.add("compiled, but the processor should have reported an error");
      return problems;
    }
    boolean fromProcessor = false;
    for (Diagnostic<? extends JavaFileObject> d : result.errors()) {
      fromProcessor |= PROCESSOR_ERROR.equals(d.getCode());
    }
    if (!fromProcessor) {
      problems.add("failed to compile, but not with an error from the processor: " + result.describeErrors());
    }
    return problems;
  }

  /**
   * A {@code compatible} vector compiled against its baseline with no error (checked before
   * this is called); its type and codec must be there.
   */
  static List<String> checkCompatible(Vector v, ClassLoader loader, String pkg) throws ReflectiveOperationException {
    List<String> problems = new ArrayList<>();
    Class<?> type = loader.loadClass(pkg + "." + v.type());
    WireCodec<?> codec = (WireCodec<?>) loader.loadClass(pkg + "." + v.type() + "Codec").getField("INSTANCE").get(null);
    if (codec.type() != type) {
      problems.add("codec.type() is " + codec.type() + ", expected " + type);
    }
    return problems;
  }

  static List<String> check(Vector v, ClassLoader loader, String pkg) throws ReflectiveOperationException {
    List<String> problems = new ArrayList<>();
    Class<?> type = loader.loadClass(pkg + "." + v.type());
    @SuppressWarnings("unchecked")
    WireCodec<Object> codec = (WireCodec<Object>) loader.loadClass(pkg + "." + v.type() + "Codec")
        .getField("INSTANCE").get(null);
    if (codec.type() != type) {
      problems.add("codec.type() is " + codec.type() + ", expected " + type);
    }
    Values values = new Values(loader, pkg);
    Object expected = v.value() == null || v.value().isNull() ? null : values.toJava(v.value(), type);

    if (v.decodes()) {
      if (v.error() == null) {
        checkDecodes(v, codec, expected, problems);
      } else {
        checkDecodeFails(v, codec, problems);
      }
    }
    if (v.encodes()) {
      if (v.error() == null) {
        checkEncodes(v, codec, expected, problems);
      } else {
        checkEncodeFails(codec, expected, problems);
      }
    }
    return problems;
  }

  private static void checkDecodes(Vector v, WireCodec<Object> codec, Object expected, List<String> problems) {
    for (Mode mode : Mode.values()) {
      try {
        List<Object> messages = mode.decodeAll(codec, v.frame());
        if (messages.size() != 1) {
          problems.add(mode.label + ": " + messages.size() + " messages, expected 1");
        } else if (!Values.same(expected, messages.get(0))) {
          problems.add(mode.label + ": decoded " + Values.show(messages.get(0)) + ", expected " + Values.show(expected));
        }
      } catch (IOException | RuntimeException e) {
        problems.add(mode.label + ": " + e);
      }
    }
  }

  private static void checkDecodeFails(Vector v, WireCodec<Object> codec, List<String> problems) {
    for (Mode mode : Mode.values()) {
      try {
        List<Object> messages = mode.decodeAll(codec, v.frame());
        problems.add(mode.label + ": decoded " + messages.size() + " message(s), expected " + v.error());
      } catch (WireFormatException e) {
        if (!e.category().id().equals(v.error())) {
          problems.add(mode.label + ": failed as " + e.category().id() + ", expected " + v.error() + " (" + e.getMessage() + ")");
        }
      } catch (IOException | RuntimeException e) {
        problems.add(mode.label + ": expected " + v.error() + ", got " + e);
      }
    }
  }

  private static void checkEncodes(Vector v, WireCodec<Object> codec, Object value, List<String> problems) {
    try {
      byte[] frame = codec.toFrame(value);
      if (!java.util.Arrays.equals(frame, v.frame())) {
        problems.add("toFrame wrote " + Hex.encode(frame) + ", expected " + Hex.encode(v.frame()));
      }
      CountingStream out = new CountingStream();
      codec.write(out, value);
      if (!java.util.Arrays.equals(out.toByteArray(), v.frame())) {
        problems.add("write wrote " + Hex.encode(out.toByteArray()) + ", expected " + Hex.encode(v.frame()));
      }
      if (out.writes != 1) {
        problems.add("write made " + out.writes + " write calls, expected 1");
      }
    } catch (IOException | RuntimeException e) {
      problems.add("encoding failed: " + e);
    }
  }

  private static void checkEncodeFails(WireCodec<Object> codec, Object value, List<String> problems) {
    try {
      byte[] frame = codec.toFrame(value);
      problems.add("toFrame wrote " + Hex.encode(frame) + ", expected an encoding error");
    } catch (WireEncodeException e) {
      // expected
    } catch (RuntimeException e) {
      problems.add("toFrame: expected WireEncodeException, got " + e);
    }
    CountingStream out = new CountingStream();
    try {
      codec.write(out, value);
      problems.add("write wrote " + Hex.encode(out.toByteArray()) + ", expected an encoding error");
    } catch (WireEncodeException e) {
      if (out.size() != 0) {
        problems.add("write failed as expected but wrote " + out.size() + " bytes first");
      }
    } catch (IOException | RuntimeException e) {
      problems.add("write: expected WireEncodeException, got " + e);
    }
  }

  /** The ways the README asks a frame to be read. */
  enum Mode {
    STREAM("stream") {
      @Override
      List<Object> decodeAll(WireCodec<Object> codec, byte[] frame) throws IOException {
        return readAll(codec, new ByteArrayInputStream(frame));
      }
    },
    STREAM_ONE_BYTE_PER_READ("stream, one byte per read") {
      @Override
      List<Object> decodeAll(WireCodec<Object> codec, byte[] frame) throws IOException {
        return readAll(codec, new TrickleStream(frame));
      }
    },
    DECODER_ONE_BYTE_AT_A_TIME("non-blocking decoder, one byte at a time") {
      @Override
      List<Object> decodeAll(WireCodec<Object> codec, byte[] frame) throws IOException {
        FrameDecoder<Object> decoder = codec.newDecoder();
        List<Object> messages = new ArrayList<>();
        for (byte b : frame) {
          ByteBuffer one = ByteBuffer.wrap(new byte[] {b});
          for (Object m; (m = decoder.decode(one)) != null; ) {
            messages.add(m);
          }
          if (one.hasRemaining()) {
            throw new AssertionError("the decoder left a byte unconsumed");
          }
        }
        decoder.finish();
        return messages;
      }
    },
    FROM_FRAME("fromFrame") {
      @Override
      List<Object> decodeAll(WireCodec<Object> codec, byte[] frame) throws IOException {
        return List.of(codec.fromFrame(frame));
      }
    };

    final String label;

    Mode(String label) {
      this.label = label;
    }

    abstract List<Object> decodeAll(WireCodec<Object> codec, byte[] frame) throws IOException;

    private static List<Object> readAll(WireCodec<Object> codec, InputStream in) throws IOException {
      List<Object> messages = new ArrayList<>();
      for (Object m; (m = codec.read(in)) != null; ) {
        messages.add(m);
        if (messages.size() > 16) {
          throw new AssertionError("read() keeps returning messages");
        }
      }
      return messages;
    }
  }

  /** A stream that hands out one byte per read call, as a slow socket does. */
  private static final class TrickleStream extends InputStream {
    private final byte[] bytes;
    private int pos;

    TrickleStream(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int c = read();
      if (c < 0) {
        return -1;
      }
      b[off] = (byte) c;
      return 1;
    }
  }

  /** Counts write calls, to check that a frame goes out in one. */
  private static final class CountingStream extends ByteArrayOutputStream {
    int writes;

    @Override
    public synchronized void write(int b) {
      writes++;
      super.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      writes++;
      super.write(b, off, len);
    }
  }
}
