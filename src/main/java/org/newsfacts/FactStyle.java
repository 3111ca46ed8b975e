package org.newsfacts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, the "sandwich": users see {@code Meeting},
 * {@code Meeting.builder()} and the documented {@code Meeting.Builder} interface; the generated
 * {@code ImmutableMeeting} that implements them stays package-private.
 *
 * <p>Null and mandatory-attribute checks of the generated code are switched off on purpose: every
 * type checks itself in its {@code @Value.Check} method and reports each missing or invalid
 * attribute as a {@link Violation} with its path, all at once, instead of a
 * {@code NullPointerException} for the first one.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    optionalAcceptNullable = true,
    jdkOnly = true,
    // No annotation of Immutables' own on the generated classes: consumers compile without it.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
@interface FactStyle {}
