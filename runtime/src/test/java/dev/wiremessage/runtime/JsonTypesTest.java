package dev.wiremessage.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The types JsonTypes builds are interchangeable with the JDK's own: equal both ways, same hash, same name. */
class JsonTypesTest {
  static class Outer<A> {
    class Inner<B> {}

    static class Nested<C> {}
  }

  // fields whose generic types the JDK gives us to compare with
  Map<String, List<Integer>> map;
  List<? extends Number> upper;
  List<? super Integer> lower;
  List<?> any;
  List<String>[] array;
  Outer<String>.Inner<Integer> inner;
  Outer.Nested<String> nested;

  static Type jdk(String field) throws NoSuchFieldException {
    return JsonTypesTest.class.getDeclaredField(field).getGenericType();
  }

  static void assertSameType(Type jdk, Type ours) {
    assertEquals(jdk, ours);
    assertEquals(ours, jdk);
    assertEquals(jdk.hashCode(), ours.hashCode(), jdk.getTypeName());
    assertEquals(jdk.getTypeName(), ours.getTypeName());
    assertEquals(jdk.toString(), ours.toString());
  }

  @Test
  void builtTypesEqualTheJdks() throws NoSuchFieldException {
    assertSameType(jdk("map"), JsonTypes.parameterized(Map.class, String.class, JsonTypes.parameterized(List.class, Integer.class)));
    assertSameType(jdk("upper"), JsonTypes.parameterized(List.class, JsonTypes.subtypeOf(Number.class)));
    assertSameType(jdk("lower"), JsonTypes.parameterized(List.class, JsonTypes.supertypeOf(Integer.class)));
    assertSameType(jdk("any"), JsonTypes.parameterized(List.class, JsonTypes.subtypeOf(Object.class)));
    assertSameType(jdk("array"), JsonTypes.arrayOf(JsonTypes.parameterized(List.class, String.class)));
    Type outer = JsonTypes.parameterized(Outer.class, String.class);
    assertSameType(jdk("inner"), JsonTypes.parameterizedWithOwner(outer, Outer.Inner.class, Integer.class));
    assertSameType(jdk("nested"), JsonTypes.parameterized(Outer.Nested.class, String.class));
    assertEquals(Outer.class, ((ParameterizedType) JsonTypes.parameterized(Outer.Nested.class, String.class)).getOwnerType());
    assertNull(((ParameterizedType) JsonTypes.parameterized(List.class, String.class)).getOwnerType());
  }

  @Test
  void differentTypesDiffer() throws NoSuchFieldException {
    assertNotEquals(JsonTypes.arrayOf(JsonTypes.parameterized(List.class, String.class)),
        JsonTypes.arrayOf(JsonTypes.parameterized(List.class, Integer.class)));
    assertNotEquals(JsonTypes.subtypeOf(Number.class), JsonTypes.subtypeOf(Integer.class));
    assertNotEquals(JsonTypes.subtypeOf(Number.class), jdk("lower"));
    assertNotEquals(JsonTypes.parameterized(Map.class, String.class, Integer.class), jdk("map"));
    assertNotEquals(JsonTypes.parameterized(List.class, String.class), String.class);
    WildcardType w = (WildcardType) JsonTypes.supertypeOf(Integer.class);
    assertArrayEquals(new Type[] {Object.class}, w.getUpperBounds());
    assertArrayEquals(new Type[] {Integer.class}, w.getLowerBounds());
  }

  @Test
  void aTypeWithNoArgumentsPrintsNone() {
    assertEquals("java.lang.String", JsonTypes.parameterized(String.class).getTypeName());
  }
}
