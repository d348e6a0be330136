package dev.wiremessage.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** {@code java -jar wiremessage-tool.jar COMMAND ...}: see {@link #USAGE}. */
public final class Main {
  static final String USAGE = """
      usage: java -jar wiremessage-tool.jar COMMAND [OPTIONS]

      Reads the layout descriptors (META-INF/wiremessage/*.json) of a class output directory or a jar.

      commands:
        python --classes DIR|JAR [--type NAME]... [--out FILE.py]
                         a Python 3.9+ module (standard library only) for the named messages and
                         protocols (every type when no --type) and all they refer to
        docs --classes DIR|JAR [--type NAME]... --out DIR
                         one Markdown page per message and protocol: framing, byte table, enum
                         codes, an annotated example frame
        describe --classes DIR|JAR --type NAME (--hex HEX | --file FRAME)
                         an annotated hexdump of one frame: every byte range with its component
                         and value; for a bad frame, the byte where it breaks and the category
        --help           print this help

      NAME is a binary name (com.example.Chat) or a simple name only one type has.
      """;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command; the exit status (0 ok, 1 a bad frame for describe, 2 a usage or input error). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      out.print(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    try {
      Options o = Options.parse(args);
      DescriptorSet set = DescriptorSet.load(o.classes);
      List<String> types = new ArrayList<>();
      for (String t : o.types) {
        types.add(set.resolve(t));
      }
      switch (args[0]) {
        case "python" -> {
          String module = new PythonGenerator(set).generate(types.isEmpty() ? new ArrayList<>(set.names()) : types);
          if (o.out == null) {
            out.print(module);
          } else {
            Files.writeString(o.out, module, StandardCharsets.UTF_8);
            err.println("wrote " + o.out);
          }
          return 0;
        }
        case "docs" -> {
          if (o.out == null) {
            throw new IllegalArgumentException("docs needs --out DIR");
          }
          Files.createDirectories(o.out);
          Map<String, String> pages = new DocsGenerator(set).generate(types.isEmpty() ? new ArrayList<>(set.names()) : types);
          for (Map.Entry<String, String> p : pages.entrySet()) {
            Files.writeString(o.out.resolve(p.getKey()), p.getValue(), StandardCharsets.UTF_8);
          }
          err.println("wrote " + pages.size() + " pages to " + o.out);
          return 0;
        }
        case "describe" -> {
          if (types.size() != 1 || (o.hex == null) == (o.file == null)) {
            throw new IllegalArgumentException("describe needs one --type and either --hex HEX or --file FRAME");
          }
          byte[] frame = o.hex != null ? HexFormat.of().parseHex(o.hex.replaceAll("[\\s|:]", "")) : Files.readAllBytes(o.file);
          Describer.Description d = Describer.describe(set, types.get(0), frame);
          out.print(d);
          return d.error() == null ? 0 : 1;
        }
        default -> {
          err.println("unknown command " + args[0] + "\n\n" + USAGE);
          return 2;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }

  /** The options every command takes. */
  static final class Options {
    Path classes;
    final List<String> types = new ArrayList<>();
    Path out;
    String hex;
    Path file;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing the value of " + a);
        }
        String v = args[++i];
        switch (a) {
          case "--classes" -> o.classes = Path.of(v);
          case "--type" -> o.types.add(v);
          case "--out" -> o.out = Path.of(v);
          case "--hex" -> o.hex = v;
          case "--file" -> o.file = Path.of(v);
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if (o.classes == null) {
        throw new IllegalArgumentException("--classes DIR|JAR is required");
      }
      return o;
    }
  }
}
