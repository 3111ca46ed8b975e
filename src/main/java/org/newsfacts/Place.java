package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.WireNames;

/**
 * A place the article names, as the text names it: where a meeting took place, a city hit by a
 * storm, the region talks were about, the place of the dateline. Meetings, claims and the source
 * refer to it by id, so that several facts can share it.
 *
 * <pre>{@code
 * Place kyiv = Place.builder()
 *     .id("pl-kyiv").name("Kyiv").kind(Place.Kind.CITY)
 *     .addEvidence(source.find("Kyiv"))
 *     .build();
 * }</pre>
 *
 * <p>A place the text describes without naming it ("la región", "outside Tacloban airport") has a
 * {@linkplain #description() description} and no name. The country is given where the text gives it (or marked inferred where the sheet adds it);
 * a place may lie {@linkplain #within() within} another place of the sheet, without cycles, or be
 * placed against one it lies outside: "Bucha, outside Kyiv" is {@linkplain #near() near} Kyiv;
 * "80 kilometers northwest of Quetta" near Quetta, with the {@linkplain #bearing() bearing}
 * northwest and the {@linkplain #distance() distance} 80 km. The text's own description of a place
 * ("border town along Afghan border") is its {@linkplain #description() description}. A set of
 * places the text counts ("throughout all 14 governorates in Syria") is one place with its
 * description, the place it lies within, and its {@linkplain #count() count}.
 */
@Value.Immutable
@FactStyle
public abstract class Place {
  static final Shape<Place> SHAPE = Shape.entity("place", "A place the article names.", Place.class,
          Place::builder, Builder::build)
      .required("id", Forms.ID, Place::id, Builder::id)
      .optional("name", Forms.TEXT, Place::name, Builder::name)
      .optional("kind", Scalar.enumeration(Kind.class), Place::kind, Builder::kind)
      .optional("country", CountryCode.FORM, Place::country, Builder::country)
      .optional("within", Forms.ID, Place::within, Builder::within).to(Place.class)
      .optional("description", Forms.TEXT, Place::description, Builder::description)
      .optional("capitalOf", Forms.ID, Place::capitalOf, Builder::capitalOf).to(Place.class)
      .optional("near", Forms.ID, Place::near, Builder::near).to(Place.class)
      .optional("bearing", Scalar.enumeration(Bearing.class), Place::bearing, Builder::bearing)
      .list("borders", Forms.ID, Place::borders, Builder::addBorders).to(Place.class)
      .optional("distance", Quantity.SHAPE, Place::distance, Builder::distance)
      .optional("count", Quantity.SHAPE, Place::count, Builder::count)
      .nonEmptyList("evidence", Evidence.SHAPE, Place::evidence, Builder::addEvidence)
      .optional("confidence", Forms.CONFIDENCE, Place::confidence, Builder::confidence)
      .list("inferred", Forms.PATH, Place::inferred, Builder::addInferred)
      .build();

