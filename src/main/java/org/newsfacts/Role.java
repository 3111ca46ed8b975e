package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.newsfacts.internal.Shape;

/**
 * A role a participant holds, as the text words it ({@code ministro de Defensa}); where the text
 * says so, the participant it is held in ("el ministro de Defensa de Ucrania": {@code heldIn}
 * Ukraine) and the participant it is relative to ("his counterpart": {@code relativeTo} the person
 * whose counterpart), the place it is held in ("jefe de Reuters en La Habana": {@code place}
 * Havana) and when it is held ("ex jefe", "former minister": a time in the past; "minister since
 * 2020"). Immutable and thread-safe.
 *
 * <pre>{@code
 * Role.of("ministro de Defensa", "p-ukraine")
 * Role.of("counterpart").withRelativeTo("p-kerry")
 * Role.of("jefe de Reuters", "p-reuters").withPlace("pl-havana")
 *     .withTime(Time.relative(Time.Relative.PAST, "ex"))
 * }</pre>
 *
 * @param title the role as written, such as {@code ministro de Defensa}
 * @param heldIn the id of the participant the role is held in, if the text gives it
 * @param relativeTo the id of the participant the role is relative to, if the text gives one
 * @param place the id of the place the role is held in, if the text gives one
 * @param time when the role is held, if the text says: "former", "since 2020"
 */
public record Role(String title, Optional<String> heldIn, Optional<String> relativeTo, Optional<String> place,
    Optional<Time> time) {
  static final Shape<Role> SHAPE = Shape.value("role", "A role as written, the participant it is"
          + " held in, the participant it is relative to, the place it is held in and when.", Role.class,
          v -> new Role(v.get(0), v.optional(1), v.optional(2), v.optional(3), v.optional(4)))
      .required("title", Forms.TEXT, Role::title)
      .optional("of", Forms.ID, Role::heldIn).to(Participant.class)
      .optional("relativeTo", Forms.ID, Role::relativeTo).to(Participant.class)
      .optional("place", Forms.ID, Role::place).to(Place.class)
      .optional("time", Time.SHAPE, Role::time)
      .build();

  /**
   * Creates a role.
   *
   * @param title the role as written
   * @param heldIn the id of the participant it is held in, or empty
   * @param relativeTo the id of the participant it is relative to, or empty
   * @param place the id of the place it is held in, or empty
   * @param time when it is held, or empty
   * @throws ValidationException if the title is blank, or a reference is not an id
   */
  public Role {
    Check check = new Check("Role");
    check.text("title", title);
    check.optionalId("of", heldIn);
    check.optionalId("relativeTo", relativeTo);
    check.optionalId("place", place);
    check.required("time", time);
    check.done();
  }

  /**
   * {@return the role, without the participant it is held in}
   *
   * @param title the role as written
   * @throws ValidationException if the title is blank
   */
  public static Role of(String title) {
    return new Role(title, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * {@return the role held in a participant}
   *
   * @param title the role as written, such as {@code ministro de Defensa}
   * @param heldIn the id of the participant it is held in, such as {@code p-ukraine}
   * @throws ValidationException if the title is blank or {@code heldIn} is not an id
   */
  public static Role of(String title, String heldIn) {
    return new Role(title, Optional.of(Check.notNull(heldIn, "heldIn")), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * {@return a copy relative to a participant: "his counterpart"}
   *
   * @param participant the id of the participant the role is relative to
   * @throws ValidationException if it is not an id
   */
  public Role withRelativeTo(String participant) {
    return new Role(title, heldIn, Optional.of(Check.notNull(participant, "participant")), place, time);
  }

  /**
   * {@return a copy held in a place: "jefe de Reuters en La Habana"}
   *
   * @param place the id of a place of the sheet
   * @throws ValidationException if it is not an id
   */
  public Role withPlace(String place) {
    return new Role(title, heldIn, relativeTo, Optional.of(Check.notNull(place, "place")), time);
  }

  /**
   * {@return a copy held at a time: "former" is {@code Time.relative(Time.Relative.PAST, "former")},
   * "since 2020" {@code Time.since(PartialDate.ofYear(2020))}}
   *
   * @param time when the role is held, as the text says
   */
  public Role withTime(Time time) {
    return new Role(title, heldIn, relativeTo, place, Optional.of(Check.notNull(time, "time")));
  }

  /** {@return the title, with whom it is held in or relative to: {@code ministro de Defensa (of p-ukraine)}} */
  @Override
  public String toString() {
    return title + heldIn.map(id -> " (of " + id + ")").orElse("")
        + relativeTo.map(id -> " (relative to " + id + ")").orElse("")
        + place.map(id -> " (in " + id + ")").orElse("") + time.map(t -> " (" + t + ")").orElse("");
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Role.class);
  }

  @JsonCreator
  static Role jackson(Object json) {
    throw Unregistered.type(Role.class);
  }
}
