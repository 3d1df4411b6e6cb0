package io.wirefeed.ingest.format.nitf;

import static io.wirefeed.ingest.format.XmlDocuments.attribute;
import static io.wirefeed.ingest.format.XmlDocuments.path;
import static io.wirefeed.ingest.format.XmlDocuments.text;

import java.util.List;
import java.util.Objects;

import io.wirefeed.ingest.format.DispatchCompletion;
import io.wirefeed.ingest.format.DispatchParser;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.NitfStory;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.VersionNumbers;
import io.wirefeed.ingest.format.WireTimes;
import io.wirefeed.ingest.format.XmlDocuments;
import io.wirefeed.ingest.format.newsml.NewsMlParser;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;
import org.w3c.dom.Element;

/**
 * IPTC NITF (3.x) standing alone: one story, its id from {@code docdata/doc-id}, its time from {@code date.issue},
 * its embargo from {@code date.release}, its status from {@code management-status}, its slug and version from
 * {@code du-key}, the copyright holder or distributor the agency when its dateline names none, and
 * the story as {@link NitfStory} reads it.
 */
public final class NitfParser implements DispatchParser {

    @Override
    public SourceFormat format() {
        return SourceFormat.NITF;
    }

    @Override
    public List<Dispatch> parse(RawDocument document) throws InvalidDispatchException {
        Element nitf = XmlDocuments.parse(document.bytes()).getDocumentElement();
        if (!"nitf".equals(nitf.getLocalName())) {
            throw new InvalidDispatchException("Not NITF: root element <" + nitf.getLocalName() + ">, expected <nitf>");
        }
        Dispatch.Builder dispatch = document.newDispatch(0, document.sha256()).setFormat(SourceFormat.NITF);
        NitfStory story = NitfStory.of(nitf);
        Element docdata = path(nitf, "head", "docdata");
        String id = attribute(path(docdata, "doc-id"), "id-string");
        if (id != null) {
            dispatch.setId(id).setGuid(id);
        }
        String language = nitf.getAttributeNS(XmlDocuments.XML_NS, "lang");
        String version = attribute(path(docdata, "du-key"), "version");
        if (version != null) {
            dispatch.setVersion(VersionNumbers.read(dispatch, version));
        }
        dispatch.setLanguage(language.isBlank() ? null : language)
            .setSlugline(attribute(path(docdata, "du-key"), "key"))
            .setPubStatus(NewsMlParser.pubStatus(attribute(docdata, "management-status")))
            .setEmbargoedUntil(WireTimes.field(dispatch, "date.release", attribute(path(docdata, "date.release"), "norm")))
            .setVersionCreated(WireTimes.field(dispatch, "date.issue", attribute(path(docdata, "date.issue"), "norm")))
            .setHeadline(Objects.requireNonNullElse(story.headline(), ""))
            .setDateline(story.dateline())
            .setBody(story.body());
        String holder = attribute(path(docdata, "doc.copyright"), "holder");
        return List.of(DispatchCompletion.complete(dispatch,
            holder != null ? holder : text(nitf, "body", "body.head", "distributor")));
    }
}
