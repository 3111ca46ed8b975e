package org.newsfacts.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.newsfacts.Claim;
import org.newsfacts.Event;
import org.newsfacts.Evidence;
import org.newsfacts.FactSheet;
import org.newsfacts.Meeting;
import org.newsfacts.Participant;
import org.newsfacts.Place;
import org.newsfacts.Rule;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.Violation;
import org.newsfacts.compare.Comparison.Difference;
import org.newsfacts.compare.Comparison.Kind;
import org.newsfacts.compare.Comparison.Score;
import org.newsfacts.internal.Bridge;
import org.newsfacts.internal.Form;
import org.newsfacts.internal.Property;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.Union;

/**
 * Pairs the facts of two sheets by content, then lists how each pair differs: see
 * {@link Comparison}. The attributes are compared through the forms the model declares, so a new
 * attribute is compared without a line here.
 */
final class Aligner {
  /** The smallest score of a pair. */
  private static final double THRESHOLD = 0.35;
  /** The width, in code points, of a bucket of the span index. */
  private static final int BUCKET = 64;
  private static final Bridge.Model<Violation, Rule> MODEL = Bridge.model();

  private final FactSheet gold;
  private final FactSheet predicted;
  /** The predicted sheet's id of each paired fact, to the gold sheet's. */
  private final Map<String, String> pairs = new LinkedHashMap<>();
  private final List<Difference> differences = new ArrayList<>();
  private final Map<Kind, Score> scores = new EnumMap<>(Kind.class);

  Aligner(FactSheet gold, FactSheet predicted) {
    this.gold = gold;
    this.predicted = predicted;
  }

  /** One kind of fact: how to read its id, evidence, label and content. */
  private static final class Facts<T> {
    final Kind kind;
    final List<T> gold;
    final List<T> predicted;
    final Function<T, String> id;
    final Function<T, List<Evidence>> evidence;
    final Function<T, String> label;
    final Class<T> type;
    /** For each predicted fact, the index of the gold fact it is paired with, or -1. */
    int[] paired;

    Facts(Kind kind, Class<T> type, List<T> gold, List<T> predicted, Function<T, String> id,
        Function<T, List<Evidence>> evidence, Function<T, String> label) {
      this.kind = kind;
      this.type = type;
      this.gold = gold;
      this.predicted = predicted;
      this.id = id;
      this.evidence = evidence;
      this.label = label;
    }
  }

  Comparison compare() {
    List<Facts<?>> kinds = List.of(
        new Facts<>(Kind.PARTICIPANT, Participant.class, gold.participants(), predicted.participants(),
            Participant::id, Participant::evidence, Participant::label),
        new Facts<>(Kind.PLACE, Place.class, gold.places(), predicted.places(), Place::id, Place::evidence,
            Place::label),
        new Facts<>(Kind.MEETING, Meeting.class, gold.meetings(), predicted.meetings(), Meeting::id,
            Meeting::evidence, m -> m.name().orElse(String.join("; ", m.purposes()))),
        new Facts<>(Kind.EVENT, Event.class, gold.events(), predicted.events(), Event::id, Event::evidence,
            Event::what),
        new Facts<>(Kind.STATEMENT, Statement.class, gold.statements(), predicted.statements(), Statement::id,
            Statement::evidence, Statement::text),
        new Facts<>(Kind.CLAIM, Claim.class, gold.claims(), predicted.claims(), Claim::id, Claim::evidence,
            Claim::toString));
    // in this order, so that what a fact refers to is paired before the fact
    for (Facts<?> facts : kinds) {
      align(facts);
    }
    for (Facts<?> facts : kinds) {
      differ(facts);
    }
    return new Comparison(scores, differences, pairs);
  }

  // --- alignment ------------------------------------------------------------------------------

