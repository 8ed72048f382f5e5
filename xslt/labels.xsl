<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio: the interface labels, for the HTML pages and the print route alike.
  Included by html/common.xsl and latex/common.xsl; the table is labels.xml
  beside this file.

  label  the text of a label key in a language: the key's @ru when $lang
         is 'ru' and it has one, else its @en (English is the fallback);
         an unknown key is returned as it is, so a typo shows.
         $lang defaults to $ui-lang, which each including stylesheet
         declares: the page's interface language (html/common.xsl), the
         edition's language (latex/common.xsl).

  The look-up is a key() in the table's document: the pages ask for tens of
  thousands of labels on a large edition, and a chain of xsl:when tests made
  that the slowest part.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:l="urn:x-editio:labels"
    exclude-result-prefixes="l">

  <xsl:key name="label" match="l:label" use="@key"/>
  <xsl:variable name="label-table" select="document('labels.xml')/l:labels"/>

  <xsl:template name="label">
    <xsl:param name="key"/>
    <xsl:param name="lang" select="string($ui-lang)"/>
    <!-- key() looks in the document of the context node: the table's. -->
    <xsl:for-each select="$label-table">
      <xsl:variable name="row" select="key('label', $key)[1]"/>
      <xsl:choose>
        <xsl:when test="not($row)"><xsl:value-of select="$key"/></xsl:when>
        <xsl:when test="$lang = 'ru' and $row/@ru"><xsl:value-of select="$row/@ru"/></xsl:when>
        <xsl:when test="$row/@en"><xsl:value-of select="$row/@en"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$key"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
