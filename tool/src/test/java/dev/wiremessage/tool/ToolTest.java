package dev.wiremessage.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.processor.WireMessageProcessor;
import dev.wiremessage.runtime.WireCodec;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLClassLoader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool on the demo's {@code Chat} protocol (examples/.../chat, compiled here with the
 * processor; the tool reads only the descriptors that wrote): describe, docs and python, through
 * the command line a user runs.
 */
class ToolTest {
  /** The 54-byte Say frame of docs/wire-format.md section 11. */
  static final String SAY = "0034" + "02" + "0002" + "6869" + "0000018bcfe56800" + "02" + "01" + "08"
      + "6772656574696e67" + "01" + "04" + "4f736c6f" + "03" + "00000011" + "7b22636c69656e74223a2264656d6f227d";
  /** The same frame with the mood byte (frame byte 15) changed from 02 to 07: no Mood has code 7. */
  static final String SAY_BAD_MOOD = SAY.substring(0, 30) + "07" + SAY.substring(32);

  @TempDir static Path work;
  static Path classes;

  @BeforeAll
  static void compileTheDemosChat() throws Exception {
    Path sources = Path.of("../examples/src/main/java/dev/wiremessage/examples/chat");
    List<File> files = new ArrayList<>();
    for (String name : List.of("Chat", "Join", "Say", "Leave", "Ack", "Place", "Mood", "Status")) {
      files.add(sources.resolve(name + ".java").toFile());
    }
    files.add(Path.of("../examples/src/main/java/dev/wiremessage/examples/seed/Data.java").toFile());
    classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics,
          List.of("--release", "17", "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()),
          null, fm.getJavaFileObjectsFromFiles(files));
      task.setProcessors(List.of(new WireMessageProcessor()));
      assertTrue(task.call(), () -> diagnostics.getDiagnostics().toString());
    }
  }

  private static Result tool(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  record Result(int status, String out, String err) {}

  @Test
  void describeNamesTheBrokenByteOfACorruptedChatFrame() {
    Result r = tool("describe", "--classes", classes.toString(), "--type", "Chat", "--hex", SAY_BAD_MOOD);
    assertEquals(1, r.status(), r.out() + r.err());
    assertTrue(r.out().contains("0005  68 69                      Say.text = \"hi\""), r.out());
    assertTrue(r.out().contains("000f  07                         ^ breaks here: malformed at byte 15: Say.mood: unknown code 7"),
        r.out());
  }

  @Test
  void describeLabelsEveryByteOfAGoodFrame() throws Exception {
    Result r = tool("describe", "--classes", classes.toString(), "--type", "dev.wiremessage.examples.chat.Chat",
        "--hex", SAY);
    assertEquals(0, r.status(), r.out() + r.err());
    assertTrue(r.out().contains("Say.mood = HAPPY (code 2)"), r.out());
    assertTrue(r.out().contains("Say.from.city = \"Oslo\""), r.out());
    assertTrue(r.out().contains("Say.meta = \"{\\\"client\\\":\\\"demo\\\"}\""), r.out());

    Describer.Description d = Describer.describe(DescriptorSet.load(classes), "Chat", HexFormat.of().parseHex(SAY));
    assertNull(d.error());
    int next = 0;
    for (Describer.Span s : d.spans()) {
      assertEquals(next, s.start(), "a gap or overlap before " + s);
      next = s.end();
    }
    assertEquals(54, next, "every byte labelled");
  }

  @Test
  void describeGivesTheCategoryOfFramesThatAreTooLongOrCut() {
    Result tooLong = tool("describe", "--classes", classes.toString(), "--type", "Chat", "--hex", "2001");
    assertTrue(tooLong.out().contains("frame-too-long at byte 0: the header says 8193 bytes, over the limit 8192"),
        tooLong.out());
    Result cut = tool("describe", "--classes", classes.toString(), "--type", "Chat", "--hex", SAY.substring(0, 40));
    assertTrue(cut.out().contains("truncated at byte 20"), cut.out());
    Result tag = tool("describe", "--classes", classes.toString(), "--type", "Chat", "--hex", "000107");
    assertTrue(tag.out().contains("malformed at byte 2: unknown tag 7"), tag.out());
  }

  @Test
  void docsWriteAPagePerTypeWithItsBytesAndAnExample() throws Exception {
    Path out = work.resolve("docs");
    Result r = tool("docs", "--classes", classes.toString(), "--type", "Chat", "--out", out.toString());
    assertEquals(0, r.status(), r.err());
    String chat = Files.readString(out.resolve("dev.wiremessage.examples.chat.Chat.md"));
    assertTrue(chat.contains("| 2 | [Say](dev.wiremessage.examples.chat.Say.md) |"), chat);
    assertTrue(chat.contains("A header of U16 big-endian holding the payload's length"), chat);
    String ack = Files.readString(out.resolve("dev.wiremessage.examples.chat.Ack.md"));
    assertTrue(ack.contains("| 0 | `seq` | 4 | unsigned integer | 1 |  |"), ack);
    assertTrue(ack.contains("| 4 | `status` | variable | U8 byte length, then Status name | 1 |  |"), ack);
    String say = Files.readString(out.resolve("dev.wiremessage.examples.chat.Say.md"));
    assertTrue(say.contains("| `HAPPY` | 2 |"), say);
    assertTrue(say.contains("## Example frame"), say);
    assertTrue(say.contains("Say.tags: 1 elements"), say);
  }

  @Test
  void pythonModuleOfTheChatProtocolWritesAndReadsTheDocumentedFrames() throws Exception {
    Path dir = Files.createDirectories(work.resolve("python"));
    Result r = tool("python", "--classes", classes.toString(), "--type", "Chat", "--out", dir.resolve("chat.py").toString());
    assertEquals(0, r.status(), r.err());
    PythonTestSupport.run(dir, "-m", "py_compile", "chat.py");
    Path script = dir.resolve("check.py");
    Files.writeString(script, String.join("\n",
        "from chat import *",
        "say = Say('hi', 1_700_000_000_000, Mood.HAPPY, ['greeting'], Place('Oslo', 3), {'client': 'demo'})",
        "print(Chat.to_frame(say).hex())",
        "print(Chat.from_frame(bytes.fromhex('" + SAY + "')) == say)",
        "try:",
        "    Chat.from_frame(bytes.fromhex('" + SAY_BAD_MOOD + "'))",
        "except WireError as e:",
        "    print(e.category, e.offset, e.detail)",
        "try:",
        "    Join('ada', 70000).to_frame()",
        "except WireError as e:",
        "    print(e.category, e.detail)",
        ""));
    String out = PythonTestSupport.run(dir, "check.py");
    assertEquals(List.of(SAY, "True", "malformed 13 Say.mood: unknown code 7 for Mood",
        "encode Join.room: 70000 is out of range -32768..32767"), out.lines().toList());
  }

  @Test
  void theSeedClientOnTheGeneratedModuleTalksToTheJavaCodec() throws Exception {
    Path dir = Files.createDirectories(work.resolve("seed"));
    Result r = tool("python", "--classes", classes.toString(), "--type", "Data", "--out", dir.resolve("seed.py").toString());
    assertEquals(0, r.status(), r.err());
    PythonTestSupport.resource("/interop/seed_client.py", dir);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ToolTest.class.getClassLoader());
        ServerSocket server = new ServerSocket()) {
      @SuppressWarnings("unchecked")
      WireCodec<Object> codec = (WireCodec<Object>) loader.loadClass("dev.wiremessage.examples.seed.DataCodec")
          .getField("INSTANCE").get(null);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      CompletableFuture<List<String>> received = CompletableFuture.supplyAsync(() -> {
        try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
          List<String> messages = new ArrayList<>();
          for (Object m; (m = codec.read(in)) != null; ) {
            messages.add(m.toString());
          }
          return messages;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      String out = PythonTestSupport.run(dir, "seed_client.py", String.valueOf(server.getLocalPort()), "This is a test", "42");
      assertEquals(List.of("Data[message=This is a test, value=42]"), received.get(30, TimeUnit.SECONDS));
      assertEquals("sent Data(message='This is a test', value=42)", out.strip());
    }
  }

  @Test
  void descriptorsAreReadFromAJarToo() throws Exception {
    Path jar = work.resolve("chat.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      Path dir = classes.resolve("META-INF/wiremessage");
      try (var files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          out.putNextEntry(new JarEntry("META-INF/wiremessage/" + f.getFileName()));
          out.write(Files.readAllBytes(f));
          out.closeEntry();
        }
      }
    }
    DescriptorSet set = DescriptorSet.load(jar);
    assertTrue(set.names().contains("dev.wiremessage.examples.chat.Chat"), set.names().toString());
    assertEquals("dev.wiremessage.examples.chat.Say", set.resolve("Say"));
  }

  @Test
  void helpAndUsageErrors() {
    Result help = tool("--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("describe --classes DIR|JAR --type NAME (--hex HEX | --file FRAME)"), help.out());
    Result unknown = tool("python", "--classes", classes.toString(), "--type", "Nope");
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().startsWith("error: no type named Nope"), unknown.err());
  }
}
