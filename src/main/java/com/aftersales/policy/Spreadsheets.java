package com.aftersales.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.RecordFormatException;

/**
 * Opens the workbooks of a revision. What POI throws for bytes that are not a readable .xlsx (not a
 * zip, encrypted, an old .xls, a broken part) is the uploader's problem and becomes
 * {@link Unreadable}, with POI's reason; anything else POI or the caller throws is a fault and is not
 * caught here.
 */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** A file of a revision that is not a readable workbook. */
    public static final class Unreadable extends Exception {
        public Unreadable(Throwable cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }
    }

    public static Workbook open(byte[] bytes) throws Unreadable {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException | EncryptedDocumentException | POIXMLException | OpenXML4JRuntimeException
                | RecordFormatException | IllegalArgumentException e) {
            // IllegalArgumentException: POI's UnsupportedFileFormatException (not an OOXML zip) and the like
            throw new Unreadable(e);
        }
    }
}
