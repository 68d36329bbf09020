package dev.addinreg.maven;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;

import dev.addinreg.verify.ReportData;

/**
 * The registration page as Doxia's XHTML5 sink writes it: a whole document whose body is the markup the site's
 * sink gets (the site's renderer is the same XHTML5 sink, inside the skin).
 */
final class PageHtml {

    private PageHtml() {
    }

    static String of(ReportData report) {
        return render(sink -> RegistrationPage.render(sink, report));
    }

    static String noReport(String where) {
        return render(sink -> RegistrationPage.noReport(sink, where));
    }

    private static String render(Consumer<Sink> page) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Sink sink = new Xhtml5SinkFactory().createSink(out, "UTF-8");
            page.accept(sink);
            sink.close();
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
