package dev.sessioncontrol.build;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a {@link ModuleDescriptor} as the module.xml that Ignition reads from the root of a
 * .modl file.
 *
 * <p>Element names follow Ignition's own Gradle tooling (camel case, e.g.
 * {@code requiredIgnitionVersion}); the gateway also reads the all-lower-case spelling that the
 * older Maven plugin wrote. Text is escaped by the XML writer, so names and descriptions may hold
 * any character.
 */
final class ModuleXml {

    static final String FILE_NAME = "module.xml";

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private ModuleXml() {
    }

    /** Renders the descriptor as UTF-8 XML bytes. */
    static byte[] render(ModuleDescriptor descriptor) {
        Document document = newDocument();
        Element module = document.createElement("module");
        document.appendChild(document.createElement("modules")).appendChild(module);

        text(module, "id", descriptor.id());
        text(module, "name", descriptor.name());
        text(module, "description", descriptor.description());
        text(module, "version", descriptor.version().toString());
        text(module, "requiredIgnitionVersion", descriptor.requiredIgnitionVersion());
        text(module, "requiredFrameworkVersion",
                Integer.toString(descriptor.requiredFrameworkVersion()));
        text(module, "freeModule", Boolean.toString(descriptor.freeModule()));
        descriptor.documentation().ifPresent(index -> text(module, "documentation", index));
        for (ModuleDependency dependency : descriptor.dependencies()) {
            scoped(module, "depends", dependency.scope(), dependency.moduleId());
        }
        for (ModuleJar jar : descriptor.jars()) {
            scoped(module, "jar", jar.scope(), jar.fileName());
        }
        for (ModuleHook hook : descriptor.hooks()) {
            scoped(module, "hook", hook.scope(), hook.className());
        }

        return serialize(document);
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support is not usable", e);
        }
    }

    private static void text(Element parent, String name, String value) {
        Element element = parent.getOwnerDocument().createElement(name);
        element.setTextContent(value);
        parent.appendChild(element);
    }

    private static void scoped(Element parent, String name, Scope scope, String value) {
        Element element = parent.getOwnerDocument().createElement(name);
        element.setAttribute("scope", scope.letters());
        element.setTextContent(value);
        parent.appendChild(element);
    }

    private static byte[] serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "4");
            // The JDK writer puts its own declaration on the root's line; ours keeps them apart.
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(DECLARATION.getBytes(StandardCharsets.UTF_8));
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("module.xml could not be written", e);
        }
    }
}
