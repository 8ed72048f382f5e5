<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route (part of document.xsl): what is printed of the
  teiHeader: the title block (title, subtitle, author, the source as a
  citation: bibl, msDesc as the archival reference, a bibl's respStmt),
  then the witnesses of a collated document (apparatus.xsl).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="tei">

  <xsl:template match="tei:teiHeader" mode="title-block">
    <xsl:variable name="ts" select="tei:fileDesc/tei:titleStmt"/>
    <xsl:text>\EditioDocumentTitle{</xsl:text>
    <xsl:apply-templates select="($ts/tei:title[@type = 'main'] | $ts/tei:title[not(@type)])[1]/node()"/>
    <xsl:text>}&#10;  {</xsl:text>
    <xsl:for-each select="$ts/tei:title[@type = 'sub']">
      <xsl:if test="position() &gt; 1">. </xsl:if>
      <xsl:apply-templates/>
    </xsl:for-each>
    <xsl:text>}&#10;  {</xsl:text>
    <xsl:for-each select="$ts/tei:author">
      <xsl:if test="position() &gt; 1">, </xsl:if>
      <xsl:apply-templates/>
    </xsl:for-each>
    <xsl:text>}&#10;  {</xsl:text>
    <!-- A publication's headnote in the text gives the source itself. -->
    <xsl:if test="not(../tei:text/tei:front/tei:div[@type = 'headnote'])">
      <xsl:apply-templates select="tei:fileDesc/tei:sourceDesc/*[not(self::tei:listWit)][1]" mode="citation"/>
    </xsl:if>
    <xsl:text>}&#10;</xsl:text>
    <!-- A collated document: its witnesses, sigla and descriptions. -->
    <xsl:call-template name="witness-list">
      <xsl:with-param name="header" select="."/>
    </xsl:call-template>
  </xsl:template>

  <!-- A manuscript: "GARF, f. 1, op. 2, d. 3, l. 10-12": the identifier's
       parts (fond, opis, delo labelled), then the first item's locus. -->
  <xsl:template match="tei:msDesc" mode="citation">
    <xsl:for-each select="tei:msIdentifier/*[normalize-space(.) != '']
                          | tei:msContents/tei:msItem[1]/tei:locus[normalize-space(.) != '']">
      <xsl:if test="position() &gt; 1">, </xsl:if>
      <xsl:choose>
        <xsl:when test="self::tei:idno[@type = 'fond']">\EditioLabelFond~</xsl:when>
        <xsl:when test="self::tei:idno[@type = 'opis']">\EditioLabelOpis~</xsl:when>
        <xsl:when test="self::tei:idno[@type = 'delo']">\EditioLabelDelo~</xsl:when>
      </xsl:choose>
      <xsl:call-template name="latex-string">
        <xsl:with-param name="s" select="."/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- A structured bibl: its parts in document order, joined by commas,
       then its note as a sentence. A bibl with running text: as written. -->
  <xsl:template match="tei:bibl" mode="citation">
    <xsl:choose>
      <xsl:when test="text()[normalize-space()]">
        <xsl:apply-templates/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="*[not(self::tei:note)]">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <xsl:if test="self::tei:editor">
            <xsl:choose>
              <xsl:when test="@role = 'translator'">\EditioLabelTranslator\ </xsl:when>
              <xsl:otherwise>\EditioLabelEditor\ </xsl:otherwise>
            </xsl:choose>
          </xsl:if>
          <xsl:apply-templates select="."/>
        </xsl:for-each>
        <xsl:if test="*[not(self::tei:note)]">.</xsl:if>
        <xsl:for-each select="tei:note">
          <xsl:if test="position() &gt; 1 or ../*[not(self::tei:note)]">
            <xsl:text> </xsl:text>
          </xsl:if>
          <xsl:apply-templates/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="citation">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- "translated by A. Bell" in a bibl: the resp, then the names, in one
       line whatever the TEI's indentation. -->
  <xsl:template match="tei:bibl/tei:respStmt">
    <xsl:for-each select="tei:resp | tei:name | tei:persName | tei:orgName">
      <xsl:if test="position() &gt; 1">
        <xsl:choose>
          <xsl:when test="self::tei:resp or preceding-sibling::*[1][self::tei:resp]"><xsl:text> </xsl:text></xsl:when>
          <xsl:otherwise>, </xsl:otherwise>
        </xsl:choose>
      </xsl:if>
      <xsl:call-template name="latex-string">
        <xsl:with-param name="s" select="normalize-space(.)"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
