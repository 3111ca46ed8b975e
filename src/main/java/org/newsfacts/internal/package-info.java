/**
 * Machinery shared by the model, the JSON codec and the exports; not exported by the module and not
 * part of the API.
 *
 * <p>Each type of the model declares its JSON form once, as a {@link org.newsfacts.internal.Form}:
 * a {@link org.newsfacts.internal.Scalar} (a string, whole number or boolean), a
 * {@link org.newsfacts.internal.Shape} (an object of named {@link
 * org.newsfacts.internal.Property properties}) or a {@link org.newsfacts.internal.Union} (an object
 * holding exactly one of several alternatives). From that one declaration follow the model's
 * generic checks (required values, blank texts, id syntax, references), reading, writing, the
 * unknown-property check and the JSON Schema.
 *
 * <p>{@link org.newsfacts.internal.Bridge} gives the codec what the model keeps package-private
 * (the forms, and violations placed at a line and column), in the way the JDK's own shared-secrets
 * pattern does: the model installs it when its classes initialise.
 */
package org.newsfacts.internal;
