package dev.wiremessage.benchmarks.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.runtime.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JsonBodyBenchmark's setup check (every peer reads every peer's bytes to an equal value), once
 * per message, so that the build catches a peer that no longer agrees (no benchmark runs here);
 * and what docs/benchmarks.md says of the bytes each anchor writes.
 */
class JsonPeersTest {
  private static Map<String, byte[]> bodies(String message) throws Exception {
    JsonBodyBenchmark benchmark = new JsonBodyBenchmark();
    benchmark.message = message;
    benchmark.setUp();
    return benchmark.bodies();
  }

  @ParameterizedTest
  @ValueSource(strings = {"data", "event"})
  void everyPeerWritesTheGeneratedBytesButFastjson2(String message) throws Exception {
    Map<String, byte[]> bodies = bodies(message);
    byte[] generated = bodies.get("generated");
    for (Map.Entry<String, byte[]> e : bodies.entrySet()) {
      if (!e.getKey().equals("fastjson2")) {
        assertArrayEquals(generated, e.getValue(), e.getKey());
      }
    }
    // fastjson2 writes the same members, keys sorted alphabetically (its default): the same
    // length, the same bytes for Data (already in that order), another order for Event
    byte[] fastjson2 = bodies.get("fastjson2");
    assertEquals(generated.length, fastjson2.length);
    if (message.equals("data")) {
      assertArrayEquals(generated, fastjson2);
    } else {
      assertNotEquals(new String(generated, "UTF-8"), new String(fastjson2, "UTF-8"));
      assertTrue(new String(fastjson2, "UTF-8").startsWith("{\"acknowledged\":false,\"attempt\":3,"));
    }
  }

  @Test
  void dslJsonUsesTheGeneratedConvertersNotItsRuntimeAnalysis() {
    DslJson<Object> dslJson = new DslJson<>(Settings.<Object>withRuntime().includeServiceLoader());
    for (Class<?> type : new Class<?>[] {JsonModels.Data.class, JsonModels.Event.class, JsonModels.Site.class}) {
      String converter = "_JsonModels$" + type.getSimpleName() + "_DslJsonConverter";
      assertTrue(dslJson.tryFindWriter(type).getClass().getName().contains(converter), type.getName());
      assertTrue(dslJson.tryFindReader(type).getClass().getName().contains(converter), type.getName());
    }
  }
}
