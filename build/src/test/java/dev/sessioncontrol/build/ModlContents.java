package dev.sessioncontrol.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A .modl file read into memory, for tests: its entries in order and its module.xml. */
final class ModlContents {

    private final Map<String, byte[]> entries;

    private ModlContents(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    static ModlContents read(Path modl) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(modl.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + modl, e);
        }
        return new ModlContents(entries);
    }

    List<String> entryNames() {
        return new ArrayList<>(entries.keySet());
    }

    byte[] entry(String name) {
        byte[] content = entries.get(name);
        if (content == null) {
            throw new AssertionError("the .modl has no entry " + name + "; it has "
                    + entries.keySet());
        }
        return content.clone();
    }

    /** The module.xml's {@code <module>} element. */
    Element module() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(entry(ModuleXml.FILE_NAME)));
            Element root = document.getDocumentElement();
            if (!root.getTagName().equals("modules")) {
                throw new AssertionError("module.xml root is " + root.getTagName());
            }
            return only(children(root, "module"), "module");
        } catch (Exception e) {
            throw new AssertionError("module.xml is not readable XML", e);
        }
    }

    /** The text of the only child element of that name, failing if there is not exactly one. */
    String text(String element) {
        return only(children(module(), element), element).getTextContent();
    }

    /** Each element of that name as {@code scope -> text}, in document order. */
    List<Map.Entry<String, String>> scoped(String element) {
        List<Map.Entry<String, String>> values = new ArrayList<>();
        for (Element child : children(module(), element)) {
            values.add(Map.entry(child.getAttribute("scope"), child.getTextContent()));
        }
        return values;
    }

    /** The child element names of {@code <module>}, in order. */
    List<String> moduleElementNames() {
        List<String> names = new ArrayList<>();
        for (Element child : children(module(), null)) {
            names.add(child.getTagName());
        }
        return names;
    }

    Properties signatures() {
        Properties properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(entry(ModlSigner.SIGNATURES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The entry names of a jar packed in the .modl, with each class file's bytes. */
    Map<String, byte[]> jarEntries(String jarName) {
        Map<String, byte[]> jarEntries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(entry(jarName)))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                jarEntries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jarName + " inside the .modl", e);
        }
        return jarEntries;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element
                    && (name == null || ((Element) node).getTagName().equals(name))) {
                children.add((Element) node);
            }
        }
        return children;
    }

    private static Element only(List<Element> elements, String name) {
        if (elements.size() != 1) {
            throw new AssertionError("expected exactly one <" + name + ">, found "
                    + elements.size());
        }
        return elements.get(0);
    }
}
