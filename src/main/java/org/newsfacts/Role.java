package org.newsfacts;

import java.util.Optional;
import org.newsfacts.internal.Shape;

/**
 * A role a participant holds, as the text words it ({@code ministro de Defensa}), and, when the
 * text says so, the participant it is held in: {@code Role.of("ministro de Defensa", "p-ukraine")}
 * for "el ministro de Defensa de Ucrania". Immutable and thread-safe.
 *
 * @param title the role as written, such as {@code ministro de Defensa}
 * @param heldIn the id of the participant the role is held in, if the text gives it
 */
public record Role(String title, Optional<String> heldIn) {
  static final Shape<Role> SHAPE = Shape.value("role", "A role as written, and the participant it"
          + " is held in.", Role.class, v -> new Role(v.get(0), v.optional(1)))
      .required("title", Forms.TEXT, Role::title)
      .optional("of", Forms.ID, Role::heldIn).to(Participant.class)
      .build();

  /**
   * Creates a role.
   *
   * @param title the role as written
   * @param heldIn the id of the participant it is held in, or empty
   * @throws ValidationException if the title is blank, or {@code heldIn} is not an id
   */
  public Role {
    Check check = new Check("Role");
    check.text("title", title);
    if (check.required("of", heldIn)) {
      heldIn.ifPresent(id -> check.id("of", id));
    }
    check.done();
  }

  /**
   * {@return the role, without the participant it is held in}
   *
   * @param title the role as written
   * @throws ValidationException if the title is blank
   */
  public static Role of(String title) {
    return new Role(title, Optional.empty());
  }

  /**
   * {@return the role held in a participant}
   *
   * @param title the role as written, such as {@code ministro de Defensa}
   * @param heldIn the id of the participant it is held in, such as {@code p-ukraine}
   * @throws ValidationException if the title is blank or {@code heldIn} is not an id
   */
  public static Role of(String title, String heldIn) {
    return new Role(title, Optional.ofNullable(heldIn));
  }
}
