package org.newsfacts.bench;

import java.util.concurrent.TimeUnit;
import org.newsfacts.FactSheet;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.reference.ReferenceArticle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library against what a user would write by hand, on the same input bytes: read + validate
 * and write of the reference sheet and of a synthetic sheet of 1,000 statements and 1,000 claims,
 * against Jackson databind into records without validation (baseline 1) and Jackson's streaming
 * parser reading every token (baseline 2, the floor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SheetBenchmark {
  @Param({"reference", "large"})
  public String sheet;

  private final FactSheetJson json = FactSheetJson.strict();
  private final JsonMapper mapper = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .changeDefaultPropertyInclusion(include -> include.withValueInclusion(
          com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY))
      .build();
  private final JsonFactory factory = new JsonFactory();
  private byte[] bytes;
  private FactSheet model;
  private Baseline.Sheet records;

  @Setup
  public void setUp() {
    bytes = sheet.equals("reference")
        ? ReferenceArticle.sheetJson()
        : json.writeBytes(LargeSheet.build(1_000));
    model = json.read(bytes);
    records = mapper.readValue(bytes, Baseline.Sheet.class);
  }

  @Benchmark
  public FactSheet readAndValidate() {
    return json.read(bytes);
  }

  @Benchmark
  public byte[] write() {
    return json.writeBytes(model);
  }

  @Benchmark
  public Baseline.Sheet baseline1DatabindRead() {
    return mapper.readValue(bytes, Baseline.Sheet.class);
  }

  @Benchmark
  public byte[] baseline1DatabindWrite() {
    return mapper.writeValueAsBytes(records);
  }

  @Benchmark
  public void baseline2StreamingTokens(Blackhole hole) {
    try (JsonParser parser = factory.createParser(bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          hole.consume(parser.getString());
        } else if (token == JsonToken.VALUE_NUMBER_INT) {
          hole.consume(parser.getIntValue());
        } else {
          hole.consume(token);
        }
      }
    }
  }
}
