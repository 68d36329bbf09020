/**
 * Reading add-in XML files safely and editing them without changing a byte that was not asked for:
 * {@link dev.addinreg.xml.XmlSource} keeps a file's bytes, encoding, byte-order mark and text;
 * {@link dev.addinreg.xml.SecureXml} checks it with dom4j, DOCTYPE refused; {@link dev.addinreg.xml.XmlTree}
 * gives the exact position of every tag and attribute value; {@link dev.addinreg.xml.TextEdits} splices
 * new values in.
 */
package dev.addinreg.xml;