  private <T> void align(Facts<T> facts) {
    Map<Integer, List<Integer>> buckets = new HashMap<>();
    Map<String, List<Integer>> names = new HashMap<>();
    for (int g = 0; g < facts.gold.size(); g++) {
      T fact = facts.gold.get(g);
      for (Evidence span : facts.evidence.apply(fact)) {
        for (int b = span.start() / BUCKET; b <= (span.end() - 1) / BUCKET; b++) {
          List<Integer> bucket = buckets.computeIfAbsent(b, k -> new ArrayList<>(2));
          if (bucket.isEmpty() || bucket.get(bucket.size() - 1) != g) {
            bucket.add(g);
          }
        }
      }
      names.computeIfAbsent(key(facts.label.apply(fact)), k -> new ArrayList<>(1)).add(g);
    }
    List<double[]> candidates = new ArrayList<>();
    for (int p = 0; p < facts.predicted.size(); p++) {
      T fact = facts.predicted.get(p);
      Set<Integer> seen = new HashSet<>();
      for (Evidence span : facts.evidence.apply(fact)) {
        for (int b = span.start() / BUCKET; b <= (span.end() - 1) / BUCKET; b++) {
          seen.addAll(buckets.getOrDefault(b, List.of()));
        }
      }
      if (facts.kind == Kind.PARTICIPANT || facts.kind == Kind.PLACE) {
        seen.addAll(names.getOrDefault(key(facts.label.apply(fact)), List.of()));
      }
      for (int g : seen) {
        double score = score(facts, facts.gold.get(g), fact);
        if (score >= THRESHOLD) {
          candidates.add(new double[] {score, g, p});
        }
      }
    }
    candidates.sort(Comparator.<double[]>comparingDouble(c -> -c[0]).thenComparingDouble(c -> c[1])
        .thenComparingDouble(c -> c[2]));
    boolean[] goldTaken = new boolean[facts.gold.size()];
    facts.paired = new int[facts.predicted.size()];
    java.util.Arrays.fill(facts.paired, -1);
    for (double[] c : candidates) {
      int g = (int) c[1];
      int p = (int) c[2];
      if (!goldTaken[g] && facts.paired[p] < 0) {
        goldTaken[g] = true;
        facts.paired[p] = g;
        pairs.put(facts.id.apply(facts.predicted.get(p)), facts.id.apply(facts.gold.get(g)));
      }
    }
  }

  /** {@return how alike two facts are, from 0 to 1: their spans, then their content} */
  private <T> double score(Facts<T> facts, T g, T p) {
    double spans = overlap(facts.evidence.apply(g), facts.evidence.apply(p));
    double content;
    switch (facts.kind) {
      case STATEMENT: {
        Statement a = (Statement) g;
        Statement b = (Statement) p;
        content = 0.5 * same(a.speaker().orElse(null), mapped(b.speaker().orElse(null)))
            + 0.5 * words(a.text(), b.text());
        break;
      }
      case CLAIM: {
        Claim a = (Claim) g;
        Claim b = (Claim) p;
        content = 0.3 * same(a.holder(), mapped(b.holder())) + 0.35 * term(a.subject(), b.subject())
            + 0.35 * (a.value().isEmpty() && b.value().isEmpty() ? 1
                : a.value().isPresent() && b.value().isPresent() ? term(a.value().get(), b.value().get()) : 0);
        break;
      }
      default:
        content = words(facts.label.apply(g), facts.label.apply(p));
        break;
    }
    return spans > 0 ? 0.5 * spans + 0.5 * content : 0.8 * content;
  }

  private String mapped(String predictedId) {
    return predictedId == null ? null : pairs.getOrDefault(predictedId, "\u0000" + predictedId);
  }

  private static double same(String a, String b) {
    return Objects.equals(a, b) ? 1 : 0;
  }

  private double term(Term a, Term b) {
    if (a instanceof Term.OfEntity && b instanceof Term.OfEntity) {
      return same(((Term.OfEntity) a).id(), mapped(((Term.OfEntity) b).id()));
    }
    if (a instanceof Term.OfText && b instanceof Term.OfText) {
      return words(((Term.OfText) a).text(), ((Term.OfText) b).text());
    }
    return a.equals(b) ? 1 : 0;
  }

  /** {@return the share of the code points either set of spans covers that both cover} */
  private static double overlap(List<Evidence> a, List<Evidence> b) {
    long both = 0;
    for (Evidence x : a) {
      for (Evidence y : b) {
        both += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
      }
    }
    long either = covered(a) + covered(b) - both;
    return either <= 0 ? 0 : Math.min(1, (double) both / either);
  }

  private static long covered(List<Evidence> spans) {
    long total = 0;
    for (Evidence span : spans) {
      total += span.end() - span.start();
    }
    return total;
  }

  /** {@return the share of words the two texts have in common (Jaccard), case and accents as written} */
  private static double words(String a, String b) {
    Set<String> x = tokens(a);
    Set<String> y = tokens(b);
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    int common = 0;
    for (String word : x) {
      if (y.contains(word)) {
        common++;
      }
    }
    return (double) common / (x.size() + y.size() - common);
  }

