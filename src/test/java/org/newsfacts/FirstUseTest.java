package org.newsfacts;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whichever type of the model a program uses first, every other works: the forms of the types name
 * each other, and a cycle among their static fields would leave one half made. Each case loads the
 * library afresh in a class loader of its own, uses one type, then all.
 */
class FirstUseTest {
  private static URL location(Class<?> type) throws Exception {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  @ParameterizedTest(name = "{0} first")
  @ValueSource(strings = {"Quantity", "Change", "Time", "TimePoint", "PartialDate", "Unit", "Rank", "Term",
    "Evidence", "Claim", "Statement", "Meeting", "Participant", "Place", "Source", "FactSheet", "Factuality",
    "Provenance", "json.FactSheetJson", "export.SchemaOrgExport", "jackson3.NewsFactsModule"})
  void everyTypeWorksWhateverWasUsedFirst(String first) throws Exception {
    URL[] urls = {location(FactSheet.class), location(FirstUse.class), location(tools.jackson.core.JsonParser.class),
        location(tools.jackson.databind.ObjectMapper.class), Path.of(location(FirstUse.class).toURI()).toUri().toURL()};
    try (URLClassLoader fresh = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      Class.forName("org.newsfacts." + first, true, fresh);
      Class<?> workload = Class.forName(FirstUse.class.getName(), true, fresh);

      assertThatCode(() -> workload.getMethod("run").invoke(null)).doesNotThrowAnyException();
    }
  }
}
