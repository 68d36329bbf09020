package dev.addinreg.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The JSON Schema of {@code registration-report.json} that the site publishes
 * ({@code src/site/resources/registration-report.schema.json}), read by networknt's json-schema-validator.
 */
public final class ReportSchema {
    public static final Path FILE = Path.of("src/site/resources/registration-report.schema.json");

    private final Schema schema;

    private ReportSchema(Schema schema) {
        this.schema = schema;
    }

    /** The published schema. */
    public static ReportSchema load() throws IOException {
        String text = Files.readString(FILE, StandardCharsets.UTF_8);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        return new ReportSchema(registry.getSchema(text, InputFormat.JSON));
    }

    /** What the schema finds wrong with a report, one line each, each naming the place; empty when it conforms. */
    public List<String> problems(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .toList();
    }
}
