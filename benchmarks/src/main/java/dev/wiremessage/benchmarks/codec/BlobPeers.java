package dev.wiremessage.benchmarks.codec;

import static dev.wiremessage.benchmarks.codec.Floor.INT;
import static dev.wiremessage.benchmarks.codec.Floor.LONG;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.wiremessage.benchmarks.model.BlobOpaque;
import dev.wiremessage.benchmarks.model.BlobOpaqueCodec;
import dev.wiremessage.benchmarks.model.BlobParsed;
import dev.wiremessage.benchmarks.model.BlobParsedCodec;
import dev.wiremessage.benchmarks.proto.PBlob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The peers of the JSON-blob benchmarks. Most carry the JSON document as opaque bytes
 * ({@link BlobOpaque}); {@code wiremessageParsed} and {@code jackson} parse it into a map and
 * write it back ({@link BlobParsed}), which is what an application that reads the blob pays.
 */
public final class BlobPeers {
  private BlobPeers() {}

  public static final String[] NAMES = {
    "handwritten", "wiremessage", "wiremessageParsed", "protobuf", "kryo", "fory", "foryCompatible", "jackson"
  };

  /** Whether the peer works on {@link BlobParsed} rather than {@link BlobOpaque}. */
  public static boolean parsed(String name) {
    return name.equals("wiremessageParsed") || name.equals("jackson");
  }

  @SuppressWarnings("unchecked")
  public static Peer<Object> create(String name) {
    Peer<?> p = switch (name) {
      case "handwritten" -> new HandWritten();
      case "wiremessage" -> new WirePeer<>(BlobOpaqueCodec.INSTANCE);
      case "wiremessageParsed" -> new WirePeer<>(BlobParsedCodec.INSTANCE);
      case "protobuf" -> new Protobuf();
      case "kryo" -> new KryoPeer<>(BlobOpaque.class, BlobOpaque.class);
      case "fory" -> new ForyPeer<>(false, BlobOpaque.class, BlobOpaque.class);
      case "foryCompatible" -> new ForyPeer<>(true, BlobOpaque.class, BlobOpaque.class);
      case "jackson" -> new JacksonPeer<>(BlobParsed.class);
      default -> throw new IllegalArgumentException("no blob peer " + name);
    };
    return (Peer<Object>) p;
  }

  /** The floor: BlobOpaque's wiremessage frame (id, U32 kind, U32 data), by hand. */
  static final class HandWritten extends Peer<BlobOpaque> {
    private byte[] buf = new byte[64 * 1024];
    private int length;

    @Override
    public int encode(BlobOpaque m) {
      byte[] b = buf;
      LONG.set(b, 4, m.id());
      int p = Floor.putString(b, 12, m.kind(), 4);
      p = Floor.putBytes(b, p, m.data());
      INT.set(b, 0, p - 4);
      return length = p;
    }

    @Override
    public byte[] encodeArray(BlobOpaque m) {
      return Arrays.copyOf(buf, encode(m));
    }

    private static BlobOpaque read(byte[] b, int off, int len) {
      Floor.checkFrame(b, off, len);
      int end = off + len;
      long id = (long) LONG.get(b, off + 4);
      int p = off + 12;
      int n = Floor.length(b, p, 4, end);
      String kind = Floor.string(b, p + 4, n);
      p += 4 + n;
      n = Floor.length(b, p, 4, end);
      byte[] data = Arrays.copyOfRange(b, p + 4, p + 4 + n);
      Floor.checkEnd(p + 4 + n, end);
      return new BlobOpaque(id, kind, data);
    }

    @Override
    public BlobOpaque decode(byte[] frame) {
      return read(frame, 0, frame.length);
    }

    @Override
    public BlobOpaque decodeLast() {
      return read(buf, 0, length);
    }
  }

  /** protobuf-java with the document in a {@code bytes} field (copied in and out of a ByteString). */
  static final class Protobuf extends Peer<BlobOpaque> {
    private final byte[] buf = new byte[64 * 1024];
    private int length;

    private static PBlob toProto(BlobOpaque m) {
      return PBlob.newBuilder().setId(m.id()).setKind(m.kind()).setData(ByteString.copyFrom(m.data())).build();
    }

    private static BlobOpaque fromProto(PBlob p) {
      return new BlobOpaque(p.getId(), p.getKind(), p.getData().toByteArray());
    }

    @Override
    public int encode(BlobOpaque m) {
      CodedOutputStream out = CodedOutputStream.newInstance(buf);
      try {
        toProto(m).writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return length = out.getTotalBytesWritten();
    }

    @Override
    public byte[] encodeArray(BlobOpaque m) {
      return toProto(m).toByteArray();
    }

    @Override
    public BlobOpaque decode(byte[] frame) throws InvalidProtocolBufferException {
      return fromProto(PBlob.parseFrom(frame));
    }

    @Override
    public BlobOpaque decodeLast() throws InvalidProtocolBufferException {
      return fromProto(PBlob.parser().parseFrom(buf, 0, length));
    }
  }
}
