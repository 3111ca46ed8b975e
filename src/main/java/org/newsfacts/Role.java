package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.newsfacts.internal.Shape;

/**
 * A role a participant holds, as the text words it ({@code ministro de Defensa}); where the text
 * says so, the participant it is held in ("el ministro de Defensa de Ucrania": {@code heldIn}
 * Ukraine) and the participant it is relative to ("his counterpart": {@code relativeTo} the person
 * whose counterpart). Immutable and thread-safe.
 *
 * <pre>{@code
 * Role.of("ministro de Defensa", "p-ukraine")
 * Role.of("counterpart").withRelativeTo("p-kerry")
 * }</pre>
 *
 * @param title the role as written, such as {@code ministro de Defensa}
 * @param heldIn the id of the participant the role is held in, if the text gives it
 * @param relativeTo the id of the participant the role is relative to, if the text gives one
 */
public record Role(String title, Optional<String> heldIn, Optional<String> relativeTo) {
  static final Shape<Role> SHAPE = Shape.value("role", "A role as written, the participant it is"
          + " held in and the participant it is relative to.", Role.class,
          v -> new Role(v.get(0), v.optional(1), v.optional(2)))
      .required("title", Forms.TEXT, Role::title)
      .optional("of", Forms.ID, Role::heldIn).to(Participant.class)
      .optional("relativeTo", Forms.ID, Role::relativeTo).to(Participant.class)
      .build();

  /**
   * Creates a role.
   *
   * @param title the role as written
   * @param heldIn the id of the participant it is held in, or empty
   * @param relativeTo the id of the participant it is relative to, or empty
   * @throws ValidationException if the title is blank, or a reference is not an id
   */
  public Role {
    Check check = new Check("Role");
    check.text("title", title);
    check.optionalId("of", heldIn);
    check.optionalId("relativeTo", relativeTo);
    check.done();
  }

  /**
   * {@return the role, without the participant it is held in}
   *
   * @param title the role as written
   * @throws ValidationException if the title is blank
   */
  public static Role of(String title) {
    return new Role(title, Optional.empty(), Optional.empty());
  }

  /**
   * {@return the role held in a participant}
   *
   * @param title the role as written, such as {@code ministro de Defensa}
   * @param heldIn the id of the participant it is held in, such as {@code p-ukraine}
   * @throws ValidationException if the title is blank or {@code heldIn} is not an id
   */
  public static Role of(String title, String heldIn) {
    return new Role(title, Optional.of(Check.notNull(heldIn, "heldIn")), Optional.empty());
  }

  /**
   * {@return a copy relative to a participant: "his counterpart"}
   *
   * @param participant the id of the participant the role is relative to
   * @throws ValidationException if it is not an id
   */
  public Role withRelativeTo(String participant) {
    return new Role(title, heldIn, Optional.of(Check.notNull(participant, "participant")));
  }

  /** {@return the title, with whom it is held in or relative to: {@code ministro de Defensa (of p-ukraine)}} */
  @Override
  public String toString() {
    return title + heldIn.map(id -> " (of " + id + ")").orElse("")
        + relativeTo.map(id -> " (relative to " + id + ")").orElse("");
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
