package org.newsfacts.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsfacts.Evidence;
import org.newsfacts.FactSheet;
import org.newsfacts.Rule;
import org.newsfacts.Violation;
import org.newsfacts.internal.Bridge;
import org.newsfacts.internal.Form;
import org.newsfacts.internal.Property;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.Union;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.json.JsonReadException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads an extractor's imperfect JSON, keeping everything it can, so that a test harness can still
 * score it: spans whose words stand elsewhere are moved there ({@link Anchors}); then whatever
 * still breaks a rule is left out, the smallest part that can go (an optional value, an element of
 * a list, else the whole fact), and whatever that leaves broken (a reference to a fact left out) in
 * turn. Every violation found on the way is listed; nothing is silently dropped.
 *
 * <pre>{@code
 * Lenient.Result result = Lenient.read(extractorOutput);
 * Comparison comparison = Comparison.of(gold, result.sheet());
 * result.violations();   // what the extractor got wrong in form, with paths and rules
 * result.moved();        // spans moved to where their words stand
 * }</pre>
 *
 * <p>What cannot be kept: a document that is not JSON, or whose source (its text) is broken, is
 * refused with a {@link JsonReadException}, as there is nothing to score against.
 */
public final class Lenient {
  private static final Bridge.Model<Violation, Rule> MODEL = Bridge.model();
  private static final JsonFactory FACTORY = new JsonFactory();
  /** A pass leaves out at least one part, so a document of n parts needs at most n passes. */
  private static final int PASSES = 1_000;

  private Lenient() {}

  /**
   * What a lenient reading kept.
   *
   * @param sheet the valid sheet made of what could be kept
   * @param violations every violation found, with its path in the document as given (or as it
   *     stood when parts before it had been left out), in the order found
   * @param moved every span moved to where its words stand
   */
  public record Result(FactSheet sheet, List<Violation> violations, List<Anchors.Moved> moved) {
    /**
     * Creates a result.
     *
     * @param sheet the sheet
     * @param violations the violations
     * @param moved the moved spans
     */
    public Result {
      Objects.requireNonNull(sheet, "sheet");
      violations = List.copyOf(violations);
      moved = List.copyOf(moved);
    }
  }

