/**
 * Reading add-in XML files safely and editing them without changing a byte that was not asked for:
 * {@link dev.addinreg.xml.XmlFile} is the one way a file is read (its bytes decoded strictly by
 * {@link dev.addinreg.xml.XmlSource}, parsed by dom4j with DOCTYPE refused, each element mapped to where it
 * lies by {@link dev.addinreg.xml.XmlPositions}); {@link dev.addinreg.xml.TextEdits} splices new values in.
 */
package dev.addinreg.xml;
