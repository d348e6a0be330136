package test;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class PrimsCodec extends AbstractWireCodec<Prims> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final PrimsCodec INSTANCE = new PrimsCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private PrimsCodec(CodecSettings settings) {
    super(Prims.class, settings);
  }

  @Override
  protected PrimsCodec with(CodecSettings settings) {
    return new PrimsCodec(settings);
  }

  @Override
  protected void encodePayload(Prims message, PayloadWriter out) {
    int flagAt = out.claim(30);
    out.putBoolean(flagAt, message.flag());
    out.putBits(flagAt + 1, message.b(), 1, Endian.BIG);
    out.putBits(flagAt + 2, message.s(), 2, Endian.BIG);
    out.putBits(flagAt + 4, message.c(), 2, Endian.BIG);
    out.putBits(flagAt + 6, message.i(), 4, Endian.BIG);
    out.putBits(flagAt + 10, message.l(), 8, Endian.BIG);
    out.putFloat(flagAt + 18, message.f());
    out.putDouble(flagAt + 22, message.d());
    out.writeBoolean(PayloadWriter.requireNonNull(message.boxedFlag(), "Prims.boxedFlag"));
    out.writeSigned(PayloadWriter.requireNonNull(message.boxedByte(), "Prims.boxedByte"), 1, Endian.BIG, "Prims.boxedByte");
    out.writeSigned(PayloadWriter.requireNonNull(message.boxedShort(), "Prims.boxedShort"), 2, Endian.BIG, "Prims.boxedShort");
    out.writeBits(PayloadWriter.requireNonNull(message.boxedChar(), "Prims.boxedChar"), 2, Endian.BIG);
    out.writeSigned(PayloadWriter.requireNonNull(message.boxedInt(), "Prims.boxedInt"), 4, Endian.BIG, "Prims.boxedInt");
    out.writeSigned(PayloadWriter.requireNonNull(message.boxedLong(), "Prims.boxedLong"), 8, Endian.BIG, "Prims.boxedLong");
    out.writeFloat(PayloadWriter.requireNonNull(message.boxedFloat(), "Prims.boxedFloat"));
    out.writeDouble(PayloadWriter.requireNonNull(message.boxedDouble(), "Prims.boxedDouble"));
    int u8At = out.claim(29);
    out.putUnsigned(u8At, message.u8(), 1, Endian.BIG, "Prims.u8");
    out.putBits(u8At + 1, message.le16(), 2, Endian.LITTLE);
    out.putSigned(u8At + 3, message.i24(), 3, Endian.BIG, "Prims.i24");
    out.putBits(u8At + 6, message.u32Bits(), 4, Endian.BIG);
    out.putUnsigned(u8At + 10, message.u32(), 4, Endian.BIG, "Prims.u32");
    out.putUnsigned(u8At + 14, message.u40le(), 5, Endian.LITTLE, "Prims.u40le");
    out.putBits(u8At + 19, message.u64Bits(), 8, Endian.BIG);
    out.putBits(u8At + 27, message.i8(), 1, Endian.BIG);
    out.putUnsigned(u8At + 28, message.latin1(), 1, Endian.BIG, "Prims.latin1");
    out.writeSigned(PayloadWriter.requireNonNull(message.boxedLe16(), "Prims.boxedLe16"), 2, Endian.LITTLE, "Prims.boxedLe16");
  }

  @Override
  protected Prims decodePayload(PayloadReader in) throws WireFormatException {
    int flagAt = in.take(30, "Prims.flag:boolean Prims.b:1 Prims.s:2 Prims.c:2 Prims.i:4 Prims.l:8 Prims.f:4 Prims.d:8");
    boolean flag = in.getBoolean(flagAt, "Prims.flag");
    byte b = (byte) in.getSigned(flagAt + 1, 1, Endian.BIG);
    short s = (short) in.getSigned(flagAt + 2, 2, Endian.BIG);
    char c = (char) in.getUnsigned(flagAt + 4, 2, Endian.BIG);
    int i = (int) in.getSigned(flagAt + 6, 4, Endian.BIG);
    long l = in.getSigned(flagAt + 10, 8, Endian.BIG);
    float f = in.getFloat(flagAt + 18);
    double d = in.getDouble(flagAt + 22);
    Boolean boxedFlag = in.readBoolean("Prims.boxedFlag");
    Byte boxedByte = (byte) in.readSigned(1, Endian.BIG, "Prims.boxedByte");
    Short boxedShort = (short) in.readSigned(2, Endian.BIG, "Prims.boxedShort");
    Character boxedChar = (char) in.readUnsigned(2, Endian.BIG, "Prims.boxedChar");
    Integer boxedInt = (int) in.readSigned(4, Endian.BIG, "Prims.boxedInt");
    Long boxedLong = in.readSigned(8, Endian.BIG, "Prims.boxedLong");
    Float boxedFloat = in.readFloat("Prims.boxedFloat");
    Double boxedDouble = in.readDouble("Prims.boxedDouble");
    int u8At = in.take(29, "Prims.u8:1 Prims.le16:2 Prims.i24:3 Prims.u32Bits:4 Prims.u32:4 Prims.u40le:5 Prims.u64Bits:8 Prims.i8:1 Prims.latin1:1");
    short u8 = (short) in.getUnsigned(u8At, 1, Endian.BIG);
    short le16 = (short) in.getSigned(u8At + 1, 2, Endian.LITTLE);
    int i24 = (int) in.getSigned(u8At + 3, 3, Endian.BIG);
    int u32Bits = (int) in.getUnsigned(u8At + 6, 4, Endian.BIG);
    long u32 = in.getUnsigned(u8At + 10, 4, Endian.BIG);
    long u40le = in.getUnsigned(u8At + 14, 5, Endian.LITTLE);
    long u64Bits = in.getUnsigned(u8At + 19, 8, Endian.BIG);
    byte i8 = (byte) in.getSigned(u8At + 27, 1, Endian.BIG);
    char latin1 = (char) in.getUnsigned(u8At + 28, 1, Endian.BIG);
    Integer boxedLe16 = (int) in.readSigned(2, Endian.LITTLE, "Prims.boxedLe16");
    return new Prims(flag, b, s, c, i, l, f, d, boxedFlag, boxedByte, boxedShort, boxedChar, boxedInt, boxedLong, boxedFloat, boxedDouble, u8, le16, i24, u32Bits, u32, u40le, u64Bits, i8, latin1, boxedLe16);
  }
}