  /**
   * {@return what can be kept of a sheet's JSON}
   *
   * @param json the document
   * @throws JsonReadException if it is not JSON, or its source is broken
   */
  public static Result read(String json) {
    Objects.requireNonNull(json, "json");
    Object tree;
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      tree = value(parser);
    } catch (JacksonException e) {
      // not JSON: the strict reader says where, as it would
      FactSheetJson.strict().read(json);
      throw e;
    }
    if (!(tree instanceof Map)) {
      FactSheetJson.strict().read(json);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) tree;
    root.put("formatVersion", BigDecimal.valueOf(FactSheetJson.FORMAT_VERSION));
    List<Violation> all = new ArrayList<>();
    List<Anchors.Moved> moved = new ArrayList<>();
    reanchor(root, moved);
    for (int pass = 0; pass < PASSES; pass++) {
      String text = write(root);
      List<Violation> violations = FactSheetJson.strict().check(text);
      if (violations.isEmpty()) {
        return new Result(FactSheetJson.strict().read(text), all, moved);
      }
      all.addAll(violations);
      boolean removed = false;
      // the deepest parts first, so that indexes of lists stay right for the rest
      List<Violation> sorted = new ArrayList<>(violations);
      sorted.sort((a, b) -> b.path().compareTo(a.path()));
      for (Violation v : sorted) {
        removed |= leaveOut(root, v);
      }
      if (!removed) {
        break;
      }
    }
    // what is left breaks the rules of the source itself: refuse, as the strict reader does
    FactSheetJson.strict().read(write(root));
    throw new IllegalStateException("unreachable: the strict reader refused the document");
  }

  // --- spans -------------------------------------------------------------------------------------

  /** Moves every span of the document whose words stand elsewhere in the source's text. */
  @SuppressWarnings("unchecked")
  private static void reanchor(Map<String, Object> root, List<Anchors.Moved> moved) {
    Object source = root.get("source");
    if (!(source instanceof Map) || !(((Map<String, Object>) source).get("text") instanceof String)) {
      return;
    }
    String text = (String) ((Map<String, Object>) source).get("text");
    CodePointIndex index = new CodePointIndex(text);
    walk(root, span -> {
      Object start = span.get("start");
      Object end = span.get("end");
      Object words = span.get("text");
      if (!(start instanceof BigDecimal) || !(end instanceof BigDecimal) || !(words instanceof String)) {
        return;
      }
      Evidence given;
      try {
        given = Evidence.of(((BigDecimal) start).intValueExact(), ((BigDecimal) end).intValueExact(),
            (String) words);
      } catch (RuntimeException notASpan) {
        return;
      }
      Anchors.reanchor(text, index, given).ifPresent(m -> {
        span.put("start", BigDecimal.valueOf(m.to().start()));
        span.put("end", BigDecimal.valueOf(m.to().end()));
        span.put("text", m.to().text());
        moved.add(m);
      });
    });
  }

  /** Calls back for every object of the tree that has the properties of a span. */
  @SuppressWarnings("unchecked")
  private static void walk(Object node, java.util.function.Consumer<Map<String, Object>> span) {
    if (node instanceof Map) {
      Map<String, Object> object = (Map<String, Object>) node;
      if (object.containsKey("start") && object.containsKey("end") && object.containsKey("text")) {
        span.accept(object);
      }
      object.forEach((key, value) -> {
        if (!key.equals("source")) {
          walk(value, span);
        }
      });
    } else if (node instanceof List) {
      ((List<Object>) node).forEach(element -> walk(element, span));
    }
  }

  // --- leaving out -------------------------------------------------------------------------------

  /**
   * Leaves out the smallest part of the document that carries a violation and may go: an
   * optional property, an element of a list, or a fact of the sheet.
   *
   * @return whether something was left out
   */
  @SuppressWarnings("unchecked")
  private static boolean leaveOut(Map<String, Object> root, Violation violation) {
    List<Object> steps = steps(violation.path());
    if (steps.isEmpty()) {
      return false;
    }
    // walk down, remembering each container, the step into it and whether that part may go
    List<Object> containers = new ArrayList<>();
    List<Boolean> removable = new ArrayList<>();
    Object node = root;
    // the form of the node: a Form, or a ListOf for the elements of a list
    Object form = MODEL.form(FactSheet.class);
    for (Object step : steps) {
      Form<?> resolved = form instanceof Form ? ((Form<?>) form).resolve() : null;
      boolean mayGo;
      Object inner = null;
      if (step instanceof String && resolved instanceof Shape) {
        Shape<?> shape = (Shape<?>) resolved;
        int index = shape.indexOf((String) step);
        if (index < 0) {
          mayGo = true;   // an unknown property
        } else {
          Property<?, ?> property = shape.property(index);
          mayGo = property.kind() != Property.Kind.REQUIRED && property.kind() != Property.Kind.NON_EMPTY_LIST;
          inner = property.isList() ? new ListOf(property.form()) : property.form();
        }
      } else if (step instanceof String && resolved instanceof Union) {
        Union<?> union = (Union<?>) resolved;
        int index = union.indexOf((String) step);
        mayGo = false;
        inner = index < 0 ? null : union.form(index);
      } else if (step instanceof Integer && form instanceof ListOf) {
        mayGo = true;
        inner = ((ListOf) form).element;
      } else {
        mayGo = false;
      }
      containers.add(node);
      removable.add(mayGo);
      if (node instanceof Map) {
        node = ((Map<String, Object>) node).get(step.toString());
      } else if (node instanceof List && step instanceof Integer && (Integer) step < ((List<?>) node).size()) {
        node = ((List<Object>) node).get((Integer) step);
      } else {
        node = null;
      }
      form = inner;
      if (node == null) {
        break;
      }
    }
    for (int i = containers.size() - 1; i >= 0; i--) {
      if (!removable.get(i) || i == 0 && "source".equals(steps.get(0))) {
        continue;
      }
      if (steps.get(0).equals("source")) {
        return false;   // the text and its metadata: nothing to score against without them
      }
      Object container = containers.get(i);
      Object step = steps.get(i);
      if (container instanceof Map) {
        return ((Map<String, Object>) container).remove(step.toString()) != null;
      }
      if (container instanceof List && step instanceof Integer && (Integer) step < ((List<?>) container).size()) {
        ((List<Object>) container).remove((int) (Integer) step);
        return true;
      }
    }
    return false;
  }

  /** The form of a list's elements, as a step of the walk down a path. */
  private static final class ListOf {
    final Form<?> element;

    ListOf(Form<?> element) {
      this.element = element;
    }
  }

  /** {@return the steps of a path: names, and indexes as integers: {@code claims[2].holder}} */
  private static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          break;
        }
        steps.add(Integer.parseInt(path.substring(i + 1, close)));
        i = close + 1;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        steps.add(path.substring(i, end));
        i = end;
      }
    }
    return steps;
  }

  // --- a small tree ------------------------------------------------------------------------------

  private static Object value(JsonParser parser) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          parser.nextToken();
          object.put(name, value(parser));
        }
        return object;
      }
      case START_ARRAY: {
        List<Object> array = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(value(parser));
        }
        return array;
      }
      case VALUE_STRING:
        return parser.getString();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  private static String write(Object tree) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      write(generator, tree);
    }
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static void write(JsonGenerator out, Object node) {
    if (node instanceof Map) {
      out.writeStartObject();
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) node).entrySet()) {
        out.writeName(entry.getKey());
        write(out, entry.getValue());
      }
      out.writeEndObject();
    } else if (node instanceof List) {
      out.writeStartArray();
      for (Object element : (List<Object>) node) {
        write(out, element);
      }
      out.writeEndArray();
    } else if (node instanceof String) {
      out.writeString((String) node);
    } else if (node instanceof BigDecimal) {
      out.writeNumber(((BigDecimal) node).toPlainString());
    } else if (node instanceof Boolean) {
      out.writeBoolean((Boolean) node);
    } else {
      out.writeNull();
    }
  }
}
