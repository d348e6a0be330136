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
  public void encodePayload(Prims message, PayloadWriter out) {
    out.writeBoolean(message.flag());
    out.writeSigned(message.b(), 1, Endian.BIG, "Prims.b");
    out.writeSigned(message.s(), 2, Endian.BIG, "Prims.s");
    out.writeBits(message.c(), 2, Endian.BIG);
    out.writeSigned(message.i(), 4, Endian.BIG, "Prims.i");
    out.writeSigned(message.l(), 8, Endian.BIG, "Prims.l");
    out.writeFloat(message.f());
    out.writeDouble(message.d());
    out.writeBoolean(PayloadWriter.requireNonNull(message.boxedFlag(), "Prims.boxedFlag"));
    out.writeSigned(PayloadWriter.requireNonNull(message.boxedByte(), "Prims.boxedByte"), 1, Endian.BIG, "Prims.boxedByte");
    out.writeSigned(PayloadWriter.requireNonNull(message.boxedShort(), "Prims.boxedShort"), 2, Endian.BIG, "Prims.boxedShort");
    out.writeBits(PayloadWriter.requireNonNull(message.boxedChar(), "Prims.boxedChar"), 2, Endian.BIG);
    out.writeSigned(PayloadWriter.requireNonNull(message.boxedInt(), "Prims.boxedInt"), 4, Endian.BIG, "Prims.boxedInt");
    out.writeSigned(PayloadWriter.requireNonNull(message.boxedLong(), "Prims.boxedLong"), 8, Endian.BIG, "Prims.boxedLong");
    out.writeFloat(PayloadWriter.requireNonNull(message.boxedFloat(), "Prims.boxedFloat"));
    out.writeDouble(PayloadWriter.requireNonNull(message.boxedDouble(), "Prims.boxedDouble"));
    out.writeUnsigned(message.u8(), 1, Endian.BIG, "Prims.u8");
    out.writeSigned(message.le16(), 2, Endian.LITTLE, "Prims.le16");
    out.writeSigned(message.i24(), 3, Endian.BIG, "Prims.i24");
    out.writeBits(message.u32Bits(), 4, Endian.BIG);
    out.writeUnsigned(message.u32(), 4, Endian.BIG, "Prims.u32");
    out.writeUnsigned(message.u40le(), 5, Endian.LITTLE, "Prims.u40le");
    out.writeBits(message.u64Bits(), 8, Endian.BIG);
    out.writeSigned(message.i8(), 1, Endian.BIG, "Prims.i8");
    out.writeUnsigned(message.latin1(), 1, Endian.BIG, "Prims.latin1");
    out.writeSigned(PayloadWriter.requireNonNull(message.boxedLe16(), "Prims.boxedLe16"), 2, Endian.LITTLE, "Prims.boxedLe16");
  }

  @Override
  public Prims decodePayload(PayloadReader in) throws WireFormatException {
    boolean flag = in.readBoolean("Prims.flag");
    byte b = (byte) in.readSigned(1, Endian.BIG, "Prims.b");
    short s = (short) in.readSigned(2, Endian.BIG, "Prims.s");
    char c = (char) in.readUnsigned(2, Endian.BIG, "Prims.c");
    int i = (int) in.readSigned(4, Endian.BIG, "Prims.i");
    long l = in.readSigned(8, Endian.BIG, "Prims.l");
    float f = in.readFloat("Prims.f");
    double d = in.readDouble("Prims.d");
    Boolean boxedFlag = in.readBoolean("Prims.boxedFlag");
    Byte boxedByte = (byte) in.readSigned(1, Endian.BIG, "Prims.boxedByte");
    Short boxedShort = (short) in.readSigned(2, Endian.BIG, "Prims.boxedShort");
    Character boxedChar = (char) in.readUnsigned(2, Endian.BIG, "Prims.boxedChar");
    Integer boxedInt = (int) in.readSigned(4, Endian.BIG, "Prims.boxedInt");
    Long boxedLong = in.readSigned(8, Endian.BIG, "Prims.boxedLong");
    Float boxedFloat = in.readFloat("Prims.boxedFloat");
    Double boxedDouble = in.readDouble("Prims.boxedDouble");
    short u8 = (short) in.readUnsigned(1, Endian.BIG, "Prims.u8");
    short le16 = (short) in.readSigned(2, Endian.LITTLE, "Prims.le16");
    int i24 = (int) in.readSigned(3, Endian.BIG, "Prims.i24");
    int u32Bits = (int) in.readUnsigned(4, Endian.BIG, "Prims.u32Bits");
    long u32 = in.readUnsigned(4, Endian.BIG, "Prims.u32");
    long u40le = in.readUnsigned(5, Endian.LITTLE, "Prims.u40le");
    long u64Bits = in.readUnsigned(8, Endian.BIG, "Prims.u64Bits");
    byte i8 = (byte) in.readSigned(1, Endian.BIG, "Prims.i8");
    char latin1 = (char) in.readUnsigned(1, Endian.BIG, "Prims.latin1");
    Integer boxedLe16 = (int) in.readSigned(2, Endian.LITTLE, "Prims.boxedLe16");
    return new Prims(flag, b, s, c, i, l, f, d, boxedFlag, boxedByte, boxedShort, boxedChar, boxedInt, boxedLong, boxedFloat, boxedDouble, u8, le16, i24, u32Bits, u32, u40le, u64Bits, i8, latin1, boxedLe16);
  }
}