  Place() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutablePlace.builder();
  }

  /** Which way a place lies from the place it is near, as the text says. */
  public enum Bearing {
    /** "north of". */
    NORTH,
    /** "northeast of". */
    NORTHEAST,
    /** "east of". */
    EAST,
    /** "southeast of". */
    SOUTHEAST,
    /** "south of". */
    SOUTH,
    /** "southwest of". */
    SOUTHWEST,
    /** "west of". */
    WEST,
    /** "northwest of". */
    NORTHWEST;

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return WireNames.of(this);
    }
  }

  /** What kind of place this is, where the text says. */
  public enum Kind {
    /** A country. */
    COUNTRY,
    /** A region, province, state or area. */
    REGION,
    /** A city, town or village. */
    CITY,
    /** A building, venue or site: "the Élysée Palace", "Ramstein Air Base". */
    SITE,
    /** Anything else: a sea, a border, a front line. */
    OTHER;

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return WireNames.of(this);
    }
  }

  /** {@return the id, unique within the sheet} */
  public abstract String id();

  /**
   * {@return the name as written, such as {@code Kyiv}; absent for a place the text describes
   * without naming ("la región", "outside Tacloban airport"), which has a description}
   */
  public abstract Optional<String> name();

  /** {@return the name, or else the description: how the text refers to the place} */
  public final String label() {
    return name().or(this::description).orElse(id());
  }

  /** {@return what kind of place this is, if the text says} */
  public abstract Optional<Kind> kind();

  /** {@return the country it lies in, if known} */
  public abstract Optional<CountryCode> country();

  /** {@return the id of the place of the sheet it lies within, if the text says} */
  public abstract Optional<String> within();

  /** {@return the text's description of the place, as written: "border town along Afghan border"} */
  public abstract Optional<String> description();

  /**
   * {@return the id of the place it is placed against and lies outside: Kyiv for "Bucha, outside
   * Kyiv", Quetta for "80 kilometers northwest of Quetta"}
   */
  public abstract Optional<String> near();

  /** {@return the id of the country or region whose capital it is: Cameroon for "Yaounde, Cameroon's capital"} */
  public abstract Optional<String> capitalOf();

  /**
   * {@return which way it lies from the place it is near ("northwest of Quetta"), or, without one,
   * which part it is of the place it lies within ("western Farah" is west within Farah)}
   */
  public abstract Optional<Bearing> bearing();

  /** {@return the ids of the places it borders: Pakistan for "Nangarhar, bordering Pakistan"} */
  public abstract List<String> borders();

  /** {@return how far it lies from the place it is near: 80 km; "about 110 KMs" is approximate} */
  public abstract Optional<Quantity> distance();

  /**
   * {@return how many places it stands for, where it is a set the text counts: "all 14
   * governorates" is 14 count with the words "all 14"; "several provinces" the words alone}
   */
  public abstract Optional<Quantity> count();

  /** {@return the spans of the source that name the place; never empty} */
  public abstract List<Evidence> evidence();

  /** {@return how sure whoever made the sheet is of this fact, from 0 to 1, if they say} */
  public abstract Optional<BigDecimal> confidence();

  /** {@return the paths of the values that are inferred rather than stated, such as {@code country}} */
  public abstract List<String> inferred();

  /**
   * {@return a copy with that country}
   *
   * @param country the country it lies in
   */
  public abstract Place withCountry(CountryCode country);

  /**
   * {@return a copy with those spans}
   *
   * @param evidence the spans that name the place
   */
  public abstract Place withEvidence(Iterable<? extends Evidence> evidence);

  @Value.Check
  final void check() {
    Check check = new Check("Place").properties(SHAPE, this).inferred(SHAPE, this, inferred());
    check.confidence(confidence());
    if (name().isEmpty() && description().isEmpty()) {
      check.add("name", Rule.REQUIRED, "a place has a name, or, where the text names none (\"la región\","
          + " \"outside Tacloban airport\"), its description");
    }
    if (near().isEmpty() && distance().isPresent()) {
      check.add("distance", Rule.REQUIRED, "a distance is from a place: set near (Quetta for \"80"
          + " kilometers northwest of Quetta\")");
    }
    if (near().isEmpty() && within().isEmpty() && bearing().isPresent()) {
      check.add("bearing", Rule.REQUIRED, "a bearing is from a place it is near (\"northwest of Quetta\"),"
          + " or within one (\"western Farah\"): set near or within");
    }
    count().ifPresent(count -> check.count(count, "places", "\"all 14 governorates\" is 14 count"));
    distance().ifPresent(distance -> {
      if (distance.unit().dimension().filter(d -> d == Unit.Dimension.LENGTH).isEmpty()) {
        check.add("distance.unit", Rule.UNIT_KIND, "a distance is in a unit of length (m, km, [mi_i], ...),"
            + " not " + distance.unit());
      }
      if (distance.amount().filter(a -> a.signum() < 0).isPresent()) {
        check.add("distance.amount", Rule.QUANTITY_BOUNDS, "a distance is not negative: its side is the"
            + " bearing");
      }
    });
    if (near().isPresent() && near().equals(within())) {
      check.add("near", Rule.REF_KIND, "a place lies within another or outside it, not both: '" + near().get()
          + "' is both");
    }
    if (near().filter(other -> other.equals(id())).isPresent()) {
      check.add("near", Rule.REF_CYCLE, "a place is placed against another place, not itself");
    }
    check.done();
  }

  /** {@return the place in one line: {@code pl-kyiv Kyiv (city, UA)}} */
  @Override
  public final String toString() {
    return id() + " " + label() + kind().map(k -> " (" + k.name().toLowerCase(java.util.Locale.ROOT)
        + country().map(c -> ", " + c).orElse("") + ")").orElse(country().map(c -> " (" + c + ")").orElse(""));
  }

  /** Builds a {@link Place}; {@link #build()} reports every missing or invalid attribute. */
  public interface Builder {
    /**
     * Sets the id, unique within the sheet; required.
     *
     * @param id such as {@code pl-kyiv}
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the name as written; a place the text does not name has a description instead.
     *
     * @param name such as {@code Kyiv}
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets what kind of place this is.
     *
     * @param kind country, region, city, site or other
     * @return this builder
     */
    Builder kind(Kind kind);

    /**
     * Sets the country the place lies in.
     *
     * @param country an ISO 3166-1 country
     * @return this builder
     */
    Builder country(CountryCode country);

    /**
     * Sets the place it lies within.
     *
     * @param place the id of a place of the sheet
     * @return this builder
     */
    Builder within(String place);

    /**
     * Sets the text's description of the place.
     *
     * @param description as written, such as "border town along Afghan border"
     * @return this builder
     */
    Builder description(String description);

    /**
     * Sets the place it is placed against and lies outside.
     *
     * @param place the id of a place of the sheet: Quetta for "80 kilometers northwest of Quetta"
     * @return this builder
     */
    Builder near(String place);

    /**
     * Sets the country or region whose capital it is.
     *
     * @param place the id of a place of the sheet
     * @return this builder
     */
    Builder capitalOf(String place);

    /**
     * Sets which way it lies from the place it is near.
     *
     * @param bearing such as {@link Bearing#NORTHWEST}
     * @return this builder
     */
    Builder bearing(Bearing bearing);

    /**
     * Adds a place it borders.
     *
     * @param place the id of a place of the sheet
     * @return this builder
     */
    Builder addBorders(String place);

    /**
     * Sets how far it lies from the place it is near.
     *
     * @param distance a quantity in a unit of length: 80 {@code km}
     * @return this builder
     */
    Builder distance(Quantity distance);

    /**
     * Sets how many places it stands for, where it is a set the text counts.
     *
     * @param count a count: {@code Quantity.builder().amount(new BigDecimal("14")).words("all 14")
     *     .unit(Unit.COUNT).build()} for "all 14 governorates"
     * @return this builder
     */
    Builder count(Quantity count);

    /**
     * Adds a span that names the place.
     *
     * @param span such as {@code source.find("Kyiv")}
     * @return this builder
     */
    Builder addEvidence(Evidence span);

    /**
     * Adds spans that name the place.
     *
     * @param first the first; spans of the source
     * @param more the others
     * @return this builder
     */
    default Builder addEvidence(Evidence first, Evidence... more) {
      addEvidence(first);
      for (Evidence element : Check.notNull(more, "more")) {
        addEvidence(element);
      }
      return this;
    }

    /**
     * Adds spans that name the place.
     *
     * @param spans such as {@code source.findAll("Kyiv")}
     * @return this builder
     */
    Builder addAllEvidence(Iterable<? extends Evidence> spans);

    /**
     * Replaces the spans that carry it.
     *
     * @param spans spans of the source
     * @return this builder
     */
    Builder evidence(Iterable<? extends Evidence> spans);

    /**
     * Sets how sure whoever made the sheet is of this fact.
     *
     * @param confidence from 0 to 1
     * @return this builder
     */
    Builder confidence(BigDecimal confidence);

    /**
     * Adds the path of a value that is inferred rather than stated.
     *
     * @param path such as {@code country}
     * @return this builder
     */
    Builder addInferred(String path);

    /**
     * Sets every attribute from a place.
     *
     * @param place a place
     * @return this builder
     */
    Builder from(Place place);

    /**
     * Builds the place.
     *
     * @return the place
     * @throws ValidationException with every violation, if it would be invalid
     */
    Place build();
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Place.class);
  }

  @JsonCreator
  static Place jackson(Object json) {
    throw Unregistered.type(Place.class);
  }
}
