package org.newsfacts;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.newsfacts.internal.Bridge;
import org.newsfacts.internal.Form;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.Union;

/**
 * The model's side of the {@link Bridge}: installed when this class initialises, which
 * {@link Bridge#model()} makes happen. Nothing here is public.
 */
final class Internals implements Bridge.Model<Violation, Rule> {
  /** The form of each public type that has one. */
  private static final Map<Class<?>, Form<?>> FORMS = Map.ofEntries(
      Map.entry(FactSheet.class, FactSheet.SHAPE),
      Map.entry(Provenance.class, Provenance.SHAPE),
      Map.entry(Provenance.Agent.class, Provenance.Agent.SHAPE),
      Map.entry(Source.class, Source.SHAPE),
      Map.entry(Source.Revision.class, Source.Revision.SHAPE),
      Map.entry(Source.Contact.class, Source.Contact.SHAPE),
      Map.entry(Source.Part.class, Source.Part.SHAPE),
      Map.entry(Participant.class, Participant.SHAPE),
      Map.entry(Participant.Relation.class, Participant.Relation.SHAPE),
      Map.entry(Place.class, Place.SHAPE),
      Map.entry(Meeting.class, Meeting.SHAPE),
      Map.entry(Meeting.Attendee.class, Meeting.Attendee.SHAPE),
      Map.entry(Meeting.Link.class, Meeting.Link.SHAPE),
      Map.entry(Event.class, Event.SHAPE),
      Map.entry(Event.Link.class, Event.Link.SHAPE),
      Map.entry(Statement.class, Statement.SHAPE),
      Map.entry(Statement.Link.class, Statement.Link.SHAPE),
      Map.entry(Claim.class, Claim.SHAPE),
      Map.entry(Claim.Argument.class, Claim.Argument.SHAPE),
      Map.entry(Claim.Assessment.class, Claim.Assessment.SHAPE),
      Map.entry(Factuality.class, Factuality.SHAPE),
      Map.entry(Term.class, TermForm.TERM),
      Map.entry(Quantity.class, Quantity.SHAPE),
      Map.entry(Change.class, Change.SHAPE),
      Map.entry(Unit.class, Unit.FORM),
      Map.entry(Time.class, Time.SHAPE),
      Map.entry(TimePoint.class, TimePoint.FORM),
      Map.entry(PartialDate.class, PartialDate.FORM),
      Map.entry(Evidence.class, Evidence.SHAPE),
      Map.entry(CountryCode.class, CountryCode.FORM),
      Map.entry(LanguageTag.class, LanguageTag.FORM),
      Map.entry(Ordinal.class, Ordinal.SHAPE),
      Map.entry(Rank.class, Rank.SHAPE),
      Map.entry(Role.class, Role.SHAPE),
      Map.entry(Topic.class, Topic.SHAPE),
      Map.entry(Translation.class, Translation.SHAPE),
      Map.entry(ExternalId.class, ExternalId.SHAPE));

  /** The form of each enum of the wire format, found in the forms of the types that use it. */
  private static final Map<Class<?>, Form<?>> ENUMS = enums();
  /** Every type with a form: the types, then the enums. */
  private static final Set<Class<?>> TYPES = allTypes();

  static {
    Bridge.install(new Internals());
  }

  private Internals() {}

  @Override
  public Violation violation(String path, Rule rule, String message, int line, int column) {
    return new Violation(path, rule, message, line, column);
  }

  @Override
  public Violation under(Violation violation, String parent) {
    return violation.under(parent);
  }

  @Override
  public Violation locatedAt(Violation violation, int line, int column) {
    return violation.locatedAt(line, column);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Form<T> form(Class<T> type) {
    if (type.isEnum() || type.getSuperclass() != null && type.getSuperclass().isEnum()) {
      Class<?> declaring = type.isEnum() ? type : type.getSuperclass();
      return (Form<T>) ENUMS.get(declaring);
    }
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Form<?> form = FORMS.get(c);
      if (form != null) {
        return (Form<T>) form;
      }
    }
    for (Class<?> i : type.getInterfaces()) {
      Form<?> form = FORMS.get(i);
      if (form != null) {
        return (Form<T>) form;
      }
    }
    return null;
  }

  @Override
  public Set<Class<?>> types() {
    return TYPES;
  }

  private static Set<Class<?>> allTypes() {
    Set<Class<?>> types = new LinkedHashSet<>(FORMS.keySet());
    types.addAll(ENUMS.keySet());
    return Set.copyOf(types);
  }

  private static Map<Class<?>, Form<?>> enums() {
    Map<Class<?>, Form<?>> enums = new LinkedHashMap<>();
    Set<Form<?>> seen = new java.util.HashSet<>();
    for (Form<?> form : FORMS.values()) {
      collectEnums(form.resolve(), enums, seen);
    }
    return Map.copyOf(enums);
  }

  private static void collectEnums(Form<?> form, Map<Class<?>, Form<?>> enums, Set<Form<?>> seen) {
    if (!seen.add(form)) {
      return;
    }
    if (form instanceof Scalar<?> scalar && scalar.isEnumeration()) {
      enums.putIfAbsent(scalar.enumType(), scalar);
    } else if (form instanceof Shape<?> shape) {
      for (int i = 0; i < shape.size(); i++) {
        collectEnums(shape.property(i).form().resolve(), enums, seen);
      }
    } else if (form instanceof Union<?> union) {
      for (int i = 0; i < union.size(); i++) {
        collectEnums(union.form(i).resolve(), enums, seen);
      }
    }
  }
}