  private static Set<String> tokens(String text) {
    Set<String> tokens = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        tokens.add(word);
      }
    }
    return tokens;
  }

  private static String key(String label) {
    return String.join(" ", new java.util.TreeSet<>(tokens(label)));
  }

  // --- differences -----------------------------------------------------------------------------

  private <T> void differ(Facts<T> facts) {
    Shape<Object> shape = shape(facts.type);
    boolean[] found = new boolean[facts.gold.size()];
    int paired = 0;
    int exact = 0;
    List<Difference> unexpected = new ArrayList<>();
    Map<Integer, List<Difference>> byGold = new HashMap<>();
    for (int p = 0; p < facts.predicted.size(); p++) {
      T fact = facts.predicted.get(p);
      int g = facts.paired[p];
      if (g < 0) {
        unexpected.add(new Difference(facts.kind, facts.kind.collection() + "[" + facts.id.apply(fact) + "]",
            null, facts.label.apply(fact)));
        continue;
      }
      found[g] = true;
      paired++;
      List<Difference> of = new ArrayList<>();
      object(of, facts.kind, facts.kind.collection() + "[" + facts.id.apply(facts.gold.get(g)) + "]", shape,
          facts.gold.get(g), fact);
      if (of.isEmpty()) {
        exact++;
      }
      byGold.put(g, of);
    }
    for (int g = 0; g < facts.gold.size(); g++) {
      T fact = facts.gold.get(g);
      if (!found[g]) {
        differences.add(new Difference(facts.kind, facts.kind.collection() + "[" + facts.id.apply(fact) + "]",
            facts.label.apply(fact), null));
      } else {
        differences.addAll(byGold.get(g));
      }
    }
    differences.addAll(unexpected);
    scores.put(facts.kind, new Score(facts.gold.size(), facts.predicted.size(), paired, exact));
  }

  @SuppressWarnings("unchecked")
  private static Shape<Object> shape(Class<?> type) {
    return (Shape<Object>) MODEL.form(type).resolve();
  }

  /** Adds how two values of a shape differ, property by property, the predicted one's ids mapped. */
  private void object(List<Difference> out, Kind kind, String path, Shape<Object> shape, Object g, Object p) {
    for (int i = 0; i < shape.size(); i++) {
      Property<Object, ?> property = shape.property(i);
      if (property.name().equals("id")) {
        continue;
      }
      Object a = property.present(g);
      Object b = property.present(p);
      String at = path + "." + property.name();
      if (a == null && b == null) {
        continue;
      }
      if (a == null || b == null) {
        out.add(new Difference(kind, at, a == null ? "none" : render(property, a, false),
            b == null ? "none" : render(property, b, true)));
      } else if (property.isList()) {
        list(out, kind, at, property, (List<?>) a, (List<?>) b);
      } else {
        value(out, kind, at, property.form(), property.targets(), a, b);
      }
    }
  }

  private void list(List<Difference> out, Kind kind, String path, Property<Object, ?> property, List<?> a,
      List<?> b) {
    boolean spans = property.form().resolve() == MODEL.form(Evidence.class);
    if (spans || !property.targets().isEmpty() || property.form().resolve() instanceof Scalar) {
      // spans, references and words are sets: their order says nothing
      Set<Object> x = new HashSet<>(a);
      Set<Object> y = new HashSet<>();
      for (Object element : b) {
        y.add(property.targets().isEmpty() ? element : mapped((String) element));
      }
      if (!x.equals(y)) {
        out.add(new Difference(kind, path, render(property, a, false), render(property, b, true)));
      }
      return;
    }
    if (a.size() != b.size()) {
      out.add(new Difference(kind, path, render(property, a, false), render(property, b, true)));
      return;
    }
    for (int e = 0; e < a.size(); e++) {
      value(out, kind, path + "[" + e + "]", property.form(), property.targets(), a.get(e), b.get(e));
    }
  }

  @SuppressWarnings("unchecked")
  private void value(List<Difference> out, Kind kind, String path, Form<?> form, List<Class<?>> targets,
      Object a, Object b) {
    Form<?> resolved = form.resolve();
    if (!targets.isEmpty()) {
      if (!a.equals(mapped((String) b))) {
        out.add(new Difference(kind, path, entity((String) a, gold), entity((String) b, predicted)));
      }
    } else if (resolved instanceof Shape) {
      object(out, kind, path, (Shape<Object>) resolved, a, b);
    } else if (resolved instanceof Union) {
      Union<Object> union = (Union<Object>) resolved;
      int x = union.alternativeOf(a);
      int y = union.alternativeOf(b);
      if (x != y) {
        out.add(new Difference(kind, path, a.toString(), b.toString()));
      } else {
        value(out, kind, path + "." + union.key(x), union.form(x), union.targets(x), union.content(x, a),
            union.content(y, b));
      }
    } else if (!a.equals(b)) {
      out.add(new Difference(kind, path, words(a), words(b)));
    }
  }

  private String render(Property<Object, ?> property, Object value, boolean isPredicted) {
    if (!property.targets().isEmpty()) {
      FactSheet sheet = isPredicted ? predicted : gold;
      if (value instanceof List) {
        List<String> ids = new ArrayList<>();
        for (Object id : (List<?>) value) {
          ids.add(entity((String) id, sheet));
        }
        return ids.toString();
      }
      return entity((String) value, sheet);
    }
    return words(value);
  }

  private static String words(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }

  /** {@return an entity by id and label: {@code p-umerov "Umerov"}} */
  private static String entity(String id, FactSheet sheet) {
    String label = sheet.participant(id).map(Participant::label)
        .or(() -> sheet.place(id).map(Place::label))
        .or(() -> sheet.meeting(id).flatMap(Meeting::name))
        .or(() -> sheet.event(id).map(Event::what))
        .orElse(null);
    return label == null ? id : id + " \"" + label + "\"";
  }
}
