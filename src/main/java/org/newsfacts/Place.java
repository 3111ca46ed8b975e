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
 * <p>The country is given where the text gives it (or marked inferred where the sheet adds it);
 * a place may lie {@linkplain #within() within} another place of the sheet, without cycles.
 */
@Value.Immutable
@FactStyle
public abstract class Place {
  static final Shape<Place> SHAPE = Shape.entity("place", "A place the article names.", Place.class,
          Place::builder, Builder::build)
      .required("id", Forms.ID, Place::id, Builder::id)
      .required("name", Forms.TEXT, Place::name, Builder::name)
      .optional("kind", Scalar.enumeration(Kind.class), Place::kind, Builder::kind)
      .optional("country", CountryCode.FORM, Place::country, Builder::country)
      .optional("within", Forms.ID, Place::within, Builder::within).to(Place.class)
      .nonEmptyList("evidence", Evidence.SHAPE, Place::evidence, Builder::addEvidence)
      .optional("confidence", Forms.CONFIDENCE, Place::confidence, Builder::confidence)
      .list("inferred", Forms.PATH, Place::inferred, Builder::addInferred)
      .build();

  Place() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutablePlace.builder();
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

  /** {@return the name as written, such as {@code Kyiv}} */
  public abstract String name();

  /** {@return what kind of place this is, if the text says} */
  public abstract Optional<Kind> kind();

  /** {@return the country it lies in, if known} */
  public abstract Optional<CountryCode> country();

  /** {@return the id of the place of the sheet it lies within, if the text says} */
  public abstract Optional<String> within();

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
    check.done();
  }

  /** {@return the place in one line: {@code pl-kyiv Kyiv (city, UA)}} */
  @Override
  public final String toString() {
    return id() + " " + name() + kind().map(k -> " (" + k.name().toLowerCase(java.util.Locale.ROOT)
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
     * Sets the name as written; required.
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
