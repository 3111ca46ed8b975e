package org.newsfacts.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsfacts.FactSheet;

/**
 * The public API, listed from the compiled classes of the packages the module exports, is checked
 * in as {@code api/newsfacts.api}: every change of the public surface shows in review as a change
 * of that file. After a deliberate change, write it anew with
 * {@code mvn test -Dtest=PublicApiTest -Dnewsfacts.writeApi=true}.
 */
class PublicApiTest {
  private static final Path LISTING = Path.of("api/newsfacts.api");
  private static final Path CLASSES = Path.of("target/classes");

  @Test
  void thePublicApiIsTheOneCheckedIn() throws IOException {
    String listing = listing();
    if (Boolean.getBoolean("newsfacts.writeApi")) {
      Files.createDirectories(LISTING.getParent());
      Files.writeString(LISTING, listing);
    }

    assertThat(Files.exists(LISTING)).as(LISTING + " exists; write it with -Dnewsfacts.writeApi=true")
        .isTrue();
    assertThat(listing).as("the public API; after a deliberate change, write %s anew with"
        + " -Dnewsfacts.writeApi=true", LISTING).isEqualTo(Files.readString(LISTING));
  }

  @Test
  void onlyTheDocumentedPackagesAreExported() {
    assertThat(exported()).containsExactly("org.newsfacts", "org.newsfacts.assertj", "org.newsfacts.compare", "org.newsfacts.export",
        "org.newsfacts.jackson2",
        "org.newsfacts.jackson3", "org.newsfacts.json", "org.newsfacts.reference");
  }

  private static List<String> exported() {
    ModuleDescriptor module = FactSheet.class.getModule().getDescriptor();
    assertThat(module).as("the tests run on the module path").isNotNull();
    return module.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .sorted().collect(Collectors.toList());
  }

  /** {@return one line per public type and per public or protected member, sorted} */
  private static String listing() throws IOException {
    StringBuilder text = new StringBuilder();
    for (String pkg : exported()) {
      Path dir = CLASSES.resolve(pkg.replace('.', '/'));
      List<String> names;
      try (Stream<Path> files = Files.list(dir)) {
        names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
            .filter(n -> !n.equals("package-info.class")).map(n -> n.substring(0, n.length() - 6))
            .sorted().collect(Collectors.toList());
      }
      for (String name : names) {
        Class<?> type;
        try {
          type = Class.forName(pkg + "." + name.replace('$', '.').replaceFirst("\\.", "\\$")
              .replace('.', '$'), false, FactSheet.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          type = forBinaryName(pkg + "." + name);
        }
        if (isVisible(type)) {
          type(type, text);
        }
      }
    }
    return text.toString();
  }

  private static Class<?> forBinaryName(String name) {
    try {
      return Class.forName(name, false, FactSheet.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** {@return whether users can name the type: public, and every enclosing type public too} */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static void type(Class<?> type, StringBuilder text) {
    text.append(Modifier.toString(type.getModifiers() & ~Modifier.INTERFACE & ~Modifier.STATIC))
        .append(' ').append(kind(type)).append(' ').append(type.getName().replace('$', '.'));
    if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum()
        && !type.isRecord()) {
      text.append(" extends ").append(name(type.getGenericSuperclass()));
    }
    List<String> interfaces = Arrays.stream(type.getGenericInterfaces()).map(PublicApiTest::name)
        .filter(i -> !i.startsWith("org.newsfacts.With")).collect(Collectors.toList());
    if (!interfaces.isEmpty()) {
      text.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
    }
    if (type.isSealed()) {
      text.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses())
          .map(c -> c.getName().replace('$', '.')).collect(Collectors.joining(", ")));
    }
    text.append('\n');
    TreeSet<String> members = new TreeSet<>();
    for (Field field : type.getFields()) {
      if (field.getDeclaringClass().getName().startsWith("org.newsfacts.") && !field.isEnumConstant()) {
        members.add(Modifier.toString(field.getModifiers()) + " " + name(field.getGenericType()) + " "
            + field.getName());
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (isApi(constructor.getModifiers()) && !type.isEnum()) {
        members.add(Modifier.toString(constructor.getModifiers()) + " " + type.getSimpleName()
            + parameters(constructor));
      }
    }
    List<Method> methods = new ArrayList<>(Arrays.asList(type.getMethods()));
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isProtected(method.getModifiers())) {
        methods.add(method);
      }
    }
    for (Method method : methods) {
      // what a type inherits from the JDK or from another library (AssertJ's AbstractAssert) is theirs
      if (method.isSynthetic() || method.isBridge() || !method.getDeclaringClass().getName().startsWith("org.newsfacts.")
          || type.isEnum() && (method.getName().equals("values") || method.getName().equals("valueOf"))) {
        continue;
      }
      members.add(Modifier.toString(method.getModifiers() & Modifier.methodModifiers() & ~Modifier.FINAL
          & ~Modifier.ABSTRACT & ~Modifier.NATIVE & ~Modifier.SYNCHRONIZED) + " "
          + name(method.getGenericReturnType()) + " "
          + method.getName() + parameters(method));
    }
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        members.add("constant " + ((Enum<?>) constant).name());
      }
    }
    for (String member : members) {
      text.append("  ").append(member.trim()).append('\n');
    }
  }

  private static boolean isApi(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String kind(Class<?> type) {
    return type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
        : type.isRecord() ? "record" : "class";
  }

  private static String parameters(Executable executable) {
    return Arrays.stream(executable.getGenericParameterTypes()).map(PublicApiTest::name)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String name(Type type) {
    return type.getTypeName().replace('$', '.');
  }
}
